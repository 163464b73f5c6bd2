package akhlak_test

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/go-asn/berakhlak/akhlak"
	"github.com/go-asn/berakhlak/figure"
	"github.com/go-asn/berakhlak/survey"
)

func ExampleBallot() {
	in := akhlak.DefaultInstrument()
	b := akhlak.Ballot{
		Personal: []akhlak.OptionID{in.MustLookup("AK1"), in.MustLookup("HA1")},
		Current:  []akhlak.OptionID{akhlak.OptionID(akhlak.MustParseBehaviour("BP1"))}, // OptionID(b) is behaviour b
		Desired:  nil,                                                                  // no picks: the respondent still counts
	}
	t, _ := akhlak.NewBallotTally(in)
	fmt.Println(t.Add("R1", b), t.Respondents())
	// Output: <nil> 1
}

func ExampleOption() {
	in, err := akhlak.NewInstrument(10,
		akhlak.Option{Code: "BIROKRATIS", Kind: akhlak.OptionLimiting, Text: "Birokratis"},
	)
	if err != nil {
		fmt.Println(err)
		return
	}
	o, _ := in.Option(in.MustLookup("BIROKRATIS"))
	fmt.Println(o.Code, o.Kind, o.Text)
	bp1, _ := in.Option(in.MustLookup("BP1"))
	fmt.Println(bp1.Code, bp1.Kind, bp1.Behaviour.Value())
	// Output:
	// BIROKRATIS limiting Birokratis
	// BP1 behaviour Berorientasi Pelayanan
}

func ExampleOptionRank() {
	top := result().Top(akhlak.ListDesired, 1)[0]
	fmt.Printf("rank %d: %s, %d votes, tied %v\n", top.Rank, top.Code, top.Votes, top.Tied)
	// Output: rank 1: AD1, 3 votes, tied false
}

func ExampleRank() {
	p := akhlak.MustNewProfile(national2022())
	r := p.Ranked()[6]
	fmt.Printf("rank %d: %s %s\n", r.Rank, r.Value, r.Score.String())
	// Output: rank 7: Adaptif 38.9
}

func ExampleUnit() {
	u := akhlak.Unit{
		Name:        "Kementerian Contoh",
		Respondents: 420,
		Minimum:     survey.Slovin(3200, 5),
		Profile:     akhlak.MustNewProfile(national2022()),
	}
	fmt.Println(u.Minimum.Check(u.Respondents))
	// Output: <nil>
}

func ExampleExclusion() {
	scores := national2022()
	n, err := akhlak.Aggregate([]akhlak.Unit{
		{Name: "A", Respondents: 400, Minimum: survey.Slovin(2000, 5), Profile: akhlak.MustNewProfile(scores)},
		{Name: "B", Respondents: 5, Minimum: survey.Slovin(2000, 5), Profile: akhlak.MustNewProfile(scores)},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, x := range n.Excluded() {
		var ie *survey.InsufficientError
		fmt.Println(x.Unit, errors.As(x.Err, &ie), ie.Respondents, ie.Minimum.Required())
	}
	fmt.Println(n.Index() == figure.MustParse("60.9"))
	// Output:
	// B true 5 334
	// true
}

func ExampleBallotResult_IsValid() {
	fmt.Println(result().IsValid(), akhlak.BallotResult{}.IsValid())
	// Output: true false
}

func ExampleRatingResult_IsValid() {
	fmt.Println(ratingResult().IsValid(), akhlak.RatingResult{}.IsValid())
	// Output: true false
}

func ExampleRank_MarshalJSON() {
	r := akhlak.MustNewProfile(national2022()).Ranked()[0]
	b, _ := json.Marshal(r)
	fmt.Println(string(b))
	// Output: {"rank":1,"value":"Akuntabel","code":"AK","score":"74.1","tied":false}
}
