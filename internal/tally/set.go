package tally

import (
	"encoding/binary"
	"errors"
	"sort"

	"github.com/go-asn/berakhlak/internal/exact"
	"github.com/go-asn/berakhlak/internal/likert"
	"github.com/go-asn/berakhlak/internal/wire"
	"github.com/shopspring/decimal"
)

// Set is the tally of a whole survey and of each subgroup in it.
type Set struct {
	in     Instrument
	all    *Tally
	groups map[string]*Tally
}

// NewSet returns an empty set for in.
func NewSet(in Instrument) *Set {
	return &Set{in: in, all: NewTally(in), groups: map[string]*Tally{}}
}

// Instrument returns the set's instrument.
func (s *Set) Instrument() Instrument { return s.in }

// All returns the tally of every respondent.
func (s *Set) All() *Tally { return s.all }

// Groups returns the subgroup names in sorted order.
func (s *Set) Groups() []string {
	out := make([]string, 0, len(s.groups))
	for g := range s.groups {
		out = append(out, g)
	}
	sort.Strings(out)
	return out
}

// Add checks and counts one respondent, in the whole survey and, when
// group is not empty, in its subgroup. A rejected respondent changes
// nothing. It allocates only the first time a subgroup appears.
func (s *Set) Add(group, respondent string, answers []int8, recommend int8) error {
	if !s.all.add(answers, recommend) {
		return s.all.refuse(respondent, answers, recommend)
	}
	if group != "" {
		g := s.groups[group]
		if g == nil {
			g = NewTally(s.in)
			s.groups[group] = g
		}
		if !g.add(answers, recommend) {
			panic("tally: a group refused a respondent the whole survey counted") // unreachable: same instrument, same answers
		}
	}
	return nil
}

// Merge adds o's counts to s, group by group.
func (s *Set) Merge(o *Set) error {
	if !s.in.Equal(o.in) {
		return errf(errInvalid, "merging tallies of different instruments")
	}
	if err := s.all.Merge(o.all); err != nil {
		return err
	}
	for name, og := range o.groups {
		g := s.groups[name]
		if g == nil {
			g = NewTally(s.in)
			s.groups[name] = g
		}
		if err := g.Merge(og); err != nil {
			return err
		}
	}
	return nil
}

// Equal reports whether s and o hold the same counts in every group.
func (s *Set) Equal(o *Set) bool {
	if !s.all.Equal(o.all) || len(s.groups) != len(o.groups) {
		return false
	}
	for name, g := range s.groups {
		og := o.groups[name]
		if og == nil || !g.Equal(og) {
			return false
		}
	}
	return true
}

// ErrCorrupt means bytes are not a set encoded by AppendBinary.
var ErrCorrupt = errors.New("corrupt or truncated tally")

const setMagic = "SVS1"

// AppendBinary appends s's encoding: the instrument, then the counts of
// the whole survey and of each group in sorted order.
func (s *Set) AppendBinary(b []byte) []byte {
	b = append(b, setMagic...)
	in := s.in
	b = binary.AppendUvarint(b, uint64(in.min))
	b = binary.AppendUvarint(b, uint64(in.max))
	b = wire.AppendBool(b, in.recommend)
	b = wire.AppendString(b, exact.String(in.engaged))
	b = wire.AppendString(b, exact.String(in.neutral))
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

func (t *Tally) appendCounts(b []byte) []byte {
	b = t.hist.AppendBinary(b)
	for _, xs := range [][]uint64{t.nps[:], t.seg[:], t.dimInc, t.incS, t.incQ, t.dimT, t.dimT2} {
		for _, x := range xs {
			b = binary.AppendUvarint(b, x)
		}
	}
	return b
}

// DecodeSet reads a set written by AppendBinary, checking that its counts
// are consistent. Corrupt or truncated input is an error wrapping
// ErrCorrupt, never a panic.
func DecodeSet(b []byte) (*Set, error) {
	if len(b) < len(setMagic) || string(b[:len(setMagic)]) != setMagic {
		return nil, errf(ErrCorrupt, "bad magic")
	}
	r := wire.NewReader(b[len(setMagic):])
	min, max := r.Uvarint(), r.Uvarint()
	rec := r.Bool()
	engaged, neutral := r.String(), r.String()
	nItems := r.Uvarint()
	if r.Err() != nil {
		return nil, errf(ErrCorrupt, "%v", r.Err())
	}
	if nItems > maxItems || min > 100 || max > 100 {
		return nil, errf(ErrCorrupt, "bad header")
	}
	items := make([]Item, 0, nItems)
	for i := uint64(0); i < nItems && r.Err() == nil; i++ {
		items = append(items, Item{Code: r.String(), Dimension: r.String(), Reverse: r.Bool()})
	}
	if r.Err() != nil {
		return nil, errf(ErrCorrupt, "%v", r.Err())
	}
	e, err1 := decimal.NewFromString(engaged)
	n, err2 := decimal.NewFromString(neutral)
	if err1 != nil || err2 != nil {
		return nil, errf(ErrCorrupt, "bad thresholds")
	}
	in, err := NewInstrument(items, int(min), int(max), rec, e, n)
	if err != nil {
		return nil, errf(ErrCorrupt, "%v", err)
	}
	s := NewSet(in)
	if s.all, err = counts(r, in); err != nil {
		return nil, err
	}
	groups := r.Uvarint()
	for g := uint64(0); g < groups && r.Err() == nil; g++ {
		name := r.String()
		if r.Err() != nil {
			break
		}
		if name == "" || s.groups[name] != nil {
			return nil, errf(ErrCorrupt, "bad or repeated group name %q", name)
		}
		t, err := counts(r, in)
		if err != nil {
			return nil, err
		}
		s.groups[name] = t
	}
	if r.Err() != nil {
		return nil, errf(ErrCorrupt, "%v", r.Err())
	}
	if len(r.Rest()) != 0 {
		return nil, errf(ErrCorrupt, "%d trailing bytes", len(r.Rest()))
	}
	return s, nil
}

// counts reads one group's counts and checks them against the instrument.
func counts(r *wire.Reader, in Instrument) (*Tally, error) {
	if r.Err() != nil {
		return nil, errf(ErrCorrupt, "%v", r.Err())
	}
	h, rest, err := likert.Decode(r.Rest())
	if err != nil {
		return nil, errf(ErrCorrupt, "%v", err)
	}
	r.Skip(rest)
	t := NewTally(in)
	if !h.Compatible(t.hist) {
		return nil, errf(ErrCorrupt, "counts do not match the instrument")
	}
	t.hist = h
	for _, xs := range [][]uint64{t.nps[:], t.seg[:], t.dimInc, t.incS, t.incQ, t.dimT, t.dimT2} {
		for i := range xs {
			xs[i] = r.Uvarint()
		}
	}
	if r.Err() != nil {
		return nil, errf(ErrCorrupt, "%v", r.Err())
	}
	n := h.Respondents()
	var nps, seg uint64
	for _, x := range t.nps {
		nps += x
	}
	for _, x := range t.seg {
		seg += x
	}
	if nps != n || seg != n {
		return nil, errf(ErrCorrupt, "segment or recommendation counts disagree with %d respondents", n)
	}
	for d, c := range t.dimInc {
		if c > n {
			return nil, errf(ErrCorrupt, "dimension %d has %d incomplete of %d respondents", d, c, n)
		}
	}
	if n > 1<<40 {
		return nil, errf(ErrCorrupt, "%d respondents", n)
	}
	// The alpha sums must fit the histogram: what incomplete respondents
	// gave is part of what everyone gave, and a complete respondent's
	// dimension total is at most k·max.
	for i := range in.items {
		var s, q uint64
		for a := in.min; a <= in.max; a++ {
			c := t.hist.Count(i, a)
			s += c * uint64(a)
			q += c * uint64(a) * uint64(a)
		}
		if t.incS[i] > s || t.incQ[i] > q {
			return nil, errf(ErrCorrupt, "item %d: incomplete respondents' sums exceed the item's", i)
		}
	}
	for d, items := range in.dimItems {
		complete := n - t.dimInc[d]
		most := uint64(len(items)) * uint64(in.max)
		if t.dimT[d] > complete*most || t.dimT2[d] > complete*most*most {
			return nil, errf(ErrCorrupt, "dimension %d: totals exceed what %d complete respondents can give", d, complete)
		}
	}
	return t, nil
}
