package akhlak

import (
	"encoding/json"
	"fmt"
	"math/big"

	"github.com/go-asn/berakhlak/internal/jsoncmp"
	"github.com/go-asn/berakhlak/survey"
)

// A result's JSON carries its published figures for a reader and the
// counts every figure comes from, so that UnmarshalJSON rebuilds the
// result from the counts, writes it again, and refuses a document whose
// figures are not the ones its counts give (jsoncmp.Diff names the first
// one that differs).

type alignmentJSON struct {
	Matches *int   `json:"matches,omitempty"`
	CutTied *bool  `json:"cut_tied,omitempty"`
	Band    string `json:"band,omitempty"`
	Reason  string `json:"reason,omitempty"`
}

type listJSON struct {
	TotalVotes int          `json:"total_votes"`
	Top        []OptionRank `json:"top"`
	MostVoted  []Behaviour  `json:"most_voted"`
	LeastVoted []Behaviour  `json:"least_voted"`
	Votes      []uint64     `json:"votes"` // per option, in the instrument's order
	Reach      []uint64     `json:"reach"` // per value, in the official order
}

type extraJSON struct {
	Code string     `json:"code"`
	Kind OptionKind `json:"kind"`
	Text string     `json:"text"`
}

type instrumentJSON struct {
	MaxPicks int         `json:"max_picks"`
	Extras   []extraJSON `json:"extras"`
}

type ballotResultJSON struct {
	Method      string          `json:"method"`
	Respondents int             `json:"respondents"`
	Minimum     *survey.Minimum `json:"minimum"`
	profileJSON
	Lowest         []Value                  `json:"lowest"`
	Entropy        string                   `json:"entropy,omitempty"`
	EntropyPercent string                   `json:"entropy_percent,omitempty"`
	EntropyBand    string                   `json:"entropy_band,omitempty"`
	PositiveEnergy string                   `json:"positive_energy,omitempty"`
	EntropyReason  string                   `json:"entropy_reason,omitempty"`
	Alignment      map[string]alignmentJSON `json:"alignment"`
	Lists          map[string]listJSON      `json:"lists"`
	Instrument     *instrumentJSON          `json:"instrument"`
	// Since v1.1.0: Σ k² over respondents of the values each reaches in
	// the current list, for the index's sampling error.
	ReachSumOfSquares *uint64 `json:"reach_sum_of_squares,omitempty"`
}

// MarshalJSON writes the result with every figure as a string at its
// published places, and the counts they come from:
//
//	{"method":"reach","respondents":1200,"minimum":{…},"values":[…],
//	 "index":"61.0","category":"B","lowest":["AD"],
//	 "entropy":"12.3","entropy_percent":"12","entropy_band":"2","positive_energy":"87.7",
//	 "alignment":{"personal_current":{…},"current_desired":{…,"band":"A"}},
//	 "lists":{"personal":{…},"current":{…},"desired":{…}},
//	 "instrument":{"max_picks":10,"extras":[{"code":"RELIGIUS","kind":"positive","text":"Religius"},…]}}
//
// "values" is as in [Profile.MarshalJSON]. Each list has its total votes,
// its top 10 with ties marked, its most- and least-voted behaviours, and
// its counts: "votes" per option in the instrument's order (the 21
// behaviours, then the extras) and "reach" per value. Since v1.1.0,
// "reach_sum_of_squares" is Σ k² over respondents of the values each
// reaches in the current list, which the index's exact sampling error
// needs ([BallotResult.IndexInterval]). A figure the result
// does not have is left out and its reason written: "entropy_reason", and
// an alignment's "reason". The zero BallotResult is an error wrapping
// [survey.ErrNoFigure].
func (r BallotResult) MarshalJSON() ([]byte, error) {
	if !r.IsValid() {
		return nil, fmt.Errorf("akhlak: MarshalJSON of the zero BallotResult: %w", survey.ErrNoFigure)
	}
	p := r.Profile()
	min := r.min
	out := ballotResultJSON{Method: "reach", Respondents: r.Respondents(), Minimum: &min, profileJSON: p.json(), Lowest: p.Lowest(),
		Alignment: map[string]alignmentJSON{}, Lists: map[string]listJSON{},
		Instrument: &instrumentJSON{MaxPicks: r.t.inst.maxPicks, Extras: []extraJSON{}}}
	if e, err := r.Entropy(); err == nil {
		pct, _ := r.EntropyPercent()
		band, _ := r.EntropyBand()
		pe, _ := r.PositiveEnergy()
		out.Entropy, out.EntropyPercent, out.EntropyBand, out.PositiveEnergy = e.String(), pct.String(), band.Letter, pe.String()
	} else {
		out.EntropyReason = reasonOf(err)
	}
	out.Alignment["personal_current"] = r.alignmentJSON(ListPersonal, ListCurrent)
	out.Alignment["current_desired"] = r.alignmentJSON(ListCurrent, ListDesired)
	for _, l := range Lists() {
		lj := listJSON{TotalVotes: r.TotalVotes(l), Top: r.Top(l, topN), MostVoted: r.MostVoted(l), LeastVoted: r.LeastVoted(l),
			Votes: append([]uint64(nil), r.t.votes[l-1][:len(r.t.inst.options)]...), Reach: append([]uint64(nil), r.t.reach[l-1][:]...)}
		if lj.Top == nil {
			lj.Top = []OptionRank{}
		}
		out.Lists[l.String()] = lj
	}
	for _, o := range r.t.inst.options[21:] {
		out.Instrument.Extras = append(out.Instrument.Extras, extraJSON{Code: o.Code, Kind: o.Kind, Text: o.Text})
	}
	if r.t.hasSq {
		sq := r.t.sq
		out.ReachSumOfSquares = &sq
	}
	return json.Marshal(out)
}

func (r BallotResult) alignmentJSON(a, b List) alignmentJSON {
	al, err := r.Alignment(a, b)
	if err != nil {
		return alignmentJSON{Reason: reasonOf(err)}
	}
	out := alignmentJSON{Matches: &al.Matches, CutTied: &al.CutTied}
	if a == ListCurrent && b == ListDesired {
		band, _ := r.DesiredAlignmentBand()
		out.Band = band.Letter
	}
	return out
}

// reasonOf returns the error's text without the module's prefix and
// sentinel: the words a JSON reader needs.
func reasonOf(err error) string {
	s := err.Error()
	const prefix = "akhlak: "
	if len(s) > len(prefix) && s[:len(prefix)] == prefix {
		s = s[len(prefix):]
	}
	const suffix = ": " + "no figure"
	if len(s) > len(suffix) && s[len(s)-len(suffix):] == suffix {
		s = s[:len(s)-len(suffix)]
	}
	return s
}

// UnmarshalJSON reads a BallotResult back from what
// [BallotResult.MarshalJSON] wrote: it rebuilds the instrument and the
// counts ("instrument", each list's "votes" and "reach", "respondents",
// "minimum"), checks that they could come from ballots (no count above
// what the respondents and picks allow, the minimum met), and then checks
// that every figure in the document is the one those counts give. Every
// accessor of the decoded result then returns what the original's did.
// Anything else is an error wrapping [survey.ErrInvalidInput] that names
// the field; on an error r is unchanged.
func (r *BallotResult) UnmarshalJSON(data []byte) error {
	bad := func(format string, args ...any) error {
		return fmt.Errorf("akhlak: BallotResult JSON: "+format+": %w", append(args, survey.ErrInvalidInput)...)
	}
	var in ballotResultJSON
	if err := json.Unmarshal(data, &in); err != nil {
		return bad("%v", err)
	}
	if in.Instrument == nil || in.Minimum == nil || in.Respondents < 1 {
		return bad("no instrument, no minimum, or no respondents: a BallotResult's JSON carries all three")
	}
	extras := make([]Option, len(in.Instrument.Extras))
	for i, e := range in.Instrument.Extras {
		extras[i] = Option{Code: e.Code, Kind: e.Kind, Text: e.Text}
	}
	inst, err := NewInstrument(in.Instrument.MaxPicks, extras...)
	if err != nil {
		return bad("instrument: %v", err)
	}
	t := BallotTally{inst: inst, n: uint64(in.Respondents)}
	for _, l := range Lists() {
		lj, ok := in.Lists[l.String()]
		switch {
		case !ok:
			return bad("no %s list", l)
		case len(lj.Votes) != len(inst.options) || len(lj.Reach) != 7:
			return bad("%s list: %d votes and %d reach counts, want %d and 7", l, len(lj.Votes), len(lj.Reach), len(inst.options))
		}
		copy(t.votes[l-1][:], lj.Votes)
		copy(t.reach[l-1][:], lj.Reach)
	}
	if err := t.checkCounts(); err != nil {
		return bad("%v", err)
	}
	if in.ReachSumOfSquares != nil {
		t.sq, t.hasSq = *in.ReachSumOfSquares, true
		if err := t.checkSq(); err != nil {
			return bad("reach_sum_of_squares: %v", err)
		}
	}
	if err := in.Minimum.Check(in.Respondents); err != nil {
		return bad("%d respondents against the minimum: %v", in.Respondents, err)
	}
	x := BallotResult{t: t, min: *in.Minimum}
	if err := jsoncmp.Recomputed(data, x.MarshalJSON); err != nil {
		return bad("%v", err)
	}
	*r = x
	return nil
}

// checkCounts reports whether t's counts could come from ballots of its
// instrument: in each list, no option has more votes than respondents,
// the votes are at most the respondents times the picks allowed, and a
// value's reach is at least the votes of each of its behaviours (one
// respondent picks an option once) and at most their sum.
func (t *BallotTally) checkCounts() error {
	n, most := t.n, uint64(t.inst.maxPicks)
	for l := range t.votes {
		var total uint64
		for i, c := range t.votes[l][:len(t.inst.options)] {
			if c > n {
				return fmt.Errorf("%s list: %d votes for %s from %d respondents", List(l+1), c, t.inst.options[i].Code, n)
			}
			total += c
		}
		if total > n*most {
			return fmt.Errorf("%s list: %d votes from %d respondents of at most %d picks", List(l+1), total, n, most)
		}
		for _, v := range Values() {
			var sum, biggest uint64
			for _, b := range v.Behaviours() {
				c := t.votes[l][b-1]
				sum += c
				biggest = max(biggest, c)
			}
			if r := t.reach[l][v-1]; r < biggest || r > sum {
				return fmt.Errorf("%s list: %s reaches %d respondents, but its behaviours have %d votes, the most %d", List(l+1), v, r, sum, biggest)
			}
		}
	}
	return nil
}

type behaviourJSON struct {
	Code     string `json:"code"`
	Mean     string `json:"mean,omitempty"`
	Answered int64  `json:"answered"`
	Missing  int64  `json:"missing"`
	Sum      int64  `json:"sum"`
	// Since v1.1.0, for the sampling error; JSON written before has none.
	SumOfSquares *int64 `json:"sum_of_squares,omitempty"`
}

type ratingResultJSON struct {
	Method      string              `json:"method"`
	Scale       *survey.RatingScale `json:"scale"`
	Respondents int                 `json:"respondents"`
	Minimum     *survey.Minimum     `json:"minimum"`
	profileJSON
	Lowest     []Value         `json:"lowest"`
	Behaviours []behaviourJSON `json:"behaviours"`
}

// MarshalJSON writes the result with every figure as a string at its
// published places, and the counts they come from:
//
//	{"method":"rating","scale":"1–5","respondents":800,"minimum":{…},"values":[…],
//	 "index":"61.0","category":"B","lowest":["AD"],
//	 "behaviours":[{"code":"BP1","mean":"3.87","answered":790,"missing":10,"sum":3057},…]}
//
// "values" is as in [Profile.MarshalJSON]; each behaviour's mean is at two
// places (library default), left out when it has no answer, "sum" is
// the sum of its answers and "sum_of_squares" the sum of their squares,
// which the sampling error needs ([RatingResult.ScoreInterval]; JSON
// written before v1.1.0 has none, and its result no intervals). The zero RatingResult is an error wrapping
// [survey.ErrNoFigure].
func (r RatingResult) MarshalJSON() ([]byte, error) {
	if !r.IsValid() {
		return nil, fmt.Errorf("akhlak: MarshalJSON of the zero RatingResult: %w", survey.ErrNoFigure)
	}
	p := r.Profile()
	scale, min := r.scale, r.min
	out := ratingResultJSON{Method: "rating", Scale: &scale, Respondents: r.n, Minimum: &min, profileJSON: p.json(), Lowest: p.Lowest()}
	for i, b := range Behaviours() {
		bj := behaviourJSON{Code: b.Code(), Answered: r.count[i], Missing: r.missing[i], Sum: r.sum[i]}
		if r.hasSq {
			bj.SumOfSquares = &r.sq[i]
		}
		if m, err := r.Mean(b); err == nil {
			bj.Mean = m.String()
		}
		out.Behaviours = append(out.Behaviours, bj)
	}
	return json.Marshal(out)
}

// UnmarshalJSON reads a RatingResult back from what
// [RatingResult.MarshalJSON] wrote: it rebuilds the counts ("scale",
// "respondents", "minimum", each behaviour's "answered", "missing" and
// "sum"), checks that they could come from answers on the scale (each
// behaviour answered or missed by every respondent, a sum within the
// scale's bounds, every value answered, the minimum met), and then checks
// that every figure in the document is the one those counts give. Every
// accessor of the decoded result then returns what the original's did.
// "sum_of_squares", when given, must be given for every behaviour, and be
// one that answers on the scale with that sum could give.
// Anything else is an error wrapping [survey.ErrInvalidInput] that names
// the field; on an error r is unchanged.
func (r *RatingResult) UnmarshalJSON(data []byte) error {
	bad := func(format string, args ...any) error {
		return fmt.Errorf("akhlak: RatingResult JSON: "+format+": %w", append(args, survey.ErrInvalidInput)...)
	}
	var in ratingResultJSON
	if err := json.Unmarshal(data, &in); err != nil {
		return bad("%v", err)
	}
	if in.Scale == nil || !in.Scale.IsValid() || in.Minimum == nil || in.Respondents < 1 || len(in.Behaviours) != 21 {
		return bad("a RatingResult's JSON carries a scale, a minimum, respondents and the 21 behaviours")
	}
	x := RatingResult{scale: *in.Scale, min: *in.Minimum, n: in.Respondents}
	lo, hi := int64(x.scale.Min()), int64(x.scale.Max())
	for i, b := range Behaviours() {
		bj := in.Behaviours[i]
		switch {
		case bj.Code != b.Code():
			return bad("behaviour %d is %q, want %s", i+1, bj.Code, b.Code())
		case bj.Answered < 0 || bj.Missing < 0 || bj.Answered+bj.Missing != int64(in.Respondents):
			return bad("%s: %d answered and %d missing of %d respondents", b.Code(), bj.Answered, bj.Missing, in.Respondents)
		case bj.Sum < lo*bj.Answered || bj.Sum > hi*bj.Answered:
			return bad("%s: a sum of %d for %d answers on %s", b.Code(), bj.Sum, bj.Answered, x.scale)
		}
		x.count[i], x.missing[i], x.sum[i] = bj.Answered, bj.Missing, bj.Sum
		if err := x.readSquares(i, bj.SumOfSquares); err != nil {
			return bad("%s: %v", b.Code(), err)
		}
	}
	for _, v := range Values() {
		if c, _ := x.valueSums(v); c == 0 {
			return bad("%s has no answer, so no score", v)
		}
	}
	if err := x.min.Check(x.n); err != nil {
		return bad("%d respondents against the minimum: %v", x.n, err)
	}
	if err := jsoncmp.Recomputed(data, x.MarshalJSON); err != nil {
		return bad("%v", err)
	}
	*r = x
	return nil
}

// readSquares sets behaviour i's sum of squares from the JSON, sq nil
// when it has none: all 21 behaviours have one, or none has. The sum of
// squares of c answers summing to s on lo…hi is at least s²/c (Cauchy–
// Schwarz) and at most (lo + hi)·s − lo·hi·c (each (x − lo)(hi − x) ≥ 0).
func (r *RatingResult) readSquares(i int, sq *int64) error {
	if i == 0 {
		r.hasSq = sq != nil
	}
	if (sq != nil) != r.hasSq {
		return fmt.Errorf("a sum of squares for some behaviours and not for others")
	}
	if sq == nil {
		return nil
	}
	c, s := r.count[i], r.sum[i]
	lo, hi := int64(r.scale.Min()), int64(r.scale.Max())
	if *sq < 0 || *sq > (lo+hi)*s-lo*hi*c || new(big.Int).Mul(big.NewInt(c), big.NewInt(*sq)).Cmp(new(big.Int).Mul(big.NewInt(s), big.NewInt(s))) < 0 {
		return fmt.Errorf("a sum of squares of %d for %d answers summing to %d on %s", *sq, c, s, r.scale)
	}
	r.sq[i] = *sq
	return nil
}
