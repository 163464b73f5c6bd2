package figure

import (
	"cmp"
	"errors"
	"fmt"
	"strconv"

	"github.com/go-asn/berakhlak/internal/exact"
	"github.com/go-asn/berakhlak/internal/text"
	"github.com/shopspring/decimal"
)

// ErrOutOfRange means a number cannot be a figure: its places are outside
// 0–18, or it has more than 17 significant digits at its places. Every
// package of the module that refuses a number for its size wraps it
// (category.ErrOutOfRange is the same error).
var ErrOutOfRange = errors.New("out of range")

// ErrSyntax means a text is not a figure: not plain decimal notation
// (an optional minus sign, digits, and an optional point followed by
// digits).
var ErrSyntax = errors.New("not a decimal figure")

// maxPlaces is the most decimal places a figure may have, and maxCoef
// bounds its digits: |value| × 10^places < maxCoef, 17 digits, so that two
// figures always compare and add as int64 without overflow.
const (
	maxPlaces = exact.MaxFixedPlaces
	maxCoef   = 100_000_000_000_000_000 // 10^17, MaxFixedDigits digits
)

// Figure is a number as it is published: an exact decimal value together
// with the number of decimal places it is published with. Its String,
// text and JSON forms always show those places ("60.0", "12.500", "3.50"),
// which a decimal.Decimal's do not ("60", "12.5", "3.5").
//
// A Figure is a small comparable value: == and [Figure.Equal] agree, and
// both treat 60.0 and 60.00 as different figures (the places are part of
// what is published); [Figure.Cmp] compares values only. Use
// [Figure.Decimal] for arithmetic.
//
// The zero Figure is not valid: [Figure.IsValid] reports false, its String
// is "invalid Figure", and its text form is empty, so that a missing
// figure never reads as 0.
type Figure struct {
	coef   int64 // the value × 10^places, |coef| < maxCoef
	places int8  // 0 … maxPlaces
	valid  bool
}

// New returns d rounded half-up (away from zero) once to places decimal
// places. It returns an error wrapping [ErrOutOfRange] when places is
// outside 0–18, when the rounded value has more than 17 significant
// digits at those places, or when d itself is written with more than 80
// digits; the error never spells out a huge number.
func New(d decimal.Decimal, places int32) (Figure, error) {
	if places < 0 || places > maxPlaces {
		return Figure{}, fmt.Errorf("figure: %d places: outside 0–%d: %w", places, maxPlaces, ErrOutOfRange)
	}
	c, ok := scaled(d, places)
	if !ok {
		return Figure{}, fmt.Errorf("figure: %s at %d places has more than 17 digits: %w", exact.Describe(d), places, ErrOutOfRange)
	}
	return Figure{coef: c, places: int8(places), valid: true}, nil
}

// scaled returns d rounded half-up to places as an integer count of
// 10^-places, and false when that count has more than 17 digits. It looks
// at the size of d before any arithmetic, so a decimal with a huge
// exponent or a long coefficient costs no more than a short one.
func scaled(d decimal.Decimal, places int32) (int64, bool) {
	if d.Sign() == 0 {
		return 0, true
	}
	digits := int64(d.NumDigits())
	if digits > 2*exact.MaxFixedText {
		return 0, false
	}
	shift := int64(d.Exponent()) + int64(places)
	switch {
	case digits+shift > 18: // at least 10^17 units, even before rounding
		return 0, false
	case digits+shift < 0: // below 0.1 units: rounds to zero
		return 0, true
	}
	c, ok := exact.Scaled(d, places)
	if !ok {
		c, ok = exact.ScaledSlow(d, places)
	}
	if !ok || c >= maxCoef || c <= -maxCoef {
		return 0, false
	}
	return c, true
}

// MustNew is like [New] but panics on an error. It is meant for tests and
// for figures written in source code.
func MustNew(d decimal.Decimal, places int32) Figure {
	f, err := New(d, places)
	if err != nil {
		panic(err)
	}
	return f
}

// Parse reads a figure in plain decimal notation: an optional minus sign,
// digits, and an optional point followed by digits. The places are the
// digits after the point, as written: Parse("60.0") has one place and
// Parse("60") none. Text longer than 40 bytes, or with more than 17
// significant digits, wraps [ErrOutOfRange]; anything else that is not
// such a number (an exponent, a comma, spaces, a plus sign) wraps
// [ErrSyntax]. The error quotes at most 80 bytes of s.
func Parse(s string) (Figure, error) {
	c, p, err := exact.ParseFixed(s)
	switch {
	case errors.Is(err, exact.ErrRange):
		return Figure{}, fmt.Errorf("figure: %s: longer than %d bytes, or more than 17 significant digits or 18 places: %w",
			text.Quote(s), exact.MaxFixedText, ErrOutOfRange)
	case err != nil:
		return Figure{}, fmt.Errorf("figure: %s: %w", text.Quote(s), ErrSyntax)
	}
	return Figure{coef: c, places: int8(p), valid: true}, nil
}

// MustParse is like [Parse] but panics on an error. It is meant for tests
// and for figures written in source code.
func MustParse(s string) Figure {
	f, err := Parse(s)
	if err != nil {
		panic(err)
	}
	return f
}

// IsValid reports whether f was made by [New] or [Parse], or returned by
// the library as a figure.
func (f Figure) IsValid() bool { return f.valid }

// Decimal returns the figure's exact value as a decimal with the figure's
// exponent, for arithmetic; the zero Figure returns the zero decimal.
// Format a figure with its own String, not the decimal's, which drops
// trailing zeros.
func (f Figure) Decimal() decimal.Decimal {
	return decimal.New(f.coef, -int32(f.places))
}

// Places returns the number of decimal places the figure is published
// with: 1 for a BerAKHLAK score, 2 for an IKM, 3 for angka kredit.
func (f Figure) Places() int32 { return int32(f.places) }

// Sign returns -1, 0 or +1 as the figure is negative, zero or positive
// (0 for the zero Figure).
func (f Figure) Sign() int {
	switch {
	case f.coef < 0:
		return -1
	case f.coef > 0:
		return 1
	}
	return 0
}

// Cmp compares the values of f and o, whatever their places: -1 when f
// is less, 0 when equal (60.0 and 60.00), +1 when greater. An invalid
// figure compares as zero.
func (f Figure) Cmp(o Figure) int {
	a, b := f.coef, o.coef
	// Bring both to the larger number of places. |coef| < 10^17 and the
	// places differ by at most 18, so widen with the decimal when the
	// multiplication could overflow.
	pa, pb := int(f.places), int(o.places)
	if pa != pb {
		d := pa - pb
		if d < 0 {
			d = -d
		}
		if d > 1 {
			return f.Decimal().Cmp(o.Decimal())
		}
		if pa < pb {
			a *= 10
		} else {
			b *= 10
		}
	}
	return cmp.Compare(a, b)
}

// Equal reports whether f and o are the same figure: the same value with
// the same places (60.0 is not 60.00). It is the same as f == o; use
// [Figure.Cmp] to compare values alone.
func (f Figure) Equal(o Figure) bool { return f == o }

// String returns the figure in plain decimal notation with exactly its
// places, e.g. "60.0", "12.500" or "-3.50", whatever shopspring/decimal's
// package-level settings; the zero Figure returns "invalid Figure".
func (f Figure) String() string {
	if !f.valid {
		return "invalid Figure"
	}
	return string(f.appendTo(nil))
}

// AppendText appends the figure's text, as [Figure.String] gives it, to
// b; the zero Figure appends nothing.
func (f Figure) AppendText(b []byte) ([]byte, error) {
	if !f.valid {
		return b, nil
	}
	return f.appendTo(b), nil
}

// MarshalText returns the figure's text, as [Figure.String] gives it, and
// the empty text for the zero Figure. In JSON a figure is therefore a
// string that keeps its places: "60.0".
func (f Figure) MarshalText() ([]byte, error) { return f.AppendText(nil) }

// UnmarshalText reads the text [Figure.MarshalText] writes, with [Parse];
// the empty text sets the zero Figure. On an error f is unchanged.
func (f *Figure) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*f = Figure{}
		return nil
	}
	x, err := Parse(string(b))
	if err != nil {
		return err
	}
	*f = x
	return nil
}

func (f Figure) appendTo(b []byte) []byte {
	c := f.coef
	if c < 0 {
		b = append(b, '-')
		c = -c
	}
	var buf [24]byte
	digits := strconv.AppendInt(buf[:0], c, 10)
	p := int(f.places)
	if p == 0 {
		return append(b, digits...)
	}
	if len(digits) <= p { // 0.05: pad with zeros before the digits
		b = append(b, '0', '.')
		for range p - len(digits) {
			b = append(b, '0')
		}
		return append(b, digits...)
	}
	b = append(b, digits[:len(digits)-p]...)
	b = append(b, '.')
	return append(b, digits[len(digits)-p:]...)
}
