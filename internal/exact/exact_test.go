package exact

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
)

func TestScaled(t *testing.T) {
	tests := []struct {
		name   string
		in     string
		places int32
		want   int64
		wantOK bool
	}{
		{"half rounds up", "74.95", 1, 750, true},
		{"below half rounds down", "74.94999", 1, 749, true},
		{"exact", "75", 1, 750, true},
		{"zero", "0", 2, 0, true},
		{"negative half away from zero", "-0.05", 1, -1, true},
		{"integer places", "10.5", 0, 11, true},
		{"tiny rounds to zero", "0.0000000000000000000001", 2, 0, true},
		{"too large", "1e30", 1, 0, false},
		{"too many digits", "1234567890123456789012", 1, 0, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := Scaled(decimal.RequireFromString(tc.in), tc.places)
			if diff := cmp.Diff(struct {
				V  int64
				OK bool
			}{tc.want, tc.wantOK}, struct {
				V  int64
				OK bool
			}{got, ok}); diff != "" {
				t.Errorf("Scaled(%s, %d) mismatch (-want +got):\n%s", tc.in, tc.places, diff)
			}
		})
	}
}

func TestScaledDoesNotAllocate(t *testing.T) {
	d := decimal.RequireFromString("74.96")
	allocs := testing.AllocsPerRun(100, func() {
		if _, ok := Scaled(d, 1); !ok {
			t.Fatal("Scaled failed")
		}
	})
	if allocs != 0 {
		t.Errorf("Scaled allocates %v times per call, want 0", allocs)
	}
}

func TestRatioAndPercent(t *testing.T) {
	tests := []struct {
		name     string
		got      decimal.Decimal
		want     string
		decimals int32
	}{
		{"2/12 to 3 places", Ratio(2, 12, 3), "0.167", 3},
		{"1/8 half-up", Ratio(1, 8, 2), "0.13", 2},
		{"percent 1/3", Percent(1, 3, 1), "33.3", 1},
		{"percent 2/3", Percent(2, 3, 1), "66.7", 1},
		{"percent exact", Percent(3, 4, 1), "75.0", 1},
	}
	for _, tc := range tests {
		if got := tc.got.StringFixed(tc.decimals); got != tc.want {
			t.Errorf("%s = %s, want %s", tc.name, got, tc.want)
		}
	}
}

func TestPow10(t *testing.T) {
	if _, ok := Pow10(19); ok {
		t.Error("Pow10(19) reported ok")
	}
	if _, ok := Pow10(-1); ok {
		t.Error("Pow10(-1) reported ok")
	}
	if v, ok := Pow10(18); !ok || v != 1_000_000_000_000_000_000 {
		t.Errorf("Pow10(18) = %d, %v", v, ok)
	}
}

// FuzzScaled checks that the allocation-free path agrees with the decimal
// reference whenever it answers.
func FuzzScaled(f *testing.F) {
	f.Add(int64(7495), int32(-2), int32(1))
	f.Add(int64(-5), int32(-2), int32(1))
	f.Add(int64(123456789), int32(3), int32(2))
	f.Add(int64(1), int32(-25), int32(0))
	f.Fuzz(func(t *testing.T, c int64, exp, places int32) {
		if exp < -40 || exp > 40 || places < 0 || places > 10 {
			return
		}
		d := decimal.New(c, exp)
		got, ok := Scaled(d, places)
		if !ok {
			return
		}
		want, wantOK := ScaledSlow(d, places)
		if !wantOK || got != want {
			t.Fatalf("Scaled(%s, %d) = %d, reference %d (ok %v)", d, places, got, want, wantOK)
		}
	})
}

func TestMeanOfRatios(t *testing.T) {
	tests := []struct {
		name       string
		nums, dens []int64
		places     int32
		want       string
	}{
		// (1/3 + 2/3) / 2 = 0.5 exactly, where rounding each first would
		// give (0.3 + 0.7) / 2 = 0.5 too; (1/3 + 1/3)/2 = 0.333…
		{"halves", []int64{1, 2}, []int64{3, 3}, 1, "0.5"},
		{"thirds", []int64{1, 1}, []int64{3, 3}, 2, "0.33"},
		// (0.25 + 0.35)/2 = 0.30 at 1 place; rounding each first to one
		// place would give (0.3 + 0.4)/2 = 0.35 → 0.4.
		{"rounded once", []int64{1, 7}, []int64{4, 20}, 1, "0.3"},
		{"2022 national", []int64{579, 741, 567, 638, 658, 389, 694}, []int64{10, 10, 10, 10, 10, 10, 10}, 1, "60.9"},
	}
	for _, tc := range tests {
		if got := MeanOfRatios(tc.nums, tc.dens, tc.places).StringFixed(tc.places); got != tc.want {
			t.Errorf("%s: = %s, want %s", tc.name, got, tc.want)
		}
	}
}

func TestStringIgnoresGlobals(t *testing.T) {
	tests := []struct{ in, want string }{
		{"57.90", "57.9"}, {"50", "50"}, {"5E1", "50"}, {"0.000", "0"}, {"-1.250", "-1.25"}, {"1e-7", "0.0000001"},
	}
	for _, tc := range tests {
		if got := String(decimal.RequireFromString(tc.in)); got != tc.want {
			t.Errorf("String(%s) = %s, want %s", tc.in, got, tc.want)
		}
	}
}
