package ikm_test

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/go-asn/berakhlak/ikm"
	"github.com/go-asn/berakhlak/survey"
	"github.com/shopspring/decimal"
)

// sample returns a tally of four respondents: two answer 3 (Baik) to every
// unsur and two answer 4 (Sangat Baik), so every NRR is 3.5.
func sample() *ikm.Tally {
	t := ikm.NewTally()
	for i, a := range []int8{3, 3, 4, 4} {
		row := []int8{a, a, a, a, a, a, a, a, a}
		_ = t.Add(fmt.Sprintf("R%d", i+1), row)
	}
	return t
}

func Example() {
	t := ikm.NewTally()
	// One row per respondent: U1 to U9, 1 (Tidak Baik) to 4 (Sangat Baik),
	// survey.NoAnswer where the respondent skipped an unsur.
	rows := [][]int8{
		{4, 3, 3, 4, 3, 4, 4, 3, 3},
		{3, 3, 2, 4, 3, 3, 4, survey.NoAnswer, 3},
		{4, 4, 3, 4, 4, 4, 4, 4, 3},
	}
	for i, row := range rows {
		if err := t.Add(fmt.Sprintf("R%d", i+1), row); err != nil {
			panic(err)
		}
	}
	// The unit served 3 people in the period; Krejcie–Morgan requires 3.
	r, err := t.Result(survey.KrejcieMorgan(3))
	if err != nil {
		panic(err)
	}
	fmt.Println(r.Index().String(), r.Band())
	fmt.Println(r.NRR(ikm.PenangananPengaduan).String()) // 3 and 4; the blank is left out
	// Output:
	// 86.57 B Baik
	// 3.50
}

func ExampleUnsur() {
	for _, u := range ikm.AllUnsur() {
		fmt.Println(u.Code(), u)
	}
	// Output:
	// U1 Persyaratan
	// U2 Sistem, Mekanisme dan Prosedur
	// U3 Waktu Penyelesaian
	// U4 Biaya/Tarif
	// U5 Produk Spesifikasi Jenis Pelayanan
	// U6 Kompetensi Pelaksana
	// U7 Perilaku Pelaksana
	// U8 Penanganan Pengaduan, Saran dan Masukan
	// U9 Sarana dan Prasarana
}

func ExampleAllUnsur() {
	u := ikm.AllUnsur()
	fmt.Println(len(u), u[0], "…", u[8])
	// Output:
	// 9 Persyaratan … Sarana dan Prasarana
}

func ExampleParseUnsur() {
	for _, s := range []string{"SARANA_DAN_PRASARANA", "Biaya / Tarif", "u2", "Keamanan"} {
		u, err := ikm.ParseUnsur(s)
		fmt.Println(u.Code(), err)
	}
	// Output:
	// U9 <nil>
	// U4 <nil>
	// U2 <nil>
	//  ikm: unknown unsur "Keamanan"
}

func ExampleMustParseUnsur() {
	fmt.Println(ikm.MustParseUnsur("Penanganan Pengaduan, Saran, dan Masukan").Code())
	// Output:
	// U8
}

func ExampleUnsur_IsValid() {
	fmt.Println(ikm.Persyaratan.IsValid(), ikm.Unsur(0).IsValid(), ikm.Unsur(10).IsValid())
	// Output:
	// true false false
}

func ExampleUnsur_String() {
	fmt.Println(ikm.SistemMekanismeProsedur.String())
	fmt.Println(ikm.Unsur(10).String())
	// Output:
	// Sistem, Mekanisme dan Prosedur
	// ikm.Unsur(10)
}

func ExampleUnsur_Code() {
	fmt.Println(ikm.PenangananPengaduan.Code(), ikm.SaranaPrasarana.Code())
	// Output:
	// U8 U9
}

func ExampleUnsur_AppendText() {
	b, _ := ikm.WaktuPenyelesaian.AppendText([]byte("unsur="))
	fmt.Println(string(b))
	// Output:
	// unsur=U3
}

func ExampleUnsur_MarshalText() {
	b, _ := json.Marshal(map[ikm.Unsur]int{ikm.BiayaTarif: 116})
	fmt.Println(string(b))
	// Output:
	// {"U4":116}
}

func ExampleUnsur_UnmarshalText() {
	var u ikm.Unsur
	err := u.UnmarshalText([]byte("Kompetensi Pelaksana"))
	fmt.Println(u.Code(), err)
	// Output:
	// U6 <nil>
}

func ExampleParseError() {
	_, err := ikm.ParseUnsur("Kenyamanan Lingkungan")
	var pe *ikm.ParseError
	fmt.Println(errors.As(err, &pe), pe.Input, errors.Is(err, ikm.ErrUnknownUnsur))
	// Output:
	// true Kenyamanan Lingkungan true
}

func ExampleAnswer() {
	for _, a := range ikm.Answers() {
		fmt.Println(int8(a), a)
	}
	// Output:
	// 1 Tidak Baik
	// 2 Kurang Baik
	// 3 Baik
	// 4 Sangat Baik
}

func ExampleAnswers() {
	fmt.Println(ikm.Answers())
	// Output:
	// [Tidak Baik Kurang Baik Baik Sangat Baik]
}

func ExampleAnswer_IsValid() {
	fmt.Println(ikm.Baik.IsValid(), ikm.Answer(0).IsValid(), ikm.Answer(survey.NoAnswer).IsValid())
	// Output:
	// true false false
}

func ExampleAnswer_String() {
	fmt.Println(ikm.KurangBaik.String())
	// Output:
	// Kurang Baik
}

func ExampleAnswer_AppendText() {
	b, _ := ikm.SangatBaik.AppendText(nil)
	fmt.Println(string(b))
	// Output:
	// 4
}

func ExampleAnswer_MarshalText() {
	b, _ := json.Marshal([]ikm.Answer{ikm.TidakBaik, ikm.Baik})
	fmt.Println(string(b))
	// Output:
	// ["1","3"]
}

func ExampleAnswer_UnmarshalText() {
	var a ikm.Answer
	err := a.UnmarshalText([]byte("sangat baik"))
	fmt.Println(int8(a), err)
	// Output:
	// 4 <nil>
}

func ExampleParseAnswer() {
	for _, s := range []string{"3", "KURANG_BAIK", "5"} {
		a, err := ikm.ParseAnswer(s)
		fmt.Println(int8(a), err)
	}
	// Output:
	// 3 <nil>
	// 2 <nil>
	// 0 ikm: unknown answer "5"
}

func ExampleMustParseAnswer() {
	fmt.Println(int8(ikm.MustParseAnswer("Tidak Baik")))
	// Output:
	// 1
}

func ExampleTally() {
	// Two offices tally their own respondents; the tallies merge into the
	// unit's, in any order.
	a, b := sample(), sample()
	if err := a.Merge(b); err != nil {
		panic(err)
	}
	fmt.Println(a.Respondents())
	// Output:
	// 8
}

func ExampleNewTally() {
	t := ikm.NewTally() // the nine unsur of PermenPANRB 14/2017
	fmt.Println(t.Respondents())
	// Output:
	// 0
}

func ExampleTally_Add() {
	t := ikm.NewTally()
	err := t.Add("R7", []int8{4, 4, 5, 4, 4, 4, 4, 4, 4})
	var ae *survey.AnswerError
	fmt.Println(errors.As(err, &ae), ae.Field)
	fmt.Println(err)
	err = t.Add("R8", []int8{4, 4, 3, survey.NoAnswer, 4, 4, 4, 4, 4})
	fmt.Println(err, t.Respondents())
	// Output:
	// true U3
	// survey: respondent "R7": U3: 5: outside 1–4 (Tidak Baik to Sangat Baik); survey.NoAnswer marks a missing answer
	// <nil> 1
}

func ExampleTally_Merge() {
	a := ikm.NewTally()
	_ = a.Add("A1", []int8{1, 1, 1, 1, 1, 1, 1, 1, 1})
	b := ikm.NewTally()
	_ = b.Add("B1", []int8{4, 4, 4, 4, 4, 4, 4, 4, 4})
	_ = a.Merge(b)
	r, _ := a.Result(survey.FixedMinimum(2))
	fmt.Println(r.Index().String())
	// Output:
	// 62.50
}

func ExampleTally_Result() {
	t := sample()
	_, err := t.Result(survey.KrejcieMorgan(100))
	fmt.Println(err)
	r, err := t.Result(survey.KrejcieMorgan(4))
	fmt.Println(r, err)
	// Output:
	// survey: insufficient respondents: 4 of the 80 required (Krejcie–Morgan, population 100)
	// IKM 87.50 B Baik (4 respondents, weight 1/9) <nil>
}

func ExampleTally_Respondents() {
	fmt.Println(sample().Respondents())
	// Output:
	// 4
}

func ExampleTally_Equal() {
	fmt.Println(sample().Equal(sample()))
	// Output:
	// true
}

func ExampleTally_MarshalBinary() {
	b, _ := sample().MarshalBinary()
	fmt.Printf("%q, %d bytes\n", b[:4], len(b))
	// Output:
	// "IKM\x01", 66 bytes
}

func ExampleTally_UnmarshalBinary() {
	b, _ := sample().MarshalBinary()
	var t ikm.Tally
	fmt.Println(t.UnmarshalBinary(b), t.Equal(sample()))
	err := t.UnmarshalBinary(b[:10])
	fmt.Println(errors.Is(err, survey.ErrCorrupt))
	// Output:
	// <nil> true
	// true
}

func ExampleResultOption() {
	t := sample()
	for _, opts := range [][]ikm.ResultOption{
		nil,
		{ikm.WithWeight(decimal.RequireFromString("0.111"))},
		{ikm.WithNRRPlaces(0)},
	} {
		r, _ := t.Result(survey.FixedMinimum(1), opts...)
		fmt.Println(r.Index().String())
	}
	// Output:
	// 87.50
	// 87.41
	// 100.00
}

func ExampleWithWeight() {
	t := ikm.NewTally()
	_ = t.Add("R1", []int8{4, 4, 4, 4, 4, 4, 4, 4, 4})
	for _, w := range []string{"0.111", "0.11"} {
		r, _ := t.Result(survey.FixedMinimum(1), ikm.WithWeight(decimal.RequireFromString(w)))
		fmt.Println(w, r.Index().String())
	}
	_, err := t.Result(survey.FixedMinimum(1), ikm.WithWeight(decimal.RequireFromString("0.2")))
	fmt.Println(err)
	// Output:
	// 0.111 99.90
	// 0.11 99.00
	// ikm: WithWeight(0.2): 9 unsur × 0.2 exceeds 1: invalid input
}

func ExampleWithNRRPlaces() {
	// Three respondents; six unsur have whole NRR and three have 11/3,
	// 10/3 and 10/3. Rounding them to 2 places first moves the index by
	// 0.01.
	t := ikm.NewTally()
	_ = t.Add("R1", []int8{1, 3, 2, 3, 1, 4, 2, 4, 4})
	_ = t.Add("R2", []int8{1, 3, 2, 3, 1, 4, 2, 3, 3})
	_ = t.Add("R3", []int8{1, 3, 2, 3, 1, 3, 2, 3, 3})
	exact, _ := t.Result(survey.FixedMinimum(1))
	first, _ := t.Result(survey.FixedMinimum(1), ikm.WithNRRPlaces(2))
	fmt.Println(exact.Index(), first.Index(), first.NRR(ikm.KompetensiPelaksana))
	// Output:
	// 62.04 62.03 3.67
}

func ExampleResult() {
	r, _ := sample().Result(survey.KrejcieMorgan(4))
	fmt.Println(r.Index().String(), r.Band().Letter, r.Band().Label)
	// Output:
	// 87.50 B Baik
}

func ExampleResult_Index() {
	r, _ := sample().Result(survey.FixedMinimum(1))
	fmt.Println(r.Index(), r.Index().Places())
	// Output:
	// 87.50 2
}

func ExampleResult_Band() {
	r, _ := sample().Result(survey.FixedMinimum(1))
	b := r.Band()
	fmt.Printf("mutu pelayanan %s, kinerja %s (%s)\n", b.Letter, b.Label, b.English)
	// Output:
	// mutu pelayanan B, kinerja Baik (Good)
}

func ExampleResult_NRR() {
	r, _ := sample().Result(survey.FixedMinimum(1))
	fmt.Println(r.NRR(ikm.Persyaratan), r.NRR(ikm.SaranaPrasarana), r.NRR(10).IsValid())
	// Output:
	// 3.50 3.50 false
}

func ExampleResult_NRRAt() {
	t := ikm.NewTally()
	_ = t.Add("R1", []int8{4, 4, 3, 4, 4, 4, 4, 4, 4})
	_ = t.Add("R2", []int8{4, 3, 3, 4, 4, 4, 4, 4, 4})
	_ = t.Add("R3", []int8{3, 3, 3, 4, 4, 4, 4, 4, 4})
	r, _ := t.Result(survey.FixedMinimum(1))
	// Agency reports print the NRR to three places; the index still uses
	// the exact NRR, 11/3 for Persyaratan.
	nrr, _ := r.NRRAt(ikm.Persyaratan, 3)
	fmt.Println(r.NRR(ikm.Persyaratan), nrr)
	// Output:
	// 3.67 3.667
}

func ExampleResult_IsValid() {
	r, _ := sample().Result(survey.KrejcieMorgan(1000))
	fmt.Println(r.IsValid())
	// Output:
	// false
}

func ExampleResult_Respondents() {
	r, _ := sample().Result(survey.FixedMinimum(1))
	fmt.Println(r.Respondents())
	// Output:
	// 4
}

func ExampleResult_Minimum() {
	r, _ := sample().Result(survey.KrejcieMorgan(4))
	fmt.Println(r.Minimum(), r.Minimum().Required())
	// Output:
	// Krejcie–Morgan, population 4 4
}

func ExampleResult_Weight() {
	r, _ := sample().Result(survey.FixedMinimum(1), ikm.WithWeight(decimal.RequireFromString("0.111")))
	w, err := r.Weight()
	fmt.Println(w, err)
	r, _ = sample().Result(survey.FixedMinimum(1)) // the exact 1/9
	_, err = r.Weight()
	fmt.Println(errors.Is(err, survey.ErrNoFigure))
	// Output:
	// 0.111 <nil>
	// true
}

func ExampleResult_NRRPlaces() {
	r, _ := sample().Result(survey.FixedMinimum(1), ikm.WithNRRPlaces(3))
	fmt.Println(r.NRRPlaces())
	fmt.Println(r.NRR(ikm.Persyaratan))
	// Output:
	// 3 <nil>
	// 3.500
}

func ExampleResult_Unsur() {
	t := ikm.NewTally()
	_ = t.Add("R1", []int8{4, 4, 3, 4, 4, 4, 4, 4, 4})
	_ = t.Add("R2", []int8{4, 4, 2, 4, 4, 4, 4, 4, survey.NoAnswer})
	r, _ := t.Result(survey.FixedMinimum(1))
	u := r.Unsur(ikm.WaktuPenyelesaian)
	fmt.Println(u.Unsur, u.NRR, u.Converted, u.Band, u.Answers, u.Missing)
	fmt.Println(r.Unsur(ikm.SaranaPrasarana).Missing)
	// Output:
	// Waktu Penyelesaian 2.50 62.50 D Tidak Baik 2 0
	// 1
}

func ExampleResult_PerUnsur() {
	r, _ := sample().Result(survey.FixedMinimum(1))
	for _, u := range r.PerUnsur()[:2] {
		fmt.Println(u.Unsur.Code(), u.NRR.String(), u.Band.Letter)
	}
	// Output:
	// U1 3.50 B
	// U2 3.50 B
}

func ExampleResult_Equal() {
	a, _ := sample().Result(survey.FixedMinimum(1))
	b, _ := sample().Result(survey.FixedMinimum(1))
	c, _ := sample().Result(survey.FixedMinimum(1), ikm.WithNRRPlaces(2))
	fmt.Println(a.Equal(b), a.Equal(c))
	// Output:
	// true false
}

func ExampleResult_String() {
	r, _ := sample().Result(survey.FixedMinimum(1), ikm.WithWeight(decimal.RequireFromString("0.11")), ikm.WithNRRPlaces(2))
	fmt.Println(r)
	// Output:
	// IKM 86.63 B Baik (4 respondents, weight 0.11, NRR rounded to 2 places)
}

func ExampleResult_MarshalJSON() {
	t := ikm.NewTally()
	_ = t.Add("R1", []int8{4, 4, 4, 4, 4, 4, 4, 4, 4})
	r, _ := t.Result(survey.FixedMinimum(1))
	b, _ := json.Marshal(r)
	fmt.Println(string(b[:149]))
	// Output:
	// {"index":"100.00","mutu":"A","kinerja":"Sangat Baik","respondents":1,"minimum":{"rule":"fixed","required":1},"weight":"1/9","unsur":[{"code":"U1","na
}

func ExampleUnsurResult() {
	r, _ := sample().Result(survey.FixedMinimum(1))
	u := r.Unsur(ikm.Persyaratan)
	fmt.Printf("%s: NRR %s, converted %s, mutu %s\n", u.Unsur, u.NRR.String(), u.Converted.String(), u.Band.Letter)
	// Output:
	// Persyaratan: NRR 3.50, converted 87.50, mutu B
}

func ExampleUnsurResult_Equal() {
	r, _ := sample().Result(survey.FixedMinimum(1))
	fmt.Println(r.Unsur(ikm.Persyaratan).Equal(r.Unsur(ikm.BiayaTarif)), r.Unsur(ikm.BiayaTarif).Equal(r.Unsur(ikm.BiayaTarif)))
	// Output:
	// false true
}

func ExampleUnsurResult_MarshalJSON() {
	r, _ := sample().Result(survey.FixedMinimum(1))
	b, _ := json.Marshal(r.Unsur(ikm.BiayaTarif))
	fmt.Println(string(b))
	// Output:
	// {"code":"U4","name":"Biaya/Tarif","nrr":"3.50","converted":"87.50","mutu":"B","kinerja":"Baik","answers":4,"missing":0,"sum":14}
}

func ExampleParseError_Error() {
	_, err := ikm.ParseAnswer("Puas")
	fmt.Println(err)
	// Output:
	// ikm: unknown answer "Puas"
}

func ExampleParseError_Unwrap() {
	_, err := ikm.ParseUnsur("Keamanan")
	var pe *ikm.ParseError
	errors.As(err, &pe)
	fmt.Println(pe.Unwrap() == ikm.ErrUnknownUnsur)
	// Output:
	// true
}
