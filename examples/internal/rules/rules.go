// Package rules holds, as data, the rules of the library that a report can
// cite in its methods section: each with an identifier, its status
// (official, derived or library default), its source and a one-line
// statement in Bahasa Indonesia and English.
//
// It is the one source of the rule register: the register's section of
// the root package's doc is generated from it (see [Doc]). The library's
// packages do not import this one: it is for the example programs and the
// doc.
package rules

import (
	"fmt"

	"github.com/go-asn/berakhlak/examples/internal/lang"
)

// Status is how certain a rule is, in the words of the rule register.
// The zero Status is invalid.
type Status uint8

// The statuses of the rule register.
const (
	Official       Status = iota + 1 // stated by a regulation or the ministry, or agreed by independent sources
	Derived                          // worked out from published figures, or the one sensible reading
	LibraryDefault                   // no public source fixes it: the library chose, and it is a parameter
)

// String returns the status as the rule register writes it: "official",
// "derived" or "library default".
func (s Status) String() string {
	switch s {
	case Official:
		return "official"
	case Derived:
		return "derived"
	case LibraryDefault:
		return "library default"
	}
	return fmt.Sprintf("Status(%d)", uint8(s))
}

// Text returns the status in both languages, for a report.
func (s Status) Text() lang.Text {
	switch s {
	case Official:
		return lang.Text{ID: "resmi", EN: "official"}
	case Derived:
		return lang.Text{ID: "turunan", EN: "derived"}
	case LibraryDefault:
		return lang.Text{ID: "bawaan pustaka", EN: "library default"}
	}
	return lang.Text{ID: s.String(), EN: s.String()}
}

// ID names a rule.
type ID string

// The rules a report can cite.
const (
	Values         ID = "values"          // the seven values and their 21 behaviours
	BallotScore    ID = "score-ballots"   // a value's score from ballots: reach
	RatingScore    ID = "score-ratings"   // a value's score from ratings
	Index          ID = "index"           // the index: the unweighted mean of the seven
	Categories     ID = "categories"      // the bands A–C
	CategoryD      ID = "category-d"      // band D's label
	Entropy        ID = "entropy"         // cultural entropy, its bands, positive energy
	Alignment      ID = "alignment"       // values alignment and the bands 6+ and 4–5
	AlignmentLower ID = "alignment-lower" // the alignment bands 2–3 and 0–1
	Picks          ID = "picks"           // ten picks per list
	Minimum        ID = "minimum"         // the minimum number of respondents
	Interval       ID = "interval"        // the 95% interval of a survey figure
	Bound          ID = "interval-bound"  // the variance bound of a combined figure
	Change         ID = "change"          // the change between two surveys and its verdict
	Target         ID = "target"          // the caller's targets and their attainment
)

// Rule is one rule of the register. Source is written in both languages;
// its English text appears word for word in the register's item for the
// rule.
type Rule struct {
	ID        ID
	Status    Status
	Source    lang.Text
	Statement lang.Text
}

// all returns the rules of the register's items, in the register's order.
func all() []Rule {
	var out []Rule
	for _, s := range register {
		for _, it := range s.Items {
			out = append(out, it.Rules...)
		}
	}
	return out
}

// All returns every rule, in the order a methods section lists them.
func All() []Rule { return all() }

// Lookup returns the rule named id, and false if there is none.
func Lookup(id ID) (Rule, bool) {
	for _, r := range all() {
		if r.ID == id {
			return r, true
		}
	}
	return Rule{}, false
}

// Select returns the rules named by ids, in the order of All and each
// once, or an error naming the first id that is not a rule.
func Select(ids ...ID) ([]Rule, error) {
	want := make(map[ID]bool, len(ids))
	for _, id := range ids {
		if _, ok := Lookup(id); !ok {
			return nil, fmt.Errorf("rules: unknown rule %q", string(id))
		}
		want[id] = true
	}
	var out []Rule
	for _, r := range all() {
		if want[r.ID] {
			out = append(out, r)
		}
	}
	return out, nil
}
