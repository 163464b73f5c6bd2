package goldentest

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestDiff(t *testing.T) {
	tests := []struct {
		name, want, got string
		diff            string
	}{
		{"equal", "a\nb\n", "a\nb\n", ""},
		{"both empty", "", "", ""},
		{"one line changed", "a\nb\nc\nd\ne\nf\n", "a\nb\nC\nd\ne\nf\n", "first difference at line 3; want has 6 lines, got 6:\n a\n b\n-c\n-d\n-e\n+C\n+d\n+e\n"},
		{"first line", "x\n", "y\n", "first difference at line 1; want has 1 lines, got 1:\n-x\n+y\n"},
		{"a line more", "a\n", "a\nb\n", "first difference at line 2; want has 1 lines, got 2:\n a\n+b\n"},
		{"no final newline", "a\n", "a", "first difference at line 1; want has 1 lines, got 1:\n-a\n+\"a\"\n"},
		{"a control byte", "a\n", "a\x1b\n", "first difference at line 1; want has 1 lines, got 1:\n-a\n+\"a\\x1b\\n\"\n"},
		{"empty want", "", "a\n", "first difference at line 1; want has 0 lines, got 1:\n+a\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.diff, Diff([]byte(tt.want), []byte(tt.got))); diff != "" {
				t.Errorf("Diff mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// TestFile checks that File reads the file without -update, and writes
// it (and its directory) with -update.
func TestFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "sub", "x.golden")
	*update = true
	got := File(t, path, []byte("new\n"))
	*update = false
	if string(got) != "new\n" {
		t.Errorf("File with -update returned %q", got)
	}
	if data, err := os.ReadFile(path); err != nil || string(data) != "new\n" {
		t.Errorf("with -update the file holds %q (%v)", data, err)
	}
	if got := File(t, path, []byte("other\n")); string(got) != "new\n" {
		t.Errorf("File without -update returned %q, want the file's bytes", got)
	}
}
