package exact

import (
	"math/big"

	"github.com/shopspring/decimal"
)

// RootSum returns a + sign·√q, for q ≥ 0 and sign +1 or −1, rounded half
// away from zero once to places decimal places, exactly: no step before
// the rounding is approximate. It finds the candidate from the integer
// square root of the scaled q, then settles it by comparing squares of
// rationals, so a bound that falls on a half (√q rational) rounds as
// decimal.Decimal.Round would, and one that falls a hair beside it rounds
// to the right side however small the hair.
func RootSum(a *big.Rat, sign int, q *big.Rat, places int32) decimal.Decimal {
	scale := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(places)), nil)
	A := new(big.Rat).Mul(a, new(big.Rat).SetInt(scale))
	Q := new(big.Rat).Mul(q, new(big.Rat).SetInt(new(big.Int).Mul(scale, scale)))
	// The estimate: A + sign·⌊√⌊Q⌋⌋, rounded; off by at most one or two.
	s := new(big.Int).Sqrt(new(big.Int).Quo(Q.Num(), Q.Denom()))
	x := new(big.Rat).SetInt(s)
	if sign < 0 {
		x.Neg(x)
	}
	r := roundRat(x.Add(x, A))
	half := big.NewRat(1, 2)
	t := new(big.Rat)
	for {
		// Half away from zero: r is right when r − ½ ≤ X < r + ½ for a
		// tie on the positive side, r − ½ < X ≤ r + ½ on the negative.
		t.SetInt(r).Sub(t, half)
		if c := cmpRoot(A, sign, Q, t); c < 0 || c == 0 && t.Sign() < 0 {
			r.Sub(r, big.NewInt(1))
			continue
		}
		t.SetInt(r).Add(t, half)
		if c := cmpRoot(A, sign, Q, t); c > 0 || c == 0 && t.Sign() > 0 {
			r.Add(r, big.NewInt(1))
			continue
		}
		return decimal.NewFromBigInt(r, -places)
	}
}

// cmpRoot returns the sign of A + sign·√Q − t, exactly.
func cmpRoot(A *big.Rat, sign int, Q, t *big.Rat) int {
	d := new(big.Rat).Sub(A, t)                               // the sign of d + sign·√Q
	sq := func() int { return Q.Cmp(new(big.Rat).Mul(d, d)) } // √Q against |d|
	if sign >= 0 {
		if d.Sign() >= 0 {
			if d.Sign() == 0 && Q.Sign() == 0 {
				return 0
			}
			return 1
		}
		return sq()
	}
	if d.Sign() <= 0 {
		if d.Sign() == 0 && Q.Sign() == 0 {
			return 0
		}
		return -1
	}
	return -sq()
}

// roundRat returns x rounded half away from zero to an integer.
func roundRat(x *big.Rat) *big.Int {
	num := new(big.Int).Abs(x.Num())
	num.Mul(num, big.NewInt(2)).Add(num, x.Denom())
	q := num.Quo(num, new(big.Int).Mul(x.Denom(), big.NewInt(2)))
	if x.Sign() < 0 {
		q.Neg(q)
	}
	return q
}
