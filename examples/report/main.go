// Command report prints the BerAKHLAK report of an agency: the seven value
// scores with their categories and bars, the overall index and its
// category, the lowest value with its three behaviours as the improvement
// focus, the most- and least-voted behaviours, cultural entropy, values
// alignment, and the respondents against the minimum.
//
// With no flags it scores an embedded synthetic survey: 1,200 invented
// respondents of an invented agency of 2,500 employees, written by the
// seeded generator berakhlaktest.ReportSample (go generate
// ./examples/report runs ./gen). It describes no real agency.
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
// Columns are matched by name, in any order. -instrument adds extra ballot
// options (header code,kind,text; kind is limiting or positive). -in -
// reads standard input. A bad row stops the run with "file:line: column
// NAME: reason" and exit status 1, and nothing is written to standard
// output; nothing is skipped. A respondent id that repeats is an error
// (-allow-duplicates turns the check off); the check keeps a 64-bit hash
// per respondent, about 10 bytes each for a file. A line may be at most 1 MiB
// (-max-line raises it).
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
	"github.com/go-asn/berakhlak/internal/csvio"
	"github.com/go-asn/berakhlak/internal/text"
	"github.com/go-asn/berakhlak/survey"
)

var (
	//go:embed sample_ballots.csv
	sampleBallots []byte
	//go:embed sample_instrument.csv
	sampleInstrument []byte
)

// sampleEmployees is the invented agency's number of employees, for the
// minimum-respondent check (Slovin, 5%: 345): berakhlaktest.ReportSample's
// Employees, which the tests compare.
const sampleEmployees = 2500

type config struct {
	in, instrument, profile, svg string
	picks, employees             int
	scale                        string
	json                         bool
	read                         readOptions
	stdin                        io.Reader // for -in -
}

func main() {
	os.Exit(realMain(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// realMain runs the program with its arguments and standard streams and
// returns the exit status. The report is built completely before any of
// it is written: on an error nothing goes to stdout.
func realMain(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	var c config
	fs := flag.NewFlagSet("report", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&c.in, "in", "", "score the survey export `FILE` (ballots or ratings; - for standard input) instead of the embedded sample")
	fs.StringVar(&c.instrument, "instrument", "", "extra ballot options from `FILE` (code,kind,text)")
	fs.StringVar(&c.profile, "profile", "", "report a published profile from `FILE` (value,score) instead of scoring a survey")
	fs.IntVar(&c.picks, "picks", 10, "most options a respondent may pick per list")
	fs.StringVar(&c.scale, "scale", "1-5", "rating scale `MIN-MAX`")
	fs.IntVar(&c.employees, "employees", 0, "the unit's number of employees: checks the minimum respondents (Slovin, 5%)")
	fs.BoolVar(&c.json, "json", false, "print the report as JSON")
	fs.StringVar(&c.svg, "svg", "", "also write the seven scores as an SVG bar chart to `FILE`")
	fs.IntVar(&c.read.csv.MaxLine, "max-line", csvio.DefaultMaxLine(), "longest line (record) of an input, in `BYTES`")
	fs.BoolVar(&c.read.allowDuplicates, "allow-duplicates", false, "do not check that respondent ids are unique (for files known to be clean)")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "report: unexpected arguments %q\n", fs.Args())
		return 2
	}
	c.stdin = stdin
	var out bytes.Buffer
	err := run(&out, c)
	if err == nil {
		_, err = out.WriteTo(stdout)
	}
	if err != nil {
		fmt.Fprintln(stderr, "report:", err)
		return 1
	}
	return 0
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
		f, err := csvio.Open(c.profile, c.stdin)
		if err != nil {
			return Report{}, err
		}
		defer f.Close()
		p, err := readProfile(f.Name, f, c.read)
		if err != nil {
			return Report{}, err
		}
		return fromProfile("Published profile — "+text.Terminal(f.Name, 0), p), nil
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

	var title, name string
	var data io.Reader
	instName, instData := c.instrument, io.Reader(nil)
	if c.in == "" {
		if c.instrument != "" {
			return Report{}, fmt.Errorf("-instrument needs -in (the embedded sample has its own instrument)")
		}
		title = "Indeks BerAKHLAK — synthetic sample agency (invented data)"
		name, data = "sample_ballots.csv (embedded)", bytes.NewReader(sampleBallots)
		instName, instData = "sample_instrument.csv (embedded)", bytes.NewReader(sampleInstrument)
		if !checked {
			min, checked = survey.Slovin(sampleEmployees, 5), true
		}
	} else {
		f, err := csvio.Open(c.in, c.stdin)
		if err != nil {
			return Report{}, err
		}
		defer f.Close()
		data, name = f, f.Name
		title = "Indeks BerAKHLAK — " + text.Terminal(f.Name, 0)
		if c.instrument != "" {
			if c.instrument == "-" && c.in == "-" {
				return Report{}, fmt.Errorf("-in and -instrument cannot both read standard input")
			}
			g, err := csvio.Open(c.instrument, c.stdin)
			if err != nil {
				return Report{}, err
			}
			defer g.Close()
			instName, instData = g.Name, g
		}
	}
	var extras []akhlak.Option
	if instData != nil {
		if extras, err = readInstrument(instName, instData, c.read); err != nil {
			return Report{}, err
		}
	}
	inst, err := akhlak.NewInstrument(c.picks, extras...)
	if err != nil {
		return Report{}, fmt.Errorf("instrument: %w", err)
	}
	s, err := readSurvey(name, data, inst, scale, c.read)
	if err != nil {
		return Report{}, err
	}
	return s.report(title, min, checked)
}

func parseScale(s string) (survey.RatingScale, error) {
	sc, err := survey.ParseRatingScale(s)
	if err != nil {
		return survey.RatingScale{}, fmt.Errorf("-scale: %w", err) // err quotes s, cut
	}
	return sc, nil
}
