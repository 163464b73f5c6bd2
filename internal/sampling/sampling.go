// Package sampling holds the sampling error of the module's survey
// figures, in exact rationals: a share's Wilson interval, a mean's
// standard error from the integer sums of the answers and their squares,
// both with the finite-population correction, and the conservative
// variance of a combination of figures that the same respondents gave.
// The bounds are rounded half-up (away from zero) once, by
// exact.RootSum; nothing before that rounding is approximate.
//
// The level is 95%, z = 1.96 (standard survey statistics; the Slovin
// minimum is built on the same 5% margin at 95%).
package sampling

import (
	"math/big"

	"github.com/go-asn/berakhlak/internal/exact"
	"github.com/shopspring/decimal"
)

// Level is the confidence level of every interval, in percent.
const Level = 95

// z2 is z² at 95%: 1.96² = 3.8416.
var z2 = big.NewRat(38416, 10000)

// FPC2 returns the square of the finite-population correction,
// (N − n)/(N − 1), for n of a population of N; 1 when N is 0 (unknown,
// so no correction: the interval is wider, which is conservative), and 0
// when n = N (a census has no sampling error). n ≤ N when N > 0.
func FPC2(n, N int64) *big.Rat {
	switch {
	case N <= 0:
		return big.NewRat(1, 1)
	case n >= N:
		return new(big.Rat)
	}
	return big.NewRat(N-n, N-1)
}

// Estimate is a figure's exact value and the exact variance of its
// sampling error. Var is nil when the variance is unknown (a published
// figure without its counts).
type Estimate struct {
	Value *big.Rat
	Var   *big.Rat
}

// Known reports whether e has a variance.
func (e Estimate) Known() bool { return e.Value != nil && e.Var != nil }

// Exact returns an estimate of v with no sampling error known.
func Exact(v *big.Rat) Estimate { return Estimate{Value: v} }

// Mean returns the mean of n answers whose sum and sum of squares are
// given, and the variance of that mean: s²/n × FPC², with the sample
// variance s² = (Σx² − (Σx)²/n)/(n − 1). It reports false when n < 2 and
// the survey is not a census, for then s² does not exist.
func Mean(sum, sumsq, n, N int64) (Estimate, bool) {
	if n < 1 {
		return Estimate{}, false
	}
	mean := big.NewRat(sum, n)
	f2 := FPC2(n, N)
	if f2.Sign() == 0 {
		return Estimate{Value: mean, Var: new(big.Rat)}, true
	}
	if n < 2 {
		return Estimate{}, false
	}
	// s²/n = (n·Σx² − (Σx)²) / (n²(n − 1))
	num := new(big.Int).Mul(big.NewInt(n), big.NewInt(sumsq))
	num.Sub(num, new(big.Int).Mul(big.NewInt(sum), big.NewInt(sum)))
	den := new(big.Int).Mul(big.NewInt(n), big.NewInt(n))
	den.Mul(den, big.NewInt(n-1))
	v := new(big.Rat).SetFrac(num, den)
	return Estimate{Value: mean, Var: v.Mul(v, f2)}, true
}

// Share returns the share x/n and the variance of it, p̂(1 − p̂)/n ×
// FPC² (the variance a change between two surveys adds up; the interval
// of a share alone is Wilson's).
func Share(x, n, N int64) Estimate {
	v := new(big.Rat).SetFrac(mul(x, n-x), mul(n, n)) // p̂(1 − p̂)/n = x(n − x)/n³
	v.Quo(v, new(big.Rat).SetInt64(n))
	return Estimate{Value: big.NewRat(x, n), Var: v.Mul(v, FPC2(n, N))}
}

// Combine returns Σ wᵢ·eᵢ for figures the same respondents gave, which are
// not independent. Without each respondent's own contribution the exact
// variance is out of reach; Combine bounds it by k·Σ wᵢ²·Var(eᵢ), k the
// terms with a variance above zero (Cauchy–Schwarz: Var(Σ wᵢeᵢ) ≤
// (Σ wᵢ sdᵢ)² ≤ k·Σ wᵢ² sdᵢ²), which is never below the variance whatever
// the correlations: the interval is at least as wide as the true one.
// The variance is unknown when one term's is.
func Combine(w []*big.Rat, e []Estimate) Estimate {
	val, v := new(big.Rat), new(big.Rat)
	known, k := true, int64(0)
	for i, x := range e {
		val.Add(val, new(big.Rat).Mul(w[i], x.Value))
		if !x.Known() {
			known = false
			continue
		}
		if x.Var.Sign() != 0 && w[i].Sign() != 0 {
			k++
		}
		t := new(big.Rat).Mul(w[i], w[i])
		v.Add(v, t.Mul(t, x.Var))
	}
	if !known {
		return Estimate{Value: val}
	}
	return Estimate{Value: val, Var: v.Mul(v, big.NewRat(max(k, 1), 1))}
}

// Affine returns a + b·e.
func (e Estimate) Affine(a, b *big.Rat) Estimate {
	val := new(big.Rat).Mul(b, e.Value)
	out := Estimate{Value: val.Add(val, a)}
	if e.Var != nil {
		out.Var = new(big.Rat).Mul(e.Var, new(big.Rat).Mul(b, b))
	}
	return out
}

// Change returns the variance of a difference between two independent
// surveys, Var₁ + Var₂, around the given centre; unknown when either is.
func Change(centre *big.Rat, before, after Estimate) Estimate {
	if !before.Known() || !after.Known() {
		return Estimate{Value: centre}
	}
	return Estimate{Value: centre, Var: new(big.Rat).Add(before.Var, after.Var)}
}

// Bounds returns e.Value ∓ z·√Var, each rounded half away from zero once
// to places, then held within [lo, hi] when they are not nil. e must be
// Known.
func Bounds(e Estimate, places int32, lo, hi *big.Rat) (decimal.Decimal, decimal.Decimal) {
	q := new(big.Rat).Mul(z2, e.Var)
	l := exact.RootSum(e.Value, -1, q, places)
	h := exact.RootSum(e.Value, +1, q, places)
	return clamp(l, lo, hi), clamp(h, lo, hi)
}

func clamp(d decimal.Decimal, lo, hi *big.Rat) decimal.Decimal {
	if lo != nil && d.Rat().Cmp(lo) < 0 {
		return decimal.NewFromBigRat(lo, -d.Exponent())
	}
	if hi != nil && d.Rat().Cmp(hi) > 0 {
		return decimal.NewFromBigRat(hi, -d.Exponent())
	}
	return d
}

// Wilson returns the Wilson score interval of the share x/n in percent,
// rounded half away from zero once to places: the p that solve
// |x/n − p| = z·√(p(1 − p)/n)·FPC, that is Wilson's interval with z·FPC
// for z:
//
//	centre = (x + z′²/2)/(n + z′²)
//	half²  = z′²·(x(n − x)/n + z′²/4)/(n + z′²)²,  z′² = z²·FPC²
//
// It stays within 0–100 for any x, also 0 and n, and is the single point
// x/n for a census (n = N).
func Wilson(x, n, N int64, places int32) (lo, hi decimal.Decimal) {
	zz := new(big.Rat).Mul(z2, FPC2(n, N))
	den := new(big.Rat).Add(new(big.Rat).SetInt64(n), zz) // n + z′²
	centre := new(big.Rat).Add(new(big.Rat).SetInt64(x), new(big.Rat).Quo(zz, big.NewRat(2, 1)))
	centre.Quo(centre, den)
	half2 := new(big.Rat).SetFrac(mul(x, n-x), big.NewInt(n))
	half2.Add(half2, new(big.Rat).Quo(zz, big.NewRat(4, 1)))
	half2.Mul(half2, zz)
	half2.Quo(half2, new(big.Rat).Mul(den, den))
	// In percent: × 100 and × 100².
	centre.Mul(centre, big.NewRat(100, 1))
	half2.Mul(half2, big.NewRat(10000, 1))
	zero, hundred := new(big.Rat), big.NewRat(100, 1)
	return clamp(exact.RootSum(centre, -1, half2, places), zero, hundred),
		clamp(exact.RootSum(centre, +1, half2, places), zero, hundred)
}

// mul returns a·b without overflow.
func mul(a, b int64) *big.Int { return new(big.Int).Mul(big.NewInt(a), big.NewInt(b)) }
