package akhlak

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"

	"github.com/go-asn/berakhlak/category"
	"github.com/go-asn/berakhlak/internal/exact"
	"github.com/shopspring/decimal"
)

// IndexPlaces is the number of decimal places the Indeks BerAKHLAK and its
// value scores are published with (KemenPANRB, Survei Budaya Kerja ASN).
const IndexPlaces = 1

// berakhlakScale is the built-in scale, built once; Scale is immutable.
var berakhlakScale = category.BerAKHLAK()

// Profile holds one score, 0 to 100, for each of the seven values: a
// published profile such as the 2022 national figures, or the result of a
// survey. It is immutable. The zero Profile is not valid: [Profile.IsValid]
// reports false, its scores are all zero, and so its Index is 0.0 and its
// Category D; check IsValid before publishing a Profile you did not build.
type Profile struct {
	scores [7]decimal.Decimal
	valid  bool
}

// NewProfile returns the profile of the given scores. All seven values are
// required. NewProfile returns an error that names the offending value and
// wraps:
//   - [ErrIncompleteProfile] when a value is missing;
//   - [ErrUnknownValue] when a key is not one of the seven values;
//   - [ErrOutOfRange] when a score is below 0 or above 100.
//
// The scores are kept exactly as given; only [Profile.Index] rounds.
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
			return Profile{}, fmt.Errorf("akhlak: profile: score %s for %s is outside 0–100: %w", exact.String(s), v, ErrOutOfRange)
		}
		p.scores[i] = s
	}
	if len(missing) > 0 {
		return Profile{}, fmt.Errorf("akhlak: profile: no score for %s: %w", strings.Join(missing, ", "), ErrIncompleteProfile)
	}
	p.valid = true
	return p, nil
}

// MustNewProfile is like [NewProfile] but panics on an error. It is meant
// for tests and for published figures written in source code.
func MustNewProfile(scores map[Value]decimal.Decimal) Profile {
	p, err := NewProfile(scores)
	if err != nil {
		panic(err)
	}
	return p
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

// Index returns the overall Indeks BerAKHLAK: the unweighted mean of the
// seven scores, computed with one DivRound and rounded half-up to one
// decimal place (RULES.md §3.3, derived: the mean of the 2022 national
// value scores is 60.94, published as 60.9).
func (p Profile) Index() decimal.Decimal {
	var sum decimal.Decimal
	for _, s := range p.scores {
		sum = sum.Add(s)
	}
	return sum.DivRound(decimal.New(7, 0), IndexPlaces)
}

// Category returns the category of [Profile.Index] on [category.BerAKHLAK].
func (p Profile) Category() category.Band {
	b, err := berakhlakScale.Classify(p.Index())
	if err != nil {
		// Unreachable: every score is within 0–100, so is their mean.
		panic(err)
	}
	return b
}

// Rank is one line of [Profile.Ranked].
type Rank struct {
	Rank  int             // 1 for the highest score; tied values share a rank
	Value Value           // the value
	Score decimal.Decimal // its score
	Tied  bool            // another value has the same score
}

// Ranked returns the seven values from the highest score to the lowest,
// compared at the published precision ([IndexPlaces]): 57.94 and 57.90 both
// read 57.9, so they tie. Tied values share a rank (competition ranking:
// 1, 2, 2, 4, …), are marked Tied, and are listed in the official order.
func (p Profile) Ranked() [7]Rank {
	var out [7]Rank
	for i, v := range Values() {
		out[i] = Rank{Value: v, Score: p.scores[i]}
	}
	pub := func(i int) decimal.Decimal { return out[i].Score.Round(IndexPlaces) }
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
		pub[i] = s.Round(IndexPlaces)
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
	Value string `json:"value"`
	Code  string `json:"code"`
	Score string `json:"score"`
}

// MarshalJSON returns the profile as JSON with every figure as a string, so
// that it stays exact:
//
//	{"values":[{"value":"Berorientasi Pelayanan","code":"BP","score":"57.9"},…],
//	 "index":"60.9","category":"B"}
//
// The zero Profile is an error.
func (p Profile) MarshalJSON() ([]byte, error) {
	if !p.valid {
		return nil, fmt.Errorf("akhlak: MarshalJSON of the zero Profile: %w", ErrIncompleteProfile)
	}
	out := profileJSON{Index: p.Index().StringFixed(IndexPlaces), Category: p.Category().Letter}
	for i, v := range Values() {
		out.Values = append(out.Values, valueScoreJSON{Value: v.String(), Code: v.Code(), Score: exact.String(p.scores[i])})
	}
	return json.Marshal(out)
}

// UnmarshalJSON reads what [Profile.MarshalJSON] writes. Each entry of
// "values" is identified by "code" or, if that is empty, by "value", in any
// spelling [ParseValue] accepts. "index" and "category" are ignored: they
// are recomputed from the scores. The profile is checked as by
// [NewProfile]; a value listed twice is an error.
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
			return fmt.Errorf("akhlak: profile JSON: %s listed twice", v)
		}
		s, err := decimal.NewFromString(e.Score)
		if err != nil {
			return fmt.Errorf("akhlak: profile JSON: score %q for %s: %w", e.Score, v, err)
		}
		scores[v] = s
	}
	np, err := NewProfile(scores)
	if err != nil {
		return err
	}
	*p = np
	return nil
}
