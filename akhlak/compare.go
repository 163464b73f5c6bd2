package akhlak

import (
	"encoding/json"
	"fmt"
	"math/big"

	"github.com/go-asn/berakhlak/category"
	"github.com/go-asn/berakhlak/figure"
	"github.com/go-asn/berakhlak/internal/sampling"
	"github.com/go-asn/berakhlak/survey"
)

// Measured is what [Compare] compares: a survey's figures with what their
// sampling error needs. It is implemented by [BallotResult],
// [RatingResult] (a survey, whose figures have intervals) and [Profile] (a
// published profile such as the 2022 national figures, which has no
// counts and so no interval). No other type implements it.
type Measured interface {
	measure() measurement
}

// verdictOf decides on the published (rounded) interval, so that the
// verdict never disagrees with the bounds a reader sees.
func verdictOf(iv survey.Interval) survey.Verdict {
	switch {
	case iv.Lo.Sign() > 0:
		return survey.VerdictUp
	case iv.Hi.Sign() < 0:
		return survey.VerdictDown
	}
	return survey.VerdictNoMeasurableChange
}

// Change is one figure of a [Comparison]: a value's score or the index,
// in the baseline and in the current survey. It is an immutable,
// comparable value; the zero Change is invalid.
type Change struct {
	before, after, delta figure.Figure
	// The intervals of before and after, and of the change; the zero
	// Interval where a side has no counts.
	beforeIv, afterIv, deltaIv survey.Interval
}

// IsValid reports whether c was returned by a [Comparison].
func (c Change) IsValid() bool { return c.delta.IsValid() }

// Before returns the figure in the baseline survey.
func (c Change) Before() figure.Figure { return c.before }

// After returns the figure in the current survey.
func (c Change) After() figure.Figure { return c.after }

// Delta returns After − Before, computed exactly from the two published
// figures (never rounded again), so that the change a reader sees is the
// difference of the two numbers beside it: 38.9 → 41.2 is 2.3.
func (c Change) Delta() figure.Figure { return c.delta }

// BandBefore returns the category of Before on [category.BerAKHLAK].
func (c Change) BandBefore() category.Band { return bandOf(c.before) }

// BandAfter returns the category of After on [category.BerAKHLAK].
func (c Change) BandAfter() category.Band { return bandOf(c.after) }

// BandMoved reports whether the category changed between the two surveys
// (decided on the published figures, like every category).
func (c Change) BandMoved() bool { return c.IsValid() && c.BandBefore().Letter != c.BandAfter().Letter }

func bandOf(f figure.Figure) category.Band {
	if !f.IsValid() {
		return category.Band{}
	}
	return mustClassify(berakhlakScale, f)
}

// BeforeInterval returns the 95% interval of Before, as the baseline
// survey's ScoreInterval or IndexInterval gives it. A published profile
// has no counts, so no interval: the error wraps [survey.ErrNoFigure].
func (c Change) BeforeInterval() (survey.Interval, error) { return c.side("baseline", c.beforeIv) }

// AfterInterval returns the 95% interval of After, as [Change.BeforeInterval]
// does for Before.
func (c Change) AfterInterval() (survey.Interval, error) { return c.side("current survey", c.afterIv) }

func (c Change) side(which string, iv survey.Interval) (survey.Interval, error) {
	if !iv.IsValid() {
		return survey.Interval{}, fmt.Errorf("akhlak: the %s has no sampling error (a published profile without counts, or a figure with none): %w", which, survey.ErrNoFigure)
	}
	return iv, nil
}

// Interval returns the 95% interval of the change: Delta ± 1.96 ×
// √(se₁² + se₂²), the two surveys taken as independent samples, each
// standard error as the survey's own interval computes it (derived:
// standard survey statistics; see the rule register in package berakhlak,
// "Baseline, target and progress"), rounded half-up (away from zero) once
// to one place; Respondents and Population are 0. When either survey has
// no sampling error for the figure (a published profile without counts;
// a survey of one respondent has none for its index), the change has no
// interval: the error wraps [survey.ErrNoFigure] and says so.
func (c Change) Interval() (survey.Interval, error) {
	if !c.deltaIv.IsValid() {
		return survey.Interval{}, fmt.Errorf("akhlak: the change has no interval: %s: %w", noIntervalReason, survey.ErrNoFigure)
	}
	return c.deltaIv, nil
}

// Verdict returns whether the figure went up, went down, or did not change
// measurably: up when the change's interval (as published, at one place)
// lies above zero, down when below, and no measurable change when it holds
// zero. A move inside the sampling error is never reported as up or down.
// Without an interval ([Change.Interval]) there is no verdict: the error
// wraps [survey.ErrNoFigure].
func (c Change) Verdict() (survey.Verdict, error) {
	iv, err := c.Interval()
	if err != nil {
		return 0, err
	}
	return verdictOf(iv), nil
}

// Equal reports whether c and o are the same change, with the same
// intervals. It is the same as c == o.
func (c Change) Equal(o Change) bool { return c == o }

// Comparison is the comparison of two surveys' profiles made by
// [Compare]: a [Change] per value and one for the index. It is an
// immutable, comparable value; the zero Comparison is invalid.
type Comparison struct {
	values [7]Change
	index  Change
}

// IsValid reports whether c was returned by [Compare].
func (c Comparison) IsValid() bool { return c.index.IsValid() }

// Value returns the change of v's score, and the zero Change for an
// invalid value or the zero Comparison.
func (c Comparison) Value(v Value) Change {
	if !v.IsValid() {
		return Change{}
	}
	return c.values[v-1]
}

// Index returns the change of the index.
func (c Comparison) Index() Change { return c.index }

// Equal reports whether c and o hold the same changes. It is the same as
// c == o.
func (c Comparison) Equal(o Comparison) bool { return c == o }

// Compare compares a baseline survey with the current one, value by value
// and for the index: each [Change] holds both published figures, their
// difference, their categories and, when both surveys have counts
// ([BallotResult], [RatingResult]), the interval of the change and its
// [survey.Verdict]. A [Profile] has no counts: compared with it, changes have no
// interval and no verdict, and say so.
//
// This is the "Pemantauan dan Evaluasi" stage of culture strengthening
// (KemenPANRB): the index measured again against its baseline. Compare
// returns an error wrapping [survey.ErrInvalidInput] when either side is
// invalid (a zero result or profile, or a nil Measured), or when one is a
// BallotResult and the other a RatingResult: a score by reach and a score
// by ratings measure different things, and their difference means
// nothing.
func Compare(baseline, current Measured) (Comparison, error) {
	if baseline == nil || current == nil {
		return Comparison{}, fmt.Errorf("akhlak: Compare with a nil survey: %w", survey.ErrInvalidInput)
	}
	b, a := baseline.measure(), current.measure()
	switch {
	case !b.profile.IsValid() || !a.profile.IsValid():
		return Comparison{}, fmt.Errorf("akhlak: Compare with a zero result or profile: %w", survey.ErrInvalidInput)
	case b.method != "" && a.method != "" && b.method != a.method:
		return Comparison{}, fmt.Errorf("akhlak: Compare: a score by %s against a score by %s: they measure different things: %w", b.method, a.method, survey.ErrInvalidInput)
	}
	var c Comparison
	for i, v := range Values() {
		c.values[i] = change(b.profile.Score(v), a.profile.Score(v), b.valueIv[i], a.valueIv[i], b.values[i], a.values[i])
	}
	c.index = change(b.profile.Index(), a.profile.Index(), b.indexIv, a.indexIv, b.index, a.index)
	return c, nil
}

// change returns the change from before to after, with the sides'
// intervals and the change's, from the estimates' variances.
func change(before, after figure.Figure, ib, ia survey.Interval, eb, ea sampling.Estimate) Change {
	c := Change{before: before, after: after, delta: deltaOf(before, after), beforeIv: ib, afterIv: ia}
	if e := sampling.Change(c.delta.Decimal().Rat(), eb, ea); e.Known() {
		lo, hi := sampling.Bounds(e, indexPlaces, big.NewRat(-100, 1), hundred)
		c.deltaIv = measurement{}.bounds(lo, hi)
	}
	return c
}

// deltaOf returns after − before exactly, at the larger of their places.
func deltaOf(before, after figure.Figure) figure.Figure {
	return figure.MustNew(after.Decimal().Sub(before.Decimal()), max(before.Places(), after.Places()))
}

type changeJSON struct {
	Before         figure.Figure    `json:"before"`
	After          figure.Figure    `json:"after"`
	Delta          figure.Figure    `json:"delta"`
	CategoryBefore string           `json:"category_before"`
	CategoryAfter  string           `json:"category_after"`
	BandMoved      bool             `json:"category_moved"`
	BeforeInterval *survey.Interval `json:"before_interval,omitempty"`
	AfterInterval  *survey.Interval `json:"after_interval,omitempty"`
	Interval       *survey.Interval `json:"interval,omitempty"`
	Verdict        survey.Verdict   `json:"verdict,omitempty"`
	Reason         string           `json:"reason,omitempty"`
}

// noIntervalReason says why a change has no interval.
const noIntervalReason = "the figure's sampling error is unknown in a survey compared (a published profile without counts, or a survey of one respondent)"

func (c Change) json() changeJSON {
	out := changeJSON{Before: c.before, After: c.after, Delta: c.delta, CategoryBefore: c.BandBefore().Letter,
		CategoryAfter: c.BandAfter().Letter, BandMoved: c.BandMoved()}
	if iv, err := c.BeforeInterval(); err == nil {
		out.BeforeInterval = &iv
	}
	if iv, err := c.AfterInterval(); err == nil {
		out.AfterInterval = &iv
	}
	if iv, err := c.Interval(); err == nil {
		out.Interval, out.Verdict = &iv, verdictOf(iv)
	} else {
		out.Reason = noIntervalReason
	}
	return out
}

// MarshalJSON writes the change with its figures as strings at their
// places, e.g.
//
//	{"before":"38.9","after":"41.2","delta":"2.3","category_before":"C","category_after":"C",
//	 "category_moved":false,"before_interval":{…},"after_interval":{…},
//	 "interval":{"lo":"0.1","hi":"4.5","level":95,"respondents":0},"verdict":"up"}
//
// A change without an interval has none of the intervals it lacks, no
// verdict, and a "reason". The zero Change is an error wrapping
// [survey.ErrNoFigure].
func (c Change) MarshalJSON() ([]byte, error) {
	if !c.IsValid() {
		return nil, fmt.Errorf("akhlak: MarshalJSON of the zero Change: %w", survey.ErrNoFigure)
	}
	return json.Marshal(c.json())
}

// UnmarshalJSON reads what [Change.MarshalJSON] writes and checks it:
// both figures within 0–100, the delta their exact difference, the
// categories theirs, each side's interval holding its figure, the
// change's interval present exactly when both sides' are, holding the
// delta, and the verdict the one it gives. Anything else is an error
// wrapping [survey.ErrInvalidInput]; on an error c is unchanged.
func (c *Change) UnmarshalJSON(data []byte) error {
	var in changeJSON
	if err := json.Unmarshal(data, &in); err != nil {
		return fmt.Errorf("akhlak: Change JSON: %w: %w", err, survey.ErrInvalidInput)
	}
	x, err := in.change()
	if err != nil {
		return err
	}
	*c = x
	return nil
}

func (in changeJSON) change() (Change, error) {
	bad := func(format string, args ...any) (Change, error) {
		return Change{}, fmt.Errorf("akhlak: Change JSON: "+format+": %w", append(args, survey.ErrInvalidInput)...)
	}
	for _, f := range []figure.Figure{in.Before, in.After} {
		if !f.IsValid() || f.Sign() < 0 || f.Cmp(figure.MustNew(hundredDecimal, 0)) > 0 || f.Places() > maxScorePlaces {
			return bad("figure %s is not a score within 0–100", f)
		}
	}
	x := Change{before: in.Before, after: in.After, delta: deltaOf(in.Before, in.After)}
	if in.Delta != x.delta {
		return bad("delta %s, but %s − %s is %s", in.Delta, in.After, in.Before, x.delta)
	}
	if in.CategoryBefore != x.BandBefore().Letter || in.CategoryAfter != x.BandAfter().Letter || in.BandMoved != x.BandMoved() {
		return bad("categories %q → %q (moved %v), but the figures are %s and %s", in.CategoryBefore, in.CategoryAfter, in.BandMoved,
			x.BandBefore().Letter, x.BandAfter().Letter)
	}
	for _, s := range []struct {
		iv *survey.Interval
		f  figure.Figure
		to *survey.Interval
	}{{in.BeforeInterval, in.Before, &x.beforeIv}, {in.AfterInterval, in.After, &x.afterIv}, {in.Interval, in.Delta, &x.deltaIv}} {
		if s.iv == nil {
			continue
		}
		if !s.iv.Contains(s.f) || s.iv.Lo.Places() != indexPlaces {
			return bad("interval %s does not hold %s at one place", s.iv, s.f)
		}
		*s.to = *s.iv
	}
	hasBoth := x.beforeIv.IsValid() && x.afterIv.IsValid()
	switch {
	case hasBoth != x.deltaIv.IsValid():
		return bad("a change's interval goes with both sides' intervals, and only with them")
	case x.deltaIv.IsValid() && (in.Verdict != verdictOf(x.deltaIv) || x.deltaIv.Respondents != 0 || x.deltaIv.Population != 0):
		return bad("verdict %q for the interval %s (want %q, and no respondents)", in.Verdict, x.deltaIv, verdictOf(x.deltaIv))
	case !x.deltaIv.IsValid() && (in.Verdict != 0 || in.Reason != noIntervalReason):
		return bad("a change without an interval has no verdict, and the reason %q", noIntervalReason)
	}
	return x, nil
}

var hundredDecimal = figure.MustParse("100").Decimal()

type valueChangeJSON struct {
	Code string `json:"code"`
	changeJSON
}

type comparisonJSON struct {
	Values []valueChangeJSON `json:"values"`
	Index  *changeJSON       `json:"index"`
}

// MarshalJSON writes the comparison: each value's change, by its code, in
// the official order, and the index's, as [Change.MarshalJSON] writes
// them:
//
//	{"values":[{"code":"BP","before":"57.9","after":"60.3",…},…],"index":{…}}
//
// The zero Comparison is an error wrapping [survey.ErrNoFigure].
func (c Comparison) MarshalJSON() ([]byte, error) {
	if !c.IsValid() {
		return nil, fmt.Errorf("akhlak: MarshalJSON of the zero Comparison: %w", survey.ErrNoFigure)
	}
	out := comparisonJSON{}
	for i, v := range Values() {
		out.Values = append(out.Values, valueChangeJSON{Code: v.Code(), changeJSON: c.values[i].json()})
	}
	idx := c.index.json()
	out.Index = &idx
	return json.Marshal(out)
}

// UnmarshalJSON reads what [Comparison.MarshalJSON] writes: the seven
// values in the official order and the index, each checked as by
// [Change.UnmarshalJSON]. Anything else is an error wrapping
// [survey.ErrInvalidInput] that names the value; on an error c is
// unchanged.
func (c *Comparison) UnmarshalJSON(data []byte) error {
	bad := func(format string, args ...any) error {
		return fmt.Errorf("akhlak: Comparison JSON: "+format+": %w", append(args, survey.ErrInvalidInput)...)
	}
	var in comparisonJSON
	if err := json.Unmarshal(data, &in); err != nil {
		return bad("%v", err)
	}
	if len(in.Values) != 7 || in.Index == nil {
		return bad("%d values and an index (%v): want the seven values and the index", len(in.Values), in.Index != nil)
	}
	var x Comparison
	for i, v := range Values() {
		if in.Values[i].Code != v.Code() {
			return bad("value %d is %q, want %s", i+1, in.Values[i].Code, v.Code())
		}
		ch, err := in.Values[i].change()
		if err != nil {
			return fmt.Errorf("%s: %w", v.Code(), err)
		}
		x.values[i] = ch
	}
	ch, err := in.Index.change()
	if err != nil {
		return fmt.Errorf("index: %w", err)
	}
	x.index = ch
	*c = x
	return nil
}
