package ikm

import (
	"math/rand/v2"
	"testing"

	"github.com/go-asn/berakhlak/internal/benchtest"
	"github.com/go-asn/berakhlak/survey"
	"github.com/shopspring/decimal"
)

// benchRows returns n respondents of 9 answers, 1–4, with one answer in
// 50 missing, in one backing array as a streaming reader keeps them.
func benchRows(n int) []int8 {
	rng := rand.New(rand.NewPCG(14, 2017))
	out := make([]int8, 9*n)
	for i := range out {
		out[i] = int8(rng.IntN(4)) + 1
		if rng.IntN(50) == 0 {
			out[i] = survey.NoAnswer
		}
	}
	for i := 0; i < n; i++ {
		out[9*i] = 3 // no blank rows
	}
	return out
}

var (
	sinkDecimal decimal.Decimal
	sinkFloat   float64
)

// BenchmarkTally measures Add, one op per respondent of 9 answers, against
// one decimal per answer and float64.
func BenchmarkTally(b *testing.B) {
	const batch = 1 << 16
	rows := benchRows(batch)
	tl := NewTally()
	b.ReportAllocs()
	benchtest.Compare(b,
		func(n int) {
			for i := 0; i < n; i++ {
				j := (i % batch) * 9
				if err := tl.Add("", rows[j:j+9]); err != nil {
					b.Fatal(err)
				}
			}
		},
		benchtest.Ref{Name: "decimal", Run: func(n int) {
			var sum, cnt [9]decimal.Decimal
			one := decimal.New(1, 0)
			for i := 0; i < n; i++ {
				j := (i % batch) * 9
				for k, a := range rows[j : j+9] {
					if a != survey.NoAnswer {
						if a < 1 || a > 4 {
							b.Fatal("bad answer")
						}
						sum[k] = sum[k].Add(decimal.New(int64(a), 0))
						cnt[k] = cnt[k].Add(one)
					}
				}
			}
			sinkDecimal = sum[0]
		}},
		benchtest.Ref{Name: "float64", Run: func(n int) {
			var sum, cnt [9]float64
			for i := 0; i < n; i++ {
				j := (i % batch) * 9
				for k, a := range rows[j : j+9] {
					if a != survey.NoAnswer {
						if a < 1 || a > 4 {
							b.Fatal("bad answer")
						}
						sum[k] += float64(a)
						cnt[k]++
					}
				}
			}
			sinkFloat = sum[0] / cnt[0]
		}},
	)
	b.ReportMetric(float64(9*b.N)/b.Elapsed().Seconds(), "answers/s")
}

var sinkResult Result

// BenchmarkResult measures Result, the exact index from the counts, once
// per survey.
func BenchmarkResult(b *testing.B) {
	rows := benchRows(1000)
	tl := NewTally()
	for i := 0; i < 1000; i++ {
		_ = tl.Add("", rows[9*i:9*i+9])
	}
	min := survey.KrejcieMorgan(1000)
	b.ReportAllocs()
	for b.Loop() {
		r, err := tl.Result(min)
		if err != nil {
			b.Fatal(err)
		}
		sinkResult = r
	}
}
