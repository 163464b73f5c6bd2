package tally

import "math/bits"

// batchPending is how many incomplete dimensions a Batch holds before it
// must be flushed: at least the dimensions of one respondent (at most 64
// on the path that defers them).
const batchPending = 256

// Batch counts many respondents into a Set, as Set.Add would one by one,
// with less work per respondent: a respondent's dimensions are counted
// without a branch on whether each is complete, and the answers of the
// incomplete ones (the per-item sums of addIncomplete) are left pending,
// to be counted by Flush from the caller's rows, in a loop of their own.
// That takes the mispredicted branch on a Missing answer out of the
// per-respondent path. The counts of a Set are complete only after Flush;
// the caller must call Flush whenever Full reports true and before the
// Set is used otherwise. The zero Batch is empty and ready to use; it
// holds no pointer, so it can live on the caller's stack.
type Batch struct {
	n       int
	pending [batchPending]uint64 // row<<8 | dimension: a respondent incomplete in the dimension
}

// Full reports whether b must be flushed before the next Add.
func (b *Batch) Full() bool { return b.n > batchPending-64 }

// Add checks and counts one respondent as Set.Add does, row being its
// index in the caller's rows (for Flush), and reports whether it counted
// it; a refused respondent changes nothing (use Set.Refuse for the
// error). A respondent with a group, or an instrument whose dimensions are
// not runs of at most 64 items, is counted at once, with nothing pending.
func (b *Batch) Add(s *Set, row int, group string, answers []int8, recommend int8) bool {
	t := s.all
	in := &t.in
	if in.runs == nil || group != "" {
		return s.add(group, answers, recommend)
	}
	missBits, ok := t.code(answers, recommend)
	if !ok {
		return false
	}
	n := len(answers)
	missBits &= in.itemBits
	missing := int64(bits.OnesCount64(missBits))
	sum := t.count(t.scratch[:n]) + missing
	pre := &t.prefix
	runs := in.runs
	dimT, dimT2, dimInc := t.dimT[:len(runs)], t.dimT2[:len(runs)], t.dimInc[:len(runs)]
	m := b.n
	for d := range runs {
		r := &runs[d]
		inc := uint64(b2i(missBits&r.mask != 0)) // 1 when incomplete in d
		keep := inc - 1                          // all ones when complete
		tot := uint64(pre[r.end]-pre[r.first]) & keep
		dimT[d] += tot
		dimT2[d] += tot * tot
		dimInc[d] += inc
		b.pending[m%batchPending] = uint64(row)<<8 | uint64(d)
		m += int(inc)
	}
	b.n = m
	t.countRest(sum, int64(n)-missing, recommend)
	return true
}

// Flush counts the pending incomplete dimensions, taking each pending
// respondent's answers from answers(row), which must return the answers
// that Add counted for that row.
func (b *Batch) Flush(s *Set, answers func(row int) []int8) {
	t := s.all
	in := &t.in
	for _, p := range b.pending[:b.n] {
		row, d := int(p>>8), int(p&0xff)
		r := in.runs[d]
		a := answers(row)[r.first:r.end]
		incS, incQ := t.incS[r.first:r.end], t.incQ[r.first:r.end]
		meta := in.meta[r.first:r.end]
		for i, v := range a {
			if v == Missing {
				continue
			}
			x := uint64(int64(meta[i].base) + int64(meta[i].sign)*int64(v)) // reverse-coded
			incS[i] += x
			incQ[i] += x * x
		}
	}
	b.n = 0
}
