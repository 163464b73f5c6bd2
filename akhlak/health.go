package akhlak

import (
	"fmt"
	"strconv"

	"github.com/go-asn/berakhlak/category"
	"github.com/shopspring/decimal"
)

// HealthComponent is one of the five sub-indices of the culture-health
// total index (Barrett's Cultural Values Assessment, as used by the Survei
// Budaya Kerja ASN 2022–2023; RULES.md §3.4).
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

// MarshalText returns the sub-index's name, and the empty text for the
// zero HealthComponent. Any other invalid value is an error.
func (c HealthComponent) MarshalText() ([]byte, error) {
	if c == 0 {
		return []byte{}, nil
	}
	if !c.IsValid() {
		return nil, fmt.Errorf("akhlak: %s: %w", c, ErrInvalidInput)
	}
	return []byte(healthNames[c]), nil
}

// UnmarshalText sets c from its name ("implementation", "culture balance",
// "positive energy", "personal alignment", "desired alignment"); the
// empty text sets the zero value.
func (c *HealthComponent) UnmarshalText(text []byte) error {
	for i, n := range healthNames {
		if n == string(text) {
			*c = HealthComponent(i)
			return nil
		}
	}
	return fmt.Errorf("akhlak: health component %q: %w", text, ErrInvalidInput)
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
// The weights are not published (RULES.md §3.4: open), so the caller
// supplies one for every sub-index; there is no default weighting. A
// weight may be zero to leave a sub-index out, but not missing. Every
// score must be within 0–100 and every weight non-negative, with a
// positive sum. Errors wrap [ErrInvalidInput] or [ErrOutOfRange] and name
// the sub-index.
func CultureHealth(scores, weights map[HealthComponent]decimal.Decimal) (decimal.Decimal, category.Band, error) {
	hundred := decimal.New(100, 0)
	num, den := decimal.Zero, decimal.Zero
	for _, c := range HealthComponents() {
		w, ok := weights[c]
		if !ok {
			return decimal.Decimal{}, category.Band{}, fmt.Errorf("akhlak: culture health: no weight for %s: %w", c, ErrInvalidInput)
		}
		if w.Sign() < 0 {
			return decimal.Decimal{}, category.Band{}, fmt.Errorf("akhlak: culture health: weight %s for %s is negative: %w", w.String(), c, ErrInvalidInput)
		}
		s, ok := scores[c]
		if !ok {
			return decimal.Decimal{}, category.Band{}, fmt.Errorf("akhlak: culture health: no score for %s: %w", c, ErrInvalidInput)
		}
		if s.Sign() < 0 || s.GreaterThan(hundred) {
			return decimal.Decimal{}, category.Band{}, fmt.Errorf("akhlak: culture health: score %s for %s is outside 0–100: %w", s.String(), c, ErrOutOfRange)
		}
		num = num.Add(w.Mul(s))
		den = den.Add(w)
	}
	for c := range weights {
		if !c.IsValid() {
			return decimal.Decimal{}, category.Band{}, fmt.Errorf("akhlak: culture health: unknown sub-index %s: %w", c, ErrInvalidInput)
		}
	}
	if den.Sign() == 0 {
		return decimal.Decimal{}, category.Band{}, fmt.Errorf("akhlak: culture health: the weights add up to zero: %w", ErrInvalidInput)
	}
	idx := num.DivRound(den, IndexPlaces)
	return idx, mustClassify(berakhlakScale, idx), nil
}

// AlignmentPercent turns a number of matches between two top-10 lists
// (see [BallotResult.Alignment]) into a 0–100 sub-index for
// [CultureHealth]: matches × 10 (library default).
func AlignmentPercent(matches int) (decimal.Decimal, error) {
	if matches < 0 || matches > TopN {
		return decimal.Decimal{}, fmt.Errorf("akhlak: %d matches outside 0–%d: %w", matches, TopN, ErrInvalidInput)
	}
	return decimal.New(int64(matches)*100/TopN, 0), nil
}
