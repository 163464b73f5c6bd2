package akhlak

import (
	"fmt"
	"strconv"

	"github.com/go-asn/berakhlak/internal/enum"
	"github.com/go-asn/berakhlak/internal/fold"
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
// [Instrument] (see [Instrument.Lookup]; OptionID(b) is behaviour b). A
// list may be empty: the respondent still counts, with no picks in it.
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
}

// NewBallotTally returns an empty tally for the instrument.
func NewBallotTally(in Instrument) (*BallotTally, error) {
	if !in.IsValid() {
		return nil, fmt.Errorf("akhlak: NewBallotTally with the zero Instrument: %w", survey.ErrInvalidInstrument)
	}
	return &BallotTally{inst: in}, nil
}

// Instrument returns the tally's instrument.
func (t *BallotTally) Instrument() Instrument { return t.inst }

// Respondents returns the number of ballots added.
func (t *BallotTally) Respondents() int { return int(t.n) }

// Add counts one respondent's ballot. respondent names the respondent in
// errors only; it is not stored. The ballot is checked whole before
// anything is counted, so a rejected ballot leaves the tally unchanged. A
// rejected ballot is a [*survey.AnswerError], wrapping
// [survey.ErrInvalidAnswer], naming the respondent, the list and the pick:
// a list picks an option the instrument lacks (also [ErrUnknownOption]),
// picks the same option twice, or picks more than [Instrument.MaxPicks]
// options.
func (t *BallotTally) Add(respondent string, b Ballot) error {
	if !t.inst.IsValid() {
		return fmt.Errorf("akhlak: Add on a BallotTally not made by NewBallotTally: %w", survey.ErrInvalidInstrument)
	}
	lists := [3][]OptionID{b.Personal, b.Current, b.Desired}
	nopt := uint(len(t.inst.options))
	// One pass per list checks, sets the bit and counts the vote; a bad
	// pick undoes what this ballot counted, so a rejected ballot leaves
	// the tally unchanged.
	for li, picks := range lists {
		if len(picks) > t.inst.maxPicks {
			t.undo(lists, li, 0)
			return t.tooMany(respondent, List(li+1), len(picks))
		}
		var set uint64
		v := &t.votes[li]
		for k, id := range picks {
			p := uint(id) - 1 // the zero id wraps to a huge index
			bit := uint64(1) << (p & 63)
			if p >= nopt || set&bit != 0 {
				t.undo(lists, li, k)
				return t.badPick(respondent, List(li+1), id, p >= nopt)
			}
			set |= bit
			v[p&63]++
		}
		// Fold each value's three behaviour bits onto the first, then add
		// one per value hit, without branches.
		h := (set | set>>1 | set>>2) & valueFirstBits
		r := &t.reach[li]
		r[0] += h & 1
		r[1] += h >> 3 & 1
		r[2] += h >> 6 & 1
		r[3] += h >> 9 & 1
		r[4] += h >> 12 & 1
		r[5] += h >> 15 & 1
		r[6] += h >> 18 & 1
	}
	t.n++
	return nil
}

// undo takes back the votes and reach counted for lists[:li] and for the
// first k picks of lists[li]; every pick taken back was valid.
func (t *BallotTally) undo(lists [3][]OptionID, li, k int) {
	for l := 0; l <= li; l++ {
		picks := lists[l]
		if l == li {
			picks = picks[:k]
		}
		var set uint64
		for _, id := range picks {
			t.votes[l][id-1]--
			set |= 1 << (id - 1)
		}
		if l < li {
			h := (set | set>>1 | set>>2) & valueFirstBits
			for v := range 7 {
				t.reach[l][v] -= h >> (3 * v) & 1
			}
		}
	}
}

func (t *BallotTally) badPick(respondent string, l List, id OptionID, unknown bool) error {
	if unknown {
		return &survey.AnswerError{Respondent: respondent, Field: l.String(), Answer: "option " + strconv.Itoa(int(id)),
			Reason: "not in the instrument", Err: ErrUnknownOption}
	}
	return &survey.AnswerError{Respondent: respondent, Field: l.String(), Answer: t.inst.options[id-1].Code,
		Reason: "picked twice"}
}

// valueFirstBits has the bit of each value's first behaviour: the bits of
// BP1, AK1, …, KL1 (ids 1, 4, …, 19).
const valueFirstBits = 1<<0 | 1<<3 | 1<<6 | 1<<9 | 1<<12 | 1<<15 | 1<<18

func (t *BallotTally) tooMany(respondent string, l List, n int) error {
	return &survey.AnswerError{Respondent: respondent, Field: l.String(), Answer: strconv.Itoa(n) + " picks",
		Reason: "more than the " + strconv.Itoa(t.inst.maxPicks) + " allowed"}
}

// Merge adds o's counts to t. Both must use equal instruments; otherwise
// Merge returns an error wrapping [survey.ErrInvalidInstrument] and
// changes nothing.
func (t *BallotTally) Merge(o *BallotTally) error {
	if !t.inst.Equal(o.inst) {
		return fmt.Errorf("akhlak: merging tallies of different instruments: %w", survey.ErrInvalidInstrument)
	}
	t.n += o.n
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
	return t.inst.Equal(o.inst) && t.n == o.n && t.votes == o.votes && t.reach == o.reach
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
