package akhlak_test

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/go-asn/berakhlak/akhlak"
	"github.com/go-asn/berakhlak/figure"
	"github.com/go-asn/berakhlak/survey"
	"github.com/shopspring/decimal"
)

// instrument returns the 21 behaviours plus two limiting and one positive
// option.
func instrument() akhlak.Instrument {
	in, err := akhlak.NewInstrument(10,
		akhlak.Option{Code: "BIROKRATIS", Kind: akhlak.OptionLimiting, Text: "Birokratis"},
		akhlak.Option{Code: "SALING-MENYALAHKAN", Kind: akhlak.OptionLimiting, Text: "Saling menyalahkan"},
		akhlak.Option{Code: "KEKELUARGAAN", Kind: akhlak.OptionPositive, Text: "Kekeluargaan"},
	)
	if err != nil {
		panic(err)
	}
	return in
}

// picks turns codes into option indices.
func picks(in akhlak.Instrument, codes ...string) []akhlak.OptionID {
	out := make([]akhlak.OptionID, len(codes))
	for i, c := range codes {
		idx, err := in.Lookup(c)
		if err != nil {
			panic(err)
		}
		out[i] = idx
	}
	return out
}

// result scores four invented respondents.
func result() akhlak.BallotResult {
	in := instrument()
	t, _ := akhlak.NewBallotTally(in)
	for i, b := range []akhlak.Ballot{
		{Personal: picks(in, "BP1", "AK1", "KO1"), Current: picks(in, "BP1", "BP2", "AK1", "BIROKRATIS"), Desired: picks(in, "BP1", "AD1", "AD2")},
		{Personal: picks(in, "BP1", "AK1"), Current: picks(in, "BP3", "KO1", "BIROKRATIS", "SALING-MENYALAHKAN"), Desired: picks(in, "AD1", "KL1")},
		{Personal: picks(in, "HA1"), Current: picks(in, "HA1", "KEKELUARGAAN"), Desired: picks(in, "AD1", "BP1")},
		{Personal: picks(in, "HA1")}, // an empty current list: in every score's denominator
	} {
		if err := t.Add(fmt.Sprintf("R%d", i+1), b); err != nil {
			panic(err)
		}
	}
	r, err := t.Result(survey.FixedMinimum(4))
	if err != nil {
		panic(err)
	}
	return r
}

func ExampleNewBallotTally() {
	in := akhlak.DefaultInstrument()
	t, _ := akhlak.NewBallotTally(in)
	_ = t.Add("R1", akhlak.Ballot{Current: picks(in, "AK1", "LO1")})
	_ = t.Add("R2", akhlak.Ballot{Current: picks(in, "AK2")})
	r, err := t.Result(survey.FixedMinimum(2))
	fmt.Println(r.Score(akhlak.Akuntabel), r.Score(akhlak.Loyal), err)
	// Output:
	// 100.0 50.0 <nil>
}

func ExampleBallotTally_Add() {
	in := akhlak.DefaultInstrument()
	t, _ := akhlak.NewBallotTally(in)
	err := t.Add("R-17", akhlak.Ballot{Current: picks(in, "BP1", "BP1")})
	fmt.Println(err)
	fmt.Println(errors.Is(err, survey.ErrInvalidAnswer), t.Respondents())
	// Output:
	// survey: respondent "R-17": current: BP1: picked twice
	// true 0
}

func ExampleBallotTally_Merge() {
	in := akhlak.DefaultInstrument()
	a, _ := akhlak.NewBallotTally(in)
	b, _ := akhlak.NewBallotTally(in)
	_ = a.Add("R1", akhlak.Ballot{Current: picks(in, "KO1")})
	_ = b.Add("R2", akhlak.Ballot{Current: picks(in, "KO2")})
	_ = a.Merge(b)
	r, _ := a.Result(survey.FixedMinimum(1))
	fmt.Println(a.Respondents(), r.Score(akhlak.Kompeten))
	// Output:
	// 2 100.0
}

func ExampleBallotTally_MarshalBinary() {
	in := akhlak.DefaultInstrument()
	worker, _ := akhlak.NewBallotTally(in)
	_ = worker.Add("R1", akhlak.Ballot{Current: picks(in, "HA2")})
	data, _ := worker.MarshalBinary()

	var received akhlak.BallotTally
	err := received.UnmarshalBinary(data)
	fmt.Println(err, received.Equal(worker), received.Respondents())
	// Output:
	// <nil> true 1
}

func ExampleBallotTally_UnmarshalBinary() {
	in := akhlak.DefaultInstrument()
	worker, _ := akhlak.NewBallotTally(in)
	_ = worker.Add("R1", akhlak.Ballot{Current: picks(in, "HA2")})
	data, _ := worker.MarshalBinary()
	data[20] ^= 1 // one bit damaged in storage or on the way

	var t akhlak.BallotTally
	err := t.UnmarshalBinary(data)
	fmt.Println(errors.Is(err, survey.ErrCorrupt))
	fmt.Println(err)
	fmt.Println(errors.Is(t.UnmarshalBinary([]byte("not a tally")), survey.ErrCorrupt))
	// Output:
	// true
	// akhlak: ballot tally: checksum 0x5a39370c does not match 0xee09ff41: corrupt tally
	// true
}

func ExampleBallotTally_Result() {
	in := akhlak.DefaultInstrument()
	t, _ := akhlak.NewBallotTally(in)
	for i := 0; i < 120; i++ {
		_ = t.Add(fmt.Sprint(i), akhlak.Ballot{Current: picks(in, "AD1")})
	}
	_, err := t.Result(survey.Slovin(2500, 5))
	fmt.Println(err)
	fmt.Println(errors.Is(err, survey.ErrInsufficientRespondents))
	// Output:
	// survey: insufficient respondents: 120 of the 345 required (Slovin, 5% margin, population 2500)
	// true
}

func ExampleBallotTally_Instrument() {
	t, _ := akhlak.NewBallotTally(instrument())
	fmt.Println(t.Instrument().Len())
	// Output:
	// 24
}

func ExampleBallotTally_Equal() {
	a, _ := akhlak.NewBallotTally(akhlak.DefaultInstrument())
	b, _ := akhlak.NewBallotTally(akhlak.DefaultInstrument())
	fmt.Println(a.Equal(b))
	_ = a.Add("R1", akhlak.Ballot{Current: []akhlak.OptionID{1}})
	fmt.Println(a.Equal(b))
	// Output:
	// true
	// false
}

func ExampleBallotResult() {
	r := result()
	for _, v := range akhlak.Values() {
		fmt.Printf("%s %5s\n", v.Code(), r.Score(v).String())
	}
	fmt.Println("index", r.Index(), r.Band())
	// Output:
	// BP  50.0
	// AK  25.0
	// KO  25.0
	// HA  25.0
	// LO   0.0
	// AD   0.0
	// KL   0.0
	// index 17.9 D Sangat Tidak Sehat
}

func ExampleBallotResult_Entropy() {
	r := result()
	e, _ := r.Entropy()
	band, _ := r.EntropyBand()
	pe, _ := r.PositiveEnergy()
	fmt.Println(e.String(), band.English, pe.String())
	// Output:
	// 30.0 Significant issues 70.0
}

func ExampleBallotResult_EntropyPercent() {
	w, _ := result().EntropyPercent()
	fmt.Println(w)
	// Output:
	// 30
}

func ExampleBallotResult_CutTied() {
	r := result()
	// Desired: AD1 3, BP1 2, then AD2 and KL1 with 1 vote each.
	fmt.Println(r.CutTied(akhlak.ListDesired, 2), r.CutTied(akhlak.ListDesired, 3))
	// Output:
	// false true
}

func ExampleBallotResult_EntropyBand() {
	band, _ := result().EntropyBand()
	fmt.Println(band)
	// Output:
	// 3 Masalah Signifikan
}

func ExampleBallotResult_PositiveEnergy() {
	pe, _ := result().PositiveEnergy()
	fmt.Println(pe)
	// Output:
	// 70.0
}

func ExampleBallotResult_Alignment() {
	r := result()
	pc, _ := r.Alignment(akhlak.ListPersonal, akhlak.ListCurrent)
	cd, err := r.Alignment(akhlak.ListCurrent, akhlak.ListDesired)
	fmt.Println(pc.Matches, cd.Matches, cd.CutTied, err)
	band, _ := r.DesiredAlignmentBand()
	fmt.Println(band.English)
	// Output:
	// 4 1 false <nil>
	// Poor
}

func ExampleAlignment() {
	a, _ := result().Alignment(akhlak.ListPersonal, akhlak.ListCurrent)
	fmt.Printf("%d shared, cut inside a tie: %v\n", a.Matches, a.CutTied)
	// Output: 4 shared, cut inside a tie: false
}

func ExampleBallotResult_DesiredAlignmentBand() {
	fmt.Println(result().DesiredAlignmentBand())
	// A survey whose desired list nobody filled has no alignment, and no band.
	t, _ := akhlak.NewBallotTally(akhlak.DefaultInstrument())
	_ = t.Add("R1", akhlak.Ballot{Current: []akhlak.OptionID{1, 2}})
	r, _ := t.Result(survey.FixedMinimum(1))
	_, err := r.DesiredAlignmentBand()
	fmt.Println(errors.Is(err, survey.ErrNoFigure))
	// Output:
	// D Kurang <nil>
	// true
}

func ExampleBallotResult_Ranking() {
	for _, x := range result().Ranking(akhlak.ListDesired)[:3] {
		fmt.Println(x.Rank, x.Code, x.Votes, x.Tied)
	}
	// Output:
	// 1 AD1 3 false
	// 2 BP1 2 false
	// 3 AD2 1 true
}

func ExampleBallotResult_Top() {
	for _, x := range result().Top(akhlak.ListCurrent, 2) {
		fmt.Println(x.Rank, x.Code, x.Votes)
	}
	// Output:
	// 1 BIROKRATIS 2
	// 2 BP1 1
}

func ExampleBallotResult_MostVoted() {
	r := result()
	for _, b := range r.MostVoted(akhlak.ListDesired) {
		fmt.Println(b.Code(), b)
	}
	// Output:
	// AD1 Cepat menyesuaikan diri menghadapi perubahan
}

func ExampleBallotResult_LeastVoted() {
	fmt.Println(len(result().LeastVoted(akhlak.ListPersonal)), "behaviours have no personal votes")
	// Output:
	// 17 behaviours have no personal votes
}

func ExampleBallotResult_Votes() {
	r := result()
	i, _ := r.Instrument().Lookup("BIROKRATIS")
	fmt.Println(r.Votes(akhlak.ListCurrent, i), r.TotalVotes(akhlak.ListCurrent))
	// Output:
	// 2 10
}

func ExampleBallotResult_TotalVotes() {
	fmt.Println(result().TotalVotes(akhlak.ListPersonal))
	// Output:
	// 7
}

func ExampleBallotResult_Reach() {
	fmt.Println(result().Reach(akhlak.ListDesired, akhlak.Adaptif))
	// Output:
	// 3
}

func ExampleBallotResult_Score() {
	fmt.Println(result().Score(akhlak.BerorientasiPelayanan))
	// Output:
	// 50.0
}

func ExampleBallotResult_Index() {
	// (2 + 1 + 1 + 1) of 7 × 4 = 17.857…%
	fmt.Println(result().Index())
	// Output:
	// 17.9
}

func ExampleBallotResult_Band() {
	fmt.Println(result().Band().English)
	// Output:
	// Very unhealthy
}

func ExampleBallotResult_Profile() {
	fmt.Println(result().Profile().Lowest())
	// Output:
	// [Loyal Adaptif Kolaboratif]
}

func ExampleBallotResult_Respondents() {
	r := result()
	fmt.Println(r.Respondents(), r.Minimum())
	// Output:
	// 4 fixed minimum of 4
}

func ExampleBallotResult_Minimum() {
	fmt.Println(result().Minimum().Required())
	// Output:
	// 4
}

func ExampleBallotResult_Instrument() {
	o, _ := result().Instrument().Option(22)
	fmt.Println(o.Code, o.Kind)
	// Output:
	// BIROKRATIS limiting
}

func ExampleNewInstrument() {
	_, err := akhlak.NewInstrument(10, akhlak.Option{Code: "bp-1", Kind: akhlak.OptionLimiting, Text: "x"})
	fmt.Println(err)
	// Output:
	// akhlak: instrument: option code "bp-1" clashes with "BP1": invalid instrument
}

func ExampleDefaultInstrument() {
	in := akhlak.DefaultInstrument()
	fmt.Println(in.Len(), in.MaxPicks(), in.IsValid())
	// Output:
	// 21 10 true
}

func ExampleInstrument_Lookup() {
	in := instrument()
	i, _ := in.Lookup("saling_menyalahkan")
	j, _ := in.Lookup("kl3")
	_, err := in.Lookup("XX")
	fmt.Println(i, j, err)
	// Output:
	// 23 21 akhlak: unknown option "XX"
}

func ExampleInstrument_Options() {
	for _, o := range instrument().Options()[20:] {
		fmt.Println(o.Code, o.Kind)
	}
	// Output:
	// KL3 behaviour
	// BIROKRATIS limiting
	// SALING-MENYALAHKAN limiting
	// KEKELUARGAAN positive
}

func ExampleInstrument_Option() {
	o, err := instrument().Option(akhlak.OptionID(akhlak.MustParseBehaviour("BP1")))
	fmt.Println(o.Code, o.Behaviour.Value(), err)
	_, err = instrument().Option(0) // the zero OptionID is invalid
	fmt.Println(errors.Is(err, akhlak.ErrUnknownOption))
	// Output:
	// BP1 Berorientasi Pelayanan <nil>
	// true
}

func ExampleInstrument_Equal() {
	fmt.Println(instrument().Equal(instrument()), instrument().Equal(akhlak.DefaultInstrument()))
	// Output:
	// true false
}

func ExampleInstrument_IsValid() {
	var in akhlak.Instrument
	fmt.Println(in.IsValid())
	// Output:
	// false
}

func ExampleInstrument_Len() {
	fmt.Println(instrument().Len())
	// Output:
	// 24
}

func ExampleInstrument_MaxPicks() {
	in, _ := akhlak.NewInstrument(5)
	fmt.Println(in.MaxPicks())
	// Output:
	// 5
}

func ExampleParseOptionKind() {
	k, err := akhlak.ParseOptionKind("Limiting")
	fmt.Println(k, err)
	// Output:
	// limiting <nil>
}

func ExampleOptionKind_String() {
	fmt.Println(akhlak.OptionPositive)
	// Output:
	// positive
}

func ExampleLists() {
	fmt.Println(akhlak.Lists())
	// Output:
	// [personal current desired]
}

func ExampleList_String() {
	fmt.Println(akhlak.ListDesired.String())
	// Output:
	// desired
}

func ExampleNewRatingTally() {
	t, _ := akhlak.NewRatingTally(survey.DefaultRatingScale())
	row := make([]int8, 21)
	for i := range row {
		row[i] = 4
	}
	row[15] = survey.NoAnswer // AD1 left unanswered
	_ = t.Add("R1", row)
	row[15] = 2
	_ = t.Add("R2", row)
	r, _ := t.Result(survey.FixedMinimum(2))
	// Adaptif: answers 2, 4, 4, 4, 4 → mean 3.6 → (3.6 − 1) / 4 = 65.0
	fmt.Println(r.Score(akhlak.Adaptif), r.Score(akhlak.Loyal), r.Index(), r.Band())
	// Output:
	// 65.0 75.0 73.6 B Cukup Sehat
}

func ratingResult() akhlak.RatingResult {
	t, _ := akhlak.NewRatingTally(survey.DefaultRatingScale())
	row := make([]int8, 21)
	for i := range row {
		row[i] = int8(i%5) + 1
	}
	_ = t.Add("R1", row)
	row[0] = survey.NoAnswer
	_ = t.Add("R2", row)
	r, _ := t.Result(survey.FixedMinimum(1))
	return r
}

func ExampleRatingTally_Add() {
	t, _ := akhlak.NewRatingTally(survey.DefaultRatingScale())
	row := make([]int8, 21)
	for i := range row {
		row[i] = 3
	}
	row[1] = 7
	fmt.Println(t.Add("R-3", row))
	// Output:
	// survey: respondent "R-3": BP2: 7: outside the scale 1–5
}

func ExampleRatingTally_Merge() {
	a, _ := akhlak.NewRatingTally(survey.DefaultRatingScale())
	s, _ := survey.NewRatingScale(0, 10)
	b, _ := akhlak.NewRatingTally(s)
	fmt.Println(errors.Is(a.Merge(b), survey.ErrInvalidInstrument))
	// Output:
	// true
}

func ExampleRatingTally_MarshalBinary() {
	t, _ := akhlak.NewRatingTally(survey.DefaultRatingScale())
	row := make([]int8, 21)
	for i := range row {
		row[i] = 5
	}
	_ = t.Add("R1", row)
	data, _ := t.MarshalBinary()
	var back akhlak.RatingTally
	fmt.Println(back.UnmarshalBinary(data), back.Equal(t), back.Scale())
	// Output:
	// <nil> true 1–5
}

func ExampleRatingTally_UnmarshalBinary() {
	var t akhlak.RatingTally
	fmt.Println(errors.Is(t.UnmarshalBinary([]byte("BAKR1")), survey.ErrCorrupt))
	// Output:
	// true
}

func ExampleRatingTally_Result() {
	t, _ := akhlak.NewRatingTally(survey.DefaultRatingScale())
	_, err := t.Result(survey.FixedMinimum(1))
	fmt.Println(err)
	// Output:
	// survey: insufficient respondents: 0 of the 1 required (fixed minimum of 1)
}

func ExampleRatingTally_Respondents() {
	t, _ := akhlak.NewRatingTally(survey.DefaultRatingScale())
	fmt.Println(t.Respondents(), t.Scale())
	// Output:
	// 0 1–5
}

func ExampleRatingTally_Equal() {
	a, _ := akhlak.NewRatingTally(survey.DefaultRatingScale())
	b, _ := akhlak.NewRatingTally(survey.DefaultRatingScale())
	fmt.Println(a.Equal(b))
	// Output:
	// true
}

func ExampleRatingTally_Scale() {
	s, _ := survey.NewRatingScale(1, 4)
	t, _ := akhlak.NewRatingTally(s)
	fmt.Println(t.Scale().Min(), t.Scale().Max())
	// Output:
	// 1 4
}

func ExampleRatingResult_Mean() {
	r := ratingResult()
	m, err := r.Mean(akhlak.MustParseBehaviour("BP1"))
	fmt.Println(m, err, r.Answered(akhlak.MustParseBehaviour("BP1")), r.Missing(akhlak.MustParseBehaviour("BP1")))
	// Output:
	// 1.00 <nil> 1 1
}

func ExampleRatingResult_MeanAt() {
	m, err := ratingResult().MeanAt(akhlak.MustParseBehaviour("KL3"), 4)
	fmt.Println(m, err)
	// Output:
	// 1.0000 <nil>
}

func ExampleRatingResult_Answered() {
	fmt.Println(ratingResult().Answered(akhlak.MustParseBehaviour("KL3")))
	// Output:
	// 2
}

func ExampleRatingResult_Missing() {
	fmt.Println(ratingResult().Missing(akhlak.MustParseBehaviour("KL3")))
	// Output:
	// 0
}

func ExampleRatingResult_Score() {
	// BP: answers 1 (once, then missing), 2, 2, 3, 3 → mean 2.2 → 30.0
	fmt.Println(ratingResult().Score(akhlak.BerorientasiPelayanan))
	// Output:
	// 30.0
}

func ExampleRatingResult_Index() {
	// BP 30, AK 58.33…, KO 50, HA 41.66…, LO 75, AD 25, KL 58.33…:
	// the mean of the exact scores is 48.33…
	fmt.Println(ratingResult().Index())
	// Output:
	// 48.3
}

func ExampleRatingResult_Band() {
	fmt.Println(ratingResult().Band())
	// Output:
	// C Tidak Sehat
}

func ExampleRatingResult_Profile() {
	fmt.Println(ratingResult().Profile().Highest())
	// Output:
	// [Loyal]
}

func ExampleRatingResult_Respondents() {
	r := ratingResult()
	fmt.Println(r.Respondents(), r.Minimum(), r.Scale())
	// Output:
	// 2 fixed minimum of 1 1–5
}

func ExampleRatingResult_Minimum() {
	fmt.Println(ratingResult().Minimum().Required())
	// Output:
	// 1
}

func ExampleRatingResult_Scale() {
	fmt.Println(ratingResult().Scale())
	// Output:
	// 1–5
}

func ExampleCultureHealth() {
	d, f := decimal.RequireFromString, figure.MustParse
	// The sub-indices: from a ballot result (PositiveEnergy,
	// AlignmentPercent), or published figures.
	scores := map[akhlak.HealthComponent]figure.Figure{
		akhlak.HealthImplementation: f("60.9"), akhlak.HealthCultureBalance: f("70"), akhlak.HealthPositiveEnergy: f("80"),
		akhlak.HealthPersonalAlignment: f("40"), akhlak.HealthDesiredAlignment: f("60"),
	}
	// The weights are the caller's: none is published.
	weights := map[akhlak.HealthComponent]decimal.Decimal{
		akhlak.HealthImplementation: d("1"), akhlak.HealthCultureBalance: d("1"), akhlak.HealthPositiveEnergy: d("1"),
		akhlak.HealthPersonalAlignment: d("1"), akhlak.HealthDesiredAlignment: d("1"),
	}
	idx, band, err := akhlak.CultureHealth(scores, weights)
	fmt.Println(idx, band, err)

	delete(weights, akhlak.HealthCultureBalance)
	_, _, err = akhlak.CultureHealth(scores, weights)
	fmt.Println(err)
	// Output:
	// 62.2 B Cukup Sehat <nil>
	// akhlak: culture health: no weight for culture balance: invalid input
}

func ExampleHealthComponents() {
	fmt.Println(akhlak.HealthComponents())
	// Output:
	// [implementation culture balance positive energy personal alignment desired alignment]
}

func ExampleHealthComponent_String() {
	fmt.Println(akhlak.HealthPositiveEnergy)
	// Output:
	// positive energy
}

func ExampleAlignmentPercent() {
	a, _ := result().Alignment(akhlak.ListCurrent, akhlak.ListDesired)
	p, _ := akhlak.AlignmentPercent(a.Matches)
	fmt.Println(p)
	// Output:
	// 10.0
}

func ExampleAggregate() {
	profile := func(score string) akhlak.Profile {
		m := map[akhlak.Value]decimal.Decimal{}
		for _, v := range akhlak.Values() {
			m[v] = decimal.RequireFromString(score)
		}
		return akhlak.MustNewProfile(m)
	}
	n, err := akhlak.Aggregate([]akhlak.Unit{
		{Name: "Instansi A", Respondents: 400, Minimum: survey.Slovin(1000, 5), Profile: profile("60.0")},
		{Name: "Instansi B", Respondents: 100, Minimum: survey.Slovin(1000, 5), Profile: profile("90.0")},
		{Name: "Instansi C", Respondents: 300, Minimum: survey.FixedMinimum(300), Profile: profile("61.9")},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(n.Index().String(), n.Band(), n.Included(), n.Profile().Score(akhlak.Loyal).String(), n.Profile().Index().Equal(n.Index()))
	for _, e := range n.Excluded() {
		var ie *survey.InsufficientError
		fmt.Println("excluded:", e.Unit, "—", e.Reason, errors.As(e.Err, &ie))
	}
	// Output:
	// 61.0 B Cukup Sehat [Instansi A Instansi C] 61.0 true
	// excluded: Instansi B — survey: insufficient respondents: 100 of the 286 required (Slovin, 5% margin, population 1000) true
}

func ExampleList_IsValid() {
	fmt.Println(akhlak.List(0).IsValid(), akhlak.ListCurrent.IsValid())
	// Output:
	// false true
}

func ExampleList_MarshalText() {
	b, _ := akhlak.ListDesired.MarshalText()
	fmt.Println(string(b))
	// Output:
	// desired
}

func ExampleList_UnmarshalText() {
	var l akhlak.List
	err := l.UnmarshalText([]byte("current"))
	fmt.Println(l == akhlak.ListCurrent, err)
	// Output:
	// true <nil>
}

func ExampleOptionKind_IsValid() {
	fmt.Println(akhlak.OptionKind(0).IsValid(), akhlak.OptionLimiting.IsValid())
	// Output:
	// false true
}

func ExampleOptionKind_MarshalText() {
	b, _ := akhlak.OptionLimiting.MarshalText()
	fmt.Println(string(b))
	// Output:
	// limiting
}

func ExampleOptionKind_UnmarshalText() {
	var k akhlak.OptionKind
	err := k.UnmarshalText([]byte("Positive"))
	fmt.Println(k, err)
	// Output:
	// positive <nil>
}

func ExampleHealthComponent_IsValid() {
	fmt.Println(akhlak.HealthComponent(0).IsValid(), akhlak.HealthCultureBalance.IsValid())
	// Output:
	// false true
}

func ExampleHealthComponent_MarshalText() {
	b, _ := akhlak.HealthDesiredAlignment.MarshalText()
	fmt.Println(string(b))
	// Output:
	// desired alignment
}

func ExampleHealthComponent_UnmarshalText() {
	var c akhlak.HealthComponent
	err := c.UnmarshalText([]byte("positive energy"))
	fmt.Println(c == akhlak.HealthPositiveEnergy, err)
	// Output:
	// true <nil>
}

func ExampleBallotResult_MarshalJSON() {
	b, _ := json.Marshal(result())
	var m map[string]any
	_ = json.Unmarshal(b, &m)
	fmt.Println(m["method"], m["respondents"], m["index"], m["category"], m["entropy"])
	// Output:
	// reach 4 17.9 D 30.0
}

func ExampleRatingResult_MarshalJSON() {
	t, _ := akhlak.NewRatingTally(survey.DefaultRatingScale())
	row := make([]int8, 21)
	for i := range row {
		row[i] = 4
	}
	_ = t.Add("R-1", row)
	r, _ := t.Result(survey.FixedMinimum(1))
	b, _ := json.Marshal(r)
	var m struct {
		Scale, Index string
		Behaviours   []struct{ Code, Mean string }
	}
	_ = json.Unmarshal(b, &m)
	fmt.Println(m.Scale, m.Index, m.Behaviours[0].Code, m.Behaviours[0].Mean)
	// Output:
	// 1–5 75.0 BP1 4.00
}

func ExampleBallotTally_Respondents() {
	t, _ := akhlak.NewBallotTally(akhlak.DefaultInstrument())
	_ = t.Add("R-1", akhlak.Ballot{Personal: []akhlak.OptionID{5}})
	_ = t.Add("R-2", akhlak.Ballot{Current: []akhlak.OptionID{99}}) // refused: no such option
	err := t.Add("R-3", akhlak.Ballot{})                            // refused: a blank ballot is not a respondent
	fmt.Println(t.Respondents())
	fmt.Println(err)
	// Output:
	// 1
	// survey: respondent "R-3": ballot: none: no pick in any list; a blank ballot is not a respondent
}

func ExampleInstrument_MustLookup() {
	id := akhlak.DefaultInstrument().MustLookup("ad-2")
	b, _ := id.Behaviour()
	fmt.Println(id, b.Code())
	// Output:
	// 17 AD2
}

func ExampleOptionID_Behaviour() {
	in := instrument()
	b, ok := in.MustLookup("BP1").Behaviour()
	fmt.Println(b, ok)
	_, ok = in.MustLookup("BIROKRATIS").Behaviour()
	fmt.Println(ok)
	// Output:
	// Memahami dan memenuhi kebutuhan masyarakat true
	// false
}

func ExampleParseList() {
	l, err := akhlak.ParseList("Budaya Saat Ini")
	fmt.Println(l, err)
	// Output:
	// current <nil>
}

func ExampleMustParseList() {
	fmt.Println(akhlak.MustParseList("DESIRED") == akhlak.ListDesired)
	// Output:
	// true
}

func ExampleList_AppendText() {
	b, _ := akhlak.ListPersonal.AppendText([]byte("list="))
	fmt.Println(string(b))
	// Output:
	// list=personal
}

func ExampleOptionKinds() {
	fmt.Println(akhlak.OptionKinds())
	// Output:
	// [behaviour positive limiting]
}

func ExampleMustParseOptionKind() {
	fmt.Println(akhlak.MustParseOptionKind("Limiting") == akhlak.OptionLimiting)
	// Output:
	// true
}

func ExampleOptionKind_AppendText() {
	b, _ := akhlak.OptionPositive.AppendText(nil)
	fmt.Println(string(b))
	// Output:
	// positive
}

func ExampleParseHealthComponent() {
	c, err := akhlak.ParseHealthComponent("positive_energy")
	fmt.Println(c, err)
	// Output:
	// positive energy <nil>
}

func ExampleMustParseHealthComponent() {
	fmt.Println(akhlak.MustParseHealthComponent("Desired Alignment") == akhlak.HealthDesiredAlignment)
	// Output:
	// true
}

func ExampleHealthComponent_AppendText() {
	b, _ := akhlak.HealthCultureBalance.AppendText(nil)
	fmt.Println(string(b))
	// Output:
	// culture balance
}

func ExampleNational_MarshalJSON() {
	p := akhlak.MustNewProfile(map[akhlak.Value]decimal.Decimal{
		akhlak.BerorientasiPelayanan: decimal.RequireFromString("60"), akhlak.Akuntabel: decimal.RequireFromString("60"),
		akhlak.Kompeten: decimal.RequireFromString("60"), akhlak.Harmonis: decimal.RequireFromString("60"),
		akhlak.Loyal: decimal.RequireFromString("60"), akhlak.Adaptif: decimal.RequireFromString("60"),
		akhlak.Kolaboratif: decimal.RequireFromString("62"),
	})
	n, _ := akhlak.Aggregate([]akhlak.Unit{
		{Name: "Instansi A", Respondents: 400, Minimum: survey.Slovin(1000, 5), Profile: p},
		{Name: "Instansi B", Respondents: 10, Minimum: survey.Slovin(1000, 5), Profile: p},
	})
	b, _ := json.Marshal(n)
	var m struct {
		Index, Category string
		Included        []string
		Excluded        []struct{ Unit string }
	}
	_ = json.Unmarshal(b, &m)
	fmt.Println(m.Index, m.Category, m.Included, m.Excluded[0].Unit)
	// Output:
	// 60.3 B [Instansi A] Instansi B
}
