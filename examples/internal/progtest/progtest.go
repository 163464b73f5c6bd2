// Package progtest holds what the example programs' tests share: running a
// program's realMain on a given standard input, and the fuzz property every
// program keeps (no panic; either output and status 0, or nothing on
// stdout, one short error line on stderr and status 1).
package progtest

import (
	"bytes"
	"errors"
	"io"
	"os"
	"strings"
	"testing"
)

// Main is the signature of an example program's realMain.
type Main func(args []string, stdin io.Reader, stdout, stderr io.Writer) int

// Result is a program run: its exit status, stdout and stderr.
type Result struct {
	Status         int
	Stdout, Stderr string
}

// Run runs main with args on stdin and returns what it wrote.
func Run(main Main, stdin string, args ...string) Result {
	var out, errOut bytes.Buffer
	st := main(args, strings.NewReader(stdin), &out, &errOut)
	return Result{st, out.String(), errOut.String()}
}

// RunFull runs main with args on stdin with a standard output that
// refuses every write, as /dev/full does, and returns what it wrote to
// standard error.
func RunFull(main Main, stdin string, args ...string) Result {
	var errOut bytes.Buffer
	st := main(args, strings.NewReader(stdin), full{}, &errOut)
	return Result{st, "", errOut.String()}
}

// full is a standard output on a full disk.
type full struct{}

func (full) Write([]byte) (int, error) { return 0, errFull }

var errFull = errors.New("write /dev/stdout: no space left on device")

// maxErrorBytes is the longest error line a program may print for any
// input: messages echo at most about 80 bytes of it.
const maxErrorBytes = 1000

// Fuzz runs main on any bytes from standard input, with the arguments args
// returns (which must read standard input), seeded with seeds, and checks
// the programs' contract: no panic; either a report on stdout, nothing on
// stderr and status 0, or nothing on stdout, one error line of at most
// 1000 bytes on stderr and status 1.
func Fuzz(f *testing.F, main Main, seeds []string, args func(testing.TB) []string) {
	for _, s := range seeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		got := Run(main, string(data), args(t)...)
		switch got.Status {
		case 0:
			if got.Stdout == "" || got.Stderr != "" {
				t.Fatalf("%+v", got)
			}
		case 1:
			if got.Stdout != "" || strings.Count(got.Stderr, "\n") != 1 || len(got.Stderr) > maxErrorBytes {
				t.Fatalf("%+v", got)
			}
		default:
			t.Fatalf("%+v", got)
		}
	})
}

// Golden returns the content of the golden file path, for the caller to
// compare with got. With update it first rewrites the file with got (so
// the comparison passes, and version control shows the change). A
// missing file fails the test, saying how to write it.
func Golden(t testing.TB, path string, got []byte, update bool) []byte {
	t.Helper()
	if update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return got
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (go test -update writes it)", err)
	}
	return want
}
