// Package likert holds the integer machinery for Likert-scale answers: a
// per-item histogram that is exact, mergeable, order-free and serialisable,
// and costs one increment per answer with no allocation. Means, shares and
// percentages are derived from it at reporting time.
//
// It is shared by the rating instrument of the Indeks BerAKHLAK and by the
// engagement and branding instruments.
package likert

import "fmt"

// Missing marks an item the respondent did not answer. It is counted as
// missing, never as a value.
const Missing int8 = -1

// MaxPoint is the highest answer a scale may have.
const MaxPoint = 100

// MaxRespondents is the most respondents a decoded tally may claim: about
// a trillion, so that sums of answers and their squares cannot overflow.
const MaxRespondents = 1 << 40

// Tally is a histogram of answers per item. The zero Tally is empty and
// has no items; make one with New.
type Tally struct {
	items, min, max int
	width           int      // max + 2 slots per item: missing, then 0…max
	n               uint64   // respondents
	hist            []uint64 // items × width
}

// New returns an empty tally of items items answered on min…max.
func New(items, min, max int) (*Tally, error) {
	switch {
	case items < 1:
		return nil, fmt.Errorf("%d items; need at least 1", items)
	case min < 0 || max > MaxPoint || min >= max:
		return nil, fmt.Errorf("scale %d–%d: need 0 ≤ min < max ≤ %d", min, max, MaxPoint)
	}
	w := max + 2
	return &Tally{items: items, min: min, max: max, width: w, hist: make([]uint64, items*w)}, nil
}

// Items returns the number of items.
func (t *Tally) Items() int { return t.items }

// Scale returns the lowest and highest answer.
func (t *Tally) Scale() (min, max int) { return t.min, t.max }

// Respondents returns the number of respondents added.
func (t *Tally) Respondents() uint64 { return t.n }

// Check returns the index of the first answer outside the scale (neither
// Missing nor within min…max), or -1 when every answer is valid. It does
// not check the length.
func (t *Tally) Check(answers []int8) int {
	lo, hi := int8(t.min), int8(t.max)
	for i, a := range answers {
		if a != Missing && (a < lo || a > hi) {
			return i
		}
	}
	return -1
}

// Add counts one respondent's answers, one per item. The caller must have
// checked the length and the answers with Check: Add itself only counts.
func (t *Tally) Add(answers []int8) {
	h, w := t.hist, t.width
	_ = answers[t.items-1]
	for i := 0; i < t.items; i++ {
		h[i*w+int(answers[i])+1]++
	}
	t.n++
}

// Count returns how many respondents gave answer a to item i.
func (t *Tally) Count(i, a int) uint64 { return t.hist[i*t.width+a+1] }

// MissingCount returns how many respondents left item i unanswered.
func (t *Tally) MissingCount(i int) uint64 { return t.hist[i*t.width] }

// Answered returns the number of answers to item i and their sum.
func (t *Tally) Answered(i int) (count, sum uint64) {
	row := t.hist[i*t.width : (i+1)*t.width]
	for a := t.min; a <= t.max; a++ {
		c := row[a+1]
		count += c
		sum += c * uint64(a)
	}
	return count, sum
}

// Compatible reports whether o has the same items and scale.
func (t *Tally) Compatible(o *Tally) bool {
	return t.items == o.items && t.min == o.min && t.max == o.max
}

// Merge adds o's counts to t. The tallies must be Compatible.
func (t *Tally) Merge(o *Tally) error {
	if !t.Compatible(o) {
		return fmt.Errorf("cannot merge a tally of %d items on %d–%d into one of %d items on %d–%d",
			o.items, o.min, o.max, t.items, t.min, t.max)
	}
	for i, c := range o.hist {
		t.hist[i] += c
	}
	t.n += o.n
	return nil
}

// Equal reports whether t and o hold the same counts.
func (t *Tally) Equal(o *Tally) bool {
	if !t.Compatible(o) || t.n != o.n {
		return false
	}
	for i, c := range t.hist {
		if o.hist[i] != c {
			return false
		}
	}
	return true
}

// Raw returns the histogram's storage and row width, for callers that fuse
// their own per-answer work with the increment: the count of answer a to
// item i is at i*width + a + 1, and Missing at i*width. A caller that
// writes through it must keep every row's sum equal to Respondents, and
// call CountRespondent once per respondent.
func (t *Tally) Raw() (hist []uint64, width int) { return t.hist, t.width }

// CountRespondent adds one to the number of respondents, for callers that
// increment the histogram through Raw.
func (t *Tally) CountRespondent() { t.n++ }
