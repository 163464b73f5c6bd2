package tally

import (
	"fmt"
	"math/rand/v2"
	"strconv"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
)

// batchAddAll counts rows through a Batch, flushing when it is full and
// after every flushEvery rows (0: only when full), and returns how many it
// counted before the first refused row.
func batchAddAll(s *Set, groups []string, rows [][]int8, recs []int8, flushEvery int) int {
	var b Batch
	answers := func(i int) []int8 { return rows[i] }
	for i := range rows {
		if !b.Add(s, i, groups[i], rows[i], recs[i]) {
			b.Flush(s, answers)
			return i
		}
		if b.Full() || (flushEvery > 0 && i%flushEvery == 0) {
			b.Flush(s, answers)
		}
	}
	b.Flush(s, answers)
	return len(rows)
}

// setCounts is a set's counts, for cmp.Diff.
func setCounts(s *Set) map[string]tallyCounts {
	out := map[string]tallyCounts{"": countsOf(s.all)}
	for name, g := range s.groups {
		out["group "+name] = countsOf(g)
	}
	return out
}

// FuzzBatchMatchesAdd checks that a Batch counts exactly what Set.Add
// counts one respondent at a time, and stops at the same respondent, on
// any instrument (dimensions runs of items or interleaved, more or fewer
// than 64 items), any answers, with or without groups, flushed at any
// points.
func FuzzBatchMatchesAdd(f *testing.F) {
	f.Add([]byte{0, 1, 2, 3, 0x21, 0x40}, uint8(20), uint8(1), uint8(3), false, []byte{1, 2, 3, 4, 5, 0xff, 9, 0}, uint8(5), uint8(0))
	f.Add([]byte{1, 1, 1}, uint8(70), uint8(0), uint8(99), true, []byte{100, 0, 0xff, 50}, uint8(0xff), uint8(3))
	f.Add([]byte{0xe0, 0x20}, uint8(8), uint8(2), uint8(4), false, []byte{0xff, 3, 0xff, 0xff, 2}, uint8(11), uint8(7))
	f.Fuzz(func(t *testing.T, spec []byte, nItems, lo, span uint8, mixed bool, data []byte, rec, flush uint8) {
		in, err := fuzzInstrument(spec, nItems, lo, span, mixed)
		if err != nil {
			t.Skip(err)
		}
		n := len(in.items)
		var rows [][]int8
		var recs []int8
		var groups []string
		for r := 0; len(data) > 0 && r < 60; r++ {
			answers := make([]int8, n)
			for i := range answers {
				b := data[(r*n+i)%len(data)]
				switch {
				case b == 0xff || b%11 == 3:
					answers[i] = Missing
				case b >= 0xf0:
					answers[i] = int8(b) // a negative other than Missing
				default:
					answers[i] = int8(in.min + int(b)%(in.max-in.min+1))
					if b%97 == 1 {
						answers[i] = int8(in.max + 1 + int(b)%5) // above the scale
					}
				}
			}
			rows = append(rows, answers)
			recs = append(recs, int8(rec)-1+int8(r%3))
			groups = append(groups, []string{"", "", "A", "B"}[(r+int(flush))%4])
		}
		want := NewSet(in)
		wantN := len(rows)
		for i := range rows {
			if err := want.Add(groups[i], "r", rows[i], recs[i]); err != nil {
				wantN = i
				break
			}
		}
		got := NewSet(in)
		if gotN := batchAddAll(got, groups, rows, recs, int(flush)%8); gotN != wantN {
			t.Fatalf("Batch counted %d rows, Add %d", gotN, wantN)
		}
		if !got.Equal(want) { // cmp.Diff only to explain a difference: it is slow
			t.Fatalf("counts (-Add +Batch):\n%s", cmp.Diff(setCounts(want), setCounts(got)))
		}
	})
}

// TestBatchFull counts enough respondents with missing answers for the
// Batch to fill many times, on the engagement benchmark's shape.
func TestBatchFull(t *testing.T) {
	var items []Item
	for i := 0; i < 20; i++ {
		items = append(items, Item{Code: "E" + strconv.Itoa(i), Dimension: "D" + strconv.Itoa(i/5), Reverse: i%7 == 0})
	}
	in, err := NewInstrument(items, 1, 5, true, decimal.New(4, 0), decimal.New(3, 0))
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(1, 2))
	const n = 5000
	rows, recs, groups := make([][]int8, n), make([]int8, n), make([]string, n)
	for r := range rows {
		rows[r] = make([]int8, 20)
		for i := range rows[r] {
			rows[r][i] = int8(rng.IntN(5)) + 1
			if rng.IntN(8) == 0 {
				rows[r][i] = Missing
			}
		}
		recs[r] = int8(rng.IntN(12)) - 1
	}
	want := NewSet(in)
	for r := range rows {
		if err := want.Add("", fmt.Sprint(r), rows[r], recs[r]); err != nil {
			t.Fatal(err)
		}
	}
	got := NewSet(in)
	if k := batchAddAll(got, groups, rows, recs, 0); k != n {
		t.Fatalf("Batch counted %d rows, want %d", k, n)
	}
	if diff := cmp.Diff(setCounts(want), setCounts(got)); diff != "" {
		t.Errorf("counts (-Add +Batch):\n%s", diff)
	}
}
