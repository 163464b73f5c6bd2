package engagement_test

import (
	"fmt"

	"github.com/go-asn/berakhlak/engagement"
	"github.com/go-asn/berakhlak/survey"
)

func ExampleDefinition() {
	// An invented instrument: the government has published no items.
	in, err := engagement.NewInstrument(engagement.Definition{
		Items: []survey.Item{
			{Code: "K1", Dimension: "Komitmen"},
			{Code: "K2", Dimension: "Komitmen", Reverse: true},
		},
		Recommend: true, // a 0–10 recommendation item, for eNPS
	})
	fmt.Println(len(in.Items()), in.Dimensions(), err)
	// Output: 2 [Komitmen] <nil>
}

func ExampleResponse() {
	t, _ := engagement.NewTally(instrument())
	err := t.Add(engagement.Response{
		Respondent: "R1", // names the respondent in errors only
		Group:      "Biro Umum",
		Answers:    []int8{5, 4, 1, survey.NoAnswer, 4},
		Recommend:  survey.Recommend(9), // zero for no answer; survey.Recommend(0) is a detractor
	})
	fmt.Println(t.Respondents(), err)
	// Output: 1 <nil>
}

func ExampleGroup() {
	r, _ := tally().Result(survey.FixedMinimum(6), engagement.WithConfidentiality(5))
	for _, g := range r.Groups() {
		if g.Suppressed {
			fmt.Printf("%s: %d respondents, suppressed: %s\n", g.Name, g.Respondents, g.Reason)
			continue
		}
		fmt.Printf("%s: %d respondents, published\n", g.Name, g.Respondents)
	}
	// Output:
	// Biro Umum: 5 respondents, suppressed: complementary suppression: published, it would reveal by difference the 1 respondents in no published subgroup
	// Inspektorat: 1 respondents, suppressed: 1 respondents, below the confidentiality threshold of 5
}

func ExampleSegments() {
	s, err := result().Segments()
	if err != nil {
		panic(err)
	}
	fmt.Printf("engaged %d, neutral %d, disengaged %d, unscored %d\n", s.Engaged, s.Neutral, s.Disengaged, s.Unscored)
	// Output: engaged 3, neutral 1, disengaged 2, unscored 0
}

func ExampleResultOption() {
	// Options change the defaults of Result; nil ones are ignored.
	opts := []engagement.ResultOption{engagement.WithTopBoxes(1), nil}
	r, err := tally().Result(survey.FixedMinimum(6), opts...)
	if err != nil {
		fmt.Println(err)
		return
	}
	total, _ := r.Total()
	fmt.Println(total.Favourable) // 8 answers of 5 among 29
	// Output: 27.6
}
