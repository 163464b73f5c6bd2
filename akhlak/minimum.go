package akhlak

import (
	"errors"
	"fmt"
)

// ErrInsufficientRespondents means a survey has fewer respondents than its
// minimum, or too few answers for a figure, so it has no publishable
// figure. Below a [Minimum] it is wrapped in an [*InsufficientError] that
// carries both numbers; other errors that wrap it say in their message
// what is missing.
var ErrInsufficientRespondents = errors.New("insufficient respondents")

// InsufficientError reports a survey below its minimum number of
// respondents. It unwraps to [ErrInsufficientRespondents].
type InsufficientError struct {
	Respondents int     // respondents counted
	Minimum     Minimum // the minimum they fall short of
}

// Error returns e.g. "akhlak: insufficient respondents: 120 of the 345
// required (Slovin, 5% margin, 2500 employees)".
func (e *InsufficientError) Error() string {
	return fmt.Sprintf("akhlak: insufficient respondents: %d of the %d required (%s)", e.Respondents, e.Minimum.Required(), e.Minimum)
}

// Unwrap returns [ErrInsufficientRespondents].
func (e *InsufficientError) Unwrap() error { return ErrInsufficientRespondents }

type minimumKind uint8

const (
	minSlovin minimumKind = iota + 1
	minKrejcieMorgan
	minFixed
)

// Minimum is the minimum number of respondents a survey needs before it
// has a publishable figure. KemenPANRB states that the minimum for the
// Indeks BerAKHLAK "differs per agency" but publishes no formula (RULES.md
// §3.5: open), so the caller chooses one: [Slovin] with a 5% margin is the
// library default, [KrejcieMorgan] and [FixedMinimum] the alternatives. The zero
// Minimum is invalid, so a caller cannot skip the check by accident.
type Minimum struct {
	kind      minimumKind
	employees int
	margin    int // Slovin margin in percent
	required  int
}

// Slovin returns Slovin's minimum for a population of employees at a
// margin of marginPercent (the library default is 5):
//
//	n = ⌈N / (1 + N·e²)⌉
//
// computed exactly with integers. employees must be 1 to [MaxEmployees]
// and the margin 1–50 (whole percent); otherwise the Minimum is invalid
// and [Minimum.Check] returns an error.
func Slovin(employees, marginPercent int) Minimum {
	m := Minimum{kind: minSlovin, employees: employees, margin: marginPercent}
	if employees > 0 && employees <= MaxEmployees && marginPercent >= 1 && marginPercent <= 50 {
		// N / (1 + N·m²/10000) = 10000·N / (10000 + N·m²)
		num := int64(10000) * int64(employees)
		den := int64(10000) + int64(employees)*int64(marginPercent*marginPercent)
		m.required = int((num + den - 1) / den)
	}
	return m
}

// KrejcieMorgan returns the Krejcie–Morgan (1970) minimum for a population
// of employees, at 95% confidence (χ² = 3.841, one degree of freedom),
// P = 0.5 and a 5% margin:
//
//	n = χ²·N·P(1−P) / (d²(N−1) + χ²·P(1−P))
//
// computed exactly with integers and rounded half-up to a whole
// respondent, as the published table is (44 for 50, 80 for 100, 217 for
// 500, 278 for 1,000, 384 for 1,000,000). employees must be 1 to
// [MaxEmployees].
func KrejcieMorgan(employees int) Minimum {
	m := Minimum{kind: minKrejcieMorgan, employees: employees}
	if employees > 0 && employees <= MaxEmployees {
		// Scaled by 10^5: χ²·P(1−P) = 0.96025, d² = 0.0025.
		num := int64(96025) * int64(employees)
		den := int64(250)*int64(employees-1) + 96025
		m.required = int((2*num + den) / (2 * den))
	}
	return m
}

// MaxEmployees is the largest population [Slovin] and [KrejcieMorgan]
// accept: one hundred million, far above the 4.3 million ASN, and small
// enough that no step can overflow.
const MaxEmployees = 100_000_000

// FixedMinimum returns a fixed minimum of n respondents, which must be at
// least 1. Employee Engagement's official minimum is FixedMinimum(140).
func FixedMinimum(n int) Minimum {
	m := Minimum{kind: minFixed}
	if n >= 1 {
		m.required = n
	}
	return m
}

// IsValid reports whether m was made with valid arguments.
func (m Minimum) IsValid() bool { return m.required >= 1 }

// Required returns the minimum number of respondents, or 0 for an invalid
// Minimum.
func (m Minimum) Required() int { return m.required }

// String describes the rule, e.g. "Slovin, 5% margin, 2500 employees".
func (m Minimum) String() string {
	switch m.kind {
	case minSlovin:
		return fmt.Sprintf("Slovin, %d%% margin, %d employees", m.margin, m.employees)
	case minKrejcieMorgan:
		return fmt.Sprintf("Krejcie–Morgan, %d employees", m.employees)
	case minFixed:
		return fmt.Sprintf("fixed minimum of %d", m.required)
	}
	return "no minimum"
}

// Check returns nil when respondents meet the minimum, an
// [*InsufficientError] when they do not, and an error wrapping
// [ErrInvalidInput] when m is invalid.
func (m Minimum) Check(respondents int) error {
	if !m.IsValid() {
		return fmt.Errorf("akhlak: invalid minimum (%s): %w", m, ErrInvalidInput)
	}
	if respondents < m.required {
		return &InsufficientError{Respondents: respondents, Minimum: m}
	}
	return nil
}
