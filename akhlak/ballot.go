package akhlak

import (
	"fmt"
	"strconv"
)

// List is one of the three lists a respondent fills in on a vote-based
// ballot (Barrett's Cultural Values Assessment).
type List uint8

// The three lists.
const (
	PersonalValues List = iota + 1 // personal values (nilai pribadi)
	CurrentCulture                 // current culture (budaya saat ini)
	DesiredCulture                 // desired culture (budaya yang diharapkan)
)

var listNames = [...]string{"", "personal", "current", "desired"}

// Lists returns the three lists in order.
func Lists() [3]List { return [3]List{PersonalValues, CurrentCulture, DesiredCulture} }

// IsValid reports whether l is one of the three lists.
func (l List) IsValid() bool { return l >= PersonalValues && l <= DesiredCulture }

// String returns "personal", "current" or "desired".
func (l List) String() string {
	if !l.IsValid() {
		return "akhlak.List(" + strconv.Itoa(int(l)) + ")"
	}
	return listNames[l]
}

// MarshalText returns the list's name, and the empty text for the zero
// List. Any other invalid List is an error.
func (l List) MarshalText() ([]byte, error) {
	if l == 0 {
		return []byte{}, nil
	}
	if !l.IsValid() {
		return nil, fmt.Errorf("akhlak: %s: %w", l, ErrInvalidInput)
	}
	return []byte(listNames[l]), nil
}

// UnmarshalText sets l from its name ("personal", "current", "desired");
// the empty text sets the zero value.
func (l *List) UnmarshalText(text []byte) error {
	for i, n := range listNames {
		if n == string(text) {
			*l = List(i)
			return nil
		}
	}
	return fmt.Errorf("akhlak: list %q: want personal, current or desired: %w", text, ErrInvalidInput)
}

// Ballot is one respondent's picks in the three lists, as option indices
// of an [Instrument] (see [Instrument.Lookup]). A list may be empty: the
// respondent still counts, with no picks in it.
type Ballot struct {
	Personal, Current, Desired []int
}

// AnswerError reports a respondent's answer that breaks a rule. It names
// the respondent, the list or item, and the option or answer, and unwraps
// to [ErrUnknownOption] or [ErrInvalidAnswer].
type AnswerError struct {
	Respondent string // as given to Add
	Field      string // the list ("current") or the item code ("BP2")
	Answer     string // the option or the answer, as text
	Reason     string
	Err        error // the sentinel
}

// Error returns e.g. `akhlak: respondent "R-17": current: option 40: not
// in the instrument`.
func (e *AnswerError) Error() string {
	return fmt.Sprintf("akhlak: respondent %q: %s: %s: %s", e.Respondent, e.Field, e.Answer, e.Reason)
}

// Unwrap returns the sentinel.
func (e *AnswerError) Unwrap() error { return e.Err }

// BallotTally counts the ballots of a vote-based survey in integers only:
// votes per option per list, respondents, and the reach of each value. Adding a ballot does not allocate;
// the tally's size does not depend on the number of respondents.
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
	votes [3][MaxOptions]uint64
	reach [3][7]uint64 // respondents who picked ≥1 behaviour of the value
}

// NewBallotTally returns an empty tally for the instrument.
func NewBallotTally(in Instrument) (*BallotTally, error) {
	if !in.IsValid() {
		return nil, fmt.Errorf("akhlak: NewBallotTally with the zero Instrument: %w", ErrInvalidInstrument)
	}
	return &BallotTally{inst: in}, nil
}

// Instrument returns the tally's instrument.
func (t *BallotTally) Instrument() Instrument { return t.inst }

// Respondents returns the number of ballots added.
func (t *BallotTally) Respondents() int { return int(t.n) }

// Add counts one respondent's ballot. respondent names the respondent in
// errors only; it is not stored. The ballot is checked whole before
// anything is counted, so a rejected ballot leaves the tally unchanged. It
// is an [*AnswerError] when a list picks an option the instrument lacks
// ([ErrUnknownOption]), picks the same option twice, or picks more than
// [Instrument.MaxPicks] options ([ErrInvalidAnswer]).
func (t *BallotTally) Add(respondent string, b Ballot) error {
	if !t.inst.IsValid() {
		return fmt.Errorf("akhlak: Add on a BallotTally not made by NewBallotTally: %w", ErrInvalidInstrument)
	}
	lists := [3][]int{b.Personal, b.Current, b.Desired}
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
		for k, p := range picks {
			bit := uint64(1) << (uint(p) & 63)
			if uint(p) >= nopt || set&bit != 0 {
				t.undo(lists, li, k)
				return t.badPick(respondent, List(li+1), p, uint(p) >= nopt)
			}
			set |= bit
			v[uint(p)&63]++
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
// first k picks of lists[li].
func (t *BallotTally) undo(lists [3][]int, li, k int) {
	for l := 0; l <= li; l++ {
		picks := lists[l]
		if l == li {
			picks = picks[:k]
		}
		var set uint64
		for _, p := range picks {
			t.votes[l][uint(p)&63]--
			set |= 1 << (uint(p) & 63)
		}
		if l < li {
			h := (set | set>>1 | set>>2) & valueFirstBits
			for v := 0; v < 7; v++ {
				t.reach[l][v] -= h >> (3 * v) & 1
			}
		}
	}
}

func (t *BallotTally) badPick(respondent string, l List, p int, unknown bool) error {
	if unknown {
		return &AnswerError{Respondent: respondent, Field: l.String(), Answer: "option " + strconv.Itoa(p),
			Reason: "not in the instrument", Err: ErrUnknownOption}
	}
	return &AnswerError{Respondent: respondent, Field: l.String(), Answer: t.inst.options[p].Code,
		Reason: "picked twice", Err: ErrInvalidAnswer}
}

// valueFirstBits has the bit of each value's first behaviour: options 0,
// 3, …, 18.
const valueFirstBits = 1<<0 | 1<<3 | 1<<6 | 1<<9 | 1<<12 | 1<<15 | 1<<18

func (t *BallotTally) tooMany(respondent string, l List, n int) error {
	return &AnswerError{Respondent: respondent, Field: l.String(), Answer: strconv.Itoa(n) + " picks",
		Reason: "more than the " + strconv.Itoa(t.inst.maxPicks) + " allowed", Err: ErrInvalidAnswer}
}

// Merge adds o's counts to t. Both must use equal instruments; otherwise
// Merge returns an error wrapping [ErrInvalidInstrument] and changes
// nothing.
func (t *BallotTally) Merge(o *BallotTally) error {
	if !t.inst.Equal(o.inst) {
		return fmt.Errorf("akhlak: merging tallies of different instruments: %w", ErrInvalidInstrument)
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
// if it qualifies, returns its result. Below the minimum it returns an
// [*InsufficientError] and no result; an empty tally never qualifies.
func (t *BallotTally) Result(min Minimum) (BallotResult, error) {
	if !t.inst.IsValid() {
		return BallotResult{}, fmt.Errorf("akhlak: Result of a BallotTally not made by NewBallotTally: %w", ErrInvalidInstrument)
	}
	if err := min.Check(int(t.n)); err != nil {
		return BallotResult{}, err
	}
	if t.n == 0 {
		return BallotResult{}, &InsufficientError{Respondents: 0, Minimum: min}
	}
	return BallotResult{t: *t, min: min}, nil
}
