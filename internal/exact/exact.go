// Package exact holds the integer and decimal machinery shared by the
// berakhlak packages: rounding a decimal to a scaled integer without
// allocating, and turning an exact integer ratio into one decimal, rounded
// half-up once at the published places.
//
// Nothing here writes a package-level setting of shopspring/decimal, and
// nothing here depends on decimal.DivisionPrecision: every division names its
// precision.
package exact

import (
	"math"

	"github.com/shopspring/decimal"
)

// pow10 holds 10^0 … 10^18, every power of ten that fits an int64.
var pow10 = [...]int64{
	1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000,
	1_000_000_000, 10_000_000_000, 100_000_000_000, 1_000_000_000_000,
	10_000_000_000_000, 100_000_000_000_000, 1_000_000_000_000_000,
	10_000_000_000_000_000, 100_000_000_000_000_000, 1_000_000_000_000_000_000,
}

// Pow10 returns 10^n for 0 ≤ n ≤ 18, and false otherwise.
func Pow10(n int) (int64, bool) {
	if n < 0 || n >= len(pow10) {
		return 0, false
	}
	return pow10[n], true
}

// Scaled returns d rounded half-up (away from zero) to places decimal places,
// as an integer count of units of 10^-places: Scaled(74.96, 1) is 750.
//
// It does not allocate. It reports false when d or the result does not fit
// in an int64 with room to spare; callers then fall back to decimal
// arithmetic (see ScaledSlow, which gives the same answer).
func Scaled(d decimal.Decimal, places int32) (int64, bool) {
	if d.NumDigits() > 18 {
		return 0, false
	}
	c := d.CoefficientInt64()
	if c == 0 {
		return 0, true
	}
	shift := int64(d.Exponent()) + int64(places)
	switch {
	case shift >= 0:
		p, ok := Pow10(int(shift))
		if !ok {
			return 0, false
		}
		// Keep two decimal digits of headroom so that callers may add or
		// compare without overflow.
		limit := math.MaxInt64 / 100 / p
		if c > limit || c < -limit {
			return 0, false
		}
		return c * p, true
	default:
		k := -shift
		if k > 18 {
			// |c| < 10^18 ≤ 10^k / 10, so the value rounds to zero.
			return 0, true
		}
		p := pow10[k]
		q, r := c/p, c%p
		if r < 0 {
			r = -r
		}
		if 2*r >= p { // |r| < 10^18 so 2r cannot overflow
			if c < 0 {
				q--
			} else {
				q++
			}
		}
		return q, true
	}
}

// ScaledSlow is the reference for Scaled: d rounded half-up to places with
// decimal arithmetic, then shifted to an integer. It reports false when the
// result does not fit in an int64.
func ScaledSlow(d decimal.Decimal, places int32) (int64, bool) {
	r := d.Round(places).Shift(places)
	if !r.IsInteger() {
		return 0, false
	}
	bi := r.BigInt()
	if !bi.IsInt64() {
		return 0, false
	}
	return bi.Int64(), true
}

// Ratio returns num/den, rounded half-up once to places decimal places, as a
// decimal built from the two integers with a single DivRound. den must not
// be zero.
func Ratio(num, den int64, places int32) decimal.Decimal {
	return decimal.NewFromInt(num).DivRound(decimal.NewFromInt(den), places)
}

// Percent returns 100·num/den, rounded half-up once to places decimal places.
// The multiplication by 100 is a shift of the exponent, so the result is
// exact up to that single rounding. den must not be zero.
func Percent(num, den int64, places int32) decimal.Decimal {
	return decimal.New(num, 2).DivRound(decimal.NewFromInt(den), places)
}
