package kinerja

import (
	"cmp"
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/go-asn/berakhlak/internal/enum"

	"github.com/go-asn/berakhlak/figure"
	"github.com/go-asn/berakhlak/internal/exact"
	"github.com/go-asn/berakhlak/internal/fold"
	"github.com/shopspring/decimal"
)

// ClauseKind is the kind of test a distribution [Clause] makes. The zero
// ClauseKind is invalid.
type ClauseKind uint8

// The kinds of clause in the distribution pattern.
const (
	// ClauseMost: the predikat is the most common one, strictly more than
	// any other single predikat (and, with [DistributionRules.Majority], more than
	// half).
	ClauseMost ClauseKind = iota + 1
	// ClauseAtMost: the share of the predikat is at most the limit.
	ClauseAtMost
	// ClauseAtLeast: the share of the predikat is at least the limit.
	ClauseAtLeast
	// ClauseSome: at least one employee has one of the predikat.
	ClauseSome
	// ClauseNone: no employee has the predikat.
	ClauseNone
)

var kindNames = [...]struct{ name, folded string }{
	{},
	{"most", "most"},
	{"at most", "atmost"},
	{"at least", "atleast"},
	{"some", "some"},
	{"none", "none"},
}

// ClauseKinds returns the five kinds of clause in the order of the
// constants.
func ClauseKinds() [5]ClauseKind {
	return [5]ClauseKind{ClauseMost, ClauseAtMost, ClauseAtLeast, ClauseSome, ClauseNone}
}

// IsValid reports whether k is one of the five kinds.
func (k ClauseKind) IsValid() bool { return k >= ClauseMost && k <= ClauseNone }

// String returns "most", "at most", "at least", "some" or "none", and
// "kinerja.ClauseKind(N)" for an invalid kind.
func (k ClauseKind) String() string {
	if !k.IsValid() {
		return "kinerja.ClauseKind(" + strconv.Itoa(int(k)) + ")"
	}
	return kindNames[k].name
}

// AppendText appends the kind's name to b (encoding.TextAppender). The
// zero ClauseKind appends nothing; any other invalid kind is a
// [*ParseError] wrapping [ErrUnknownClauseKind].
func (k ClauseKind) AppendText(b []byte) ([]byte, error) {
	return enum.AppendFunc(b, k, k.IsValid(), func() string { return kindNames[k].name }, func() error { return &ParseError{Input: k.String(), Err: ErrUnknownClauseKind} })
}

// MarshalText returns the kind's name, and the empty text for the zero
// ClauseKind. Any other invalid kind is an error.
func (k ClauseKind) MarshalText() ([]byte, error) { return k.AppendText([]byte{}) }

// UnmarshalText sets k from any spelling [ParseClauseKind] accepts; the
// empty text sets the zero value.
func (k *ClauseKind) UnmarshalText(text []byte) error {
	return enum.Unmarshal(k, text, ParseClauseKind)
}

// ParseClauseKind returns the kind named by s ("most", "at most", "at
// least", "some", "none"), in any case, with spaces, "_" or "-" anywhere
// or none ("AT_MOST", "atleast"). Anything else returns a [*ParseError]
// wrapping [ErrUnknownClauseKind].
func ParseClauseKind(s string) (ClauseKind, error) {
	var buf [16]byte
	key, ok := fold.Append(buf[:0], s, true)
	if ok {
		for _, k := range ClauseKinds() {
			if string(key) == kindNames[k].folded {
				return k, nil
			}
		}
	}
	return 0, &ParseError{Input: s, Err: ErrUnknownClauseKind}
}

// MustParseClauseKind is like [ParseClauseKind] but panics on an error.
func MustParseClauseKind(s string) ClauseKind { return enum.Must(ParseClauseKind(s)) }

// Clause is one requirement of the distribution pattern of an organisation
// predikat.
type Clause struct {
	Kind     ClauseKind
	Predikat []Predikat // counted together
	Percent  int        // the limit, for ClauseAtMost and ClauseAtLeast; 0 otherwise
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
	case ClauseAtMost, ClauseAtLeast:
		return fmt.Sprintf("%s %d%% %s", c.Kind, c.Percent, who)
	default:
		return c.Kind.String() + " " + who
	}
}

// Pattern returns the clauses of the distribution pattern that an
// organisation predikat guides its leader towards (PermenPANRB No. 6 Tahun
// 2022; the table is from one secondary source, see the rule register in
// package berakhlak; the regulation calls it a pattern that guides, so it
// is advisory):
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
		return []Clause{{ClauseMost, one(SangatBaik), 0}, {ClauseAtMost, one(SangatBaik), 70}}
	case OrganisasiBaik:
		return []Clause{{ClauseMost, one(Baik), 0}, {ClauseAtMost, one(Baik), 70}, {ClauseSome, one(ButuhPerbaikan, Kurang), 0}}
	case OrganisasiButuhPerbaikan:
		return []Clause{{ClauseAtLeast, one(ButuhPerbaikan), 60}, {ClauseAtMost, one(SangatBaik), 10}}
	case OrganisasiKurang:
		return []Clause{{ClauseAtLeast, one(Kurang), 60}, {ClauseAtLeast, one(ButuhPerbaikan), 10}, {ClauseAtMost, one(SangatBaik), 10}}
	case OrganisasiSangatKurang:
		return []Clause{{ClauseAtLeast, one(SangatKurang), 60}, {ClauseAtLeast, one(Kurang, ButuhPerbaikan), 10}, {ClauseNone, one(SangatBaik), 0}}
	}
	return nil
}

// Finding is the outcome of one clause of the distribution pattern.
//
// Share places: a Finding's Share is a [figure.Figure] with one decimal
// place (library default), and it prints with its places ("70.0"). Where
// one place would read as the clause's limit although the exact share is
// not the limit (7004 of 10000 is 70.04%, not 70.0%), the share gets as
// many more places, up to six, as it takes to show the difference, so that
// the figure a person reads never contradicts the verdict. The places do
// not affect whether a clause is met unless [DistributionRules.RoundShares]
// says so; then the share is the figure the verdict compared, at exactly
// those places (70 at no places is shown as 70).
type Finding struct {
	Clause Clause
	Count  int           // employees with the clause's predikat
	Total  int           // employees in the organisation
	Share  figure.Figure // Count/Total in percent, rounded half-up, with its places (see Finding)
	Met    bool
}

// The places of a Finding's Share (see [Finding]).
const (
	sharePlaces    = 1
	maxSharePlaces = 6
)

// share returns count/total in percent at sharePlaces, or finer where the
// rounded share would equal a limit that the exact share does not.
func share(count, total, limit int, hasLimit bool) figure.Figure {
	places := int32(sharePlaces)
	s := exact.Percent(int64(count), int64(total), places)
	if hasLimit && int64(count)*100 != int64(limit)*int64(total) {
		for s.Equal(decimal.NewFromInt(int64(limit))) && places < maxSharePlaces {
			places++
			s = exact.Percent(int64(count), int64(total), places)
		}
	}
	return shareFigure(s, places)
}

// shareFigure returns a share of at most 100%, rounded to places (0–9),
// as a figure shown with at least sharePlaces. It cannot be out of a
// figure's range.
func shareFigure(s decimal.Decimal, places int32) figure.Figure {
	f, _ := figure.New(s, max(places, sharePlaces))
	return f
}

// findingJSON is the JSON form of a Finding: figures as strings.
type findingJSON struct {
	Clause   string        `json:"clause"`
	Kind     ClauseKind    `json:"kind"`
	Predikat []Predikat    `json:"predikat"`
	Percent  int           `json:"percent,omitempty"`
	Count    int           `json:"count"`
	Total    int           `json:"total"`
	Share    figure.Figure `json:"share"`
	Met      bool          `json:"met"`
}

// MarshalJSON returns the finding with its share as a string at its
// places, e.g. {"clause":"at most 70% Sangat Baik",…,"share":"80.0","met":false},
// so that the figure is exact and independent of shopspring/decimal's
// settings.
func (f Finding) MarshalJSON() ([]byte, error) {
	return json.Marshal(findingJSON{
		Clause: f.Clause.String(), Kind: f.Clause.Kind, Predikat: f.Clause.Predikat, Percent: f.Clause.Percent,
		Count: f.Count, Total: f.Total, Share: f.Share, Met: f.Met,
	})
}

// UnmarshalJSON reads what [Finding.MarshalJSON] writes and checks that it
// could be a finding of [CheckDistribution]: a valid kind and predikat, a
// percent only for "at most" and "at least" (0–100), a count within a
// total of 1 or more, a share that is count/total in percent at the places
// it is written with, the clause's text, and a verdict that follows from
// the count where it can be worked out from the finding alone (at most and
// at least, at the exact share or the written one; some; none). Anything
// else is an error wrapping [ErrInvalidInput] that names the field; on an
// error f is unchanged.
func (f *Finding) UnmarshalJSON(data []byte) error {
	bad := func(format string, args ...any) error {
		return fmt.Errorf("kinerja: Finding JSON: "+format+": %w", append(args, ErrInvalidInput)...)
	}
	var in findingJSON
	if err := json.Unmarshal(data, &in); err != nil {
		return bad("%v", err)
	}
	limit := in.Kind == ClauseAtMost || in.Kind == ClauseAtLeast
	switch {
	case !in.Kind.IsValid():
		return bad("no clause kind")
	case len(in.Predikat) == 0:
		return bad("no predikat")
	case limit && (in.Percent < 0 || in.Percent > 100), !limit && in.Percent != 0:
		return bad("percent %d for %q", in.Percent, in.Kind)
	case in.Total < 1 || in.Count < 0 || in.Count > in.Total || in.Total > 5*maxCount:
		return bad("%d of %d employees", in.Count, in.Total)
	case !in.Share.IsValid() || in.Share.Places() > maxSharePlaces+2:
		return bad("share %q", in.Share.String())
	}
	for _, p := range in.Predikat {
		if !p.IsValid() {
			return bad("predikat %s", p)
		}
	}
	x := Finding{Clause: Clause{Kind: in.Kind, Predikat: in.Predikat, Percent: in.Percent}, Count: in.Count, Total: in.Total, Share: in.Share, Met: in.Met}
	if in.Clause != x.Clause.String() {
		return bad("clause %q is not %q", in.Clause, x.Clause.String())
	}
	p := in.Share.Places()
	if want := exact.Percent(int64(in.Count), int64(in.Total), p); !want.Equal(in.Share.Decimal()) {
		return bad("share %s, but %d of %d is %s%%", in.Share, in.Count, in.Total, want.StringFixed(p))
	}
	var met []bool
	switch in.Kind {
	case ClauseAtMost:
		met = []bool{compareShare(in.Count, in.Total, in.Percent, -1) <= 0, compareShare(in.Count, in.Total, in.Percent, p) <= 0,
			compareShare(in.Count, in.Total, in.Percent, 0) <= 0}
	case ClauseAtLeast:
		met = []bool{compareShare(in.Count, in.Total, in.Percent, -1) >= 0, compareShare(in.Count, in.Total, in.Percent, p) >= 0,
			compareShare(in.Count, in.Total, in.Percent, 0) >= 0}
	case ClauseSome:
		met = []bool{in.Count > 0}
	case ClauseNone:
		met = []bool{in.Count == 0}
	}
	if met != nil && !slices.Contains(met, in.Met) {
		return bad("met %v, but %d of %d does not give it", in.Met, in.Count, in.Total)
	}
	*f = x
	return nil
}

// Equal reports whether f and o are the same finding: the same clause,
// counts, share (with its places) and verdict.
func (f Finding) Equal(o Finding) bool {
	return f.Clause.Equal(o.Clause) && f.Count == o.Count && f.Total == o.Total && f.Share == o.Share && f.Met == o.Met
}

// Equal reports whether c and o are the same clause.
func (c Clause) Equal(o Clause) bool {
	return c.Kind == o.Kind && c.Percent == o.Percent && slices.Equal(c.Predikat, o.Predikat)
}

// String describes the finding, e.g. "at most 70% Sangat Baik: 8 of 10
// (80.0%): not met".
func (f Finding) String() string {
	state := "met"
	if !f.Met {
		state = "not met"
	}
	return fmt.Sprintf("%s: %d of %d (%s%%): %s", f.Clause, f.Count, f.Total, f.Share, state)
}

// DistributionRules are the two open details of [CheckDistribution].
// PermenPANRB No. 6 Tahun 2022 calls the pattern a guide and settles
// neither, so both are parameters; the zero DistributionRules is the
// library default: shares compared exactly, and "most" meaning more common
// than any other single predikat.
type DistributionRules struct {
	// RoundShares compares each share after rounding it half-up to
	// SharePlaces decimal places of a percent, instead of as an exact
	// fraction, and shows the share at those places. With SharePlaces 0,
	// 7 of 10 and 70.4% pass "at most 70%"; exactly, 70.4% does not.
	RoundShares bool
	// SharePlaces are the places of RoundShares, 0 to 9; other places
	// make CheckDistribution return an error. Without RoundShares they
	// are not read.
	SharePlaces int32
	// Majority makes a "most" clause also require more than half of all
	// employees.
	Majority bool
}

// CheckDistribution checks the predikat counts of an organisation's
// employees against the pattern of its organisation predikat ([Pattern])
// and returns one [Finding] per clause, met or not, in the order of the
// pattern. The pattern is advisory, so the result is findings rather than
// a bare yes or no; [Findings.Met] tells whether all clauses hold.
//
// It returns an error wrapping [ErrUnknownPredikatOrganisasi] for an
// invalid org, [ErrUnknownPredikat] for a count keyed by an invalid
// predikat, and [ErrInvalidInput] for a negative count, a count above one
// hundred million (far above any organisation: the whole ASN is 4.3
// million; the limit keeps every sum and percentage from overflowing, even
// where int has 32 bits), or an organisation with no employees.
func CheckDistribution(org PredikatOrganisasi, counts map[Predikat]int, rules DistributionRules) (Findings, error) {
	if !org.IsValid() {
		return nil, fmt.Errorf("kinerja: organisation predikat %s: %w", org, ErrUnknownPredikatOrganisasi)
	}
	o := struct {
		roundPlaces int32 // -1: compare exact fractions
		majority    bool
	}{-1, rules.Majority}
	if rules.RoundShares {
		if rules.SharePlaces < 0 || rules.SharePlaces > 9 {
			return nil, fmt.Errorf("kinerja: share places %d outside 0–9: %w", rules.SharePlaces, ErrInvalidInput)
		}
		o.roundPlaces = rules.SharePlaces
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
		if c > maxCount {
			return nil, fmt.Errorf("kinerja: count %d for %s is above %d: %w", c, p, maxCount, ErrInvalidInput)
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
		hasLimit := cl.Kind == ClauseAtMost || cl.Kind == ClauseAtLeast
		f := Finding{Clause: cl, Count: count, Total: total, Share: share(count, total, cl.Percent, hasLimit)}
		if o.roundPlaces >= 0 {
			// The verdict compares the share at these places: show that
			// figure, at those places, so that what a person reads agrees
			// with the verdict.
			f.Share = figure.MustNew(exact.Percent(int64(count), int64(total), o.roundPlaces), o.roundPlaces)
		}
		switch cl.Kind {
		case ClauseMost:
			f.Met = true
			for _, p := range AllPredikat() {
				if p != cl.Predikat[0] && n[p] >= count {
					f.Met = false
				}
			}
			if o.majority && 2*count <= total {
				f.Met = false
			}
		case ClauseAtMost:
			f.Met = compareShare(count, total, cl.Percent, o.roundPlaces) <= 0
		case ClauseAtLeast:
			f.Met = compareShare(count, total, cl.Percent, o.roundPlaces) >= 0
		case ClauseSome:
			f.Met = count > 0
		case ClauseNone:
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
		return cmp.Compare(a, b)
	}
	return exact.Percent(int64(count), int64(total), places).Cmp(decimal.NewFromInt(int64(percent)))
}

// maxCount is the largest count per predikat CheckDistribution accepts.
const maxCount = 100_000_000

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

// MarshalJSON returns the findings as a JSON array of the objects
// [Finding.MarshalJSON] writes, shares as strings at their places; no
// findings is the empty array, not null.
func (fs Findings) MarshalJSON() ([]byte, error) {
	if fs == nil {
		return []byte("[]"), nil
	}
	return json.Marshal([]Finding(fs))
}

// UnmarshalJSON reads what [Findings.MarshalJSON] writes, each finding
// checked as [Finding.UnmarshalJSON] checks it, and all of one
// organisation (the same total); anything else is an error wrapping
// [ErrInvalidInput]. On an error fs is unchanged.
func (fs *Findings) UnmarshalJSON(data []byte) error {
	var in []Finding
	if err := json.Unmarshal(data, &in); err != nil {
		return err
	}
	for i, f := range in {
		if f.Total != in[0].Total {
			return fmt.Errorf("kinerja: Findings JSON: finding %d has %d employees, the first %d: %w", i+1, f.Total, in[0].Total, ErrInvalidInput)
		}
	}
	*fs = Findings(in)
	return nil
}

// Equal reports whether fs and o hold the same findings in the same
// order; no findings equals no findings, nil or empty.
func (fs Findings) Equal(o Findings) bool { return slices.EqualFunc(fs, o, Finding.Equal) }
