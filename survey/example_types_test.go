package survey_test

import (
	"fmt"

	"github.com/go-asn/berakhlak/engagement"
	"github.com/go-asn/berakhlak/survey"
)

func ExampleItem() {
	// Items of an invented engagement instrument: the government has
	// published none.
	in, err := engagement.NewInstrument(engagement.Definition{Items: []survey.Item{
		{Code: "K1", Dimension: "Komitmen"},
		{Code: "K2", Dimension: "Komitmen", Reverse: true}, // 5 counts as 1 on 1–5
	}})
	fmt.Println(len(in.Items()), err)
	// Output: 2 <nil>
}

func ExampleNPS() {
	in, _ := engagement.NewInstrument(engagement.Definition{
		Items:     []survey.Item{{Code: "K1", Dimension: "Komitmen"}},
		Recommend: true,
	})
	t, _ := engagement.NewTally(in)
	for i, rec := range []survey.Recommendation{
		survey.Recommend(10), survey.Recommend(9), survey.Recommend(9), survey.Recommend(8), survey.Recommend(3),
		{}, // no answer
	} {
		_ = t.Add(engagement.Response{Respondent: fmt.Sprint(i), Answers: []int8{4}, Recommend: rec})
	}
	r, _ := t.Result(survey.FixedMinimum(6))
	n, _ := r.ENPS()
	// 3 promoters and 1 detractor of the 5 who answered: 60% − 20%
	fmt.Printf("%+d (promoters %d, passives %d, detractors %d, missing %d)\n", n.Score, n.Promoters, n.Passives, n.Detractors, n.Missing)
	// Output: +40 (promoters 3, passives 1, detractors 1, missing 1)
}

func ExampleRecommendation() {
	in, _ := engagement.NewInstrument(engagement.Definition{
		Items:     []survey.Item{{Code: "K1", Dimension: "Komitmen"}},
		Recommend: true,
	})
	t, _ := engagement.NewTally(in)
	_ = t.Add(engagement.Response{Respondent: "R1", Answers: []int8{4}, Recommend: survey.Recommend(0)}) // a detractor
	_ = t.Add(engagement.Response{Respondent: "R2", Answers: []int8{4}})                                 // no answer
	err := t.Add(engagement.Response{Respondent: "R3", Answers: []int8{4}, Recommend: survey.Recommend(11)})
	// A confidentiality threshold of 1, for two respondents: by default a
	// figure needs 5 answers behind it.
	r, _ := t.Result(survey.FixedMinimum(2), engagement.WithConfidentiality(1))
	n, _ := r.ENPS()
	fmt.Printf("eNPS %d: detractors %d, missing %d\n", n.Score, n.Detractors, n.Missing)
	fmt.Println(err)
	// Output:
	// eNPS -100: detractors 1, missing 1
	// survey: respondent "R3": recommend: 11: outside 0–10
}
