package tally

import (
	"sort"

	"github.com/go-asn/berakhlak/internal/limit"
	"github.com/go-asn/berakhlak/internal/text"
)

// Set is the tally of a whole survey and of each subgroup in it.
type Set struct {
	in     *Instrument // the whole survey's, whose copy each group's tally holds
	all    *Tally
	groups map[string]*Tally
	w      work // the scratch of Add, shared by the whole survey's tally and the groups'
}

// NewSet returns an empty set for in.
func NewSet(in Instrument) *Set {
	all := NewTally(in)
	return &Set{in: &all.in, all: all, groups: map[string]*Tally{}}
}

// Instrument returns the set's instrument.
func (s *Set) Instrument() Instrument { return *s.in }

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
// nothing. It refuses, with a *limit.Error, a respondent beyond
// limit.MaxRespondents, and one of a new subgroup beyond the instrument's
// MaxGroups; otherwise a bad answer with an *AnswerError. It allocates
// only the first time a subgroup appears.
//
// The respondent's answers are checked and recoded once, for the whole
// survey, and counted again from the recoded answers for the subgroup.
func (s *Set) Add(group, respondent string, answers []int8, recommend int8) error {
	if n := s.all.hist.Respondents(); n >= limit.MaxRespondents {
		return limit.Respondents(n, 1)
	}
	var g *Tally
	if group != "" {
		if g = s.groups[group]; g == nil && len(s.groups) >= s.in.maxGroups {
			return s.tooManyGroups(len(s.groups), 1, group)
		}
	}
	missBits, ok := s.all.add(&s.w, answers, recommend)
	if !ok {
		return s.all.refuse(respondent, answers, recommend)
	}
	if group != "" {
		if g == nil {
			g = newCounts(s.in)
			s.groups[group] = g
		}
		g.count(&s.w, len(answers), missBits, recommend)
	}
	return nil
}

// tooManyGroups returns the error for adding groups that would pass the
// instrument's MaxGroups.
func (s *Set) tooManyGroups(have, adding int, name string) error {
	if name != "" {
		return limit.Errorf("group %s would be one more than the %d groups a tally of this instrument holds (MaxGroups)",
			text.Quote(name), s.in.maxGroups)
	}
	return limit.Errorf("%d groups and %d more would pass the %d a tally of this instrument holds (MaxGroups)",
		have, adding, s.in.maxGroups)
}

// Merge adds o's counts to s, which may be o, group by group. It refuses,
// changing nothing, tallies of different instruments, and with an
// *limit.Error a merge that would pass limit.MaxRespondents or s's
// MaxGroups.
func (s *Set) Merge(o *Set) error {
	if !s.in.Equal(*o.in) {
		return errf(errInvalid, "merging tallies of different instruments")
	}
	if err := limit.Respondents(s.all.Respondents(), o.all.Respondents()); err != nil {
		return err
	}
	if o != s {
		added := 0
		for name := range o.groups {
			if s.groups[name] == nil {
				added++
			}
		}
		if added > s.in.maxGroups-len(s.groups) {
			return s.tooManyGroups(len(s.groups), added, "")
		}
	}
	// Nothing below fails: the instruments are equal, and a group has no
	// more respondents than its set.
	if err := s.all.Merge(o.all); err != nil {
		return err
	}
	for name, og := range o.groups {
		g := s.groups[name]
		if g == nil {
			g = newCounts(s.in)
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
