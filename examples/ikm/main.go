// Command ikm computes the Indeks Kepuasan Masyarakat of a Survei Kepuasan
// Masyarakat export (PermenPANRB No. 14 Tahun 2017): the NRR and mutu of
// each unsur, the IKM and its mutu pelayanan, and the check of the sample
// against the Krejcie–Morgan minimum for the population the unit served.
// Below the minimum it publishes nothing and says why.
//
//	go run ./examples/ikm                                 # embedded synthetic sample (invented data)
//	go run ./examples/ikm -in export.csv -population 1200
//	go run ./examples/ikm -in examples/ikm/sample_1200.csv -population 1200   # 300 invented respondents
//	go run ./examples/ikm -json
//	go run ./examples/ikm -lang en                        # the report in English
//
// The report is in Bahasa Indonesia unless -lang en asks for English; the
// official terms (Indeks Kepuasan Masyarakat, the unsur, NRR, mutu
// pelayanan and kinerja unit pelayanan with their labels, such as "B
// Baik") stay as they are in both. Numbers follow the language:
// Indonesian writes 78,64 and 1.200, English 78.64 and 1,200. The JSON
// (-json) does not depend on the language: its numbers are always
// written "78.64". The program's own messages (a refusal below the
// minimum, a misused flag) follow -lang; errors about a row of the input
// ("file:line: column NAME: reason") and the library's errors stay in
// English, as do the flags' descriptions (-h).
//
// The export's header is "respondent" and the nine unsur, in any order,
// each named by the library's code (U1–U9) or by its official name
// ("Sarana dan Prasarana"): sources number the last two unsur differently,
// so names are safer. A cell is an answer 1–4 (or its label, "Sangat
// Baik"), or empty for no answer. An unknown, missing or repeated column,
// a repeated respondent id (-allow-duplicates turns that check off), or a
// bad row, stops the run with "file:line: column NAME: reason" and exit
// status 1, and nothing is written to standard output: the output is
// built completely before it is written. -in - reads standard input. A
// bad flag (malformed, or with a value out of its range, such as
// -population -1), -in without -population, or a -lang other than id or
// en, is a usage error (exit status 2). More respondents than -population
// is an error of the data (exit status 1).
//
// Both samples, the embedded sample.csv and sample_1200.csv, are invented
// and written by the seeded generator in ./gen (go generate
// ./examples/ikm); -write-sample writes the embedded one.
package main

//go:generate go run ./gen -dir .

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

	"github.com/go-asn/berakhlak/examples/internal/cli"
	"github.com/go-asn/berakhlak/examples/internal/csvio"
	"github.com/go-asn/berakhlak/examples/internal/lang"
	"github.com/go-asn/berakhlak/examples/internal/outfile"
	"github.com/go-asn/berakhlak/ikm"
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
	lang            lang.Lang
	stdin           io.Reader
}

// realMain runs the program and returns its exit status; on an error
// nothing goes to stdout.
func realMain(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	o := options{lang: lang.Default}
	fs := flag.NewFlagSet("ikm", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&o.in, "in", "", "score the export `FILE` (- for standard input) instead of the embedded sample")
	fs.IntVar(&o.population, "population", 0, "the number `N` of people the unit served, for the Krejcie–Morgan minimum (required with -in)")
	fs.BoolVar(&o.json, "json", false, "print the result as JSON")
	fs.IntVar(&o.csv.MaxLine, "max-line", csvio.DefaultMaxLine(), "longest line (record) of the input, in `BYTES`")
	fs.BoolVar(&o.allowDuplicates, "allow-duplicates", false, "do not check that respondent ids are unique (for files known to be clean)")
	fs.Var(&o.lang, "lang", "language of the output: id (Bahasa Indonesia) or en")
	writeSampleTo := fs.String("write-sample", "", "write the synthetic sample to `FILE` and exit")
	if err := cli.Parse(fs, args); err != nil {
		return cli.Exit(stderr, "ikm", err)
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, msg.UnexpectedArgs.In(o.lang), fs.Args())
		return 2
	}
	if err := csvio.CheckMaxLine(o.csv.MaxLine); err != nil {
		return cli.Exit(stderr, "ikm", cli.Usage(err))
	}
	if *writeSampleTo != "" {
		return cli.Exit(stderr, "ikm", writeSampleFile(*writeSampleTo, stdin, stdout))
	}
	o.stdin = stdin
	out, err := runWith(o)
	if err == nil {
		_, err = stdout.Write(out)
	}
	return cli.Exit(stderr, "ikm", err)
}

// writeSampleFile writes the embedded synthetic sample to path, as
// package outfile writes any output file: only a regular file or a new
// name, whole or not at all.
func writeSampleFile(path string, stdin io.Reader, stdout io.Writer) error {
	if err := outfile.Check(nil, []outfile.Output{{Flag: "-write-sample", Name: path}}, stdin, stdout); err != nil {
		return cli.Usage(err)
	}
	return outfile.Write(outfile.File{Flag: "-write-sample", Name: path, Data: sampleExport})
}

// run is runWith with the default reading options, in Indonesian.
func run(in string, population int, asJSON bool) ([]byte, error) {
	return runWith(options{in: in, population: population, json: asJSON})
}

// maxPopulation is the largest population survey.KrejcieMorgan accepts,
// as its documentation states (the library keeps the limit unexported);
// the error for a bad -population names it.
const maxPopulation = 100_000_000

// runWith builds the whole report and returns it; on error it returns
// nothing to print.
func runWith(o options) ([]byte, error) {
	in, population, asJSON, l := o.in, o.population, o.json, o.lang
	// The JSON names the embedded sample in English, as it always has:
	// JSON does not depend on the language.
	name, r := "sample.csv (embedded, invented)", io.Reader(bytes.NewReader(sampleExport))
	if in == "" && population == 0 {
		population = samplePopulation
	}
	if in != "" && population == 0 {
		return nil, cli.Usage(errors.New(msg.NeedPopulation.In(l)))
	}
	min := survey.KrejcieMorgan(population)
	if !min.IsValid() {
		return nil, cli.Usage(errors.New(l.Sprintf(msg.BadPopulation, population, l.Int(maxPopulation))))
	}
	if in != "" {
		f, err := csvio.Open(in, o.stdin)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		name, r = f.Name, f
	}
	t, err := read(name, r, o)
	if err != nil {
		return nil, err
	}
	res, err := t.Result(min)
	if errors.Is(err, survey.ErrInvalidInput) && !errors.As(err, new(*survey.InsufficientError)) {
		// More respondents than people served (survey.Minimum.Check).
		return nil, fmt.Errorf(msg.OverPopulation.In(l), l.Int(population), err)
	}
	if err != nil {
		return nil, refused(l, err)
	}
	if asJSON {
		// Language-independent: the same bytes whatever -lang says; a
		// file name's bidirectional controls escaped for the terminal.
		var b bytes.Buffer
		enc := json.NewEncoder(&b)
		enc.SetIndent("", "  ")
		if err := enc.Encode(struct {
			File       string     `json:"file"`
			Population int        `json:"population"`
			Result     ikm.Result `json:"result"`
		}{name, population, res}); err != nil {
			return nil, err
		}
		return text.TerminalJSON(b.Bytes()), nil
	}
	if in == "" {
		name = msg.SampleSource.In(l)
	}
	return writeText(res, name, population, l)
}

// writeText writes the result as text in language l.
func writeText(res ikm.Result, name string, population int, l lang.Lang) ([]byte, error) {
	var b bytes.Buffer
	fmt.Fprint(&b, l.Sprintf(msg.Title, text.Terminal(name, 0)))
	fmt.Fprint(&b, l.Sprintf(msg.Respondents, l.Int(res.Respondents()), l.Int(res.Minimum().Required()), l.Int(population)))
	tw := tabwriter.NewWriter(&b, 0, 0, 2, ' ', 0)
	fmt.Fprint(tw, msg.Header.In(l))
	for _, u := range res.PerUnsur() {
		fmt.Fprint(tw, l.Sprintf(msg.Row, u.Unsur.Code(), u.Unsur, l.Fixed(u.NRR.Decimal(), 2), l.Fixed(u.Converted.Decimal(), 2), u.Band, l.Int(u.Answers), l.Int(u.Missing)))
	}
	if err := tw.Flush(); err != nil {
		return nil, err
	}
	band := res.Band()
	fmt.Fprint(&b, l.Sprintf(msg.Index, l.Fixed(res.Index().Decimal(), 2), band.Letter, band.Label))
	fmt.Fprint(&b, msg.Note.In(l))
	return b.Bytes(), nil
}

// refused is the error of a survey that publishes no IKM: in language l,
// naming the respondents and the minimum when that is the reason.
func refused(l lang.Lang, err error) error {
	var ie *survey.InsufficientError
	if errors.As(err, &ie) {
		return errors.New(l.Sprintf(msg.RefusedMinimum, l.Int(ie.Respondents), l.Int(ie.Minimum.Required())))
	}
	return fmt.Errorf(msg.Refused.In(l), err)
}

// read reads an export into a tally. Columns are matched by name.
func read(name string, r io.Reader, o options) (*ikm.Tally, error) {
	cr, err := csvio.NewReader(name, r, o.csv)
	if err != nil {
		return nil, err
	}
	want := []csvio.Column{{Name: "respondent"}}
	for _, u := range ikm.AllUnsur() {
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
	t := ikm.NewTally()
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
		for i, u := range ikm.AllUnsur() {
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
