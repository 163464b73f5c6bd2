package tally

import "sort"

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
