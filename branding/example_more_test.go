package branding_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/go-asn/berakhlak/branding"
	"github.com/go-asn/berakhlak/survey"
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
	// A threshold of 1 publishes both kinds of respondent of the invented
	// survey.
	a, _ := tally().Result(survey.FixedMinimum(6), branding.WithConfidentiality(1))
	b, _ := tally().Result(survey.FixedMinimum(6), branding.WithConfidentiality(1))
	ga, gb := a.Groups(), b.Groups()
	fmt.Println(ga[0].Name, ga[0].Equal(gb[0]), ga[0].Equal(ga[1]))

	// The same kind with fewer respondents is a different group.
	t, _ := branding.NewTally(instrument())
	_ = t.Add(branding.Response{Respondent: "S1", Group: "mahasiswa", Answers: []int8{5, 4, 4, 3, 5}})
	c, _ := t.Result(survey.FixedMinimum(1), branding.WithConfidentiality(1))
	fmt.Println(c.Groups()[0].Name, ga[0].Equal(c.Groups()[0]))
	// Output:
	// mahasiswa true false
	// mahasiswa false
}

func ExampleInstrument() {
	in, err := branding.NewInstrument(branding.Definition{
		Items: []survey.Item{
			{Code: "REP1", Dimension: "Reputasi"},
			{Code: "MINAT", Dimension: "Minat Melamar"},
		},
		Scale:     survey.MustNewRatingScale(1, 4),
		Intention: "MINAT",
	})
	fmt.Println(in.IsValid(), in.Dimensions(), in.Intention(), err)

	// The intention item must be one of the items.
	_, err = branding.NewInstrument(branding.Definition{
		Items:     []survey.Item{{Code: "REP1", Dimension: "Reputasi"}},
		Intention: "MINAT",
	})
	fmt.Println(errors.Is(err, survey.ErrInvalidInstrument))

	var zero branding.Instrument
	fmt.Println(zero.IsValid())
	// Output:
	// true [Reputasi Minat Melamar] MINAT <nil>
	// true
	// false
}

func ExampleInstrument_Equal() {
	fmt.Println(instrument().Equal(instrument()))

	// MaxGroups bounds a tally's work and is not part of the instrument.
	d := branding.Definition{Items: instrument().Items(), Recommend: true, Intention: "MINAT"}
	same, _ := branding.NewInstrument(d)
	d.MaxGroups = 10
	bounded, _ := branding.NewInstrument(d)
	fmt.Println(instrument().Equal(same), instrument().Equal(bounded))

	// Without an intention item it is another instrument.
	d.Intention = ""
	other, _ := branding.NewInstrument(d)
	fmt.Println(instrument().Equal(other))
	// Output:
	// true
	// true true
	// false
}

func ExampleResult() {
	// No minimum is published for employer branding: the caller gives one.
	r, err := tally().Result(survey.FixedMinimum(6))
	if err != nil {
		fmt.Println(err)
		return
	}
	a, _ := r.Attractiveness()
	i, _ := r.Intention()
	k, _ := r.Dimension("Karier")
	fmt.Println(r.Respondents(), r.Scale(), a, i, k.Mean, k.Favourable)

	// Below the minimum there is no Result at all.
	_, err = tally().Result(survey.KrejcieMorgan(1000))
	fmt.Println(err)
	// Output:
	// 6 1–5 56.7 50.0 3.17 41.7
	// survey: insufficient respondents: 6 of the 278 required (Krejcie–Morgan, population 1000)
}

func ExampleResult_Equal() {
	a, b := result(), result()
	fmt.Println(a.Equal(b), a.Equal(branding.Result{}))

	// The same counts checked against another minimum are another result.
	c, _ := tally().Result(survey.FixedMinimum(5))
	fmt.Println(a.Equal(c))
	// Output:
	// true false
	// false
}

func ExampleResult_Scale() {
	fmt.Println(result().Scale())
	var zero branding.Result
	fmt.Println(zero.Scale(), zero.Scale().IsValid())
	// Output:
	// 1–5
	// 0–0 false
}

func ExampleResult_UnmarshalJSON() {
	doc, _ := json.Marshal(result())
	var r branding.Result
	err := json.Unmarshal(doc, &r)
	a, _ := r.Attractiveness()
	fmt.Println(err, r.Equal(result()), a)

	// An attractiveness other than the total's percent favourable is
	// refused.
	err = json.Unmarshal(tamper(doc, `"attractiveness":"56.7"`, `"attractiveness":"65.7"`), &r)
	fmt.Println(err)
	fmt.Println(errors.Is(err, survey.ErrInvalidInput))
	// Output:
	// <nil> true 56.7
	// branding: Result JSON: attractiveness "65.7", but the total's percent favourable is "56.7": invalid input
	// true
}

func ExampleTally() {
	// One tally per channel of the survey, merged.
	a, _ := branding.NewTally(instrument())
	b, _ := branding.NewTally(instrument())
	_ = a.Add(branding.Response{Respondent: "S1", Group: "mahasiswa", Answers: []int8{5, 4, 4, 3, 5}, Recommend: survey.Recommend(9)})
	_ = b.Add(branding.Response{Respondent: "S2", Group: "pekerja swasta", Answers: []int8{3, 2, 2, 3, 1}, Recommend: survey.Recommend(6)})
	if err := a.Merge(b); err != nil {
		fmt.Println(err)
		return
	}
	r, err := a.Result(survey.FixedMinimum(2), branding.WithConfidentiality(1))
	if err != nil {
		fmt.Println(err)
		return
	}
	attr, _ := r.Attractiveness()
	i, _ := r.Intention()
	n, _ := r.NPS()
	fmt.Println(a.Respondents(), attr, i, n.Score, len(r.Groups()))
	// Output:
	// 2 40.0 50.0 0 2
}

func ExampleTally_IsValid() {
	var zero branding.Tally
	t, _ := branding.NewTally(instrument())
	fmt.Println(zero.IsValid(), t.IsValid())

	err := zero.Add(branding.Response{Respondent: "S1", Answers: []int8{4}})
	fmt.Println(err)
	// Output:
	// false true
	// branding: Tally not made by NewTally or UnmarshalBinary: invalid instrument
}
