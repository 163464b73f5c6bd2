package outfile

import (
	"errors"
	"io/fs"
	"net"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// list returns the names in dir and what each is: a regular file's
// content, or its kind.
func list(t *testing.T, dir string) map[string]string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	out := make(map[string]string)
	for _, e := range entries {
		path := filepath.Join(dir, e.Name())
		li, err := os.Lstat(path)
		if err != nil {
			t.Fatal(err)
		}
		switch {
		case li.Mode()&fs.ModeSymlink != 0:
			dest, _ := os.Readlink(path)
			out[e.Name()] = "(link to " + dest + ")"
		case !li.Mode().IsRegular():
			out[e.Name()] = "(" + kind(li.Mode()) + ")"
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

func mode(t *testing.T, name string) fs.FileMode {
	t.Helper()
	fi, err := os.Stat(name)
	if err != nil {
		t.Fatal(err)
	}
	return fi.Mode().Perm()
}

func writeFile(t *testing.T, name, content string, perm fs.FileMode) {
	t.Helper()
	if err := os.WriteFile(name, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(name, perm); err != nil { // past the umask
		t.Fatal(err)
	}
}

func TestWrite(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.html"), filepath.Join(dir, "b.svg")
	writeFile(t, b, "old", 0o640)
	if err := Write(File{"-html", a, []byte("<p>a</p>")}, File{"-svg", b, []byte("<svg/>")}); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(map[string]string{"a.html": "<p>a</p>", "b.svg": "<svg/>"}, list(t, dir)); diff != "" {
		t.Errorf("the directory (-want +got):\n%s", diff)
	}
	if runtime.GOOS != "windows" {
		// os.Create makes 0666 less the umask, as the shell's > does.
		f, err := os.Create(filepath.Join(t.TempDir(), "shell"))
		if err != nil {
			t.Fatal(err)
		}
		f.Close()
		if got, want := mode(t, a), mode(t, f.Name()); got != want {
			t.Errorf("a new file's mode is %v, want %v (0666 less the umask)", got, want)
		}
		if got := mode(t, b); got != 0o640 {
			t.Errorf("a replaced file's mode is %v, want its old 0640", got)
		}
	}
	if err := Write(); err != nil {
		t.Errorf("Write() = %v", err)
	}
}

// TestWriteNothingOnError checks that a file that cannot be written
// leaves every destination as it was and no temporary file behind.
func TestWriteNothingOnError(t *testing.T) {
	dir := t.TempDir()
	a := filepath.Join(dir, "a.html")
	writeFile(t, a, "old", 0o644)
	if err := os.Mkdir(filepath.Join(dir, "sub"), 0o755); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, bad, wantErr string
	}{
		{"no such directory", filepath.Join(dir, "missing", "b.svg"), "its directory"},
		{"a directory", filepath.Join(dir, "sub"), "is a directory"},
		{"twice", a, "is the same file as -html " + a},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := Write(File{"-html", a, []byte("new")}, File{"-svg", tt.bad, []byte("<svg/>")})
			if err == nil || !strings.Contains(err.Error(), "-svg "+tt.bad+": "+tt.wantErr) {
				t.Errorf("Write = %v, want an error naming -svg %s (%s)", err, tt.bad, tt.wantErr)
			}
			if diff := cmp.Diff(map[string]string{"a.html": "old", "sub": "(a directory)"}, list(t, dir)); diff != "" {
				t.Errorf("the directory after the error (-want +got):\n%s", diff)
			}
		})
	}
}

// TestFault23Item4Destinations: an output is written only to a regular
// file (or through a symbolic link to one) or to a new name; a directory,
// a device, a FIFO, a socket, a link to one of them or to nothing, an
// input, standard input or output, or another output's file is refused
// by Check and by Stage, and is left as it was (issue 23, item 4: the
// rename replaced FIFOs, /dev/full and /proc/self/fd/1 with regular
// files, and -html over -in replaced the input).
func TestFault23Item4Destinations(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("FIFOs, sockets and /dev/null")
	}
	dir := t.TempDir()
	at := func(name string) string { return filepath.Join(dir, name) }
	writeFile(t, at("in.csv"), "respondent\n", 0o644)
	writeFile(t, at("old.html"), "old", 0o600)
	if err := os.Mkdir(at("sub"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Mkfifo(at("fifo"), 0o644); err != nil {
		t.Fatal(err)
	}
	// A socket's path must be short.
	sockDir, err := os.MkdirTemp("", "of")
	if err != nil {
		t.Fatal(err)
	}
	defer os.RemoveAll(sockDir)
	sock := filepath.Join(sockDir, "s")
	l, err := net.Listen("unix", sock)
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	links := map[string]string{
		"to-null": "/dev/null", "to-full": "/dev/full", "to-stdout": "/proc/self/fd/1", "to-sub": "sub", "to-fifo": "fifo",
		"to-nothing": "missing", "to-in": "in.csv", "to-old": "old.html",
	}
	for name, dest := range links {
		if err := os.Symlink(dest, at(name)); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Link(at("in.csv"), at("hard-in.csv")); err != nil {
		t.Fatal(err)
	}
	stdin, err := os.Open(at("in.csv"))
	if err != nil {
		t.Fatal(err)
	}
	defer stdin.Close()
	stdout, err := os.Create(at("stdout.txt"))
	if err != nil {
		t.Fatal(err)
	}
	defer stdout.Close()
	before := list(t, dir)

	inputs := []Input{{"-in", at("in.csv")}, {"-instrument", "-"}}
	refused := []struct {
		name    string
		outputs []Output
		wantErr string
	}{
		{"directory", []Output{{"-html", at("sub")}}, "-html " + at("sub") + ": is a directory"},
		{"FIFO", []Output{{"-html", at("fifo")}}, "-html " + at("fifo") + ": is a FIFO (named pipe)"},
		{"socket", []Output{{"-svg", sock}}, "-svg " + sock + ": is a socket"},
		{"link to /dev/null", []Output{{"-html", at("to-null")}}, "-html " + at("to-null") + ": is a symbolic link to a device"},
		{"link to /dev/full", []Output{{"-html", at("to-full")}}, "-html " + at("to-full") + ": is a symbolic link to a device"},
		{"link to a directory", []Output{{"-html", at("to-sub")}}, "-html " + at("to-sub") + ": is a symbolic link to a directory"},
		{"link to a FIFO", []Output{{"-html", at("to-fifo")}}, "-html " + at("to-fifo") + ": is a symbolic link to a FIFO (named pipe)"},
		{"link to nothing", []Output{{"-html", at("to-nothing")}}, "-html " + at("to-nothing") + ": is a symbolic link to nothing"},
		{"the input", []Output{{"-html", at("in.csv")}}, "-html " + at("in.csv") + ": is the same file as the input -in " + at("in.csv")},
		{"the input by a link", []Output{{"-html", at("to-in")}}, "-html " + at("to-in") + ": is the same file as the input -in " + at("in.csv")},
		{"the input by a hard link", []Output{{"-html", at("hard-in.csv")}}, "-html " + at("hard-in.csv") + ": is the same file as the input -in " + at("in.csv")},
		{"the input by another spelling", []Output{{"-html", dir + "/sub/../in.csv"}}, "is the same file as the input -in " + at("in.csv")},
		{"standard output", []Output{{"-html", at("stdout.txt")}}, "-html " + at("stdout.txt") + ": is the same file as standard output"},
		{"two outputs, a new name", []Output{{"-svg", at("new.svg")}, {"-html", at("new.svg")}}, "-html " + at("new.svg") + ": is the same file as -svg " + at("new.svg")},
		{"two outputs, another spelling", []Output{{"-svg", at("new.svg")}, {"-html", dir + "/sub/../new.svg"}}, "is the same file as -svg " + at("new.svg")},
		{"two outputs, an existing file and a link", []Output{{"-svg", at("old.html")}, {"-html", at("to-old")}}, "-html " + at("to-old") + ": is the same file as -svg " + at("old.html")},
	}
	if fi, err := os.Stat("/proc/self/fd/1"); err == nil && !fi.Mode().IsRegular() {
		// Standard output as the test runs: a pipe or a terminal.
		refused = append(refused, struct {
			name    string
			outputs []Output
			wantErr string
		}{"/proc/self/fd/1", []Output{{"-html", "/proc/self/fd/1"}}, "-html /proc/self/fd/1: is a symbolic link to " + kind(fi.Mode())})
	}
	for _, tc := range refused {
		t.Run(tc.name, func(t *testing.T) {
			err := Check(inputs, tc.outputs, stdin, stdout)
			if !errors.Is(err, ErrRefused) || !strings.Contains(err.Error(), tc.wantErr) {
				t.Errorf("Check = %v\nwant an error with %q", err, tc.wantErr)
			}
			if tc.name == "the input" || strings.HasPrefix(tc.name, "the input by") || strings.HasPrefix(tc.name, "standard") {
				return // Stage does not know the inputs; Check is what refuses them
			}
			var files []File
			for _, o := range tc.outputs {
				files = append(files, File{o.Flag, o.Name, []byte("new")})
			}
			s, err := Stage(files...)
			if !errors.Is(err, ErrRefused) || !strings.Contains(err.Error(), tc.wantErr) || s != nil {
				t.Errorf("Stage = %v, %v\nwant an error with %q", s, err, tc.wantErr)
			}
			if diff := cmp.Diff(before, list(t, dir)); diff != "" {
				t.Errorf("the directory changed (-before +after):\n%s", diff)
			}
		})
	}

	// A new name in a missing directory is not how the program was
	// called: Check leaves it to Stage, which fails to write there.
	if err := Check(inputs, []Output{{"-html", at("missing/x.html")}, {"-svg", at("missing/x.html")}}, stdin, stdout); err != nil {
		t.Errorf("Check of a missing directory = %v", err)
	}

	// Standard input, when it is a file and an input reads it.
	err = Check([]Input{{"-in", "-"}}, []Output{{"-html", at("hard-in.csv")}}, stdin, nil)
	if want := "-html " + at("hard-in.csv") + ": is the same file as standard input (-in -)"; !errors.Is(err, ErrRefused) || !strings.Contains(err.Error(), want) {
		t.Errorf("Check = %v\nwant an error with %q", err, want)
	}
	if err := Check([]Input{{"-in", "-"}}, []Output{{"-html", at("hard-in.csv")}}, strings.NewReader(""), nil); err != nil {
		t.Errorf("Check with a standard input that is no file = %v", err)
	}

	// What may be written: a new name, a regular file, a link to one
	// (the file is replaced, the link stays).
	ok := []Output{{"-html", at("new.html")}, {"-svg", at("to-old")}}
	if err := Check(inputs, ok, stdin, stdout); err != nil {
		t.Fatalf("Check = %v", err)
	}
	if err := Write(File{"-html", at("new.html"), []byte("<p/>")}, File{"-svg", at("to-old"), []byte("<svg/>")}); err != nil {
		t.Fatal(err)
	}
	want := before
	want["new.html"], want["old.html"] = "<p/>", "<svg/>"
	if diff := cmp.Diff(want, list(t, dir)); diff != "" {
		t.Errorf("the directory (-want +got):\n%s", diff)
	}
	if got := mode(t, at("old.html")); got != 0o600 {
		t.Errorf("the file behind the link has mode %v, want its old 0600", got)
	}
}

// TestFault23Item4StageDiscard: staged files change nothing until they
// are committed; discarded, they leave nothing behind (issue 23, item 4:
// "report -html x.html > /dev/full" exited 1 but left x.html written).
func TestFault23Item4StageDiscard(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.html"), filepath.Join(dir, "b.svg")
	writeFile(t, b, "old", 0o644)
	s, err := Stage(File{"-html", a, []byte("new a")}, File{"-svg", b, []byte("new b")})
	if err != nil {
		t.Fatal(err)
	}
	got := list(t, dir)
	delete(got, "b.svg")
	if len(got) != 2 {
		t.Errorf("staged: the directory holds %v, want b.svg and two temporary files", list(t, dir))
	}
	for name := range got {
		if !strings.HasPrefix(name, ".a.html.") && !strings.HasPrefix(name, ".b.svg.") || !strings.HasSuffix(name, ".tmp") {
			t.Errorf("temporary file %s, want .a.html.*.tmp or .b.svg.*.tmp", name)
		}
	}
	s.Discard()
	s.Discard()
	if diff := cmp.Diff(map[string]string{"b.svg": "old"}, list(t, dir)); diff != "" {
		t.Errorf("discarded: the directory (-want +got):\n%s", diff)
	}

	s, err = Stage(File{"-html", a, []byte("new a")}, File{"-svg", b, []byte("new b")})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Commit(); err != nil {
		t.Fatal(err)
	}
	s.Discard()
	if diff := cmp.Diff(map[string]string{"a.html": "new a", "b.svg": "new b"}, list(t, dir)); diff != "" {
		t.Errorf("committed: the directory (-want +got):\n%s", diff)
	}
}

// TestCommitRefusesAChangedDestination: a destination that became a
// FIFO after Stage is not replaced.
func TestCommitRefusesAChangedDestination(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("FIFOs")
	}
	dir := t.TempDir()
	a := filepath.Join(dir, "a.html")
	s, err := Stage(File{"-html", a, []byte("new")})
	if err != nil {
		t.Fatal(err)
	}
	if err := syscall.Mkfifo(a, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := s.Commit(); !errors.Is(err, ErrRefused) {
		t.Errorf("Commit = %v, want a refusal", err)
	}
	if diff := cmp.Diff(map[string]string{"a.html": "(a FIFO (named pipe))"}, list(t, dir)); diff != "" {
		t.Errorf("the directory (-want +got):\n%s", diff)
	}
}
