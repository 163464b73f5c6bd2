package kinerja

import (
	"fmt"
	"strings"

	"github.com/go-asn/berakhlak/internal/exact"
	"github.com/shopspring/decimal"
)

// Kind is the kind of test a distribution [Clause] makes.
type Kind uint8

// The kinds of clause in the distribution pattern.
const (
	// Most: the predikat is the most common one, strictly more than any
	// other single predikat (and, with [MostMeansMajority], more than half).
	Most Kind = iota + 1
	// AtMost: the share of the predikat is at most the limit.
	AtMost
	// AtLeast: the share of the predikat is at least the limit.
	AtLeast
	// Some: at least one employee has one of the predikat.
	Some
	// None: no employee has the predikat.
	None
)

var kindNames = [...]string{"", "most", "at most", "at least", "some", "none"}

// String returns "most", "at most", "at least", "some" or "none".
func (k Kind) String() string {
	if k < Most || k > None {
		return fmt.Sprintf("kinerja.Kind(%d)", uint8(k))
	}
	return kindNames[k]
}

// Clause is one requirement of the distribution pattern of an organisation
// predikat.
type Clause struct {
	Kind     Kind
	Predikat []Predikat // counted together
	Percent  int        // the limit, for AtMost and AtLeast; 0 otherwise
}

// String describes the clause, e.g. "at most 70% Sangat Baik" or "some
// Butuh Perbaikan or Kurang/Misconduct".
func (c Clause) String() string {
	names := make([]string, len(c.Predikat))
	for i, p := range c.Predikat {
		names[i] = p.String()
	}
	who := strings.Join(names, " or ")
	switch c.Kind {
	case AtMost, AtLeast:
		return fmt.Sprintf("%s %d%% %s", c.Kind, c.Percent, who)
	default:
		return c.Kind.String() + " " + who
	}
}

// Pattern returns the clauses of the distribution pattern that an
// organisation predikat guides its leader towards (PermenPANRB No. 6 Tahun
// 2022; the table is from one secondary source, RULES.md §5.2; the
// regulation calls it a pattern that guides, so it is advisory):
//
//	Istimewa         most, at most 70%, Sangat Baik
//	Baik             most, at most 70%, Baik; some Butuh Perbaikan or Kurang/Misconduct
//	Butuh Perbaikan  at least 60% Butuh Perbaikan; at most 10% Sangat Baik
//	Kurang           at least 60% Kurang/Misconduct; at least 10% Butuh Perbaikan; at most 10% Sangat Baik
//	Sangat Kurang    at least 60% Sangat Kurang; at least 10% Kurang/Misconduct or Butuh Perbaikan; no Sangat Baik
//
// An invalid organisation predikat returns nil.
func Pattern(org PredikatOrganisasi) []Clause {
	one := func(p ...Predikat) []Predikat { return p }
	switch org {
	case OrganisasiIstimewa:
		return []Clause{{Most, one(SangatBaik), 0}, {AtMost, one(SangatBaik), 70}}
	case OrganisasiBaik:
		return []Clause{{Most, one(Baik), 0}, {AtMost, one(Baik), 70}, {Some, one(ButuhPerbaikan, Kurang), 0}}
	case OrganisasiButuhPerbaikan:
		return []Clause{{AtLeast, one(ButuhPerbaikan), 60}, {AtMost, one(SangatBaik), 10}}
	case OrganisasiKurang:
		return []Clause{{AtLeast, one(Kurang), 60}, {AtLeast, one(ButuhPerbaikan), 10}, {AtMost, one(SangatBaik), 10}}
	case OrganisasiSangatKurang:
		return []Clause{{AtLeast, one(SangatKurang), 60}, {AtLeast, one(Kurang, ButuhPerbaikan), 10}, {None, one(SangatBaik), 0}}
	}
	return nil
}

// Finding is the outcome of one clause of the distribution pattern.
type Finding struct {
	Clause Clause
	Count  int             // employees with the clause's predikat
	Total  int             // employees in the organisation
	Share  decimal.Decimal // Count/Total in percent, rounded half-up to SharePlaces
	Met    bool
}

// SharePlaces is the number of decimal places of [Finding.Share] as
// reported (library default). It does not affect whether a clause is met
// unless [RoundShares] says so.
const SharePlaces = 1

// String describes the finding, e.g. "at most 70% Sangat Baik: 8 of 10
// (80.0%): not met".
func (f Finding) String() string {
	state := "met"
	if !f.Met {
		state = "not met"
	}
	return fmt.Sprintf("%s: %d of %d (%s%%): %s", f.Clause, f.Count, f.Total, f.Share.StringFixed(SharePlaces), state)
}

// DistributionOption changes an open detail of [CheckDistribution].
type DistributionOption func(*distOptions)

type distOptions struct {
	roundPlaces int32 // -1: compare exact fractions
	majority    bool
}

// RoundShares compares shares after rounding them half-up to places
// decimal places of a percent, instead of the default, which compares
// exact fractions (library default; RULES.md §5.2 leaves the rounding for
// small teams open). With RoundShares(0), 7 of 10 and 70.4% pass "at most
// 70%"; exactly, 70.4% does not. Places outside 0–9 make
// [CheckDistribution] return an error.
func RoundShares(places int32) DistributionOption {
	return func(o *distOptions) { o.roundPlaces = places }
}

// MostMeansMajority makes a "most" clause also require more than half of
// all employees. The default, false, requires only that the predikat be
// more common than any other single predikat (library default; RULES.md
// §5.2 leaves it open).
func MostMeansMajority(majority bool) DistributionOption {
	return func(o *distOptions) { o.majority = majority }
}

// CheckDistribution checks the predikat counts of an organisation's
// employees against the pattern of its organisation predikat ([Pattern])
// and returns one [Finding] per clause, met or not, in the order of the
// pattern. The pattern is advisory, so the result is findings rather than
// a bare yes or no; [Findings.Met] tells whether all clauses hold.
//
// It returns an error wrapping [ErrUnknownPredikatOrganisasi] for an
// invalid org, [ErrUnknownPredikat] for a count keyed by an invalid
// predikat, and [ErrInvalidInput] for a negative count or an organisation
// with no employees.
func CheckDistribution(org PredikatOrganisasi, counts map[Predikat]int, opts ...DistributionOption) (Findings, error) {
	if !org.IsValid() {
		return nil, fmt.Errorf("kinerja: organisation predikat %s: %w", org, ErrUnknownPredikatOrganisasi)
	}
	o := distOptions{roundPlaces: -1}
	for _, opt := range opts {
		opt(&o)
	}
	if o.roundPlaces < -1 || o.roundPlaces > 9 {
		return nil, fmt.Errorf("kinerja: share places %d outside 0–9: %w", o.roundPlaces, ErrInvalidInput)
	}
	var n [6]int
	total := 0
	for p, c := range counts {
		if !p.IsValid() {
			return nil, fmt.Errorf("kinerja: count for %s: %w", p, ErrUnknownPredikat)
		}
		if c < 0 {
			return nil, fmt.Errorf("kinerja: count %d for %s is negative: %w", c, p, ErrInvalidInput)
		}
		n[p] = c
		total += c
	}
	if total == 0 {
		return nil, fmt.Errorf("kinerja: organisation has no employees: %w", ErrInvalidInput)
	}
	var out Findings
	for _, cl := range Pattern(org) {
		count := 0
		for _, p := range cl.Predikat {
			count += n[p]
		}
		f := Finding{Clause: cl, Count: count, Total: total, Share: exact.Percent(int64(count), int64(total), SharePlaces)}
		switch cl.Kind {
		case Most:
			f.Met = true
			for _, p := range AllPredikat() {
				if p != cl.Predikat[0] && n[p] >= count {
					f.Met = false
				}
			}
			if o.majority && 2*count <= total {
				f.Met = false
			}
		case AtMost:
			f.Met = compareShare(count, total, cl.Percent, o.roundPlaces) <= 0
		case AtLeast:
			f.Met = compareShare(count, total, cl.Percent, o.roundPlaces) >= 0
		case Some:
			f.Met = count > 0
		case None:
			f.Met = count == 0
		}
		out = append(out, f)
	}
	return out, nil
}

// compareShare compares count/total (as a percent) with percent: exactly,
// with integers, when places is -1; otherwise after rounding the share
// half-up to places.
func compareShare(count, total, percent int, places int32) int {
	if places < 0 {
		a, b := int64(count)*100, int64(percent)*int64(total)
		switch {
		case a < b:
			return -1
		case a > b:
			return 1
		}
		return 0
	}
	return exact.Percent(int64(count), int64(total), places).Cmp(decimal.NewFromInt(int64(percent)))
}

// Findings is the result of [CheckDistribution].
type Findings []Finding

// Met reports whether every clause is met.
func (fs Findings) Met() bool {
	for _, f := range fs {
		if !f.Met {
			return false
		}
	}
	return len(fs) > 0
}

// Unmet returns the findings whose clause is not met.
func (fs Findings) Unmet() Findings {
	var out Findings
	for _, f := range fs {
		if !f.Met {
			out = append(out, f)
		}
	}
	return out
}
