package main

import (
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"

	"github.com/go-asn/berakhlak/examples/internal/progtest"
	"github.com/google/go-cmp/cmp"
)

// dirState returns what each name in dir is: a regular file's content,
// or its kind.
func dirState(t *testing.T, dir string) map[string]string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for _, e := range entries {
		path := filepath.Join(dir, e.Name())
		li, err := os.Lstat(path)
		if err != nil {
			t.Fatal(err)
		}
		switch {
		case li.Mode()&fs.ModeSymlink != 0:
			dest, _ := os.Readlink(path)
			out[e.Name()] = "link to " + dest
		case li.Mode()&fs.ModeNamedPipe != 0:
			out[e.Name()] = "FIFO"
		default:
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			out[e.Name()] = string(data)
		}
	}
	return out
}

// TestFault23Item4OutputFiles: -html and -write-sample write only a
// regular file or a new name. A FIFO, a link to a device, or an input
// is a usage error (exit status 2) that changes nothing; and when
// standard output fails (a full disk), the page is not written (issue 23,
// item 4: the rename replaced FIFOs and devices with regular files, and
// -html over an input replaced it).
func TestFault23Item4OutputFiles(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("FIFOs and /dev/full")
	}
	dir := t.TempDir()
	at := func(name string) string { return filepath.Join(dir, name) }
	if err := os.WriteFile(at("export.csv"), sampleExport, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(at("items.csv"), sampleInstrument, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Mkfifo(at("fifo"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("/dev/full", at("full")); err != nil {
		t.Fatal(err)
	}
	before := dirState(t, dir)
	in := []string{"-in", at("export.csv"), "-instrument", at("items.csv")}
	refused := []struct {
		name    string
		args    []string
		wantErr string
	}{
		{"-html FIFO", []string{"-html", at("fifo")}, "engagement: -html " + at("fifo") + ": is a FIFO (named pipe): outputs are written only"},
		{"-html link to /dev/full", []string{"-html", at("full")}, "engagement: -html " + at("full") + ": is a symbolic link to a device"},
		{"-html over the export", append(in, "-html", at("export.csv")), "engagement: -html " + at("export.csv") + ": is the same file as the input -in " + at("export.csv")},
		{"-html over the instrument", append(in, "-html", at("items.csv")), "engagement: -html " + at("items.csv") + ": is the same file as the input -instrument " + at("items.csv")},
		{"-write-sample FIFO", []string{"-write-sample", at("fifo")}, "engagement: -write-sample " + at("fifo") + ": is a FIFO (named pipe)"},
		{"-write-sample link to /dev/full", []string{"-write-sample", at("full")}, "engagement: -write-sample " + at("full") + ": is a symbolic link to a device"},
	}
	for _, tc := range refused {
		t.Run(tc.name, func(t *testing.T) {
			got := runMain("", tc.args...)
			if got.Status != 2 || got.Stdout != "" || !strings.HasPrefix(got.Stderr, tc.wantErr) {
				t.Errorf("got %+v\nwant status 2 and %q", got, tc.wantErr)
			}
			if diff := cmp.Diff(before, dirState(t, dir)); diff != "" {
				t.Errorf("the directory changed (-before +after):\n%s", diff)
			}
		})
	}
	t.Run("standard output fails", func(t *testing.T) {
		got := progtest.RunFull(realMain, "", "-html", at("x.html"))
		if got.Status != 1 || !strings.Contains(got.Stderr, "no space left on device") {
			t.Errorf("got %+v, want status 1 and the write's error", got)
		}
		if diff := cmp.Diff(before, dirState(t, dir)); diff != "" {
			t.Errorf("the directory changed (-before +after):\n%s", diff)
		}
	})
	t.Run("written", func(t *testing.T) {
		if got := runMain("", "-html", at("x.html")); got.Status != 0 || got.Stdout == "" {
			t.Fatalf("%+v", got)
		}
		if got := runMain("", "-write-sample", at("sample.csv")); got.Status != 0 || got.Stdout != "" {
			t.Fatalf("%+v", got)
		}
		after := dirState(t, dir)
		if !strings.HasPrefix(after["x.html"], "<!DOCTYPE html>") || after["sample.csv"] != string(sampleExport) || len(after) != len(before)+2 {
			t.Errorf("the directory holds %d names (want %d), x.html %.20q, sample.csv %.20q", len(after), len(before)+2, after["x.html"], after["sample.csv"])
		}
	})
}
