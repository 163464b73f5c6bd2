// Command national averages agency results into a national Indeks
// BerAKHLAK, the way the 2022 figure was made: the unweighted mean over the
// agencies that met their minimum number of respondents (442 of 592 in
// 2022), with the agencies left out listed and why.
//
//	go run ./examples/national                 # an embedded, invented sample
//	go run ./examples/national -in units.csv   # unit,respondents,employees,BP,AK,KO,HA,LO,AD,KL
//
// Each unit's minimum is Slovin's with a 5% margin on its employees (the
// library default; -margin changes it). Columns are matched by name, in
// any order; -in - reads standard input. A unit named twice, or a bad
// row, stops the run with "file:line: column NAME: reason" and exit
// status 1, and nothing is written to standard output.
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
	"github.com/go-asn/berakhlak/internal/csvio"
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
	fs := flag.NewFlagSet("national", flag.ContinueOnError)
	fs.SetOutput(stderr)
	in := fs.String("in", "", "read units from `FILE` (- for standard input) instead of the embedded sample")
	margin := fs.Int("margin", 5, "Slovin margin in `PERCENT` for each unit's minimum")
	var opts csvio.Options
	fs.IntVar(&opts.MaxLine, "max-line", csvio.DefaultMaxLine(), "longest line (record) of the input, in `BYTES`")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "national: unexpected arguments %q\n", fs.Args())
		return 2
	}
	var out bytes.Buffer
	err := run(&out, *in, *margin, opts, stdin)
	if err == nil {
		_, err = out.WriteTo(stdout)
	}
	if err != nil {
		fmt.Fprintln(stderr, "national:", err)
		return 1
	}
	return 0
}

// unitWidth caps a unit's name in the output, in runes.
const unitWidth = 60

func run(w io.Writer, in string, margin int, opts csvio.Options, stdin io.Reader) error {
	if margin < 1 || margin > 50 {
		return fmt.Errorf("-margin %d outside 1–50", margin)
	}
	name, src := "sample.csv (embedded, invented units)", io.Reader(bytes.NewReader(sample))
	if in != "" {
		f, err := csvio.Open(in, stdin)
		if err != nil {
			return err
		}
		defer f.Close()
		name, src = f.Name, f
	}
	units, err := readUnits(name, src, margin, opts)
	if err != nil {
		return err
	}
	n, err := akhlak.Aggregate(units)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "National Indeks BerAKHLAK — %s\n\n", text.Terminal(name, 0))
	fmt.Fprintf(w, "Index: %s  %s (unweighted mean of %d of %d units)\n\n", n.Index.StringFixed(1), n.Category, len(n.Included), len(units))
	for _, v := range akhlak.Values() {
		fmt.Fprintf(w, "  %-2s %-22s %5s\n", v.Code(), v, n.Profile.Score(v).StringFixed(1))
	}
	fmt.Fprintf(w, "\nIncluded (%d):\n", len(n.Included))
	for _, u := range n.Included {
		fmt.Fprintf(w, "  %s\n", text.Terminal(u, unitWidth))
	}
	fmt.Fprintf(w, "\nExcluded (%d):\n", len(n.Excluded))
	for _, e := range n.Excluded {
		var ie *survey.InsufficientError
		if errors.As(e.Err, &ie) {
			fmt.Fprintf(w, "  %s: %d respondents, %d required (%s)\n", text.Terminal(e.Unit, unitWidth), ie.Respondents, ie.Minimum.Required(), ie.Minimum)
			continue
		}
		fmt.Fprintf(w, "  %s: %v\n", text.Terminal(e.Unit, unitWidth), e.Reason)
	}
	return nil
}

// readUnits reads the units; columns are matched by name, in any order,
// and a unit named twice is an error naming both lines.
func readUnits(name string, r io.Reader, margin int, opts csvio.Options) ([]akhlak.Unit, error) {
	cr, err := csvio.NewReader(name, r, opts)
	if err != nil {
		return nil, err
	}
	want := []csvio.Column{{Name: "unit"}, {Name: "respondents"}, {Name: "employees"}}
	for _, v := range akhlak.Values() {
		want = append(want, csvio.Column{Name: v.Code()})
	}
	cols, err := cr.Bind(want...)
	if err != nil {
		return nil, err
	}
	cr.Unique(cols[0], "unit")
	var units []akhlak.Unit
	for {
		err := cr.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, err
		}
		if len(cr.Field(cols[0])) == 0 {
			return nil, cr.Errorf("unit", "empty")
		}
		resp, ok := count(cr.Field(cols[1]))
		if !ok {
			return nil, cr.Errorf("respondents", "%s is not a count", text.Quote(cr.Text(cols[1])))
		}
		emp, ok := count(cr.Field(cols[2]))
		if !ok || emp < 1 {
			return nil, cr.Errorf("employees", "%s is not a positive count", text.Quote(cr.Text(cols[2])))
		}
		if resp > emp {
			return nil, cr.Errorf("respondents", "%d respondents but only %d employees", resp, emp)
		}
		scores := map[akhlak.Value]decimal.Decimal{}
		for i, v := range akhlak.Values() {
			cell := cr.Field(cols[3+i])
			s, err := decimal.NewFromString(string(cell))
			if err != nil || !plainNumber(cell) {
				return nil, cr.Errorf(v.Code(), "%s is not a score: want a number 0–100 such as 57.9", text.Quote(string(cell)))
			}
			scores[v] = s
		}
		p, err := akhlak.NewProfile(scores)
		if err != nil {
			return nil, cr.Wrap("", err)
		}
		units = append(units, akhlak.Unit{Name: cr.Text(cols[0]), Respondents: resp, Minimum: survey.Slovin(emp, margin), Profile: p})
	}
	if len(units) == 0 {
		return nil, fmt.Errorf("%s: no units", name)
	}
	return units, nil
}

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
