package akhlak_test

import (
	"fmt"

	"github.com/go-asn/berakhlak/akhlak"
	"github.com/go-asn/berakhlak/survey"
)

func ExampleRatingTally_AddRows() {
	t, _ := akhlak.NewRatingTally(survey.DefaultRatingScale())
	// Three respondents, 21 answers each, one row after the other.
	answers := make([]int8, 3*21)
	for i := range answers {
		answers[i] = 4
	}
	answers[2*21+5] = 9 // the third respondent's AK3 is off the scale
	n, err := t.AddRows(answers)
	fmt.Println(n, t.Respondents())
	fmt.Println(err)
	// Output:
	// 2 2
	// survey: respondent "row 2": AK3: 9: outside the scale 1–5
}

func ExampleBallotTally_AddBallots() {
	in := akhlak.DefaultInstrument()
	t, _ := akhlak.NewBallotTally(in)
	bp1, ak1 := in.MustLookup("BP1"), in.MustLookup("AK1")
	n, err := t.AddBallots([]akhlak.Ballot{
		{Personal: []akhlak.OptionID{bp1}, Current: []akhlak.OptionID{bp1, ak1}},
		{Current: []akhlak.OptionID{ak1}},
		{Desired: []akhlak.OptionID{ak1, ak1}},
	})
	fmt.Println(n, t.Respondents())
	fmt.Println(err)
	// Output:
	// 2 2
	// survey: respondent "ballot 2": desired: AK1: picked twice
}
