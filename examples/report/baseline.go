package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/go-asn/berakhlak/akhlak"
	"github.com/go-asn/berakhlak/examples/internal/csvio"
	"github.com/go-asn/berakhlak/examples/internal/lang"
	"github.com/go-asn/berakhlak/examples/internal/textcol"
	"github.com/go-asn/berakhlak/internal/text"
	"github.com/go-asn/berakhlak/survey"
)

// Baseline is the report's comparison with last year's survey (-baseline)
// and the caller's targets (-target).
type Baseline struct {
	Name        string // the baseline file's name, made safe for a terminal
	Published   bool   // the baseline is a published profile, without counts
	Respondents int    // the baseline's respondents; 0 for a published profile
	Comparison  akhlak.Comparison
	TargetsName string // the -target file's name; "" without targets
	Targets     []TargetLine
}

// TargetLine is one target of the -target file and whether it was met.
type TargetLine struct {
	Value      akhlak.Value // the zero Value for the index
	Target     akhlak.Target
	Attainment survey.Attainment
}

// change returns the change of v, or of the index for the zero Value.
func (b *Baseline) change(v akhlak.Value) akhlak.Change {
	if v == 0 {
		return b.Comparison.Index()
	}
	return b.Comparison.Value(v)
}

// maxBaselineJSON bounds a baseline JSON file: a result's JSON is a few
// kilobytes; anything much larger is not one.
const maxBaselineJSON = 16 << 20

// readBaseline reads last year's survey: the JSON this program's -json
// writes (its "result"), a result's own JSON (a BallotResult, a
// RatingResult or a Profile, as the library marshals them), or a
// published profile's CSV (value,score, as -profile reads). The first
// byte that is not a space tells JSON ('{') from CSV.
func readBaseline(name string, r io.Reader, o readOptions) (akhlak.Measured, int, error) {
	br := bufio.NewReader(r)
	for {
		c, err := br.Peek(1)
		if err != nil || (c[0] != ' ' && c[0] != '\n' && c[0] != '\r' && c[0] != '\t') {
			break
		}
		_, _ = br.ReadByte()
	}
	if c, err := br.Peek(1); err != nil || c[0] != '{' {
		p, err := readProfile(name, br, o)
		return p, 0, err
	}
	data, err := io.ReadAll(io.LimitReader(br, maxBaselineJSON+1))
	if err != nil {
		return nil, 0, fmt.Errorf("%s: %w", name, err)
	}
	if len(data) > maxBaselineJSON {
		return nil, 0, fmt.Errorf("%s: more than %d MiB: not a result's JSON", name, maxBaselineJSON>>20)
	}
	var doc map[string]json.RawMessage
	if err := json.Unmarshal(data, &doc); err != nil {
		return nil, 0, fmt.Errorf("%s: %w", name, err)
	}
	if inner, ok := doc["result"]; ok { // this program's -json
		data = inner
		doc = nil
		if err := json.Unmarshal(data, &doc); err != nil {
			return nil, 0, fmt.Errorf("%s: result: %w", name, err)
		}
	}
	var method string
	if m, ok := doc["method"]; ok {
		_ = json.Unmarshal(m, &method)
	}
	switch method {
	case "reach":
		var res akhlak.BallotResult
		if err := json.Unmarshal(data, &res); err != nil {
			return nil, 0, fmt.Errorf("%s: %w", name, err)
		}
		return res, res.Respondents(), nil
	case "rating":
		var res akhlak.RatingResult
		if err := json.Unmarshal(data, &res); err != nil {
			return nil, 0, fmt.Errorf("%s: %w", name, err)
		}
		return res, res.Respondents(), nil
	case "":
		var p akhlak.Profile
		if err := json.Unmarshal(data, &p); err != nil {
			return nil, 0, fmt.Errorf("%s: %w", name, err)
		}
		return p, 0, nil
	}
	return nil, 0, fmt.Errorf("%s: method %s: want reach, rating, or a published profile", name, text.Quote(method))
}

// readTargets reads the caller's targets: a CSV with the columns value
// (a value, in any spelling akhlak.ParseValue accepts, or "index") and
// target (a score "65.0", a category "B", or a change "+5.0"). A value
// may have one target.
func readTargets(name string, r io.Reader, o readOptions) ([]TargetLine, error) {
	cr, err := csvio.NewReader(name, r, o.csv)
	if err != nil {
		return nil, err
	}
	cols, err := cr.Bind(csvio.Column{Name: "value"}, csvio.Column{Name: "target"})
	if err != nil {
		return nil, err
	}
	var out []TargetLine
	lines := map[akhlak.Value]int{}
	for {
		err := cr.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, err
		}
		var v akhlak.Value
		if s := cr.Text(cols[0]); !isIndex(s) {
			if v, err = akhlak.ParseValue(s); err != nil {
				return nil, cr.Wrap("value", err)
			}
		}
		if first, dup := lines[v]; dup {
			return nil, cr.Errorf("value", "a second target, after line %d", first)
		}
		t, err := akhlak.ParseTarget(cr.Text(cols[1]))
		if err != nil {
			return nil, cr.Wrap("target", err)
		}
		lines[v] = cr.Line()
		out = append(out, TargetLine{Value: v, Target: t})
	}
	// In the report's order: the values, then the index.
	var sorted []TargetLine
	for _, v := range rowValues() {
		for _, t := range out {
			if t.Value == v {
				sorted = append(sorted, t)
			}
		}
	}
	return sorted, nil
}

// isIndex reports whether s names the index in a target file.
func isIndex(s string) bool {
	s = strings.ToLower(strings.TrimSpace(s))
	return s == "index" || s == "indeks" || s == "indeks berakhlak"
}

// compare adds the comparison with the baseline, and the targets, to r.
func compare(r *Report, b *Baseline, baseline akhlak.Measured) error {
	current, ok := r.Current.(akhlak.Measured)
	if !ok {
		return errors.New("no survey to compare") // unreachable: every report has one
	}
	c, err := akhlak.Compare(baseline, current)
	if err != nil {
		return fmt.Errorf("%s: %w", b.Name, err)
	}
	b.Comparison = c
	_, b.Published = baseline.(akhlak.Profile)
	for i, t := range b.Targets {
		a, err := b.change(t.Value).Attain(t.Target)
		if err != nil {
			return err // unreachable: the change and the target are valid
		}
		b.Targets[i].Attainment = a
	}
	r.Baseline = b
	return nil
}

// rowName is the label of a value's row, or the index's.
func rowName(v akhlak.Value) (code, name string) {
	if v == 0 {
		return "", "Indeks BerAKHLAK"
	}
	return v.Code(), v.String()
}

// comparisonRow is one row of the comparison, as both writers show it.
type comparisonRow struct {
	Code, Name, Before, After, Delta, Interval, Verdict string
	Moved                                               string // "C → B" when the category moved, else ""
}

// comparisonRows returns the comparison's rows in language l: the seven
// values and the index.
func (b *Baseline) comparisonRows(l lang.Lang) []comparisonRow {
	var out []comparisonRow
	for _, v := range rowValues() {
		ch := b.change(v)
		code, name := rowName(v)
		row := comparisonRow{Code: code, Name: name, Before: l.Fixed(ch.Before().Decimal(), 1), After: l.Fixed(ch.After().Decimal(), 1),
			Delta: l.Signed(ch.Delta().String()), Interval: "—", Verdict: "—"}
		if iv, err := ch.Interval(); err == nil {
			row.Interval = l.Sprintf(msg.IntervalRange, l.Number(iv.Lo.String()), l.Number(iv.Hi.String()))
			vd, _ := ch.Verdict()
			row.Verdict = verdictText(l, vd)
		}
		if ch.BandMoved() {
			row.Moved = ch.BandBefore().Letter + " → " + ch.BandAfter().Letter
		}
		out = append(out, row)
	}
	return out
}

// The words of the verdicts and the attainments, by their value.
var (
	verdictWords = map[survey.Verdict]lang.Text{survey.VerdictUp: msg.VerdictUp, survey.VerdictDown: msg.VerdictDown,
		survey.VerdictNoMeasurableChange: msg.VerdictNone}
	attainmentWords = map[survey.Attainment]lang.Text{survey.AttainmentMet: msg.TargetMet, survey.AttainmentNotMet: msg.TargetNotMet,
		survey.AttainmentUndecided: msg.TargetUndecided}
)

func verdictText(l lang.Lang, v survey.Verdict) string { return verdictWords[v].In(l) }

func attainmentText(l lang.Lang, a survey.Attainment) string { return attainmentWords[a].In(l) }

// targetText writes a target in language l: a score or a change in the
// language's notation, a category as its letter.
func targetText(l lang.Lang, t akhlak.Target) string {
	s := t.String()
	if len(s) == 1 {
		return l.Sprintf(msg.TargetCategory, s)
	}
	return l.Number(s)
}

// writeBaselineText writes the comparison section of the text report.
func writeBaselineText(w *strings.Builder, b *Baseline, l lang.Lang) {
	fmt.Fprintf(w, "\n%s\n", l.Sprintf(msg.BaselineHeading, b.Name))
	if b.Published {
		fmt.Fprintf(w, "%s\n", msg.BaselinePublished.In(l))
	} else {
		fmt.Fprintf(w, "%s\n", l.Sprintf(msg.BaselineRespondents, l.Int(b.Respondents)))
	}
	rows := b.comparisonRows(l)
	head := []string{msg.ColumnCode.In(l), msg.ColumnValue.In(l), msg.ColumnBaseline.In(l), msg.ColumnNow.In(l),
		msg.ColumnChange.In(l), l.Sprintf(msg.ColumnInterval), msg.ColumnVerdict.In(l)}
	cells := [][]string{head}
	for _, r := range rows {
		cells = append(cells, []string{r.Code, r.Name, r.Before, r.After, r.Delta, r.Interval, r.Verdict})
	}
	_ = textcol.Write(w, cells, map[int]bool{2: true, 3: true, 4: true, 5: true}) // a strings.Builder does not fail
	fmt.Fprintf(w, "%s\n", movedText(b, l))
	if !b.Published {
		fmt.Fprintf(w, "%s\n", msg.ChangeNote.In(l))
	}
	if b.TargetsName != "" {
		fmt.Fprintf(w, "\n%s\n", l.Sprintf(msg.TargetsHeading, b.TargetsName))
		cells := [][]string{{msg.ColumnCode.In(l), msg.ColumnValue.In(l), msg.ColumnTarget.In(l), msg.ColumnAttainment.In(l)}}
		for _, t := range b.Targets {
			code, name := rowName(t.Value)
			cells = append(cells, []string{code, name, targetText(l, t.Target), attainmentText(l, t.Attainment)})
		}
		_ = textcol.Write(w, cells, map[int]bool{2: true})
		fmt.Fprintf(w, "%s\n", l.Sprintf(msg.TargetNote))
	}
}

// movedText says in language l which categories moved.
func movedText(b *Baseline, l lang.Lang) string {
	var moved []string
	for _, r := range b.comparisonRows(l) {
		if r.Moved != "" {
			label := r.Code
			if label == "" {
				label = r.Name
			}
			moved = append(moved, label+" "+r.Moved)
		}
	}
	if len(moved) == 0 {
		return msg.BandsUnmoved.In(l)
	}
	return l.Sprintf(msg.BandsMoved, strings.Join(moved, ", "))
}

// rowValues returns the rows of a comparison: the seven values, then the
// index (the zero Value).
func rowValues() []akhlak.Value {
	vs := akhlak.Values()
	return append(vs[:], 0)
}
