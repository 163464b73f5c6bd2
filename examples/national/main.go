// Command national averages agency results into a national Indeks
// BerAKHLAK, the way the 2022 figure was made: the unweighted mean over the
// agencies that met their minimum number of respondents (442 of 592 in
// 2022), with the agencies left out listed and why.
//
//	go run ./examples/national                 # an embedded, invented sample
//	go run ./examples/national -in units.csv   # unit,respondents,employees,BP,AK,KO,HA,LO,AD,KL
//
// Each unit's minimum is Slovin's with a 5% margin on its employees (the
// library default; -margin changes it). A bad row stops the run with
// "file:line: column: reason" and exit status 1.
package main

import (
	"bytes"
	_ "embed"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/go-asn/berakhlak/akhlak"
	"github.com/go-asn/berakhlak/internal/csvio"
	"github.com/go-asn/berakhlak/survey"
	"github.com/shopspring/decimal"
)

//go:embed sample.csv
var sample []byte

func main() {
	in := flag.String("in", "", "read units from `FILE` instead of the embedded sample")
	margin := flag.Int("margin", 5, "Slovin margin in `PERCENT` for each unit's minimum")
	flag.Parse()
	if err := run(os.Stdout, *in, *margin); err != nil {
		fmt.Fprintln(os.Stderr, "national:", err)
		os.Exit(1)
	}
}

const header = "unit,respondents,employees,bp,ak,ko,ha,lo,ad,kl"

func run(w io.Writer, in string, margin int) error {
	if margin < 1 || margin > 50 {
		return fmt.Errorf("-margin %d outside 1–50", margin)
	}
	name, src := "sample.csv (embedded, invented units)", io.Reader(bytes.NewReader(sample))
	if in != "" {
		f, err := os.Open(in)
		if err != nil {
			return err
		}
		defer f.Close()
		name, src = in, f
	}
	units, err := readUnits(name, src, margin)
	if err != nil {
		return err
	}
	n, err := akhlak.Aggregate(units)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "National Indeks BerAKHLAK — %s\n\n", name)
	fmt.Fprintf(w, "Index: %s  %s (unweighted mean of %d of %d units)\n\n", n.Index.StringFixed(1), n.Category, len(n.Included), len(units))
	for _, v := range akhlak.Values() {
		fmt.Fprintf(w, "  %-2s %-22s %5s\n", v.Code(), v, n.Profile.Score(v).StringFixed(1))
	}
	fmt.Fprintf(w, "\nIncluded (%d):\n", len(n.Included))
	for _, u := range n.Included {
		fmt.Fprintf(w, "  %s\n", u)
	}
	fmt.Fprintf(w, "\nExcluded (%d):\n", len(n.Excluded))
	for _, e := range n.Excluded {
		var ie *survey.InsufficientError
		if errors.As(e.Err, &ie) {
			fmt.Fprintf(w, "  %s: %d respondents, %d required (%s)\n", e.Unit, ie.Respondents, ie.Minimum.Required(), ie.Minimum)
			continue
		}
		fmt.Fprintf(w, "  %s: %v\n", e.Unit, e.Reason)
	}
	return nil
}

func readUnits(name string, r io.Reader, margin int) ([]akhlak.Unit, error) {
	cr, err := csvio.NewReader(name, r)
	if err != nil {
		return nil, err
	}
	if got := strings.Join(cr.Header(), ","); got != header {
		return nil, cr.Wrap("", fmt.Errorf("header is %q, want %s", got, "unit,respondents,employees,BP,AK,KO,HA,LO,AD,KL"))
	}
	var units []akhlak.Unit
	for {
		rec, _, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, err
		}
		if rec[0] == "" {
			return nil, cr.Errorf("unit", "empty")
		}
		resp, err := strconv.Atoi(rec[1])
		if err != nil || resp < 0 {
			return nil, cr.Errorf("respondents", "%q is not a count", rec[1])
		}
		emp, err := strconv.Atoi(rec[2])
		if err != nil || emp < 1 {
			return nil, cr.Errorf("employees", "%q is not a positive count", rec[2])
		}
		if resp > emp {
			return nil, cr.Errorf("respondents", "%d respondents but only %d employees", resp, emp)
		}
		scores := map[akhlak.Value]decimal.Decimal{}
		for i, v := range akhlak.Values() {
			s, err := decimal.NewFromString(rec[3+i])
			if err != nil {
				return nil, cr.Errorf(v.Code(), "%q is not a number", rec[3+i])
			}
			scores[v] = s
		}
		p, err := akhlak.NewProfile(scores)
		if err != nil {
			return nil, cr.Wrap("", err)
		}
		units = append(units, akhlak.Unit{Name: rec[0], Respondents: resp, Minimum: survey.Slovin(emp, margin), Profile: p})
	}
	if len(units) == 0 {
		return nil, fmt.Errorf("%s: no units", name)
	}
	return units, nil
}
