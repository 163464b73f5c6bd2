package ikm_test

import (
	"encoding/json"
	"fmt"

	"github.com/go-asn/berakhlak/ikm"
	"github.com/go-asn/berakhlak/survey"
)

// services counts 5 respondents of Layanan KTP answering 4 throughout, 5
// of Layanan KK answering 2, 10 of Layanan Akta answering 4, and 2 of
// Layanan Pindah answering 3.
func services() *ikm.Tally {
	t := ikm.NewTally()
	for _, s := range []struct {
		name string
		n    int
		a    int8
	}{{"Layanan KTP", 5, 4}, {"Layanan KK", 5, 2}, {"Layanan Akta", 10, 4}, {"Layanan Pindah", 2, 3}} {
		for range s.n {
			a := s.a
			if err := t.AddResponse(ikm.Response{Group: s.name, Answers: []int8{a, a, a, a, a, a, a, a, a}}); err != nil {
				panic(err)
			}
		}
	}
	return t
}

func ExampleResult_Groups() {
	r, err := services().Result(survey.KrejcieMorgan(23)) // 23 served: 22 required
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("unit:", r.Index(), r.Band()) // pooled over all 22 respondents
	for _, g := range r.Groups() {
		if g.Suppressed {
			fmt.Println(g.Name, g.Respondents, "—", g.Reason)
			continue
		}
		fmt.Println(g.Name, g.Respondents, g.Result.Index(), g.Result.Band())
	}
	// Output:
	// unit: 86.36 B Baik
	// Layanan Akta 10 100.00 A Sangat Baik
	// Layanan KK 5 — complementary suppression: published, it would reveal by difference the 2 respondents in no published group
	// Layanan KTP 5 100.00 A Sangat Baik
	// Layanan Pindah 2 — 2 respondents, below the confidentiality threshold of 5
}

func ExampleResponse() {
	t := ikm.NewTally()
	err := t.AddResponse(ikm.Response{Respondent: "2024/03/05 9:14:02", Group: "Layanan KTP", Answers: []int8{4, 4, 3, 4, 3, 3, 4, 4, 3}})
	fmt.Println(err, t.Respondents(), t.Groups())
	// Output: <nil> 1 [Layanan KTP]
}

func ExampleTally_AddResponse() {
	t := ikm.NewTally()
	_ = t.AddResponse(ikm.Response{Group: "Layanan KTP", Answers: []int8{4, 4, 3, 4, 3, 3, 4, 4, 3}})
	err := t.AddResponse(ikm.Response{Respondent: "R2", Group: "Layanan KK", Answers: []int8{4, 4, 5, 4, 3, 3, 4, 4, 3}})
	fmt.Println(err)
	fmt.Println(t.Respondents(), t.Groups()) // the refused response counted nowhere
	// Output:
	// survey: respondent "R2": U3: 5: outside 1–4 (Tidak Baik to Sangat Baik); survey.NoAnswer marks a missing answer
	// 1 [Layanan KTP]
}

func ExampleTally_Groups() {
	fmt.Println(services().Groups())
	// Output: [Layanan Akta Layanan KK Layanan KTP Layanan Pindah]
}

func ExampleWithConfidentiality() {
	r, _ := services().Result(survey.FixedMinimum(1), ikm.WithConfidentiality(2))
	for _, g := range r.Groups() {
		fmt.Println(g.Name, g.Suppressed)
	}
	// Output:
	// Layanan Akta false
	// Layanan KK false
	// Layanan KTP false
	// Layanan Pindah false
}

func ExampleWithGroupMinimum() {
	// Layanan Akta served 12 people: Krejcie–Morgan requires all 12.
	r, _ := services().Result(survey.FixedMinimum(1), ikm.WithGroupMinimum("Layanan Akta", survey.KrejcieMorgan(12)))
	fmt.Println(r.Groups()[0].Reason)
	// Output: 10 respondents, below its minimum of 12 (Krejcie–Morgan, population 12)
}

func ExampleGroup() {
	r, _ := services().Result(survey.FixedMinimum(1))
	g := r.Groups()[2]
	fmt.Println(g.Name, g.Respondents, g.Result.Index(), g.Result.Minimum())
	// Output: Layanan KTP 5 100.00 fixed minimum of 5
}

func ExampleGroup_Equal() {
	a, _ := services().Result(survey.FixedMinimum(1))
	b, _ := services().Result(survey.FixedMinimum(1))
	fmt.Println(a.Groups()[0].Equal(b.Groups()[0]), a.Groups()[0].Equal(b.Groups()[2]))
	// Output: true false
}

func ExampleInstrument() {
	t, err := ikm.NewTallyFor(ikm.Instrument2014)
	if err != nil {
		fmt.Println(err)
		return
	}
	_ = t.Add("R1", []int8{4, 3, 3, 4, 3, 4, 4, 2, 3})
	r, _ := t.Result(survey.FixedMinimum(1))
	fmt.Println(r)
	for _, it := range r.Items()[7:] {
		fmt.Println(it.Code, it.Name, it.NRR, it.Band)
	}
	// Output:
	// IKM 83.33 B Baik (1 respondents, weight 1/9, PermenPANRB No. 16 Tahun 2014)
	// U8 Maklumat Pelayanan 2.00 D Tidak Baik
	// U9 Penanganan Pengaduan, Saran dan Masukan 3.00 C Kurang Baik
}

func ExampleInstruments() {
	for _, in := range ikm.Instruments() {
		fmt.Println(in, in.Superseded(), in.Names()[7])
	}
	// Output:
	// PermenPANRB No. 14 Tahun 2017 false Penanganan Pengaduan, Saran dan Masukan
	// PermenPANRB No. 16 Tahun 2014 true Maklumat Pelayanan
}

func ExampleParseInstrument() {
	for _, s := range []string{"2014", "PermenPANRB 14/2017", "2004"} {
		in, err := ikm.ParseInstrument(s)
		fmt.Println(in, err)
	}
	// Output:
	// PermenPANRB No. 16 Tahun 2014 <nil>
	// PermenPANRB No. 14 Tahun 2017 <nil>
	// ikm.Instrument(0) ikm: unknown instrument "2004"
}

func ExampleMustParseInstrument() {
	fmt.Println(ikm.MustParseInstrument("16/2014") == ikm.Instrument2014)
	// Output: true
}

func ExampleInstrument_IsValid() {
	fmt.Println(ikm.Instrument2014.IsValid(), ikm.Instrument(0).IsValid())
	// Output: true false
}

func ExampleInstrument_String() {
	fmt.Println(ikm.Instrument2017)
	// Output: PermenPANRB No. 14 Tahun 2017
}

func ExampleInstrument_Superseded() {
	fmt.Println(ikm.Instrument2017.Superseded(), ikm.Instrument2014.Superseded())
	// Output: false true
}

func ExampleInstrument_Names() {
	names := ikm.Instrument2014.Names()
	fmt.Println(names[1], "|", names[2], "|", names[7])
	// Output: Prosedur | Waktu Pelayanan | Maklumat Pelayanan
}

func ExampleInstrument_AppendText() {
	b, err := ikm.Instrument2014.AppendText([]byte("instrument="))
	fmt.Println(string(b), err)
	// Output: instrument=2014 <nil>
}

func ExampleInstrument_MarshalText() {
	b, _ := json.Marshal(map[string]ikm.Instrument{"instrument": ikm.Instrument2014})
	fmt.Println(string(b))
	// Output: {"instrument":"2014"}
}

func ExampleInstrument_UnmarshalText() {
	var in ikm.Instrument
	err := in.UnmarshalText([]byte("PermenPANRB No. 16 Tahun 2014"))
	fmt.Println(in, err)
	// Output: PermenPANRB No. 16 Tahun 2014 <nil>
}

func ExampleNewTallyFor() {
	t, _ := ikm.NewTallyFor(ikm.Instrument2014)
	fmt.Println(t.Instrument())
	_, err := ikm.NewTallyFor(0)
	fmt.Println(err)
	// Output:
	// PermenPANRB No. 16 Tahun 2014
	// ikm: NewTallyFor(ikm.Instrument(0)): invalid instrument
}

func ExampleTally_Instrument() {
	fmt.Println(ikm.NewTally().Instrument())
	// Output: PermenPANRB No. 14 Tahun 2017
}

func ExampleResult_Instrument() {
	r, _ := services().Result(survey.FixedMinimum(1))
	fmt.Println(r.Instrument())
	// Output: PermenPANRB No. 14 Tahun 2017
}

func ExampleResult_Items() {
	r, _ := services().Result(survey.FixedMinimum(1))
	it := r.Items()[3]
	fmt.Println(it.Code, it.Name, it.NRR, it.Converted, it.Band)
	// Output: U4 Biaya/Tarif 3.45 86.36 B Baik
}

func ExampleItemResult() {
	t, _ := ikm.NewTallyFor(ikm.Instrument2014)
	_ = t.Add("R1", []int8{4, 3, 3, 4, 3, 4, 4, 2, 3})
	r, _ := t.Result(survey.FixedMinimum(1))
	fmt.Printf("%+v\n", r.Items()[7])
	// Output: {Code:U8 Name:Maklumat Pelayanan NRR:2.00 Converted:50.00 Band:D Tidak Baik Answers:1 Missing:0 Sum:2}
}

func ExampleItemResult_NRRAt() {
	r, _ := services().Result(survey.FixedMinimum(1))
	nrr, err := r.Items()[0].NRRAt(3) // as agency reports print it
	fmt.Println(nrr, err)
	// Output: 3.455 <nil>
}

func ExampleItemResult_Equal() {
	r, _ := services().Result(survey.FixedMinimum(1))
	fmt.Println(r.Items()[0].Equal(r.Items()[0]), r.Items()[0].Equal(r.Items()[1]))
	// Output: true false
}

func ExampleItemResult_MarshalJSON() {
	t, _ := ikm.NewTallyFor(ikm.Instrument2014)
	_ = t.Add("R1", []int8{4, 3, 3, 4, 3, 4, 4, 2, 3})
	r, _ := t.Result(survey.FixedMinimum(1))
	b, _ := json.Marshal(r.Items()[7])
	fmt.Println(string(b))
	// Output: {"code":"U8","name":"Maklumat Pelayanan","nrr":"2.00","converted":"50.00","mutu":"D","kinerja":"Tidak Baik","answers":1,"missing":0,"sum":2}
}

func ExampleItemResult_UnmarshalJSON() {
	var it ikm.ItemResult
	err := json.Unmarshal([]byte(`{"code":"U8","name":"Maklumat Pelayanan","nrr":"2.00","converted":"50.00","mutu":"D","kinerja":"Tidak Baik","answers":1,"missing":0,"sum":2}`), &it)
	fmt.Println(it.Name, it.NRR, err)
	err = json.Unmarshal([]byte(`{"code":"U8","name":"Sarana dan Prasarana","nrr":"2.00","converted":"50.00","mutu":"D","kinerja":"Tidak Baik","answers":1,"missing":0,"sum":2}`), &it)
	fmt.Println(err)
	// Output:
	// Maklumat Pelayanan 2.00 <nil>
	// ikm: ItemResult JSON: code "U8" and name "Sarana dan Prasarana" are no unsur of an instrument: invalid input
}
