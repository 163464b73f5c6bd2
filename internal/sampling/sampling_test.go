package sampling

import (
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/shopspring/decimal"
)

const prec = 1000

func rat(f *big.Float) decimal.Decimal { return decimal.RequireFromString(f.Text('f', 80)) }

// wilsonByQuadratic is the reference for Wilson: the roots of
// (p̂ − p)² = z²·FPC²·p(1 − p)/n, solved by the quadratic formula in
// 1000-bit floats, in percent.
func wilsonByQuadratic(x, n, N int64, places int32) (decimal.Decimal, decimal.Decimal) {
	f := func(r *big.Rat) *big.Float { return new(big.Float).SetPrec(prec).SetRat(r) }
	zz := new(big.Rat).Mul(big.NewRat(196*196, 10000), FPC2(n, N))
	zn := new(big.Rat).Quo(zz, big.NewRat(n, 1))
	p := big.NewRat(x, n)
	// (1 + z′²/n)p² − (2p̂ + z′²/n)p + p̂² = 0
	A := new(big.Rat).Add(big.NewRat(1, 1), zn)
	B := new(big.Rat).Add(new(big.Rat).Mul(big.NewRat(2, 1), p), zn)
	C := new(big.Rat).Mul(p, p)
	disc := new(big.Rat).Sub(new(big.Rat).Mul(B, B), new(big.Rat).Mul(big.NewRat(4, 1), new(big.Rat).Mul(A, C)))
	sq := new(big.Float).SetPrec(prec).Sqrt(f(disc))
	twoA := f(new(big.Rat).Mul(big.NewRat(2, 1), A))
	lo := new(big.Float).SetPrec(prec).Sub(f(B), sq)
	hi := new(big.Float).SetPrec(prec).Add(f(B), sq)
	h := f(big.NewRat(100, 1))
	lo.Quo(lo, twoA).Mul(lo, h)
	hi.Quo(hi, twoA).Mul(hi, h)
	return rat(lo).Round(places), rat(hi).Round(places)
}

func TestWilsonAgainstQuadratic(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	check := func(x, n, N int64) {
		t.Helper()
		lo, hi := Wilson(x, n, N, 1)
		wlo, whi := wilsonByQuadratic(x, n, N, 1)
		if !lo.Equal(wlo) || !hi.Equal(whi) {
			t.Fatalf("Wilson(%d, %d, %d) = %s–%s, the quadratic gives %s–%s", x, n, N, lo, hi, wlo, whi)
		}
	}
	for i := 0; i < 2000; i++ {
		n := rng.Int64N(5000) + 2
		x := rng.Int64N(n + 1)
		N := int64(0)
		if rng.IntN(3) > 0 {
			N = n + rng.Int64N(20000)
		}
		check(x, n, N)
	}
	// The edges: a share of 0 and of 1; n = N; n at a minimum.
	for _, c := range [][3]int64{{0, 345, 2500}, {345, 345, 2500}, {0, 140, 0}, {140, 140, 0}, {17, 345, 345}, {1, 1, 0}, {0, 1, 0}} {
		check(c[0], c[1], c[2])
	}
}

func TestWilsonEdges(t *testing.T) {
	tests := []struct {
		name    string
		x, n, N int64
		lo, hi  string
	}{
		{"census: one point", 123, 345, 345, "35.7", "35.7"},
		{"none reached: from 0", 0, 345, 2500, "0.0", "1.0"},
		{"all reached: to 100", 345, 345, 2500, "99.0", "100.0"},
		{"half of 345 of 2500", 172, 345, 2500, "45.0", "54.7"},
		{"no population: wider", 172, 345, 0, "44.6", "55.1"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			lo, hi := Wilson(tc.x, tc.n, tc.N, 1)
			if lo.String() != decimal.RequireFromString(tc.lo).String() || hi.String() != decimal.RequireFromString(tc.hi).String() {
				t.Errorf("Wilson(%d, %d, %d) = %s–%s, want %s–%s", tc.x, tc.n, tc.N, lo, hi, tc.lo, tc.hi)
			}
		})
	}
}

// TestMeanAgainstTwoPass checks Mean's one-pass variance, from the sums
// of the answers and their squares, against the two-pass one from the
// answers themselves, Σ(x − x̄)²/(n − 1), in exact fractions; and the
// bounds against 1000-bit floats.
func TestMeanAgainstTwoPass(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	for i := 0; i < 500; i++ {
		n := rng.Int64N(300) + 2
		var sum, sq int64
		xs := make([]int64, n)
		for j := range xs {
			xs[j] = rng.Int64N(5) + 1
			sum += xs[j]
			sq += xs[j] * xs[j]
		}
		N := int64(0)
		if rng.IntN(2) == 0 {
			N = n + rng.Int64N(1000)
		}
		got, ok := Mean(sum, sq, n, N)
		if !ok {
			t.Fatalf("Mean(%d, %d, %d, %d): no estimate", sum, sq, n, N)
		}
		mean := big.NewRat(sum, n)
		ss := new(big.Rat)
		for _, x := range xs {
			d := new(big.Rat).Sub(big.NewRat(x, 1), mean)
			ss.Add(ss, d.Mul(d, d))
		}
		want := ss.Quo(ss, big.NewRat((n-1)*n, 1))
		want.Mul(want, FPC2(n, N))
		if got.Value.Cmp(mean) != 0 || got.Var.Cmp(want) != 0 {
			t.Fatalf("Mean of %v: %s, var %s; two passes give %s, %s", xs, got.Value, got.Var, mean, want)
		}
		lo, hi := Bounds(got, 2, nil, nil)
		se := new(big.Float).SetPrec(prec).Sqrt(new(big.Float).SetPrec(prec).SetRat(want))
		se.Mul(se, big.NewFloat(1.96).SetPrec(prec).SetRat(big.NewRat(196, 100)))
		m := new(big.Float).SetPrec(prec).SetRat(mean)
		wlo := rat(new(big.Float).SetPrec(prec).Sub(m, se)).Round(2)
		whi := rat(new(big.Float).SetPrec(prec).Add(m, se)).Round(2)
		if !lo.Equal(wlo) || !hi.Equal(whi) {
			t.Fatalf("Bounds of %v = %s–%s, floats give %s–%s", xs, lo, hi, wlo, whi)
		}
	}
}

func TestMeanEdges(t *testing.T) {
	if _, ok := Mean(3, 9, 1, 0); ok {
		t.Error("Mean of one answer in an unknown population has a variance")
	}
	if e, ok := Mean(3, 9, 1, 1); !ok || e.Var.Sign() != 0 {
		t.Error("Mean of a census of one: want variance 0")
	}
	if e, ok := Mean(30, 98, 10, 10); !ok || e.Var.Sign() != 0 {
		t.Error("Mean of a census: want variance 0")
	}
	if _, ok := Mean(0, 0, 0, 0); ok {
		t.Error("Mean of no answers has an estimate")
	}
}

// TestCombineBound checks that Combine's variance is never below the
// exact variance of a weighted mean of correlated means, computed from
// respondents' rows, whatever the correlation.
func TestCombineBound(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	for i := 0; i < 300; i++ {
		n := rng.Int64N(50) + 3
		k := rng.IntN(3) + 1
		sums, sqs := make([]int64, k), make([]int64, k)
		rows := make([]int64, n) // each respondent's total over the k items
		for r := int64(0); r < n; r++ {
			base := rng.Int64N(5) + 1
			for j := 0; j < k; j++ {
				x := base
				if rng.IntN(3) == 0 {
					x = rng.Int64N(5) + 1
				}
				sums[j] += x
				sqs[j] += x * x
				rows[r] += x
			}
		}
		w := make([]*big.Rat, k)
		e := make([]Estimate, k)
		for j := range e {
			w[j] = big.NewRat(1, int64(k))
			e[j], _ = Mean(sums[j], sqs[j], n, 0)
		}
		got := Combine(w, e)
		var ts, tq int64
		for _, t := range rows {
			ts += t
			tq += t * t
		}
		exactE, _ := Mean(ts, tq, n, 0) // of the totals: the mean's variance ÷ k²
		want := exactE.Var.Quo(exactE.Var, big.NewRat(int64(k*k), 1))
		if got.Var.Cmp(want) < 0 {
			t.Fatalf("Combine's variance %s is below the exact %s", got.Var.FloatString(6), want.FloatString(6))
		}
	}
}
