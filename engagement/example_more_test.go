package engagement_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/go-asn/berakhlak/engagement"
	"github.com/go-asn/berakhlak/survey"
	"github.com/shopspring/decimal"
)

// tamper replaces old with new in a JSON document, once, and panics when old
// is not there, so that an example cannot pass on a document it left alone.
func tamper(doc []byte, old, new string) []byte {
	if !strings.Contains(string(doc), old) {
		panic("tamper: " + old + " not in " + string(doc))
	}
	return []byte(strings.Replace(string(doc), old, new, 1))
}

func ExampleGroup_Equal() {
	// A threshold of 1 publishes both units of the invented survey.
	a, _ := tally().Result(survey.FixedMinimum(6), engagement.WithConfidentiality(1))
	b, _ := tally().Result(survey.FixedMinimum(6), engagement.WithConfidentiality(1))
	ga, gb := a.Groups(), b.Groups()
	fmt.Println(ga[0].Name, ga[0].Equal(gb[0]), ga[0].Equal(ga[1]))

	// The same unit with fewer respondents is a different group.
	t, _ := engagement.NewTally(instrument())
	_ = t.Add(engagement.Response{Respondent: "R1", Group: "Biro Umum", Answers: []int8{5, 4, 1, 5, 4}})
	c, _ := t.Result(survey.FixedMinimum(1), engagement.WithConfidentiality(1))
	fmt.Println(c.Groups()[0].Name, ga[0].Equal(c.Groups()[0]))
	// Output:
	// Biro Umum true false
	// Biro Umum false
}

func ExampleInstrument() {
	d := engagement.Definition{
		Items: []survey.Item{
			{Code: "K1", Dimension: "Komitmen"},
			{Code: "B1", Dimension: "Kebanggaan"},
		},
		Scale: survey.MustNewRatingScale(1, 4),
	}
	// The default thresholds 4.0 and 3.0 are for 1–5: another scale sets
	// its own.
	_, err := engagement.NewInstrument(d)
	fmt.Println(errors.Is(err, survey.ErrInvalidInstrument))

	d.Engaged, d.Neutral = decimal.RequireFromString("3.5"), decimal.RequireFromString("2.5")
	in, err := engagement.NewInstrument(d)
	fmt.Println(in.IsValid(), in.Dimensions(), len(in.Items()), err)

	var zero engagement.Instrument
	fmt.Println(zero.IsValid())
	// Output:
	// true
	// true [Komitmen Kebanggaan] 2 <nil>
	// false
}

func ExampleInstrument_Equal() {
	fmt.Println(instrument().Equal(instrument()))

	// MaxGroups bounds a tally's work and is not part of the instrument.
	d := engagement.Definition{Items: instrument().Items(), Recommend: true}
	same, _ := engagement.NewInstrument(d)
	d.MaxGroups = 10
	bounded, _ := engagement.NewInstrument(d)
	fmt.Println(instrument().Equal(same), instrument().Equal(bounded))

	// Without the recommendation item it is another instrument.
	d.Recommend = false
	other, _ := engagement.NewInstrument(d)
	fmt.Println(instrument().Equal(other))
	// Output:
	// true
	// true true
	// false
}

func ExampleResult() {
	r, err := tally().Result(survey.FixedMinimum(6))
	if err != nil {
		fmt.Println(err)
		return
	}
	idx, _ := r.Index()
	k, _ := r.Dimension("Komitmen")
	fmt.Println(r.Respondents(), r.Scale(), idx, k.Mean, k.Favourable)

	// Below the minimum there is no Result at all.
	_, err = tally().Result(engagement.OfficialMinimum())
	fmt.Println(err)
	// Output:
	// 6 1–5 65.5 3.50 61.1
	// survey: insufficient respondents: 6 of the 140 required (fixed minimum of 140)
}

func ExampleResult_Equal() {
	a, b := result(), result()
	fmt.Println(a.Equal(b), a.Equal(engagement.Result{}))

	// The same counts checked against another minimum are another result.
	c, _ := tally().Result(survey.FixedMinimum(5))
	fmt.Println(a.Equal(c))
	// Output:
	// true false
	// false
}

func ExampleResult_Scale() {
	fmt.Println(result().Scale())
	var zero engagement.Result
	fmt.Println(zero.Scale(), zero.Scale().IsValid())
	// Output:
	// 1–5
	// 0–0 false
}

func ExampleResult_UnmarshalJSON() {
	doc, _ := json.Marshal(result())
	var r engagement.Result
	err := json.Unmarshal(doc, &r)
	idx, _ := r.Index()
	fmt.Println(err, r.Equal(result()), idx)

	// An index other than the total's percent favourable is refused.
	err = json.Unmarshal(tamper(doc, `"index":"65.5"`, `"index":"56.5"`), &r)
	fmt.Println(err)
	fmt.Println(errors.Is(err, survey.ErrInvalidInput))
	// Output:
	// <nil> true 65.5
	// engagement: Result JSON: index "56.5", but the total's percent favourable is "65.5": invalid input
	// true
}

func ExampleTally() {
	// One tally per unit, merged for the agency.
	a, _ := engagement.NewTally(instrument())
	b, _ := engagement.NewTally(instrument())
	_ = a.Add(engagement.Response{Respondent: "R1", Group: "Biro Umum", Answers: []int8{5, 4, 1, 5, 4}, Recommend: survey.Recommend(9)})
	_ = b.Add(engagement.Response{Respondent: "R2", Group: "Inspektorat", Answers: []int8{4, 4, 2, 4, 5}, Recommend: survey.Recommend(6)})
	if err := a.Merge(b); err != nil {
		fmt.Println(err)
		return
	}
	r, err := a.Result(survey.FixedMinimum(2), engagement.WithConfidentiality(1))
	if err != nil {
		fmt.Println(err)
		return
	}
	idx, _ := r.Index()
	n, _ := r.ENPS()
	fmt.Println(a.Respondents(), idx, n.Score, len(r.Groups()))
	// Output:
	// 2 100.0 0 2
}

func ExampleTally_IsValid() {
	var zero engagement.Tally
	t, _ := engagement.NewTally(instrument())
	fmt.Println(zero.IsValid(), t.IsValid())

	err := zero.Add(engagement.Response{Respondent: "R1", Answers: []int8{4}})
	fmt.Println(err)
	// Output:
	// false true
	// engagement: Tally not made by NewTally or UnmarshalBinary: invalid instrument
}
