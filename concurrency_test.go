package berakhlak_test

import (
	"encoding/json"
	"sync"
	"testing"

	"github.com/go-asn/berakhlak/akhlak"
	"github.com/go-asn/berakhlak/category"
	"github.com/go-asn/berakhlak/engagement"
	"github.com/go-asn/berakhlak/survey"
	"github.com/shopspring/decimal"
)

// TestConcurrentUse shares one Scale, Instrument, Minimum, Profile and
// result of each kind among goroutines that only read them, and checks
// that each goroutine sees the same figures. Run under -race (as CI does),
// it shows that these values are safe for concurrent use.
func TestConcurrentUse(t *testing.T) {
	scale := category.BerAKHLAK()
	in := akhlak.DefaultInstrument()
	min := survey.FixedMinimum(1)
	profile := akhlak.MustNewProfile(allScores("60.94"))
	bt, _ := akhlak.NewBallotTally(in)
	rt, _ := akhlak.NewRatingTally(survey.DefaultRatingScale())
	ei, _ := engagement.NewInstrument(engagement.Definition{Items: []survey.Item{{Code: "A", Dimension: "D"}, {Code: "B", Dimension: "D"}}})
	et, _ := engagement.NewTally(ei)
	for i := range 50 {
		_ = bt.Add("r", akhlak.Ballot{Current: []akhlak.OptionID{akhlak.OptionID(i%21 + 1)}})
		row := make([]int8, 21)
		for j := range row {
			row[j] = int8(1 + (i+j)%5)
		}
		_ = rt.Add("r", row)
		_ = et.Add(engagement.Response{Respondent: "r", Group: []string{"X", "Y"}[i%2], Answers: []int8{int8(1 + i%5), 3}})
	}
	br, _ := bt.Result(min)
	rr, _ := rt.Result(min)
	er, _ := et.Result(min)
	figures := func() string {
		b, _ := scale.Classify(decimal.RequireFromString("74.96"))
		id, _ := in.Lookup("AD2")
		out := []any{b.Letter, id, min.Required(), profile.Index().String(), profile.Lowest(), br.Index().String(), br.Ranking(akhlak.ListCurrent)[0],
			rr.Index().String(), er.Groups()[0].Name}
		for _, m := range []json.Marshaler{br, rr, er, profile, min} {
			j, err := m.MarshalJSON()
			if err != nil {
				t.Error(err)
			}
			out = append(out, string(j))
		}
		j, _ := json.Marshal(out)
		return string(j)
	}
	want := figures()
	var wg sync.WaitGroup
	got := make([]string, 8)
	for g := range got {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 20 {
				got[g] = figures()
			}
		}()
	}
	wg.Wait()
	for g, s := range got {
		if s != want {
			t.Errorf("goroutine %d saw different figures:\n%s\nwant\n%s", g, s, want)
		}
	}
}
