// Package progtest holds what the example programs' tests share: running a
// program's realMain on a given standard input; a table of runs and what
// each must print, golden files included; the checks of both languages;
// the fuzz property every program keeps (no panic; either output and
// status 0, or nothing on stdout, one short error line on stderr and
// status 1); and the check of a report's screenshot.
package progtest

import (
	"bytes"
	"errors"
	"io"
	"path/filepath"
	"strings"
	"testing"

	"github.com/go-asn/berakhlak/examples/internal/htmlpage"
	"github.com/go-asn/berakhlak/examples/internal/lang"
	"github.com/go-asn/berakhlak/internal/goldentest"
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

// Case is one run of a program and what it must do. With Golden, the run
// must exit 0, write nothing to standard error, and write to standard
// output the bytes of the file testdata/Golden (go test -update rewrites
// it). With Page, the run is given "-html FILE" first (RunHTML): it must
// exit 0, write nothing to standard error, and write to FILE the bytes of
// testdata/Page, a page that fetches nothing (htmlpage.External). Without
// either, it must exit with Status, write Stderr to standard error and
// nothing to standard output.
type Case struct {
	Name   string
	Stdin  string
	Args   []string
	Golden string
	Page   string
	Status int
	Stderr string
}

// Cases runs main once for each case, as a subtest named by the case,
// and checks what it did.
func Cases(t *testing.T, main Main, cases []Case) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.Name, func(t *testing.T) {
			if c.Page != "" {
				got, page := RunHTML(t, main, c.Stdin, c.Args...)
				if got.Status != 0 || got.Stderr != "" {
					t.Fatalf("status %d, stderr %q; want status 0 and the page of testdata/%s", got.Status, got.Stderr, c.Page)
				}
				if c.Golden != "" {
					goldentest.Check(t, filepath.Join("testdata", c.Golden), []byte(got.Stdout))
				}
				goldentest.Check(t, filepath.Join("testdata", c.Page), []byte(page))
				if ext := htmlpage.External([]byte(page)); ext != nil {
					t.Errorf("the page refers to %q", ext)
				}
				return
			}
			got := Run(main, c.Stdin, c.Args...)
			if c.Golden != "" {
				if got.Status != 0 || got.Stderr != "" {
					t.Fatalf("status %d, stderr %q; want status 0 and the output of testdata/%s", got.Status, got.Stderr, c.Golden)
				}
				goldentest.Check(t, filepath.Join("testdata", c.Golden), []byte(got.Stdout))
				return
			}
			if want := (Result{Status: c.Status, Stderr: c.Stderr}); got != want {
				t.Errorf("status %d, stdout %q, stderr %q; want status %d, no stdout, stderr %q",
					got.Status, got.Stdout, got.Stderr, want.Status, want.Stderr)
			}
		})
	}
}

// Languages checks what a program's two languages need: its message
// table, every message in both languages with the same formatting verbs
// (lang.Check), and a -lang other than id or en refused as a usage error
// (status 2, nothing on standard output).
func Languages(t *testing.T, main Main, messages any) {
	t.Helper()
	if err := lang.Check(messages); err != nil {
		t.Error(err)
	}
	for _, bad := range []string{"fr", "ID", ""} {
		got := Run(main, "", "-lang", bad)
		if got.Status != 2 || got.Stdout != "" || !strings.Contains(got.Stderr, "invalid value") {
			t.Errorf("-lang %q: %+v; want a usage error", bad, got)
		}
	}
}
