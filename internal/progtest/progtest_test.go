package progtest

import (
	"fmt"
	"io"
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
