package engagement

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/go-asn/berakhlak/internal/benchtest"
	"github.com/go-asn/berakhlak/survey"
	"github.com/shopspring/decimal"
)

func benchInstrument(b testing.TB) Instrument {
	var items []survey.Item
	for i := 0; i < 20; i++ {
		items = append(items, survey.Item{Code: fmt.Sprintf("E%02d", i+1), Dimension: fmt.Sprintf("D%d", i/5), Reverse: i%7 == 0})
	}
	in, err := NewInstrument(Definition{Items: items, Recommend: true})
	if err != nil {
		b.Fatal(err)
	}
	return in
}

func benchResponses(n int) []Response {
	rng := rand.New(rand.NewPCG(5, 6))
	store := make([]int8, 20*n)
	out := make([]Response, n)
	for i := range out {
		a := store[i*20 : (i+1)*20 : (i+1)*20]
		for j := range a {
			a[j] = int8(rng.IntN(5)) + 1
			if rng.IntN(40) == 0 {
				a[j] = survey.NoAnswer
			}
		}
		out[i] = Response{Answers: a, Recommend: survey.Recommend(rng.IntN(11))}
	}
	return out
}

// benchBatch is how many responses BenchmarkTally cycles through.
const benchBatch = 1 << 16

var (
	sinkDec   decimal.Decimal
	sinkFloat float64
)

// floatTally is BenchmarkTally's float64 reference: Add's tally of n
// respondents of rs in the plain loop a caller would write with floats.
func floatTally(b *testing.B, rs []Response, n int) float64 {
	rs = rs[:benchBatch]
	var sum, sq, cnt [20]float64
	var dimT, dimT2, dimN [4]float64
	var seg [4]float64
	var nps [12]float64
	for i := 0; i < n; i++ {
		r := rs[i%benchBatch]
		var total, answered float64
		var dt [4]float64
		complete := [4]bool{true, true, true, true}
		for k, a := range r.Answers {
			d := k / 5
			if a == survey.NoAnswer {
				complete[d] = false
				continue
			}
			if a < 1 || a > 5 {
				b.Fatal("bad answer")
			}
			x := float64(a)
			if k%7 == 0 {
				x = 6 - x
			}
			sum[k] += x
			sq[k] += x * x
			cnt[k]++
			total += x
			answered++
			dt[d] += x
		}
		for d, ok := range complete {
			if ok {
				dimT[d] += dt[d]
				dimT2[d] += dt[d] * dt[d]
				dimN[d]++
			}
		}
		switch mean := total / answered; {
		case answered == 0:
			seg[3]++
		case mean >= 4:
			seg[0]++
		case mean >= 3:
			seg[1]++
		default:
			seg[2]++
		}
		if a, ok := r.Recommend.Answer(); !ok || a < 0 || a > 10 {
			nps[11]++
		} else {
			nps[a]++
		}
	}
	return sum[0] + sq[0] + cnt[0] + dimT[0] + dimT2[0] + dimN[0] + seg[0] + nps[0]
}

// BenchmarkTally measures Add, one op per respondent of 20 items, against
// one decimal per answer and the same tally in float64.
func BenchmarkTally(b *testing.B) {
	const batch = benchBatch
	rs := benchResponses(batch)
	tl, _ := NewTally(benchInstrument(b))
	b.ReportAllocs()
	benchtest.Compare(b,
		func(n int) {
			for i := 0; i < n; i++ {
				if err := tl.Add(rs[i%batch]); err != nil {
					b.Fatal(err)
				}
			}
		},
		benchtest.Ref{Name: "decimal", Run: func(n int) {
			var sum, sq [20]decimal.Decimal
			for i := 0; i < n; i++ {
				for k, a := range rs[i%batch].Answers {
					if a != survey.NoAnswer {
						d := decimal.New(int64(a), 0)
						sum[k] = sum[k].Add(d)
						sq[k] = sq[k].Add(d.Mul(d))
					}
				}
			}
			sinkDec = sum[0].Add(sq[0])
		}},
		benchtest.Ref{Name: "float64", Run: func(n int) { sinkFloat = floatTally(b, rs, n) }},
	)
	b.ReportMetric(float64(20*b.N)/b.Elapsed().Seconds(), "answers/s")
}

func TestAddDoesNotAllocate(t *testing.T) {
	rs := benchResponses(64)
	tl, _ := NewTally(benchInstrument(t))
	for i := range rs {
		rs[i].Group = "Biro Umum"
	}
	_ = tl.Add(rs[0]) // the group's first response allocates its tally
	i := 0
	allocs := testing.AllocsPerRun(1000, func() {
		if err := tl.Add(rs[i%64]); err != nil {
			t.Fatal(err)
		}
		i++
	})
	if allocs != 0 {
		t.Errorf("Add allocates %v times per respondent, want 0", allocs)
	}
}
