package tally

import (
	"errors"
	"fmt"
	"math/big"
	"runtime"
	"strconv"
	"testing"

	"github.com/go-asn/berakhlak/internal/limit"
	"github.com/shopspring/decimal"
)

// exactAlpha is Cronbach's alpha of the rows (reverse-coded, as the tally
// sees them) over the items, over the rows complete in them, as an exact
// fraction from big integers: the formula, written apart from Tally.Alpha.
// It reports false when alpha is undefined.
func exactAlpha(rows [][]int8, items []int) (*big.Rat, bool) {
	k := len(items)
	s, q := make([]*big.Int, k), make([]*big.Int, k)
	for j := range s {
		s[j], q[j] = new(big.Int), new(big.Int)
	}
	ts, tq, n := new(big.Int), new(big.Int), new(big.Int)
	for _, r := range rows {
		complete := true
		for _, i := range items {
			complete = complete && r[i] != Missing
		}
		if !complete {
			continue
		}
		n.Add(n, big.NewInt(1))
		tot := new(big.Int)
		for j, i := range items {
			x := big.NewInt(int64(r[i]))
			s[j].Add(s[j], x)
			q[j].Add(q[j], new(big.Int).Mul(x, x))
			tot.Add(tot, x)
		}
		ts.Add(ts, tot)
		tq.Add(tq, new(big.Int).Mul(tot, tot))
	}
	// n²·var = n·Σx² − (Σx)²
	nvar := func(s, q *big.Int) *big.Int {
		v := new(big.Int).Mul(n, q)
		return v.Sub(v, new(big.Int).Mul(s, s))
	}
	total := nvar(ts, tq)
	if k < 2 || n.Cmp(big.NewInt(2)) < 0 || total.Sign() == 0 {
		return nil, false
	}
	items2 := new(big.Int)
	for j := range s {
		items2.Add(items2, nvar(s[j], q[j]))
	}
	a := new(big.Rat).SetFrac(new(big.Int).Sub(total, items2), total)
	return a.Mul(a, big.NewRat(int64(k), int64(k-1))), true
}

// roundHalfUp rounds x half away from zero to places, as a decimal.
func roundHalfUp(x *big.Rat, places int32) decimal.Decimal {
	return decimal.NewFromBigInt(x.Num(), 0).DivRound(decimal.NewFromBigInt(x.Denom(), 0), places)
}

// checkAlpha checks alpha of every dimension of s's whole survey: at most
// 1, and equal to the exact alpha of the distinct rows want (merging a set
// into itself copies every respondent, which leaves every variance ratio,
// so alpha, as it was); the set's bytes decode to it.
func checkAlpha(t *testing.T, s *Set, rows [][]int8, step string) {
	t.Helper()
	one := decimal.New(1, 0)
	for d, name := range s.in.dims {
		got, _, err := s.all.Alpha(d, 6)
		want, ok := exactAlpha(rows, s.in.dimItems[d])
		switch {
		case !ok:
			if !errors.Is(err, ErrNoFigure) {
				t.Fatalf("%s: dimension %s: alpha %s, %v; want none", step, name, got, err)
			}
		case err != nil:
			t.Fatalf("%s: dimension %s: %v, want %s", step, name, err, want.FloatString(6))
		case got.GreaterThan(one):
			t.Fatalf("%s: dimension %s: alpha %s, above 1", step, name, got)
		case !got.Equal(roundHalfUp(want, 6)):
			t.Fatalf("%s: dimension %s: alpha %s, want %s", step, name, got, roundHalfUp(want, 6))
		}
	}
	back, err := decode(s.AppendBinary(nil))
	if err != nil || !back.Equal(s) {
		t.Fatalf("%s: the set's bytes do not decode to it: %v", step, err)
	}
}

// mergeItself merges s into itself until the merge is refused, with
// checkAlpha after every merge. A refused merge must wrap limit.ErrExceeded
// and change nothing.
func mergeItself(t *testing.T, s *Set, rows [][]int8) {
	t.Helper()
	checkAlpha(t, s, rows, "before merging")
	for i := 1; ; i++ {
		n := s.all.Respondents()
		before := s.AppendBinary(nil)
		err := s.Merge(s)
		if 2*n > limit.MaxRespondents {
			if !errors.Is(err, limit.ErrExceeded) {
				t.Fatalf("self-merge %d of %d respondents: %v, want limit.ErrExceeded", i, n, err)
			}
			if string(s.AppendBinary(nil)) != string(before) {
				t.Fatalf("self-merge %d: a refused merge changed the set", i)
			}
			return
		}
		if err != nil {
			t.Fatalf("self-merge %d of %d respondents: %v", i, n, err)
		}
		checkAlpha(t, s, rows, fmt.Sprintf("self-merge %d, %d respondents", i, 2*n))
	}
}

// recoded returns answers as the tally counts them: reverse-coded items
// flipped.
func recoded(in Instrument, answers []int8) []int8 {
	out := append([]int8(nil), answers...)
	for i, a := range out {
		if a != Missing && in.items[i].Reverse {
			out[i] = int8(in.min+in.max) - a
		}
	}
	return out
}

// TestFaultAlphaAboveOne merges into itself a tally of three respondents
// to 200 items on 0–100 in one dimension until the merge is refused.
// Alpha stays what it is for the three, and the bytes decode. Before the
// limit of 2^35 respondents, the sum of the squares of the dimension's
// totals overflowed 64 bits at the 36th merge (2·10^11 respondents):
// alpha 1.025, and bytes that did not decode.
func TestFaultAlphaAboveOne(t *testing.T) {
	var items []Item
	for i := range 200 {
		items = append(items, Item{Code: "Q" + strconv.Itoa(i), Dimension: "D"})
	}
	in := inst(t, items, 0, 100)
	row := func(f func(i int) int8) []int8 {
		r := make([]int8, 200)
		for i := range r {
			r[i] = f(i)
		}
		return r
	}
	rows := [][]int8{
		row(func(int) int8 { return 100 }),
		row(func(int) int8 { return 0 }),
		row(func(i int) int8 { return int8(100 * (i % 2)) }),
	}
	s := NewSet(in)
	for _, r := range rows {
		if err := s.Add("", "r", r, Missing); err != nil {
			t.Fatal(err)
		}
	}
	mergeItself(t, s, rows)
}

// fuzzAlphaInstrument builds an instrument of up to 200 items on a scale
// within 0–100, in 1 to 4 dimensions of contiguous items, some items
// reverse-coded.
func fuzzAlphaInstrument(nItems, lo, span, dims uint8, reverse uint64) (Instrument, error) {
	n := int(nItems)%200 + 1
	min := int(lo) % 100
	max := min + 1 + int(span)%(100-min)
	nd := int(dims)%4 + 1
	var items []Item
	for i := range n {
		items = append(items, Item{Code: "I" + strconv.Itoa(i), Dimension: "D" + strconv.Itoa(i*nd/n), Reverse: reverse>>(i%64)&1 == 1})
	}
	return NewInstrument(items, min, max, false, decimal.New(int64(max), 0), decimal.New(int64(min), 0))
}

// FuzzAlphaUnderMerge checks, on any instrument of up to 200 items on a
// scale within 0–100 and a few respondents, that merging the tally into
// itself until the limit refuses it keeps Cronbach's alpha of every
// dimension at most 1 and exactly what the formula gives for the distinct
// respondents (never below it either), and the tally's bytes decodable.
func FuzzAlphaUnderMerge(f *testing.F) {
	f.Add(uint8(199), uint8(0), uint8(99), uint8(0), uint64(0), []byte{100, 0, 50, 100, 0xff}, uint8(3))
	f.Add(uint8(7), uint8(1), uint8(3), uint8(1), uint64(0b1010), []byte{1, 2, 3, 4, 5, 0xff, 2}, uint8(9))
	f.Fuzz(func(t *testing.T, nItems, lo, span, dims uint8, reverse uint64, data []byte, nRows uint8) {
		in, err := fuzzAlphaInstrument(nItems, lo, span, dims, reverse)
		if err != nil {
			t.Fatal(err)
		}
		if len(data) == 0 {
			data = []byte{0}
		}
		n := len(in.items)
		s := NewSet(in)
		var rows [][]int8
		for r := range int(nRows)%6 + 1 {
			answers := make([]int8, n)
			for i := range answers {
				b := data[(r*n+i)%len(data)]
				answers[i] = int8(in.min + int(b)%(in.max-in.min+1))
				if b == 0xff {
					answers[i] = Missing
				}
			}
			answers[r%n] = int8(in.min + r%(in.max-in.min+1)) // not blank
			if err := s.Add("", "r", answers, Missing); err != nil {
				t.Fatal(err)
			}
			rows = append(rows, recoded(in, answers))
		}
		mergeItself(t, s, rows)
	})
}

// TestGroupBytes measures what a subgroup costs in memory, against what
// Instrument.GroupBytes (and the packages' MaxGroups docs) say, for a small
// instrument, the engagement benchmark's and the largest.
func TestGroupBytes(t *testing.T) {
	tests := []struct {
		name            string
		items, min, max int
		dims            int
		groups          int
	}{
		{"1 item on 0–1", 1, 0, 1, 1, 20_000},
		{"20 items on 1–5 in 4 dimensions", 20, 1, 5, 4, 20_000},
		{"200 items on 0–100 in 4 dimensions", 200, 0, 100, 4, 200},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var items []Item
			for i := range tt.items {
				items = append(items, Item{Code: "Q" + strconv.Itoa(i), Dimension: "D" + strconv.Itoa(i*tt.dims/tt.items)})
			}
			in, err := NewInstrument(items, tt.min, tt.max, false, decimal.New(int64(tt.max), 0), decimal.New(int64(tt.min), 0))
			if err != nil {
				t.Fatal(err)
			}
			if in, err = in.WithMaxGroups(tt.groups); err != nil {
				t.Fatal(err)
			}
			answers := make([]int8, tt.items)
			for i := range answers {
				answers[i] = int8(tt.min)
			}
			names := make([]string, tt.groups)
			for g := range names {
				names[g] = fmt.Sprintf("group %07d", g)
			}
			s := NewSet(in)
			var before, after runtime.MemStats
			runtime.GC()
			runtime.ReadMemStats(&before)
			for _, name := range names {
				if err := s.Add(name, "r", answers, Missing); err != nil {
					t.Fatal(err)
				}
			}
			runtime.GC()
			runtime.ReadMemStats(&after)
			runtime.KeepAlive(s)
			got := (int64(after.HeapAlloc) - int64(before.HeapAlloc)) / int64(tt.groups)
			want := int64(in.GroupBytes())
			t.Logf("%s: %d bytes per group, GroupBytes %d", tt.name, got, want)
			if got > want+want/100 || got < want*3/4 { // 1% for the heap's own noise
				t.Errorf("%d bytes per group, GroupBytes says %d", got, want)
			}
		})
	}
}
