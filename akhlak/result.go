package akhlak

import (
	"fmt"
	"sort"

	"github.com/go-asn/berakhlak/category"
	"github.com/go-asn/berakhlak/figure"
	"github.com/go-asn/berakhlak/internal/exact"
	"github.com/go-asn/berakhlak/survey"
	"github.com/shopspring/decimal"
)

// topN is the length of the top lists compared for values alignment
// (Barrett: the top 10 values).
const topN = 10

var (
	entropyScale   = category.Entropy()
	alignmentScale = category.Alignment()
)

// BallotResult is the result of a vote-based survey that met its minimum
// number of respondents. It is an immutable value, safe for concurrent use.
// Every figure is computed exactly from the tally's integers and rounded
// half-up once, at one decimal place (the published precision of the
// Indeks BerAKHLAK), and is a [figure.Figure], so it prints as published
// ("61.0").
//
// A BallotResult is stored as JSON ([BallotResult.MarshalJSON]) with its
// counts, and read back whole ([BallotResult.UnmarshalJSON]); to merge it
// with more ballots later, store the [BallotTally] instead.
type BallotResult struct {
	t   BallotTally
	min survey.Minimum
}

// IsValid reports whether r was returned by [BallotTally.Result]. The zero
// BallotResult has no figures: its scores and index are the zero (invalid)
// Figure, its categories the zero Band, every figure that returns an error
// an error wrapping [survey.ErrNoFigure], and its MarshalJSON such an
// error.
func (r BallotResult) IsValid() bool { return r.t.n > 0 }

// Respondents returns the number of respondents.
func (r BallotResult) Respondents() int { return int(r.t.n) }

// Minimum returns the minimum the result was checked against.
func (r BallotResult) Minimum() survey.Minimum { return r.min }

// Instrument returns the survey's instrument.
func (r BallotResult) Instrument() Instrument { return r.t.inst }

// Score returns the value's implementation score by reach: the percentage
// of respondents whose current-culture picks include at least one of the
// value's three behaviours, rounded half-up to one decimal place.
//
// How votes become a value's percentage has never been published (an open
// rule; see the rule register in package berakhlak): reach is the library
// default, not the government's formula. Every respondent is in the
// denominator, including one who left the current list empty (see
// [Ballot]). It returns the zero (invalid) Figure for an invalid value or
// the zero BallotResult.
func (r BallotResult) Score(v Value) figure.Figure {
	if !v.IsValid() || !r.IsValid() {
		return figure.Figure{}
	}
	return percent(int64(r.t.reach[ListCurrent-1][v-1]), int64(r.t.n), indexPlaces)
}

// percent returns 100·num/den as a figure, rounded half-up once to places.
// den is positive and the figure is a percentage of counts, which a
// Figure always holds.
func percent(num, den int64, places int32) figure.Figure {
	return figure.MustNew(exact.Percent(num, den, places), places)
}

// ValueBand returns the category of v's score on [category.BerAKHLAK],
// and the zero Band for an invalid value or the zero BallotResult.
func (r BallotResult) ValueBand(v Value) category.Band {
	if !v.IsValid() || !r.IsValid() {
		return category.Band{}
	}
	return mustClassify(berakhlakScale, r.Score(v))
}

// Reach returns how many respondents picked at least one behaviour of v in
// list l, and 0 for an invalid list or value.
func (r BallotResult) Reach(l List, v Value) int {
	if !v.IsValid() || !l.IsValid() {
		return 0
	}
	return int(r.t.reach[l-1][v-1])
}

// Profile returns the seven published scores ([BallotResult.Score]) with
// this result's index: r.Profile().Index() equals r.Index().
func (r BallotResult) Profile() Profile {
	if !r.IsValid() {
		return Profile{}
	}
	return profileOf(r.Score, r.Index())
}

// Index returns the Indeks BerAKHLAK: the unweighted mean of the seven
// exact value scores, rounded half-up once to one decimal place (derived;
// see the rule register in package berakhlak). Because it is rounded once,
// from the exact scores, it can differ by 0.1 from the mean of the seven
// published (rounded) scores; [BallotResult.Profile] carries this index, so
// a survey has one published index. The zero BallotResult returns the
// zero (invalid) Figure.
func (r BallotResult) Index() figure.Figure {
	if !r.IsValid() {
		return figure.Figure{}
	}
	var sum int64
	for _, c := range r.t.reach[ListCurrent-1] {
		sum += int64(c)
	}
	return percent(sum, 7*int64(r.t.n), indexPlaces)
}

// Band returns the category of [BallotResult.Index] on
// [category.BerAKHLAK].
func (r BallotResult) Band() category.Band {
	if !r.IsValid() {
		return category.Band{}
	}
	return mustClassify(berakhlakScale, r.Index())
}

// Votes returns the votes for option id in list l, and 0 for an invalid
// list or an id the instrument lacks.
func (r BallotResult) Votes(l List, id OptionID) int {
	if !l.IsValid() || !r.t.inst.has(id) {
		return 0
	}
	return int(r.t.votes[l-1][id-1])
}

// TotalVotes returns all votes cast in list l; 0 for an invalid list or
// the zero BallotResult.
func (r BallotResult) TotalVotes(l List) int {
	if !l.IsValid() {
		return 0
	}
	var s int
	for _, v := range r.t.votes[l-1][:len(r.t.inst.options)] {
		s += int(v)
	}
	return s
}

// OptionRank is one line of a ranking of options by votes.
type OptionRank struct {
	Rank   int      `json:"rank"`  // 1 for the most votes; tied options share a rank
	Option OptionID `json:"-"`     // the option
	Code   string   `json:"code"`  // the option's code
	Votes  int      `json:"votes"` // its votes in the list
	Tied   bool     `json:"tied"`  // another option has the same number of votes
}

// Ranking returns every option of list l from the most votes to the
// fewest. Options with equal votes share a rank (1, 2, 2, 4, …), are marked
// Tied, and are listed in catalogue order (Barrett's ranking; a tie is
// reported, not hidden).
func (r BallotResult) Ranking(l List) []OptionRank {
	if !l.IsValid() {
		return nil
	}
	out := make([]OptionRank, len(r.t.inst.options))
	for i, o := range r.t.inst.options {
		out[i] = OptionRank{Option: OptionID(i + 1), Code: o.Code, Votes: int(r.t.votes[l-1][i])}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Votes > out[j].Votes })
	for i := range out {
		if i > 0 && out[i].Votes == out[i-1].Votes {
			out[i].Rank = out[i-1].Rank
			out[i].Tied, out[i-1].Tied = true, true
		} else {
			out[i].Rank = i + 1
		}
	}
	return out
}

// Top returns the first n lines of [BallotResult.Ranking], leaving out
// options with no votes. A line's Tied says it shares its votes with
// another option, inside or outside the list; [BallotResult.CutTied] says
// whether the cut itself splits a tie (broken by catalogue order). It
// returns nil for n ≤ 0, an invalid list or the zero BallotResult.
func (r BallotResult) Top(l List, n int) []OptionRank { return top(r.Ranking(l), n) }

func top(rk []OptionRank, n int) []OptionRank {
	if n <= 0 {
		return nil
	}
	var out []OptionRank
	for _, x := range rk {
		if len(out) == n || x.Votes == 0 {
			break
		}
		out = append(out, x)
	}
	return out
}

// MostVoted returns the behaviour, or the tied behaviours in official
// order, with the most votes in list l. Only the 21 behaviours compete.
// It returns nil when no behaviour has a vote.
func (r BallotResult) MostVoted(l List) []Behaviour {
	out := r.extremeBehaviour(l, 1)
	if len(out) > 0 && r.Votes(l, OptionID(out[0])) == 0 {
		return nil
	}
	return out
}

// LeastVoted returns the behaviour, or the tied behaviours in official
// order, with the fewest votes in list l (none, when all have none).
// Only the 21 behaviours compete. It returns nil when no option of the
// list has a vote: in a list nobody filled, no behaviour is "least
// voted".
func (r BallotResult) LeastVoted(l List) []Behaviour {
	if r.TotalVotes(l) == 0 {
		return nil
	}
	return r.extremeBehaviour(l, -1)
}

func (r BallotResult) extremeBehaviour(l List, sign int) []Behaviour {
	if !l.IsValid() {
		return nil
	}
	v := r.t.votes[l-1][:21]
	best := v[0]
	for _, c := range v[1:] {
		if (sign > 0 && c > best) || (sign < 0 && c < best) {
			best = c
		}
	}
	var out []Behaviour
	for i, c := range v {
		if c == best {
			out = append(out, Behaviour(i+1))
		}
	}
	return out
}

// Entropy returns Barrett's cultural entropy: the current-culture votes for
// potentially limiting options as a percentage of all current-culture
// votes, rounded half-up to one decimal place (Barrett's Cultural Values
// Assessment). Entropy is undefined, and Entropy returns an error wrapping
// [survey.ErrNoFigure], when the instrument has no potentially limiting
// option (as [DefaultInstrument]: a survey that cannot record a limiting
// vote has not measured entropy, which is not the same as none), or when
// nobody voted in the current list.
func (r BallotResult) Entropy() (figure.Figure, error) {
	lim, total, err := r.entropyCounts()
	if err != nil {
		return figure.Figure{}, err
	}
	return percent(lim, total, indexPlaces), nil
}

// EntropyBand returns the band of the entropy on [category.Entropy]. The
// bands are in whole percent, so the exact entropy is rounded half-up once
// to a whole percent ([BallotResult.EntropyPercent]) and classified: 10.45%
// is published as 10.5 at one place but is 10 in whole percent, "Healthy".
// Without an entropy ([BallotResult.Entropy]) there is no band.
func (r BallotResult) EntropyBand() (category.Band, error) {
	e, err := r.EntropyPercent()
	if err != nil {
		return category.Band{}, err
	}
	return mustClassify(entropyScale, e), nil
}

// EntropyPercent returns the entropy rounded half-up once, from the exact
// ratio, to a whole percent: the figure Barrett's bands classify. Without
// an entropy ([BallotResult.Entropy]) there is no figure.
func (r BallotResult) EntropyPercent() (figure.Figure, error) {
	lim, total, err := r.entropyCounts()
	if err != nil {
		return figure.Figure{}, err
	}
	return percent(lim, total, 0), nil
}

func (r BallotResult) entropyCounts() (limiting, total int64, err error) {
	switch {
	case !r.IsValid():
		return 0, 0, errZeroBallotResult
	case r.t.inst.limiting == 0:
		return 0, 0, fmt.Errorf("akhlak: entropy: the instrument has no potentially limiting option, so entropy is undefined: %w", survey.ErrNoFigure)
	}
	t := r.TotalVotes(ListCurrent)
	if t == 0 {
		return 0, 0, fmt.Errorf("akhlak: entropy: no current-culture votes: %w", survey.ErrNoFigure)
	}
	for i := range r.t.inst.options {
		if r.t.inst.limiting&(1<<i) != 0 {
			limiting += int64(r.t.votes[ListCurrent-1][i])
		}
	}
	return limiting, int64(t), nil
}

var errZeroBallotResult = fmt.Errorf("akhlak: the zero BallotResult: %w", survey.ErrNoFigure)

// PositiveEnergy returns 100 − [BallotResult.Entropy] (Barrett), from the
// published entropy, so that the two printed figures add up to 100.
// Without an entropy there is no positive energy.
func (r BallotResult) PositiveEnergy() (figure.Figure, error) {
	e, err := r.Entropy()
	if err != nil {
		return figure.Figure{}, err
	}
	return figure.MustNew(decimal.New(100, 0).Sub(e.Decimal()), indexPlaces), nil
}

// CutTied reports whether the top n of list l ends inside a tie: the n-th
// and the (n+1)-th options have the same, non-zero, number of votes, so
// which of them is "in the top n" was decided by catalogue order. It is
// false for n ≤ 0, an invalid list or the zero BallotResult.
func (r BallotResult) CutTied(l List, n int) bool { return cutTied(r.Ranking(l), n) }

func cutTied(rk []OptionRank, n int) bool {
	return n > 0 && n < len(rk) && rk[n].Votes > 0 && rk[n].Votes == rk[n-1].Votes
}

// Alignment is Barrett's values alignment of two lists of a ballot survey:
// how many options their top 10 share.
type Alignment struct {
	// Matches is the number of options both top 10 hold, 0 to 10.
	Matches int
	// CutTied is true when either top 10 ends inside a tie
	// ([BallotResult.CutTied]): Matches then depends on catalogue order,
	// and a report should say so.
	CutTied bool
}

// Alignment returns how many options the top 10 of lists a and b share
// (Barrett's values alignment): personal with current, or current with
// desired. A list in which nobody voted has no top 10, so no alignment:
// the error wraps [survey.ErrNoFigure]. Two equal lists, or an invalid
// one, are an error wrapping [survey.ErrInvalidInput].
func (r BallotResult) Alignment(a, b List) (Alignment, error) {
	switch {
	case !r.IsValid():
		return Alignment{}, errZeroBallotResult
	case !a.IsValid() || !b.IsValid() || a == b:
		return Alignment{}, fmt.Errorf("akhlak: alignment of lists %s and %s: want two different lists: %w", a, b, survey.ErrInvalidInput)
	}
	for _, l := range [2]List{a, b} {
		if r.TotalVotes(l) == 0 {
			return Alignment{}, fmt.Errorf("akhlak: alignment of %s and %s: nobody voted in the %s list: %w", a, b, l, survey.ErrNoFigure)
		}
	}
	ra, rb := r.Ranking(a), r.Ranking(b)
	var sa uint64
	for _, x := range top(ra, topN) {
		sa |= 1 << (x.Option - 1)
	}
	var out Alignment
	for _, x := range top(rb, topN) {
		if sa&(1<<(x.Option-1)) != 0 {
			out.Matches++
		}
	}
	out.CutTied = cutTied(ra, topN) || cutTied(rb, topN)
	return out, nil
}

// DesiredAlignmentBand returns the band of the current–desired alignment
// on [category.Alignment] (6+ excellent, 4–5 good, 2–3 fair, 0–1 poor).
// Barrett publishes no bands for personal–current alignment. Without the
// alignment ([BallotResult.Alignment]) there is no band.
func (r BallotResult) DesiredAlignmentBand() (category.Band, error) {
	a, err := r.Alignment(ListCurrent, ListDesired)
	if err != nil {
		return category.Band{}, err
	}
	return mustClassify(alignmentScale, figure.MustNew(decimal.New(int64(a.Matches), 0), 0)), nil
}

// Equal reports whether r and o hold the same counts, instrument and
// minimum, so every figure of one is the same figure of the other.
func (r BallotResult) Equal(o BallotResult) bool {
	return r.t.Equal(&o.t) && r.min.Equal(o.min)
}

func mustClassify(s category.Scale, x figure.Figure) category.Band {
	b, err := s.Classify(x.Decimal())
	if err != nil {
		// Unreachable: every figure passed here is a percentage of counts,
		// a count of at most 10, or a score checked to be within 0–100.
		panic(err)
	}
	return b
}
