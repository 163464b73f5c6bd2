package akhlak

import (
	"fmt"
	"strconv"

	"github.com/go-asn/berakhlak/internal/enum"
	"github.com/go-asn/berakhlak/internal/fold"
	"github.com/go-asn/berakhlak/internal/limit"
	"github.com/go-asn/berakhlak/survey"
)

// List is one of the three lists a respondent fills in on a vote-based
// ballot (Barrett's Cultural Values Assessment). The zero List is invalid.
type List uint8

// The three lists.
const (
	ListPersonal List = iota + 1 // personal values (nilai pribadi)
	ListCurrent                  // current culture (budaya saat ini)
	ListDesired                  // desired culture (budaya yang diharapkan)
)

var listNames = [...]string{"", "personal", "current", "desired"}

// Lists returns the three lists in order.
func Lists() [3]List { return [3]List{ListPersonal, ListCurrent, ListDesired} }

// IsValid reports whether l is one of the three lists.
func (l List) IsValid() bool { return l >= ListPersonal && l <= ListDesired }

// String returns "personal", "current" or "desired".
func (l List) String() string {
	if !l.IsValid() {
		return "akhlak.List(" + strconv.Itoa(int(l)) + ")"
	}
	return listNames[l]
}

// AppendText appends the list's name to b, nothing for the zero List. Any
// other invalid List is an error.
func (l List) AppendText(b []byte) ([]byte, error) {
	return enum.Append(b, l, listNames[:], func() error {
		return &ParseError{Input: l.String(), Err: ErrUnknownList}
	})
}

// MarshalText returns the list's name, and the empty text for the zero
// List. Any other invalid List is an error.
func (l List) MarshalText() ([]byte, error) { return l.AppendText(nil) }

// UnmarshalText sets l from any name [ParseList] accepts; the empty text
// sets the zero value.
func (l *List) UnmarshalText(text []byte) error { return enum.Unmarshal(l, text, ParseList) }

// ParseList returns the list named "personal", "current" or "desired", in
// any case, or by its Indonesian name ("nilai pribadi", "budaya saat ini",
// "budaya yang diharapkan"). Anything else is a [*ParseError] wrapping
// [ErrUnknownList].
func ParseList(s string) (List, error) {
	var buf [32]byte
	key, ok := fold.Append(buf[:0], s, false)
	if ok {
		switch string(key) {
		case "personal", "nilaipribadi":
			return ListPersonal, nil
		case "current", "budayasaatini":
			return ListCurrent, nil
		case "desired", "budayayangdiharapkan":
			return ListDesired, nil
		}
	}
	return 0, &ParseError{Input: s, Err: ErrUnknownList}
}

// MustParseList is like [ParseList] but panics on an error.
func MustParseList(s string) List { return enum.Must(ParseList(s)) }

// Ballot is one respondent's picks in the three lists, as option ids of an
// [Instrument] (see [Instrument.Lookup]; OptionID(b) is behaviour b). The
// zero Ballot, with no pick in any list, is not a respondent:
// [BallotTally.Add] refuses it, as the other tallies refuse a blank row.
//
// One or two lists may be empty (nil or of length zero: the same). The
// ballot then counts as one respondent, and each figure reads it this way:
//   - the value scores, the index and its category are reach over all
//     respondents (the library's default; see [BallotResult.Score]): a
//     ballot with an empty current list is in every score's denominator
//     and reaches no value, so it lowers every score, exactly as a current
//     list that picks only extra options does;
//   - votes, rankings, the most- and least-voted behaviours, cultural
//     entropy and positive energy count votes, not respondents: an empty
//     list adds nothing to them, and a list nobody filled has no entropy
//     (current) and no alignment (see [BallotResult.Alignment]);
//   - [BallotResult.Reach] counts the respondents who picked a value's
//     behaviour in the list: an empty list reaches nothing;
//   - [BallotResult.Respondents] and the minimum count the ballot.
type Ballot struct {
	Personal, Current, Desired []OptionID
}

// BallotTally counts the ballots of a vote-based survey in integers only:
// votes per option per list, respondents, and the reach of each value.
// Adding a ballot does not allocate; the tally's size does not depend on the
// number of respondents.
//
// Tallies are mergeable and order-free: adding ballots in any order, or
// splitting them across tallies and merging, gives identical counts. That
// maps one to one onto a distributed engine's combiner, such as Apache
// Beam's CombineFn: CreateAccumulator is [NewBallotTally], AddInput is
// [BallotTally.Add], MergeAccumulators is [BallotTally.Merge], and
// ExtractOutput is [BallotTally.Result]; [BallotTally.MarshalBinary] is
// the accumulator's coder.
//
// A BallotTally is not safe for concurrent use; give each goroutine its
// own and merge them. The zero BallotTally has no instrument: it refuses
// ballots until [BallotTally.UnmarshalBinary] gives it one.
type BallotTally struct {
	inst  Instrument
	n     uint64
	votes [3][maxOptions]uint64 // votes[l][id-1]
	reach [3][7]uint64          // respondents who picked ≥1 behaviour of the value
	// sq is Σ k² over respondents, k the values a respondent reaches in
	// the current list (0–7): each respondent's own contribution to the
	// index is 100k/7, so sq and the reach (Σ k) give the index's exact
	// sampling error. hasSq is false for a tally read from format
	// version 1, which did not count it.
	sq    uint64
	hasSq bool
}

// NewBallotTally returns an empty tally for the instrument.
func NewBallotTally(in Instrument) (*BallotTally, error) {
	if !in.IsValid() {
		return nil, fmt.Errorf("akhlak: NewBallotTally with the zero Instrument: %w", survey.ErrInvalidInstrument)
	}
	return &BallotTally{inst: in, hasSq: true}, nil
}

// Instrument returns the tally's instrument.
func (t *BallotTally) Instrument() Instrument { return t.inst }

// IsValid reports whether t was made by [NewBallotTally] or read by its
// UnmarshalBinary: the zero tally has no instrument and refuses answers.
func (t *BallotTally) IsValid() bool { return t != nil && t.inst.IsValid() }

// Respondents returns the number of ballots added.
func (t *BallotTally) Respondents() int { return int(t.n) }

// Add counts one respondent's ballot. respondent names the respondent in
// errors only; it is not stored. The ballot is checked whole before
// anything is counted, so a rejected ballot leaves the tally unchanged. A
// rejected ballot is a [*survey.AnswerError], wrapping
// [survey.ErrInvalidAnswer], naming the respondent, the list and the pick:
// a list picks an option the instrument lacks (also [ErrUnknownOption]),
// picks the same option twice, or picks more than [Instrument.MaxPicks]
// options; or the ballot has no pick in any list (a blank ballot is not a
// respondent, and must not count toward the minimum). A tally that holds
// the module's limit of 2^35 respondents refuses every ballot with an
// error wrapping [survey.ErrInvalidInput] (see [BallotTally.Merge]).
func (t *BallotTally) Add(respondent string, b Ballot) error {
	if t.n >= limit.MaxRespondents {
		return exceeded("Add", t.n, 1)
	}
	p, c, d, ok := t.count(&b)
	if !ok {
		return t.refuse(respondent, b)
	}
	addReach(&t.reach[0], p)
	k := addReach(&t.reach[1], c)
	addReach(&t.reach[2], d)
	t.sq += k * k
	t.n++
	return nil
}

// AddBallots counts a batch of ballots, in order, as [BallotTally.Add]
// would one by one, and returns the number counted. It is faster than Add
// in a loop: the ballots are read in place, up to 255 at a time, and
// their votes and the reach of each value are summed before they are
// added to the tally (the reach of a list in the byte lanes of one word).
// The batch is not all-or-nothing, but each ballot is: when a ballot is
// refused, the ballots before it stay counted, that ballot and the ones
// after it are not, and AddBallots returns its index n with the
// [*survey.AnswerError] Add would return, whose Respondent is "ballot n".
// Ballots that would pass the module's limit of 2^35 respondents are
// refused the same way, the first of them with the error of Add. It does
// not allocate unless it returns an error.
func (t *BallotTally) AddBallots(ballots []Ballot) (int, error) {
	if !t.inst.IsValid() {
		return 0, fmt.Errorf("akhlak: AddBallots on a BallotTally not made by NewBallotTally: %w", survey.ErrInvalidInstrument)
	}
	if room := limit.Room(t.n); uint64(len(ballots)) > room {
		n, err := t.AddBallots(ballots[:room])
		if err != nil {
			return n, err
		}
		return n, exceeded("AddBallots", t.n, 1)
	}
	return t.addBlocks(ballots)
}

// refuse returns the error for a ballot Add refuses: the first fault in
// list order, as a one-pick-at-a-time check finds it. It is kept out of
// Add so that Add's path for a good ballot stays short.
func (t *BallotTally) refuse(respondent string, b Ballot) error {
	if !t.inst.IsValid() {
		return fmt.Errorf("akhlak: Add on a BallotTally not made by NewBallotTally: %w", survey.ErrInvalidInstrument)
	}
	nopt := uint(len(t.inst.options))
	for li, picks := range [3][]OptionID{b.Personal, b.Current, b.Desired} {
		l := List(li + 1)
		if len(picks) > t.inst.maxPicks {
			return &survey.AnswerError{Respondent: respondent, Field: l.String(), Answer: strconv.Itoa(len(picks)) + " picks",
				Reason: "more than the " + strconv.Itoa(t.inst.maxPicks) + " allowed"}
		}
		var set uint64
		for _, id := range picks {
			p := uint(id) - 1 // the zero id wraps to a huge index
			if p >= nopt {
				return &survey.AnswerError{Respondent: respondent, Field: l.String(), Answer: "option " + strconv.Itoa(int(id)),
					Reason: "not in the instrument", Err: ErrUnknownOption}
			}
			if set&(1<<p) != 0 {
				return &survey.AnswerError{Respondent: respondent, Field: l.String(), Answer: t.inst.options[p].Code,
					Reason: "picked twice"}
			}
			set |= 1 << p
		}
	}
	if len(b.Personal)+len(b.Current)+len(b.Desired) == 0 {
		return &survey.AnswerError{Respondent: respondent, Field: "ballot", Answer: "none",
			Reason: "no pick in any list; a blank ballot is not a respondent"}
	}
	// Unreachable: Add refuses only a ballot with one of the faults above.
	return &survey.AnswerError{Respondent: respondent, Field: "ballot", Answer: "ballot", Reason: "refused"}
}

// Merge adds o's counts to t, which may be o itself. Both must use equal
// instruments; otherwise Merge returns an error wrapping
// [survey.ErrInvalidInstrument]. A merge that would pass the limit of
// every tally of the module, 2^35 (34,359,738,368) respondents, so that no
// count or sum can overflow, returns an error wrapping
// [survey.ErrInvalidInput]. A refused merge changes nothing. A tally
// read from format version 1 bytes lacks Σ k², which the index's exact
// interval needs (see [BallotResult.IndexInterval]); merged with one, a
// tally lacks it too.
func (t *BallotTally) Merge(o *BallotTally) error {
	if !t.inst.Equal(o.inst) {
		return fmt.Errorf("akhlak: merging tallies of different instruments: %w", survey.ErrInvalidInstrument)
	}
	if limit.Room(t.n) < o.n {
		return exceeded("Merge", t.n, o.n)
	}
	t.n += o.n
	t.sq += o.sq
	t.hasSq = t.hasSq && o.hasSq
	for l := range t.votes {
		for i := range t.votes[l] {
			t.votes[l][i] += o.votes[l][i]
		}
		for k := range t.reach[l] {
			t.reach[l][k] += o.reach[l][k]
		}
	}
	return nil
}

// Equal reports whether t and o have equal instruments and counts.
func (t *BallotTally) Equal(o *BallotTally) bool {
	if t == nil || o == nil {
		return t == o
	}
	return t.inst.Equal(o.inst) && t.n == o.n && t.votes == o.votes && t.reach == o.reach && t.sq == o.sq && t.hasSq == o.hasSq
}

// Result checks the tally against its minimum number of respondents and,
// if it qualifies, returns its result. Below the minimum it returns a
// [*survey.InsufficientError] and no result; an empty tally never
// qualifies.
func (t *BallotTally) Result(min survey.Minimum) (BallotResult, error) {
	if !t.inst.IsValid() {
		return BallotResult{}, fmt.Errorf("akhlak: Result of a BallotTally not made by NewBallotTally: %w", survey.ErrInvalidInstrument)
	}
	if err := min.Check(int(t.n)); err != nil {
		return BallotResult{}, err
	}
	if t.n == 0 {
		return BallotResult{}, &survey.InsufficientError{Respondents: 0, Minimum: min}
	}
	return BallotResult{t: *t, min: min}, nil
}
