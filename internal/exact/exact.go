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
	"errors"
	"fmt"
	"math"
	"math/big"
	"strings"

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
// It does not allocate. It reports false when d has more than 18 digits,
// or when scaling it up would leave less than two decimal digits of
// headroom below math.MaxInt64; callers then fall back to decimal
// arithmetic (see ScaledSlow, which gives the same answer). A result got by
// scaling down is below 10^18 and may exceed that headroom.
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

// MeanOfRatios returns the unweighted mean of nums[i]/dens[i], computed
// exactly over a common denominator with big integers and rounded half-up
// once to places decimal places. Every den must be positive and the slices
// of equal, non-zero length.
func MeanOfRatios(nums, dens []int64, places int32) decimal.Decimal {
	num, den := new(big.Int), big.NewInt(int64(len(nums)))
	for _, d := range dens {
		den.Mul(den, big.NewInt(d))
	}
	for i, n := range nums {
		term := big.NewInt(n)
		for j, d := range dens {
			if j != i {
				term.Mul(term, big.NewInt(d))
			}
		}
		num.Add(num, term)
	}
	return decimal.NewFromBigInt(num, 0).DivRound(decimal.NewFromBigInt(den, 0), places)
}

// String formats d in plain decimal notation without trailing zeros, like
// decimal.Decimal.String with shopspring's default settings, but without
// reading any of its package-level settings (UseScientificNotation,
// TrimTrailingZeros): the library's output never depends on how another
// package configured shopspring/decimal.
func String(d decimal.Decimal) string {
	places := max(int32(0), -d.Exponent())
	s := d.StringFixed(places)
	if places > 0 {
		s = strings.TrimRight(s, "0")
		s = strings.TrimSuffix(s, ".")
	}
	return s
}

// Fixed formats d with exactly as many decimal places as its exponent
// carries (at least none), without reading any of shopspring/decimal's
// package-level settings. Every figure the library reports is rounded with
// DivRound or Round to its published places, which sets that exponent, so
// Fixed prints "61.0" for an index of 61 at one place.
func Fixed(d decimal.Decimal) string {
	return d.StringFixed(max(int32(0), -d.Exponent()))
}

// Describe returns d for an error message: in plain notation when that is
// short, as its digits and a power of ten when the exponent is large, and
// as a count of digits when the coefficient is long, so that a decimal
// with an exponent of a billion, or of a million digits, never becomes a
// huge message nor takes long to format.
func Describe(d decimal.Decimal) string {
	exp, digits := d.Exponent(), d.NumDigits()
	switch {
	case digits > 40:
		sign := ""
		if d.Sign() < 0 {
			sign = "-"
		}
		return fmt.Sprintf("%sa %d-digit number ×10^%d", sign, digits, exp)
	case exp > -40 && exp < 40:
		return String(d)
	}
	return fmt.Sprintf("%se%d", d.Coefficient().String(), exp)
}

// Errors of ParseFixed: the text is not plain decimal notation, or it is
// too long or has too many digits.
var (
	ErrSyntax = errors.New("not plain decimal notation")
	ErrRange  = errors.New("too many digits")
)

// MaxFixedText is the longest text ParseFixed reads, and MaxFixedDigits
// the most significant digits it accepts: 10^17 fits an int64 with room
// to add two figures.
const (
	MaxFixedText   = 40
	MaxFixedDigits = 17
	MaxFixedPlaces = 18
)

// ParseFixed reads a number in plain decimal notation (an optional minus
// sign, digits, and an optional point followed by digits) as its integer
// coefficient and its places: "60.0" is 600 and 1. It reads at most
// MaxFixedText bytes, MaxFixedDigits significant digits and
// MaxFixedPlaces places (ErrRange), and refuses anything else (an
// exponent, a comma, a space, a plus sign) with ErrSyntax. It does not
// allocate, so that a hostile text costs no more than its first bytes.
func ParseFixed(s string) (coef int64, places int32, err error) {
	if len(s) > MaxFixedText {
		return 0, 0, ErrRange
	}
	body, neg := s, false
	if len(body) > 0 && body[0] == '-' {
		body, neg = body[1:], true
	}
	digits, point := 0, -1
	for i := 0; i < len(body); i++ {
		c := body[i]
		switch {
		case c == '.' && point < 0 && i > 0:
			point = i
		case '0' <= c && c <= '9':
			if point >= 0 {
				places++
			}
			if coef > 0 || c != '0' {
				digits++
			}
			if digits > MaxFixedDigits {
				return 0, 0, ErrRange
			}
			coef = coef*10 + int64(c-'0')
		default:
			return 0, 0, ErrSyntax
		}
	}
	if len(body) == 0 || point == len(body)-1 {
		return 0, 0, ErrSyntax
	}
	if places > MaxFixedPlaces {
		return 0, 0, ErrRange
	}
	if neg {
		coef = -coef
	}
	return coef, places, nil
}

// ParseDecimal reads a number as ParseFixed does and returns it as a
// decimal with its written places as the exponent ("60.0" keeps one
// place), and false for a text ParseFixed refuses.
func ParseDecimal(s string) (decimal.Decimal, bool) {
	c, p, err := ParseFixed(s)
	if err != nil {
		return decimal.Decimal{}, false
	}
	return decimal.New(c, -p), true
}

// MaxBoundedDigits bounds the decimals the library takes from a caller
// for arithmetic (a weight, a coefficient, a score): at most this many
// digits, and an exponent within ±MaxBoundedDigits.
const MaxBoundedDigits = 40

// Bounded reports whether d is small enough for the library's arithmetic:
// at most MaxBoundedDigits digits and an exponent within
// ±MaxBoundedDigits, so that no product, sum or division with it, nor its
// text, can grow beyond a few hundred digits. It looks at d's size
// without expanding it.
func Bounded(d decimal.Decimal) bool {
	e := d.Exponent()
	return e >= -MaxBoundedDigits && e <= MaxBoundedDigits && d.NumDigits() <= MaxBoundedDigits
}
