package survey_test

import (
	"errors"
	"fmt"

	"github.com/go-asn/berakhlak/akhlak"
	"github.com/go-asn/berakhlak/survey"
)

func ExampleAnswerError() {
	in := akhlak.DefaultInstrument()
	t, _ := akhlak.NewBallotTally(in)
	err := t.Add("R-9", akhlak.Ballot{Personal: []akhlak.OptionID{41}})
	var ae *survey.AnswerError
	if errors.As(err, &ae) {
		fmt.Println(ae.Respondent, ae.Field, ae.Answer, errors.Is(err, akhlak.ErrUnknownOption))
	}
	// Output:
	// R-9 personal option 41 true
}

func ExampleSlovin() {
	m := survey.Slovin(2500, 5)
	fmt.Println(m.Required(), m)
	// Output:
	// 345 Slovin, 5% margin, 2500 employees
}

func ExampleKrejcieMorgan() {
	fmt.Println(survey.KrejcieMorgan(100).Required(), survey.KrejcieMorgan(1000).Required())
	// Output:
	// 80 278
}

func ExampleFixedMinimum() {
	// Employee Engagement's official minimum.
	fmt.Println(survey.FixedMinimum(140).Check(139))
	// Output:
	// survey: insufficient respondents: 139 of the 140 required (fixed minimum of 140)
}

func ExampleMinimum_Check() {
	fmt.Println(survey.Slovin(100, 5).Check(80))
	var zero survey.Minimum
	fmt.Println(zero.Check(80))
	// Output:
	// <nil>
	// survey: invalid minimum (no minimum): invalid input
}

func ExampleMinimum_IsValid() {
	fmt.Println(survey.FixedMinimum(0).IsValid(), survey.FixedMinimum(1).IsValid())
	// Output:
	// false true
}

func ExampleMinimum_Required() {
	fmt.Println(survey.Slovin(4_300_000, 5).Required())
	// Output:
	// 400
}

func ExampleMinimum_String() {
	fmt.Println(survey.KrejcieMorgan(500))
	// Output:
	// Krejcie–Morgan, 500 employees
}

func ExampleInsufficientError() {
	err := survey.FixedMinimum(140).Check(100)
	var ie *survey.InsufficientError
	if errors.As(err, &ie) {
		fmt.Println(ie.Respondents, ie.Minimum.Required())
	}
	// Output:
	// 100 140
}

func ExampleNewRatingScale() {
	s, err := survey.NewRatingScale(0, 10)
	fmt.Println(s, err)
	_, err = survey.NewRatingScale(5, 1)
	fmt.Println(err)
	// Output:
	// 0–10 <nil>
	// survey: rating scale 5–1: need 0 ≤ min < max ≤ 100: invalid instrument
}

func ExampleDefaultRatingScale() {
	fmt.Println(survey.DefaultRatingScale())
	// Output:
	// 1–5
}

func ExampleRatingScale_IsValid() {
	var s survey.RatingScale
	fmt.Println(s.IsValid(), survey.DefaultRatingScale().IsValid())
	// Output:
	// false true
}

func ExampleRatingScale_Min() {
	fmt.Println(survey.DefaultRatingScale().Min())
	// Output:
	// 1
}

func ExampleRatingScale_Max() {
	fmt.Println(survey.DefaultRatingScale().Max())
	// Output:
	// 5
}

func ExampleRatingScale_String() {
	fmt.Println(survey.DefaultRatingScale().String())
	// Output:
	// 1–5
}

func ExampleParseRatingScale() {
	s, err := survey.ParseRatingScale("1-7")
	fmt.Println(s, err)
	// Output:
	// 1–7 <nil>
}
