package survey

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/go-asn/berakhlak/internal/likert"
	"github.com/go-asn/berakhlak/internal/text"
)

// NoAnswer marks an item the respondent did not answer: it is counted as
// missing, never as a value.
const NoAnswer int8 = -1

// RatingScale is the answer scale of a Likert item, min…max, with
// 0 ≤ min < max ≤ 100. It is an immutable value. The zero RatingScale is
// invalid ([RatingScale.IsValid] reports false).
type RatingScale struct{ min, max int8 }

// DefaultRatingScale returns 1–5, the library default for rating
// instruments.
func DefaultRatingScale() RatingScale { return RatingScale{1, 5} }

// Equal reports whether s and o are the same scale. It is the same as
// s == o.
func (s RatingScale) Equal(o RatingScale) bool { return s == o }

// NewRatingScale returns the scale min…max. It is an error wrapping
// [ErrInvalidInstrument] unless 0 ≤ min < max ≤ 100.
func NewRatingScale(min, max int) (RatingScale, error) {
	if min < 0 || max > likert.MaxPoint || min >= max {
		return RatingScale{}, fmt.Errorf("survey: rating scale %d–%d: need 0 ≤ min < max ≤ %d: %w", min, max, likert.MaxPoint, ErrInvalidInstrument)
	}
	return RatingScale{int8(min), int8(max)}, nil
}

// MustNewRatingScale is like [NewRatingScale] but panics on an error. It is
// meant for scales written in source code and for tests.
func MustNewRatingScale(min, max int) RatingScale {
	s, err := NewRatingScale(min, max)
	if err != nil {
		panic(err)
	}
	return s
}

// ParseRatingScale reads a scale written "MIN-MAX" or "MIN–MAX" (with an en
// dash, as [RatingScale.String] writes it), e.g. "1-5". The result is
// checked as by [NewRatingScale].
func ParseRatingScale(s string) (RatingScale, error) {
	lo, hi, ok := strings.Cut(s, "–")
	if !ok {
		lo, hi, ok = strings.Cut(s, "-")
	}
	a, errA := strconv.Atoi(strings.TrimSpace(lo))
	b, errB := strconv.Atoi(strings.TrimSpace(hi))
	if !ok || errA != nil || errB != nil {
		return RatingScale{}, fmt.Errorf("survey: rating scale %s: want MIN-MAX, e.g. 1-5: %w", text.Quote(s), ErrInvalidInstrument)
	}
	return NewRatingScale(a, b)
}

// MustParseRatingScale is like [ParseRatingScale] but panics on an error.
func MustParseRatingScale(s string) RatingScale {
	r, err := ParseRatingScale(s)
	if err != nil {
		panic(err)
	}
	return r
}

// Min returns the lowest answer.
func (s RatingScale) Min() int { return int(s.min) }

// Max returns the highest answer.
func (s RatingScale) Max() int { return int(s.max) }

// IsValid reports whether s is a valid scale.
func (s RatingScale) IsValid() bool { return s.min >= 0 && s.min < s.max }

// Contains reports whether a is an answer on the scale (NoAnswer is not).
func (s RatingScale) Contains(a int8) bool { return a >= s.min && a <= s.max }

// String returns e.g. "1–5"; [ParseRatingScale] reads it back. The zero
// RatingScale is "0–0".
func (s RatingScale) String() string {
	return strconv.Itoa(int(s.min)) + "–" + strconv.Itoa(int(s.max))
}

// AppendText appends the text of [RatingScale.MarshalText] to b.
func (s RatingScale) AppendText(b []byte) ([]byte, error) {
	if s == (RatingScale{}) {
		return b, nil
	}
	return append(b, s.String()...), nil
}

// MarshalText returns "MIN–MAX", and the empty text for the zero
// RatingScale.
func (s RatingScale) MarshalText() ([]byte, error) { return s.AppendText(nil) }

// UnmarshalText sets s from any text [ParseRatingScale] accepts; the empty
// text sets the zero value.
func (s *RatingScale) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*s = RatingScale{}
		return nil
	}
	r, err := ParseRatingScale(string(b))
	if err != nil {
		return err
	}
	*s = r
	return nil
}
