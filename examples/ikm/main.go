// Command ikm computes the Indeks Kepuasan Masyarakat of a Survei Kepuasan
// Masyarakat export (PermenPANRB No. 14 Tahun 2017): the NRR and mutu of
// each unsur, the IKM and its mutu pelayanan, and the check of the sample
// against the Krejcie–Morgan minimum for the population the unit served.
// Below the minimum it publishes nothing and says why.
//
//	go run ./examples/ikm                                 # embedded synthetic sample (invented data)
//	go run ./examples/ikm -in export.csv -population 1200
//	go run ./examples/ikm -json
//
// The export's header is "respondent" and the nine unsur, in any order,
// each named by the library's code (U1–U9) or by its official name
// ("Sarana dan Prasarana"): sources number the last two unsur differently,
// so names are safer. A cell is an answer 1–4 (or its label, "Sangat
// Baik"), or empty for no answer. An unknown, missing or repeated column,
// a repeated respondent id (-allow-duplicates turns that check off), or a
// bad row, stops the run with "file:line: column NAME: reason" and exit
// status 1, and nothing is written to standard output. -in - reads
// standard input.
package main

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"text/tabwriter"

	"github.com/go-asn/berakhlak/ikm"
	"github.com/go-asn/berakhlak/internal/csvio"
	"github.com/go-asn/berakhlak/internal/text"
	"github.com/go-asn/berakhlak/survey"
)

//go:embed sample.csv
var sampleExport []byte

func main() {
	os.Exit(realMain(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// options are the program's flags.
type options struct {
	in              string
	population      int
	json            bool
	csv             csvio.Options
	allowDuplicates bool
	stdin           io.Reader
}

// realMain runs the program and returns its exit status; on an error
// nothing goes to stdout.
func realMain(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	var o options
	fs := flag.NewFlagSet("ikm", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&o.in, "in", "", "score the export `FILE` (- for standard input) instead of the embedded sample")
	fs.IntVar(&o.population, "population", 0, "the number `N` of people the unit served, for the Krejcie–Morgan minimum (required with -in)")
	fs.BoolVar(&o.json, "json", false, "print the result as JSON")
	fs.IntVar(&o.csv.MaxLine, "max-line", csvio.DefaultMaxLine(), "longest line (record) of the input, in `BYTES`")
	fs.BoolVar(&o.allowDuplicates, "allow-duplicates", false, "do not check that respondent ids are unique (for files known to be clean)")
	writeSampleTo := fs.String("write-sample", "", "write the synthetic sample to `FILE` and exit")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "ikm: unexpected arguments %q\n", fs.Args())
		return 2
	}
	var out []byte
	var err error
	if *writeSampleTo != "" {
		var b bytes.Buffer
		if err = writeSample(&b); err == nil {
			err = os.WriteFile(*writeSampleTo, b.Bytes(), 0o644)
		}
	} else {
		o.stdin = stdin
		out, err = runWith(o)
	}
	if err == nil {
		_, err = stdout.Write(out)
	}
	if err != nil {
		fmt.Fprintln(stderr, "ikm:", err)
		return 1
	}
	return 0
}

// run is runWith with the default reading options.
func run(in string, population int, asJSON bool) ([]byte, error) {
	return runWith(options{in: in, population: population, json: asJSON})
}

// run builds the whole report and returns it; on error it returns nothing
// to print.
func runWith(o options) ([]byte, error) {
	in, population, asJSON := o.in, o.population, o.json
	name, r := "sample.csv (embedded, invented)", io.Reader(bytes.NewReader(sampleExport))
	if in == "" && population == 0 {
		population = samplePopulation
	}
	if in != "" {
		if population == 0 {
			return nil, errors.New("-in needs -population, the number of people the unit served")
		}
		f, err := csvio.Open(in, o.stdin)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		name, r = f.Name, f
	}
	min := survey.KrejcieMorgan(population)
	if !min.IsValid() {
		return nil, fmt.Errorf("-population %d: want 1 to 100000000", population)
	}
	t, err := read(name, r, o)
	if err != nil {
		return nil, err
	}
	res, err := t.Result(min)
	if err != nil {
		return nil, fmt.Errorf("no IKM published: %w", err)
	}
	var b bytes.Buffer
	if asJSON {
		enc := json.NewEncoder(&b)
		enc.SetIndent("", "  ")
		if err := enc.Encode(struct {
			File       string     `json:"file"`
			Population int        `json:"population"`
			Result     ikm.Result `json:"result"`
		}{name, population, res}); err != nil {
			return nil, err
		}
		return b.Bytes(), nil
	}
	fmt.Fprintf(&b, "Indeks Kepuasan Masyarakat — %s\n\n", text.Terminal(name, 0))
	fmt.Fprintf(&b, "Respondents: %d (minimum %d by Krejcie–Morgan for a population of %d: met)\n\n", res.Respondents(), min.Required(), population)
	tw := tabwriter.NewWriter(&b, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "Unsur\t\tNRR\tNRR×25\tMutu\tAnswers\tBlank")
	for _, u := range res.PerUnsur() {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%d\t%d\n", u.Unsur.Code(), u.Unsur, u.NRR.StringFixed(2), u.Converted.StringFixed(2), u.Band, u.Answers, u.Missing)
	}
	if err := tw.Flush(); err != nil {
		return nil, err
	}
	band := res.Band()
	fmt.Fprintf(&b, "\nIKM: %s — mutu pelayanan %s, kinerja unit pelayanan %s\n", res.Index().StringFixed(2), band.Letter, band.Label)
	fmt.Fprintln(&b, "(weight exactly 1/9, rounded once half-up to 2 places: library defaults)")
	return b.Bytes(), nil
}

// read reads an export into a tally. Columns are matched by name.
func read(name string, r io.Reader, o options) (*ikm.Tally, error) {
	cr, err := csvio.NewReader(name, r, o.csv)
	if err != nil {
		return nil, err
	}
	want := []csvio.Column{{Name: "respondent"}}
	for _, u := range ikm.Unsurs() {
		want = append(want, csvio.Column{Name: u.Code(), Match: func(h string) bool {
			v, err := ikm.ParseUnsur(h)
			return err == nil && v == u
		}})
	}
	cols, err := cr.Bind(want...)
	if err != nil {
		return nil, err
	}
	if !o.allowDuplicates {
		cr.Unique(cols[0], "respondent")
	}
	t, err := ikm.NewTally(9)
	if err != nil {
		return nil, err
	}
	answers := make([]int8, 9)
	for {
		err := cr.Next()
		if errors.Is(err, io.EOF) {
			return t, nil
		}
		if err != nil {
			return nil, err
		}
		id := cr.Field(cols[0])
		if len(id) == 0 {
			return nil, cr.Errorf("respondent", "empty")
		}
		for i, u := range ikm.Unsurs() {
			cell := cr.Field(cols[1+i])
			switch {
			case len(cell) == 0:
				answers[i] = survey.NoAnswer
				continue
			case len(cell) == 1 && '1' <= cell[0] && cell[0] <= '4':
				answers[i] = int8(cell[0] - '0')
				continue
			}
			a, err := ikm.ParseAnswer(string(cell))
			if err != nil {
				return nil, cr.Errorf(u.Code(), "%s is not an answer: want 1–4 (Tidak Baik to Sangat Baik) or empty", text.Quote(string(cell)))
			}
			answers[i] = int8(a)
		}
		if err := t.Add(string(id), answers); err != nil {
			return nil, cr.Wrap("", err)
		}
	}
}
