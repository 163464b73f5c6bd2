package likert

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// addOneByOne is the reference for AddRows and AddChecked: each row
// checked answer by answer (scanRef), then counted by Add.
func addOneByOne(t *Tally, rows []int8) int {
	k := t.Items()
	n := 0
	for ; len(rows) >= k; rows = rows[k:] {
		if bad, answered := scanRef(t.min, t.max, rows[:k]); bad >= 0 || !answered {
			break
		}
		t.Add(rows[:k])
		n++
	}
	return n
}

// addChecked counts rows with AddChecked, one at a time, up to the first
// it refuses.
func addChecked(t *Tally, rows []int8) int {
	k := t.Items()
	n := 0
	for ; len(rows) >= k; rows = rows[k:] {
		if bad, answered := t.AddChecked(rows[:k]); bad >= 0 || !answered {
			break
		}
		n++
	}
	return n
}

// state is a tally's counts, for cmp.Diff.
type state struct {
	N    uint64
	Hist []uint64
}

func stateOf(t *Tally) state { return state{t.n, append([]uint64(nil), t.hist...)} }

// rowsOf returns n rows of k answers on min…max with some Missing (never
// the first answer, so no row is blank), from a simple generator.
func rowsOf(n, k, min, max int, seed uint32) []int8 {
	out := make([]int8, n*k)
	x := seed | 1
	for i := range out {
		x ^= x << 13
		x ^= x >> 17
		x ^= x << 5
		out[i] = int8(min + int(x>>8)%(max-min+1))
		if x%23 == 0 && i%k != 0 {
			out[i] = Missing
		}
	}
	return out
}

func TestAddRows(t *testing.T) {
	blank := func(rows []int8, k, r int) []int8 {
		for i := r * k; i < r*k+k; i++ {
			rows[i] = Missing
		}
		return rows
	}
	set := func(rows []int8, i int, a int8) []int8 { rows[i] = a; return rows }
	tests := []struct {
		name     string
		k        int
		min, max int
		rows     []int8
		want     int
	}{
		{"empty", 21, 1, 5, nil, 0},
		{"one row", 21, 1, 5, rowsOf(1, 21, 1, 5, 1), 1},
		{"part row ignored", 21, 1, 5, rowsOf(2, 21, 1, 5, 2)[:30], 1},
		{"pair tables, 21 items", 21, 1, 5, rowsOf(1000, 21, 1, 5, 3), 1000},
		{"pair tables, 0–6", 21, 0, 6, rowsOf(700, 21, 0, 6, 4), 700},
		{"pair tables, 9 items", 9, 1, 4, rowsOf(300, 9, 1, 4, 5), 300},
		{"pair tables, 20 items", 20, 1, 5, rowsOf(300, 20, 1, 5, 6), 300},
		{"pair tables, 2 items", 2, 0, 1, rowsOf(300, 2, 0, 1, 7), 300},
		{"pair tables, 5 items", 5, 1, 5, rowsOf(300, 5, 1, 5, 8), 300},
		{"pair tables, 16 items", 16, 1, 5, rowsOf(300, 16, 1, 5, 9), 300},
		{"one item", 1, 1, 5, rowsOf(300, 1, 1, 5, 10), 300},
		{"scale too wide for pairs", 21, 1, 7, rowsOf(300, 21, 1, 7, 11), 300},
		{"stops at a bad answer", 21, 1, 5, set(rowsOf(600, 21, 1, 5, 12), 21*517+20, 6), 517},
		{"stops at a bad answer in the first block", 21, 1, 5, set(rowsOf(600, 21, 1, 5, 13), 21*3, 0), 3},
		{"stops at a blank row", 21, 1, 5, blank(rowsOf(600, 21, 1, 5, 14), 21, 256), 256},
		{"stops at the first row", 9, 1, 4, set(rowsOf(100, 9, 1, 4, 15), 0, -2), 0},
		{"stops, few rows", 21, 1, 5, set(rowsOf(10, 21, 1, 5, 16), 21*9, 9), 9},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _ := New(tt.k, tt.min, tt.max)
			want, _ := New(tt.k, tt.min, tt.max)
			got.Add(rowsOf(1, tt.k, tt.min, tt.max, 99)) // counts before the batch stay
			want.Add(rowsOf(1, tt.k, tt.min, tt.max, 99))
			n := got.AddRows(tt.rows)
			if n != tt.want {
				t.Errorf("AddRows counted %d rows, want %d", n, tt.want)
			}
			if m := addOneByOne(want, tt.rows); m != tt.want {
				t.Fatalf("the reference counted %d rows, want %d", m, tt.want)
			}
			if diff := cmp.Diff(stateOf(want), stateOf(got)); diff != "" {
				t.Errorf("counts mismatch (-one by one +AddRows):\n%s", diff)
			}
			var pairs [][pairCells]uint64
			if got.pairs != nil {
				pairs = *got.pairs
			}
			for _, p := range pairs {
				if p != ([pairCells]uint64{}) {
					t.Fatal("AddRows left counts in its scratch")
				}
			}
		})
	}
}

// FuzzAddRows checks that AddRows, and AddChecked row by row, count
// exactly what addOneByOne counts, on any bytes, any scale and any number
// of items, and stop at the same row.
func FuzzAddRows(f *testing.F) {
	f.Add(uint8(21), uint8(1), uint8(5), uint16(200), uint32(1), uint16(0), uint8(0))
	f.Add(uint8(9), uint8(1), uint8(4), uint16(70), uint32(2), uint16(65*9+3), uint8(7))
	f.Add(uint8(3), uint8(0), uint8(10), uint16(100), uint32(3), uint16(5), uint8(0xff))
	f.Fuzz(func(t *testing.T, items, lo, hi uint8, rows uint16, seed uint32, at uint16, poke uint8) {
		k := int(items)%40 + 1
		min, max := int(lo)%8, int(hi)%12
		if min >= max {
			return
		}
		data := rowsOf(int(rows)%1200, k, min, max, seed)
		if len(data) > 0 {
			data[int(at)%len(data)] = int8(poke) // perhaps a bad answer or a blank row
		}
		got, _ := New(k, min, max)
		want, _ := New(k, min, max)
		n, m := got.AddRows(data), addOneByOne(want, data)
		if n != m {
			t.Fatalf("AddRows counted %d rows, one by one %d", n, m)
		}
		if diff := cmp.Diff(stateOf(want), stateOf(got)); diff != "" {
			t.Fatalf("counts mismatch (-one by one +AddRows):\n%s", diff)
		}
		checked, _ := New(k, min, max)
		if n := addChecked(checked, data); n != m {
			t.Fatalf("AddChecked counted %d rows, one by one %d", n, m)
		}
		if diff := cmp.Diff(stateOf(want), stateOf(checked)); diff != "" {
			t.Fatalf("counts mismatch (-one by one +AddChecked):\n%s", diff)
		}
	})
}
