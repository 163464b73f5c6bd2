package engagement_test

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/go-asn/berakhlak/category"
	"github.com/go-asn/berakhlak/engagement"
	"github.com/go-asn/berakhlak/survey"
	"github.com/shopspring/decimal"
)

// instrument is an invented three-dimension instrument: the library ships
// no official wording.
func instrument() engagement.Instrument {
	in, err := engagement.NewInstrument(engagement.Definition{
		Items: []survey.Item{
			{Code: "K1", Dimension: "Komitmen"},
			{Code: "K2", Dimension: "Komitmen"},
			{Code: "K3", Dimension: "Komitmen", Reverse: true},
			{Code: "B1", Dimension: "Kebanggaan"},
			{Code: "B2", Dimension: "Kebanggaan"},
		},
		Recommend: true,
	})
	if err != nil {
		panic(err)
	}
	return in
}

func tally() *engagement.Tally {
	t, _ := engagement.NewTally(instrument())
	rows := []struct {
		unit string
		rec  int
		a    []int8
	}{
		{"Biro Umum", 9, []int8{5, 4, 1, 5, 4}},
		{"Biro Umum", 10, []int8{4, 4, 2, 4, 5}},
		{"Biro Umum", 7, []int8{3, 4, 2, 4, 4}},
		{"Biro Umum", 6, []int8{2, 3, 4, 3, 3}},
		{"Biro Umum", 8, []int8{4, 5, 1, 5, 5}},
		{"Inspektorat", 3, []int8{2, 2, 5, 2, survey.NoAnswer}},
	}
	for i, r := range rows {
		if err := t.Add(engagement.Response{Respondent: fmt.Sprintf("R%d", i+1), Group: r.unit, Answers: r.a, Recommend: survey.Recommend(r.rec)}); err != nil {
			panic(err)
		}
	}
	return t
}

func result() engagement.Result {
	r, err := tally().Result(survey.FixedMinimum(6))
	if err != nil {
		panic(err)
	}
	return r
}

func ExampleNewInstrument() {
	in := instrument()
	fmt.Println(len(in.Items()), in.Dimensions(), in.IsValid())
	_, err := engagement.NewInstrument(engagement.Definition{Items: []survey.Item{{Code: "K1"}}})
	fmt.Println(err)
	// Output:
	// 5 [Komitmen Kebanggaan] true
	// engagement: item "K1" has no dimension: invalid instrument
}

func ExampleInstrument_Items() {
	fmt.Println(instrument().Items()[2])
	// Output:
	// {K3 Komitmen true}
}

func ExampleInstrument_Dimensions() {
	fmt.Println(instrument().Dimensions())
	// Output:
	// [Komitmen Kebanggaan]
}

func ExampleInstrument_IsValid() {
	var in engagement.Instrument
	fmt.Println(in.IsValid())
	// Output:
	// false
}

func ExampleNewTally() {
	t, _ := engagement.NewTally(instrument())
	fmt.Println(t.Respondents())
	// Output:
	// 0
}

func ExampleTally_Add() {
	t, _ := engagement.NewTally(instrument())
	err := t.Add(engagement.Response{Respondent: "R-9", Answers: []int8{5, 5, 7, 5, 5}})
	fmt.Println(err)
	fmt.Println(errors.Is(err, survey.ErrInvalidAnswer), t.Respondents())
	// Output:
	// survey: respondent "R-9": K3: 7: outside the scale 1–5
	// true 0
}

func ExampleTally_Result() {
	// The official minimum is 140 respondents per agency.
	_, err := tally().Result(engagement.OfficialMinimum())
	fmt.Println(err)
	// Output:
	// survey: insufficient respondents: 6 of the 140 required (fixed minimum of 140)
}

func ExampleResult_Groups() {
	r, _ := tally().Result(survey.FixedMinimum(6))
	for _, g := range r.Groups() {
		if g.Suppressed {
			fmt.Printf("%s: %d respondents, not reported: %s\n", g.Name, g.Respondents, g.Reason)
			continue
		}
		idx, _ := g.Result.Index()
		fmt.Printf("%s: %d respondents, index %s\n", g.Name, g.Respondents, idx.String())
	}
	// Output:
	// Biro Umum: 5 respondents, not reported: complementary suppression: published, it would reveal by difference the 1 respondents in no published subgroup
	// Inspektorat: 1 respondents, not reported: 1 respondents, below the confidentiality threshold of 5
}
func ExampleTally_Merge() {
	a, b := tally(), tally()
	_ = a.Merge(b)
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
	var t engagement.Tally
	err := t.UnmarshalBinary(data)
	fmt.Println(err, t.Equal(tally()))
	// Output:
	// <nil> true
}

func ExampleTally_UnmarshalBinary() {
	var t engagement.Tally
	fmt.Println(errors.Is(t.UnmarshalBinary([]byte("EE1junk")), survey.ErrCorrupt))
	// Output:
	// true
}

func ExampleOfficialMinimum() {
	fmt.Println(engagement.OfficialMinimum())
	// Output:
	// fixed minimum of 140
}

func ExampleWithTopBoxes() {
	r, _ := tally().Result(survey.FixedMinimum(1), engagement.WithTopBoxes(1))
	// Eight of the 29 answers are 5.
	idx, _ := r.Index()
	fmt.Println(idx)
	// Output:
	// 27.6
}

func ExampleWithConfidentiality() {
	r, _ := tally().Result(survey.FixedMinimum(1), engagement.WithConfidentiality(1))
	groups := r.Groups()
	fmt.Println(groups[1].Name, groups[1].Suppressed)
	// Output:
	// Inspektorat false
}

func ExampleResult_Index() {
	// 19 of the 29 answers (K3 reverse-coded) are 4 or 5.
	idx, _ := result().Index()
	fmt.Println(idx)
	// Output:
	// 65.5
}

func ExampleResult_Band() {
	// No bands are published for engagement: the caller brings a scale.
	scale := category.MustNewScale("Keterlibatan (contoh instansi)", 1, decimal.New(100, 0),
		category.Band{Letter: "T", Label: "Tinggi", English: "High", Min: decimal.New(70, 0)},
		category.Band{Letter: "S", Label: "Sedang", English: "Medium", Min: decimal.New(50, 0)},
		category.Band{Letter: "R", Label: "Rendah", English: "Low", Min: decimal.Zero},
	)
	b, _ := result().Band(scale)
	fmt.Println(b)
	// Output:
	// S Sedang
}

func ExampleResult_Total() {
	f, _ := result().Total()
	fmt.Println(f.Mean, f.Favourable, f.Answers)
	// Output:
	// 3.69 65.5 29
}

func ExampleResult_Item() {
	f, _ := result().Item("B2")
	fmt.Println(f.Mean, f.Favourable, f.Answers, f.Missing)
	// Output:
	// 4.20 80.0 5 1
}

func ExampleResult_Dimension() {
	f, _ := result().Dimension("Komitmen")
	fmt.Println(f.Mean, f.Favourable)
	// Output:
	// 3.50 61.1
}

func ExampleResult_Alpha() {
	a, n, err := result().Alpha("Komitmen")
	fmt.Println(a, n, err)
	// Output:
	// 0.935 6 <nil>
}

func ExampleResult_Segments() {
	s, err := result().Segments()
	fmt.Printf("%+v %v\n", s, err)
	_, err = engagement.Result{}.Segments()
	fmt.Println(errors.Is(err, survey.ErrNoFigure))
	// Output:
	// {Engaged:3 Neutral:1 Disengaged:2 Unscored:0} <nil>
	// true
}

func ExampleResult_ENPS() {
	n, _ := result().ENPS()
	fmt.Printf("%+v\n", n)
	// Output:
	// {Score:0 Promoters:2 Passives:2 Detractors:2 Missing:0}
}

func ExampleResult_Respondents() {
	fmt.Println(result().Respondents())
	// Output:
	// 6
}

func ExampleResult_IsValid() {
	var r engagement.Result
	_, err := r.Index()
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
		Respondents int
		Index       string
		Total       struct{ Mean, Favourable string }
		Segments    engagement.Segments
		Groups      []struct {
			Name       string
			Suppressed bool
		}
	}
	_ = json.Unmarshal(b, &m)
	fmt.Println(m.Respondents, m.Index, m.Total.Mean, m.Total.Favourable, m.Segments.Engaged, len(m.Groups), m.Groups[1].Suppressed)
	// Output:
	// 6 65.5 3.69 65.5 3 2 true
}

func Example() {
	// Six invented respondents in two units; the official minimum is
	// 140, so this small survey is checked against a minimum of 6.
	r, err := tally().Result(survey.FixedMinimum(6))
	if err != nil {
		fmt.Println(err)
		return
	}
	idx, _ := r.Index()
	total, _ := r.Total()
	alpha, n, _ := r.Alpha("Komitmen")
	enps, _ := r.ENPS()
	b2, _ := r.Item("B2")
	// Every figure prints with its published places: 4.20, not 4.2.
	fmt.Println("index", idx, "mean", total.Mean, "alpha", alpha, "over", n, "eNPS", enps.Score)
	fmt.Println("B2", b2.Mean, b2.Favourable)
	// Output:
	// index 65.5 mean 3.69 alpha 0.935 over 6 eNPS 0
	// B2 4.20 80.0
}
