package exact

import (
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/shopspring/decimal"
)

// rootByFloat is the independent reference: a + sign·√q with 1000-bit
// floats, printed with 60 more digits than wanted and rounded half away
// from zero by shopspring's Round. It is right whenever the value is not
// within 10^-60 of a half, which the table's ties and the random inputs
// below respect or state.
func rootByFloat(a *big.Rat, sign int, q *big.Rat, places int32) decimal.Decimal {
	const prec = 1000
	fa := new(big.Float).SetPrec(prec).SetRat(a)
	fq := new(big.Float).SetPrec(prec).SetRat(q)
	s := new(big.Float).SetPrec(prec).Sqrt(fq)
	if sign < 0 {
		s.Neg(s)
	}
	x := fa.Add(fa, s)
	return decimal.RequireFromString(x.Text('f', int(places)+60)).Round(places)
}

func TestRootSum(t *testing.T) {
	r := func(s string) *big.Rat { x, _ := new(big.Rat).SetString(s); return x }
	tests := []struct {
		name   string
		a      string
		sign   int
		q      string
		places int32
		want   string
	}{
		{"no root", "61/2", 1, "0", 1, "30.5"},
		{"perfect square up", "50", 1, "9/4", 1, "51.5"},
		{"tie at a half rounds away from zero", "0", 1, "1/400", 1, "0.1"},  // 0.05
		{"negative tie rounds away from zero", "0", -1, "1/400", 1, "-0.1"}, // −0.05
		{"tie from the left", "1", -1, "9025/10000", 1, "0.1"},              // 1 − 0.95 = 0.05
		{"a hair below a tie", "0", 1, "24999999/10000000000", 1, "0.0"},    // √ < 0.05
		{"a hair above a tie", "0", 1, "25000001/10000000000", 1, "0.1"},    // √ > 0.05
		{"irrational", "0", 1, "2", 3, "1.414"},
		{"irrational subtracted", "10", -1, "2", 2, "8.59"},
		{"zero places", "7/2", -1, "0", 0, "4"},
		{"negative result", "-5", -1, "16", 1, "-9.0"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := RootSum(r(tc.a), tc.sign, r(tc.q), tc.places)
			if want := decimal.RequireFromString(tc.want); !got.Equal(want) || got.Exponent() != -tc.places {
				t.Errorf("RootSum(%s, %d, %s, %d) = %s, want %s", tc.a, tc.sign, tc.q, tc.places, got, tc.want)
			}
			if ref := rootByFloat(r(tc.a), tc.sign, r(tc.q), tc.places); !ref.Equal(got) {
				t.Errorf("RootSum(%s, %d, %s, %d) = %s, the 1000-bit reference %s", tc.a, tc.sign, tc.q, tc.places, got, ref)
			}
		})
	}
}

// TestRootSumRandom compares RootSum with the float reference on random
// rationals; and on values built to fall exactly on a half, where the
// reference, rounding an exact decimal, is exact too.
func TestRootSumRandom(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for i := 0; i < 3000; i++ {
		a := big.NewRat(rng.Int64N(2_000_000)-1_000_000, rng.Int64N(10_000)+1)
		q := big.NewRat(rng.Int64N(1_000_000_000), rng.Int64N(100_000)+1)
		sign := 1 - 2*rng.IntN(2)
		places := int32(rng.IntN(4))
		if got, want := RootSum(a, sign, q, places), rootByFloat(a, sign, q, places); !got.Equal(want) {
			t.Fatalf("RootSum(%s, %d, %s, %d) = %s, the reference %s", a, sign, q, places, got, want)
		}
		// A tie: a + sign·d = k + ½ units, with d = √q rational.
		k := rng.Int64N(2000) - 1000
		d := big.NewRat(rng.Int64N(100_000), 1000)
		unit := new(big.Rat).SetFrac64(1, pow10[places])
		tie := new(big.Rat).Mul(new(big.Rat).Add(new(big.Rat).SetInt64(k), big.NewRat(1, 2)), unit)
		a2 := new(big.Rat).Sub(tie, new(big.Rat).Mul(big.NewRat(int64(sign), 1), d))
		q2 := new(big.Rat).Mul(d, d)
		if got, want := RootSum(a2, sign, q2, places), rootByFloat(a2, sign, q2, places); !got.Equal(want) {
			t.Fatalf("tie: RootSum(%s, %d, %s, %d) = %s, the reference %s", a2, sign, q2, places, got, want)
		}
	}
}
