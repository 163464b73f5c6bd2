package tally

import (
	"fmt"
	"math/big"
	"slices"
	"strconv"

	"github.com/go-asn/berakhlak/figure"
	"github.com/go-asn/berakhlak/internal/sampling"
	"github.com/go-asn/berakhlak/survey"
)

// Change is one percent favourable in a baseline survey and the current
// one: the published figures, their exact difference, the intervals of
// both, and the interval of the difference when both surveys' variances
// are known (the zero Interval otherwise).
type Change struct {
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
	return compareParts("total", b, a, b.Rep.Total, a.Rep.Total, true, true)
}

// CompareDimension returns the change of the named dimension's percent
// favourable from the baseline b to the current survey a.
func CompareDimension(b, a Core, name string) (Change, error) {
	bp, bok := b.Rep.Dimension(name)
	ap, aok := a.Rep.Dimension(name)
	return compareParts("dimension "+strconv.Quote(name), b, a, bp, ap, bok, aok)
}

func compareParts(what string, b, a Core, bp, ap Part, bok, aok bool) (Change, error) {
	bf, err := b.figures(what+" in the baseline", bp, bok)
	if err != nil {
		return Change{}, err
	}
	af, err := a.figures(what+" in the current survey", ap, aok)
	if err != nil {
		return Change{}, err
	}
	c := Change{Before: bf.Favourable, After: af.Favourable,
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

// Comparison is a comparison of two surveys: the change over all items
// (the public package's index) and each dimension's, or why a dimension
// has none. The public packages wrap it.
type Comparison struct {
	Index Change
	Dims  []DimensionChange // in the current survey's order
}

// DimensionChange is a dimension's change, or why it has none.
type DimensionChange struct {
	Name   string
	Change Change
	Err    error
}

// Compare compares the baseline b with the current survey a: the total,
// and every dimension of a that b has too (by name).
func Compare(k Kind, b, a Core) (Comparison, error) {
	if err := CompareCores(k, b, a); err != nil {
		return Comparison{}, err
	}
	idx, err := CompareTotal(b, a)
	if err != nil {
		return Comparison{}, err
	}
	c := Comparison{Index: idx}
	for _, d := range a.Rep.Dimensions {
		if _, ok := b.Rep.Dimension(d.Name); !ok {
			continue
		}
		ch, err := CompareDimension(b, a, d.Name)
		c.Dims = append(c.Dims, DimensionChange{Name: d.Name, Change: ch, Err: err})
	}
	return c, nil
}

// Names returns the dimensions compared, in order.
func (c Comparison) Names() []string {
	out := make([]string, len(c.Dims))
	for i, d := range c.Dims {
		out[i] = d.Name
	}
	return out
}

// Dimension returns the named dimension's change, or why it has none; a
// name not compared is an error wrapping survey.ErrInvalidInput.
func (c Comparison) Dimension(k Kind, name string) (Change, error) {
	for _, d := range c.Dims {
		if d.Name == name {
			return d.Change, d.Err
		}
	}
	return Change{}, fmt.Errorf("%s: Comparison.Dimension: %s: not a dimension of both surveys: %w", k.Pkg, strconv.Quote(name), survey.ErrInvalidInput)
}

// Equal reports whether c and o hold the same changes, and the same
// reasons for those they lack.
func (c Comparison) Equal(o Comparison) bool {
	return c.Index == o.Index && slices.EqualFunc(c.Dims, o.Dims, func(x, y DimensionChange) bool {
		return x.Name == y.Name && x.Change == y.Change && (x.Err == nil) == (y.Err == nil) &&
			(x.Err == nil || x.Err.Error() == y.Err.Error())
	})
}
