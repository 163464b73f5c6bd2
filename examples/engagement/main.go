// Command engagement scores an Employee Engagement export with an
// instrument the caller defines: the engagement index (percent favourable,
// library default), means and percent favourable per dimension, Cronbach's
// alpha, segments, eNPS, and the figures per unit with the confidentiality
// threshold applied. Below the official minimum of 140 respondents it
// publishes nothing and says why.
//
//	go run ./examples/engagement                         # embedded synthetic sample (invented data)
//	go run ./examples/engagement -in export.csv -instrument items.csv
//
// The export's header is respondent,unit,<item codes>… and optionally a
// last column "recommend" (0–10). The instrument file's header is
// code,dimension,reverse (reverse: yes or no). A bad row stops the run
// with "file:line: column: reason" and exit status 1.
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
	"text/tabwriter"

	"github.com/go-asn/berakhlak/engagement"
	"github.com/go-asn/berakhlak/internal/csvio"
	"github.com/go-asn/berakhlak/survey"
)

var (
	//go:embed sample.csv
	sampleExport []byte
	//go:embed instrument.csv
	sampleInstrument []byte
)

func main() {
	in := flag.String("in", "", "score the export `FILE` instead of the embedded sample")
	inst := flag.String("instrument", "", "the instrument `FILE` (code,dimension,reverse); required with -in")
	minimum := flag.Int("minimum", engagement.OfficialMinimum().Required(), "minimum respondents (140 is official)")
	writeSampleTo := flag.String("write-sample", "", "write the synthetic sample to `FILE` and exit")
	flag.Parse()
	if *writeSampleTo != "" {
		var b bytes.Buffer
		if err := writeSample(&b); err == nil {
			err = os.WriteFile(*writeSampleTo, b.Bytes(), 0o644)
			if err == nil {
				return
			}
			fmt.Fprintln(os.Stderr, "engagement:", err)
		}
		os.Exit(1)
	}
	if err := run(os.Stdout, *in, *inst, *minimum); err != nil {
		fmt.Fprintln(os.Stderr, "engagement:", err)
		os.Exit(1)
	}
}

func run(w io.Writer, in, inst string, minimum int) error {
	exportName, export := "sample.csv (embedded, invented)", io.Reader(bytes.NewReader(sampleExport))
	instName, instData := "instrument.csv (embedded, invented)", io.Reader(bytes.NewReader(sampleInstrument))
	if in != "" {
		if inst == "" {
			return errors.New("-in needs -instrument")
		}
		f, err := os.Open(in)
		if err != nil {
			return err
		}
		defer f.Close()
		g, err := os.Open(inst)
		if err != nil {
			return err
		}
		defer g.Close()
		exportName, export, instName, instData = in, f, inst, g
	}
	instrument, err := readInstrument(instName, instData)
	if err != nil {
		return err
	}
	t, err := readExport(exportName, export, instrument)
	if err != nil {
		return err
	}
	res, err := t.Result(survey.FixedMinimum(minimum))
	if err != nil {
		return fmt.Errorf("no figures published: %w", err)
	}
	idx, _ := res.Index()
	total, _ := res.Total()
	fmt.Fprintf(w, "Employee Engagement — %s\n\n", exportName)
	fmt.Fprintf(w, "Respondents: %d (minimum %d: met)\n", res.Respondents(), minimum)
	fmt.Fprintf(w, "Engagement index (percent favourable, top two boxes; library default): %s%%\n", idx.StringFixed(1))
	fmt.Fprintf(w, "Mean answer: %s on 1–5\n\n", total.Mean.StringFixed(2))

	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "Dimension\tMean\tFavourable\tAlpha")
	for _, d := range instrument.Dimensions() {
		f, err := res.Dimension(d)
		if err != nil {
			return err
		}
		alpha := "—"
		if a, n, err := res.Alpha(d); err == nil {
			alpha = fmt.Sprintf("%s (n=%d)", a.StringFixed(3), n)
		} else {
			alpha = "none: " + err.Error()
		}
		fmt.Fprintf(tw, "%s\t%s\t%s%%\t%s\n", d, f.Mean.StringFixed(2), f.Favourable.StringFixed(1), alpha)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	s := res.Segments()
	fmt.Fprintf(w, "\nSegments (mean answer): engaged ≥ 4.0: %d; neutral 3.0–3.99: %d; disengaged < 3.0: %d\n", s.Engaged, s.Neutral, s.Disengaged)
	if n, err := res.ENPS(); err == nil {
		fmt.Fprintf(w, "eNPS: %+d (promoters %d, passives %d, detractors %d, no answer %d)\n", n.Score, n.Promoters, n.Passives, n.Detractors, n.Missing)
	}

	fmt.Fprintf(w, "\nUnits (figures only for 5 or more respondents, and none that would reveal a smaller unit):\n")
	tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	for _, g := range res.Groups() {
		if g.Suppressed {
			fmt.Fprintf(tw, "  %s\t%d respondents\tnot reported (%s)\n", g.Name, g.Respondents, g.Reason)
			continue
		}
		gi, _ := g.Result.Index()
		fmt.Fprintf(tw, "  %s\t%d respondents\tindex %s%%\n", g.Name, g.Respondents, gi.StringFixed(1))
	}
	return tw.Flush()
}

func readInstrument(name string, r io.Reader) (engagement.Instrument, error) {
	cr, err := csvio.NewReader(name, r)
	if err != nil {
		return engagement.Instrument{}, err
	}
	if got := strings.Join(cr.Header(), ","); got != "code,dimension,reverse" {
		return engagement.Instrument{}, cr.Wrap("", fmt.Errorf("header is %q, want code,dimension,reverse", got))
	}
	var items []survey.Item
	for {
		rec, _, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return engagement.Instrument{}, err
		}
		var rev bool
		switch strings.ToLower(rec[2]) {
		case "yes", "ya", "true", "1":
			rev = true
		case "no", "tidak", "false", "0", "":
		default:
			return engagement.Instrument{}, cr.Errorf("reverse", "%q: want yes or no", rec[2])
		}
		items = append(items, survey.Item{Code: rec[0], Dimension: rec[1], Reverse: rev})
		if _, err := engagement.NewInstrument(engagement.Definition{Items: items, Recommend: true}); err != nil {
			return engagement.Instrument{}, cr.Wrap("code", err)
		}
	}
	return engagement.NewInstrument(engagement.Definition{Items: items, Recommend: true})
}

func readExport(name string, r io.Reader, in engagement.Instrument) (*engagement.Tally, error) {
	cr, err := csvio.NewReader(name, r)
	if err != nil {
		return nil, err
	}
	h := cr.Header()
	items := in.Items()
	want := []string{"respondent", "unit"}
	for _, it := range items {
		want = append(want, strings.ToLower(it.Code))
	}
	withRec := len(h) == len(want)+1 && h[len(h)-1] == "recommend"
	if got := strings.Join(h, ","); got != strings.Join(want, ",") && !withRec {
		return nil, cr.Wrap("", fmt.Errorf("header is %q, want %s[,recommend]", got, strings.Join(want, ",")))
	}
	t, err := engagement.NewTally(in)
	if err != nil {
		return nil, err
	}
	answers := make([]int8, len(items))
	for {
		rec, _, err := cr.Read()
		if errors.Is(err, io.EOF) {
			return t, nil
		}
		if err != nil {
			return nil, err
		}
		if rec[0] == "" {
			return nil, cr.Errorf("respondent", "empty")
		}
		for i, it := range items {
			cell := rec[2+i]
			if cell == "" {
				answers[i] = survey.NoAnswer
				continue
			}
			v, err := strconv.Atoi(cell)
			if err != nil || v < 1 || v > 5 {
				return nil, cr.Errorf(it.Code, "%q is not an answer on 1–5", cell)
			}
			answers[i] = int8(v)
		}
		recommend := survey.NoAnswer
		if withRec && rec[len(rec)-1] != "" {
			v, err := strconv.Atoi(rec[len(rec)-1])
			if err != nil || v < 0 || v > 10 {
				return nil, cr.Errorf("recommend", "%q is not an answer on 0–10", rec[len(rec)-1])
			}
			recommend = int8(v)
		}
		if err := t.Add(engagement.Response{Respondent: rec[0], Group: rec[1], Answers: answers, Recommend: recommend}); err != nil {
			return nil, cr.Wrap("", err)
		}
	}
}
