package akhlak

import (
	"fmt"
	"math/bits"
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
	addReach(&t.reach[1], c)
	addReach(&t.reach[2], d)
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
	var pend ballotBatch
	for start := 0; start < len(ballots); start += blockBallots {
		block := ballots[start:min(start+blockBallots, len(ballots))]
		if pend.count(block, t.inst.maxPicks, len(t.inst.options) > 21) && pend.addTo(t) {
			continue
		}
		// Some ballot of the block is bad, or not surely good: count
		// the block again, exactly, one ballot at a time, straight
		// into t, up to the first bad one.
		pend = ballotBatch{}
		for i := range block {
			b := &block[i]
			p, c, d, ok := t.count(b)
			if !ok {
				return start + i, t.refuse("ballot "+strconv.Itoa(start+i), *b)
			}
			addReach(&t.reach[0], p)
			addReach(&t.reach[1], c)
			addReach(&t.reach[2], d)
			t.n++
		}
	}
	return len(ballots), nil
}

// blockBallots is the most ballots a ballotBatch counts before it is
// added to the tally: a byte lane of reach holds at most 255.
const blockBallots = 255

// ballotBatch is a block of ballots AddBallots has counted and not yet
// added to the tally: votes indexed by the raw option id (so that a pick
// needs neither a subtraction, nor a mask, nor a check), and reach in a
// byte lane per value, one word per list.
//
// It counts first and checks after, for the whole block at once: a pick
// of an id the instrument lacks (0, or above its size, up to 255) is
// counted where no good pick goes, at that id, and found when the block is
// added, as the votes of the good ids fall short of the picks; a repeated
// pick, or a list too long, is found at its ballot. A block with a bad
// ballot is thrown away and counted again exactly.
type ballotBatch struct {
	votes [3][256]uint64
	reach [3]uint64
	n     int    // ballots
	picks uint64 // picks, in all lists
}

// count counts the block of at most blockBallots ballots into the empty
// p, and reports false, having stopped, at the first ballot add can tell
// is bad. The picks of ids the instrument lacks that add cannot tell are
// counted: addTo finds them. wide says that the instrument has extra
// options.
func (p *ballotBatch) count(block []Ballot, most int, wide bool) bool {
	// The reach of up to 7 ballots, summed in the 3-bit fields of the
	// folded sets (see add), then moved to the byte lanes of p.reach.
	var reach uint64
	left := 7
	for i := range block {
		f, ok := p.add(&block[i], most, wide)
		if !ok {
			return false
		}
		reach += f
		if left--; left == 0 {
			p.addReach(reach)
			reach, left = 0, 7
		}
	}
	p.addReach(reach)
	p.n = len(block)
	return true
}

// add counts the votes of b into p and returns the values b reaches, bit
// 21l+3k for value k+1 in list l+1 (the three lists' behaviour bits side
// by side, folded); or false when a list of b has more than most picks
// (before counting anything), or two picks equal mod 64 (a repeat, or a
// bad id that aliases another pick), or, when the instrument has no extras
// (not wide), a pick that is not a behaviour's id mod 64 (these two having
// counted votes, which the caller throws away with the block).
func (p *ballotBatch) add(b *Ballot, most int, wide bool) (uint64, bool) {
	if len(b.Personal) > most || len(b.Current) > most || len(b.Desired) > most {
		return 0, false
	}
	var sp, sc, sd uint64
	if pc, pd := b.Current, b.Desired; len(pc) == len(b.Personal) && len(pd) == len(b.Personal) {
		// Lists of one length, as a survey that asks for exactly so
		// many picks has them: one loop for the three, a third of the
		// loop's own work.
		vp, vc, vd := &p.votes[0], &p.votes[1], &p.votes[2]
		for i, a := range b.Personal {
			c, d := pc[i], pd[i]
			sp |= 1 << (a & 63)
			sc |= 1 << (c & 63)
			sd |= 1 << (d & 63)
			vp[a]++
			vc[c]++
			vd[d]++
		}
	} else {
		sp = countList(&p.votes[0], b.Personal)
		sc = countList(&p.votes[1], b.Current)
		sd = countList(&p.votes[2], b.Desired)
	}
	// The 21 behaviours of each list, bits 1…21 of its set (bit 0 is id
	// 0 or 64), side by side in one word.
	u := sp>>1&behaviourBits | (sc>>1&behaviourBits)<<21 | (sd>>1&behaviourBits)<<42
	// A set has one bit per pick unless a pick repeats, or two picks are
	// equal mod 64, of which one is bad and found later anyway. Each
	// popcount is at most its list's length, so the sum tells. Without
	// extras, u has every good pick, and a pick u lacks is bad.
	n := len(b.Personal) + len(b.Current) + len(b.Desired)
	if n == 0 { // a blank ballot: refused, one ballot at a time
		return 0, false
	}
	p.picks += uint64(n)
	if wide {
		if bits.OnesCount64(sp)+bits.OnesCount64(sc)+bits.OnesCount64(sd) != n {
			return 0, false
		}
	} else if bits.OnesCount64(u) != n {
		return 0, false
	}
	return (u | u>>1 | u>>2) & (valueFirstBits | valueFirstBits<<21 | valueFirstBits<<42), true
}

// behaviourBits has the bits of the 21 behaviours in a set of picks
// shifted right by one (bit id−1).
const behaviourBits = 1<<21 - 1

// countList adds one vote per pick to v at the pick's id, and returns the
// set of the ids mod 64 (bit id mod 64).
func countList(v *[256]uint64, picks []OptionID) (set uint64) {
	for _, id := range picks {
		set |= 1 << (id & 63)
		v[id]++
	}
	return set
}

// addReach adds reach, the sum of up to 7 of add's folded sets, to p: the
// 3-bit field at bit 21l+3k (at most 7) to byte lane k of p.reach[l].
func (p *ballotBatch) addReach(reach uint64) {
	p.reach[0] += fieldLanes(reach & behaviourBits)
	p.reach[1] += fieldLanes(reach >> 21 & behaviourBits)
	p.reach[2] += fieldLanes(reach >> 42 & behaviourBits)
}

// fieldLanes moves the seven 3-bit fields of x, at bits 3k, to the byte
// lanes k: field k moves by 5k bits, in three steps of 20, 10 and 5 bits
// for the fields whose k has bit 2, 1 or 0 set. No field lands on
// another at any step (a test checks every x).
func fieldLanes(x uint64) uint64 {
	const (
		by20 = 0b111111111 << 12                // fields 4, 5, 6
		by10 = 0b111111<<6 | 0b111<<38          // fields 2, 3 at 6, 9; 6 at 38
		by5  = 0b111<<3 | 0b111<<19 | 0b111<<35 // fields 1, 3, 5 at 3, 19, 35
	)
	x = x&^by20 | x&by20<<20
	x = x&^by10 | x&by10<<10
	return x&^by5 | x&by5<<5
}

// addTo adds the batch to t, clears it, and reports true; or, when the
// batch holds a pick of an id t's instrument lacks, reports false and
// leaves t unchanged. It clears only the votes of ids 1…n: when the good
// ids got every pick, no other id got a vote.
func (p *ballotBatch) addTo(t *BallotTally) bool {
	nopt := len(t.inst.options)
	var good uint64
	for l := range p.votes {
		for _, c := range p.votes[l][1 : nopt+1] {
			good += c
		}
	}
	if good != p.picks {
		return false
	}
	for l := range p.votes {
		v, tv := &p.votes[l], &t.votes[l]
		for id := 1; id <= nopt; id++ {
			tv[id-1] += v[id]
			v[id] = 0
		}
		r := &t.reach[l]
		for k := range r {
			r[k] += p.reach[l] >> (8 * k) & 0xff
		}
		p.reach[l] = 0
	}
	t.n += uint64(p.n)
	p.n, p.picks = 0, 0
	return true
}

// count counts the votes of one ballot and returns each list's set of
// picks (bit id−1): personal, current, desired; or false, having counted
// nothing, for a ballot Add refuses.
//
// It counts first and checks after: each list becomes a bit set of its
// picks while its votes are counted. A list is good when every pick is
// below 64 (ids 1…64; the zero id wraps to 255) and below the
// instrument's size, and no pick repeats (the set has one bit per pick).
// A bad ballot, which is rare, has its votes taken back.
func (t *BallotTally) count(b *Ballot) (personal, current, desired uint64, ok bool) {
	nopt, most := len(t.inst.options), t.inst.maxPicks
	if nopt == 0 || len(b.Personal) > most || len(b.Current) > most || len(b.Desired) > most ||
		len(b.Personal)+len(b.Current)+len(b.Desired) == 0 {
		return 0, 0, 0, false
	}
	p, bigP := countVotes(&t.votes[0], b.Personal)
	c, bigC := countVotes(&t.votes[1], b.Current)
	d, bigD := countVotes(&t.votes[2], b.Desired)
	// The sets have bit id mod 64: rotate them to bit id−1.
	p, c, d = bits.RotateLeft64(p, -1), bits.RotateLeft64(c, -1), bits.RotateLeft64(d, -1)
	outside := ^uint64(0) << nopt // nopt ≤ 64, and x << 64 is 0 in Go
	if (bigP|bigC|bigD) >= maxOptions || (p|c|d)&outside != 0 ||
		bits.OnesCount64(p) != len(b.Personal) || bits.OnesCount64(c) != len(b.Current) || bits.OnesCount64(d) != len(b.Desired) {
		uncountVotes(&t.votes[0], b.Personal)
		uncountVotes(&t.votes[1], b.Current)
		uncountVotes(&t.votes[2], b.Desired)
		return 0, 0, 0, false
	}
	return p, c, d, true
}

// countVotes adds one vote per pick to v, at index (id−1) mod 64, and
// returns the set of the ids mod 64 (bit id mod 64, one place left of the
// index, which saves a copy per pick; count rotates it back) and the OR of
// every id−1, which is 64 or more when some pick is outside 1…64.
func countVotes(v *[maxOptions]uint64, picks []OptionID) (set uint64, or uint8) {
	for _, id := range picks {
		i := uint8(id) - 1
		or |= i
		set |= 1 << (id & 63)
		v[i&63]++
	}
	return set, or
}

// uncountVotes takes back what countVotes added.
func uncountVotes(v *[maxOptions]uint64, picks []OptionID) {
	for _, id := range picks {
		v[(uint8(id)-1)&63]--
	}
}

// reachFold returns set with each value's three behaviour bits folded onto
// the first (bits 0, 3, …, 18): bit 3k is set when the set holds a
// behaviour of value k+1.
func reachFold(set uint64) uint64 { return (set | set>>1 | set>>2) & valueFirstBits }

// addReach adds one to the reach of each value of which set holds at least
// one behaviour, without branches.
func addReach(r *[7]uint64, set uint64) {
	h := reachFold(set)
	r[0] += h & 1
	r[1] += h >> 3 & 1
	r[2] += h >> 6 & 1
	r[3] += h >> 9 & 1
	r[4] += h >> 12 & 1
	r[5] += h >> 15 & 1
	r[6] += h >> 18 & 1
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

// valueFirstBits has the bit of each value's first behaviour: the bits of
// BP1, AK1, …, KL1 (ids 1, 4, …, 19).
const valueFirstBits = 1<<0 | 1<<3 | 1<<6 | 1<<9 | 1<<12 | 1<<15 | 1<<18

// Merge adds o's counts to t, which may be o itself. Both must use equal
// instruments; otherwise Merge returns an error wrapping
// [survey.ErrInvalidInstrument]. A merge that would pass the limit of
// every tally of the module, 2^35 (34,359,738,368) respondents, so that no
// count or sum can overflow, returns an error wrapping
// [survey.ErrInvalidInput]. A refused merge changes nothing.
func (t *BallotTally) Merge(o *BallotTally) error {
	if !t.inst.Equal(o.inst) {
		return fmt.Errorf("akhlak: merging tallies of different instruments: %w", survey.ErrInvalidInstrument)
	}
	if limit.Room(t.n) < o.n {
		return exceeded("Merge", t.n, o.n)
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
	if t == nil || o == nil {
		return t == o
	}
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
