package akhlak_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/go-asn/berakhlak/akhlak"
	"github.com/go-asn/berakhlak/survey"
)

// national aggregates two units with the 2022 national scores; the second
// is below its minimum and is excluded.
func national() akhlak.National {
	p := akhlak.MustNewProfile(national2022())
	n, err := akhlak.Aggregate([]akhlak.Unit{
		{Name: "Instansi A", Respondents: 400, Minimum: survey.Slovin(2000, 5), Profile: p},
		{Name: "Instansi B", Respondents: 5, Minimum: survey.Slovin(2000, 5), Profile: p},
	})
	if err != nil {
		panic(err)
	}
	return n
}

// tamper replaces old with new in a JSON document, once, and panics when old
// is not there, so that an example cannot pass on a document it left alone.
func tamper(doc []byte, old, new string) []byte {
	if !strings.Contains(string(doc), old) {
		panic("tamper: " + old + " not in " + string(doc))
	}
	return []byte(strings.Replace(string(doc), old, new, 1))
}

func ExampleBallotTally() {
	// One tally per shard; the shards merge in any order.
	in := akhlak.DefaultInstrument()
	a, _ := akhlak.NewBallotTally(in)
	b, _ := akhlak.NewBallotTally(in)
	_ = a.Add("R1", akhlak.Ballot{Current: picks(in, "BP1", "AK2")})
	_ = b.Add("R2", akhlak.Ballot{Current: picks(in, "BP2", "KL1")})
	_ = b.Add("R3", akhlak.Ballot{Current: picks(in, "BP3")})
	if err := a.Merge(b); err != nil {
		fmt.Println(err)
		return
	}
	r, err := a.Result(survey.FixedMinimum(3))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(r.Respondents(), r.Score(akhlak.BerorientasiPelayanan), r.Score(akhlak.Kolaboratif))
	// Output:
	// 3 100.0 33.3
}

func ExampleBallotTally_IsValid() {
	var zero akhlak.BallotTally
	t, _ := akhlak.NewBallotTally(akhlak.DefaultInstrument())
	fmt.Println(zero.IsValid(), t.IsValid())

	err := zero.Add("R1", akhlak.Ballot{Current: []akhlak.OptionID{1}})
	fmt.Println(errors.Is(err, survey.ErrInvalidInstrument))
	// Output:
	// false true
	// true
}

func ExampleBallotResult_Equal() {
	a, b := result(), result()
	fmt.Println(a.Equal(b), a.Equal(akhlak.BallotResult{}))

	// One ballot more is a different result.
	in := instrument()
	t, _ := akhlak.NewBallotTally(in)
	_ = t.Add("R1", akhlak.Ballot{Current: picks(in, "BP1")})
	c, _ := t.Result(survey.FixedMinimum(1))
	fmt.Println(a.Equal(c))
	// Output:
	// true false
	// false
}

func ExampleBallotResult_UnmarshalJSON() {
	doc, _ := json.Marshal(result())
	var r akhlak.BallotResult
	err := json.Unmarshal(doc, &r)
	fmt.Println(err, r.Equal(result()), r.Index(), r.Band())

	// A figure that the counts do not give is refused.
	err = json.Unmarshal(tamper(doc, `"index":"17.9"`, `"index":"71.9"`), &r)
	fmt.Println(errors.Is(err, survey.ErrInvalidInput))
	// Output:
	// <nil> true 17.9 D Sangat Tidak Sehat
	// true
}

func ExampleBallotResult_ValueBand() {
	r := result()
	for _, v := range []akhlak.Value{akhlak.BerorientasiPelayanan, akhlak.Akuntabel, akhlak.Loyal} {
		fmt.Println(v.Code(), r.Score(v), r.ValueBand(v))
	}
	fmt.Printf("%q\n", r.ValueBand(0).Letter)
	// Output:
	// BP 50.0 B Cukup Sehat
	// AK 25.0 C Tidak Sehat
	// LO 0.0 D Sangat Tidak Sehat
	// ""
}

func ExampleBehaviour() {
	b := akhlak.MustParseBehaviour("KO2")
	fmt.Println(b.Code(), b.Value(), b.Position())
	fmt.Println(b)
	fmt.Println(b.English())
	// Output:
	// KO2 Kompeten 2
	// Membantu orang lain belajar
	// Help others learn
}

func ExampleExclusion_Equal() {
	a, b := national().Excluded()[0], national().Excluded()[0]
	fmt.Println(a.Unit, a.Equal(b))

	c := a
	c.Unit = "Instansi C"
	fmt.Println(a.Equal(c))
	// Output:
	// Instansi B true
	// false
}

func ExampleHealthComponent() {
	for _, c := range akhlak.HealthComponents() {
		fmt.Println(int(c), c)
	}
	c, err := akhlak.ParseHealthComponent("Positive_Energy")
	fmt.Println(c == akhlak.HealthPositiveEnergy, err)
	// Output:
	// 1 implementation
	// 2 culture balance
	// 3 positive energy
	// 4 personal alignment
	// 5 desired alignment
	// true <nil>
}

func ExampleInstrument() {
	// The 21 behaviours, then the caller's extra options, from id 22 on.
	in, err := akhlak.NewInstrument(5,
		akhlak.Option{Code: "BIROKRATIS", Kind: akhlak.OptionLimiting, Text: "Birokratis"},
	)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(in.Len(), in.MaxPicks(), in.MustLookup("BIROKRATIS"), in.MustLookup("KL3"))

	var zero akhlak.Instrument
	fmt.Println(zero.IsValid(), akhlak.DefaultInstrument().Len())
	// Output:
	// 22 5 22 21
	// false 21
}

func ExampleList() {
	r := result()
	for _, l := range akhlak.Lists() {
		fmt.Println(l, r.TotalVotes(l))
	}
	// Output:
	// personal 7
	// current 10
	// desired 7
}

func ExampleNational() {
	n := national()
	fmt.Println(n.IsValid(), n.Index(), n.Band())
	fmt.Println("included:", n.Included())
	for _, x := range n.Excluded() {
		fmt.Println("excluded:", x.Unit, "—", x.Reason)
	}
	// Output:
	// true 60.9 B Cukup Sehat
	// included: [Instansi A]
	// excluded: Instansi B — survey: insufficient respondents: 5 of the 334 required (Slovin, 5% margin, population 2000)
}

func ExampleNational_Band() {
	fmt.Println(national().Band())
	fmt.Printf("%q\n", akhlak.National{}.Band().Letter)
	// Output:
	// B Cukup Sehat
	// ""
}

func ExampleNational_Equal() {
	a, b := national(), national()
	fmt.Println(a.Equal(b), a.Equal(akhlak.National{}))

	// The same figures without the excluded unit are another aggregation.
	c, _ := akhlak.Aggregate([]akhlak.Unit{
		{Name: "Instansi A", Respondents: 400, Minimum: survey.Slovin(2000, 5), Profile: akhlak.MustNewProfile(national2022())},
	})
	fmt.Println(a.Index() == c.Index(), a.Equal(c))
	// Output:
	// true false
	// true false
}

func ExampleNational_Excluded() {
	n := national()
	for _, x := range n.Excluded() {
		var ie *survey.InsufficientError
		if errors.As(x.Err, &ie) {
			fmt.Println(x.Unit, ie.Respondents, "of", ie.Minimum.Required())
		}
	}
	// The slice is a copy: changing it changes nothing in n.
	n.Excluded()[0].Unit = "changed"
	fmt.Println(n.Excluded()[0].Unit)
	// Output:
	// Instansi B 5 of 334
	// Instansi B
}

func ExampleNational_Included() {
	n := national()
	fmt.Println(n.Included(), len(n.Included()))
	// The slice is a copy: changing it changes nothing in n.
	n.Included()[0] = "changed"
	fmt.Println(n.Included())
	// Output:
	// [Instansi A] 1
	// [Instansi A]
}

func ExampleNational_Index() {
	fmt.Println(national().Index())
	fmt.Println(akhlak.National{}.Index().IsValid())
	// Output:
	// 60.9
	// false
}

func ExampleNational_IsValid() {
	var zero akhlak.National
	fmt.Println(zero.IsValid(), national().IsValid())
	_, err := json.Marshal(zero)
	fmt.Println(err != nil)
	// Output:
	// false true
	// true
}

func ExampleNational_Profile() {
	n := national()
	p := n.Profile()
	fmt.Println(p.Score(akhlak.Adaptif), p.Lowest(), p.Index().Equal(n.Index()))
	// Output:
	// 38.9 [Adaptif] true
}

func ExampleNational_UnmarshalJSON() {
	doc, _ := json.Marshal(national())
	var n akhlak.National
	err := json.Unmarshal(doc, &n)
	fmt.Println(err, n.Equal(national()), n.Index(), n.Excluded()[0].Unit)

	// An excluded unit that met its minimum is refused.
	err = json.Unmarshal(tamper(doc, `"respondents":5,`, `"respondents":500,`), &n)
	fmt.Println(errors.Is(err, survey.ErrInvalidInput))
	// Output:
	// <nil> true 60.9 Instansi B
	// true
}

func ExampleOptionID() {
	in := instrument()
	for _, id := range []akhlak.OptionID{1, 21, 22, in.MustLookup("KEKELUARGAAN"), 0} {
		o, err := in.Option(id)
		if err != nil {
			fmt.Println(id, err)
			continue
		}
		if b, ok := id.Behaviour(); ok {
			fmt.Println(id, o.Code, "is behaviour", b.Code(), "of", b.Value())
			continue
		}
		fmt.Println(id, o.Code, "is an extra", o.Kind, "option")
	}
	// Output:
	// 1 BP1 is behaviour BP1 of Berorientasi Pelayanan
	// 21 KL3 is behaviour KL3 of Kolaboratif
	// 22 BIROKRATIS is an extra limiting option
	// 24 KEKELUARGAAN is an extra positive option
	// 0 akhlak: option 0: not one of the instrument's 24: unknown option
}

func ExampleOptionKind() {
	in := instrument()
	n := map[akhlak.OptionKind]int{}
	for _, o := range in.Options() {
		n[o.Kind]++
	}
	for _, k := range akhlak.OptionKinds() {
		fmt.Println(k, n[k])
	}
	// Output:
	// behaviour 21
	// positive 1
	// limiting 2
}

func ExamplePhase() {
	for _, p := range akhlak.Phases() {
		fmt.Println(int(p), p)
	}
	p, err := akhlak.ParsePhase("penguatan")
	fmt.Println(p == akhlak.PhasePenguatan, err)
	// Output:
	// 1 Internalisasi
	// 2 Aktivasi
	// 3 Penguatan
	// true <nil>
}

func ExampleProfile() {
	// The published 2022 national scores (KemenPANRB).
	p, err := akhlak.NewProfile(national2022())
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(p.Index(), p.Band())
	fmt.Println("highest", p.Highest(), "lowest", p.Lowest())
	fmt.Println(akhlak.Profile{}.IsValid())
	// Output:
	// 60.9 B Cukup Sehat
	// highest [Akuntabel] lowest [Adaptif]
	// false
}

func ExampleProfile_ValueBand() {
	p := akhlak.MustNewProfile(national2022())
	for _, v := range []akhlak.Value{akhlak.Akuntabel, akhlak.Kompeten, akhlak.Adaptif} {
		fmt.Println(v.Code(), p.Score(v), p.ValueBand(v))
	}
	fmt.Printf("%q\n", akhlak.Profile{}.ValueBand(akhlak.Akuntabel).Letter)
	// Output:
	// AK 74.1 B Cukup Sehat
	// KO 56.7 B Cukup Sehat
	// AD 38.9 C Tidak Sehat
	// ""
}

func ExampleRank_UnmarshalJSON() {
	var r akhlak.Rank
	err := json.Unmarshal([]byte(`{"rank":1,"value":"Akuntabel","code":"AK","score":"74.1","tied":false}`), &r)
	fmt.Println(r.Rank, r.Value, r.Score, r.Tied, err)
	fmt.Println(r == akhlak.MustNewProfile(national2022()).Ranked()[0])

	// A rank outside 1–7, or a score outside 0–100, is refused.
	err = json.Unmarshal([]byte(`{"rank":8,"code":"AK","score":"74.1"}`), &r)
	fmt.Println(errors.Is(err, survey.ErrInvalidInput))
	err = json.Unmarshal([]byte(`{"rank":1,"code":"AK","score":"174.1"}`), &r)
	fmt.Println(errors.Is(err, survey.ErrInvalidInput))
	// Output:
	// 1 Akuntabel 74.1 false <nil>
	// true
	// true
	// true
}

func ExampleRatingResult() {
	r := ratingResult()
	fmt.Println(r.Scale(), r.Respondents())
	for _, v := range []akhlak.Value{akhlak.BerorientasiPelayanan, akhlak.Akuntabel} {
		fmt.Println(v.Code(), r.Score(v), r.ValueBand(v))
	}
	fmt.Println("index", r.Index(), r.Band())
	// Output:
	// 1–5 2
	// BP 30.0 C Tidak Sehat
	// AK 58.3 B Cukup Sehat
	// index 48.3 C Tidak Sehat
}

func ExampleRatingResult_Equal() {
	a, b := ratingResult(), ratingResult()
	fmt.Println(a.Equal(b), a.Equal(akhlak.RatingResult{}))

	// The same answers checked against another minimum are another result.
	t, _ := akhlak.NewRatingTally(survey.DefaultRatingScale())
	row := make([]int8, 21)
	for i := range row {
		row[i] = int8(i%5) + 1
	}
	_ = t.Add("R1", row)
	row[0] = survey.NoAnswer
	_ = t.Add("R2", row)
	c, _ := t.Result(survey.FixedMinimum(2))
	fmt.Println(a.Index() == c.Index(), a.Equal(c))
	// Output:
	// true false
	// true false
}

func ExampleRatingResult_UnmarshalJSON() {
	doc, _ := json.Marshal(ratingResult())
	var r akhlak.RatingResult
	err := json.Unmarshal(doc, &r)
	fmt.Println(err, r.Equal(ratingResult()), r.Index(), r.Missing(akhlak.MustParseBehaviour("BP1")))

	// A sum of answers above what the scale allows is refused.
	err = json.Unmarshal(tamper(doc, `"sum":4`, `"sum":40`), &r)
	fmt.Println(err)
	fmt.Println(errors.Is(err, survey.ErrInvalidInput))
	// Output:
	// <nil> true 48.3 1
	// akhlak: RatingResult JSON: BP2: a sum of 40 for 2 answers on 1–5: invalid input
	// true
}

func ExampleRatingResult_ValueBand() {
	r := ratingResult()
	for _, v := range akhlak.Values() {
		fmt.Println(v.Code(), r.Score(v), r.ValueBand(v).Letter)
	}
	// Output:
	// BP 30.0 C
	// AK 58.3 B
	// KO 50.0 B
	// HA 41.7 C
	// LO 75.0 A
	// AD 25.0 C
	// KL 58.3 B
}

func ExampleRatingTally() {
	t, _ := akhlak.NewRatingTally(survey.MustNewRatingScale(1, 4))
	row := make([]int8, 21) // one answer per behaviour, BP1…KL3
	for i := range row {
		row[i] = 3
	}
	_ = t.Add("R1", row)
	row[0] = survey.NoAnswer // BP1 left blank
	_ = t.Add("R2", row)
	r, err := t.Result(survey.FixedMinimum(2))
	fmt.Println(t.Respondents(), r.Index(), err)
	// Output:
	// 2 66.7 <nil>
}

func ExampleRatingTally_IsValid() {
	var zero akhlak.RatingTally
	t, _ := akhlak.NewRatingTally(survey.DefaultRatingScale())
	fmt.Println(zero.IsValid(), t.IsValid())

	_, err := zero.MarshalBinary()
	fmt.Println(errors.Is(err, survey.ErrInvalidInstrument))
	// Output:
	// false true
	// true
}

func ExampleStage() {
	for _, s := range akhlak.Stages() {
		fmt.Println(int(s), s)
	}
	fmt.Println(akhlak.MustParseStage("3") == akhlak.StagePengukuranBaseline)
	// Output:
	// 1 Internalisasi
	// 2 Penyelarasan Sistem
	// 3 Pengukuran Baseline
	// 4 Penyusunan dan Implementasi Agenda Perubahan
	// 5 Pemantauan dan Evaluasi
	// 6 Penghargaan dan Apresiasi
	// 7 Penguatan Berkelanjutan
	// true
}

func ExampleValue() {
	for _, v := range akhlak.Values() {
		fmt.Printf("%s %-22s %s\n", v.Code(), v, v.English())
	}
	v, err := akhlak.ParseValue("adaptive")
	fmt.Println(v == akhlak.Adaptif, err)
	// Output:
	// BP Berorientasi Pelayanan Service Oriented
	// AK Akuntabel              Accountable
	// KO Kompeten               Competent
	// HA Harmonis               Harmonious
	// LO Loyal                  Loyal
	// AD Adaptif                Adaptive
	// KL Kolaboratif            Collaborative
	// true <nil>
}
