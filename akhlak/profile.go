package akhlak

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"

	"github.com/go-asn/berakhlak/category"
	"github.com/go-asn/berakhlak/figure"
	"github.com/go-asn/berakhlak/internal/enum"
	"github.com/go-asn/berakhlak/internal/exact"
	"github.com/go-asn/berakhlak/internal/text"
	"github.com/go-asn/berakhlak/survey"
	"github.com/shopspring/decimal"
)

// indexPlaces is the number of decimal places the Indeks BerAKHLAK and its
// value scores are published with (KemenPANRB, Survei Budaya Kerja ASN).
const indexPlaces = 1

// berakhlakScale is the built-in scale, built once; Scale is immutable.
var berakhlakScale = category.BerAKHLAK()

// Profile holds one score, 0 to 100, for each of the seven values, and the
// Indeks BerAKHLAK: a published profile such as the 2022 national figures,
// or the result of a survey. It is an immutable value, safe for concurrent
// use; compare profiles with [Profile.Equal].
//
// A Profile built by [NewProfile] from published, rounded scores has the
// mean of those scores as its index: the 2022 national scores average
// 60.94, published as 60.9. A Profile returned by a survey result
// ([BallotResult.Profile], [RatingResult.Profile]) or by [Aggregate]
// carries that result's index, the mean of the exact scores rounded once,
// which can differ from the mean of the rounded scores by 0.1: a survey
// has one published index.
//
// Every figure of a Profile is a [figure.Figure], which prints with its
// places: a score as given, with at least one place ("60.0" for 60), and
// the index at one place.
//
// The zero Profile is not valid: [Profile.IsValid] reports false, its
// scores and Index are the zero (invalid) Figure and its categories the
// zero Band, with no letter, so that it never reads as a published
// figure.
type Profile struct {
	scores [7]figure.Figure
	index  figure.Figure
	valid  bool
}

// NewProfile returns the profile of the given scores. All seven values are
// required. NewProfile returns an error that names the offending value and
// wraps:
//   - [ErrIncompleteProfile] when a value is missing;
//   - [ErrUnknownValue] when a key is not one of the seven values;
//   - [category.ErrOutOfRange] when a score is below 0 or above 100, or
//     has more than 16 decimal places (no published score comes near).
//
// The scores are kept exactly as given, with at least one place (a score
// of 60 is the figure 60.0); the index is their mean, rounded half-up once
// to one decimal place.
func NewProfile(scores map[Value]decimal.Decimal) (Profile, error) {
	var unknown []string
	for v := range scores {
		if !v.IsValid() {
			unknown = append(unknown, v.String())
		}
	}
	if len(unknown) > 0 {
		sort.Strings(unknown)
		return Profile{}, fmt.Errorf("akhlak: profile: %s: %w", strings.Join(unknown, ", "), ErrUnknownValue)
	}
	var p Profile
	var missing []string
	hundred := decimal.New(100, 0)
	for i, v := range Values() {
		s, ok := scores[v]
		if !ok {
			missing = append(missing, v.String())
			continue
		}
		f, err := scoreFigure(s)
		switch {
		case err != nil:
			return Profile{}, fmt.Errorf("akhlak: profile: score %s for %s has more than %d places, or is far outside 0–100: %w",
				exact.Describe(s), v, maxScorePlaces, category.ErrOutOfRange)
		case s.Sign() < 0 || s.GreaterThan(hundred):
			return Profile{}, fmt.Errorf("akhlak: profile: score %s for %s is outside 0–100: %w", exact.Describe(s), v, category.ErrOutOfRange)
		}
		p.scores[i] = f
	}
	if len(missing) > 0 {
		return Profile{}, fmt.Errorf("akhlak: profile: no score for %s: %w", strings.Join(missing, ", "), ErrIncompleteProfile)
	}
	p.valid = true
	p.index = meanOf(p.scores)
	return p, nil
}

// maxScorePlaces is the most places a given score may have: a score of
// 100 then still fits a Figure's 17 digits with room.
const maxScorePlaces = 14

// scoreFigure returns s as a figure with all its places and at least the
// published one, exactly: it never rounds.
func scoreFigure(s decimal.Decimal) (figure.Figure, error) {
	places := max(indexPlaces, -s.Exponent())
	if places > maxScorePlaces || s.Exponent() > 3 {
		// A huge exponent is refused before anything expands it; a
		// score within 0–100 has an exponent of at most 2.
		if !s.IsZero() {
			return figure.Figure{}, category.ErrOutOfRange
		}
		places = indexPlaces
	}
	return figure.New(s, places)
}

// meanOf returns the unweighted mean of the seven scores, computed with one
// DivRound and rounded half-up to one decimal place.
func meanOf(scores [7]figure.Figure) figure.Figure {
	var sum decimal.Decimal
	for _, s := range scores {
		sum = sum.Add(s.Decimal())
	}
	return figure.MustNew(sum.DivRound(decimal.New(7, 0), indexPlaces), indexPlaces)
}

// profileOf returns the profile of the seven scores score gives, with the
// given index.
func profileOf(score func(Value) figure.Figure, index figure.Figure) Profile {
	p := Profile{valid: true, index: index}
	for i, v := range Values() {
		p.scores[i] = score(v)
	}
	return p
}

// MustNewProfile is like [NewProfile] but panics on an error. It is meant
// for tests and for published figures written in source code.
func MustNewProfile(scores map[Value]decimal.Decimal) Profile {
	return enum.Must(NewProfile(scores))
}

// IsValid reports whether p was made by [NewProfile].
func (p Profile) IsValid() bool { return p.valid }

// Score returns the score of v, exactly as given to [NewProfile], with at
// least one place. It returns the zero (invalid) Figure for an invalid
// value or the zero Profile.
func (p Profile) Score(v Value) figure.Figure {
	if !v.IsValid() {
		return figure.Figure{}
	}
	return p.scores[v-1]
}

// ValueBand returns the category of v's score on
// [category.BerAKHLAK], decided on the score rounded half-up to one place
// (the published figure): 74.96 is 75.0 and category A. It returns the
// zero Band for an invalid value or the zero Profile.
func (p Profile) ValueBand(v Value) category.Band {
	if !v.IsValid() || !p.valid {
		return category.Band{}
	}
	return mustClassify(berakhlakScale, p.scores[v-1])
}

// Index returns the overall Indeks BerAKHLAK at one decimal place: the
// unweighted mean of the seven scores, rounded half-up once (derived: the
// mean of the 2022 national value scores is 60.94, published as 60.9), or
// the exact index of the survey result the profile came from (see
// [Profile]). It prints "61.0", not "61". The zero Profile returns the
// zero (invalid) Figure.
func (p Profile) Index() figure.Figure { return p.index }

// Band returns the category of [Profile.Index] on [category.BerAKHLAK],
// and the zero Band for the zero Profile.
func (p Profile) Band() category.Band {
	if !p.valid {
		return category.Band{}
	}
	return mustClassify(berakhlakScale, p.index)
}

// Equal reports whether p and o hold the same scores and the same index,
// figure by figure: 60.9 and 60.90 are different scores, as they are
// different published figures.
func (p Profile) Equal(o Profile) bool { return p == o }

// Rank is one line of [Profile.Ranked]. It is a comparable value.
type Rank struct {
	Rank  int           // 1 for the highest score; tied values share a rank
	Value Value         // the value
	Score figure.Figure // its score
	Tied  bool          // another value has the same score
}

type rankJSON struct {
	Rank  int           `json:"rank"`
	Value string        `json:"value"`
	Code  string        `json:"code"`
	Score figure.Figure `json:"score"`
	Tied  bool          `json:"tied"`
}

// MarshalJSON writes the line with its score as a string with its places
// and the value named as in a profile's JSON, e.g.
// {"rank":1,"value":"Akuntabel","code":"AK","score":"74.1","tied":false}.
// A Rank without a valid value or score is an error wrapping
// [survey.ErrNoFigure].
func (r Rank) MarshalJSON() ([]byte, error) {
	if !r.Value.IsValid() || !r.Score.IsValid() || r.Rank < 1 {
		return nil, fmt.Errorf("akhlak: MarshalJSON of a Rank without a rank, value or score: %w", survey.ErrNoFigure)
	}
	return json.Marshal(rankJSON{r.Rank, r.Value.String(), r.Value.Code(), r.Score, r.Tied})
}

// UnmarshalJSON reads what [Rank.MarshalJSON] writes. The value is read
// from "code" or, if that is empty, "value", in any spelling [ParseValue]
// accepts; the rank must be 1 to 7 and the score a figure within 0–100.
// Anything else is an error wrapping [survey.ErrInvalidInput]; on an
// error r is unchanged.
func (r *Rank) UnmarshalJSON(data []byte) error {
	var in rankJSON
	if err := json.Unmarshal(data, &in); err != nil {
		return fmt.Errorf("akhlak: Rank JSON: %w: %w", err, survey.ErrInvalidInput)
	}
	name := in.Code
	if name == "" {
		name = in.Value
	}
	v, err := ParseValue(name)
	if err != nil {
		return fmt.Errorf("akhlak: Rank JSON: %w: %w", err, survey.ErrInvalidInput)
	}
	if in.Rank < 1 || in.Rank > 7 || !in.Score.IsValid() || in.Score.Sign() < 0 || in.Score.Cmp(figure.MustParse("100")) > 0 {
		return fmt.Errorf("akhlak: Rank JSON: rank %d with score %q: want a rank of 1 to 7 and a score within 0–100: %w",
			in.Rank, in.Score.String(), survey.ErrInvalidInput)
	}
	*r = Rank{Rank: in.Rank, Value: v, Score: in.Score, Tied: in.Tied}
	return nil
}

// Ranked returns the seven values from the highest score to the lowest,
// compared at the published precision (one place): 57.94 and 57.90 both
// read 57.9, so they tie. Tied values share a rank (competition ranking:
// 1, 2, 2, 4, …), are marked Tied, and are listed in the official order.
func (p Profile) Ranked() [7]Rank {
	var out [7]Rank
	for i, v := range Values() {
		out[i] = Rank{Value: v, Score: p.scores[i]}
	}
	pub := func(i int) decimal.Decimal { return out[i].Score.Decimal().Round(indexPlaces) }
	sort.SliceStable(out[:], func(i, j int) bool { return pub(i).GreaterThan(pub(j)) })
	for i := range out {
		switch {
		case i > 0 && pub(i).Equal(pub(i-1)):
			out[i].Rank = out[i-1].Rank
			out[i].Tied = true
			out[i-1].Tied = true
		default:
			out[i].Rank = i + 1
		}
	}
	return out
}

// Lowest returns the value with the lowest score, or all of them, in the
// official order, when several share it. Scores are compared at the
// published precision, as in [Profile.Ranked]. The lowest value is the
// usual improvement focus.
func (p Profile) Lowest() []Value { return p.extreme(-1) }

// Highest returns the value with the highest score, or all of them, in the
// official order, when several share it, compared at the published
// precision.
func (p Profile) Highest() []Value { return p.extreme(1) }

func (p Profile) extreme(sign int) []Value {
	var pub [7]decimal.Decimal
	for i, s := range p.scores {
		pub[i] = s.Decimal().Round(indexPlaces)
	}
	best := pub[0]
	for _, s := range pub[1:] {
		if s.Cmp(best) == sign {
			best = s
		}
	}
	var out []Value
	for i, v := range Values() {
		if pub[i].Equal(best) {
			out = append(out, v)
		}
	}
	return out
}

type profileJSON struct {
	Values   []valueScoreJSON `json:"values"`
	Index    string           `json:"index,omitempty"`
	Category string           `json:"category,omitempty"`
}

type valueScoreJSON struct {
	Value    string `json:"value"`
	Code     string `json:"code"`
	Score    string `json:"score"`
	Category string `json:"category,omitempty"`
}

// json returns the JSON form of a valid profile.
func (p Profile) json() profileJSON {
	out := profileJSON{Index: p.index.String(), Category: p.Band().Letter}
	for i, v := range Values() {
		out.Values = append(out.Values, valueScoreJSON{Value: v.String(), Code: v.Code(), Score: p.scores[i].String(),
			Category: p.ValueBand(v).Letter})
	}
	return out
}

// MarshalJSON returns the profile as JSON with every figure as a string, so
// that it stays exact and does not depend on shopspring/decimal's settings
// (a score is written with all its digits and at least one place); each
// value carries the category of its score:
//
//	{"values":[{"value":"Berorientasi Pelayanan","code":"BP","score":"57.9","category":"B"},…],
//	 "index":"60.9","category":"B"}
//
// The zero Profile is an error.
func (p Profile) MarshalJSON() ([]byte, error) {
	if !p.valid {
		return nil, fmt.Errorf("akhlak: MarshalJSON of the zero Profile: %w", ErrIncompleteProfile)
	}
	return json.Marshal(p.json())
}

// UnmarshalJSON reads what [Profile.MarshalJSON] writes. Each entry of
// "values" is identified by "code" or, if that is empty, by "value", in any
// spelling [ParseValue] accepts; its score is read as a [figure.Figure]
// (plain decimal notation, at most 40 bytes), and its "category", when
// present, must be the one the score has. The profile is checked as by
// [NewProfile]; a value listed twice is an error. "index", if present, is
// kept when it is a figure at one place at most 0.1 from the mean of the
// scores (the exact index of a survey result; see [Profile]); if absent,
// the index is the mean of the scores. "category", when present, must be
// the index's. Every refusal wraps [survey.ErrInvalidInput] (or the error
// of [NewProfile]) and names the field; on an error p is unchanged.
func (p *Profile) UnmarshalJSON(data []byte) error {
	var in profileJSON
	if err := json.Unmarshal(data, &in); err != nil {
		return fmt.Errorf("akhlak: profile JSON: %w: %w", err, survey.ErrInvalidInput)
	}
	np, err := in.profile()
	if err != nil {
		return err
	}
	*p = np
	return nil
}

// profile reads and checks a profile's JSON form.
func (in profileJSON) profile() (Profile, error) {
	bad := func(format string, args ...any) (Profile, error) {
		return Profile{}, fmt.Errorf("akhlak: profile JSON: "+format+": %w", append(args, survey.ErrInvalidInput)...)
	}
	scores := make(map[Value]decimal.Decimal, len(in.Values))
	for _, e := range in.Values {
		name := e.Code
		if name == "" {
			name = e.Value
		}
		v, err := ParseValue(name)
		if err != nil {
			return Profile{}, err
		}
		if _, dup := scores[v]; dup {
			return bad("%s listed twice", v)
		}
		f, err := figure.Parse(e.Score)
		if err != nil {
			return bad("score %s for %s", text.Quote(e.Score), v)
		}
		scores[v] = f.Decimal()
	}
	np, err := NewProfile(scores)
	if err != nil {
		return Profile{}, err
	}
	for _, e := range in.Values {
		name := e.Code
		if name == "" {
			name = e.Value
		}
		v, _ := ParseValue(name) // parsed above
		if e.Category != "" && e.Category != np.ValueBand(v).Letter {
			return bad("category %s for %s, whose score %s is %s", text.Quote(e.Category), v, np.Score(v), np.ValueBand(v))
		}
	}
	if in.Index != "" {
		idx, err := figure.Parse(in.Index)
		tenth := decimal.New(1, -indexPlaces)
		if err != nil || idx.Places() != indexPlaces || idx.Decimal().Sub(np.index.Decimal()).Abs().GreaterThan(tenth) {
			return bad("index %s is not the one-place mean of the scores (%s) or within 0.1 of it", text.Quote(in.Index), np.index)
		}
		np.index = idx
	}
	if in.Category != "" && in.Category != np.Band().Letter {
		return bad("category %s, but the index %s is %s", text.Quote(in.Category), np.index, np.Band())
	}
	return np, nil
}
