package ikm

import (
	"fmt"
	"math/big"

	"github.com/go-asn/berakhlak/figure"
	"github.com/go-asn/berakhlak/internal/sampling"
	"github.com/go-asn/berakhlak/survey"
)

// IndexInterval returns the 95% confidence interval of the index
// ([Result.Index]), at two places, within 25–100 (derived: standard
// survey statistics; see the rule register in package berakhlak,
// "Baseline, target and progress"). Each unsur's NRR is a mean of
// answers, with the variance s²/n × FPC², s from the integer sums of its
// answers and their squares, and the finite-population correction
// √((N − n)/(N − 1)) when the result's minimum knows the population N (a
// [survey.KrejcieMorgan] or [survey.Slovin] minimum; see
// [survey.Interval]). The nine unsur are answered by the same
// respondents, so the index's variance is bounded from above by
// 9 × Σ (weight × 25)² × Var(NRR) (Cauchy–Schwarz): the interval is never
// narrower than the true one (conservative). It is centred on the index
// before its rounding, with the result's weight and NRR places.
//
// It is an error wrapping [survey.ErrNoFigure] for the zero Result, when
// an unsur has a single answer (no s), and for a result read from JSON
// written before v1.1.0, which has no sums of squares.
func (r Result) IndexInterval() (survey.Interval, error) {
	if !r.IsValid() {
		return survey.Interval{}, fmt.Errorf("ikm: IndexInterval of the zero Result: %w", survey.ErrNoFigure)
	}
	if !r.hasSq {
		return survey.Interval{}, fmt.Errorf("ikm: IndexInterval: no sums of squares in JSON written before v1.1.0: %w", survey.ErrNoFigure)
	}
	pop := r.min.Population()
	w := big.NewRat(conversion, numUnsur)
	if r.opts.hasWeight {
		w = new(big.Rat).Mul(r.opts.weight.Rat(), big.NewRat(conversion, 1))
	}
	ws := make([]*big.Rat, numUnsur)
	es := make([]sampling.Estimate, numUnsur)
	for i := range es {
		e, ok := sampling.Mean(r.sum[i], r.sq[i], r.count[i], int64(pop))
		if !ok {
			return survey.Interval{}, fmt.Errorf("ikm: IndexInterval: %s has one answer, so no standard deviation: %w", Unsur(i+1).Code(), survey.ErrNoFigure)
		}
		num, den := r.nrr(i)
		e.Value = new(big.Rat).SetFrac(num, den) // the NRR as the index uses it
		ws[i], es[i] = w, e
	}
	lo, hi := sampling.Bounds(sampling.Combine(ws, es), indexPlaces, big.NewRat(25, 1), big.NewRat(100, 1))
	return survey.Interval{Lo: figure.MustNew(lo, indexPlaces), Hi: figure.MustNew(hi, indexPlaces),
		Level: sampling.Level, Respondents: r.n, Population: pop}, nil
}
