package akhlak

import (
	"errors"
	"math/big"
	"testing"

	"github.com/go-asn/berakhlak/survey"
	"github.com/shopspring/decimal"
)

// ballotsFrom turns fuzz bytes into valid ballots for in: each ballot
// takes up to 3×MaxPicks bytes, one pick per byte, skipping repeats; a
// ballot left blank is dropped, as it is not a respondent.
func ballotsFrom(in Instrument, data []byte) []Ballot {
	var out []Ballot
	n := in.Len()
	for len(data) >= 3 {
		var b Ballot
		sizes := [3]int{int(data[0]) % (in.MaxPicks() + 1), int(data[1]) % (in.MaxPicks() + 1), int(data[2]) % (in.MaxPicks() + 1)}
		data = data[3:]
		for li := range sizes {
			var picks []OptionID
			var seen uint64
			for k := 0; k < sizes[li] && len(data) > 0; k++ {
				p := int(data[0]) % n
				data = data[1:]
				if seen&(1<<p) == 0 {
					seen |= 1 << p
					picks = append(picks, OptionID(p+1))
				}
			}
			switch li {
			case 0:
				b.Personal = picks
			case 1:
				b.Current = picks
			default:
				b.Desired = picks
			}
		}
		if len(b.Personal)+len(b.Current)+len(b.Desired) > 0 {
			out = append(out, b)
		}
	}
	return out
}

func tallyOf(t *testing.T, in Instrument, ballots []Ballot) *BallotTally {
	t.Helper()
	tl, err := NewBallotTally(in)
	if err != nil {
		t.Fatal(err)
	}
	for _, b := range ballots {
		if err := tl.Add("r", b); err != nil {
			t.Fatal(err)
		}
	}
	return tl
}

// FuzzBallotMerge checks that merging tallies of two shards equals one
// tally over all ballots, that the order of ballots does not matter, that
// a binary round trip keeps the tally, and that the fast tally agrees with
// the naive reference.
func FuzzBallotMerge(f *testing.F) {
	f.Add([]byte{3, 2, 1, 0, 1, 2, 3, 4, 5, 9, 9, 9, 2, 2, 2, 7, 8, 9, 10, 11, 12}, uint8(1))
	f.Add([]byte{10, 10, 10, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23}, uint8(0))
	f.Fuzz(func(t *testing.T, data []byte, cut uint8) {
		in := testInstrument(t)
		ballots := ballotsFrom(in, data)
		whole := tallyOf(t, in, ballots)
		k := 0
		if len(ballots) > 0 {
			k = int(cut) % (len(ballots) + 1)
		}
		// A rejected ballot, whatever list it breaks, changes nothing.
		if len(ballots) > 0 {
			bad := ballots[k%len(ballots)]
			bad.Desired = append(append([]OptionID(nil), bad.Desired...), OptionID(in.Len()+1)) // unknown option
			if err := whole.Add("bad", bad); err == nil {
				t.Fatal("accepted an unknown option")
			}
			if !whole.Equal(tallyOf(t, in, ballots)) {
				t.Fatal("a rejected ballot changed the tally")
			}
		}
		a, b := tallyOf(t, in, ballots[:k]), tallyOf(t, in, ballots[k:])
		if err := b.Merge(a); err != nil { // merge in the other order
			t.Fatal(err)
		}
		if !b.Equal(whole) {
			t.Fatalf("merge of %d+%d ballots differs from one pass", k, len(ballots)-k)
		}
		rev := make([]Ballot, len(ballots))
		for i, x := range ballots {
			rev[len(ballots)-1-i] = x
		}
		if !tallyOf(t, in, rev).Equal(whole) {
			t.Fatal("reversed order differs")
		}
		bin, err := whole.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		var back BallotTally
		if err := back.UnmarshalBinary(bin); err != nil || !back.Equal(whole) {
			t.Fatalf("binary round trip: %v", err)
		}
		if len(ballots) == 0 {
			return
		}
		r, err := whole.Result(survey.FixedMinimum(1))
		if err != nil {
			t.Fatal(err)
		}
		ref := naiveBallotScores(in, ballots)
		for i, v := range Values() {
			if r.Score(v).Decimal().Cmp(ref[i]) != 0 || r.Score(v).Places() != 1 {
				t.Fatalf("%s: score %s, naive reference %s", v, r.Score(v), ref[i])
			}
		}
		// Index and entropy against a naive reference with big.Rat.
		var reach, lim, votes int64
		for _, b := range ballots {
			var hit [7]bool
			for _, p := range b.Current {
				votes++
				if o, _ := in.Option(p); o.Kind == OptionLimiting {
					lim++
				} else if o.Kind == OptionBehaviour {
					hit[o.Behaviour.Value()-1] = true
				}
			}
			for _, h := range hit {
				if h {
					reach++
				}
			}
		}
		wantIdx := new(big.Rat).SetFrac64(reach*100, 7*int64(len(ballots)))
		if got := r.Index().Decimal(); got.Sub(decimal.NewFromBigRat(wantIdx, 10)).Abs().GreaterThan(decimal.New(5, -2)) {
			t.Fatalf("Index %s, reference %s", got, wantIdx.FloatString(4))
		}
		switch e, err := r.Entropy(); {
		case votes == 0 || !hasLimiting(in):
			if !errors.Is(err, survey.ErrNoFigure) {
				t.Fatalf("Entropy %s, %v without limiting options or current votes; want ErrNoFigure", e, err)
			}
		default:
			want := new(big.Rat).SetFrac64(lim*100, votes)
			if err != nil || e.Decimal().Sub(decimal.NewFromBigRat(want, 10)).Abs().GreaterThan(decimal.New(5, -2)) {
				t.Fatalf("Entropy %s, %v; reference %s", e, err, want.FloatString(4))
			}
		}
	})
}

// FuzzRatingMerge checks the same properties for rating tallies.
func FuzzRatingMerge(f *testing.F) {
	f.Add([]byte("0123456789abcdefghijk0123456789abcdefghijkzz"), uint8(1))
	f.Fuzz(func(t *testing.T, data []byte, cut uint8) {
		var rows [][]int8
		for len(data) >= 21 {
			row := make([]int8, 21)
			for i := range row {
				row[i] = int8(data[i]%6) - 0 // 0 means missing below
				if row[i] == 0 {
					row[i] = survey.NoAnswer
				}
			}
			if row[0] == survey.NoAnswer {
				row[0] = 3 // a blank row is not a respondent: keep one answer
			}
			rows = append(rows, row)
			data = data[21:]
		}
		tally := func(rs [][]int8) *RatingTally {
			tl, _ := NewRatingTally(survey.DefaultRatingScale())
			for _, r := range rs {
				if err := tl.Add("r", r); err != nil {
					t.Fatal(err)
				}
			}
			return tl
		}
		whole := tally(rows)
		k := 0
		if len(rows) > 0 {
			k = int(cut) % (len(rows) + 1)
		}
		a, b := tally(rows[:k]), tally(rows[k:])
		if err := b.Merge(a); err != nil || !b.Equal(whole) {
			t.Fatalf("merge differs from one pass: %v", err)
		}
		rev := make([][]int8, len(rows))
		for i, x := range rows {
			rev[len(rows)-1-i] = x
		}
		if !tally(rev).Equal(whole) {
			t.Fatal("reversed order differs")
		}
		// A row with an answer off the scale changes nothing.
		if len(rows) > 0 {
			bad := append([]int8(nil), rows[0]...)
			bad[int(cut)%21] = 6
			if err := whole.Add("bad", bad); !errors.Is(err, survey.ErrInvalidAnswer) {
				t.Fatalf("answer 6 on 1–5: %v", err)
			}
			if !whole.Equal(tally(rows)) {
				t.Fatal("a rejected row changed the tally")
			}
		}
		bin, _ := whole.MarshalBinary()
		var back RatingTally
		if err := back.UnmarshalBinary(bin); err != nil || !back.Equal(whole) {
			t.Fatalf("binary round trip: %v", err)
		}
		r, err := whole.Result(survey.FixedMinimum(1))
		if err != nil {
			return // no rows, or a value with no answers
		}
		ref := naiveRatingScores(rows, 1, 5)
		for i, v := range Values() {
			if r.Score(v).Decimal().Cmp(ref[i]) != 0 || r.Score(v).Places() != 1 {
				t.Fatalf("%s: score %s, naive reference %s", v, r.Score(v), ref[i])
			}
		}
	})
}

// hasLimiting reports whether the instrument has a potentially limiting
// option, without which entropy is undefined.
func hasLimiting(in Instrument) bool {
	for _, o := range in.Options() {
		if o.Kind == OptionLimiting {
			return true
		}
	}
	return false
}
