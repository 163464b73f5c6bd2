package akhlak

import (
	"fmt"
	"strconv"

	"github.com/go-asn/berakhlak/category"
	"github.com/go-asn/berakhlak/figure"
	"github.com/go-asn/berakhlak/internal/enum"
	"github.com/go-asn/berakhlak/internal/exact"
	"github.com/go-asn/berakhlak/internal/fold"
	"github.com/go-asn/berakhlak/survey"
	"github.com/shopspring/decimal"
)

// HealthComponent is one of the five sub-indices of the culture-health
// total index (Barrett's Cultural Values Assessment, as used by the Survei
// Budaya Kerja ASN 2022–2023). The zero HealthComponent is invalid.
type HealthComponent uint8

// The five sub-indices, each on 0–100.
const (
	HealthImplementation    HealthComponent = iota + 1 // the Indeks BerAKHLAK
	HealthCultureBalance                               // balance of the culture
	HealthPositiveEnergy                               // 100 − cultural entropy
	HealthPersonalAlignment                            // personal–organisational values alignment
	HealthDesiredAlignment                             // current–desired culture alignment
)

var healthNames = [...]string{"", "implementation", "culture balance", "positive energy", "personal alignment", "desired alignment"}

// HealthComponents returns the five sub-indices in order.
func HealthComponents() [5]HealthComponent {
	return [5]HealthComponent{HealthImplementation, HealthCultureBalance, HealthPositiveEnergy, HealthPersonalAlignment, HealthDesiredAlignment}
}

// IsValid reports whether c is one of the five sub-indices.
func (c HealthComponent) IsValid() bool {
	return c >= HealthImplementation && c <= HealthDesiredAlignment
}

// AppendText appends the sub-index's name to b, nothing for the zero
// HealthComponent. Any other invalid value is an error.
func (c HealthComponent) AppendText(b []byte) ([]byte, error) {
	return enum.Append(b, c, healthNames[:], func() error {
		return &ParseError{Input: c.String(), Err: ErrUnknownHealthComponent}
	})
}

// MarshalText returns the sub-index's name, and the empty text for the
// zero HealthComponent. Any other invalid value is an error.
func (c HealthComponent) MarshalText() ([]byte, error) { return c.AppendText(nil) }

// UnmarshalText sets c from any name [ParseHealthComponent] accepts; the
// empty text sets the zero value.
func (c *HealthComponent) UnmarshalText(text []byte) error {
	return enum.Unmarshal(c, text, ParseHealthComponent)
}

// ParseHealthComponent returns the sub-index named "implementation",
// "culture balance", "positive energy", "personal alignment" or "desired
// alignment", in any case, with spaces, "_" or "-" anywhere. Anything else
// is a [*ParseError] wrapping [ErrUnknownHealthComponent].
func ParseHealthComponent(s string) (HealthComponent, error) {
	var buf [32]byte
	key, ok := fold.Append(buf[:0], s, false)
	if ok {
		for i, n := range healthFolded {
			if i > 0 && string(key) == n {
				return HealthComponent(i), nil
			}
		}
	}
	return 0, &ParseError{Input: s, Err: ErrUnknownHealthComponent}
}

var healthFolded = [...]string{"", "implementation", "culturebalance", "positiveenergy", "personalalignment", "desiredalignment"}

// MustParseHealthComponent is like [ParseHealthComponent] but panics on an
// error.
func MustParseHealthComponent(s string) HealthComponent {
	return enum.Must(ParseHealthComponent(s))
}

// String returns the sub-index's name, e.g. "positive energy".
func (c HealthComponent) String() string {
	if !c.IsValid() {
		return "akhlak.HealthComponent(" + strconv.Itoa(int(c)) + ")"
	}
	return healthNames[c]
}

// CultureHealth returns the culture-health total index: the weighted mean
// of the five sub-indices, Σ wᵢ·sᵢ / Σ wᵢ, computed exactly and rounded
// half-up once to one decimal place, and its category on
// [category.BerAKHLAK] (the same bands, derived from published pairs).
//
// The weights are not published (an open rule), so the caller
// supplies one for every sub-index; there is no default weighting. A
// weight may be zero to leave a sub-index out, but not missing. Every
// score must be a valid figure within 0–100 (the sub-indices the library
// computes are figures: [BallotResult.PositiveEnergy],
// [AlignmentPercent]; a published one is [figure.Parse] of its text) and
// every weight non-negative, with a positive sum. Errors wrap
// [survey.ErrInvalidInput] or [category.ErrOutOfRange] and name the
// sub-index.
func CultureHealth(scores map[HealthComponent]figure.Figure, weights map[HealthComponent]decimal.Decimal) (figure.Figure, category.Band, error) {
	fail := func(format string, args ...any) (figure.Figure, category.Band, error) {
		return figure.Figure{}, category.Band{}, fmt.Errorf("akhlak: culture health: "+format, args...)
	}
	hundred := decimal.New(100, 0)
	num, den := decimal.Zero, decimal.Zero
	for _, c := range HealthComponents() {
		w, ok := weights[c]
		switch {
		case !ok:
			return fail("no weight for %s: %w", c, survey.ErrInvalidInput)
		case w.Sign() < 0 || !exact.Bounded(w):
			return fail("weight %s for %s is negative, or has more than %d digits or places: %w", exact.Describe(w), c, exact.MaxBoundedDigits, survey.ErrInvalidInput)
		}
		f, ok := scores[c]
		s := f.Decimal()
		switch {
		case !ok:
			return fail("no score for %s: %w", c, survey.ErrInvalidInput)
		case !f.IsValid():
			return fail("the score for %s is the zero (invalid) Figure: %w", c, survey.ErrInvalidInput)
		case s.Sign() < 0 || s.GreaterThan(hundred) || !exact.Bounded(s):
			return fail("score %s for %s is outside 0–100, or has more than %d places: %w", exact.Describe(s), c, exact.MaxBoundedDigits, category.ErrOutOfRange)
		}
		num = num.Add(w.Mul(s))
		den = den.Add(w)
	}
	for c := range scores {
		if !c.IsValid() {
			return fail("score for unknown sub-index %s: %w", c, survey.ErrInvalidInput)
		}
	}
	for c := range weights {
		if !c.IsValid() {
			return fail("unknown sub-index %s: %w", c, survey.ErrInvalidInput)
		}
	}
	if den.Sign() == 0 {
		return fail("the weights add up to zero: %w", survey.ErrInvalidInput)
	}
	idx := figure.MustNew(num.DivRound(den, indexPlaces), indexPlaces)
	return idx, mustClassify(berakhlakScale, idx), nil
}

// AlignmentPercent turns a number of matches between two top-10 lists
// (see [BallotResult.Alignment]) into a 0–100 sub-index for
// [CultureHealth], at one place as the other sub-indices: matches × 10
// (library default), for 0 to 10 matches.
func AlignmentPercent(matches int) (figure.Figure, error) {
	if matches < 0 || matches > topN {
		return figure.Figure{}, fmt.Errorf("akhlak: %d matches outside 0–%d: %w", matches, topN, survey.ErrInvalidInput)
	}
	return figure.MustNew(decimal.New(int64(matches)*100/topN, 0), indexPlaces), nil
}
