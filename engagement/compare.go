package engagement

import (
	"github.com/go-asn/berakhlak/figure"
	"github.com/go-asn/berakhlak/internal/tally"
	"github.com/go-asn/berakhlak/survey"
)

// Change is one percent favourable of a [Comparison]: the engagement
// index, or a dimension's percent favourable, in the baseline survey and
// in the current one. It is an immutable, comparable value; the zero
// Change is invalid.
type Change struct {
	c tally.Change
}

// IsValid reports whether c was returned by a [Comparison].
func (c Change) IsValid() bool { return c.c.IsValid() }

// Before returns the figure in the baseline survey, at one place.
func (c Change) Before() figure.Figure { return c.c.Before }

// After returns the figure in the current survey, at one place.
func (c Change) After() figure.Figure { return c.c.After }

// Delta returns After − Before in percentage points, computed exactly from
// the two published figures (never rounded again), so that the change a
// reader sees is the difference of the two numbers beside it.
func (c Change) Delta() figure.Figure { return c.c.Delta }

// BeforeInterval returns the 95% interval of Before, as the baseline's
// [Result.IndexInterval] gives it for the index and as it is computed for
// a dimension's percent favourable (Wilson's interval for one item, the
// conservative bound of [Result.IndexInterval] for several). The errors
// are those of IndexInterval: a figure without sampling error wraps
// [survey.ErrNoFigure].
func (c Change) BeforeInterval() (survey.Interval, error) {
	return c.c.Side(kind, "baseline", c.c.BeforeIv)
}

// AfterInterval returns the 95% interval of After, as
// [Change.BeforeInterval] does for Before.
func (c Change) AfterInterval() (survey.Interval, error) {
	return c.c.Side(kind, "current survey", c.c.AfterIv)
}

// Interval returns the 95% interval of the change: Delta ± 1.96 ×
// √(Var₁ + Var₂), the two surveys taken as independent samples, each
// variance the one behind the survey's own interval (p̂(1 − p̂)/n × FPC²
// per item, bounded from above for several items as for
// [Result.IndexInterval]: conservative), computed exactly and rounded
// half-up (away from zero) once to one place, within −100 to 100 (derived:
// standard survey statistics; see the rule register in package berakhlak,
// "Baseline, target and progress"); Respondents and Population are 0.
//
// The variances come from a result's counts: a [Result] read from JSON
// stores the published bounds only, so a change with it has no interval,
// like a change against a published figure. Then, and when an item has a
// single answer, the error wraps [survey.ErrNoFigure] and says so.
func (c Change) Interval() (survey.Interval, error) { return c.c.Interval(kind) }

// Verdict returns whether the figure went up, went down, or did not change
// measurably: up when the change's interval (as published, at one place)
// lies above zero, down when below, and no measurable change when it holds
// zero. A move inside the sampling error is never reported as up or down.
// Without an interval ([Change.Interval]) there is no verdict: the error
// wraps [survey.ErrNoFigure].
func (c Change) Verdict() (survey.Verdict, error) { return c.c.Verdict(kind) }

// Equal reports whether c and o are the same change, with the same
// intervals. It is the same as c == o.
func (c Change) Equal(o Change) bool { return c == o }

// Comparison is the comparison of two Employee Engagement surveys made
// by [Compare]: a [Change] of the engagement index, and one per dimension
// that both surveys' instruments have. It is an immutable value; the zero
// Comparison is invalid.
type Comparison struct {
	c tally.Comparison
}

// IsValid reports whether c was returned by [Compare].
func (c Comparison) IsValid() bool { return c.c.Index.IsValid() }

// Index returns the change of the engagement index ([Result.Index]).
func (c Comparison) Index() Change { return Change{c.c.Index} }

// Dimensions returns the names of the dimensions compared: those of the
// current survey's instrument that the baseline's has too, in the current
// instrument's order.
func (c Comparison) Dimensions() []string { return c.c.Names() }

// Dimension returns the change of the named dimension's percent
// favourable ([Result.Dimension]). A dimension that either survey
// withholds, or has no figure for, has no change: the error is that of
// Result.Dimension on that side, naming it. A name not in
// [Comparison.Dimensions] is an error wrapping [survey.ErrInvalidInput].
func (c Comparison) Dimension(name string) (Change, error) {
	ch, err := c.c.Dimension(kind, name)
	return Change{ch}, err
}

// Equal reports whether c and o hold the same changes.
func (c Comparison) Equal(o Comparison) bool { return c.c.Equal(o.c) }

// Compare compares a baseline survey with the current one: the engagement
// index, and the percent favourable of every dimension that both
// instruments have (by name: a dimension in one only has nothing to be
// compared with; [Comparison.Dimensions] lists those compared). Each
// [Change] holds both published figures, their difference, their
// intervals and, when both results were computed from their counts by
// [Tally.Result], the interval of the change and its [survey.Verdict].
//
// This is the "Pemantauan dan Evaluasi" stage of culture strengthening
// (KemenPANRB): the survey measured again against its baseline. Compare
// returns an error wrapping [survey.ErrInvalidInput] when either result
// is the zero Result, when the two are on different scales, or when they
// count different top boxes as favourable ([WithTopBoxes]): their
// percentages favourable measure different things. The errors of
// [Result.Index] on either side (a figure withheld, say) are returned; a
// dimension that either side withholds is compared with its reason
// ([Comparison.Dimension]).
func Compare(baseline, current Result) (Comparison, error) {
	c, err := tally.Compare(kind, baseline.core(), current.core())
	return Comparison{c}, err
}
