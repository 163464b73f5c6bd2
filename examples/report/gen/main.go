// Command gen writes the synthetic samples of examples/report. Run it
// from examples/report:
//
//	go generate ./examples/report
//
// It writes the survey the program embeds (berakhlaktest.ReportSample):
// sample_instrument.csv and sample_ballots.csv, 1,200 invented
// respondents of an invented agency of 2,500 employees; and
// sample_ratings.csv, a rating survey of 300 invented respondents on the
// 1–5 scale for an invented agency of 800 employees (Slovin, 5%: 267),
// which the README scores with -in and -employees 800
// (berakhlaktest.Ratings, seeded). Every file is the same, byte for byte,
// on every run and platform; none describes a real agency.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/go-asn/berakhlak/berakhlaktest"
	"github.com/go-asn/berakhlak/survey"
)

// ratingOptions are the knobs of sample_ratings.csv: 300 respondents,
// about 2% of answers left blank, no bad row.
var ratingOptions = berakhlaktest.Options{Seed: 800, Rows: 300, Missing: 2}

// ratingEmployees is the invented agency of sample_ratings.csv: its
// number of employees, for -employees.
const ratingEmployees = 800

// A file is one sample gen writes.
type file struct {
	name string
	data []byte
}

// files returns the samples gen writes.
func files() ([]file, error) {
	s := berakhlaktest.ReportSample()
	rows, err := berakhlaktest.Ratings(survey.DefaultRatingScale(), ratingOptions)
	if err != nil {
		return nil, err
	}
	return []file{
		{"sample_instrument.csv", s.Instrument},
		{"sample_ballots.csv", s.Ballots},
		{"sample_ratings.csv", berakhlaktest.RatingsCSV(rows)},
	}, nil
}

func main() {
	dir := flag.String("dir", ".", "write the samples into `DIR`")
	flag.Parse()
	fs, err := files()
	if err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
	for _, f := range fs {
		if err := os.WriteFile(filepath.Join(*dir, f.name), f.data, 0o644); err != nil {
			fmt.Fprintln(os.Stderr, "gen:", err)
			os.Exit(1)
		}
	}
}
