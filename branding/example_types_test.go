package branding_test

import (
	"fmt"

	"github.com/go-asn/berakhlak/branding"
	"github.com/go-asn/berakhlak/survey"
)

func ExampleDefinition() {
	// An invented instrument: the government has published no items.
	in, err := branding.NewInstrument(branding.Definition{
		Items: []survey.Item{
			{Code: "REP1", Dimension: "Reputasi"},
			{Code: "MINAT", Dimension: "Minat Melamar"},
		},
		Recommend: true,    // a 0–10 "would you recommend an ASN career" item, for NPS
		Intention: "MINAT", // the intention to apply
	})
	fmt.Println(in.Dimensions(), in.Intention(), err)
	// Output: [Reputasi Minat Melamar] MINAT <nil>
}

func ExampleResponse() {
	t, _ := branding.NewTally(instrument())
	err := t.Add(branding.Response{
		Respondent: "S1", // names the respondent in errors only
		Group:      "lulusan baru",
		Answers:    []int8{5, 4, survey.NoAnswer, 3, 5},
		// Recommend left zero: no answer (survey.Recommend(0) is a detractor)
	})
	fmt.Println(t.Respondents(), err)
	// Output: 1 <nil>
}

func ExampleGroup() {
	// A threshold of 1 publishes every group; the default would suppress
	// the single "pekerja swasta" respondent, and then "mahasiswa" too,
	// which would reveal that respondent by difference.
	r, _ := tally().Result(survey.FixedMinimum(6), branding.WithConfidentiality(1))
	for _, g := range r.Groups() {
		intention, _ := g.Result.Intention()
		fmt.Printf("%s: %d respondents, intention to apply %s%%\n", g.Name, g.Respondents, intention.String())
	}
	// Output:
	// mahasiswa: 5 respondents, intention to apply 60.0%
	// pekerja swasta: 1 respondents, intention to apply 0.0%
}

func ExampleResultOption() {
	// Options change the defaults of Result; nil ones are ignored.
	opts := []branding.ResultOption{branding.WithTopBoxes(1), nil}
	r, err := tally().Result(survey.FixedMinimum(6), opts...)
	if err != nil {
		fmt.Println(err)
		return
	}
	total, _ := r.Total()
	fmt.Println(total.Favourable.String()) // 7 answers of 5 among 30
	// Output: 23.3
}
