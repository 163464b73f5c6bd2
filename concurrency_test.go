package berakhlak_test

import (
	"encoding/json"
	"sync"
	"testing"

	"github.com/go-asn/berakhlak/akhlak"
	"github.com/go-asn/berakhlak/category"
	"github.com/go-asn/berakhlak/engagement"
	"github.com/go-asn/berakhlak/survey"
	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
)

// shared is what TestConcurrentUse shares among goroutines.
type shared struct {
	scale   category.Scale
	in      akhlak.Instrument
	min     survey.Minimum
	profile akhlak.Profile
	ballots akhlak.BallotResult
	ratings akhlak.RatingResult
	engaged engagement.Result
}

// newShared builds the shared values from fixed answers, checking every
// step: 50 ballots of one current pick each (behaviour i mod 21 + 1), 50
// rating rows that give every answer 1–5 to every behaviour ten times, and
// 50 engagement responses in two groups.
func newShared(t *testing.T) shared {
	t.Helper()
	s := shared{scale: category.BerAKHLAK(), in: akhlak.DefaultInstrument(), min: survey.FixedMinimum(1)}
	var err error
	if s.profile, err = akhlak.NewProfile(allScores("60.94")); err != nil {
		t.Fatal(err)
	}
	bt, err := akhlak.NewBallotTally(s.in)
	if err != nil {
		t.Fatal(err)
	}
	rt, err := akhlak.NewRatingTally(survey.DefaultRatingScale())
	if err != nil {
		t.Fatal(err)
	}
	ei, err := engagement.NewInstrument(engagement.Definition{Items: []survey.Item{{Code: "A", Dimension: "D"}, {Code: "B", Dimension: "D"}}})
	if err != nil {
		t.Fatal(err)
	}
	et, err := engagement.NewTally(ei)
	if err != nil {
		t.Fatal(err)
	}
	for i := range 50 {
		if err := bt.Add("r", akhlak.Ballot{Current: []akhlak.OptionID{akhlak.OptionID(i%21 + 1)}}); err != nil {
			t.Fatal(err)
		}
		row := make([]int8, 21)
		for j := range row {
			row[j] = int8(1 + (i+j)%5)
		}
		if err := rt.Add("r", row); err != nil {
			t.Fatal(err)
		}
		if err := et.Add(engagement.Response{Respondent: "r", Group: []string{"X", "Y"}[i%2], Answers: []int8{int8(1 + i%5), 3}}); err != nil {
			t.Fatal(err)
		}
	}
	if s.ballots, err = bt.Result(s.min); err != nil {
		t.Fatal(err)
	}
	if s.ratings, err = rt.Result(s.min); err != nil {
		t.Fatal(err)
	}
	if s.engaged, err = et.Result(s.min); err != nil {
		t.Fatal(err)
	}
	return s
}

// readings are what TestConcurrentUse reads from the shared values.
type readings struct {
	Letter       string // 74.96 on the BerAKHLAK scale
	AD2          akhlak.OptionID
	Required     int
	ProfileIndex string
	Lowest       []akhlak.Value
	BallotIndex  string
	TopCurrent   akhlak.OptionRank
	RatingIndex  string
	FirstGroup   string
	JSON         []string // of the ballot, rating and engagement results, the profile and the minimum
}

// read reads the readings of s. It reports errors with t.Errorf, which a
// goroutine may call.
func read(t *testing.T, s shared) readings {
	check := func(err error) {
		if err != nil {
			t.Error(err)
		}
	}
	b, err := s.scale.Classify(decimal.RequireFromString("74.96"))
	check(err)
	id, err := s.in.Lookup("AD2")
	check(err)
	f := readings{Letter: b.Letter, AD2: id, Required: s.min.Required(), ProfileIndex: s.profile.Index().String(),
		Lowest: s.profile.Lowest(), BallotIndex: s.ballots.Index().String(), RatingIndex: s.ratings.Index().String()}
	if r := s.ballots.Ranking(akhlak.ListCurrent); len(r) > 0 {
		f.TopCurrent = r[0]
	}
	if g := s.engaged.Groups(); len(g) > 0 {
		f.FirstGroup = g[0].Name
	}
	for _, m := range []json.Marshaler{s.ballots, s.ratings, s.engaged, s.profile, s.min} {
		j, err := m.MarshalJSON()
		check(err)
		f.JSON = append(f.JSON, string(j))
	}
	return f
}

// TestConcurrentUse shares one Scale, Instrument, Minimum, Profile and
// result of each kind among goroutines that only read them, and checks
// that each goroutine reads what a sequential reading of the same values,
// built apart, gives; a few of those figures are worked out by hand. Run
// under -race (as CI does), it shows that these values are safe for
// concurrent use.
func TestConcurrentUse(t *testing.T) {
	want := read(t, newShared(t))
	// 74.96 rounds half-up to 75.0, an A; AD2 is option 17; 60.94 is
	// published as 60.9; ballots reach behaviours 1–8 three times and 9–21
	// twice, so the values 9, 9, 8, 6, 6, 6 and 6 times of 50 (18, 18, 16
	// and 12%), a mean of 100/7; every rating answer averages 3, a score
	// of 50.
	hand := readings{Letter: "A", AD2: 17, Required: 1, ProfileIndex: "60.9", BallotIndex: "14.3", RatingIndex: "50.0", FirstGroup: "X"}
	if diff := cmp.Diff(hand, readings{Letter: want.Letter, AD2: want.AD2, Required: want.Required, ProfileIndex: want.ProfileIndex,
		BallotIndex: want.BallotIndex, RatingIndex: want.RatingIndex, FirstGroup: want.FirstGroup}); diff != "" {
		t.Errorf("sequential figures (-by hand +read):\n%s", diff)
	}
	s := newShared(t)
	got := make([]readings, 8)
	var wg sync.WaitGroup
	for g := range got {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 20 {
				got[g] = read(t, s)
			}
		}()
	}
	wg.Wait()
	for g := range got {
		if diff := cmp.Diff(want, got[g]); diff != "" {
			t.Errorf("goroutine %d (-sequential +concurrent):\n%s", g, diff)
		}
	}
}
