// Command national averages agency results into a national Indeks
// BerAKHLAK, the way the 2022 figure was made: the unweighted mean over the
// agencies that met their minimum number of respondents (442 of 592 in
// 2022), with the agencies left out listed and why.
//
//	go run ./examples/national                 # an embedded, invented sample
//	go run ./examples/national -in units.csv   # unit,respondents,employees,BP,AK,KO,HA,LO,AD,KL
//	go run ./examples/national -lang en        # the report in English
//
// The report is in Bahasa Indonesia unless -lang en asks for English; the
// official names (Indeks BerAKHLAK, the seven values and their codes, the
// category such as "B Cukup Sehat") stay as they are in both. Numbers
// follow the language: Indonesian writes 61,0 and 2.800, English 61.0
// and 2,800. The program's own messages (why a unit is left out, no unit
// meeting its minimum, a misused flag) follow -lang; errors about a row of
// the input ("file:line: column NAME: reason") and the library's errors
// stay in English, as do the flags' descriptions (-h).
//
// Each unit's minimum is Slovin's with a 5% margin on its employees (the
// library default; -margin changes it). Columns are matched by name, in
// any order; -in - reads standard input (on one core; a file of 8 MiB or
// more is read on every core, -workers N goroutines, with the same
// output). A unit named twice, or a bad row, stops the run with
// "file:line: column NAME: reason" and exit status 1, and nothing is
// written to standard output: the report is built completely before it
// is written. A bad flag (malformed, or with a
// value out of its range, such as -margin 0), or a -lang other than id or
// en, is a usage error (exit status 2). A bad row is never an exclusion:
// only a unit below its minimum is left out.
package main

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
	"github.com/go-asn/berakhlak/internal/text"
	"github.com/go-asn/berakhlak/survey"
	"github.com/shopspring/decimal"
)

//go:embed sample.csv
var sample []byte

func main() {
	os.Exit(realMain(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// realMain runs the program and returns its exit status. The report is
// built completely before any of it is written: on an error nothing goes
// to stdout.
func realMain(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	l := lang.Default
	fs := flag.NewFlagSet("national", flag.ContinueOnError)
	fs.SetOutput(stderr)
	in := fs.String("in", "", "read units from `FILE` (- for standard input) instead of the embedded sample")
	margin := fs.Int("margin", 5, "Slovin margin in `PERCENT` for each unit's minimum")
	var opts csvio.Options
	csvio.AddFlags(fs, &opts, "the input")
	fs.Var(&l, "lang", "language of the output: id (Bahasa Indonesia) or en")
	if err := cli.Parse(fs, args); err != nil {
		return cli.Exit(stderr, "national", err)
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, msg.UnexpectedArgs.In(l), fs.Args())
		return 2
	}
	if err := csvio.CheckFlags(&opts); err != nil {
		return cli.Exit(stderr, "national", cli.Usage(err))
	}
	var out bytes.Buffer
	err := run(&out, *in, *margin, opts, stdin, l)
	if err == nil {
		_, err = out.WriteTo(stdout)
	}
	if err != nil {
		return cli.Exit(stderr, "national", err)
	}
	return 0
}

// unitWidth caps a unit's name in the output, in runes.
const unitWidth = 60

func run(w io.Writer, in string, margin int, opts csvio.Options, stdin io.Reader, l lang.Lang) error {
	if margin < 1 || margin > 50 {
		return cli.Usage(fmt.Errorf(msg.BadMargin.In(l), margin))
	}
	name, src := "sample.csv", io.Reader(bytes.NewReader(sample))
	if in != "" {
		f, err := csvio.Open(in, stdin)
		if err != nil {
			return err
		}
		defer f.Close()
		name, src = f.Name, f
	}
	units, employees, err := readUnits(name, src, margin, opts, l)
	if err != nil {
		return err
	}
	n, err := akhlak.Aggregate(units)
	if errors.Is(err, survey.ErrInsufficientRespondents) {
		return fmt.Errorf(msg.NoneQualifies.In(l), l.Int(len(units)))
	}
	if err != nil {
		return err
	}
	if in == "" {
		name = msg.SampleSource.In(l)
	}
	r := report{source: name, margin: margin, units: len(units), national: n, employees: employees}
	return r.writeText(w, l)
}

// report is the national figures and what the text says about them.
type report struct {
	source    string
	margin    int // of Slovin's minimum, in percent
	units     int // read from the input
	national  akhlak.National
	employees map[string]int // by unit, for the minimum's population
}

// writeText writes the report in language l.
func (r report) writeText(w io.Writer, l lang.Lang) error {
	n := r.national
	fmt.Fprint(w, l.Sprintf(msg.Title, text.Terminal(r.source, 0)))
	fmt.Fprint(w, l.Sprintf(msg.Index, l.Fixed(n.Index().Decimal(), 1), n.Band(), l.Int(len(n.Included())), l.Int(r.units)))
	for _, v := range akhlak.Values() {
		fmt.Fprint(w, l.Sprintf(msg.ValueRow, v.Code(), v, l.Fixed(n.Profile().Score(v).Decimal(), 1)))
	}
	fmt.Fprint(w, l.Sprintf(msg.Included, l.Int(len(n.Included()))))
	for _, u := range n.Included() {
		fmt.Fprint(w, l.Sprintf(msg.Unit, text.Terminal(u, unitWidth)))
	}
	fmt.Fprint(w, l.Sprintf(msg.Excluded, l.Int(len(n.Excluded()))))
	for _, e := range n.Excluded() {
		// Only the minimum excludes a unit (akhlak.Aggregate returns bad
		// input as an error).
		var ie *survey.InsufficientError
		if !errors.As(e.Err, &ie) {
			return fmt.Errorf("unit %s excluded for a reason other than its minimum: %w", text.Quote(e.Unit), e.Err)
		}
		fmt.Fprint(w, l.Sprintf(msg.Below, text.Terminal(e.Unit, unitWidth), l.Int(ie.Respondents), l.Int(ie.Minimum.Required()),
			l.Int(r.margin), l.Int(r.employees[e.Unit])))
	}
	return nil
}

// readUnits reads the units, and each unit's employees; columns are
// matched by name, in any order, and a unit named twice is an error naming
// both lines. A file is read on opts.Workers goroutines, each part's units
// appended in file order (csvio.Read).
func readUnits(name string, r io.Reader, margin int, opts csvio.Options, l lang.Lang) ([]akhlak.Unit, map[string]int, error) {
	read := func(cr *csvio.Reader) (unitsRead, error) { return scanUnits(cr, margin) }
	u, err := csvio.Read(name, r, opts, read, unitsRead.merge)
	if err != nil {
		return nil, nil, err
	}
	if len(u.units) == 0 {
		return nil, nil, fmt.Errorf(msg.NoUnits.In(l), name)
	}
	return u.units, u.employees, nil
}

// unitsRead are the units of a file, or of a part of it, in file order,
// and each unit's employees.
type unitsRead struct {
	units     []akhlak.Unit
	employees map[string]int
}

// merge appends next's units, the next part of the file, to u's.
func (u unitsRead) merge(next unitsRead) (unitsRead, error) {
	u.units = append(u.units, next.units...)
	for k, v := range next.employees {
		u.employees[k] = v
	}
	return u, nil
}

// scanUnits reads the records of cr.
func scanUnits(cr *csvio.Reader, margin int) (unitsRead, error) {
	want := []csvio.Column{{Name: "unit"}, {Name: "respondents"}, {Name: "employees"}}
	for _, v := range akhlak.Values() {
		want = append(want, csvio.Column{Name: v.Code()})
	}
	cols, err := cr.Bind(want...)
	if err != nil {
		return unitsRead{}, err
	}
	cr.Unique(cols[0], "unit")
	var units []akhlak.Unit
	employees := map[string]int{}
	for {
		err := cr.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return unitsRead{}, err
		}
		if len(cr.Field(cols[0])) == 0 {
			return unitsRead{}, cr.Errorf("unit", "empty")
		}
		resp, ok := count(cr.Field(cols[1]))
		if !ok {
			return unitsRead{}, cr.Errorf("respondents", "%s is not a count", text.Quote(cr.Text(cols[1])))
		}
		emp, ok := count(cr.Field(cols[2]))
		if !ok || emp < 1 {
			return unitsRead{}, cr.Errorf("employees", "%s is not a positive count", text.Quote(cr.Text(cols[2])))
		}
		if emp > maxEmployees {
			return unitsRead{}, cr.Errorf("employees", "%d is more than %d, the largest population of a minimum", emp, maxEmployees)
		}
		if resp > emp {
			return unitsRead{}, cr.Errorf("respondents", "%d respondents but only %d employees", resp, emp)
		}
		minimum := survey.Slovin(emp, margin)
		if err := minimum.Check(resp); err != nil && !errors.As(err, new(*survey.InsufficientError)) {
			// The checks above leave nothing for this, but a bad row
			// must never become an exclusion.
			return unitsRead{}, cr.Wrap("employees", err)
		}
		scores := map[akhlak.Value]decimal.Decimal{}
		for i, v := range akhlak.Values() {
			cell := cr.Field(cols[3+i])
			s, err := decimal.NewFromString(string(cell))
			if err != nil || !plainNumber(cell) {
				return unitsRead{}, cr.Errorf(v.Code(), "%s is not a score: want a number 0–100 such as 57.9", text.Quote(string(cell)))
			}
			scores[v] = s
		}
		p, err := akhlak.NewProfile(scores)
		if err != nil {
			return unitsRead{}, cr.Wrap("", err)
		}
		unit := cr.Text(cols[0])
		units = append(units, akhlak.Unit{Name: unit, Respondents: resp, Minimum: minimum, Profile: p})
		employees[unit] = emp
	}
	return unitsRead{units, employees}, nil
}

// maxEmployees is the largest population survey.Slovin accepts, as its
// documentation states (the library keeps the limit unexported): a unit
// with more employees is a bad row, never an exclusion.
const maxEmployees = 100_000_000

// count parses a non-negative count of at most 9 digits.
func count(b []byte) (int, bool) {
	if len(b) == 0 || len(b) > 9 {
		return 0, false
	}
	n := 0
	for _, c := range b {
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}

// plainNumber reports whether b is a score as agencies publish it: digits
// with at most one decimal point, at most 12 bytes; no exponent, so
// "1e9999" is refused before it becomes a huge number.
func plainNumber(b []byte) bool {
	if len(b) == 0 || len(b) > 12 {
		return false
	}
	dot := false
	for _, c := range b {
		switch {
		case c == '.' && !dot:
			dot = true
		case c < '0' || c > '9':
			return false
		}
	}
	return true
}
