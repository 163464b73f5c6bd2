package akhlak

import (
	"encoding/json"
	"errors"
	"fmt"
	"slices"

	"github.com/go-asn/berakhlak/category"
	"github.com/go-asn/berakhlak/figure"
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
// 592 agencies that did), made by [Aggregate] or read by
// [National.UnmarshalJSON]. It is an immutable value, safe for concurrent
// use; its Profile carries the national index, so Profile().Index()
// equals Index(). The zero National is invalid.
type National struct {
	profile  Profile     // per value, the unweighted mean over included units, 1 place; its index is the national index
	included []string    // never changed once made
	excluded []Exclusion // never changed once made
}

// IsValid reports whether n was made by [Aggregate] or read from JSON.
func (n National) IsValid() bool { return n.profile.IsValid() }

// Index returns the national index, at one place; the zero Figure for the
// zero National.
func (n National) Index() figure.Figure { return n.profile.Index() }

// Band returns the category of [National.Index] on [category.BerAKHLAK];
// the zero Band for the zero National.
func (n National) Band() category.Band { return n.profile.Band() }

// Profile returns the national profile: per value, the unweighted mean of
// the included units' scores, at one place.
func (n National) Profile() Profile { return n.profile }

// Included returns a copy of the names of the units counted, in input
// order.
func (n National) Included() []string { return slices.Clone(n.included) }

// Excluded returns a copy of the units left out, in input order, each with
// the reason.
func (n National) Excluded() []Exclusion { return slices.Clone(n.excluded) }

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
			out.excluded = append(out.excluded, Exclusion{Unit: u.Name, Reason: err.Error(), Err: err})
			continue
		}
		out.included = append(out.included, u.Name)
		k++
		for i, v := range Values() {
			sums[i] = sums[i].Add(u.Profile.Score(v).Decimal())
			total = total.Add(u.Profile.Score(v).Decimal())
		}
	}
	if k == 0 {
		return National{}, fmt.Errorf("akhlak: national: none of the %d units met its minimum: %w", len(units), survey.ErrInsufficientRespondents)
	}
	n := decimal.NewFromInt(k)
	index := figure.MustNew(total.DivRound(n.Mul(decimal.New(7, 0)), indexPlaces), indexPlaces)
	out.profile = profileOf(func(v Value) figure.Figure {
		return figure.MustNew(sums[v-1].DivRound(n, indexPlaces), indexPlaces)
	}, index)
	return out, nil
}

type exclusionJSON struct {
	Unit        string          `json:"unit"`
	Reason      string          `json:"reason"`
	Respondents int             `json:"respondents"`
	Minimum     *survey.Minimum `json:"minimum"`
}

type nationalJSON struct {
	profileJSON
	Included []string        `json:"included"`
	Excluded []exclusionJSON `json:"excluded"`
}

// MarshalJSON writes the national figures with every decimal as a string
// at its published places, and each excluded unit with its respondents
// and minimum:
//
//	{"values":[{"value":"Berorientasi Pelayanan","code":"BP","score":"57.9","category":"B"},…],
//	 "index":"61.0","category":"B","included":["…"],
//	 "excluded":[{"unit":"…","reason":"…","respondents":5,"minimum":{…}}]}
//
// The zero National is an error.
func (n National) MarshalJSON() ([]byte, error) {
	if !n.IsValid() {
		return nil, fmt.Errorf("akhlak: MarshalJSON of the zero National: %w", ErrIncompleteProfile)
	}
	out := nationalJSON{profileJSON: n.profile.json(), Included: n.included, Excluded: []exclusionJSON{}}
	out.Index, out.Category = n.Index().String(), n.Band().Letter
	if out.Included == nil {
		out.Included = []string{}
	}
	for _, e := range n.excluded {
		var ie *survey.InsufficientError
		errors.As(e.Err, &ie) // always: Aggregate and UnmarshalJSON make them so
		min := ie.Minimum
		out.Excluded = append(out.Excluded, exclusionJSON{Unit: e.Unit, Reason: e.Reason, Respondents: ie.Respondents, Minimum: &min})
	}
	return json.Marshal(out)
}

// UnmarshalJSON reads what [National.MarshalJSON] writes: the profile,
// checked as [Profile.UnmarshalJSON] checks it (its index is the national
// index, its category the national category); the included units, at
// least one, each named once; and each excluded unit with the respondents
// and minimum that exclude it (its Err is the *survey.InsufficientError of
// minimum.Check, its Reason that error's text). Anything else is an error
// wrapping [survey.ErrInvalidInput] that names the field; on an error n is
// unchanged.
func (n *National) UnmarshalJSON(data []byte) error {
	bad := func(format string, args ...any) error {
		return fmt.Errorf("akhlak: National JSON: "+format+": %w", append(args, survey.ErrInvalidInput)...)
	}
	var in nationalJSON
	if err := json.Unmarshal(data, &in); err != nil {
		return bad("%v", err)
	}
	p, err := in.profileJSON.profile()
	if err != nil {
		return err
	}
	if in.Index == "" || in.Category == "" {
		return bad("no index or no category")
	}
	x := National{profile: p}
	seen := map[string]bool{}
	name := func(u string) error {
		if u == "" || seen[u] {
			return bad("unit %s without a name or listed twice", text.Quote(u))
		}
		seen[u] = true
		return nil
	}
	for _, u := range in.Included {
		if err := name(u); err != nil {
			return err
		}
		x.included = append(x.included, u)
	}
	if len(x.included) == 0 {
		return bad("no included unit")
	}
	for _, e := range in.Excluded {
		if err := name(e.Unit); err != nil {
			return err
		}
		if e.Minimum == nil {
			return bad("excluded unit %s has no minimum", text.Quote(e.Unit))
		}
		err := e.Minimum.Check(e.Respondents)
		var ie *survey.InsufficientError
		if !errors.As(err, &ie) || err.Error() != e.Reason {
			return bad("excluded unit %s: %d respondents against %s do not exclude it as %s", text.Quote(e.Unit), e.Respondents, e.Minimum, text.Quote(e.Reason))
		}
		x.excluded = append(x.excluded, Exclusion{Unit: e.Unit, Reason: e.Reason, Err: err})
	}
	*n = x
	return nil
}

// Equal reports whether n and o hold the same national figures, units and
// exclusions (each exclusion's error compared by its respondents and
// minimum, or by its text).
func (n National) Equal(o National) bool {
	return n.profile.Equal(o.profile) && slices.Equal(n.included, o.included) && slices.EqualFunc(n.excluded, o.excluded, Exclusion.Equal)
}

// Equal reports whether e and o exclude the same unit for the same
// reason.
func (e Exclusion) Equal(o Exclusion) bool {
	if e.Unit != o.Unit || e.Reason != o.Reason {
		return false
	}
	var a, b *survey.InsufficientError
	if errors.As(e.Err, &a) && errors.As(o.Err, &b) {
		return a.Respondents == b.Respondents && a.Minimum.Equal(b.Minimum)
	}
	return (e.Err == nil) == (o.Err == nil) && (e.Err == nil || e.Err.Error() == o.Err.Error())
}
