package tally

import (
	"fmt"
	"math/big"

	"github.com/go-asn/berakhlak/internal/exact"
	"github.com/go-asn/berakhlak/internal/sampling"
	"github.com/go-asn/berakhlak/internal/text"
	"github.com/shopspring/decimal"
)

// bounds sets the 95% intervals of f, the figures of items, when every
// answered item has a standard deviation. An item's mean has
// mean ± 1.96·s/√n × FPC; the mean of several items, which the same
// respondents answered, has the variance bound of sampling.Combine. An
// item's percent favourable has Wilson's interval; several items' the
// bound of their shares' variances, p̂(1 − p̂)/n × FPC².
func (v View) bounds(items []int, f *Figures) {
	from := v.t.in.max - v.topBoxes + 1
	total := int64(f.Answers)
	var w []*big.Rat
	var means, shares []sampling.Estimate
	var top, answered int64
	for _, i := range items {
		n, sum, tp := v.t.counts([]int{i}, from)
		if n == 0 {
			continue
		}
		m, ok := sampling.Mean(int64(sum), int64(v.t.hist.SumSquares(i)), int64(n), v.pop)
		if !ok {
			return
		}
		w = append(w, big.NewRat(int64(n), total))
		means = append(means, m)
		shares = append(shares, sampling.Share(int64(tp), int64(n), v.pop).Affine(new(big.Rat), big.NewRat(100, 1)))
		top, answered = int64(tp), int64(n)
	}
	if len(w) == 0 {
		return
	}
	mean, fav := sampling.Combine(w, means), sampling.Combine(w, shares)
	f.MeanLo, f.MeanHi = sampling.Bounds(mean, MeanPlaces,
		big.NewRat(int64(v.t.in.min), 1), big.NewRat(int64(v.t.in.max), 1))
	if len(w) == 1 {
		// One item: Wilson's interval; a change still adds up the
		// share's variance p̂(1 − p̂)/n × FPC², Combine's for one term.
		f.FavLo, f.FavHi = sampling.Wilson(top, answered, v.pop, PercentPlaces)
	} else {
		f.FavLo, f.FavHi = sampling.Bounds(fav, PercentPlaces, new(big.Rat), big.NewRat(100, 1))
	}
	f.FavVar, f.Bounded = fav.Var, true
}

// bounds reads the intervals of j into f, when j has them: all four at
// their places, each figure within its interval.
func (s Shape) bounds(j *FiguresJSON, f *Figures) error {
	if j.MeanLo == "" && j.MeanHi == "" && j.FavourableLo == "" && j.FavourableHi == "" {
		return nil
	}
	var d [4]decimal.Decimal
	for k, x := range [4]struct {
		text   string
		places int32
	}{{j.MeanLo, MeanPlaces}, {j.MeanHi, MeanPlaces}, {j.FavourableLo, PercentPlaces}, {j.FavourableHi, PercentPlaces}} {
		v, ok := exact.ParseDecimal(x.text)
		if !ok || v.Exponent() != -x.places {
			return fmt.Errorf("interval bound %q is not a figure at %d places", text.Cut(x.text), x.places)
		}
		d[k] = v
	}
	lo, hi := decimal.New(int64(s.Min), 0), decimal.New(int64(s.Max), 0)
	if d[0].LessThan(lo) || d[0].GreaterThan(f.Mean) || d[1].LessThan(f.Mean) || d[1].GreaterThan(hi) ||
		d[2].Sign() < 0 || d[2].GreaterThan(f.Favourable) || d[3].LessThan(f.Favourable) || d[3].GreaterThan(decimal.New(100, 0)) {
		return fmt.Errorf("intervals %s–%s and %s–%s do not hold the mean %s and the percentage %s within their ranges",
			exact.Fixed(d[0]), exact.Fixed(d[1]), exact.Fixed(d[2]), exact.Fixed(d[3]), exact.Fixed(f.Mean), exact.Fixed(f.Favourable))
	}
	f.MeanLo, f.MeanHi, f.FavLo, f.FavHi, f.Bounded = d[0], d[1], d[2], d[3], true
	return nil
}
