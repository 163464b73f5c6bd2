package tally

import (
	"errors"
	"fmt"
	"strconv"

	"github.com/go-asn/berakhlak/internal/likert"
	"github.com/go-asn/berakhlak/internal/limit"
)

// Missing marks an unanswered item or recommendation.
const Missing = likert.Missing

// Segment indices in Tally counts.
const (
	Engaged = iota
	Neutral
	Disengaged
	Unscored // answered no item
)

// AnswerError is a bad answer: the respondent, the item (or
// "recommend"), the answer and why.
type AnswerError struct {
	Respondent, Item, Answer, Reason string
}

func (e *AnswerError) Error() string {
	return fmt.Sprintf("respondent %q: %s: %s: %s", e.Respondent, e.Item, e.Answer, e.Reason)
}

// errAnswer is what AnswerError unwraps to.
var errAnswer = errors.New("invalid answer")

// Unwrap returns errAnswer.
func (e *AnswerError) Unwrap() error { return errAnswer }

// RecommendCode returns the recommendation answer (answer, given) as the
// int8 Add takes: Missing when not given, the answer otherwise. A given
// answer that Add could mistake for Missing, or that does not fit an int8,
// is an *AnswerError here.
func RecommendCode(respondent string, answer int, given bool) (int8, error) {
	switch {
	case !given:
		return Missing, nil
	case answer < 0 || answer > 10:
		if answer != int(Missing) && answer >= -128 && answer <= 127 {
			return int8(answer), nil // Add refuses it, naming it, in its order of checks
		}
		return 0, &AnswerError{Respondent: respondent, Item: "recommend", Answer: strconv.Itoa(answer), Reason: "outside 0–10"}
	}
	return int8(answer), nil
}

// Tally holds one group's integer counts.
type Tally struct {
	// in is a copy of the instrument, not a pointer to one, so that
	// Add's loops find it at an offset of t (see docs/performance.md).
	in   Instrument
	hist likert.Tally // reverse-coded answers per item
	nps  [12]uint64   // recommendation answers 0–10, then missing
	seg  [4]uint64
	// For Cronbach's alpha, over the respondents who answered every item
	// of a dimension ("complete"). Item sums over complete respondents are
	// the histogram's sums minus the answers of incomplete respondents,
	// which are rarer, so the common path touches only the per-dimension
	// counters. They share one allocation with the histogram.
	dimInc []uint64 // per dimension: respondents incomplete in it
	incS   []uint64 // per item: Σx over respondents incomplete in its dimension
	incQ   []uint64 // Σx²
	dimT   []uint64 // per dimension: Σ of a complete respondent's dimension total
	dimT2  []uint64 // Σ of its square
	// w is Add's scratch, made by its first call: a group's tally, which
	// its Set counts with the Set's scratch, has none.
	w *work
}

// largeObject is the size above which the Go runtime allocates whole pages
// of 8 KB.
const largeObject = 32 << 10

// NewTally returns an empty tally for in.
func NewTally(in Instrument) *Tally { return newCounts(&in) }

// newCounts returns an empty tally for in, its counts in one allocation
// besides the Tally itself: this is most of what a group costs (see
// Instrument.MaxGroups).
func newCounts(in *Instrument) *Tally {
	ni, nd := len(in.items), len(in.dims)
	cells, vectors := likert.Cells(ni, in.max), 3*nd+2*ni
	var hist, rest []uint64
	if 8*cells > largeObject {
		// A large histogram takes whole pages: the rest is apart, so as
		// not to round up to one more.
		hist, rest = make([]uint64, cells), make([]uint64, vectors)
	} else {
		buf := make([]uint64, cells+vectors)
		hist, rest = buf[:cells], buf[cells:]
	}
	h, err := likert.Make(ni, in.min, in.max, hist)
	if err != nil {
		panic(err) // unreachable: in was validated
	}
	take := func(k int) []uint64 {
		s := rest[:k:k]
		rest = rest[k:]
		return s
	}
	return &Tally{in: *in, hist: h, dimInc: take(nd), incS: take(ni), incQ: take(ni), dimT: take(nd), dimT2: take(nd)}
}

// Respondents returns the number of respondents.
func (t *Tally) Respondents() uint64 { return t.hist.Respondents() }

// Add checks one respondent's answers and counts them. A wrong number of
// answers, an answer outside the scale, a bad recommendation or a blank
// row returns an *AnswerError and changes nothing: every answer is checked
// before anything is counted. A tally that already holds
// limit.MaxRespondents respondents refuses every respondent with an
// *limit.Error. It does not allocate, except its scratch the first time.
// It counts on the word-at-a-time path (see the package doc).
func (t *Tally) Add(respondent string, answers []int8, recommend int8) error {
	if n := t.hist.Respondents(); n >= limit.MaxRespondents {
		return limit.Respondents(n, 1)
	}
	if t.w == nil {
		t.w = new(work)
	}
	if _, ok := t.add(t.w, answers, recommend); !ok {
		return t.refuse(respondent, answers, recommend)
	}
	return nil
}

// refuse returns the *AnswerError for a respondent add refused, in the
// order of the checks: the number of answers, the recommendation, the
// first answer outside the scale, a blank row.
func (t *Tally) refuse(respondent string, answers []int8, recommend int8) error {
	in := &t.in
	bad := -1
	if len(answers) == len(in.items) {
		bad = in.bounds.First(answers)
	}
	switch {
	case len(answers) != len(in.items):
		return &AnswerError{Respondent: respondent, Item: "answers", Answer: strconv.Itoa(len(answers)),
			Reason: "want " + strconv.Itoa(len(in.items)) + " answers"}
	case recommend == Missing:
	case !in.recommend:
		return &AnswerError{Respondent: respondent, Item: "recommend", Answer: strconv.Itoa(int(recommend)),
			Reason: "the instrument has no recommendation item"}
	case recommend < 0 || recommend > 10:
		return &AnswerError{Respondent: respondent, Item: "recommend", Answer: strconv.Itoa(int(recommend)),
			Reason: "outside 0–10"}
	}
	if bad >= 0 {
		return &AnswerError{Respondent: respondent, Item: in.items[bad].Code, Answer: strconv.Itoa(int(answers[bad])),
			Reason: fmt.Sprintf("outside the scale %d–%d", in.min, in.max)}
	}
	return &AnswerError{Respondent: respondent, Item: "answers", Answer: "none",
		Reason: "no item answered; a blank row is not a respondent"}
}

// Merge adds o's counts to t, which may be o; both must have equal
// instruments, and together at most limit.MaxRespondents respondents.
// Otherwise it returns an error, a *limit.Error for the second, and
// changes nothing.
func (t *Tally) Merge(o *Tally) error {
	if !t.in.Equal(o.in) {
		return errf(errInvalid, "merging tallies of different instruments")
	}
	if err := t.hist.Merge(&o.hist); err != nil {
		return err
	}
	for i := range t.nps {
		t.nps[i] += o.nps[i]
	}
	for i := range t.seg {
		t.seg[i] += o.seg[i]
	}
	addAll(t.dimInc, o.dimInc)
	addAll(t.incS, o.incS)
	addAll(t.incQ, o.incQ)
	addAll(t.dimT, o.dimT)
	addAll(t.dimT2, o.dimT2)
	return nil
}

func addAll(a, b []uint64) {
	for i := range a {
		a[i] += b[i]
	}
}

// Equal reports whether t and o hold the same counts for equal
// instruments.
func (t *Tally) Equal(o *Tally) bool {
	return t.in.Equal(o.in) && t.hist.Equal(&o.hist) && t.nps == o.nps && t.seg == o.seg &&
		eq(t.dimInc, o.dimInc) && eq(t.incS, o.incS) && eq(t.incQ, o.incQ) && eq(t.dimT, o.dimT) && eq(t.dimT2, o.dimT2)
}

func eq(a, b []uint64) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// Clone returns a copy of t that shares nothing with it but the
// instrument's slices, which are immutable.
func (t *Tally) Clone() *Tally {
	c := newCounts(&t.in)
	if err := c.Merge(t); err != nil {
		panic(err) // unreachable: same instrument
	}
	return c
}

// Instrument returns the tally's instrument.
func (t *Tally) Instrument() Instrument { return t.in }
