package tally

import (
	"math/bits"

	"github.com/go-asn/berakhlak/internal/likert"
)

// work is the scratch of one respondent's count, kept to avoid allocating:
// the reverse-coded answers, with room for the last word, and their
// running sums (see count).
type work struct {
	scratch [maxItems + 8]int8
	prefix  [65]int64
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
	allMissing := uint64(likert.LaneHighs)
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
			w = likert.LoadShort(answers)
		}
		bad, miss := in.bounds.Word(w)
		anyBad |= bad
		allMissing &= miss
		missBits |= laneBits(miss) << (i & 63)
		putWord(x[i:], in.recode(w, miss, in.reverse[i/8]))
	}
	if anyBad != 0 || (allMissing == likert.LaneHighs && recommend == Missing) {
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

// putWord stores w little-endian in b[:8].
func putWord(b []int8, w uint64) {
	b = b[:8]
	b[0], b[1], b[2], b[3] = int8(w), int8(w>>8), int8(w>>16), int8(w>>24)
	b[4], b[5], b[6], b[7] = int8(w>>32), int8(w>>40), int8(w>>48), int8(w>>56)
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

// recode returns the eight answers packed in w with those in the lanes of
// rev reverse-coded (a becomes min+max−a) and Missing kept; miss is w's
// Missing mask from likert.Bounds.Word, and every answer must be valid.
// No lane borrows from the next: an answer is at most max ≤ min+max.
func (in *Instrument) recode(w, miss, rev uint64) uint64 {
	missing := (miss >> 7) * 0xff // 0xff in each Missing lane
	a := w &^ missing
	flipped := in.flipBase - a
	return a&^rev | flipped&rev | missing
}
