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
// or a bad row, stops the run with "file:line: column NAME: reason" and
// exit status 1, and nothing is written to standard output.
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
	"strings"
	"text/tabwriter"

	"github.com/go-asn/berakhlak/ikm"
	"github.com/go-asn/berakhlak/internal/csvio"
	"github.com/go-asn/berakhlak/survey"
)

//go:embed sample.csv
var sampleExport []byte

func main() {
	in := flag.String("in", "", "score the export `FILE` instead of the embedded sample")
	population := flag.Int("population", 0, "the number `N` of people the unit served, for the Krejcie–Morgan minimum (required with -in)")
	asJSON := flag.Bool("json", false, "print the result as JSON")
	writeSampleTo := flag.String("write-sample", "", "write the synthetic sample to `FILE` and exit")
	flag.Parse()
	if *writeSampleTo != "" {
		var b bytes.Buffer
		err := writeSample(&b)
		if err == nil {
			err = os.WriteFile(*writeSampleTo, b.Bytes(), 0o644)
		}
		if err != nil {
			fmt.Fprintln(os.Stderr, "ikm:", err)
			os.Exit(1)
		}
		return
	}
	out, err := run(*in, *population, *asJSON)
	if err == nil {
		_, err = os.Stdout.Write(out)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "ikm:", err)
		os.Exit(1)
	}
}

// run builds the whole report and returns it; on error it returns nothing
// to print.
func run(in string, population int, asJSON bool) ([]byte, error) {
	name, r := "sample.csv (embedded, invented)", io.Reader(bytes.NewReader(sampleExport))
	if in == "" && population == 0 {
		population = samplePopulation
	}
	if in != "" {
		if population == 0 {
			return nil, errors.New("-in needs -population, the number of people the unit served")
		}
		f, err := os.Open(in)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		name, r = in, f
	}
	min := survey.KrejcieMorgan(population)
	if !min.IsValid() {
		return nil, fmt.Errorf("-population %d: want 1 to 100000000", population)
	}
	t, err := read(name, r)
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
	fmt.Fprintf(&b, "Indeks Kepuasan Masyarakat — %s\n\n", name)
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
func read(name string, r io.Reader) (*ikm.Tally, error) {
	cr, err := csvio.NewReader(name, r)
	if err != nil {
		return nil, err
	}
	respCol := -1
	var unsurCol [9]int // column of each unsur, by Unsur-1
	for i := range unsurCol {
		unsurCol[i] = -1
	}
	for i, h := range cr.Header() {
		if h == "respondent" {
			if respCol >= 0 {
				return nil, cr.Errorf("column respondent", "appears twice")
			}
			respCol = i
			continue
		}
		u, err := ikm.ParseUnsur(h)
		if err != nil {
			return nil, cr.Errorf(fmt.Sprintf("column %q", h), "unknown column: want respondent and the nine unsur, as U1–U9 or their names")
		}
		if prev := unsurCol[u-1]; prev >= 0 {
			return nil, cr.Errorf(fmt.Sprintf("column %q", h), "%s %s already in column %q", u.Code(), u, cr.Header()[prev])
		}
		unsurCol[u-1] = i
	}
	if respCol < 0 {
		return nil, cr.Errorf("column respondent", "missing")
	}
	for i, c := range unsurCol {
		if c < 0 {
			u := ikm.Unsurs()[i]
			return nil, cr.Errorf("column "+u.Code(), "missing: no column for %s", u)
		}
	}
	t, err := ikm.NewTally(9)
	if err != nil {
		return nil, err
	}
	seen := make(map[string]int)
	answers := make([]int8, 9)
	for {
		rec, line, err := cr.Read()
		if errors.Is(err, io.EOF) {
			return t, nil
		}
		if err != nil {
			return nil, err
		}
		id := rec[respCol]
		if id == "" {
			return nil, cr.Errorf("column respondent", "empty")
		}
		if first, ok := seen[id]; ok {
			return nil, cr.Errorf("column respondent", "%q already on line %d", id, first)
		}
		seen[strings.Clone(id)] = line
		for i, u := range ikm.Unsurs() {
			cell := rec[unsurCol[i]]
			if cell == "" {
				answers[i] = survey.NoAnswer
				continue
			}
			a, err := ikm.ParseAnswer(cell)
			if err != nil {
				return nil, cr.Errorf("column "+u.Code(), "%q is not an answer: want 1–4 (Tidak Baik to Sangat Baik) or empty", cell)
			}
			answers[i] = int8(a)
		}
		if err := t.Add(id, answers); err != nil {
			return nil, cr.Wrap("", err)
		}
	}
}
