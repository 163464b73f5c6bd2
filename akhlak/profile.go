package akhlak

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"

	"github.com/go-asn/berakhlak/category"
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
// The zero Profile is not valid: [Profile.IsValid] reports false, its
// Index is the zero decimal and its Category the zero Band, with no
// letter, so that it never reads as a published category.
type Profile struct {
	scores [7]decimal.Decimal
	index  decimal.Decimal
	valid  bool
}

// NewProfile returns the profile of the given scores. All seven values are
// required. NewProfile returns an error that names the offending value and
// wraps:
//   - [ErrIncompleteProfile] when a value is missing;
//   - [ErrUnknownValue] when a key is not one of the seven values;
//   - [category.ErrOutOfRange] when a score is below 0 or above 100.
//
// The scores are kept exactly as given; the index is their mean, rounded
// half-up once to one decimal place.
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
		if s.Sign() < 0 || s.GreaterThan(hundred) {
			return Profile{}, fmt.Errorf("akhlak: profile: score %s for %s is outside 0–100: %w", exact.String(s), v, category.ErrOutOfRange)
		}
		p.scores[i] = s
	}
	if len(missing) > 0 {
		return Profile{}, fmt.Errorf("akhlak: profile: no score for %s: %w", strings.Join(missing, ", "), ErrIncompleteProfile)
	}
	p.valid = true
	p.index = meanOf(p.scores)
	return p, nil
}

// meanOf returns the unweighted mean of the seven scores, computed with one
// DivRound and rounded half-up to one decimal place.
func meanOf(scores [7]decimal.Decimal) decimal.Decimal {
	var sum decimal.Decimal
	for _, s := range scores {
		sum = sum.Add(s)
	}
	return sum.DivRound(decimal.New(7, 0), indexPlaces)
}

// profileOf returns the profile of the seven scores score gives, with the
// given index.
func profileOf(score func(Value) decimal.Decimal, index decimal.Decimal) Profile {
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

// Score returns the score of v, exactly as given to [NewProfile]. It
// returns zero for an invalid value.
func (p Profile) Score(v Value) decimal.Decimal {
	if !v.IsValid() {
		return decimal.Decimal{}
	}
	return p.scores[v-1]
}

// Index returns the overall Indeks BerAKHLAK at one decimal place: the
// unweighted mean of the seven scores, rounded half-up once (derived: the
// mean of the 2022 national value scores is 60.94, published as 60.9), or
// the exact index of the survey result the profile came from (see
// [Profile]). It carries one decimal place, so it prints "61.0", not "61".
// The zero Profile returns the zero decimal.
func (p Profile) Index() decimal.Decimal { return p.index }

// Category returns the category of [Profile.Index] on [category.BerAKHLAK],
// and the zero Band for the zero Profile.
func (p Profile) Category() category.Band {
	if !p.valid {
		return category.Band{}
	}
	return mustClassify(berakhlakScale, p.index)
}

// Equal reports whether p and o hold the same scores (compared by value:
// 60.9 equals 60.90) and the same index.
func (p Profile) Equal(o Profile) bool {
	if p.valid != o.valid || !p.index.Equal(o.index) {
		return false
	}
	for i := range p.scores {
		if !p.scores[i].Equal(o.scores[i]) {
			return false
		}
	}
	return true
}

// Rank is one line of [Profile.Ranked].
type Rank struct {
	Rank  int             // 1 for the highest score; tied values share a rank
	Value Value           // the value
	Score decimal.Decimal // its score
	Tied  bool            // another value has the same score
}

// MarshalJSON writes the line with its score as a string with at least one
// place and the value named as in a profile's JSON, e.g.
// {"rank":1,"value":"Akuntabel","code":"AK","score":"74.1","tied":false},
// independent of shopspring/decimal's settings.
func (r Rank) MarshalJSON() ([]byte, error) {
	return json.Marshal(struct {
		Rank  int    `json:"rank"`
		Value string `json:"value"`
		Code  string `json:"code"`
		Score string `json:"score"`
		Tied  bool   `json:"tied"`
	}{r.Rank, r.Value.String(), r.Value.Code(), scoreText(r.Score), r.Tied})
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
	pub := func(i int) decimal.Decimal { return out[i].Score.Round(indexPlaces) }
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
		pub[i] = s.Round(indexPlaces)
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

// scoreText formats a score with all its digits and at least the published
// one place: "61.0" for 61, "57.94" as given.
func scoreText(d decimal.Decimal) string {
	return d.StringFixed(max(indexPlaces, -d.Exponent()))
}

// json returns the JSON form of a valid profile.
func (p Profile) json() profileJSON {
	out := profileJSON{Index: exact.Fixed(p.index), Category: p.Category().Letter}
	for i, v := range Values() {
		var letter string
		if b, err := berakhlakScale.Classify(p.scores[i]); err == nil {
			letter = b.Letter
		}
		out.Values = append(out.Values, valueScoreJSON{Value: v.String(), Code: v.Code(), Score: scoreText(p.scores[i]), Category: letter})
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
// spelling [ParseValue] accepts; its "category" is ignored. The profile is
// checked as by [NewProfile]; a value listed twice is an error. "index", if
// present, is kept when it is at most 0.1 from the mean of the scores (the
// exact index of a survey result; see [Profile]), and is an error wrapping
// [survey.ErrInvalidInput] otherwise; if absent, the index is the mean of
// the scores. "category" is recomputed from the index.
func (p *Profile) UnmarshalJSON(data []byte) error {
	var in profileJSON
	if err := json.Unmarshal(data, &in); err != nil {
		return fmt.Errorf("akhlak: profile JSON: %w", err)
	}
	scores := make(map[Value]decimal.Decimal, len(in.Values))
	for _, e := range in.Values {
		name := e.Code
		if name == "" {
			name = e.Value
		}
		v, err := ParseValue(name)
		if err != nil {
			return err
		}
		if _, dup := scores[v]; dup {
			return fmt.Errorf("akhlak: profile JSON: %s listed twice: %w", v, survey.ErrInvalidInput)
		}
		s, err := decimal.NewFromString(e.Score)
		if err != nil {
			return fmt.Errorf("akhlak: profile JSON: score %s for %s: %w", text.Quote(e.Score), v, survey.ErrInvalidInput)
		}
		scores[v] = s
	}
	np, err := NewProfile(scores)
	if err != nil {
		return err
	}
	if in.Index != "" {
		idx, err := decimal.NewFromString(in.Index)
		tenth := decimal.New(1, -indexPlaces)
		if err != nil || !idx.Round(indexPlaces).Equal(idx) || idx.Sub(np.index).Abs().GreaterThan(tenth) {
			return fmt.Errorf("akhlak: profile JSON: index %s is not the one-place mean of the scores (%s) or within 0.1 of it: %w",
				text.Quote(in.Index), exact.Fixed(np.index), survey.ErrInvalidInput)
		}
		np.index = idx.Round(indexPlaces)
	}
	*p = np
	return nil
}
