// Command writelarge writes the files of the README's end-to-end figures:
// ratings2m.csv and ballots2m.csv, 2 million respondents each, in the
// shape of examples/report's benchmarks (synthetic data, fixed seeds; the
// ballots pick the sample instrument's options), and with -national
// ratings-national.csv, the 4.3 million respondents of a national survey
// (about 220 MB). From the module root:
//
//	go run ./examples/report/internal/writelarge -dir /tmp -national
//	/usr/bin/time go run ./examples/report -in /tmp/ratings2m.csv
//	/usr/bin/time go run ./examples/report -in /tmp/ballots2m.csv -instrument examples/report/sample_instrument.csv
//	/usr/bin/time go run ./examples/report -in /tmp/ratings-national.csv -workers 1
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/go-asn/berakhlak/berakhlaktest"
	"github.com/go-asn/berakhlak/examples/internal/synth"
)

// respondents is the number of rows of each file; national those of
// ratings-national.csv, the civil servants of Indonesia.
const (
	respondents = 2_000_000
	national    = 4_300_000
)

func main() {
	dir := flag.String("dir", ".", "write ratings2m.csv and ballots2m.csv into `DIR`")
	withNational := flag.Bool("national", false, "also write ratings-national.csv, 4.3 million rating rows")
	flag.Parse()
	codes := synth.OptionCodes(berakhlaktest.ReportSample().Instrument)
	files := []struct {
		name  string
		write func(io.Writer) error
	}{
		{"ratings2m.csv", func(w io.Writer) error { return synth.WriteRatings(w, respondents, 3) }},
		{"ballots2m.csv", func(w io.Writer) error { return synth.WriteBallots(w, respondents, codes, 5) }},
	}
	if *withNational {
		files = append(files, struct {
			name  string
			write func(io.Writer) error
		}{"ratings-national.csv", func(w io.Writer) error { return synth.WriteRatings(w, national, 4) }})
	}
	for _, f := range files {
		if err := write(filepath.Join(*dir, f.name), f.write); err != nil {
			fmt.Fprintln(os.Stderr, "writelarge:", err)
			os.Exit(1)
		}
	}
}

// write writes the file at path with w, and closes it.
func write(path string, w func(io.Writer) error) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := w(f); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
