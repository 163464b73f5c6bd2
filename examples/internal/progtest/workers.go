package progtest

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/go-asn/berakhlak/examples/internal/csvio"
)

// Runner runs a program on the input file with the reading options o
// (Workers and MinPart set), and returns what it wrote to standard output
// and its error.
type Runner func(t testing.TB, file string, o csvio.Options) (stdout string, err error)

// FuzzWorkers checks that any input file gives a program byte for byte
// the same output, and the same first error, on one goroutine
// (-workers 1) and on four, the file's records cut into parts of a few
// bytes (csvio.Options.MinPart) so that small files are cut too.
func FuzzWorkers(f *testing.F, seeds []string, run Runner) {
	for _, s := range seeds {
		f.Add([]byte(s), uint8(3))
	}
	f.Fuzz(func(t *testing.T, data []byte, minPart uint8) {
		if len(data) > 64<<10 {
			return
		}
		file := filepath.Join(t.TempDir(), "f.csv")
		if err := os.WriteFile(file, data, 0o600); err != nil {
			t.Fatal(err)
		}
		out1, err1 := run(t, file, csvio.Options{MaxLine: 4096, Workers: 1})
		out4, err4 := run(t, file, csvio.Options{MaxLine: 4096, Workers: 4, MinPart: int(minPart) + 1})
		if out1 != out4 || fmt.Sprint(err1) != fmt.Sprint(err4) {
			t.Fatalf("-workers 1: %q, %v\n-workers 4: %q, %v", out1, err1, out4, err4)
		}
	})
}
