package tally

import (
	"errors"
	"fmt"
	"strconv"

	"github.com/go-asn/berakhlak/internal/likert"
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

// Tally holds one group's integer counts.
type Tally struct {
	in   Instrument
	hist *likert.Tally // reverse-coded answers per item
	nps  [12]uint64    // recommendation answers 0–10, then missing
	seg  [4]uint64
	// For Cronbach's alpha, over the respondents who answered every item
	// of a dimension ("complete"). Item sums over complete respondents are
	// the histogram's sums minus the answers of incomplete respondents,
	// which are rarer, so the common path touches only the per-dimension
	// counters.
	dimInc []uint64 // per dimension: respondents incomplete in it
	incS   []uint64 // per item: Σx over respondents incomplete in its dimension
	incQ   []uint64 // Σx²
	dimT   []uint64 // per dimension: Σ of a complete respondent's dimension total
	dimT2  []uint64 // Σ of its square
	// per-call scratch, kept to avoid allocating
	scratch [maxItems]int8
}

// NewTally returns an empty tally for in.
func NewTally(in Instrument) *Tally {
	h, err := likert.New(len(in.items), in.min, in.max)
	if err != nil {
		panic(err) // unreachable: in was validated
	}
	nd, ni := len(in.dims), len(in.items)
	return &Tally{in: in, hist: h, dimInc: make([]uint64, nd), incS: make([]uint64, ni), incQ: make([]uint64, ni),
		dimT: make([]uint64, nd), dimT2: make([]uint64, nd)}
}

// Respondents returns the number of respondents.
func (t *Tally) Respondents() uint64 { return t.hist.Respondents() }

// Add checks one respondent's answers and counts them, in one pass: an
// answer outside the scale undoes what was counted and returns an
// *AnswerError, so a rejected respondent changes nothing. It does not
// allocate.
func (t *Tally) Add(respondent string, answers []int8, recommend int8) error {
	in := &t.in
	if len(answers) != len(in.items) {
		return &AnswerError{Respondent: respondent, Item: "answers", Answer: strconv.Itoa(len(answers)),
			Reason: "want " + strconv.Itoa(len(in.items)) + " answers"}
	}
	switch {
	case recommend == Missing:
	case !in.recommend:
		return &AnswerError{Respondent: respondent, Item: "recommend", Answer: strconv.Itoa(int(recommend)),
			Reason: "the instrument has no recommendation item"}
	case recommend < 0 || recommend > 10:
		return &AnswerError{Respondent: respondent, Item: "recommend", Answer: strconv.Itoa(int(recommend)),
			Reason: "outside 0–10"}
	}
	if recommend == Missing && blank(answers) {
		return &AnswerError{Respondent: respondent, Item: "answers", Answer: "none",
			Reason: "no item answered; a blank row is not a respondent"}
	}
	hist, w := t.hist.Raw()
	lo, hi := int8(in.min), int8(in.max)
	n := len(answers)
	x := t.scratch[:n]
	meta := in.meta[:n]
	var sum, answered int64
	missing := false
	off := 1 // the slot of answer 0 of item 0
	for i, a := range answers {
		if a != Missing {
			if a < lo || a > hi {
				for j := 0; j < i; j++ {
					hist[j*w+int(x[j])+1]--
				}
				return &AnswerError{Respondent: respondent, Item: in.items[i].Code, Answer: strconv.Itoa(int(a)),
					Reason: fmt.Sprintf("outside the scale %d–%d", in.min, in.max)}
			}
			m := meta[i]
			a = m.base + m.sign*a // reverse-coded items: min+max−a
			sum += int64(a)
			answered++
		} else {
			missing = true
		}
		x[i] = a
		hist[off+int(a)]++
		off += w
	}
	if !missing && in.spans != nil {
		// Fast path: every dimension complete, items grouped by dimension.
		for d, sp := range in.spans {
			var tot uint64
			for _, v := range x[sp[0]:sp[1]] {
				tot += uint64(v)
			}
			t.dimT[d] += tot
			t.dimT2[d] += tot * tot
		}
	} else {
		t.addDimensions(x)
	}
	t.hist.CountRespondent()
	switch {
	case answered == 0:
		t.seg[Unscored]++
	case sum*in.engagedDen >= in.engagedNum*answered:
		t.seg[Engaged]++
	case sum*in.neutralDen >= in.neutralNum*answered:
		t.seg[Neutral]++
	default:
		t.seg[Disengaged]++
	}
	if recommend == Missing {
		t.nps[11]++
	} else {
		t.nps[recommend]++
	}
	return nil
}

// blank reports whether every answer is Missing; it stops at the first
// answer, usually the first item.
func blank(answers []int8) bool {
	for _, a := range answers {
		if a != Missing {
			return false
		}
	}
	return true
}

// addDimensions counts the alpha sums of each dimension, complete or not.
func (t *Tally) addDimensions(x []int8) {
	for d, items := range t.in.dimItems {
		var tot uint64
		complete := true
		for _, i := range items {
			v := x[i]
			complete = complete && v != Missing
			tot += uint64(v)
		}
		if complete {
			t.dimT[d] += tot
			t.dimT2[d] += tot * tot
			continue
		}
		t.addIncomplete(d, x)
	}
}

// addIncomplete counts a respondent who left an item of dimension d
// unanswered: their answers are taken out of the complete-case sums.
func (t *Tally) addIncomplete(d int, x []int8) {
	t.dimInc[d]++
	for _, i := range t.in.dimItems[d] {
		if v := x[i]; v != Missing {
			t.incS[i] += uint64(v)
			t.incQ[i] += uint64(v) * uint64(v)
		}
	}
}

// Merge adds o's counts to t; both must have equal instruments.
func (t *Tally) Merge(o *Tally) error {
	if !t.in.Equal(o.in) {
		return errf(errInvalid, "merging tallies of different instruments")
	}
	if err := t.hist.Merge(o.hist); err != nil {
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
	return t.in.Equal(o.in) && t.hist.Equal(o.hist) && t.nps == o.nps && t.seg == o.seg &&
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

// Clone returns a copy of t that shares nothing with it.
func (t *Tally) Clone() *Tally {
	c := NewTally(t.in)
	if err := c.Merge(t); err != nil {
		panic(err) // unreachable: same instrument
	}
	return c
}

// Instrument returns the tally's instrument.
func (t *Tally) Instrument() Instrument { return t.in }
