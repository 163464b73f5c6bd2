package akhlak

import (
	"fmt"

	"github.com/go-asn/berakhlak/category"
	"github.com/shopspring/decimal"
)

// Unit is one agency (or other unit) in a national aggregation: its
// published profile, its respondents and its minimum.
type Unit struct {
	Name        string
	Respondents int
	Minimum     Minimum
	Profile     Profile
}

// Exclusion says why a unit was left out of a national figure.
type Exclusion struct {
	Unit   string
	Reason error // an *InsufficientError, or why the unit is invalid
}

// National is the national Indeks BerAKHLAK over the units that met their
// minimum (RULES.md §3.5, official: 442 of 592 agencies in 2022).
type National struct {
	Index    decimal.Decimal // the national index, 1 place
	Category category.Band
	Profile  Profile // per value, the unweighted mean over included units, 1 place
	Included []string
	Excluded []Exclusion
}

// Aggregate returns the national figures over the units that met their
// minimum: per value, the unweighted mean of the units' scores as given;
// and the national index, the unweighted mean of all those scores (which
// is both the mean of the units' indices and the mean of the seven
// national value scores, RULES.md §3.3 and §3.5), computed exactly and
// rounded half-up once to one decimal place. Like [BallotResult.Index], it
// can differ by 0.1 from the mean of the seven rounded national scores. Units below their minimum, or
// with an invalid minimum or profile, are listed in Excluded with the
// reason, in input order; nothing is dropped silently.
//
// This is not the pooled figure over all respondents, which weights large
// agencies more; the library does not compute that figure.
//
// Aggregate returns an error wrapping [ErrInsufficientRespondents] when no
// unit qualifies, and one wrapping [ErrInvalidInput] for two units with
// the same name or a unit with no name.
func Aggregate(units []Unit) (National, error) {
	var out National
	seen := map[string]bool{}
	var k int64
	var total decimal.Decimal
	var sums [7]decimal.Decimal
	for _, u := range units {
		if u.Name == "" {
			return National{}, fmt.Errorf("akhlak: national: a unit has no name: %w", ErrInvalidInput)
		}
		if seen[u.Name] {
			return National{}, fmt.Errorf("akhlak: national: unit %q appears twice: %w", u.Name, ErrInvalidInput)
		}
		seen[u.Name] = true
		if !u.Profile.IsValid() {
			out.Excluded = append(out.Excluded, Exclusion{u.Name, fmt.Errorf("akhlak: no valid profile: %w", ErrIncompleteProfile)})
			continue
		}
		if err := u.Minimum.Check(u.Respondents); err != nil {
			out.Excluded = append(out.Excluded, Exclusion{u.Name, err})
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
		return National{}, fmt.Errorf("akhlak: national: none of the %d units met its minimum: %w", len(units), ErrInsufficientRespondents)
	}
	n := decimal.NewFromInt(k)
	out.Index = total.DivRound(n.Mul(decimal.New(7, 0)), IndexPlaces)
	out.Category = mustClassify(berakhlakScale, out.Index)
	out.Profile.valid = true
	for i := range sums {
		out.Profile.scores[i] = sums[i].DivRound(n, IndexPlaces)
	}
	return out, nil
}
