package tally

import (
	"errors"
	"math/big"

	"github.com/go-asn/berakhlak/internal/exact"
	"github.com/shopspring/decimal"
)

// ErrNoFigure means a figure cannot be computed from the data: no answers,
// fewer than two items or respondents for alpha, no variance.
var ErrNoFigure = errors.New("no figure")

// counts returns the answered count, the sum and the count of answers at
// or above from, over the given items.
func (t *Tally) counts(items []int, from int) (answered, sum, top uint64) {
	for _, i := range items {
		for a := t.in.min; a <= t.in.max; a++ {
			c := t.hist.Count(i, a)
			answered += c
			sum += c * uint64(a)
			if a >= from {
				top += c
			}
		}
	}
	return answered, sum, top
}

// Mean returns the mean of the (reverse-coded) answers to the items,
// rounded half-up once to places, and false when none was answered.
func (t *Tally) Mean(items []int, places int32) (decimal.Decimal, bool) {
	n, s, _ := t.counts(items, t.in.max+1)
	if n == 0 {
		return decimal.Decimal{}, false
	}
	return exact.Ratio(int64(s), int64(n), places), true
}

// Favourable returns the percentage of answers to the items in the top
// topBoxes points of the scale, rounded half-up once to places, and false
// when none was answered.
func (t *Tally) Favourable(items []int, topBoxes int, places int32) (decimal.Decimal, bool) {
	n, _, top := t.counts(items, t.in.max-topBoxes+1)
	if n == 0 {
		return decimal.Decimal{}, false
	}
	return exact.Percent(int64(top), int64(n), places), true
}

// allItems returns every item index.
func (t *Tally) allItems() []int {
	out := make([]int, len(t.in.items))
	for i := range out {
		out[i] = i
	}
	return out
}

// dimItems returns the item indices of dimension d.
func (t *Tally) dimItems(d int) []int { return t.in.dimItems[d] }

// Answered returns the number of answers to item i.
func (t *Tally) Answered(i int) uint64 {
	n, _ := t.hist.Answered(i)
	return n
}

// MissingCount returns how many respondents left item i unanswered.
func (t *Tally) MissingCount(i int) uint64 { return t.hist.MissingCount(i) }

// Segments returns the respondents by personal mean: engaged, neutral,
// disengaged, and unscored (no item answered).
func (t *Tally) Segments() [4]uint64 { return t.seg }

// NPS returns the net promoter score of the recommendation item: the
// percentage of promoters (9–10) minus the percentage of detractors (0–6),
// computed exactly and rounded half away from zero to an integer, with the
// counts; false when nobody answered it.
func (t *Tally) NPS() (score int, promoters, passives, detractors uint64, ok bool) {
	for a := 0; a <= 10; a++ {
		switch {
		case a >= 9:
			promoters += t.nps[a]
		case a >= 7:
			passives += t.nps[a]
		default:
			detractors += t.nps[a]
		}
	}
	n := promoters + passives + detractors
	if n == 0 {
		return 0, 0, 0, 0, false
	}
	d := exact.Percent(int64(promoters)-int64(detractors), int64(n), 0)
	return int(d.IntPart()), promoters, passives, detractors, true
}

// recommendMissing returns how many respondents left the recommendation
// item unanswered.
func (t *Tally) recommendMissing() uint64 { return t.nps[11] }

// Alpha returns Cronbach's alpha of dimension d over the respondents who
// answered all its items (listwise deletion), computed exactly from the
// integer sums and rounded half-up once to places:
//
//	α = k/(k−1) · (1 − Σ var(item) / var(total))
//
// It returns an error wrapping ErrNoFigure, saying why, when the dimension
// has fewer than two items, fewer than two complete respondents, or no
// variance in its totals.
func (t *Tally) Alpha(d int, places int32) (decimal.Decimal, uint64, error) {
	items := t.in.dimItems[d]
	k := int64(len(items))
	n := t.hist.Respondents() - t.dimInc[d]
	switch {
	case k < 2:
		return decimal.Decimal{}, n, errf(ErrNoFigure, "dimension %q has %d item; alpha needs at least two", t.in.dims[d], k)
	case n < 2:
		return decimal.Decimal{}, n, errf(ErrNoFigure, "dimension %q has %d complete respondents; alpha needs at least two", t.in.dims[d], n)
	}
	bn := new(big.Int).SetUint64(n)
	// n²·var = n·Σx² − (Σx)²
	nvar := func(s, q uint64) *big.Int {
		a := new(big.Int).Mul(bn, new(big.Int).SetUint64(q))
		b := new(big.Int).SetUint64(s)
		b.Mul(b, b)
		return a.Sub(a, b)
	}
	sumItems := new(big.Int)
	for _, i := range items {
		// Complete-case sums: all answers to the item, less those of
		// respondents incomplete in the dimension.
		var s, q uint64
		for a := t.in.min; a <= t.in.max; a++ {
			c := t.hist.Count(i, a)
			s += c * uint64(a)
			q += c * uint64(a) * uint64(a)
		}
		sumItems.Add(sumItems, nvar(s-t.incS[i], q-t.incQ[i]))
	}
	total := nvar(t.dimT[d], t.dimT2[d])
	if total.Sign() == 0 {
		return decimal.Decimal{}, n, errf(ErrNoFigure, "dimension %q: every complete respondent has the same total; alpha is undefined", t.in.dims[d])
	}
	// α = k·(total − Σitems) / ((k−1)·total)
	num := new(big.Int).Sub(total, sumItems)
	num.Mul(num, big.NewInt(k))
	den := new(big.Int).Mul(total, big.NewInt(k-1))
	return decimal.NewFromBigInt(num, 0).DivRound(decimal.NewFromBigInt(den, 0), places), n, nil
}
