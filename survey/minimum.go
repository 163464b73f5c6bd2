package survey

import (
	"encoding/json"
	"fmt"
)

// maxPopulation is the largest population [Slovin] and [KrejcieMorgan]
// accept: one hundred million, far above the 4.3 million ASN, and small
// enough that no step of either formula can overflow.
const maxPopulation = 100_000_000

type minimumKind uint8

const (
	minSlovin minimumKind = iota + 1
	minKrejcieMorgan
	minFixed
)

var minimumRules = [...]string{"", "slovin", "krejcie-morgan", "fixed"}

// Minimum is the minimum number of respondents a survey needs before it has
// a publishable figure. It is an immutable value. The zero Minimum is
// invalid, so a caller cannot skip the check by accident: [Minimum.Check]
// on it returns an error wrapping [ErrInvalidInput].
//
// Employee Engagement's minimum is official (140 per agency, KemenPANRB);
// the Indeks BerAKHLAK's "differs per agency" with no published formula, so
// the caller chooses: [Slovin] with a 5% margin is the library default,
// [KrejcieMorgan] and [FixedMinimum] the alternatives.
type Minimum struct {
	kind       minimumKind
	population int // employees for the Indeks BerAKHLAK, people served for the IKM
	margin     int // Slovin's margin in percent
	required   int
}

// Slovin returns Slovin's minimum for a population N (an agency's
// employees, or the people a unit served) at a margin of marginPercent
// (the library default for the Indeks BerAKHLAK is 5):
//
//	n = ⌈N / (1 + N·e²)⌉
//
// computed exactly with integers. population must be 1 to 100,000,000 and the
// margin 1–50 (whole percent); otherwise the Minimum is invalid and
// [Minimum.Check] returns an error.
func Slovin(population, marginPercent int) Minimum {
	m := Minimum{kind: minSlovin, population: population, margin: marginPercent}
	if population > 0 && population <= maxPopulation && marginPercent >= 1 && marginPercent <= 50 {
		// N / (1 + N·m²/10000) = 10000·N / (10000 + N·m²)
		num := int64(10000) * int64(population)
		den := int64(10000) + int64(population)*int64(marginPercent*marginPercent)
		m.required = int((num + den - 1) / den)
	}
	return m
}

// KrejcieMorgan returns the Krejcie–Morgan (1970) minimum for a population
// N, at 95% confidence (χ² = 3.841, one degree of freedom), P = 0.5
// and a 5% margin:
//
//	n = χ²·N·P(1−P) / (d²(N−1) + χ²·P(1−P))
//
// computed exactly with integers and rounded half-up to a whole respondent,
// as the published table is (44 for 50, 80 for 100, 217 for 500, 278 for
// 1,000, 384 for 1,000,000). It is also the minimum sample of the Survei
// Kepuasan Masyarakat (PermenPANRB No. 14 Tahun 2017). population must be 1
// to 100,000,000.
func KrejcieMorgan(population int) Minimum {
	m := Minimum{kind: minKrejcieMorgan, population: population}
	if population > 0 && population <= maxPopulation {
		// Scaled by 10^5: χ²·P(1−P) = 0.96025, d² = 0.0025.
		num := int64(96025) * int64(population)
		den := int64(250)*int64(population-1) + 96025
		m.required = int((2*num + den) / (2 * den))
	}
	return m
}

// FixedMinimum returns a fixed minimum of n respondents, which must be at
// least 1. Employee Engagement's official minimum is FixedMinimum(140), also
// returned by engagement.OfficialMinimum.
func FixedMinimum(n int) Minimum {
	m := Minimum{kind: minFixed}
	if n >= 1 {
		m.required = n
	}
	return m
}

// IsValid reports whether m was made with valid arguments.
func (m Minimum) IsValid() bool { return m.required >= 1 }

// Population returns the population N a [Slovin] or [KrejcieMorgan]
// minimum was made for, and 0 for a [FixedMinimum] or an invalid Minimum,
// which know none. A survey's [Interval] uses it for the
// finite-population correction.
func (m Minimum) Population() int {
	if !m.IsValid() || m.kind == minFixed {
		return 0
	}
	return m.population
}

// Required returns the minimum number of respondents, 1 or more; 0 only
// for an invalid Minimum, which no survey can meet (see
// [Minimum.IsValid]).
func (m Minimum) Required() int { return m.required }

// String describes the rule, e.g. "Slovin, 5% margin, population 2500":
// the population is the agency's employees for the Indeks BerAKHLAK, and
// the people the unit served for the IKM.
func (m Minimum) String() string {
	switch m.kind {
	case minSlovin:
		return fmt.Sprintf("Slovin, %d%% margin, population %d", m.margin, m.population)
	case minKrejcieMorgan:
		return fmt.Sprintf("Krejcie–Morgan, population %d", m.population)
	case minFixed:
		return fmt.Sprintf("fixed minimum of %d", m.required)
	}
	return "no minimum"
}

// Check returns nil when respondents meet the minimum, an
// [*InsufficientError] when they do not, and an error wrapping
// [ErrInvalidInput] when m is invalid, when respondents is negative, or
// when respondents are more than the population a [Slovin] or
// [KrejcieMorgan] minimum was made for: a sample cannot be larger than the
// population it is drawn from, so one of the two numbers is wrong. A
// [FixedMinimum] has no population.
func (m Minimum) Check(respondents int) error {
	if !m.IsValid() {
		return fmt.Errorf("survey: invalid minimum (%s): %w", m, ErrInvalidInput)
	}
	if respondents < 0 {
		return fmt.Errorf("survey: %d respondents: %w", respondents, ErrInvalidInput)
	}
	if m.kind != minFixed && respondents > m.population {
		return fmt.Errorf("survey: %d respondents, more than the population of %d (%s): %w", respondents, m.population, m, ErrInvalidInput)
	}
	if respondents < m.required {
		return &InsufficientError{Respondents: respondents, Minimum: m}
	}
	return nil
}

// Equal reports whether m and o are the same rule with the same
// arguments.
func (m Minimum) Equal(o Minimum) bool { return m == o }

type minimumJSON struct {
	Rule          string `json:"rule"`
	Population    int    `json:"population,omitempty"`
	MarginPercent int    `json:"margin_percent,omitempty"`
	Required      int    `json:"required"`
}

// MarshalJSON writes the rule, its arguments and the required number, e.g.
// {"rule":"slovin","population":2500,"margin_percent":5,"required":345}. The
// rule is "slovin", "krejcie-morgan" or "fixed". An invalid Minimum is an
// error.
func (m Minimum) MarshalJSON() ([]byte, error) {
	if !m.IsValid() {
		return nil, fmt.Errorf("survey: MarshalJSON of an invalid minimum (%s): %w", m, ErrInvalidInput)
	}
	return json.Marshal(minimumJSON{Rule: minimumRules[m.kind], Population: m.population, MarginPercent: m.margin, Required: m.required})
}

// UnmarshalJSON reads what [Minimum.MarshalJSON] writes and rebuilds the
// Minimum from the rule and its arguments; "required" must agree with
// them.
func (m *Minimum) UnmarshalJSON(data []byte) error {
	var in minimumJSON
	if err := json.Unmarshal(data, &in); err != nil {
		return fmt.Errorf("survey: minimum JSON: %w", err)
	}
	var nm Minimum
	switch in.Rule {
	case minimumRules[minSlovin]:
		nm = Slovin(in.Population, in.MarginPercent)
	case minimumRules[minKrejcieMorgan]:
		nm = KrejcieMorgan(in.Population)
	case minimumRules[minFixed]:
		nm = FixedMinimum(in.Required)
	default:
		return fmt.Errorf("survey: minimum JSON: rule %q: want slovin, krejcie-morgan or fixed: %w", in.Rule, ErrInvalidInput)
	}
	if !nm.IsValid() || nm.required != in.Required {
		return fmt.Errorf("survey: minimum JSON: %s requires %d, not %d: %w", nm, nm.required, in.Required, ErrInvalidInput)
	}
	*m = nm
	return nil
}
