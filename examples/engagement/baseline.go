package main

import (
	"errors"
	"fmt"
	"io"

	"github.com/go-asn/berakhlak/engagement"
	"github.com/go-asn/berakhlak/examples/internal/csvio"
	"github.com/go-asn/berakhlak/examples/internal/lang"
	"github.com/go-asn/berakhlak/examples/internal/textcol"
	"github.com/go-asn/berakhlak/internal/text"
	"github.com/go-asn/berakhlak/survey"
	"github.com/shopspring/decimal"
)

// baseline is the report's comparison with last year's survey
// (-baseline): computed before anything is written, like every figure.
type baseline struct {
	name        string // the baseline export's name, as given (the writers make it safe)
	respondents int
	rows        []changeRow // the index, then each dimension
}

// changeRow is one figure of the comparison: the engagement index, or a
// dimension's percent favourable.
type changeRow struct {
	name   string // the dimension's; "" for the index
	change engagement.Change
	// Without a change: the side that has no figure ("baseline" or
	// "current"), and whether it withheld it (confidentiality).
	missing  string
	withheld bool
}

// compareBaseline reads last year's export (-baseline) with the
// instrument in use, checks it against the same minimum and
// confidentiality, and compares the current result with it.
func compareBaseline(o options, in engagement.Instrument, current engagement.Result) (*baseline, error) {
	l := o.lang
	f, err := csvio.Open(o.baseline, o.stdin)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	t, err := readExport(f.Name, f, in, o)
	if err != nil {
		return nil, err
	}
	before, err := t.Result(survey.FixedMinimum(o.minimum), engagement.WithConfidentiality(o.confidentiality))
	if err != nil {
		return nil, fmt.Errorf("-baseline %s: %w", text.Quote(f.Name), refused(l, err))
	}
	c, err := engagement.Compare(before, current)
	if err != nil {
		return nil, fmt.Errorf("-baseline %s: %w", text.Quote(f.Name), refused(l, err))
	}
	b := &baseline{name: f.Name, respondents: before.Respondents(), rows: []changeRow{{change: c.Index()}}}
	for _, d := range c.Dimensions() {
		row := changeRow{name: d}
		if row.change, err = c.Dimension(d); err != nil {
			// Say which year has no figure, and why, from the results
			// themselves: the comparison's error is the library's, in
			// English.
			row.missing = "current"
			if _, berr := before.Dimension(d); berr != nil {
				row.missing, err = "baseline", berr
			} else if _, cerr := current.Dimension(d); cerr != nil {
				err = cerr
			}
			if !errors.Is(err, survey.ErrNoFigure) {
				return nil, err
			}
			row.withheld = errors.Is(err, survey.ErrWithheld)
		}
		b.rows = append(b.rows, row)
	}
	return b, nil
}

// cells are one row's figures in language l: the name, both years, the
// change, its interval and the verdict, or the reason it has none.
func (row changeRow) cells(l lang.Lang) [6]string {
	name := row.label(l, cellWidth)
	if row.missing != "" {
		why := msg.NoChangeCurrent
		switch {
		case row.missing == "baseline" && row.withheld:
			why = msg.NoChangeBaselineWithheld
		case row.missing == "baseline":
			why = msg.NoChangeBaseline
		case row.withheld:
			why = msg.NoChangeCurrentWithheld
		}
		return [6]string{name, "—", "—", "—", "—", why.In(l)}
	}
	ch := row.change
	pct := func(s string) string { return l.Sprintf(msg.Percent, l.Number(s)) }
	out := [6]string{name, pct(ch.Before().String()), pct(ch.After().String()), l.Signed(ch.Delta().String()), "—", "—"}
	if iv, err := ch.Interval(); err == nil {
		out[4] = l.Sprintf(msg.IntervalRange, l.Signed(iv.Lo.String()), l.Signed(iv.Hi.String()))
		v, _ := ch.Verdict()
		out[5] = verdictWords[v].In(l)
	}
	return out
}

// before returns the baseline's figure of the named dimension ("" for
// the index), and false when the comparison has none.
func (b *baseline) before(name string) (decimal.Decimal, bool) {
	if b == nil {
		return decimal.Decimal{}, false
	}
	for _, row := range b.rows {
		if row.name == name && row.missing == "" {
			return row.change.Before().Decimal(), true
		}
	}
	return decimal.Decimal{}, false
}

// label is the row's name in language l, made printable and cut to
// width runes (0: whole).
func (row changeRow) label(l lang.Lang, width int) string {
	if row.name == "" {
		return msg.ChartIndex.In(l)
	}
	return text.Terminal(row.name, width)
}

// verdictWords are the verdicts' words, by their value.
var verdictWords = map[survey.Verdict]lang.Text{survey.VerdictUp: msg.VerdictUp, survey.VerdictDown: msg.VerdictDown,
	survey.VerdictNoMeasurableChange: msg.VerdictNone}

// writeText writes the comparison section of the text report.
func (b *baseline) writeText(w io.Writer, l lang.Lang) error {
	fmt.Fprintf(w, "\n%s\n", l.Sprintf(msg.BaselineHeading, text.Terminal(b.name, 0)))
	fmt.Fprintf(w, "%s\n", l.Sprintf(msg.BaselineRespondents, l.Int(b.respondents)))
	rows := [][]string{{msg.ColumnDimension.In(l), msg.ColumnBaseline.In(l), msg.ColumnNow.In(l), msg.ColumnChange.In(l), l.Sprintf(msg.ColumnInterval), msg.ColumnVerdict.In(l)}}
	for _, r := range b.rows {
		c := r.cells(l)
		rows = append(rows, c[:])
	}
	if err := textcol.Write(w, rows, map[int]bool{1: true, 2: true, 3: true, 4: true}); err != nil {
		return err
	}
	_, err := fmt.Fprintf(w, "%s\n", msg.ChangeNote.In(l))
	return err
}
