package outfile_test

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/go-asn/berakhlak/internal/outfile"
)

func ExampleWrite() {
	dir, err := os.MkdirTemp("", "outfile")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	page, chart := filepath.Join(dir, "laporan.html"), filepath.Join(dir, "missing", "chart.svg")
	err = outfile.Write(outfile.File{Name: page, Data: []byte("<p>…</p>")}, outfile.File{Name: chart, Data: []byte("<svg/>")})
	fmt.Println(err != nil)
	_, err = os.Stat(page)
	fmt.Println(os.IsNotExist(err)) // nothing written: the chart's directory does not exist
	// Output:
	// true
	// true
}
