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
	for i, rec := range []int8{10, 9, 9, 8, 3, survey.NoAnswer} {
		_ = t.Add(engagement.Response{Respondent: fmt.Sprint(i), Answers: []int8{4}, Recommend: rec})
	}
	r, _ := t.Result(survey.FixedMinimum(6))
	n, _ := r.ENPS()
	// 3 promoters and 1 detractor of the 5 who answered: 60% − 20%
	fmt.Printf("%+d (promoters %d, passives %d, detractors %d, missing %d)\n", n.Score, n.Promoters, n.Passives, n.Detractors, n.Missing)
	// Output: +40 (promoters 3, passives 1, detractors 1, missing 1)
}
