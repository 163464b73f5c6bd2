package category

import (
	"testing"

	"github.com/go-asn/berakhlak/internal/benchtest"
	"github.com/shopspring/decimal"
)

var sinkBand Band

func benchScores() []decimal.Decimal {
	out := make([]decimal.Decimal, 1000)
	for i := range out {
		out[i] = decimal.New(int64(i*97%10001), -2) // 0.00 … 100.00
	}
	return out
}

// BenchmarkClassify measures Classify on the BerAKHLAK scale against
// referenceClassify's decimal rounding and comparison.
func BenchmarkClassify(b *testing.B) {
	scores := benchScores()
	s := BerAKHLAK()
	b.ReportAllocs()
	benchtest.Compare(b,
		func(n int) {
			for i := 0; i < n; i++ {
				sinkBand, _ = s.Classify(scores[i%len(scores)])
			}
		},
		benchtest.Ref{Name: "decimal", Run: func(n int) {
			for i := 0; i < n; i++ {
				sinkBand, _ = referenceClassify(s, scores[i%len(scores)])
			}
		}})
}
