package tally

import (
	"bytes"
	"encoding/binary"
	"errors"
	"strings"
	"testing"

	"github.com/go-asn/berakhlak/internal/likert"
	"github.com/go-asn/berakhlak/internal/wire"
	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
)

// fixtureItems are three items in two dimensions, one reverse-coded.
var fixtureItems = []Item{{Code: "A", Dimension: "D1"}, {Code: "B", Dimension: "D1", Reverse: true}, {Code: "C", Dimension: "D2"}}

type fixtureRow struct {
	group     string
	answers   []int8
	recommend int8
}

// fixtureRows have every segment, missing answers in both dimensions, a
// respondent who answered only the recommendation, and two groups.
var fixtureRows = []fixtureRow{
	{"X", []int8{5, 1, 4}, 9},                   // B reversed to 5: engaged
	{"X", []int8{3, 3, Missing}, 7},             // neutral, incomplete in D2
	{"Y", []int8{2, Missing, 2}, 3},             // disengaged, incomplete in D1
	{"", []int8{Missing, Missing, Missing}, 10}, // unscored
	{"Y", []int8{4, 2, 5}, Missing},
	{"", []int8{1, 5, 1}, 0},
	{"X", []int8{4, 1, 5}, 9},
	{"", []int8{Missing, 2, 3}, Missing},
	{"Y", []int8{3, 3, 3}, 8},
	{"X", []int8{5, Missing, Missing}, Missing},
	{"Y", []int8{2, 4, 2}, 6},
	{"", []int8{Missing, Missing, 4}, Missing},
	{"Y", []int8{1, 1, Missing}, 5},
	{"X", []int8{Missing, 5, Missing}, Missing},
	{"", []int8{Missing, Missing, Missing}, 2},
	{"X", []int8{3, Missing, 1}, Missing},
	{"Y", []int8{5, 5, 5}, 10},
	{"", []int8{4, 4, 4}, Missing},
	{"Y", []int8{Missing, 3, Missing}, Missing},
	{"X", []int8{2, 2, Missing}, 4},
	{"", []int8{Missing, 1, Missing}, 1},
	{"Y", []int8{1, Missing, Missing}, Missing},
	{"X", []int8{Missing, Missing, 2}, Missing},
	{"", []int8{5, 1, 5}, Missing},
	{"Y", []int8{Missing, Missing, Missing}, 9},
	{"X", []int8{4, Missing, 4}, Missing},
	{"", []int8{3, 3, 3}, Missing},
	{"Y", []int8{2, 2, 2}, Missing},
	{"X", []int8{1, 5, 1}, 0},
	{"", []int8{Missing, 4, 2}, 7},
	{"Y", []int8{5, 2, Missing}, Missing},
	{"X", []int8{Missing, Missing, 5}, Missing},
	{"", []int8{1, Missing, 1}, Missing},
	{"Y", []int8{4, 4, Missing}, 3},
	{"X", []int8{3, 2, 1}, 6},
	{"", []int8{2, 5, Missing}, Missing},
	{"Y", []int8{Missing, 1, 1}, 5},
	{"X", []int8{5, 4, 3}, Missing},
	{"", []int8{4, Missing, Missing}, 8},
	{"Y", []int8{Missing, Missing, 3}, Missing},
	{"X", []int8{1, 3, 5}, 10},
	{"", []int8{3, 1, 2}, Missing},
	{"Y", []int8{5, 3, 1}, 2},
	{"X", []int8{2, Missing, 4}, Missing},
	{"", []int8{Missing, 2, Missing}, Missing},
	{"Y", []int8{3, 5, 4}, 9},
	{"X", []int8{4, 3, Missing}, Missing},
	{"", []int8{5, 5, 2}, 1},
	{"Y", []int8{1, 2, 3}, Missing},
	{"X", []int8{Missing, 4, 4}, 0},
	{"", []int8{2, 3, 5}, Missing},
	{"Y", []int8{4, 1, Missing}, Missing},
	{"X", []int8{3, 4, 2}, 4},
	{"", []int8{Missing, 5, 3}, Missing},
	{"Y", []int8{5, Missing, 5}, 10},
	{"X", []int8{2, 1, 3}, Missing},
	{"", []int8{1, 4, 4}, 6},
	{"Y", []int8{Missing, 3, 2}, Missing},
	{"X", []int8{4, 5, Missing}, 3},
	{"", []int8{3, Missing, 3}, 7},
	{"Y", []int8{2, 4, 1}, Missing},
	{"X", []int8{Missing, 2, 5}, 8},
	{"", []int8{5, 3, 4}, Missing},
	{"Y", []int8{1, 1, 1}, 0},
	{"X", []int8{3, Missing, Missing}, 5},
	{"", []int8{4, 2, 3}, Missing},
	{"Y", []int8{Missing, Missing, 4}, 9},
	{"X", []int8{5, 5, 1}, Missing},
	{"", []int8{2, 4, 5}, 2},
	{"Y", []int8{3, 1, 2}, Missing},
	{"X", []int8{1, Missing, 2}, 6},
	{"", []int8{Missing, 3, 1}, Missing},
	{"Y", []int8{4, 5, 3}, 4},
	{"X", []int8{2, 3, 4}, Missing},
	{"", []int8{5, Missing, 1}, 10},
	{"Y", []int8{Missing, 4, Missing}, Missing},
	{"X", []int8{3, 5, 3}, 1},
	{"", []int8{1, 2, Missing}, Missing},
	{"Y", []int8{4, 3, 5}, 7},
	{"X", []int8{Missing, 1, 3}, Missing},
	{"", []int8{2, 2, 4}, 5},
	{"Y", []int8{5, 4, 2}, Missing},
	{"X", []int8{1, 3, Missing}, 8},
	{"", []int8{3, 4, 5}, Missing},
	{"Y", []int8{2, Missing, 3}, 3},
	{"X", []int8{4, 2, 1}, Missing},
	{"", []int8{Missing, 5, 4}, 9},
	{"Y", []int8{3, 2, 4}, Missing},
	{"X", []int8{5, 1, 2}, 0},
	{"", []int8{1, 3, 3}, Missing},
	{"Y", []int8{Missing, 5, 5}, 6},
	{"X", []int8{2, 4, Missing}, Missing},
	{"", []int8{4, 1, 1}, 4},
	{"Y", []int8{3, Missing, 4}, Missing},
	{"X", []int8{Missing, 3, 2}, 2},
	{"", []int8{5, 2, 5}, Missing},
	{"Y", []int8{1, 4, 3}, 10},
	{"X", []int8{4, 4, 4}, Missing},
	{"", []int8{2, 1, Missing}, 1},
}

func fixtureInstrument(t testing.TB) Instrument {
	t.Helper()
	in, err := NewInstrument(fixtureItems, 1, 5, true, decimal.New(4, 0), decimal.New(3, 0))
	if err != nil {
		t.Fatal(err)
	}
	return in
}

func fixture(t testing.TB) *Set {
	t.Helper()
	s := NewSet(fixtureInstrument(t))
	for i, r := range fixtureRows {
		if err := s.Add(r.group, "r", r.answers, r.recommend); err != nil {
			t.Fatalf("row %d: %v", i, err)
		}
	}
	return s
}

func decode(b []byte) (*Set, error) {
	r := wire.NewReader(b)
	s := DecodeSet(r)
	r.End()
	if r.Err() != nil {
		return nil, r.Err()
	}
	return s, nil
}

func TestSetBinaryRoundTrip(t *testing.T) {
	s := fixture(t)
	if s.all.seg[Unscored] == 0 || s.all.dimInc[0] == 0 || s.all.dimInc[1] == 0 || s.all.nps[11] == 0 {
		t.Fatal("the fixture lacks a case it is meant to have")
	}
	b := s.AppendBinary(nil)
	back, err := decode(b)
	if err != nil {
		t.Fatal(err)
	}
	if !back.Equal(s) || !bytes.Equal(back.AppendBinary(nil), b) {
		t.Error("round trip changed the set")
	}
	if diff := cmp.Diff([]string{"X", "Y"}, back.Groups()); diff != "" {
		t.Errorf("groups (-want +got):\n%s", diff)
	}
	e, n := back.Instrument().Thresholds()
	if !e.Equal(decimal.New(4, 0)) || !n.Equal(decimal.New(3, 0)) || !back.Instrument().Recommend() {
		t.Errorf("instrument thresholds %s %s, recommend %v", e, n, back.Instrument().Recommend())
	}
	// A threshold with places travels exactly.
	in, err := NewInstrument(fixtureItems, 1, 5, false, decimal.RequireFromString("3.8125"), decimal.RequireFromString("2.5"))
	if err != nil {
		t.Fatal(err)
	}
	if back, err := decode(NewSet(in).AppendBinary(nil)); err != nil || !back.Instrument().Equal(in) {
		t.Errorf("thresholds 3.8125 and 2.5: %v", err)
	}
}

// header writes an instrument by hand, as Set.AppendBinary does.
func header(min, max uint64, rec bool, engaged, neutral uint64, items ...Item) []byte {
	b := binary.AppendUvarint(nil, min)
	b = binary.AppendUvarint(b, max)
	b = wire.AppendBool(b, rec)
	b = binary.AppendUvarint(b, engaged)
	b = binary.AppendUvarint(b, neutral)
	b = binary.AppendUvarint(b, uint64(len(items)))
	for _, it := range items {
		b = wire.AppendString(b, it.Code)
		b = wire.AppendString(b, it.Dimension)
		b = wire.AppendBool(b, it.Reverse)
	}
	return b
}

// withGroups encodes s with its groups in the given order, names repeated
// or not.
func withGroups(s *Set, names ...string) []byte {
	b := header(uint64(s.in.min), uint64(s.in.max), s.in.recommend,
		uint64(s.in.engaged.Shift(4).IntPart()), uint64(s.in.neutral.Shift(4).IntPart()), s.in.items...)
	b = s.all.appendCounts(b)
	b = binary.AppendUvarint(b, uint64(len(names)))
	for _, name := range names {
		b = wire.AppendString(b, name)
		b = s.groups[name].appendCounts(b)
	}
	return b
}

// move moves k respondents of t from counter from to counter to of the
// same vector.
func move(xs []uint64, from, to int, k uint64) {
	xs[from] -= k
	xs[to] += k
}

func TestDecodeSetRefuses(t *testing.T) {
	valid := fixture(t).AppendBinary(nil)
	tests := []struct {
		name   string
		data   func(t *testing.T) []byte
		mutate func(s *Set)
		want   string
	}{
		// The instrument.
		{name: "scale 5–5", data: func(*testing.T) []byte { return header(5, 5, false, 50000, 50000, fixtureItems...) },
			want: "scale 5–5: need 0 ≤ min < max ≤ 100"},
		{name: "threshold above 100", data: func(*testing.T) []byte { return header(1, 5, false, 1_000_001, 30000, fixtureItems...) },
			want: "segment thresholds 1000001 and 30000 ten-thousandths"},
		{name: "threshold off the scale", data: func(*testing.T) []byte { return header(1, 5, false, 60000, 30000, fixtureItems...) },
			want: "segment threshold 6 outside the scale 1–5"},
		{name: "no items", data: func(*testing.T) []byte { return header(1, 5, false, 40000, 30000) },
			want: "0 items, want 1 to 200"},
		{name: "repeated item", data: func(*testing.T) []byte {
			return header(1, 5, false, 40000, 30000, Item{Code: "A", Dimension: "D"}, Item{Code: "a", Dimension: "D"})
		}, want: `item code "a" repeats "A"`},
		{name: "truncated items", data: func(*testing.T) []byte {
			b := header(1, 5, false, 40000, 30000, fixtureItems...)
			return b[:len(b)-3]
		}, want: "string at byte 24: 2 bytes, only 0 left"},
		{name: "histogram of other items", mutate: func(s *Set) { h, _ := likert.New(2, 1, 5); s.all.hist = *h },
			want: "the whole survey: histogram of 2 items on 1–5, but the instrument has 3 items on 1–5"},
		{name: "histogram inconsistent", mutate: func(s *Set) {
			h, w := s.all.hist.Raw()
			h[w+2]++ // one more answer 1 to item B
		}, want: "the whole survey: item 2 has 100 answers (missing included) for 99 respondents"},

		// Recommendation and segments.
		{name: "recommendations do not add up", mutate: func(s *Set) { s.all.nps[3]++ },
			want: "the whole survey: 100 recommendation answers (missing included) for 99 respondents"},
		{name: "recommendation without its item", mutate: func(s *Set) {
			in, _ := NewInstrument(fixtureItems, 1, 5, false, decimal.New(4, 0), decimal.New(3, 0))
			s.all.in = in
			s.in = &s.all.in
			s.groups = map[string]*Tally{}
		}, want: "recommendation answers 0, but the instrument has no recommendation item"},
		{name: "segments do not add up", mutate: func(s *Set) { s.all.seg[Neutral]-- },
			want: "98 respondents in the segments for 99 respondents"},
		{name: "unscored without recommendation", mutate: func(s *Set) {
			for a := range 11 {
				move(s.all.nps[:], a, 11, s.all.nps[a])
			}
		}, want: "3 respondents answered no item, but only 0 answered the recommendation"},
		{name: "unscored answered an item", mutate: func(s *Set) {
			least := min(s.all.hist.MissingCount(0), s.all.hist.MissingCount(1), s.all.hist.MissingCount(2))
			move(s.all.seg[:], Engaged, Unscored, least-s.all.seg[Unscored]+1)
		}, want: "missing answers, fewer than the 24 respondents who answered no item"},
		{name: "engaged out of reach", mutate: func(s *Set) {
			h, w := s.all.hist.Raw()
			for i := range 3 {
				move(h, i*w+5, i*w+4, h[i*w+5]) // every 4 becomes 3
				move(h, i*w+6, i*w+4, h[i*w+6]) // every 5 becomes 3
			}
		}, want: "engaged respondents, but no answer reaches the engaged threshold 4"},
		{name: "disengaged out of reach", mutate: func(s *Set) {
			h, w := s.all.hist.Raw()
			for i := range 3 {
				move(h, i*w+2, i*w+4, h[i*w+2])
				move(h, i*w+3, i*w+4, h[i*w+3])
			}
		}, want: "disengaged respondents, but every answer reaches the neutral threshold 3"},

		// Cronbach's alpha.
		{name: "more incomplete than respondents", mutate: func(s *Set) { s.all.dimInc[0] = 101 },
			want: `dimension "D1" has 101 incomplete respondents of 99`},
		{name: "fewer incomplete than an item's missing", mutate: func(s *Set) { s.all.dimInc[0] = 2 },
			want: `dimension "D1" has 2 incomplete respondents, but one of its items has`},
		{name: "more incomplete than missing answers", mutate: func(s *Set) { s.all.dimInc[1] = s.all.hist.MissingCount(2) + 1 },
			want: `dimension "D2" has 26 incomplete respondents, but its items have only 25 missing answers`},
		{name: "incomplete sum too large", mutate: func(s *Set) { s.all.incS[0] = 1000 },
			want: `item "A": 15 answers of respondents incomplete in "D1" sum to 1000, outside the 16–75 its answers allow`},
		{name: "incomplete squares too small", mutate: func(s *Set) { s.all.incQ[0] = 0 },
			want: `item "A": 15 answers of respondents incomplete in "D1" have squares summing to 0, outside the`},
		{name: "incomplete sums impossible together", mutate: func(s *Set) {
			// The largest sum with the smallest squares: each within its
			// range, but not together.
			_, lowQ, highS, _ := s.all.extremes(0, s.all.dimInc[0]-s.all.hist.MissingCount(0))
			s.all.incS[0], s.all.incQ[0] = highS, lowQ
		}, want: `item "A": no 15 answers have the sum`},
		{name: "totals disagree with answers", mutate: func(s *Set) { s.all.dimT[1]++ },
			want: `dimension "D2": complete respondents' totals sum to`},
		{name: "squares of totals too small", mutate: func(s *Set) { s.all.dimT2[0] = 0 },
			want: `dimension "D1": the squares of`},
		{name: "squares of totals too large", mutate: func(s *Set) { s.all.dimT2[0] = 1 << 40 },
			want: `dimension "D1": the squares of`},

		// Groups.
		{name: "group without name", data: func(t *testing.T) []byte {
			s := fixture(t)
			s.groups[""] = s.groups["X"]
			return withGroups(s, "", "Y")
		}, want: "group 1 has no name"},
		{name: "groups unsorted", data: func(t *testing.T) []byte { return withGroups(fixture(t), "Y", "X") },
			want: `group "X" comes after "Y": the names must be sorted and unique`},
		{name: "group repeated", data: func(t *testing.T) []byte { return withGroups(fixture(t), "X", "X") },
			want: `group "X" comes after "X"`},
		{name: "group without respondents", mutate: func(s *Set) { s.groups["Z"] = newCounts(s.in) },
			want: `group "Z" has no respondents`},
		{name: "group inconsistent", mutate: func(s *Set) { s.groups["Y"].dimT[0]++ },
			want: `group "Y": dimension "D1": complete respondents' totals`},
		{name: "group truncated", data: func(t *testing.T) []byte {
			b := fixture(t).AppendBinary(nil)
			return b[:len(b)-1]
		}, want: `group "Y": truncated at byte`},
		{name: "groups larger than the survey", mutate: func(s *Set) { s.groups["Z"] = s.all.Clone() },
			want: `the groups up to "Z" have 165 respondents, more than the 99 of the whole survey`},
		{name: "groups with more of a count", mutate: func(s *Set) {
			// Group X gets a recommendation answer that no respondent
			// outside the groups gave: one more than the whole survey has.
			x, y := s.groups["X"], s.groups["Y"]
			for a := range 11 {
				if s.all.nps[a] == x.nps[a]+y.nps[a] {
					move(x.nps[:], 11, a, 1)
					return
				}
			}
			panic("every answer was given outside the groups")
		}, want: "the groups together have more recommendation answers than the whole survey"},
		{name: "trailing byte", data: func(*testing.T) []byte { return append(bytes.Clone(valid), 0) },
			want: "1 trailing bytes"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var b []byte
			if tc.data != nil {
				b = tc.data(t)
			} else {
				s := fixture(t)
				tc.mutate(s)
				b = s.AppendBinary(nil)
			}
			got, err := decode(b)
			if got != nil || !errors.Is(err, wire.ErrCorrupt) || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("DecodeSet = %v, error %v\nwant ErrCorrupt with %q", got != nil, err, tc.want)
			}
		})
	}
}
