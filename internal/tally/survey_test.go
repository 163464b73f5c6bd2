package tally

import (
	"errors"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
)

func inst(t *testing.T, items []Item, min, max int) Instrument {
	t.Helper()
	in, err := NewInstrument(items, min, max, true, decimal.New(int64(max), 0), decimal.New(int64(min), 0))
	if err != nil {
		t.Fatal(err)
	}
	return in
}

// naiveAlpha is Cronbach's alpha in float64 over the respondents who
// answered every item (listwise deletion), with population variances.
func naiveAlpha(rows [][]int8, items []int) (float64, int) {
	var complete [][]float64
	for _, r := range rows {
		var xs []float64
		ok := true
		for _, i := range items {
			if r[i] == Missing {
				ok = false
				break
			}
			xs = append(xs, float64(r[i]))
		}
		if ok {
			complete = append(complete, xs)
		}
	}
	n := float64(len(complete))
	variance := func(get func([]float64) float64) float64 {
		var s, q float64
		for _, c := range complete {
			v := get(c)
			s += v
			q += v * v
		}
		return q/n - (s/n)*(s/n)
	}
	var sumVar float64
	for j := range items {
		sumVar += variance(func(c []float64) float64 { return c[j] })
	}
	totVar := variance(func(c []float64) float64 {
		var s float64
		for _, v := range c {
			s += v
		}
		return s
	})
	k := float64(len(items))
	return k / (k - 1) * (1 - sumVar/totVar), len(complete)
}

// TestAlphaMatchesNaive compares the exact integer alpha with the naive
// float64 computation on random data: missing answers, reverse coding,
// and dimensions whose items are not next to each other.
func TestAlphaMatchesNaive(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	for trial := 0; trial < 300; trial++ {
		min, max := rng.IntN(2), 3+rng.IntN(8)
		nItems := 2 + rng.IntN(8)
		var items []Item
		for i := 0; i < nItems; i++ {
			items = append(items, Item{Code: string(rune('A' + i)), Dimension: []string{"P", "Q"}[rng.IntN(2)], Reverse: rng.IntN(3) == 0})
		}
		in := inst(t, items, min, max)
		tl := NewTally(in)
		var rows [][]int8 // reverse-coded, as the tally sees them
		for r := 0; r < 5+rng.IntN(60); r++ {
			raw := make([]int8, nItems)
			seen := make([]int8, nItems)
			for i := range raw {
				raw[i] = int8(min + rng.IntN(max-min+1))
				if rng.IntN(8) == 0 {
					raw[i] = Missing
				}
				seen[i] = raw[i]
				if raw[i] != Missing && items[i].Reverse {
					seen[i] = int8(min+max) - raw[i]
				}
			}
			if !slices.ContainsFunc(raw, func(a int8) bool { return a != Missing }) {
				raw[0], seen[0] = int8(min), int8(min)
				if items[0].Reverse {
					seen[0] = int8(max)
				}
			}
			if err := tl.Add("r", raw, Missing); err != nil {
				t.Fatal(err)
			}
			rows = append(rows, seen)
		}
		for d, name := range in.dims {
			got, n, err := tl.Alpha(d, 6)
			want, wantN := naiveAlpha(rows, in.dimItems[d])
			if int(n) != wantN {
				t.Fatalf("trial %d %s: %d complete respondents, naive %d", trial, name, n, wantN)
			}
			if err != nil {
				if !errors.Is(err, ErrNoFigure) || (len(in.dimItems[d]) >= 2 && wantN >= 2 && !math.IsNaN(want) && !math.IsInf(want, 0)) {
					t.Fatalf("trial %d %s: %v, naive %v", trial, name, err, want)
				}
				continue
			}
			if f, _ := got.Float64(); math.Abs(f-want) > 1e-5 {
				t.Fatalf("trial %d %s: alpha %s, naive %v", trial, name, got, want)
			}
		}
	}
}

func TestInstrumentChecks(t *testing.T) {
	tests := []struct {
		name  string
		items []Item
		want  string
	}{
		{"near-duplicate dimensions", []Item{{Code: "A", Dimension: "Komitmen"}, {Code: "B", Dimension: "komitmen "}}, `dimensions "Komitmen" and "komitmen "`},
		{"long code", []Item{{Code: strings.Repeat("x", 61), Dimension: "D"}}, "longer than 60"},
		{"no items", nil, "no items"},
	}
	for _, tc := range tests {
		_, err := NewInstrument(tc.items, 1, 5, false, decimal.New(4, 0), decimal.New(3, 0))
		if !errors.Is(err, errInvalid) || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: %v", tc.name, err)
		}
	}
}

func TestNPSRoundsHalfAwayFromZero(t *testing.T) {
	in := inst(t, []Item{{Code: "A", Dimension: "D"}}, 1, 5)
	tl := NewTally(in)
	// 1 promoter, 2 detractors and 197 passives of 200: (1 − 2)/200 =
	// −0.5%, an exact half, which rounds away from zero to −1.
	for _, r := range []int8{9, 0, 0} {
		_ = tl.Add("r", []int8{3}, r)
	}
	for i := 0; i < 197; i++ {
		_ = tl.Add("r", []int8{3}, 7)
	}
	if score, p, pa, d, ok := tl.NPS(); !ok || score != -1 || p != 1 || pa != 197 || d != 2 {
		t.Errorf("NPS = %d (%d/%d/%d) %v, want −1", score, p, pa, d, ok)
	}
}
