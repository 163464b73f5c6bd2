package progtest

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func echo(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	b, _ := io.ReadAll(stdin)
	if len(b) == 0 {
		fmt.Fprintln(stderr, "stdin:1: empty")
		return 1
	}
	fmt.Fprint(stdout, args, string(b))
	return 0
}

func TestRun(t *testing.T) {
	tests := []struct {
		name, stdin string
		want        Result
	}{
		{"output", "x", Result{0, "[-a]x", ""}},
		{"error", "", Result{1, "", "stdin:1: empty\n"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, Run(echo, tc.stdin, "-a")); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

func FuzzEcho(f *testing.F) {
	Fuzz(f, echo, []string{"", "a"}, func(testing.TB) []string { return nil })
}

// TestGolden checks that Golden returns the file as committed, and that
// with update it writes got first.
func TestGolden(t *testing.T) {
	path := filepath.Join(t.TempDir(), "out.golden")
	if err := os.WriteFile(path, []byte("want"), 0o644); err != nil {
		t.Fatal(err)
	}
	got := []string{string(Golden(t, path, []byte("got"), false))}
	got = append(got, string(Golden(t, path, []byte("new"), true)))
	after, _ := os.ReadFile(path)
	got = append(got, string(after))
	if diff := cmp.Diff([]string{"want", "new", "new"}, got); diff != "" {
		t.Errorf("Golden (-want +got):\n%s", diff)
	}
}

func TestUnsafe(t *testing.T) {
	for _, s := range Hostile() {
		if Unsafe(s) == "" {
			t.Errorf("Unsafe(%q) finds nothing", s)
		}
	}
	for _, s := range []string{"", "plain\n\ttext", "Dinas — Bandung, \uFFFD é 中文", `"a\x1b[2J\u202e"`} {
		if u := Unsafe(s); u != "" {
			t.Errorf("Unsafe(%q) = %s", s, u)
		}
	}
}
