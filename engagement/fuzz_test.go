package engagement

import (
	"errors"
	"testing"

	"github.com/go-asn/berakhlak/survey"
)

func responsesFrom(data []byte) []Response {
	var out []Response
	groups := []string{"", "A", "B", "C"}
	for len(data) >= 7 {
		r := Response{Group: groups[data[0]%4], Answers: make([]int8, 5)}
		if rec := int(data[1] % 12); rec < 11 {
			r.Recommend = survey.Recommend(rec)
		}
		for i := range r.Answers {
			r.Answers[i] = int8(data[2+i]%6) - 0
			if r.Answers[i] == 0 {
				r.Answers[i] = survey.NoAnswer
			}
		}
		if r.Answers[0] == survey.NoAnswer {
			r.Answers[0] = 3 // a blank row is not a respondent
		}
		out = append(out, r)
		data = data[7:]
	}
	return out
}

// FuzzMerge checks that merging shards equals one pass, that order does
// not matter, and that a binary round trip keeps every group's counts.
func FuzzMerge(f *testing.F) {
	f.Add([]byte("\x01\x0a\x01\x02\x03\x04\x05\x02\x00\x05\x05\x05\x05\x05\x03\x03\x03\x00\x01\x02\x03"), uint8(1))
	f.Fuzz(func(t *testing.T, data []byte, cut uint8) {
		in := testInstrument(t)
		rs := responsesFrom(data)
		tally := func(rs []Response) *Tally {
			tl, _ := NewTally(in)
			for _, r := range rs {
				if err := tl.Add(r); err != nil {
					t.Fatal(err)
				}
			}
			return tl
		}
		whole := tally(rs)
		k := 0
		if len(rs) > 0 {
			k = int(cut) % (len(rs) + 1)
		}
		// A response with an answer off the scale, at any item, changes
		// nothing.
		if len(rs) > 0 {
			bad := rs[k%len(rs)]
			bad.Answers = append([]int8(nil), bad.Answers...)
			bad.Answers[int(cut)%5] = 9
			if err := whole.Add(bad); !errors.Is(err, survey.ErrInvalidAnswer) {
				t.Fatalf("answer 9 accepted: %v", err)
			}
			if !whole.Equal(tally(rs)) {
				t.Fatal("a rejected response changed the tally")
			}
		}
		a, b := tally(rs[:k]), tally(rs[k:])
		if err := b.Merge(a); err != nil || !b.Equal(whole) {
			t.Fatalf("merge differs from one pass: %v", err)
		}
		rev := make([]Response, len(rs))
		for i, r := range rs {
			rev[len(rs)-1-i] = r
		}
		if !tally(rev).Equal(whole) {
			t.Fatal("reversed order differs")
		}
		bin, _ := whole.MarshalBinary()
		var back Tally
		if err := back.UnmarshalBinary(bin); err != nil || !back.Equal(whole) {
			t.Fatalf("binary round trip: %v", err)
		}
	})
}

func testInstrumentF() Instrument {
	in, err := NewInstrument(Definition{
		Items:     []survey.Item{{Code: "K1", Dimension: "K"}, {Code: "K2", Dimension: "K"}, {Code: "K3", Dimension: "K"}, {Code: "B1", Dimension: "B"}, {Code: "B2", Dimension: "B", Reverse: true}},
		Recommend: true,
	})
	if err != nil {
		panic(err)
	}
	return in
}
