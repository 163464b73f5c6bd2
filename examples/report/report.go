package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/go-asn/berakhlak/akhlak"
	"github.com/go-asn/berakhlak/category"
	"github.com/go-asn/berakhlak/examples/internal/lang"
	"github.com/go-asn/berakhlak/examples/internal/rules"
	"github.com/go-asn/berakhlak/figure"
	"github.com/go-asn/berakhlak/internal/text"
	"github.com/go-asn/berakhlak/survey"
	"github.com/shopspring/decimal"
)

// Report is what the program prints. It does not care where the figures
// came from: a ballot survey, a rating survey, or a published profile. It
// holds figures, not prose: the writers put them into words in the
// chosen language.
type Report struct {
	Name        string // the agency, unit or file name in the title; "" for the embedded sample without -title
	Sample      bool   // the figures are the embedded sample's: invented data, whatever the title
	Period      string // the survey period (-period), or ""
	Kind        kind
	Scale       survey.RatingScale // for ratings
	Respondents int                // 0 for a published profile
	Employees   int                // the population of the Slovin minimum, if checked
	Minimum     survey.Minimum
	Checked     bool // the minimum was checked against a real number of employees
	Profile     akhlak.Profile
	Index       figure.Figure
	Category    category.Band
	Picks       int            // the most picks per list of a ballot (-picks); 0 unless ballots
	Ballot      *BallotFigures // only for ballot surveys
	// Result is what -json writes: the library's own JSON of the
	// BallotResult, RatingResult or Profile the report comes from; Current
	// the same, for a comparison (an akhlak.Measured).
	Result  json.Marshaler
	Current any
	// Baseline is the comparison with last year's survey and the
	// targets; nil without -baseline.
	Baseline *Baseline
}

// kind is what a report was computed from.
type kind uint8

const (
	fromBallots kind = iota + 1
	fromRatings
	fromPublished
)

// slovinMargin is the margin, in percent, of the minimum the program
// checks (the library default).
const slovinMargin = 5

// BallotFigures are the measures only a vote-based survey has.
type BallotFigures struct {
	MostVoted, LeastVoted   []akhlak.Behaviour // in the current culture
	Entropy, PositiveEnergy figure.Figure      // the zero Figure when there is no entropy
	EntropyWhole            figure.Figure      // whole percent, what the bands classify
	EntropyBand             category.Band
	NoEntropy               lang.Text // why there is no entropy
	// The alignments, and whether each has a figure (a list nobody
	// voted in has none). CutTied says the top 10 ended inside a tie, so
	// the count depends on catalogue order.
	PersonalCurrent, CurrentDesired       akhlak.Alignment
	HasPersonalCurrent, HasCurrentDesired bool
	DesiredBand                           category.Band
	CurrentVotes                          int
}

// title returns the report's title in language l. The embedded sample's
// title says that its data is invented, with -title too.
func (r Report) title(l lang.Lang) string {
	switch {
	case r.Kind == fromPublished:
		return l.Sprintf(msg.TitleProfile, r.Name)
	case r.Sample && r.Name == "":
		return msg.TitleSample.In(l)
	case r.Sample:
		return l.Sprintf(msg.TitleSampleNamed, r.Name)
	}
	return l.Sprintf(msg.TitleSurvey, r.Name)
}

// picks says in language l how many picks per list a ballot allowed,
// when that is not the library default the rule register states; "" for
// the default and for reports that are not from ballots.
func (r Report) picks(l lang.Lang) string {
	if r.Kind != fromBallots || r.Picks == defaultPicks {
		return ""
	}
	return l.Sprintf(msg.PicksSet, r.Picks)
}

// method says in language l how the value scores were computed.
func (r Report) method(l lang.Lang) string {
	switch r.Kind {
	case fromRatings:
		return l.Sprintf(msg.MethodRatings, r.Scale)
	case fromBallots:
		return msg.MethodBallots.In(l)
	}
	return msg.MethodProfile.In(l)
}

// minimum describes the minimum in language l.
func (r Report) minimum(l lang.Lang) string {
	if r.Employees > 0 {
		return l.Sprintf(msg.Slovin, slovinMargin, l.Int(r.Employees))
	}
	return l.Sprintf(msg.FixedMinimum, l.Int(r.Minimum.Required()))
}

// respondents says how many respondents there were against the minimum
// (after "Respondents: ").
func (r Report) respondents(l lang.Lang) string {
	switch {
	case r.Respondents == 0:
		return msg.RespondentsNone.In(l)
	case r.Checked:
		return l.Sprintf(msg.RespondentsMet, l.Int(r.Respondents), l.Int(r.Minimum.Required()), r.minimum(l))
	}
	return l.Sprintf(msg.RespondentsNotChecked, l.Int(r.Respondents))
}

// rules returns the rules the report used, for its methods section.
func (r Report) rules() []rules.Rule {
	ids := []rules.ID{rules.Values, rules.Index, rules.Categories}
	switch r.Kind {
	case fromBallots:
		ids = append(ids, rules.BallotScore)
		if r.Picks == defaultPicks {
			ids = append(ids, rules.Picks) // otherwise r.picks says what -picks set
		}
	case fromRatings:
		ids = append(ids, rules.RatingScore)
	}
	if r.Checked {
		ids = append(ids, rules.Minimum) // otherwise no minimum was applied
	}
	scale := category.BerAKHLAK()
	for _, s := range append(r.scores(), r.Index) {
		if b, err := scale.Classify(s.Decimal()); err == nil && b.Letter == "D" {
			ids = append(ids, rules.CategoryD)
		}
	}
	if b := r.Baseline; b != nil {
		if !b.Published {
			ids = append(ids, rules.Interval, rules.Change)
			if r.Kind == fromRatings {
				ids = append(ids, rules.Bound) // a score by ratings combines three behaviours
			}
		}
		if b.TargetsName != "" {
			ids = append(ids, rules.Target)
		}
	}
	if bf := r.Ballot; bf != nil {
		ids = append(ids, rules.Entropy, rules.Alignment)
		if l := bf.DesiredBand.Letter; l == "C" || l == "D" {
			ids = append(ids, rules.AlignmentLower)
		}
	}
	out, err := rules.Select(ids...)
	if err != nil {
		panic(err) // the ids above are constants of package rules
	}
	return out
}

// scores returns the seven value scores in the order of akhlak.Values.
func (r Report) scores() []figure.Figure {
	var out []figure.Figure
	for _, v := range akhlak.Values() {
		out = append(out, r.Profile.Score(v))
	}
	return out
}

func fromProfile(name string, p akhlak.Profile) Report {
	return Report{Name: name, Kind: fromPublished, Profile: p, Index: p.Index(), Category: p.Band(), Result: p, Current: p}
}

func (s surveyData) report(l lang.Lang, min survey.Minimum, employees int) (Report, error) {
	r := Report{Minimum: min, Checked: employees > 0, Employees: employees}
	if s.ratings != nil {
		res, err := s.ratings.Result(min)
		if err != nil {
			return Report{}, refusal(l, r, err)
		}
		r.Kind, r.Scale = fromRatings, res.Scale()
		r.Respondents, r.Profile, r.Index, r.Category, r.Result, r.Current = res.Respondents(), res.Profile(), res.Index(), res.Band(), res, res
		return r, nil
	}
	res, err := s.ballots.Result(min)
	if err != nil {
		return Report{}, refusal(l, r, err)
	}
	r.Kind = fromBallots
	r.Respondents, r.Profile, r.Index, r.Category, r.Result, r.Current = res.Respondents(), res.Profile(), res.Index(), res.Band(), res, res
	bf := &BallotFigures{
		MostVoted: res.MostVoted(akhlak.ListCurrent), LeastVoted: res.LeastVoted(akhlak.ListCurrent),
		CurrentVotes: res.TotalVotes(akhlak.ListCurrent),
	}
	var err1, err2 error
	bf.PersonalCurrent, err1 = res.Alignment(akhlak.ListPersonal, akhlak.ListCurrent)
	bf.CurrentDesired, err2 = res.Alignment(akhlak.ListCurrent, akhlak.ListDesired)
	bf.HasPersonalCurrent, bf.HasCurrentDesired = err1 == nil, err2 == nil
	bf.DesiredBand, _ = res.DesiredAlignmentBand()
	switch e, err := res.Entropy(); {
	case err == nil:
		bf.Entropy = e
		bf.EntropyWhole, _ = res.EntropyPercent()
		bf.PositiveEnergy, _ = res.PositiveEnergy()
		bf.EntropyBand, _ = res.EntropyBand()
	case bf.CurrentVotes == 0:
		bf.NoEntropy = msg.EntropyNone
	default:
		bf.NoEntropy = msg.EntropyNoLimiting
	}
	r.Ballot = bf
	return r, nil
}

// refusal turns a refused result into the program's error, saying plainly
// in language l that no index is published.
func refusal(l lang.Lang, r Report, err error) error {
	var ie *survey.InsufficientError
	if errors.As(err, &ie) {
		return fmt.Errorf("%s", l.Sprintf(msg.ErrRefused, l.Int(ie.Respondents), l.Int(ie.Minimum.Required()), r.minimum(l)))
	}
	if r.Employees > 0 && errors.Is(err, survey.ErrInvalidInput) {
		// More respondents than employees (survey.Minimum.Check).
		return fmt.Errorf(msg.ErrOverEmployees.In(l), l.Int(r.Employees), err)
	}
	return fmt.Errorf(msg.ErrRefusedBecause.In(l), err)
}

const barWidth = 40

// bar draws score (0–100) as a text bar of barWidth cells, rounding to the
// nearest cell.
func bar(score decimal.Decimal) string {
	n := int(score.Mul(decimal.New(barWidth, 0)).DivRound(decimal.New(100, 0), 0).IntPart())
	return strings.Repeat("█", n) + strings.Repeat("·", barWidth-n)
}

func codes(bs []akhlak.Behaviour) string {
	var out []string
	for _, b := range bs {
		out = append(out, b.Code())
	}
	return strings.Join(out, ", ")
}

// bandName names a BerAKHLAK category in language l: the official label,
// followed in English by the English name.
func bandName(l lang.Lang, b category.Band) string {
	if l == lang.EN {
		return b.Label + " (" + b.English + ")"
	}
	return b.Label
}

// libraryBand names a band whose labels are library defaults (entropy,
// alignment) in language l.
func libraryBand(l lang.Lang, b category.Band) string {
	if l == lang.EN {
		return b.English
	}
	return b.Label
}

// labelled writes label–value lines with the values in one column.
type labelled struct {
	labels, values []string
}

func (t *labelled) add(label, value string) {
	t.labels, t.values = append(t.labels, label), append(t.values, value)
}

// width is the width of the widest label, with its colon.
func (t *labelled) width() int {
	width := 0
	for _, lb := range t.labels {
		width = max(width, utf8.RuneCountInString(lb)+1)
	}
	return width
}

func (t *labelled) write(b *strings.Builder, width int) {
	for i, lb := range t.labels {
		fmt.Fprintf(b, "  %-*s %s\n", width, lb+":", t.values[i])
	}
}

func writeText(w io.Writer, r Report, l lang.Lang) error {
	scale := category.BerAKHLAK()
	places := scale.Places()
	p := r.Profile
	var b strings.Builder
	title := r.title(l)
	fmt.Fprintf(&b, "%s\n%s\n", title, strings.Repeat("=", utf8.RuneCountInString(title)))
	if r.Period != "" {
		fmt.Fprintf(&b, "%s\n", l.Sprintf(msg.Period, r.Period))
	}
	if r.Sample {
		fmt.Fprintf(&b, "%s\n", msg.SampleNote.In(l))
	}
	fmt.Fprintf(&b, "%s\n", l.Sprintf(msg.Method, r.method(l)))
	if p := r.picks(l); p != "" {
		fmt.Fprintf(&b, "%s\n", p)
	}
	b.WriteString("\n")
	for _, v := range akhlak.Values() {
		s := p.Score(v)
		band, err := scale.Classify(s.Decimal())
		if err != nil {
			return err
		}
		fmt.Fprintf(&b, "%-2s %-22s %5s  %s  %s %s\n", v.Code(), v, l.Fixed(s.Decimal(), places), bar(s.Decimal()), band.Letter, band.Label)
	}
	fmt.Fprintf(&b, "\n%-25s %5s  %s  %s %s\n", "Indeks BerAKHLAK", l.Fixed(r.Index.Decimal(), places), bar(r.Index.Decimal()), r.Category.Letter, bandName(l, r.Category))

	fmt.Fprintf(&b, "\n%s:\n", msg.Focus.In(l))
	for _, v := range p.Lowest() {
		fmt.Fprintf(&b, "  %s %s — %s\n", v.Code(), v, l.Fixed(p.Score(v).Decimal(), places))
		for _, bh := range v.Behaviours() {
			fmt.Fprintf(&b, "    %s  %s\n", bh.Code(), bh)
		}
	}
	if bf := r.Ballot; bf != nil {
		var t, a labelled
		t.add(msg.MostVoted.In(l), describe(l, bf.MostVoted))
		t.add(msg.LeastVoted.In(l), describe(l, bf.LeastVoted))
		if bf.Entropy.IsValid() {
			t.add(msg.Entropy.In(l), entropyText(l, bf))
			t.add(msg.PositiveEnergy.In(l), l.Fixed(bf.PositiveEnergy.Decimal(), 1)+"%")
		} else {
			t.add(msg.Entropy.In(l), bf.NoEntropy.In(l))
		}
		a.add(msg.PersonalCurrent.In(l), personalCurrentText(l, bf))
		a.add(msg.CurrentDesired.In(l), currentDesiredText(l, bf))
		width := max(t.width(), a.width())
		fmt.Fprintf(&b, "\n%s:\n", msg.CurrentCulture.In(l))
		t.write(&b, width)
		fmt.Fprintf(&b, "\n%s:\n", l.Sprintf(msg.Alignment, topN))
		a.write(&b, width)
	}
	if r.Baseline != nil {
		writeBaselineText(&b, r.Baseline, l)
	}
	fmt.Fprintf(&b, "\n%s: %s.\n", msg.RespondentsLabel.In(l), r.respondents(l))
	fmt.Fprintf(&b, "%s\n", l.Sprintf(msg.Categories, bandList(l, scale), msg.CategorySource.In(l)))
	_, err := io.WriteString(w, b.String())
	return err
}

// topN is the length of the top lists values alignment compares.
const topN = 10

func entropyText(l lang.Lang, bf *BallotFigures) string {
	return l.Sprintf(msg.EntropyValue, l.Fixed(bf.Entropy.Decimal(), 1), l.Number(bf.EntropyWhole.String()), libraryBand(l, bf.EntropyBand))
}

func personalCurrentText(l lang.Lang, bf *BallotFigures) string {
	if !bf.HasPersonalCurrent {
		return msg.AlignmentNone.In(l)
	}
	return fmt.Sprintf("%d (%s)%s", bf.PersonalCurrent.Matches, msg.NoBands.In(l), tieNote(l, bf.PersonalCurrent.CutTied))
}

func currentDesiredText(l lang.Lang, bf *BallotFigures) string {
	if !bf.HasCurrentDesired {
		return msg.AlignmentNone.In(l)
	}
	return fmt.Sprintf("%d — %s%s", bf.CurrentDesired.Matches, libraryBand(l, bf.DesiredBand), tieNote(l, bf.CurrentDesired.CutTied))
}

func tieNote(l lang.Lang, tied bool) string {
	if tied {
		return " (" + msg.TieNote.In(l) + ")"
	}
	return ""
}

// describe lists behaviours with their codes, or says there is a tie.
func describe(l lang.Lang, bs []akhlak.Behaviour) string {
	switch len(bs) {
	case 0:
		return msg.None.In(l)
	case 1:
		return bs[0].Code() + " " + bs[0].String()
	}
	return l.Sprintf(msg.Tie, len(bs), codes(bs))
}

func bandList(l lang.Lang, s category.Scale) string {
	var parts []string
	for _, b := range s.Bands() {
		parts = append(parts, fmt.Sprintf("%s %s ≥ %s", b.Letter, b.Label, l.Fixed(b.Min, s.Places())))
	}
	return strings.Join(parts, ", ")
}

// writeJSON writes the report's title (always in English: the JSON is
// the same whatever -lang), the survey period if one was given, whether
// the minimum was checked against a real number of employees, and the
// result as the library marshals it (every figure a string at its
// published places). Runes a terminal may not receive raw (a
// bidirectional control in an option's text, say) are written as \uXXXX
// escapes (text.TerminalJSON).
func writeJSON(w io.Writer, r Report) error {
	type targetJSON struct {
		Value      string            `json:"value"`
		Target     akhlak.Target     `json:"target"`
		Attainment survey.Attainment `json:"attainment"`
	}
	type baselineJSON struct {
		File       string            `json:"file"`
		Comparison akhlak.Comparison `json:"comparison"`
		Targets    []targetJSON      `json:"targets,omitempty"`
	}
	out := struct {
		Title          string         `json:"title"`
		Period         string         `json:"period,omitempty"`
		MinimumChecked bool           `json:"minimum_checked"`
		Result         json.Marshaler `json:"result"`
		Baseline       *baselineJSON  `json:"baseline,omitempty"`
	}{Title: r.title(lang.EN), Period: r.Period, MinimumChecked: r.Checked, Result: r.Result}
	if b := r.Baseline; b != nil {
		out.Baseline = &baselineJSON{File: b.Name, Comparison: b.Comparison}
		for _, t := range b.Targets {
			code := t.Value.Code()
			if t.Value == 0 {
				code = "index"
			}
			out.Baseline.Targets = append(out.Baseline.Targets, targetJSON{code, t.Target, t.Attainment})
		}
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetIndent("", "  ")
	if err := enc.Encode(out); err != nil {
		return err
	}
	_, err := w.Write(text.TerminalJSON(b.Bytes()))
	return err
}
