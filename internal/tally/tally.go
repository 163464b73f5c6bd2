package tally

import (
	"errors"
	"fmt"
	"math/bits"
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
	// in is a copy of the instrument, not a pointer to one: the hot
	// loops, finding it at an offset of t, keep fewer registers live
	// (a pointer cost Add about 10%).
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

// work is the scratch of one respondent's count, kept to avoid allocating:
// the reverse-coded answers, with room for the last word, and their
// running sums (see count).
type work struct {
	scratch [maxItems + 8]int8
	prefix  [65]int64
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
//
// The answers are checked and reverse-coded eight at a time, as the lanes
// of a word (see likert.Bounds), into scratch; one loop per dimension then
// counts the histogram and the dimension's total, so that a complete
// dimension costs no second pass.
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

// add is Add without the error and the limit: it reports whether it
// counted the respondent, and changes nothing when it did not. It leaves
// the reverse-coded answers in wk, and returns the bits of the missing
// answers (see count), so that the caller can count the same respondent
// in a group's tally.
func (t *Tally) add(wk *work, answers []int8, recommend int8) (missBits uint64, ok bool) {
	in := &t.in
	n := len(answers)
	if n != len(in.items) || recommend < Missing || recommend > 10 || (recommend != Missing && !in.recommend) {
		return 0, false
	}
	x := wk.scratch[:n+8] // reverse-coded answers, Missing kept; 8 more for the last word
	var anyBad uint64
	allMissing := uint64(laneHighs)
	i := 0
	for ; i+8 <= n; i += 8 {
		w := likert.Load(answers, i)
		bad, miss := in.bounds.Word(w)
		anyBad |= bad
		allMissing &= miss
		missBits |= laneBits(miss) << (i & 63)
		putWord(x[i:], in.recode(w, miss, in.reverse[i/8]))
	}
	if i < n { // the last part word, its lanes beyond the answers Missing
		var w uint64
		if n >= 8 {
			w = likert.Load(answers, n-8)>>in.tailShift | in.tailFill
		} else {
			w = loadShort(answers)
		}
		bad, miss := in.bounds.Word(w)
		anyBad |= bad
		allMissing &= miss
		missBits |= laneBits(miss) << (i & 63)
		putWord(x[i:], in.recode(w, miss, in.reverse[i/8]))
	}
	if anyBad != 0 || (allMissing == laneHighs && recommend == Missing) {
		return 0, false
	}
	missBits &= in.itemBits
	t.count(wk, n, missBits, recommend)
	return missBits, true
}

// count counts a respondent whom add has checked: the n reverse-coded
// answers in wk.scratch, missBits (bit i for a Missing answer to item
// i < 64, for an instrument of at most 64 items) and the recommendation.
func (t *Tally) count(wk *work, n int, missBits uint64, recommend int8) {
	in := &t.in
	x := wk.scratch[:n+8]
	var sum, missing int64 // Σ reverse-coded answers, Missing counting −1; the number of Missing
	if n <= 64 {
		missing = int64(bits.OnesCount64(missBits))
		sum = t.countHist(wk, x[:n]) + missing
		t.addDimensions(wk, x, missBits)
	} else {
		sum, missing = t.countLong(x[:n])
		sum += missing
	}
	t.hist.CountRespondent()
	answered := int64(n) - missing
	// The segment without a branch: engaged implies neutral, as the
	// neutral threshold is at most the engaged one.
	seg := Disengaged - b2i(sum*in.engagedDen >= in.engagedNum*answered) - b2i(sum*in.neutralDen >= in.neutralNum*answered)
	if answered == 0 {
		seg = Unscored
	}
	t.seg[seg]++
	r := int(recommend)
	if r < 0 {
		r = 11 // Missing
	}
	t.nps[r]++
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

// laneHighs has the high bit of every byte of a word.
const laneHighs = 0x8080808080808080

// putWord stores w little-endian in b[:8].
func putWord(b []int8, w uint64) {
	b = b[:8]
	b[0], b[1], b[2], b[3] = int8(w), int8(w>>8), int8(w>>16), int8(w>>24)
	b[4], b[5], b[6], b[7] = int8(w>>32), int8(w>>40), int8(w>>48), int8(w>>56)
}

// loadShort packs fewer than eight answers, the other lanes Missing.
func loadShort(s []int8) uint64 {
	w := ^uint64(0)
	for i, a := range s[:min(len(s), 8)] {
		w = w&^(0xff<<(8*i)) | uint64(uint8(a))<<(8*i)
	}
	return w
}

// countHist adds one respondent's reverse-coded answers x to the
// histogram and returns their sum, each Missing counting −1. It keeps the
// running sums in wk.prefix (prefix[i] is the sum of x[:i]), from which
// addDimensions takes the total of a dimension whose items are a run.
func (t *Tally) countHist(wk *work, x []int8) (sum int64) {
	hist, w := t.hist.Raw()
	pre := wk.prefix[1:]
	pre = pre[:len(x)]
	off := 1 // the slot of answer 0 of the current item
	for i, a := range x {
		hist[off+int(a)]++
		off += w
		sum += int64(a)
		pre[i] = sum
	}
	return sum
}

// addDimensions counts the alpha sums of each dimension: the total and its
// square for a complete dimension, the answers of an incomplete one (see
// addIncomplete). missBits has bit i set when item i is Missing; countHist
// has filled wk.prefix.
func (t *Tally) addDimensions(wk *work, x []int8, missBits uint64) {
	in := &t.in
	dimT, dimT2 := t.dimT, t.dimT2
	if runs := in.runs; runs != nil {
		pre := &wk.prefix
		dimT, dimT2 = dimT[:len(runs)], dimT2[:len(runs)]
		for d, r := range runs {
			if missBits&r.mask != 0 {
				t.addIncomplete(d, x)
				continue
			}
			tot := uint64(pre[r.end] - pre[r.first])
			dimT[d] += tot
			dimT2[d] += tot * tot
		}
		return
	}
	for d, mask := range in.dimMask {
		if missBits&mask != 0 {
			t.addIncomplete(d, x)
			continue
		}
		var tot uint64
		for _, i := range in.dimItems[d] {
			tot += uint64(x[i])
		}
		dimT[d] += tot
		dimT2[d] += tot * tot
	}
}

// b2i returns 1 for true and 0 for false.
func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// countLong is count and the alpha sums for an instrument of more than 64
// items: it returns the sum of the answers, each Missing counting −1, and
// the number of Missing.
func (t *Tally) countLong(x []int8) (sum, missing int64) {
	hist, w := t.hist.Raw()
	off := 1
	for _, v := range x {
		hist[off+int(v)]++
		off += w
		sum += int64(v)
		missing -= int64(v >> 7) // Missing is the only negative answer
	}
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
		} else {
			t.addIncomplete(d, x)
		}
	}
	return sum, missing
}

// laneBits gathers the high bit of each lane of m into bits 0–7, lane 0 in
// bit 0: one multiplication moves lane j's bit to bit 56+j, and no two
// partial products meet.
func laneBits(m uint64) uint64 { return (m >> 7) * 0x0102040810204080 >> 56 }

// addIncomplete counts a respondent who left an item of dimension d
// unanswered: their answers are taken out of the complete-case sums.
func (t *Tally) addIncomplete(d int, x []int8) {
	t.dimInc[d]++
	for _, i := range t.in.dimItems[d] {
		a := int64(x[i])
		keep := ^(a >> 63) // all ones for an answer, 0 for Missing (−1), without a branch
		t.incS[i] += uint64(a & keep)
		t.incQ[i] += uint64(a * a & keep)
	}
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
