// Command report prints the BerAKHLAK report of an agency: the seven value
// scores with their categories and bars, the overall index and its
// category, the lowest value with its three behaviours as the improvement
// focus, the most- and least-voted behaviours, cultural entropy, values
// alignment, and the respondents against the minimum.
//
// With no flags it scores an embedded synthetic survey: 1,200 invented
// respondents of an invented agency of 2,500 employees, written by the
// seeded generator berakhlaktest.ReportSample (go generate
// ./examples/report runs ./gen). It describes no real agency. The same
// generator writes sample_ratings.csv, an invented rating survey of 300
// respondents for an agency of 800 employees.
//
//	go run ./examples/report
//	go run ./examples/report -lang en
//	go run ./examples/report -html laporan.html -title "Dinas X" -period 2024
//	go run ./examples/report -json
//	go run ./examples/report -svg report.svg
//	go run ./examples/report -in examples/report/sample_ballots.csv -instrument examples/report/sample_instrument.csv -employees 2500
//	go run ./examples/report -in examples/report/sample_ratings.csv -scale 1-5 -employees 800
//	go run ./examples/report -profile published.csv
//	go run ./examples/report -baseline examples/report/sample_baseline.json -target examples/report/sample_targets.csv
//
// -baseline FILE compares the report with last year's survey: the JSON
// this program's -json wrote, a result's own JSON (akhlak.BallotResult,
// RatingResult or Profile), or a published profile's CSV (value,score).
// The section "Perbandingan dengan baseline" (Comparison with the
// baseline) gives both years' figures, the change with its 95% interval
// and its verdict (up, down, or no measurable change), and the categories
// that moved; the chart marks last year's scores. A published profile has
// no counts: the changes then have no interval and no verdict, and the
// report says so. -target FILE (value,target; value "index" for the
// index; a score "65.0", a category "B" or a change "+5.0") judges the
// caller's targets: met, not met, or not decidable within the sampling
// error. No target is official. sample_baseline.json and
// sample_targets.csv are invented, written by ./gen.
//
// The report is in Bahasa Indonesia unless -lang en is given: its prose,
// headings, labels and notes, the HTML page, the SVG chart and the
// program's own error messages. The flags' help (-h) is in English, as in
// the other example programs. Official names (the seven values,
// the behaviours, "Indeks BerAKHLAK", the category labels Sehat, Cukup
// Sehat, Tidak Sehat) are the same in both languages; in English the
// index's category is followed by its English name. Numbers follow the
// language: 60,9 and 5.773 in Indonesian, 60.9 and 5,773 in English. The
// JSON (-json) is the same whatever -lang, with numbers as "60.9". Errors
// that come from the library, and the file:line: column: reason of a bad
// input row, stay in English.
//
// -html FILE writes the report as one self-contained page (no external
// style sheet, font, script or image; the chart inline) that prints on one
// or two A4 pages: the title, the respondents against the minimum, the
// index and its category, the seven values with their categories and the
// chart, the improvement focus, entropy and alignment, and the methods
// with every rule used, its status and its source (the rule register of
// package berakhlak); with -baseline and -target, three pages at most. -title names the agency or unit in the titles,
// -period adds the survey period. A report of the embedded sample says in
// its title and in a note that the data is invented, with -title too.
//
// -html and -svg write only a regular file (or through a symbolic link
// to one) or a new name: a directory, a device, a FIFO, a socket, an
// input of the run, standard input or output, or the other output's file
// is a usage error (exit status 2), checked before any work. Every file
// is built completely, written under a temporary name beside its
// destination, and renamed into place only after standard output was
// written: on any error (standard output on a full disk included) no file
// is changed. A new file gets 0666 less the umask; a replaced file keeps
// its permission bits (package examples/internal/outfile).
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
// output; nothing is skipped. A bad flag (malformed, or with a value out
// of its range, such as -scale 5-1, -employees -5 or -picks 0), flags
// that cannot go together, or a -lang other than id or en, is a usage
// error (exit status 2). More respondents than -employees is an error of
// the data (exit status 1). A respondent id that repeats is an error
// (-allow-duplicates turns the check off); the check keeps a 64-bit hash
// per respondent, about 10 bytes each for a file. A line may be at most 1 MiB
// (-max-line raises it). A file of 8 MiB or more is read on every core
// (-workers N goroutines; standard input on one), with the same output
// and the same first error as on one.
package main

//go:generate go run ./gen -dir .

import (
	"bytes"
	_ "embed"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/go-asn/berakhlak/akhlak"
	"github.com/go-asn/berakhlak/examples/internal/cli"
	"github.com/go-asn/berakhlak/examples/internal/csvio"
	"github.com/go-asn/berakhlak/examples/internal/lang"
	"github.com/go-asn/berakhlak/examples/internal/outfile"
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
	in, instrument, profile, svg, html string
	baseline, target                   string
	title, period                      string
	picks, employees                   int
	scale                              string
	json                               bool
	lang                               lang.Lang // zero means lang.Default
	read                               readOptions
	stdin                              io.Reader // for -in -
}

func main() {
	os.Exit(realMain(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// realMain runs the program with its arguments and standard streams and
// returns the exit status. The report, and every file it writes, is built
// completely before any of it is written: on an error nothing goes to
// stdout and no file is written.
func realMain(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	c := config{lang: lang.Default}
	fs := newFlags(&c)
	fs.SetOutput(stderr)
	if err := cli.Parse(fs, args); err != nil {
		return cli.Exit(stderr, "report", err)
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "report: %s\n", c.lang.Sprintf(msg.ErrArguments, fs.Args()))
		return 2
	}
	if err := csvio.CheckFlags(&c.read.csv); err != nil {
		return cli.Exit(stderr, "report", cli.Usage(err))
	}
	c.stdin = stdin
	return cli.Exit(stderr, "report", run(stdout, c))
}

// newFlags declares the program's flags into c. Their help is in
// English whatever -lang says, as in the other example programs.
func newFlags(c *config) *flag.FlagSet {
	fs := flag.NewFlagSet("report", flag.ContinueOnError)
	fs.StringVar(&c.in, "in", "", "score the survey export `FILE` (ballots or ratings; - for standard input) instead of the embedded sample")
	fs.StringVar(&c.instrument, "instrument", "", "extra ballot options from `FILE` (code,kind,text)")
	fs.StringVar(&c.profile, "profile", "", "report a published profile from `FILE` (value,score) instead of scoring a survey")
	fs.StringVar(&c.baseline, "baseline", "", "compare with last year's survey in `FILE`: this program's -json, a result's JSON, or a published profile (value,score)")
	fs.StringVar(&c.target, "target", "", "judge the targets in `FILE` (value,target: 65.0, B or +5.0; value \"index\" for the index); needs -baseline")
	fs.IntVar(&c.picks, "picks", defaultPicks, "most options a respondent may pick per list")
	fs.StringVar(&c.scale, "scale", "1-5", "rating scale `MIN-MAX`")
	fs.IntVar(&c.employees, "employees", 0, "the unit's number of employees: checks the minimum respondents (Slovin, 5%)")
	fs.BoolVar(&c.json, "json", false, "print the report as JSON (the same in every language)")
	fs.StringVar(&c.svg, "svg", "", "also write the seven scores as an SVG bar chart to `FILE`")
	fs.StringVar(&c.html, "html", "", "also write the report as one printable HTML page to `FILE`")
	fs.StringVar(&c.title, "title", "", "the agency or unit name for the title (default: the file name)")
	fs.StringVar(&c.period, "period", "", "the survey period for the title, e.g. \"2024\"")
	fs.Var(&c.lang, "lang", "language of the output: id (Bahasa Indonesia) or en")
	csvio.AddFlags(fs, &c.read.csv, "an input")
	fs.BoolVar(&c.read.allowDuplicates, "allow-duplicates", false, "do not check that respondent ids are unique (for files known to be clean)")
	return fs
}

// defaultPicks is the most picks per list of a ballot unless -picks says
// otherwise: ten, after Barrett's instrument (a library default in the
// rule register of package berakhlak).
const defaultPicks = 10

// output is everything a run writes: standard output and the files.
type output struct {
	stdout bytes.Buffer
	files  []outfile.File
}

// run builds the report and every file, then writes: the files under
// temporary names beside their destinations, then standard output (w),
// and only when that succeeded the files in place (package outfile). On
// an error, nothing is written to w and no file is changed.
func run(w io.Writer, c config) error {
	if c.lang == 0 {
		c.lang = lang.Default
	}
	l := c.lang
	if err := check(c); err != nil {
		return cli.Usage(err)
	}
	inputs := []outfile.Input{{Flag: "-in", Name: c.in}, {Flag: "-instrument", Name: c.instrument}, {Flag: "-profile", Name: c.profile},
		{Flag: "-baseline", Name: c.baseline}, {Flag: "-target", Name: c.target}}
	outputs := []outfile.Output{{Flag: "-svg", Name: c.svg}, {Flag: "-html", Name: c.html}}
	if err := outfile.Check(inputs, outputs, c.stdin, w); err != nil {
		return cli.Usage(err)
	}
	r, err := build(c)
	if err != nil {
		return err
	}
	r.Period = text.Terminal(c.period, 0)
	var o output
	if c.svg != "" {
		var buf bytes.Buffer
		if err := writeSVG(&buf, r, l, true); err != nil {
			return err
		}
		o.files = append(o.files, outfile.File{Flag: "-svg", Name: c.svg, Data: buf.Bytes()})
	}
	if c.html != "" {
		var buf bytes.Buffer
		if err := writeHTML(&buf, r, l); err != nil {
			return err
		}
		o.files = append(o.files, outfile.File{Flag: "-html", Name: c.html, Data: buf.Bytes()})
	}
	if c.json {
		err = writeJSON(&o.stdout, r)
	} else {
		err = writeText(&o.stdout, r, l)
	}
	if err != nil {
		return err
	}
	staged, err := outfile.Stage(o.files...)
	if err != nil {
		return err
	}
	defer staged.Discard()
	if _, err := o.stdout.WriteTo(w); err != nil {
		return err
	}
	return staged.Commit()
}

// check returns an error for flags that cannot go together or whose
// value is outside its range: a usage error, found before any work.
func check(c config) error {
	l := c.lang
	switch {
	case c.profile != "" && (c.in != "" || c.instrument != ""):
		return errors.New(msg.ErrProfileWith.In(l))
	case c.instrument != "" && c.in == "":
		return errors.New(msg.ErrInstrumentNeedsIn.In(l))
	case c.in == "-" && c.instrument == "-":
		return errors.New(msg.ErrBothStdin.In(l))
	case c.target != "" && c.baseline == "":
		return errors.New(msg.ErrTargetNeedsBaseline.In(l))
	case stdins(c) > 1:
		return errors.New(msg.ErrBothStdin.In(l))
	case c.employees < 0:
		return errors.New(l.Sprintf(msg.ErrNegativeEmployees, c.employees))
	case c.employees > maxEmployees:
		return errors.New(l.Sprintf(msg.ErrManyEmployees, c.employees, l.Int(maxEmployees)))
	case c.picks < 1:
		return errors.New(l.Sprintf(msg.ErrPicks, c.picks))
	}
	_, err := parseScale(c.scale)
	return err
}

// stdins counts the inputs that read standard input.
func stdins(c config) int {
	n := 0
	for _, f := range []string{c.in, c.instrument, c.profile, c.baseline, c.target} {
		if f == "-" {
			n++
		}
	}
	return n
}

// maxEmployees is the largest population survey.Slovin accepts, as its
// documentation states (the library keeps the limit unexported).
const maxEmployees = 100_000_000

// build scores the chosen source into a Report, and compares it with
// the baseline (-baseline) and the targets (-target).
func build(c config) (Report, error) {
	r, err := buildReport(c)
	if err != nil || c.baseline == "" {
		return r, err
	}
	f, err := csvio.Open(c.baseline, c.stdin)
	if err != nil {
		return Report{}, err
	}
	defer f.Close()
	base, n, err := readBaseline(f.Name, f, c.read)
	if err != nil {
		return Report{}, err
	}
	b := &Baseline{Name: text.Terminal(f.Name, 0), Respondents: n}
	if c.target != "" {
		g, err := csvio.Open(c.target, c.stdin)
		if err != nil {
			return Report{}, err
		}
		defer g.Close()
		if b.Targets, err = readTargets(g.Name, g, c.read); err != nil {
			return Report{}, err
		}
		b.TargetsName = text.Terminal(g.Name, 0)
	}
	return r, compare(&r, b, base)
}

// buildReport scores the chosen source into a Report.
func buildReport(c config) (Report, error) {
	l := c.lang
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
		return fromProfile(name(c.title, f.Name), p), nil
	}

	min, employees := survey.FixedMinimum(1), 0
	if c.employees > 0 {
		min, employees = survey.Slovin(c.employees, slovinMargin), c.employees
	}
	scale, err := parseScale(c.scale)
	if err != nil {
		return Report{}, err
	}

	var title, source string
	var data io.Reader
	instName, instData := c.instrument, io.Reader(nil)
	if c.in == "" {
		title = name(c.title, "")
		source, data = "sample_ballots.csv (embedded)", bytes.NewReader(sampleBallots)
		instName, instData = "sample_instrument.csv (embedded)", bytes.NewReader(sampleInstrument)
		if employees == 0 {
			min, employees = survey.Slovin(sampleEmployees, slovinMargin), sampleEmployees
		}
	} else {
		f, err := csvio.Open(c.in, c.stdin)
		if err != nil {
			return Report{}, err
		}
		defer f.Close()
		data, source = f, f.Name
		title = name(c.title, f.Name)
		if c.instrument != "" {
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
		// readInstrument has checked every option: what is left is
		// -picks, more than the instrument's options.
		return Report{}, cli.Usage(fmt.Errorf(msg.ErrInstrument.In(l), err))
	}
	s, err := readSurvey(source, data, inst, scale, c.read)
	if err != nil {
		return Report{}, err
	}
	r, err := s.report(l, min, employees)
	r.Name, r.Sample = title, c.in == ""
	if r.Kind == fromBallots {
		r.Picks = c.picks
	}
	return r, err
}

// name is the name a report's title shows: -title if given, else the
// file's name ("" for the embedded sample), made safe for a terminal.
func name(title, file string) string {
	if title != "" {
		return text.Terminal(title, 0)
	}
	return text.Terminal(file, 0)
}

func parseScale(s string) (survey.RatingScale, error) {
	sc, err := survey.ParseRatingScale(s)
	if err != nil {
		return survey.RatingScale{}, fmt.Errorf("-scale: %w", err) // err quotes s, cut
	}
	return sc, nil
}
