// Package benchtest reports a benchmark's speed as a ratio against a naive
// reference measured in the same run, so that the claim holds on a noisy
// machine. It is used only by _test.go files.
package benchtest

import (
	"testing"
	"time"
)

// Compare runs ref(b.N) with the benchmark timer stopped and then fast(b.N)
// with it running, and reports how many times faster fast was as the
// metric "x-vs-<name>". Both functions must do b.N units of the same work.
func Compare(b *testing.B, name string, ref, fast func(n int)) {
	b.Helper()
	b.StopTimer()
	start := time.Now()
	ref(b.N)
	refDur := time.Since(start)
	b.ResetTimer()
	b.StartTimer()
	fast(b.N)
	b.StopTimer()
	if fastDur := b.Elapsed(); fastDur > 0 {
		b.ReportMetric(float64(refDur)/float64(fastDur), "x-vs-"+name)
	}
}
