package tally

import (
	"math/rand/v2"
	"strconv"
	"testing"

	"github.com/go-asn/berakhlak/internal/benchtest"
	"github.com/shopspring/decimal"
)

// BenchmarkAdd measures Add on the engagement benchmark's shape, one op
// per respondent, against addReference.
func BenchmarkAdd(b *testing.B) {
	var items []Item
	for i := 0; i < 20; i++ {
		items = append(items, Item{Code: "E" + strconv.Itoa(i), Dimension: "D" + strconv.Itoa(i/5), Reverse: i%7 == 0})
	}
	in, err := NewInstrument(items, 1, 5, true, decimal.New(4, 0), decimal.New(3, 0))
	if err != nil {
		b.Fatal(err)
	}
	const batch = 1 << 12
	rng := rand.New(rand.NewPCG(5, 6))
	rows := make([]int8, 20*batch)
	for i := range rows {
		rows[i] = int8(rng.IntN(5)) + 1
		if rng.IntN(40) == 0 {
			rows[i] = Missing
		}
	}
	fast, ref := NewTally(in), NewTally(in)
	b.ReportAllocs()
	benchtest.Compare(b,
		func(n int) {
			for i := 0; i < n; i++ {
				j := (i % batch) * 20
				if err := fast.Add("", rows[j:j+20], int8(i%11)); err != nil {
					b.Fatal(err)
				}
			}
		},
		benchtest.Ref{Name: "reference", Run: func(n int) {
			for i := 0; i < n; i++ {
				j := (i % batch) * 20
				if err := ref.addReference("", rows[j:j+20], int8(i%11)); err != nil {
					b.Fatal(err)
				}
			}
		}},
	)
}
