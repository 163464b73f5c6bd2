package category

import (
	"errors"
	"testing"

	"github.com/go-asn/berakhlak/internal/exact"
	"github.com/shopspring/decimal"
)

// referenceClassify is the naive classification: round with decimal
// arithmetic, then compare with every band's Min.
func referenceClassify(s Scale, x decimal.Decimal) (Band, bool) {
	r := x.Round(s.Places())
	if r.GreaterThan(s.Max()) {
		return Band{}, false
	}
	for _, b := range s.Bands() {
		if r.GreaterThanOrEqual(b.Min) {
			return b, true
		}
	}
	return Band{}, false
}

func builtins() []Scale { return []Scale{BerAKHLAK(), Entropy(), IKM(), Alignment()} }

// FuzzClassifyMonotone checks that a higher score never gets a lower band,
// and that Classify never panics on any score.
func FuzzClassifyMonotone(f *testing.F) {
	f.Add(int64(7496), int32(-2), int64(7494), int32(-2))
	f.Add(int64(389), int32(-1), int64(500), int32(-1))
	f.Add(int64(1), int32(-30), int64(-1), int32(5))
	f.Fuzz(func(t *testing.T, c1 int64, e1 int32, c2 int64, e2 int32) {
		if e1 < -40 || e1 > 40 || e2 < -40 || e2 > 40 {
			return
		}
		a, b := decimal.New(c1, e1), decimal.New(c2, e2)
		if a.GreaterThan(b) {
			a, b = b, a
		}
		for _, s := range builtins() {
			ba, errA := s.Classify(a)
			bb, errB := s.Classify(b)
			if errA != nil || errB != nil {
				for _, err := range []error{errA, errB} {
					if err != nil && !errors.Is(err, ErrOutOfRange) {
						t.Fatalf("%s: unexpected error %v", s.Name(), err)
					}
				}
				continue
			}
			if ba.Min.GreaterThan(bb.Min) {
				t.Fatalf("%s: %s is in %s but the higher %s is in %s", s.Name(), a, ba, b, bb)
			}
		}
	})
}

// FuzzClassifyMatchesReference checks that the integer fast path gives the
// same band as naive decimal arithmetic.
func FuzzClassifyMatchesReference(f *testing.F) {
	f.Add(int64(7495), int32(-2))
	f.Add(int64(-5), int32(-2))
	f.Add(int64(8830500), int32(-5))
	f.Add(int64(1005), int32(-1))
	f.Fuzz(func(t *testing.T, c int64, e int32) {
		if e < -40 || e > 40 {
			return
		}
		x := decimal.New(c, e)
		for _, s := range builtins() {
			got, err := s.Classify(x)
			want, ok := referenceClassify(s, x)
			if ok != (err == nil) {
				t.Fatalf("%s: Classify(%s) error %v, reference ok=%v", s.Name(), x, err, ok)
			}
			if ok && got.Letter != want.Letter {
				t.Fatalf("%s: Classify(%s) = %s, reference %s", s.Name(), x, got, want)
			}
		}
		// The rounding helper is shared: check it at the same time.
		if v, ok := exact.Scaled(x, 1); ok {
			if w, _ := exact.ScaledSlow(x, 1); v != w {
				t.Fatalf("Scaled(%s, 1) = %d, reference %d", x, v, w)
			}
		}
	})
}
