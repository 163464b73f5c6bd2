package branding_test

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/go-asn/berakhlak/branding"
	"github.com/go-asn/berakhlak/category"
	"github.com/go-asn/berakhlak/survey"
	"github.com/shopspring/decimal"
)

// instrument is an invented instrument: the library ships no official
// wording.
func instrument() branding.Instrument {
	in, err := branding.NewInstrument(branding.Definition{
		Items: []survey.Item{
			{Code: "REP1", Dimension: "Reputasi"},
			{Code: "REP2", Dimension: "Reputasi"},
			{Code: "KAR1", Dimension: "Karier"},
			{Code: "KAR2", Dimension: "Karier"},
			{Code: "MINAT", Dimension: "Minat Melamar"},
		},
		Recommend: true,
		Intention: "MINAT",
	})
	if err != nil {
		panic(err)
	}
	return in
}

func tally() *branding.Tally {
	t, _ := branding.NewTally(instrument())
	rows := []struct {
		kind string
		rec  int
		a    []int8
	}{
		{"mahasiswa", 9, []int8{5, 4, 4, 3, 5}},
		{"mahasiswa", 10, []int8{5, 5, 4, 4, 5}},
		{"mahasiswa", 7, []int8{4, 4, 3, 3, 4}},
		{"mahasiswa", 5, []int8{3, 3, 2, 2, 2}},
		{"mahasiswa", 8, []int8{4, 5, 4, 4, 5}},
		{"pekerja swasta", 6, []int8{3, 2, 2, 3, 1}},
	}
	for i, r := range rows {
		if err := t.Add(branding.Response{Respondent: fmt.Sprintf("S%d", i+1), Group: r.kind, Answers: r.a, Recommend: survey.Recommend(r.rec)}); err != nil {
			panic(err)
		}
	}
	return t
}

func result() branding.Result {
	r, err := tally().Result(survey.FixedMinimum(6))
	if err != nil {
		panic(err)
	}
	return r
}

func ExampleNewInstrument() {
	in := instrument()
	fmt.Println(in.Dimensions(), in.Intention(), in.IsValid())
	// Output:
	// [Reputasi Karier Minat Melamar] MINAT true
}

func ExampleInstrument_Items() {
	fmt.Println(len(instrument().Items()))
	// Output:
	// 5
}

func ExampleInstrument_Dimensions() {
	fmt.Println(len(instrument().Dimensions()))
	// Output:
	// 3
}

func ExampleInstrument_Intention() {
	fmt.Println(instrument().Intention())
	// Output:
	// MINAT
}

func ExampleInstrument_IsValid() {
	fmt.Println(branding.Instrument{}.IsValid())
	// Output:
	// false
}

func ExampleNewTally() {
	t, err := branding.NewTally(instrument())
	fmt.Println(t.Respondents(), err)
	// Output:
	// 0 <nil>
}

func ExampleTally_Add() {
	t, _ := branding.NewTally(instrument())
	err := t.Add(branding.Response{Respondent: "S-1", Answers: []int8{5, 5, 5, 5}, Recommend: survey.Recommend(9)})
	fmt.Println(err)
	// Output:
	// survey: respondent "S-1": answers: 4: want 5 answers
}

func ExampleTally_Result() {
	// No minimum is published for employer branding: the caller sets one.
	_, err := tally().Result(survey.Slovin(1000, 10))
	fmt.Println(err)
	// Output:
	// survey: insufficient respondents: 6 of the 91 required (Slovin, 10% margin, population 1000)
}

func ExampleResult_Groups() {
	// With the default threshold of 5, the one "pekerja swasta" is
	// suppressed, and so is "mahasiswa": the whole survey minus mahasiswa
	// would reveal that one respondent. A threshold of 1 shows both.
	for _, opts := range [][]branding.ResultOption{nil, {branding.WithConfidentiality(1)}} {
		r, _ := tally().Result(survey.FixedMinimum(6), opts...)
		for _, g := range r.Groups() {
			if g.Suppressed {
				fmt.Printf("%s: %d respondents, not reported\n", g.Name, g.Respondents)
				continue
			}
			a, _ := g.Result.Attractiveness()
			fmt.Printf("%s: attractiveness %s\n", g.Name, a.String())
		}
	}
	// Output:
	// mahasiswa: 5 respondents, not reported
	// pekerja swasta: 1 respondents, not reported
	// mahasiswa: attractiveness 68.0
	// pekerja swasta: attractiveness 0.0
}
func ExampleTally_Merge() {
	a := tally()
	_ = a.Merge(tally())
	fmt.Println(a.Respondents())
	// Output:
	// 12
}

func ExampleTally_Equal() {
	fmt.Println(tally().Equal(tally()))
	// Output:
	// true
}

func ExampleTally_Respondents() {
	fmt.Println(tally().Respondents())
	// Output:
	// 6
}

func ExampleTally_MarshalBinary() {
	data, _ := tally().MarshalBinary()
	var t branding.Tally
	fmt.Println(t.UnmarshalBinary(data), t.Equal(tally()))
	// Output:
	// <nil> true
}

func ExampleTally_UnmarshalBinary() {
	var t branding.Tally
	fmt.Println(errors.Is(t.UnmarshalBinary([]byte("EB1")), survey.ErrCorrupt))
	// Output:
	// true
}

func ExampleWithTopBoxes() {
	r, _ := tally().Result(survey.FixedMinimum(1), branding.WithTopBoxes(1))
	// Seven of the 30 answers are 5.
	a, _ := r.Attractiveness()
	fmt.Println(a)
	// Output:
	// 23.3
}

func ExampleWithConfidentiality() {
	r, _ := tally().Result(survey.FixedMinimum(1), branding.WithConfidentiality(1))
	fmt.Println(r.Groups()[1].Suppressed)
	// Output:
	// false
}

func ExampleResult_Attractiveness() {
	// 17 of the 30 answers are 4 or 5.
	a, _ := result().Attractiveness()
	fmt.Println(a)
	// Output:
	// 56.7
}

func ExampleResult_Band() {
	scale := category.MustNewScale("Daya Tarik (contoh)", 1, decimal.New(100, 0),
		category.Band{Letter: "T", Label: "Tinggi", Min: decimal.New(60, 0)},
		category.Band{Letter: "R", Label: "Rendah", Min: decimal.Zero},
	)
	b, _ := result().Band(scale)
	fmt.Println(b)
	// Output:
	// R Rendah
}

func ExampleResult_Dimension() {
	f, _ := result().Dimension("Reputasi")
	fmt.Println(f.Mean, f.Favourable)
	// Output:
	// 3.92 66.7
}

func ExampleResult_Item() {
	f, _ := result().Item("KAR2")
	fmt.Println(f.Mean, f.Favourable, f.Answers)
	// Output:
	// 3.17 33.3 6
}

func ExampleResult_Total() {
	f, _ := result().Total()
	fmt.Println(f.Mean, f.Answers)
	// Output:
	// 3.57 30
}

func ExampleResult_Alpha() {
	a, n, err := result().Alpha("Karier")
	fmt.Println(a, n, err)
	// Output:
	// 0.850 6 <nil>
}

func ExampleResult_NPS() {
	n, _ := result().NPS()
	fmt.Printf("%+v\n", n)
	// Output:
	// {Score:0 Promoters:2 Passives:2 Detractors:2 Missing:0}
}

func ExampleResult_Intention() {
	// MINAT answered 5 by three of six respondents.
	i, _ := result().Intention()
	fmt.Println(i)
	// Output:
	// 50.0
}

func ExampleResult_Respondents() {
	fmt.Println(result().Respondents())
	// Output:
	// 6
}

func ExampleResult_IsValid() {
	var r branding.Result
	_, err := r.Attractiveness()
	fmt.Println(r.IsValid(), errors.Is(err, survey.ErrNoFigure))
	// Output:
	// false true
}

func ExampleResult_Minimum() {
	fmt.Println(result().Minimum())
	// Output:
	// fixed minimum of 6
}

func ExampleResult_MarshalJSON() {
	b, _ := json.Marshal(result())
	var m struct {
		Respondents    int
		Attractiveness string
		Intention      string
	}
	_ = json.Unmarshal(b, &m)
	fmt.Println(m.Respondents, m.Attractiveness, m.Intention)
	// Output:
	// 6 56.7 50.0
}

func Example() {
	// Six invented respondents of two kinds; no minimum is published for
	// employer branding, so the caller gives one.
	r, err := tally().Result(survey.FixedMinimum(6))
	if err != nil {
		fmt.Println(err)
		return
	}
	a, _ := r.Attractiveness()
	i, _ := r.Intention()
	nps, _ := r.NPS()
	// Every figure prints with its published places: 50.0, not 50.
	fmt.Println("attractiveness", a, "intention to apply", i, "NPS", nps.Score)
	// Output: attractiveness 56.7 intention to apply 50.0 NPS 0
}
