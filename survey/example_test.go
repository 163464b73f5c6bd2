package survey_test

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/go-asn/berakhlak/akhlak"
	"github.com/go-asn/berakhlak/figure"
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
	// 345 Slovin, 5% margin, population 2500
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
	fmt.Println(survey.KrejcieMorgan(1).Check(64)) // more respondents than people served
	// Output:
	// <nil>
	// survey: invalid minimum (no minimum): invalid input
	// survey: 64 respondents, more than the population of 1 (Krejcie–Morgan, population 1): invalid input
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
	// Krejcie–Morgan, population 500
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

func ExampleAnswerError_Error() {
	err := &survey.AnswerError{Respondent: "R-17", Field: "BP2", Answer: "7", Reason: "outside the scale 1–5"}
	fmt.Println(err)
	// Output:
	// survey: respondent "R-17": BP2: 7: outside the scale 1–5
}

func ExampleAnswerError_Unwrap() {
	err := error(&survey.AnswerError{Respondent: "R-1", Field: "current", Answer: "option 99", Reason: "not in the instrument", Err: errors.ErrUnsupported})
	fmt.Println(errors.Is(err, survey.ErrInvalidAnswer), errors.Is(err, errors.ErrUnsupported))
	// Output:
	// true true
}

func ExampleInsufficientError_Error() {
	err := survey.FixedMinimum(140).Check(139)
	fmt.Println(err)
	// Output:
	// survey: insufficient respondents: 139 of the 140 required (fixed minimum of 140)
}

func ExampleInsufficientError_Unwrap() {
	err := survey.Slovin(2500, 5).Check(10)
	fmt.Println(errors.Is(err, survey.ErrInsufficientRespondents))
	// Output:
	// true
}

func ExampleMinimum_Equal() {
	fmt.Println(survey.Slovin(2500, 5).Equal(survey.Slovin(2500, 5)), survey.Slovin(2500, 5).Equal(survey.FixedMinimum(345)))
	// Output:
	// true false
}

func ExampleMinimum_MarshalJSON() {
	b, _ := json.Marshal(survey.Slovin(2500, 5))
	fmt.Println(string(b))
	// Output:
	// {"rule":"slovin","population":2500,"margin_percent":5,"required":345}
}

func ExampleMinimum_UnmarshalJSON() {
	var m survey.Minimum
	err := json.Unmarshal([]byte(`{"rule":"krejcie-morgan","population":1000,"required":278}`), &m)
	fmt.Println(m, err)
	err = json.Unmarshal([]byte(`{"rule":"krejcie-morgan","population":1000,"required":100}`), &m)
	fmt.Println(errors.Is(err, survey.ErrInvalidInput))
	// Output:
	// Krejcie–Morgan, population 1000 <nil>
	// true
}

func ExampleMustNewRatingScale() {
	fmt.Println(survey.MustNewRatingScale(0, 10))
	// Output:
	// 0–10
}

func ExampleMustParseRatingScale() {
	fmt.Println(survey.MustParseRatingScale("1-4").Max())
	// Output:
	// 4
}

func ExampleRatingScale_Contains() {
	s := survey.DefaultRatingScale()
	fmt.Println(s.Contains(5), s.Contains(6), s.Contains(survey.NoAnswer))
	// Output:
	// true false false
}

func ExampleRatingScale_AppendText() {
	b, _ := survey.DefaultRatingScale().AppendText([]byte("scale "))
	fmt.Println(string(b))
	// Output:
	// scale 1–5
}

func ExampleRatingScale_MarshalText() {
	b, _ := json.Marshal(map[string]survey.RatingScale{"scale": survey.MustNewRatingScale(1, 4)})
	fmt.Println(string(b))
	// Output:
	// {"scale":"1–4"}
}

func ExampleRatingScale_UnmarshalText() {
	var s survey.RatingScale
	err := s.UnmarshalText([]byte("0-10"))
	fmt.Println(s, err)
	// Output:
	// 0–10 <nil>
}

func ExampleFigures_Equal() {
	a := survey.Figures{Mean: figure.MustParse("3.80"), Favourable: figure.MustParse("72.0"), Answers: 10}
	b := survey.Figures{Mean: figure.MustParse("3.80"), Favourable: figure.MustParse("72.0"), Answers: 10}
	c := survey.Figures{Mean: figure.MustParse("3.8"), Favourable: figure.MustParse("72"), Answers: 10}
	fmt.Println(a.Equal(b), a == b, a.Equal(c)) // the places are part of a figure
	// Output:
	// true true false
}

func ExampleFigures_MarshalJSON() {
	f := survey.Figures{Mean: figure.MustParse("3.87"), Favourable: figure.MustParse("72.0"), Answers: 140}
	b, _ := json.Marshal(f)
	fmt.Println(string(b))
	// Output:
	// {"mean":"3.87","favourable":"72.0","answers":140,"missing":0}
}

func ExampleFigures_UnmarshalJSON() {
	var f survey.Figures
	err := json.Unmarshal([]byte(`{"mean":"3.87","favourable":"72.0","answers":140,"missing":0}`), &f)
	fmt.Println(f.Mean, f.Favourable, f.Answers, err)
	err = json.Unmarshal([]byte(`{"mean":"3.87","favourable":"172.0","answers":140,"missing":0}`), &f)
	fmt.Println(err)
	// Output:
	// 3.87 72.0 140 <nil>
	// survey: Figures JSON: percentage favourable 172.0 outside 0–100: invalid input
}

func ExampleRecommend() {
	detractor := survey.Recommend(0)
	var none survey.Recommendation // the zero value: no answer
	fmt.Println(detractor, detractor.IsValid(), none, none.IsValid())
	// Output: 0 true no answer false
}

func ExampleRecommendation_Answer() {
	n, ok := survey.Recommend(9).Answer()
	fmt.Println(n, ok)
	n, ok = survey.Recommendation{}.Answer()
	fmt.Println(n, ok)
	// Output:
	// 9 true
	// 0 false
}

func ExampleRecommendation_IsValid() {
	fmt.Println(survey.Recommend(10).IsValid(), survey.Recommend(11).IsValid())
	// Output: true false
}

func ExampleRecommendation_String() {
	fmt.Println(survey.Recommend(7).String())
	// Output: 7
}

func ExampleRecommendation_Equal() {
	a, b := survey.Recommend(9), survey.Recommend(9)
	fmt.Println(survey.Recommend(0).Equal(survey.Recommendation{}), a.Equal(b), a == b)
	// Output: false true true
}

func Example() {
	// A survey below its minimum has no figure: the error carries both
	// numbers.
	min := survey.Slovin(2500, 5)
	fmt.Println(min, "→", min.Required())
	fmt.Println(min.Check(120))
	// Figures print with their published places: 72.0, not 72.
	f := survey.Figures{Mean: figure.MustParse("3.80"), Favourable: figure.MustParse("72.0"), Answers: 140}
	fmt.Println(f.Mean, f.Favourable)
	// Output:
	// Slovin, 5% margin, population 2500 → 345
	// survey: insufficient respondents: 120 of the 345 required (Slovin, 5% margin, population 2500)
	// 3.80 72.0
}
