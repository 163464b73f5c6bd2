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
		case li.IsDir():
			out[e.Name()] = "directory"
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

// TestFault23Item4OutputFiles: -html and -svg write only a regular file
// (or through a link to one) or a new name. A FIFO, a link to a device
// or a directory, the input, or the other output's file is a usage error
// (exit status 2) that changes nothing; and when standard output fails
// (a full disk), no file is written (issue 23, item 4: the rename
// replaced FIFOs and /dev/full with regular files, -html over -in
// replaced the input, and "report -html x.html > /dev/full" exited 1
// with x.html written).
func TestFault23Item4OutputFiles(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("FIFOs and /dev/null")
	}
	dir := t.TempDir()
	at := func(name string) string { return filepath.Join(dir, name) }
	ballots := ballotHeader + "R1,BP1,BP1,BP1\n"
	if err := os.WriteFile(at("in.csv"), []byte(ballots), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(at("old.html"), []byte("old"), 0o640); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Mkfifo(at("fifo"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Mkdir(at("sub"), 0o755); err != nil {
		t.Fatal(err)
	}
	for name, dest := range map[string]string{"null": "/dev/null", "full": "/dev/full", "to-sub": "sub", "to-in": "in.csv", "to-old": "old.html"} {
		if err := os.Symlink(dest, at(name)); err != nil {
			t.Fatal(err)
		}
	}
	before := dirState(t, dir)
	refused := []struct {
		name    string
		args    []string
		wantErr string
	}{
		{"FIFO", []string{"-html", at("fifo")}, "report: -html " + at("fifo") + ": is a FIFO (named pipe): outputs are written only as regular files or new paths, never over an input or another output\n"},
		{"link to /dev/null", []string{"-svg", at("null")}, "report: -svg " + at("null") + ": is a symbolic link to a device: outputs are written only"},
		{"link to /dev/full", []string{"-html", at("full")}, "report: -html " + at("full") + ": is a symbolic link to a device: outputs are written only"},
		{"directory", []string{"-html", at("sub")}, "report: -html " + at("sub") + ": is a directory"},
		{"link to a directory", []string{"-html", at("to-sub")}, "report: -html " + at("to-sub") + ": is a symbolic link to a directory"},
		{"the input", []string{"-in", at("in.csv"), "-html", at("in.csv")}, "report: -html " + at("in.csv") + ": is the same file as the input -in " + at("in.csv")},
		{"the input by a link", []string{"-in", at("in.csv"), "-svg", at("to-in")}, "report: -svg " + at("to-in") + ": is the same file as the input -in " + at("in.csv")},
		{"-svg and -html", []string{"-svg", at("new.svg"), "-html", at("new.svg")}, "report: -html " + at("new.svg") + ": is the same file as -svg " + at("new.svg")},
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
		got := progtest.RunFull(realMain, "", "-html", at("x.html"), "-svg", at("old.html"))
		if got.Status != 1 || !strings.Contains(got.Stderr, "no space left on device") {
			t.Errorf("got %+v, want status 1 and the write's error", got)
		}
		if diff := cmp.Diff(before, dirState(t, dir)); diff != "" {
			t.Errorf("the directory changed (-before +after):\n%s", diff)
		}
	})

	t.Run("written", func(t *testing.T) {
		got := runMain("", "-html", at("x.html"), "-svg", at("to-old"))
		if got.Status != 0 || got.Stdout == "" {
			t.Fatalf("%+v", got)
		}
		after := dirState(t, dir)
		if !strings.HasPrefix(after["x.html"], "<!DOCTYPE html>") || !strings.Contains(after["old.html"], "<svg") || after["to-old"] != "link to old.html" {
			t.Errorf("x.html %.20q, old.html %.20q, to-old %q", after["x.html"], after["old.html"], after["to-old"])
		}
		if len(after) != len(before)+1 {
			t.Errorf("the directory holds %d names, want %d (no temporary file)", len(after), len(before)+1)
		}
		f, err := os.Create(at("shell"))
		if err != nil {
			t.Fatal(err)
		}
		f.Close()
		if got, want := mode(t, at("x.html")), mode(t, at("shell")); got != want {
			t.Errorf("the new file's mode is %v, want %v (0666 less the umask, as the shell's >)", got, want)
		}
		if got := mode(t, at("old.html")); got != 0o640 {
			t.Errorf("the replaced file's mode is %v, want its old 0640", got)
		}
	})
}

func mode(t *testing.T, name string) fs.FileMode {
	t.Helper()
	fi, err := os.Stat(name)
	if err != nil {
		t.Fatal(err)
	}
	return fi.Mode().Perm()
}
