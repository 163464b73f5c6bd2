package survey_test

import (
	"errors"
	"fmt"

	"github.com/go-asn/berakhlak/engagement"
	"github.com/go-asn/berakhlak/survey"
)

func ExampleFigures() {
	// Figures come from a scored survey: here the total of an invented
	// two-item engagement instrument, answered by five respondents.
	in, _ := engagement.NewInstrument(engagement.Definition{Items: []survey.Item{
		{Code: "K1", Dimension: "Komitmen"}, {Code: "K2", Dimension: "Komitmen"},
	}})
	t, _ := engagement.NewTally(in)
	for i, a := range [][]int8{{5, 4}, {4, survey.NoAnswer}, {4, 3}, {2, 2}, {5, 5}} {
		_ = t.Add(engagement.Response{Respondent: fmt.Sprint(i), Answers: a})
	}
	r, err := t.Result(survey.FixedMinimum(5), engagement.WithConfidentiality(1))
	if err != nil {
		fmt.Println(err)
		return
	}
	f, _ := r.Total()
	fmt.Printf("mean %s, favourable %s%%, %d answers, %d missing\n", f.Mean, f.Favourable, f.Answers, f.Missing)
	// Output:
	// mean 3.78, favourable 66.7%, 9 answers, 1 missing
}

func ExampleMinimum() {
	// The caller picks the rule; the zero Minimum is refused, so the
	// check cannot be skipped by accident.
	for _, m := range []survey.Minimum{survey.Slovin(2500, 5), survey.KrejcieMorgan(2500), survey.FixedMinimum(140), {}} {
		err := m.Check(300)
		fmt.Printf("%d: %v\n", m.Required(), err)
	}
	// Output:
	// 345: survey: insufficient respondents: 300 of the 345 required (Slovin, 5% margin, population 2500)
	// 333: survey: insufficient respondents: 300 of the 333 required (Krejcie–Morgan, population 2500)
	// 140: <nil>
	// 0: survey: invalid minimum (no minimum): invalid input
}

func ExampleRatingScale() {
	s := survey.MustNewRatingScale(1, 4)
	fmt.Println(s, s.Min(), s.Max(), s.Contains(4), s.Contains(5))

	var zero survey.RatingScale
	fmt.Println(zero, zero.IsValid())

	_, err := survey.ParseRatingScale("5-1")
	fmt.Println(errors.Is(err, survey.ErrInvalidInstrument))
	// Output:
	// 1–4 1 4 true false
	// 0–0 false
	// true
}

func ExampleRatingScale_Equal() {
	s := survey.DefaultRatingScale()
	fmt.Println(s.Equal(survey.MustParseRatingScale("1-5")), s == survey.MustNewRatingScale(1, 5))
	fmt.Println(s.Equal(survey.MustNewRatingScale(0, 5)), s.Equal(survey.RatingScale{}))
	// Output:
	// true true
	// false false
}
