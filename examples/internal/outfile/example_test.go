package outfile_test

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/go-asn/berakhlak/examples/internal/outfile"
)

func ExampleWrite() {
	dir, err := os.MkdirTemp("", "outfile")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	page, chart := filepath.Join(dir, "laporan.html"), filepath.Join(dir, "missing", "chart.svg")
	err = outfile.Write(outfile.File{Flag: "-html", Name: page, Data: []byte("<p>…</p>")}, outfile.File{Flag: "-svg", Name: chart, Data: []byte("<svg/>")})
	fmt.Println(err != nil)
	_, err = os.Stat(page)
	fmt.Println(os.IsNotExist(err)) // nothing written: the chart's directory does not exist
	// Output:
	// true
	// true
}

func ExampleCheck() {
	dir, err := os.MkdirTemp("", "outfile")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	in := filepath.Join(dir, "export.csv")
	if err := os.WriteFile(in, []byte("respondent\n"), 0o644); err != nil {
		fmt.Println(err)
		return
	}
	err = outfile.Check([]outfile.Input{{Flag: "-in", Name: in}}, []outfile.Output{{Flag: "-html", Name: in}}, nil, nil)
	fmt.Println(err != nil)
	// Output:
	// true
}

// A program stages its files, writes standard output, and commits the
// files only when that succeeded.
func ExampleStage() {
	dir, err := os.MkdirTemp("", "outfile")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	page := filepath.Join(dir, "laporan.html")
	s, err := outfile.Stage(outfile.File{Flag: "-html", Name: page, Data: []byte("<p>…</p>")})
	if err != nil {
		fmt.Println(err)
		return
	}
	defer s.Discard()
	if _, err := os.Stdout.WriteString("the report\n"); err != nil {
		return // the deferred Discard leaves no file
	}
	fmt.Println(s.Commit())
	// Output:
	// the report
	// <nil>
}
