package main

import (
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"
)

// TestFault23Item4WriteSample: -write-sample writes only a regular file
// or a new name; a FIFO, a link to a device or a directory is a usage
// error (exit status 2) that changes nothing (issue 23, item 4).
func TestFault23Item4WriteSample(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("FIFOs and /dev/full")
	}
	dir := t.TempDir()
	at := func(name string) string { return filepath.Join(dir, name) }
	if err := syscall.Mkfifo(at("fifo"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("/dev/full", at("full")); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ path, wantErr string }{
		{at("fifo"), "ikm: -write-sample " + at("fifo") + ": is a FIFO (named pipe): outputs are written only"},
		{at("full"), "ikm: -write-sample " + at("full") + ": is a symbolic link to a device"},
		{dir, "ikm: -write-sample " + dir + ": is a directory"},
	} {
		got := runMain("", "-write-sample", tc.path)
		if got.Status != 2 || got.Stdout != "" || !strings.HasPrefix(got.Stderr, tc.wantErr) {
			t.Errorf("got %+v\nwant status 2 and %q", got, tc.wantErr)
		}
	}
	if fi, err := os.Lstat(at("fifo")); err != nil || fi.Mode()&os.ModeNamedPipe == 0 {
		t.Errorf("the FIFO is now %v, %v", fi, err)
	}
	if got := runMain("", "-write-sample", at("s.csv")); got.Status != 0 {
		t.Fatalf("%+v", got)
	}
	if data, err := os.ReadFile(at("s.csv")); err != nil || string(data) != string(sampleExport) {
		t.Errorf("s.csv: %v, %d bytes", err, len(data))
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 3 {
		t.Errorf("the directory holds %d names, want 3 (no temporary file)", len(entries))
	}
}
