// Package likert holds the integer machinery for Likert-scale answers: a
// per-item histogram that is exact, mergeable, order-free and serialisable,
// and costs one increment per answer with no allocation. Means, shares and
// percentages are derived from it at reporting time.
//
// It is shared by the rating instrument of the Indeks BerAKHLAK and by the
// engagement and branding instruments.
//
// # Fast paths and references
//
// Add counts answer by answer; it is the plain path. The faster paths must
// agree with it, and with the plain check of each answer, scanRef
// (scan_test.go):
//   - Scan, First and Bounds.Word (scan.go) check eight answers at a time
//     as the lanes of a word; FuzzScan compares them with scanRef.
//   - AddRows (rows.go) checks a block of rows, then counts each two
//     adjacent answers with one increment in a table of the pair, folded
//     into the histogram at the end of the call; AddChecked checks and
//     counts one row. FuzzAddRows compares both with addOneByOne
//     (rows_test.go): scanRef, then Add, row by row.
package likert

import (
	"fmt"

	"github.com/go-asn/berakhlak/internal/limit"
)

// Missing marks an item the respondent did not answer. It is counted as
// missing, never as a value.
const Missing int8 = -1

// MaxPoint is the highest answer a scale may have.
const MaxPoint = 100

// Tally is a histogram of answers per item. The zero Tally is empty and
// has no items; make one with New or Make. It holds at most
// limit.MaxRespondents respondents: Merge checks it, and the callers of
// Add, AddChecked, AddRows and CountRespondent, which count without
// checking, keep to it.
type Tally struct {
	items, min, max int
	width           int      // max + 2 slots per item: missing, then 0…max
	n               uint64   // respondents
	hist            []uint64 // items × width
	// pairs is AddRows's scratch, empty between calls; it is not part of
	// the counts. A pointer, so that a tally that never calls AddRows (an
	// engagement group's) carries 8 bytes for it.
	pairs *[][pairCells]uint64
}

// New returns an empty tally of items items answered on min…max.
func New(items, min, max int) (*Tally, error) {
	if err := check(items, min, max); err != nil {
		return nil, err
	}
	t, err := Make(items, min, max, make([]uint64, Cells(items, max)))
	if err != nil {
		return nil, err // unreachable: checked
	}
	return &t, nil
}

// Cells returns the number of counts of a tally of items items on a scale
// whose highest answer is max: its histogram's length.
func Cells(items, max int) int { return items * (max + 2) }

// Make returns an empty tally of items items answered on min…max whose
// histogram is hist, which must be Cells(items, max) zeros, so that a
// caller may keep it in one allocation with counts of its own.
func Make(items, min, max int, hist []uint64) (Tally, error) {
	if err := check(items, min, max); err != nil {
		return Tally{}, err
	}
	if len(hist) != Cells(items, max) {
		return Tally{}, fmt.Errorf("%d counts for %d items on %d–%d, want %d", len(hist), items, min, max, Cells(items, max))
	}
	return Tally{items: items, min: min, max: max, width: max + 2, hist: hist[:len(hist):len(hist)]}, nil
}

func check(items, min, max int) error {
	switch {
	case items < 1:
		return fmt.Errorf("%d items; need at least 1", items)
	case min < 0 || max > MaxPoint || min >= max:
		return fmt.Errorf("scale %d–%d: need 0 ≤ min < max ≤ %d", min, max, MaxPoint)
	}
	return nil
}

// Items returns the number of items.
func (t *Tally) Items() int { return t.items }

// Scale returns the lowest and highest answer.
func (t *Tally) Scale() (min, max int) { return t.min, t.max }

// Respondents returns the number of respondents added.
func (t *Tally) Respondents() uint64 { return t.n }

// Check returns the index of the first answer outside the scale (neither
// Missing nor within min…max), or -1 when every answer is valid. It does
// not check the length. It is Scan without the blank-row test.
func (t *Tally) Check(answers []int8) int {
	bad, _ := t.Scan(answers)
	return bad
}

// Add counts one respondent's answers, one per item. The caller must have
// checked the length and the answers with Scan or Check: Add itself only
// counts. It costs one increment per answer, Missing included (in its own
// slot), so that every row of the histogram sums to Respondents.
func (t *Tally) Add(answers []int8) {
	if t.items == 21 {
		add21(t.hist, t.width, answers)
	} else {
		add(t.hist, t.width, answers[:t.items])
	}
	t.n++
}

// add is Add's loop.
func add(h []uint64, w int, answers []int8) {
	off := 1 // the slot of answer 0 of the current item
	for _, a := range answers {
		h[off+int(a)]++
		off += w
	}
}

// AddChecked checks one respondent's answers, one per item, as Scan does
// and, when Scan accepts them (bad is -1 and answered is true), counts
// them as Add does, in one call. A refused row changes nothing. The caller
// must have checked the length.
func (t *Tally) AddChecked(answers []int8) (bad int, answered bool) {
	if t.items == 21 && len(answers) == 21 {
		// valid21's check of one row, inline: Add's path for a good row
		// is kept to one call.
		b := t.Bounds()
		x0, m0 := b.Word(Load(answers, 0))
		x1, m1 := b.Word(Load(answers, 8))
		x2, m2 := b.Word(Load(answers, 13))
		if x0|x1|x2 != 0 || m0&m1&m2 == LaneHighs {
			return t.Scan(answers)
		}
		add21(t.hist, t.width, answers)
		t.n++
		return -1, true
	}
	if bad, answered = t.Scan(answers); bad < 0 && answered {
		t.Add(answers)
	}
	return bad, answered
}

// add21 is Add's loop for 21 items (the behaviours of the rating
// instrument), unrolled.
func add21(h []uint64, w int, answers []int8) {
	a := answers[:21]
	o := 1
	h[o+int(a[0])]++
	h[o+w+int(a[1])]++
	h[o+2*w+int(a[2])]++
	o += 3 * w
	h[o+int(a[3])]++
	h[o+w+int(a[4])]++
	h[o+2*w+int(a[5])]++
	o += 3 * w
	h[o+int(a[6])]++
	h[o+w+int(a[7])]++
	h[o+2*w+int(a[8])]++
	o += 3 * w
	h[o+int(a[9])]++
	h[o+w+int(a[10])]++
	h[o+2*w+int(a[11])]++
	o += 3 * w
	h[o+int(a[12])]++
	h[o+w+int(a[13])]++
	h[o+2*w+int(a[14])]++
	o += 3 * w
	h[o+int(a[15])]++
	h[o+w+int(a[16])]++
	h[o+2*w+int(a[17])]++
	o += 3 * w
	h[o+int(a[18])]++
	h[o+w+int(a[19])]++
	h[o+2*w+int(a[20])]++
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

// SumSquares returns the sum of the squares of the answers to item i.
func (t *Tally) SumSquares(i int) uint64 {
	row := t.hist[i*t.width : (i+1)*t.width]
	var sq uint64
	for a := t.min; a <= t.max; a++ {
		sq += row[a+1] * uint64(a*a)
	}
	return sq
}

// Compatible reports whether o has the same items and scale.
func (t *Tally) Compatible(o *Tally) bool {
	return t.items == o.items && t.min == o.min && t.max == o.max
}

// Merge adds o's counts to t, which may be o. The tallies must be
// Compatible, and together hold at most limit.MaxRespondents respondents:
// otherwise Merge returns an error, a *limit.Error for the second, and
// changes nothing.
func (t *Tally) Merge(o *Tally) error {
	if !t.Compatible(o) {
		return fmt.Errorf("cannot merge a tally of %d items on %d–%d into one of %d items on %d–%d",
			o.items, o.min, o.max, t.items, t.min, t.max)
	}
	if err := limit.Respondents(t.n, o.n); err != nil {
		return err
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
