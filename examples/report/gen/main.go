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
// (berakhlaktest.Ratings, seeded); and sample_baseline.json, "last
// year's" result of the same invented agency for -baseline: the
// BallotResult JSON of the first 1,000 ballots of the embedded sample,
// altered so that the comparison shows each verdict (fewer respondents
// picked Adaptif and Kolaboratif, more picked BP1). Every file is the
// same, byte for byte, on every run and platform; none describes a real
// agency. sample_targets.csv holds invented targets for -target.
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/go-asn/berakhlak/akhlak"
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
	base, err := baseline(s)
	if err != nil {
		return nil, err
	}
	return []file{
		{"sample_instrument.csv", s.Instrument},
		{"sample_ballots.csv", s.Ballots},
		{"sample_ratings.csv", berakhlaktest.RatingsCSV(rows)},
		{"sample_baseline.json", base},
		{"sample_targets.csv", []byte(sampleTargets)},
	}, nil
}

// sampleTargets are invented targets for -target, one of each kind: a
// change, a category, a score, and the index's change. No target is
// official: the government publishes none.
const sampleTargets = `value,target
AD,+5.0
KL,B
BP,60.0
index,+1.0
`

// baselineRespondents are the ballots of the embedded sample that "last
// year's" survey keeps.
const baselineRespondents = 1000

// baseline returns the JSON of last year's invented result: the first
// baselineRespondents ballots of s, whose current lists drop the Adaptif
// picks of every third respondent and the Kolaboratif picks of every
// fifth, and add BP1 to every fourth's that lacks it.
func baseline(s berakhlaktest.SampleSurvey) ([]byte, error) {
	var extras []akhlak.Option
	for i, line := range strings.Split(strings.TrimSpace(string(s.Instrument)), "\n") {
		if i == 0 {
			continue
		}
		f := strings.SplitN(line, ",", 3)
		kind, err := akhlak.ParseOptionKind(f[1])
		if err != nil {
			return nil, err
		}
		extras = append(extras, akhlak.Option{Code: f[0], Kind: kind, Text: f[2]})
	}
	in, err := akhlak.NewInstrument(10, extras...)
	if err != nil {
		return nil, err
	}
	t, err := akhlak.NewBallotTally(in)
	if err != nil {
		return nil, err
	}
	picks := func(cell string, keep func(string) bool) []akhlak.OptionID {
		var out []akhlak.OptionID
		for _, code := range strings.Split(cell, ";") {
			if code != "" && keep(code) {
				out = append(out, in.MustLookup(code))
			}
		}
		return out
	}
	all := func(string) bool { return true }
	lines := strings.Split(strings.TrimSpace(string(s.Ballots)), "\n")[1:]
	for i, line := range lines[:baselineRespondents] {
		f := strings.Split(line, ",")
		current := picks(f[2], func(code string) bool {
			return !(i%3 == 0 && strings.HasPrefix(code, "AD")) && !(i%5 == 0 && strings.HasPrefix(code, "KL"))
		})
		if bp1 := in.MustLookup("BP1"); i%4 == 0 && len(current) < 10 && !slices.Contains(current, bp1) {
			current = append(current, bp1)
		}
		if err := t.Add(f[0], akhlak.Ballot{Personal: picks(f[1], all), Current: current, Desired: picks(f[3], all)}); err != nil {
			return nil, err
		}
	}
	r, err := t.Result(survey.Slovin(s.Employees, 5))
	if err != nil {
		return nil, err
	}
	data, err := json.Marshal(r)
	if err != nil {
		return nil, err
	}
	var b bytes.Buffer
	if err := json.Indent(&b, data, "", "  "); err != nil {
		return nil, err
	}
	b.WriteByte('\n')
	return b.Bytes(), nil
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
