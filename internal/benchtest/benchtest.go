// Package benchtest reports a benchmark's speed as a ratio against a naive
// reference measured in the same run, so that the claim holds on a noisy
// machine. It is used only by _test.go files.
package benchtest

import (
	"testing"
	"time"
)

// refCap bounds the reference's iterations: b.N is sized for the fast
// path, and the reference may be hundreds of times slower.
const refCap = 1 << 16

// Compare runs ref with the benchmark timer stopped, for min(b.N, 65536)
// iterations, then fast(b.N) with the timer running, and reports how many
// times faster fast was per operation as the metric "x-vs-<name>". Both
// functions must do n units of the same work.
func Compare(b *testing.B, name string, ref, fast func(n int)) {
	b.Helper()
	b.StopTimer()
	refN := min(b.N, refCap)
	start := time.Now()
	ref(refN)
	refPerOp := float64(time.Since(start)) / float64(refN)
	b.ResetTimer()
	b.StartTimer()
	fast(b.N)
	b.StopTimer()
	if fastPerOp := float64(b.Elapsed()) / float64(b.N); fastPerOp > 0 {
		b.ReportMetric(refPerOp/fastPerOp, "x-vs-"+name)
	}
}
