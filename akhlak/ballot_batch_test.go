package akhlak

import (
	"fmt"
	"strconv"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestFieldLanes checks fieldLanes against a field-by-field move for
// every value of the seven 3-bit fields.
func TestFieldLanes(t *testing.T) {
	for x := uint64(0); x < 1<<21; x++ {
		var want uint64
		for k := range 7 {
			want |= (x >> (3 * k) & 7) << (8 * k)
		}
		if got := fieldLanes(x); got != want {
			t.Fatalf("fieldLanes(%#o) = %#x, want %#x", x, got, want)
		}
	}
}

// instrumentOf returns an instrument of 21+extras options (extras up to
// 43) with most picks per list, most clamped to 1…its size.
func instrumentOf(t testing.TB, extras, most int) Instrument {
	t.Helper()
	var opts []Option
	for i := range extras {
		opts = append(opts, Option{Code: "X" + strconv.Itoa(i), Kind: OptionLimiting, Text: "x"})
	}
	in, err := NewInstrument(min(max(most, 1), 21+extras), opts...)
	if err != nil {
		t.Fatal(err)
	}
	return in
}

// edit returns a copy of bs with ballot i's list l changed by f.
func edit(bs []Ballot, i int, l List, f func([]OptionID) []OptionID) []Ballot {
	bs = append([]Ballot(nil), bs...)
	b := &bs[i]
	lists := [...]*[]OptionID{&b.Personal, &b.Current, &b.Desired}
	p := lists[l-1]
	*p = f(append([]OptionID(nil), *p...))
	return bs
}

// addBallotsOneByOne is the reference for AddBallots: addReference ballot
// by ballot, stopping at the first error, whose respondent is named
// "ballot n".
func addBallotsOneByOne(t *BallotTally, ballots []Ballot) (int, error) {
	for i, b := range ballots {
		if err := addReference(t, "ballot "+strconv.Itoa(i), b); err != nil {
			return i, err
		}
	}
	return len(ballots), nil
}

// compareAddBallots checks that AddBallots counts what addBallotsOneByOne
// counts, and stops at the same ballot with the same error, and returns
// what AddBallots returned.
func compareAddBallots(t *testing.T, in Instrument, ballots []Ballot) (int, error) {
	t.Helper()
	got, _ := NewBallotTally(in)
	want, _ := NewBallotTally(in)
	n, err := got.AddBallots(ballots)
	m, errWant := addBallotsOneByOne(want, ballots)
	if n != m || fmt.Sprint(err) != fmt.Sprint(errWant) {
		t.Fatalf("AddBallots: %d, %v; one by one: %d, %v", n, err, m, errWant)
	}
	if !got.Equal(want) {
		t.Fatalf("AddBallots counted %d respondents, not as the reference one by one does (%d)", got.Respondents(), want.Respondents())
	}
	return n, err
}

// outcome is what AddBallots returns, for cmp.Diff.
type outcome struct {
	N   int
	Err string
}

func outcomeOf(n int, err error) outcome {
	if err != nil {
		return outcome{n, err.Error()}
	}
	return outcome{n, ""}
}

// TestAddBallotsBlocks checks AddBallots against the reference where
// AddBallots' blocks of 255 ballots matter: faults in a later block, on
// either side of a block's edge, and picks that only the check of a whole
// block finds (ids 65 and above, which share a bit of the set with a good
// id).
func TestAddBallotsBlocks(t *testing.T) {
	narrow := DefaultInstrument()
	wide := instrumentOf(t, 43, 20) // ids 1…64
	many := benchBallots(narrow, 1000)
	manyWide := benchBallots(wide, 1000)
	set := func(k int, id OptionID) func([]OptionID) []OptionID {
		return func(p []OptionID) []OptionID { p[k] = id; return p }
	}
	appendID := func(id OptionID) func([]OptionID) []OptionID {
		return func(p []OptionID) []OptionID { return append(p, id) }
	}
	tests := []struct {
		name    string
		in      Instrument
		ballots []Ballot
		want    int
		wantErr string
	}{
		{"four blocks", narrow, many, 1000, ""},
		{"four blocks, 64 options", wide, manyWide, 1000, ""},
		{"id 65 in the 2nd block", narrow, edit(many, 300, ListPersonal, set(0, 65)), 300, `survey: respondent "ballot 300": personal: option 65: not in the instrument`},
		{"id 65 with 64 options", wide, edit(manyWide, 700, ListDesired, set(3, 65)), 700, `survey: respondent "ballot 700": desired: option 65: not in the instrument`},
		{"id 64 with 21 options", narrow, edit(many, 254, ListCurrent, set(1, 64)), 254, `survey: respondent "ballot 254": current: option 64: not in the instrument`},
		{"id 0 first of a block", narrow, edit(many, 255, ListCurrent, set(9, 0)), 255, `survey: respondent "ballot 255": current: option 0: not in the instrument`},
		{"id 22 at the end", narrow, edit(many, 999, ListDesired, set(9, 22)), 999, `survey: respondent "ballot 999": desired: option 22: not in the instrument`},
		{"id 255", wide, edit(manyWide, 509, ListPersonal, set(0, 255)), 509, `survey: respondent "ballot 509": personal: option 255: not in the instrument`},
		{"a repeat", narrow, edit(many, 510, ListDesired, set(4, many[510].Desired[5])), 510, `survey: respondent "ballot 510": desired: ` + narrow.options[many[510].Desired[5]-1].Code + `: picked twice`},
		{"a repeat of id 64", wide, edit(edit(manyWide, 256, ListCurrent, set(0, 64)), 256, ListCurrent, set(1, 64)), 256, `survey: respondent "ballot 256": current: ` + wide.options[63].Code + `: picked twice`},
		{"a list too long", wide, edit(manyWide, 256, ListCurrent, appendID(64)), 256, `survey: respondent "ballot 256": current: 21 picks: more than the 20 allowed`},
		{"too many picks", narrow, edit(many, 766, ListPersonal, appendID(21)), 766, `survey: respondent "ballot 766": personal: 11 picks: more than the 10 allowed`},
		{"the same pick in each list", narrow, append([]Ballot{{Personal: []OptionID{3}, Current: []OptionID{3}, Desired: []OptionID{3}}}, many...), 1001, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n, err := compareAddBallots(t, tt.in, tt.ballots)
			if diff := cmp.Diff(outcome{tt.want, tt.wantErr}, outcomeOf(n, err)); diff != "" {
				t.Errorf("AddBallots mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// FuzzAddBallotsBlocks checks that AddBallots counts what addReference
// counts one by one, and stops at the same ballot with the same error, on up to four
// blocks of good ballots changed by edits: any id from 0 to 255 put in
// place of a pick (so that a bad id may share a bit of the set with a good
// one), added to a list (perhaps too many picks), a pick repeated, a list
// emptied; on instruments of 21 to 64 options. It also checks that
// AddBallots on two parts, merged, equals one pass, when no ballot is bad.
func FuzzAddBallotsBlocks(f *testing.F) {
	f.Add(uint8(0), uint8(10), uint16(600), []byte{1, 44, 1, 0, 65})
	f.Add(uint8(43), uint8(64), uint16(1000), []byte{0, 255, 2, 1, 64, 3, 0, 1, 0, 0})
	f.Add(uint8(5), uint8(3), uint16(256), []byte{2, 255, 0, 2, 0})
	f.Add(uint8(0), uint8(21), uint16(510), []byte{3, 254, 1, 2, 7})
	f.Fuzz(func(t *testing.T, extras, most uint8, n uint16, edits []byte) {
		in := instrumentOf(t, int(extras)%44, int(most))
		ballots := benchBallots(in, int(n)%1100)
		for len(edits) >= 5 && len(ballots) > 0 {
			op, i, l, k, id := edits[0]%4, (int(edits[1])*257+int(n))%len(ballots), List(1+edits[2]%3), int(edits[3]), OptionID(edits[4])
			edits = edits[5:]
			ballots = edit(ballots, i, l, func(p []OptionID) []OptionID {
				switch {
				case op == 0 && len(p) > 0:
					p[k%len(p)] = id
				case op == 1:
					p = append(p, id)
				case op == 2 && len(p) > 0:
					p = append(p, p[k%len(p)])
				case op == 3:
					p = p[:0]
				}
				return p
			})
		}
		if _, err := compareAddBallots(t, in, ballots); err != nil {
			return
		}
		got, _ := NewBallotTally(in)
		if _, err := got.AddBallots(ballots); err != nil {
			t.Fatal(err)
		}
		cut := int(n) % (len(ballots) + 1)
		a, _ := NewBallotTally(in)
		b, _ := NewBallotTally(in)
		if _, err := a.AddBallots(ballots[:cut]); err != nil {
			t.Fatal(err)
		}
		if _, err := b.AddBallots(ballots[cut:]); err != nil {
			t.Fatal(err)
		}
		if err := b.Merge(a); err != nil || !b.Equal(got) {
			t.Fatalf("AddBallots on %d+%d ballots, merged, differs from one pass: %v", cut, len(ballots)-cut, err)
		}
	})
}
