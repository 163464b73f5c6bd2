// Package tally holds the machinery shared by the engagement and branding
// packages: a caller-defined Likert instrument, an integer tally per
// subgroup that is exact, mergeable and serialisable, and the well-known
// public formulas computed from it (means, percent favourable, segments by
// personal mean, NPS, Cronbach's alpha).
//
// # Fast path and reference
//
// Tally.Add and Set.Add count a respondent with the word-at-a-time path of
// lanes.go: the answers are checked and reverse-coded eight at a time, as
// the lanes of a word (likert.Bounds), which also gives the Missing
// answers as a bit mask; one loop counts the histogram and keeps running
// sums, so that a complete dimension's total is one subtraction; the
// segment is chosen without a branch. addReference (lanes_test.go) counts
// the same respondent answer by answer, and FuzzAddMatchesReference holds
// the two to the same counts and errors on any instrument and answers. A
// refused respondent's error comes from refuse, off the fast path.
package tally

import (
	"errors"
	"fmt"
	"hash/fnv"
	"slices"
	"strings"

	"github.com/go-asn/berakhlak/internal/exact"
	"github.com/go-asn/berakhlak/internal/fold"
	"github.com/go-asn/berakhlak/internal/likert"
	"github.com/shopspring/decimal"
)

// fraction returns d (at most 4 places, within 0–100) as num/den.
func fraction(d decimal.Decimal) (num, den int64) {
	r := d.Round(4)
	return r.Shift(4).IntPart(), 10_000
}

// maxItems is the most items an instrument may have.
const maxItems = 200

// DefaultMaxGroups is the most subgroups a tally holds unless its
// instrument says otherwise (library default; see WithMaxGroups).
const DefaultMaxGroups = 10_000

// maxCodeLen is the longest item code, once folded.
const maxCodeLen = 60

// errInvalid means an instrument definition is invalid.
var errInvalid = errors.New("invalid instrument")

// Item is one Likert item.
type Item struct {
	Code      string
	Dimension string
	Reverse   bool
}

// Instrument is a validated, immutable instrument definition.
type Instrument struct {
	items []Item
	dims  []string // in order of first appearance
	// Every tally holds a copy (see Tally.in), so what is not needed after
	// NewInstrument is not kept.
	dimItems    [][]int // dimension → items
	min, max    int
	recommend   bool
	fingerprint uint64
	// Segment thresholds on the personal mean, as fractions num/den.
	engagedNum, engagedDen int64
	neutralNum, neutralDen int64
	engaged, neutral       decimal.Decimal
	// For Tally.Add: the scale's bounds for checking answers a word of
	// eight at a time; per word of eight items, 0xff in the lane of each
	// reverse-coded item; min+max in every lane.
	bounds   likert.Bounds
	reverse  []uint64
	flipBase uint64
	dimMask  []uint64 // per dimension, bit i for each of its items i < 64
	runs     []dimRun // per dimension, when every dimension is a run of items and there are at most 64; nil otherwise
	itemBits uint64   // bit i for each item i < 64
	// For the last part word (items not a multiple of 8, at least 8): the
	// shift that brings its answers down to the low lanes of the last
	// eight, and Missing in the lanes beyond them.
	tailShift uint8
	tailFill  uint64
	// maxGroups is the most subgroups a Set holds. It is a limit on
	// resources, not part of the definition: Equal and the encoding leave
	// it out.
	maxGroups int
}

// NewInstrument validates a definition: at least one item and at most
// maxItems; every code non-empty and unique (ignoring case, spaces, "_"
// and "-"); every dimension non-empty; 0 ≤ min < max ≤ 100; segment
// thresholds within the scale with neutral ≤ engaged, at most 4 decimal
// places.
func NewInstrument(items []Item, min, max int, recommend bool, engaged, neutral decimal.Decimal) (Instrument, error) {
	bad := func(format string, args ...any) (Instrument, error) {
		return Instrument{}, errf(errInvalid, "%s", fmt.Sprintf(format, args...))
	}
	switch {
	case len(items) == 0:
		return bad("no items")
	case len(items) > maxItems:
		return bad("%d items, at most %d", len(items), maxItems)
	case min < 0 || max > likert.MaxPoint || min >= max:
		return bad("scale %d–%d: need 0 ≤ min < max ≤ %d", min, max, likert.MaxPoint)
	}
	lo, hi := decimal.New(int64(min), 0), decimal.New(int64(max), 0)
	for _, th := range []decimal.Decimal{engaged, neutral} {
		// Bounded first: comparing a decimal of a huge exponent would
		// expand it.
		if !exact.Bounded(th) || th.LessThan(lo) || th.GreaterThan(hi) || !th.Round(4).Equal(th) {
			return bad("segment threshold %s outside the scale %d–%d or finer than 4 places", exact.Describe(th), min, max)
		}
	}
	if neutral.GreaterThan(engaged) {
		return bad("neutral threshold %s above the engaged threshold %s", exact.String(neutral), exact.String(engaged))
	}
	in := Instrument{min: min, max: max, recommend: recommend, items: append([]Item(nil), items...),
		engaged: engaged, neutral: neutral, maxGroups: DefaultMaxGroups}
	in.engagedNum, in.engagedDen = fraction(engaged)
	in.neutralNum, in.neutralDen = fraction(neutral)
	seen := map[string]string{}
	dimIndex := map[string]int{}
	dimFolded := map[string]string{}
	for i, it := range items {
		key, _ := fold.Append(make([]byte, 0, len(it.Code)), it.Code, false)
		switch {
		case len(key) == 0:
			return bad("item %d has no code", i+1)
		case len(key) > maxCodeLen:
			return bad("item code %q is longer than %d characters", it.Code, maxCodeLen)
		case seen[string(key)] != "":
			return bad("item code %q repeats %q", it.Code, seen[string(key)])
		case strings.TrimSpace(it.Dimension) == "":
			return bad("item %q has no dimension", it.Code)
		}
		seen[string(key)] = it.Code
		fd, _ := fold.Append(make([]byte, 0, len(it.Dimension)), it.Dimension, true)
		if other, ok := dimFolded[string(fd)]; ok && other != it.Dimension {
			return bad("dimensions %q and %q differ only in case, spacing or punctuation", other, it.Dimension)
		}
		dimFolded[string(fd)] = it.Dimension
		d, ok := dimIndex[it.Dimension]
		if !ok {
			d = len(in.dims)
			dimIndex[it.Dimension] = d
			in.dims = append(in.dims, it.Dimension)
			in.dimItems = append(in.dimItems, nil)
		}
		in.dimItems[d] = append(in.dimItems[d], i)
	}
	in.bounds = likert.NewBounds(min, max)
	in.flipBase = uint64(min+max) * likert.LaneOnes
	in.reverse = make([]uint64, (len(items)+7)/8)
	for i, it := range items {
		if it.Reverse {
			in.reverse[i/8] |= 0xff << (8 * (i % 8))
		}
	}
	if r := len(items) % 8; r != 0 {
		in.tailShift = uint8(64 - 8*r)
		in.tailFill = ^uint64(0) << (8 * r)
	}
	in.itemBits = ^uint64(0)
	if len(items) < 64 {
		in.itemBits = 1<<len(items) - 1
	}
	in.dimMask = make([]uint64, len(in.dims))
	for d, items := range in.dimItems {
		for _, i := range items {
			if i < 64 {
				in.dimMask[d] |= 1 << i
			}
		}
	}
	// spans[d] is the item range of dimension d when every dimension's
	// items are contiguous (the usual layout); nil otherwise.
	spans := make([][2]int, len(in.dims))
	for d, items := range in.dimItems {
		first, last := items[0], items[len(items)-1]
		if last-first+1 != len(items) {
			spans = nil
			break
		}
		spans[d] = [2]int{first, last + 1}
	}
	if spans != nil && len(items) <= 64 {
		for d, sp := range spans {
			in.runs = append(in.runs, dimRun{first: uint8(sp[0]), end: uint8(sp[1]), mask: in.dimMask[d]})
		}
	}
	h := fnv.New64a()
	fmt.Fprintf(h, "%d-%d-%v-%s-%s", min, max, recommend, exact.String(engaged), exact.String(neutral))
	for _, it := range in.items {
		fmt.Fprintf(h, "\x00%s\x00%s\x00%v", it.Code, it.Dimension, it.Reverse)
	}
	in.fingerprint = h.Sum64()
	return in, nil
}

// dimRun is a dimension whose items are first…end−1, and their bits.
type dimRun struct {
	first, end uint8 // indices into Tally.prefix
	mask       uint64
}

// WithMaxGroups returns in with room for n subgroups in a tally instead of
// DefaultMaxGroups; n must be at least 1. Each subgroup costs its tally
// (see GroupBytes), made the first time it appears.
func (in Instrument) WithMaxGroups(n int) (Instrument, error) {
	if n < 1 {
		return Instrument{}, errf(errInvalid, "MaxGroups %d, want at least 1", n)
	}
	in.maxGroups = n
	return in, nil
}

// MaxGroups returns the most subgroups a tally of in holds.
func (in Instrument) MaxGroups() int { return in.maxGroups }

// GroupBytes returns about what one subgroup's tally costs in memory, in
// bytes, besides its name: its counts, 8 bytes each (the histogram's
// items × (max+2), and 2 per item and 3 per dimension for Cronbach's
// alpha), its Tally and its entry in the Set's map. A test measures it.
func (in Instrument) GroupBytes() int {
	hist, vectors := 8*likert.Cells(len(in.items), in.max), 8*(2*len(in.items)+3*len(in.dims))
	if hist > largeObject {
		hist = (hist + 8<<10 - 1) &^ (8<<10 - 1) // whole pages of 8 KB, see newCounts
	}
	return hist + vectors + groupOverhead
}

// groupOverhead is what a subgroup costs besides its counts: its Tally,
// which holds a copy of the instrument (640 bytes), and its map entry, as
// measured.
const groupOverhead = 720

// IsValid reports whether in was made by NewInstrument.
func (in Instrument) IsValid() bool { return len(in.items) > 0 }

// Items returns a copy of the items.
func (in Instrument) Items() []Item { return append([]Item(nil), in.items...) }

// Len returns the number of items.
func (in Instrument) Len() int { return len(in.items) }

// Scale returns the answer scale.
func (in Instrument) Scale() (min, max int) { return in.min, in.max }

// Dimensions returns the dimensions in order of first appearance.
func (in Instrument) Dimensions() []string { return append([]string(nil), in.dims...) }

// Lookup returns the index of the item with the given code, ignoring case,
// spaces, "_" and "-", or -1.
func (in Instrument) Lookup(code string) int {
	var buf [64]byte
	key, ok := fold.Append(buf[:0], code, false)
	if !ok {
		return -1
	}
	var item [64]byte
	for i, it := range in.items {
		if f, _ := fold.Append(item[:0], it.Code, false); string(f) == string(key) {
			return i
		}
	}
	return -1
}

// Dimension returns the index of the named dimension, or -1.
func (in Instrument) Dimension(name string) int {
	for i, d := range in.dims {
		if d == name {
			return i
		}
	}
	return -1
}

// Equal reports whether in and o define the same instrument.
func (in Instrument) Equal(o Instrument) bool {
	if in.fingerprint != o.fingerprint || len(in.items) != len(o.items) || in.min != o.min || in.max != o.max || in.recommend != o.recommend ||
		!in.engaged.Equal(o.engaged) || !in.neutral.Equal(o.neutral) {
		return false
	}
	return slices.Equal(in.items, o.items)
}
