package akhlak

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/go-asn/berakhlak/category"
	"github.com/go-asn/berakhlak/internal/exact"
	"github.com/go-asn/berakhlak/internal/text"
	"github.com/go-asn/berakhlak/survey"
	"github.com/shopspring/decimal"
)

// Unit is one agency (or other unit) in a national aggregation: its
// published profile, its respondents and its minimum.
type Unit struct {
	Name        string
	Respondents int
	Minimum     survey.Minimum
	Profile     Profile
}

// Exclusion says why a unit was left out of a national figure.
type Exclusion struct {
	Unit   string // the unit's name
	Reason string // why, in words, e.g. "survey: insufficient respondents: 5 of the 345 required (…)"
	Err    error  // the same reason for errors.As: a *survey.InsufficientError
}

// National is the national Indeks BerAKHLAK over the units that met their
// minimum (official: the 2022 national index is the mean over the 442 of
// 592 agencies that did). It is a value; Profile carries the national
// index, so Profile.Index() equals Index.
type National struct {
	Index    decimal.Decimal // the national index, 1 place
	Category category.Band   // the category of Index
	Profile  Profile         // per value, the unweighted mean over included units, 1 place
	Included []string        // the units counted, in input order
	Excluded []Exclusion     // the units left out, in input order, with the reason
}

// Aggregate returns the national figures over the units that met their
// minimum: per value, the unweighted mean of the units' scores as given;
// and the national index, the unweighted mean of all those scores, that
// is the mean of the seven exact national value scores (as the 2022
// national index 60.9 is the mean of the seven national scores), computed
// exactly and rounded half-up once to one decimal place. It is not the
// mean of the units' own rounded indices, which can differ by 0.1; like
// [BallotResult.Index], it can also differ by 0.1 from the mean of the
// seven rounded national scores. The returned Profile carries it. Units below their minimum
// are listed in Excluded with the reason, in input order; nothing is
// dropped silently. Only the minimum excludes a unit: bad input is an
// error, never an exclusion.
//
// This is not the pooled figure over all respondents, which weights large
// agencies more; the library does not compute that figure.
//
// Aggregate returns an error wrapping [survey.ErrInsufficientRespondents]
// when no unit qualifies; one wrapping [ErrIncompleteProfile] for a unit
// without a valid profile; and one wrapping [survey.ErrInvalidInput] for
// two units with the same name, a unit with no name, or a unit whose
// minimum is invalid or refuses its respondents (a negative count, or more
// than the population; see [survey.Minimum.Check]). Each error names the
// unit.
func Aggregate(units []Unit) (National, error) {
	var out National
	seen := make(map[string]bool, len(units))
	var k int64
	var total decimal.Decimal
	var sums [7]decimal.Decimal
	for i, u := range units {
		if u.Name == "" {
			return National{}, fmt.Errorf("akhlak: national: unit %d has no name: %w", i+1, survey.ErrInvalidInput)
		}
		if seen[u.Name] {
			return National{}, fmt.Errorf("akhlak: national: unit %s appears twice: %w", text.Quote(u.Name), survey.ErrInvalidInput)
		}
		seen[u.Name] = true
		if !u.Profile.IsValid() {
			return National{}, fmt.Errorf("akhlak: national: unit %s has no valid profile: %w", text.Quote(u.Name), ErrIncompleteProfile)
		}
		if err := u.Minimum.Check(u.Respondents); err != nil {
			var ie *survey.InsufficientError
			if !errors.As(err, &ie) {
				return National{}, fmt.Errorf("akhlak: national: unit %s: %w", text.Quote(u.Name), err)
			}
			out.Excluded = append(out.Excluded, Exclusion{Unit: u.Name, Reason: err.Error(), Err: err})
			continue
		}
		out.Included = append(out.Included, u.Name)
		k++
		for i, v := range Values() {
			sums[i] = sums[i].Add(u.Profile.Score(v))
			total = total.Add(u.Profile.Score(v))
		}
	}
	if k == 0 {
		return National{}, fmt.Errorf("akhlak: national: none of the %d units met its minimum: %w", len(units), survey.ErrInsufficientRespondents)
	}
	n := decimal.NewFromInt(k)
	out.Index = total.DivRound(n.Mul(decimal.New(7, 0)), indexPlaces)
	out.Category = mustClassify(berakhlakScale, out.Index)
	out.Profile = profileOf(func(v Value) decimal.Decimal { return sums[v-1].DivRound(n, indexPlaces) }, out.Index)
	return out, nil
}

type exclusionJSON struct {
	Unit   string `json:"unit"`
	Reason string `json:"reason"`
}

// MarshalJSON writes the national figures with every decimal as a string
// at its published places:
//
//	{"values":[{"value":"Berorientasi Pelayanan","code":"BP","score":"57.9","category":"B"},…],
//	 "index":"61.0","category":"B","included":["…"],"excluded":[{"unit":"…","reason":"…"}]}
//
// A National with no valid Profile is an error.
func (n National) MarshalJSON() ([]byte, error) {
	if !n.Profile.IsValid() {
		return nil, fmt.Errorf("akhlak: MarshalJSON of a National without a profile: %w", ErrIncompleteProfile)
	}
	out := struct {
		profileJSON
		Included []string        `json:"included"`
		Excluded []exclusionJSON `json:"excluded"`
	}{profileJSON: n.Profile.json(), Included: n.Included, Excluded: []exclusionJSON{}}
	out.Index, out.Category = exact.Fixed(n.Index), n.Category.Letter
	if out.Included == nil {
		out.Included = []string{}
	}
	for _, e := range n.Excluded {
		out.Excluded = append(out.Excluded, exclusionJSON{Unit: e.Unit, Reason: e.Reason})
	}
	return json.Marshal(out)
}
