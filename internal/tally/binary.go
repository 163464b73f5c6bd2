package tally

import (
	"encoding/binary"
	"math/bits"
	"strconv"

	"github.com/go-asn/berakhlak/internal/exact"
	"github.com/go-asn/berakhlak/internal/likert"
	"github.com/go-asn/berakhlak/internal/text"
	"github.com/go-asn/berakhlak/internal/wire"
	"github.com/shopspring/decimal"
)

// thresholdDen is the denominator of an encoded segment threshold: a
// threshold has at most 4 decimal places (see NewInstrument).
const thresholdDen = 10_000

// Recommend reports whether the instrument has a 0–10 recommendation item.
func (in Instrument) Recommend() bool { return in.recommend }

// Thresholds returns the segment thresholds on the personal mean.
func (in Instrument) Thresholds() (engaged, neutral decimal.Decimal) { return in.engaged, in.neutral }

// AppendBinary appends s's encoding, the payload of an engagement or
// branding tally (format version 1):
//
//	min, max                uvarint: the scale
//	recommend               flag
//	engaged, neutral        uvarint: the thresholds in ten-thousandths
//	items                   uvarint count, then per item its code and
//	                        dimension (strings) and its reverse flag
//	the whole survey        counts (below)
//	groups                  uvarint count, then per group, in increasing
//	                        byte order of the names, its name and counts
//
// The counts of one group are its histogram (likert.Tally.AppendBinary),
// then as uvarints: the recommendation answers 0–10 and missing; the
// segments engaged, neutral, disengaged, unscored; per dimension the
// respondents incomplete in it; per item the sum and the sum of squares of
// the answers of respondents incomplete in its dimension; per dimension the
// sum of complete respondents' totals, then the sum of their squares.
func (s *Set) AppendBinary(b []byte) []byte {
	in := s.in
	b = binary.AppendUvarint(b, uint64(in.min))
	b = binary.AppendUvarint(b, uint64(in.max))
	b = wire.AppendBool(b, in.recommend)
	b = binary.AppendUvarint(b, uint64(in.engaged.Shift(4).IntPart()))
	b = binary.AppendUvarint(b, uint64(in.neutral.Shift(4).IntPart()))
	b = binary.AppendUvarint(b, uint64(len(in.items)))
	for _, it := range in.items {
		b = wire.AppendString(b, it.Code)
		b = wire.AppendString(b, it.Dimension)
		b = wire.AppendBool(b, it.Reverse)
	}
	b = s.all.appendCounts(b)
	names := s.Groups()
	b = binary.AppendUvarint(b, uint64(len(names)))
	for _, name := range names {
		b = wire.AppendString(b, name)
		b = s.groups[name].appendCounts(b)
	}
	return b
}

// vectors returns the counters of t other than the histogram, in the
// order they are encoded.
func (t *Tally) vectors() [7][]uint64 {
	return [7][]uint64{t.nps[:], t.seg[:], t.dimInc, t.incS, t.incQ, t.dimT, t.dimT2}
}

func (t *Tally) appendCounts(b []byte) []byte {
	b = t.hist.AppendBinary(b)
	for _, xs := range t.vectors() {
		for _, x := range xs {
			b = binary.AppendUvarint(b, x)
		}
	}
	return b
}

// DecodeSet reads a set written by AppendBinary from r, leaving what
// follows it unread, and checks that it is a set that Add and Merge could
// have made, as far as the counts tell: each group's counts agree with
// each other (see Tally.consistent), and the groups are named, sorted,
// each with respondents, and together hold no more of any count than the
// whole survey. A corrupt or truncated input is recorded in r and
// DecodeSet returns nil; it never panics.
//
// It checks every size before it allocates what the size is for, so that
// it allocates in proportion to the input: a group's tally costs at most
// 26 times the bytes that encode it (see Instrument.GroupBytes: its
// counts take 8 bytes each in memory and at least one each in the input,
// and its Tally some 700 bytes besides, against at least 30 bytes).
//
// The set's MaxGroups is the instrument's default, or the number of groups
// decoded if that is larger, so that every set's bytes decode.
func DecodeSet(r *wire.Reader) *Set {
	inst := decodeInstrument(r)
	if r.Err() != nil {
		return nil
	}
	s := &Set{}
	if s.all = decodeCounts(r, &inst); s.all == nil {
		r.Within("the whole survey")
		return nil
	}
	s.in = &s.all.in
	in := s.in
	groups := r.Uvarint()
	if least := minGroupBytes(in); r.Err() == nil && groups > uint64(r.Len()/least) {
		r.Fail("%d groups in %d bytes, where each takes at least %d", groups, r.Len(), least)
	}
	if r.Err() != nil {
		return nil
	}
	s.groups = make(map[string]*Tally, groups)
	sum := newCounts(in) // the groups' counts added up
	var respondents uint64
	prev := ""
	for g := uint64(0); g < groups && r.Err() == nil; g++ {
		name := r.String()
		switch {
		case r.Err() != nil:
			return nil
		case name == "":
			r.Fail("group %d has no name", g+1)
		case g > 0 && name <= prev:
			r.Fail("group %s comes after %s: the names must be sorted and unique", text.Quote(name), text.Quote(prev))
		}
		if r.Err() != nil {
			return nil
		}
		t := decodeCounts(r, in)
		if t == nil {
			r.Within("group " + text.Quote(name))
			return nil
		}
		respondents += t.Respondents() // at most limit.MaxRespondents each: no overflow before the check
		switch {
		case t.Respondents() == 0:
			r.Fail("group %s has no respondents", text.Quote(name))
			return nil
		case respondents > s.all.Respondents():
			r.Fail("the groups up to %s have %d respondents, more than the %d of the whole survey", text.Quote(name), respondents, s.all.Respondents())
			return nil
		}
		if !sum.addChecked(t) {
			r.Fail("the groups' counts overflow 64 bits")
			return nil
		}
		s.groups[name] = t
		prev = name
	}
	if r.Err() != nil {
		return nil
	}
	if what := sum.exceeds(s.all); what != "" {
		r.Fail("the groups together have more %s than the whole survey", what)
		return nil
	}
	in.maxGroups = max(in.maxGroups, len(s.groups))
	return s
}

// countBytes returns the fewest bytes that encode the counts of one group
// besides its histogram: the recommendation answers, the segments and the
// sums for alpha, a varint each.
func countBytes(in *Instrument) int { return 12 + 4 + 3*len(in.dims) + 2*len(in.items) }

// minGroupBytes returns the fewest bytes that encode one group: a name of
// one byte, its histogram's header (4 varints) and counts, and its other
// counts.
func minGroupBytes(in *Instrument) int {
	return 2 + 4 + likert.Cells(len(in.items), in.max) + countBytes(in)
}

// decodeInstrument reads the instrument written by Set.AppendBinary.
func decodeInstrument(r *wire.Reader) Instrument {
	min, max := r.Uvarint(), r.Uvarint()
	rec := r.Bool()
	engaged, neutral := r.Uvarint(), r.Uvarint()
	nItems := r.Uvarint()
	switch {
	case r.Err() != nil:
		return Instrument{}
	case max > likert.MaxPoint || min >= max:
		r.Fail("scale %d–%d: need 0 ≤ min < max ≤ %d", min, max, likert.MaxPoint)
	case engaged > likert.MaxPoint*thresholdDen || neutral > likert.MaxPoint*thresholdDen:
		r.Fail("segment thresholds %d and %d ten-thousandths, above the highest answer %d", engaged, neutral, likert.MaxPoint)
	case nItems < 1 || nItems > maxItems:
		r.Fail("%d items, want 1 to %d", nItems, maxItems)
	}
	if r.Err() != nil {
		return Instrument{}
	}
	items := make([]Item, 0, nItems)
	for i := uint64(0); i < nItems && r.Err() == nil; i++ {
		items = append(items, Item{Code: r.String(), Dimension: r.String(), Reverse: r.Bool()})
	}
	if r.Err() != nil {
		return Instrument{}
	}
	in, err := NewInstrument(items, int(min), int(max), rec,
		decimal.New(int64(engaged), -4), decimal.New(int64(neutral), -4))
	if err != nil {
		r.Fail("%v", err)
		return Instrument{}
	}
	return in
}

// decodeCounts reads the counts of one group and checks them. It returns
// nil when r has recorded an error. It allocates the group's tally only
// once the histogram's header matches the instrument and enough bytes are
// left for every count.
func decodeCounts(r *wire.Reader, in *Instrument) *Tally {
	h := likert.DecodeHeader(r)
	if r.Err() != nil {
		return nil
	}
	if h.Items != len(in.items) || h.Min != in.min || h.Max != in.max {
		r.Fail("histogram of %d items on %d–%d, but the instrument has %d items on %d–%d",
			h.Items, h.Min, h.Max, len(in.items), in.min, in.max)
		return nil
	}
	if need := likert.Cells(h.Items, h.Max) + countBytes(in); r.Len() < need {
		r.Fail("%d counts in %d bytes", need, r.Len())
		return nil
	}
	t := newCounts(in)
	if !t.hist.DecodeCounts(r, h) {
		return nil
	}
	for _, xs := range t.vectors() {
		for i := range xs {
			xs[i] = r.Uvarint()
		}
	}
	if r.Err() != nil {
		return nil
	}
	if err := t.consistent(); err != nil {
		r.Fail("%v", err)
		return nil
	}
	return t
}

// consistent checks that t's counters agree with each other and with its
// histogram as they do in every tally made by Add and Merge:
//   - the recommendation answers (missing included) and the segments each
//     add up to the respondents; no recommendation answer without a
//     recommendation item; a respondent who answered no item (unscored)
//     answered the recommendation, is missing from every item, and every
//     other respondent answered at least one item;
//   - each segment is reachable: an engaged respondent needs an answer at
//     or above the engaged threshold, and so on;
//   - for Cronbach's alpha, per dimension: the respondents incomplete in it
//     are at least the missing answers of any of its items and at most
//     their sum; the sums of what incomplete respondents answered to an
//     item lie between the sums of that many of the item's smallest and
//     largest answers; sums and sums of squares fit the number of answers
//     (Cauchy–Schwarz); and the complete respondents' totals add up to
//     their answers, with squares between the sum of their answers' squares
//     and k times it.
func (t *Tally) consistent() error {
	in := &t.in
	n := t.hist.Respondents()
	if s, ok := sum64(t.nps[:]); !ok || s != n {
		return wire.Errorf("%d recommendation answers (missing included) for %d respondents", s, n)
	}
	if !in.recommend {
		for a, c := range t.nps[:11] {
			if c != 0 {
				return wire.Errorf("%d recommendation answers %d, but the instrument has no recommendation item", c, a)
			}
		}
	}
	if s, ok := sum64(t.seg[:]); !ok || s != n {
		return wire.Errorf("%d respondents in the segments for %d respondents", s, n)
	}
	unscored := t.seg[Unscored]
	if rec := n - t.nps[11]; unscored > rec {
		return wire.Errorf("%d respondents answered no item, but only %d answered the recommendation", unscored, rec)
	}
	var answers uint64
	lo, hi := -1, -1 // the smallest and largest answer given to any item
	for i, it := range in.items {
		missing := t.hist.MissingCount(i)
		if missing < unscored {
			return wire.Errorf("item %q has %d missing answers, fewer than the %d respondents who answered no item", it.Code, missing, unscored)
		}
		answers += n - missing
		for a := in.min; a <= in.max; a++ {
			if t.hist.Count(i, a) != 0 {
				if lo < 0 {
					lo = a
				}
				lo, hi = min(lo, a), max(hi, a)
			}
		}
	}
	if scored := n - unscored; answers < scored {
		return wire.Errorf("%d answers from %d respondents who each answered an item", answers, scored)
	}
	if err := t.segmentsReachable(lo, hi); err != nil {
		return err
	}
	for d := range in.dims {
		if err := t.alphaConsistent(d); err != nil {
			return err
		}
	}
	return nil
}

// segmentsReachable checks the segments against the smallest and largest
// answer given: a respondent's mean lies between the two. It compares
// integers with the thresholds as fractions, as Add does, so that it
// allocates nothing unless it fails.
func (t *Tally) segmentsReachable(lo, hi int) error {
	in := &t.in
	reaches := func(a int, num, den int64) bool { return a >= 0 && int64(a)*den >= num }
	engaged := func(a int) bool { return reaches(a, in.engagedNum, in.engagedDen) }
	neutral := func(a int) bool { return reaches(a, in.neutralNum, in.neutralDen) }
	switch {
	case t.seg[Engaged] > 0 && !engaged(hi):
		return wire.Errorf("%d engaged respondents, but no answer reaches the engaged threshold %s", t.seg[Engaged], exact.String(in.engaged))
	case t.seg[Neutral] > 0 && !neutral(hi):
		return wire.Errorf("%d neutral respondents, but no answer reaches the neutral threshold %s", t.seg[Neutral], exact.String(in.neutral))
	case t.seg[Neutral] > 0 && engaged(lo):
		return wire.Errorf("%d neutral respondents, but every answer reaches the engaged threshold %s", t.seg[Neutral], exact.String(in.engaged))
	case t.seg[Disengaged] > 0 && neutral(lo):
		return wire.Errorf("%d disengaged respondents, but every answer reaches the neutral threshold %s", t.seg[Disengaged], exact.String(in.neutral))
	}
	return nil
}

// alphaConsistent checks the sums Cronbach's alpha uses for dimension d.
func (t *Tally) alphaConsistent(d int) error {
	in := &t.in
	dim, items := in.dims[d], in.dimItems[d]
	n, inc := t.hist.Respondents(), t.dimInc[d]
	var most, missing uint64
	for _, i := range items {
		m := t.hist.MissingCount(i)
		most, missing = max(most, m), missing+m
	}
	switch {
	case inc > n:
		return wire.Errorf("dimension %q has %d incomplete respondents of %d", dim, inc, n)
	case inc < most:
		return wire.Errorf("dimension %q has %d incomplete respondents, but one of its items has %d missing answers", dim, inc, most)
	case inc > missing:
		return wire.Errorf("dimension %q has %d incomplete respondents, but its items have only %d missing answers", dim, inc, missing)
	}
	complete := n - inc
	var totS, totQ uint64 // complete respondents' sums over the dimension's items
	for _, i := range items {
		code := in.items[i].Code
		c := inc - t.hist.MissingCount(i) // answers of incomplete respondents
		lowS, lowQ, highS, highQ := t.extremes(i, c)
		incS, incQ := t.incS[i], t.incQ[i]
		switch {
		case incS < lowS || incS > highS:
			return wire.Errorf("item %q: %d answers of respondents incomplete in %q sum to %d, outside the %d–%d its answers allow", code, c, dim, incS, lowS, highS)
		case incQ < lowQ || incQ > highQ:
			return wire.Errorf("item %q: %d answers of respondents incomplete in %q have squares summing to %d, outside the %d–%d its answers allow", code, c, dim, incQ, lowQ, highQ)
		case !fits(incS, incQ, c):
			return wire.Errorf("item %q: no %d answers have the sum %d and the sum of squares %d", code, c, incS, incQ)
		}
		s, q := t.itemSums(i)
		s, q = s-incS, q-incQ
		if !fits(s, q, complete) {
			return wire.Errorf("item %q: no %d answers have the sum %d and the sum of squares %d", code, complete, s, q)
		}
		totS, totQ = totS+s, totQ+q
	}
	T, T2, k := t.dimT[d], t.dimT2[d], uint64(len(items))
	if T != totS {
		return wire.Errorf("dimension %q: complete respondents' totals sum to %d, but their answers to %d", dim, T, totS)
	}
	// Per respondent, (Σx)² lies between Σx² and k·Σx² (x ≥ 0), and across
	// respondents (ΣT)² ≤ complete·ΣT².
	if hi, lo := bits.Mul64(k, totQ); T2 < totQ || (hi == 0 && T2 > lo) || !fits(T, T2, complete) {
		return wire.Errorf("dimension %q: the squares of %d complete respondents' totals sum to %d, impossible for totals summing to %d from answers whose squares sum to %d",
			dim, complete, T2, T, totQ)
	}
	return nil
}

// itemSums returns the sum of the answers to item i and of their squares.
func (t *Tally) itemSums(i int) (s, q uint64) {
	for a := t.in.min; a <= t.in.max; a++ {
		c := t.hist.Count(i, a)
		s += c * uint64(a)
		q += c * uint64(a) * uint64(a)
	}
	return s, q
}

// extremes returns the sums of the c smallest answers to item i and of
// their squares, then of the c largest; c must not exceed the answers.
// Answers are never negative, so the smallest answers have the smallest
// squares.
func (t *Tally) extremes(i int, c uint64) (lowS, lowQ, highS, highQ uint64) {
	take := func(a int, left *uint64, s, q *uint64) {
		k := min(*left, t.hist.Count(i, a))
		*left -= k
		*s += k * uint64(a)
		*q += k * uint64(a) * uint64(a)
	}
	left := c
	for a := t.in.min; a <= t.in.max && left > 0; a++ {
		take(a, &left, &lowS, &lowQ)
	}
	left = c
	for a := t.in.max; a >= t.in.min && left > 0; a-- {
		take(a, &left, &highS, &highQ)
	}
	return lowS, lowQ, highS, highQ
}

// fits reports whether c non-negative numbers can have the sum s and the
// sum of squares q, as far as Cauchy–Schwarz tells: s² ≤ c·q, and nothing
// when c is 0.
func fits(s, q, c uint64) bool {
	if c == 0 {
		return s == 0 && q == 0
	}
	sh, sl := bits.Mul64(s, s)
	ch, cl := bits.Mul64(c, q)
	return sh < ch || (sh == ch && sl <= cl)
}

// sum64 returns the sum of xs, and false if it overflows.
func sum64(xs []uint64) (uint64, bool) {
	var s, carry uint64
	for _, x := range xs {
		var c uint64
		s, c = bits.Add64(s, x, 0)
		carry |= c
	}
	return s, carry == 0
}

// addChecked adds o's counts to t, and reports false if a count overflows.
// The caller has checked that t and o together have at most
// limit.MaxRespondents respondents, so that no count of the histogram can
// overflow.
func (t *Tally) addChecked(o *Tally) bool {
	if t.hist.Merge(&o.hist) != nil {
		return false // unreachable: same instrument, and within the limit
	}
	ok := true
	tv, ov := t.vectors(), o.vectors()
	for k := range tv {
		ok = addInto(tv[k], ov[k]) && ok
	}
	return ok
}

// addInto adds b to a, element by element, and reports false on overflow.
func addInto(a, b []uint64) bool {
	var carry uint64
	for i := range a {
		var c uint64
		a[i], c = bits.Add64(a[i], b[i], 0)
		carry |= c
	}
	return carry == 0
}

// exceeds returns what t, the sum of the groups, has more of than all, or
// "".
func (t *Tally) exceeds(all *Tally) string {
	if t.Respondents() > all.Respondents() {
		return "respondents"
	}
	th, w := t.hist.Raw()
	ah, _ := all.hist.Raw()
	for k, c := range th {
		if c > ah[k] {
			i, a := k/w, k%w-1
			if a < 0 {
				return "missing answers to item " + text.Quote(t.in.items[i].Code)
			}
			return "answers " + strconv.Itoa(a) + " to item " + text.Quote(t.in.items[i].Code)
		}
	}
	names := [7]string{"recommendation answers", "respondents in a segment", "respondents incomplete in a dimension",
		"sum of incomplete respondents' answers", "sum of incomplete respondents' squares",
		"sum of complete respondents' totals", "sum of the squares of complete respondents' totals"}
	tv, av := t.vectors(), all.vectors()
	for k := range tv {
		for i, x := range tv[k] {
			if x > av[k][i] {
				return names[k]
			}
		}
	}
	return ""
}
