// Command report prints the BerAKHLAK report of an agency: the seven value
// scores with their categories and bars, the overall index and its
// category, the lowest value with its three behaviours as the improvement
// focus, the most- and least-voted behaviours, cultural entropy, values
// alignment, and the respondents against the minimum.
//
// With no flags it scores an embedded synthetic survey: 1,200 invented
// respondents of an invented agency of 2,500 employees, written by the
// seeded generator in ./gen (go generate ./examples/report). It describes
// no real agency.
//
//	go run ./examples/report
//	go run ./examples/report -json
//	go run ./examples/report -svg report.svg
//	go run ./examples/report -in ballots.csv -instrument options.csv -employees 2500
//	go run ./examples/report -in ratings.csv -scale 1-5 -employees 800
//	go run ./examples/report -profile published.csv
//
// Input files are read as a stream, in constant memory. The header tells
// the two kinds apart:
//
//	respondent,personal,current,desired   ballots: option codes separated by ";"
//	respondent,BP1,BP2,…,KL3              ratings: integers, or empty for no answer
//
// -instrument adds extra ballot options (header code,kind,text; kind is
// limiting or positive). A bad row stops the run with "file:line: column:
// reason" and exit status 1; nothing is skipped. Memory stays constant, so
// repeated respondent ids are not detected: deduplicate the export first.
package main

//go:generate go run ./gen -dir .

import (
	"bytes"
	_ "embed"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/go-asn/berakhlak/akhlak"
	"github.com/go-asn/berakhlak/examples/report/internal/sample"
	"github.com/go-asn/berakhlak/survey"
)

var (
	//go:embed sample_ballots.csv
	sampleBallots []byte
	//go:embed sample_instrument.csv
	sampleInstrument []byte
)

type config struct {
	in, instrument, profile, svg string
	picks, employees             int
	scale                        string
	json                         bool
}

func main() {
	var c config
	flag.StringVar(&c.in, "in", "", "score the survey export `FILE` (ballots or ratings) instead of the embedded sample")
	flag.StringVar(&c.instrument, "instrument", "", "extra ballot options from `FILE` (code,kind,text)")
	flag.StringVar(&c.profile, "profile", "", "report a published profile from `FILE` (value,score) instead of scoring a survey")
	flag.IntVar(&c.picks, "picks", 10, "most options a respondent may pick per list")
	flag.StringVar(&c.scale, "scale", "1-5", "rating scale `MIN-MAX`")
	flag.IntVar(&c.employees, "employees", 0, "the unit's number of employees: checks the minimum respondents (Slovin, 5%)")
	flag.BoolVar(&c.json, "json", false, "print the report as JSON")
	flag.StringVar(&c.svg, "svg", "", "also write the seven scores as an SVG bar chart to `FILE`")
	flag.Parse()
	if flag.NArg() > 0 {
		fmt.Fprintf(os.Stderr, "report: unexpected arguments %q\n", flag.Args())
		os.Exit(2)
	}
	if err := run(os.Stdout, c); err != nil {
		fmt.Fprintln(os.Stderr, "report:", err)
		os.Exit(1)
	}
}

func run(w io.Writer, c config) error {
	if c.profile != "" && (c.in != "" || c.instrument != "") {
		return fmt.Errorf("-profile cannot be combined with -in or -instrument")
	}
	r, err := build(c)
	if err != nil {
		return err
	}
	if c.svg != "" {
		var buf bytes.Buffer
		if err := writeSVG(&buf, r); err != nil {
			return err
		}
		if err := os.WriteFile(c.svg, buf.Bytes(), 0o644); err != nil {
			return err
		}
	}
	if c.json {
		return writeJSON(w, r)
	}
	return writeText(w, r)
}

// build scores the chosen source into a Report.
func build(c config) (Report, error) {
	if c.profile != "" {
		f, err := os.Open(c.profile)
		if err != nil {
			return Report{}, err
		}
		defer f.Close()
		p, err := readProfile(c.profile, f)
		if err != nil {
			return Report{}, err
		}
		return fromProfile("Published profile — "+c.profile, p), nil
	}

	min := survey.FixedMinimum(1)
	checked := c.employees > 0
	if c.employees < 0 {
		return Report{}, fmt.Errorf("-employees %d is negative", c.employees)
	}
	if checked {
		min = survey.Slovin(c.employees, 5)
	}
	scale, err := parseScale(c.scale)
	if err != nil {
		return Report{}, err
	}

	title := "Indeks BerAKHLAK — " + c.in
	var data io.Reader
	name := c.in
	instName, instData := c.instrument, io.Reader(nil)
	if c.in == "" {
		if c.instrument != "" {
			return Report{}, fmt.Errorf("-instrument needs -in (the embedded sample has its own instrument)")
		}
		title = "Indeks BerAKHLAK — synthetic sample agency (invented data)"
		name, data = "sample_ballots.csv (embedded)", bytes.NewReader(sampleBallots)
		instName, instData = "sample_instrument.csv (embedded)", bytes.NewReader(sampleInstrument)
		if !checked {
			min, checked = survey.Slovin(sample.Employees, 5), true
		}
	} else {
		f, err := os.Open(c.in)
		if err != nil {
			return Report{}, err
		}
		defer f.Close()
		data = f
		if c.instrument != "" {
			g, err := os.Open(c.instrument)
			if err != nil {
				return Report{}, err
			}
			defer g.Close()
			instData = g
		}
	}
	var extras []akhlak.Option
	if instData != nil {
		if extras, err = readInstrument(instName, instData); err != nil {
			return Report{}, err
		}
	}
	inst, err := akhlak.NewInstrument(c.picks, extras...)
	if err != nil {
		return Report{}, fmt.Errorf("instrument: %w", err)
	}
	s, err := readSurvey(name, data, inst, scale)
	if err != nil {
		return Report{}, err
	}
	return s.report(title, min, checked)
}

func parseScale(s string) (survey.RatingScale, error) {
	sc, err := survey.ParseRatingScale(s)
	if err != nil {
		return survey.RatingScale{}, fmt.Errorf("-scale %q: %w", s, err)
	}
	return sc, nil
}
