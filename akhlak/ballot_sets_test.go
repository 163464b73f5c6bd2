package akhlak

import (
	"fmt"
	"strconv"
	"testing"

	"github.com/go-asn/berakhlak/internal/limit"
)

// addReference is the plain Add that the bit-set paths (ballot_sets.go
// for Add, ballot_batch.go for AddBallots) must agree with: it checks the
// ballot pick by pick, then counts each pick's vote and, list by list,
// each value one of whose behaviours the list picks. A refused ballot
// changes nothing and gets refuse's error.
func addReference(t *BallotTally, respondent string, b Ballot) error {
	if t.n >= limit.MaxRespondents {
		return exceeded("Add", t.n, 1)
	}
	lists := [3][]OptionID{b.Personal, b.Current, b.Desired}
	ok := t.inst.IsValid() && len(b.Personal)+len(b.Current)+len(b.Desired) > 0
	for _, picks := range lists {
		ok = ok && len(picks) <= t.inst.maxPicks
		seen := map[OptionID]bool{}
		for _, id := range picks {
			ok = ok && id >= 1 && int(id) <= len(t.inst.options) && !seen[id]
			seen[id] = true
		}
	}
	if !ok {
		return t.refuse(respondent, b)
	}
	for l, picks := range lists {
		var reached [7]bool
		for _, id := range picks {
			t.votes[l][id-1]++
			if o := t.inst.options[id-1]; o.Kind == OptionBehaviour {
				reached[o.Behaviour.Value()-1] = true
			}
		}
		var k uint64
		for v, r := range reached {
			if r {
				t.reach[l][v]++
				k++
			}
		}
		if List(l+1) == ListCurrent {
			t.sq += k * k
		}
	}
	t.n++
	return nil
}

// anyBallots turns fuzz bytes into ballots of any picks: each ballot takes
// three bytes for its lists' lengths (up to most+2) and one byte a pick,
// any id from 0 to 255, so that picks repeat, lists are too long, ids are
// unknown or alias a good id mod 64, and ballots are blank.
func anyBallots(most int, data []byte) []Ballot {
	var out []Ballot
	for len(data) >= 3 {
		var lists [3][]OptionID
		sizes := [3]int{int(data[0]) % (most + 3), int(data[1]) % (most + 3), int(data[2]) % (most + 3)}
		data = data[3:]
		for l, size := range sizes {
			for ; size > 0 && len(data) > 0; size-- {
				lists[l] = append(lists[l], OptionID(data[0]))
				data = data[1:]
			}
		}
		out = append(out, Ballot{Personal: lists[0], Current: lists[1], Desired: lists[2]})
	}
	return out
}

// FuzzBallotAdd checks that Add counts what addReference counts and
// refuses what it refuses, with the same error, ballot by ballot, on
// instruments of 21 to 64 options and any picks.
func FuzzBallotAdd(f *testing.F) {
	f.Add(uint8(3), uint8(10), []byte{3, 2, 1, 0, 1, 2, 3, 4, 5, 9, 9, 9, 2, 2, 2, 7, 8, 9, 0, 0, 0})
	f.Add(uint8(43), uint8(64), []byte{2, 2, 2, 64, 63, 1, 128, 65, 1, 1, 1, 1, 1, 1})
	f.Add(uint8(0), uint8(1), []byte{1, 1, 1, 22, 21, 20, 3, 0, 0, 255, 7, 7})
	f.Fuzz(func(t *testing.T, extras, most uint8, data []byte) {
		in := instrumentOf(t, int(extras)%44, int(most))
		got, _ := NewBallotTally(in)
		want, _ := NewBallotTally(in)
		for i, b := range anyBallots(in.MaxPicks(), data) {
			name := "r" + strconv.Itoa(i)
			if err, errWant := got.Add(name, b), addReference(want, name, b); fmt.Sprint(err) != fmt.Sprint(errWant) {
				t.Fatalf("ballot %d %+v: Add: %v; reference: %v", i, b, err, errWant)
			}
			if !got.Equal(want) {
				t.Fatalf("ballot %d %+v: Add and the reference counted differently", i, b)
			}
		}
	})
}
