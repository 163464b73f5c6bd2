// Package benchtest reports a benchmark's speed as ratios against naive
// references measured in the same run, so that the claim holds on a noisy
// machine. It is used only by _test.go files.
package benchtest

import (
	"testing"
	"time"
)

// refCap bounds a reference's iterations: b.N is sized for the fast path,
// and a reference may be hundreds of times slower.
const refCap = 1 << 18

// Ref is a naive reference implementation of the benchmarked work.
type Ref struct {
	Name string    // the metric is reported as "x-vs-<Name>"
	Run  func(int) // does n units of the work
}

// Compare runs each reference with the benchmark timer stopped, for
// min(b.N, 1<<18) units, then fast(b.N) with the timer running, and reports
// for each reference how many times faster fast was per unit, as the
// metric "x-vs-<name>".
func Compare(b *testing.B, fast func(n int), refs ...Ref) {
	b.Helper()
	b.StopTimer()
	refN := min(b.N, refCap)
	perOp := make([]float64, len(refs))
	for i, r := range refs {
		start := time.Now()
		r.Run(refN)
		perOp[i] = float64(time.Since(start)) / float64(refN)
	}
	b.ResetTimer()
	b.StartTimer()
	fast(b.N)
	b.StopTimer()
	fastPerOp := float64(b.Elapsed()) / float64(b.N)
	if fastPerOp <= 0 {
		return
	}
	for i, r := range refs {
		b.ReportMetric(perOp[i]/fastPerOp, "x-vs-"+r.Name)
	}
}
