// Command gen writes the synthetic sample survey that examples/report
// embeds (see package sample). Run it from examples/report:
//
//	go generate ./examples/report
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/go-asn/berakhlak/examples/report/internal/sample"
)

func main() {
	dir := flag.String("dir", ".", "write sample_instrument.csv and sample_ballots.csv into `DIR`")
	flag.Parse()
	if err := write(filepath.Join(*dir, "sample_instrument.csv"), sample.WriteInstrument); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
	if err := write(filepath.Join(*dir, "sample_ballots.csv"), sample.WriteBallots); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

func write(path string, fn func(w io.Writer) error) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := fn(f); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
