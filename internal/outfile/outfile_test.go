package outfile

import (
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// list returns the names in dir and their contents.
func list(t *testing.T, dir string) map[string]string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	out := make(map[string]string)
	for _, e := range entries {
		if e.IsDir() {
			out[e.Name()] = "(dir)"
			continue
		}
		data, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		out[e.Name()] = string(data)
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

func TestWrite(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.html"), filepath.Join(dir, "b.svg")
	if err := os.WriteFile(b, []byte("old"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(b, 0o640); err != nil { // past the umask
		t.Fatal(err)
	}
	if err := Write(File{a, []byte("<p>a</p>")}, File{b, []byte("<svg/>")}); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(map[string]string{"a.html": "<p>a</p>", "b.svg": "<svg/>"}, list(t, dir)); diff != "" {
		t.Errorf("the directory (-want +got):\n%s", diff)
	}
	if runtime.GOOS != "windows" {
		if got := mode(t, a); got != 0o644 {
			t.Errorf("a new file's mode is %v, want 0644", got)
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
	if err := os.WriteFile(a, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Mkdir(filepath.Join(dir, "sub"), 0o755); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, bad, wantErr string
	}{
		{"no such directory", filepath.Join(dir, "missing", "b.svg"), "missing"},
		{"a directory", filepath.Join(dir, "sub"), "is a directory"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := Write(File{a, []byte("new")}, File{tt.bad, []byte("<svg/>")})
			if err == nil || !strings.Contains(err.Error(), tt.bad) || !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("Write = %v, want an error naming %s (%s)", err, tt.bad, tt.wantErr)
			}
			if diff := cmp.Diff(map[string]string{"a.html": "old", "sub": "(dir)"}, list(t, dir)); diff != "" {
				t.Errorf("the directory after the error (-want +got):\n%s", diff)
			}
		})
	}
}

func TestWriteTempNames(t *testing.T) {
	dir := t.TempDir()
	name := filepath.Join(dir, "r.html")
	tmp, err := writeTemp(File{name, []byte("x")})
	if err != nil {
		t.Fatal(err)
	}
	defer os.Remove(tmp)
	if filepath.Dir(tmp) != dir || !strings.HasPrefix(filepath.Base(tmp), ".r.html.") {
		t.Errorf("the temporary file is %s, want .r.html.* in %s", tmp, dir)
	}
	if got := list(t, dir); len(got) != 1 {
		t.Errorf("the directory holds %v, want the temporary file only", got)
	}
}
