package tally

import (
	"fmt"
	"math/big"
	"strconv"

	"github.com/go-asn/berakhlak/figure"
	"github.com/go-asn/berakhlak/internal/sampling"
	"github.com/go-asn/berakhlak/survey"
)

// Change is one percent favourable in a baseline survey and the current
// one: the published figures, their exact difference, the intervals of
// both, and the interval of the difference when both surveys' variances
// are known (the zero Interval otherwise). Name is the dimension's, or ""
// for the total.
type Change struct {
	Name                       string
	Before, After, Delta       figure.Figure
	BeforeIv, AfterIv, DeltaIv survey.Interval
}

// IsValid reports whether c was made by Compare.
func (c Change) IsValid() bool { return c.Delta.IsValid() }

// NoChangeInterval says why a change has no interval.
const NoChangeInterval = "the figure's sampling error is unknown in a survey compared (a result read from JSON stores the published bounds only, not the counts behind them; or an item has a single answer)"

// Interval returns the change's interval, or why it has none.
func (c Change) Interval(k Kind) (survey.Interval, error) {
	if !c.DeltaIv.IsValid() {
		return survey.Interval{}, k.NoFigure("the change has no interval: " + NoChangeInterval)
	}
	return c.DeltaIv, nil
}

// Side returns the interval of one side, or why it has none.
func (c Change) Side(k Kind, which string, iv survey.Interval) (survey.Interval, error) {
	if !iv.IsValid() {
		return survey.Interval{}, k.NoFigure("the " + which + " has no sampling error: a result read from JSON written before v1.1.0, or an item with a single answer")
	}
	return iv, nil
}

// Verdict returns up, down or no measurable change, decided on the
// published (rounded) interval of the change, so that the verdict never
// disagrees with the bounds a reader sees.
func (c Change) Verdict(k Kind) (survey.Verdict, error) {
	iv, err := c.Interval(k)
	switch {
	case err != nil:
		return 0, err
	case iv.Lo.Sign() > 0:
		return survey.VerdictUp, nil
	case iv.Hi.Sign() < 0:
		return survey.VerdictDown, nil
	}
	return survey.VerdictNoMeasurableChange, nil
}

// CompareTotal returns the change of the percent favourable over all
// items from the baseline b to the current survey a.
func CompareTotal(b, a Core) (Change, error) {
	return compareParts("", "total", b, a, b.Rep.Total, a.Rep.Total, true, true)
}

// CompareDimension returns the change of the named dimension's percent
// favourable from the baseline b to the current survey a.
func CompareDimension(b, a Core, name string) (Change, error) {
	bp, bok := b.Rep.Dimension(name)
	ap, aok := a.Rep.Dimension(name)
	return compareParts(name, "dimension "+strconv.Quote(name), b, a, bp, ap, bok, aok)
}

func compareParts(name, what string, b, a Core, bp, ap Part, bok, aok bool) (Change, error) {
	bf, err := b.figures(what+" in the baseline", bp, bok)
	if err != nil {
		return Change{}, err
	}
	af, err := a.figures(what+" in the current survey", ap, aok)
	if err != nil {
		return Change{}, err
	}
	c := Change{Name: name, Before: bf.Favourable, After: af.Favourable,
		Delta: figure.MustNew(af.Favourable.Decimal().Sub(bf.Favourable.Decimal()), PercentPlaces)}
	c.BeforeIv, _ = b.interval(what, bp, bok, false)
	c.AfterIv, _ = a.interval(what, ap, aok, false)
	if bv, av := bp.Figures.FavVar, ap.Figures.FavVar; bv != nil && av != nil {
		// Var₁ + Var₂: the two surveys are independent samples.
		e := sampling.Change(c.Delta.Decimal().Rat(), sampling.Estimate{Value: new(big.Rat), Var: bv}, sampling.Estimate{Value: new(big.Rat), Var: av})
		lo, hi := sampling.Bounds(e, PercentPlaces, big.NewRat(-100, 1), big.NewRat(100, 1))
		c.DeltaIv = survey.Interval{Lo: figure.MustNew(lo, PercentPlaces), Hi: figure.MustNew(hi, PercentPlaces), Level: sampling.Level}
	}
	return c, nil
}

// CompareCores checks that b and a can be compared: both hold figures,
// on the same scale, with the same top boxes counted as favourable when
// both know theirs.
func CompareCores(k Kind, b, a Core) error {
	switch {
	case !b.IsValid() || !a.IsValid():
		return fmt.Errorf("%s: Compare with the zero Result: %w", k.Pkg, survey.ErrInvalidInput)
	case b.Scale != a.Scale:
		return fmt.Errorf("%s: Compare: a baseline on %v against a survey on %v: their percentages favourable measure different things: %w",
			k.Pkg, b.Scale, a.Scale, survey.ErrInvalidInput)
	case b.Rep.TopBoxes != 0 && a.Rep.TopBoxes != 0 && b.Rep.TopBoxes != a.Rep.TopBoxes:
		return fmt.Errorf("%s: Compare: a baseline counting the top %d answers favourable against a survey counting the top %d: %w",
			k.Pkg, b.Rep.TopBoxes, a.Rep.TopBoxes, survey.ErrInvalidInput)
	}
	return nil
}
