package category

import (
	"errors"
	"fmt"
	"slices"
	"strconv"

	"github.com/go-asn/berakhlak/figure"
	"github.com/go-asn/berakhlak/internal/exact"
	"github.com/go-asn/berakhlak/internal/text"
	"github.com/shopspring/decimal"
)

// ErrOutOfRange is returned, wrapped in a [*RangeError], when a score rounds
// to a figure outside its scale. It is [figure.ErrOutOfRange], the one
// error of the module for a number outside its domain.
var ErrOutOfRange = figure.ErrOutOfRange

// ErrInvalidScale is returned, wrapped, by [NewScale] for bands that do not
// form a valid scale, and by the methods of the zero [Scale].
var ErrInvalidScale = errors.New("invalid scale")

// RangeError reports a score outside a scale. It unwraps to [ErrOutOfRange].
type RangeError struct {
	Scale string          // the scale's name
	Value decimal.Decimal // the score as given
	Min   decimal.Decimal // the scale's lowest published figure
	Max   decimal.Decimal // the scale's highest published figure
}

// Error returns a message that quotes the score and the scale's range.
func (e *RangeError) Error() string {
	return fmt.Sprintf("category: score %s is outside scale %q [%s, %s]",
		exact.Describe(e.Value), e.Scale, exact.Describe(e.Min), exact.Describe(e.Max))
}

// Unwrap returns [ErrOutOfRange].
func (e *RangeError) Unwrap() error { return ErrOutOfRange }

// Band is one category of a [Scale]. It covers the published figures from
// Min up to, but not including, the Min of the band above it (or up to the
// scale's maximum, inclusive, for the top band). Compare bands with
// [Band.Equal], or by Letter within one scale; == compares Min by pointer.
type Band struct {
	Letter  string          // short code, e.g. "A"
	Label   string          // official label, e.g. "Sehat"
	English string          // English label, e.g. "Healthy"
	Min     decimal.Decimal // inclusive lower bound, at the scale's places
}

// Equal reports whether b and o are the same band. Use it rather than ==,
// which compares the decimal Min by pointer.
func (b Band) Equal(o Band) bool {
	return b.Letter == o.Letter && b.Label == o.Label && b.English == o.English && b.Min.Equal(o.Min)
}

// AppendText appends the band's letter to dst, e.g. "B": the band's
// identity within its scale ([Scale.Band] finds the band again).
func (b Band) AppendText(dst []byte) ([]byte, error) { return append(dst, b.Letter...), nil }

// MarshalText returns the band's letter, e.g. "B", so that a band in JSON
// is its letter. There is no UnmarshalText: a letter names a band only
// within a scale, so decode it with [Scale.Band].
func (b Band) MarshalText() ([]byte, error) { return b.AppendText(nil) }

// String returns the letter and the label, e.g. "B Cukup Sehat".
func (b Band) String() string {
	if b.Letter == "" {
		return b.Label
	}
	return b.Letter + " " + b.Label
}

// Scale is an immutable, ordered list of bands, safe for concurrent use.
// Its zero value is not a valid
// scale: [Scale.IsValid] reports false and [Scale.Classify] returns an error
// wrapping [ErrInvalidScale].
type Scale struct {
	name   string
	source string
	year   int
	places int32
	max    decimal.Decimal
	maxInt int64
	bands  []Band  // highest Min first; never handed out
	mins   []int64 // bands[i].Min in units of 10^-places
}

// NewScale returns a scale with the given name, places, maximum and bands.
// Bands are listed from the highest to the lowest (A first), each with its
// inclusive lower bound; a band ends where the one above it starts, so the
// bands are contiguous by construction.
//
// NewScale returns an error wrapping [ErrInvalidScale] when:
//   - places is outside 0–9, or the name is empty;
//   - there are no bands, or a band has no Letter or no Label;
//   - two bands share a Letter;
//   - a Min or the maximum has more decimal places than the scale;
//   - the Mins are not strictly decreasing (bands overlap or are out of order);
//   - the top band's Min is above the maximum (the band would be empty).
//
// The scale's source is empty and its year zero; set them with
// [Scale.WithSource].
func NewScale(name string, places int32, max decimal.Decimal, bands ...Band) (Scale, error) {
	invalid := func(format string, args ...any) (Scale, error) {
		return Scale{}, fmt.Errorf("category: scale %q: %s: %w", name, fmt.Sprintf(format, args...), ErrInvalidScale)
	}
	if name == "" {
		return invalid("empty name")
	}
	if places < 0 || places > 9 {
		return invalid("places %d outside 0–9", places)
	}
	if len(bands) == 0 {
		return invalid("no bands")
	}
	maxInt, ok := exact.Scaled(max, places)
	if !ok || !exactAt(max, places) {
		return invalid("maximum %s is not a figure at %d places", exact.Describe(max), places)
	}
	s := Scale{
		name:   name,
		places: places,
		max:    max.Round(places),
		maxInt: maxInt,
		bands:  make([]Band, len(bands)),
		mins:   make([]int64, len(bands)),
	}
	letters := make(map[string]bool, len(bands))
	for i, b := range bands {
		switch {
		case b.Letter == "":
			return invalid("band %d has no letter", i+1)
		case b.Label == "":
			return invalid("band %q has no label", b.Letter)
		case letters[b.Letter]:
			return invalid("letter %q appears twice", b.Letter)
		}
		letters[b.Letter] = true
		m, ok := exact.Scaled(b.Min, places)
		if !ok || !exactAt(b.Min, places) {
			return invalid("band %q: minimum %s is not a figure at %d places", b.Letter, exact.Describe(b.Min), places)
		}
		if i == 0 && m > maxInt {
			return invalid("band %q: minimum %s is above the maximum %s, so the band is empty", b.Letter, exact.String(b.Min), exact.String(max))
		}
		if i > 0 && m >= s.mins[i-1] {
			return invalid("band %q: minimum %s is not below the minimum %s of band %q (bands must be listed highest first, without overlap)",
				b.Letter, exact.String(b.Min), exact.String(bands[i-1].Min), bands[i-1].Letter)
		}
		b.Min = b.Min.Round(places)
		s.bands[i] = b
		s.mins[i] = m
	}
	return s, nil
}

// exactAt reports whether d has no digits beyond places.
func exactAt(d decimal.Decimal, places int32) bool {
	return d.Round(places).Equal(d)
}

// Equal reports whether s and o are the same scale: the same name,
// source, year, places, maximum and bands.
func (s Scale) Equal(o Scale) bool {
	return s.name == o.name && s.source == o.source && s.year == o.year && s.places == o.places &&
		s.max.Equal(o.max) && slices.EqualFunc(s.bands, o.bands, Band.Equal)
}

// MustNewScale is like [NewScale] but panics on an invalid scale. It is
// meant for scales written in source code and for tests.
func MustNewScale(name string, places int32, max decimal.Decimal, bands ...Band) Scale {
	s, err := NewScale(name, places, max, bands...)
	if err != nil {
		panic(err)
	}
	return s
}

// WithSource returns a copy of s that names its source (a regulation, a
// public figure, or "library default") and the year from which it applies.
func (s Scale) WithSource(source string, year int) Scale {
	s.source = source
	s.year = year
	return s
}

// IsValid reports whether s was made by [NewScale] or a built-in function.
func (s Scale) IsValid() bool { return len(s.bands) > 0 }

// Name returns the scale's name.
func (s Scale) Name() string { return s.name }

// Source returns the regulation or publication the scale comes from, or
// "library default".
func (s Scale) Source() string { return s.source }

// Year returns the year from which the scale applies, or 0 if not set.
func (s Scale) Year() int { return s.year }

// Places returns the number of decimal places a score is rounded to before
// it is classified.
func (s Scale) Places() int32 { return s.places }

// Max returns the highest figure on the scale, inclusive.
func (s Scale) Max() decimal.Decimal { return s.max }

// Min returns the lowest figure on the scale, inclusive: the Min of the
// bottom band.
func (s Scale) Min() decimal.Decimal {
	if !s.IsValid() {
		return decimal.Decimal{}
	}
	return s.bands[len(s.bands)-1].Min
}

// Bands returns a copy of the bands, highest first. Changing the copy
// changes nothing in s.
func (s Scale) Bands() []Band {
	out := make([]Band, len(s.bands))
	copy(out, s.bands)
	return out
}

// Band returns the band with the given letter, and an error wrapping
// [ErrOutOfRange] when the scale has none.
func (s Scale) Band(letter string) (Band, error) {
	for _, b := range s.bands {
		if b.Letter == letter {
			return b, nil
		}
	}
	return Band{}, fmt.Errorf("category: scale %q has no band %s: %w", s.name, text.Quote(letter), ErrOutOfRange)
}

// Classify rounds x half-up to s.Places() and returns the band that holds
// the rounded figure. A figure below the bottom band's Min or above the
// maximum returns a [*RangeError] wrapping [ErrOutOfRange], and so does a
// score of more than 18 significant digits whose coefficient has more than
// 40 digits or whose exponent is beyond ±40: no published score comes
// near, and the check keeps the work bounded.
//
// Classify does not allocate on success when x has at most 18 digits.
func (s Scale) Classify(x decimal.Decimal) (Band, error) {
	if !s.IsValid() {
		return Band{}, fmt.Errorf("category: Classify on the zero Scale: %w", ErrInvalidScale)
	}
	v, ok := exact.Scaled(x, s.places)
	if !ok && !x.IsZero() && exact.Bounded(x) {
		// The value has more than 18 digits (at most 40, with an
		// exponent within ±40, so the slow path's arithmetic is
		// bounded), or is far too large.
		magnitude := int64(x.NumDigits()) + int64(x.Exponent()) // digits before the point
		switch {
		case magnitude > 19:
			ok = false // |x| ≥ 10^19: outside every scale
		case magnitude < -int64(s.places)-1:
			v, ok = 0, true // |x| < 10^(-places-1): rounds to zero
		default:
			v, ok = exact.ScaledSlow(x, s.places)
		}
	}
	if !ok || v > s.maxInt || v < s.mins[len(s.mins)-1] {
		return Band{}, &RangeError{Scale: s.name, Value: x, Min: s.Min(), Max: s.max}
	}
	for i, m := range s.mins {
		if v >= m {
			return s.bands[i], nil
		}
	}
	panic("unreachable: v is at least the bottom band's minimum")
}

// String returns the scale's name and its bands, e.g.
// `Indeks BerAKHLAK: A Sehat ≥ 75.0, B Cukup Sehat ≥ 50.0, …`.
func (s Scale) String() string {
	if !s.IsValid() {
		return "category.Scale{}"
	}
	out := s.name + ":"
	for i, b := range s.bands {
		if i > 0 {
			out += ","
		}
		out += " " + b.String() + " ≥ " + b.Min.StringFixed(s.places)
	}
	return out + " (max " + s.max.StringFixed(s.places) + ", " + strconv.Itoa(int(s.places)) + " places)"
}
