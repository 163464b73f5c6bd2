package akhlak_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"strconv"

	"github.com/go-asn/berakhlak/akhlak"
	"github.com/go-asn/berakhlak/survey"
)

// yearly returns the result of a survey of n respondents of an agency of
// 2,500, where the first reachBP pick BP1 and the first reachAD pick AD1
// in the current list; the others pick only a personal value.
func yearly(n, reachBP, reachAD int) akhlak.BallotResult {
	t, _ := akhlak.NewBallotTally(akhlak.DefaultInstrument())
	bp1, ad1 := akhlak.DefaultInstrument().MustLookup("BP1"), akhlak.DefaultInstrument().MustLookup("AD1")
	for i := range n {
		b := akhlak.Ballot{Personal: []akhlak.OptionID{bp1}}
		if i < reachBP {
			b.Current = append(b.Current, bp1)
		}
		if i < reachAD {
			b.Current = append(b.Current, ad1)
		}
		if err := t.Add(strconv.Itoa(i), b); err != nil {
			panic(err)
		}
	}
	r, err := t.Result(survey.Slovin(2500, 5))
	if err != nil {
		panic(err)
	}
	return r
}

// lastYear and thisYear: of 350 respondents, Berorientasi Pelayanan is
// reached by 57.1% and then 58.6%, Adaptif by 38.9% and then 50.0%.
func lastYear() akhlak.BallotResult { return yearly(350, 200, 136) }
func thisYear() akhlak.BallotResult { return yearly(350, 205, 175) }

func comparison() akhlak.Comparison {
	c, err := akhlak.Compare(lastYear(), thisYear())
	if err != nil {
		panic(err)
	}
	return c
}

func nationalProfile() akhlak.Profile { return akhlak.MustNewProfile(national2022()) }

func ExampleBallotResult_ScoreInterval() {
	r := thisYear()
	iv, _ := r.ScoreInterval(akhlak.Adaptif)
	fmt.Println(r.Score(akhlak.Adaptif), iv, iv.Respondents, iv.Population)
	// Output: 50.0 45.2–54.8 (95%) 350 2500
}

func ExampleBallotResult_IndexInterval() {
	r := thisYear()
	iv, _ := r.IndexInterval()
	fmt.Println(r.Index(), iv)
	// Output: 15.5 14.2–16.8 (95%)
}

func ExampleRatingResult_ScoreInterval() {
	t, _ := akhlak.NewRatingTally(survey.DefaultRatingScale())
	for i := range 200 {
		row := make([]int8, 21)
		for b := range row {
			row[b] = int8(1 + (i+b)%5)
		}
		_ = t.Add(strconv.Itoa(i), row)
	}
	r, _ := t.Result(survey.Slovin(400, 10))
	iv, _ := r.ScoreInterval(akhlak.Adaptif)
	fmt.Println(r.Score(akhlak.Adaptif), iv)
	// Output: 50.0 46.5–53.5 (95%)
}

func ExampleRatingResult_IndexInterval() {
	t, _ := akhlak.NewRatingTally(survey.DefaultRatingScale())
	for i := range 200 {
		row := make([]int8, 21)
		for b := range row {
			row[b] = int8(1 + (i*3+b)%5)
		}
		_ = t.Add(strconv.Itoa(i), row)
	}
	r, _ := t.Result(survey.FixedMinimum(100))
	iv, _ := r.IndexInterval()
	fmt.Println(r.Index(), iv, iv.Population)
	// Output: 50.0 45.1–54.9 (95%) 0
}

func ExampleCompare() {
	c, _ := akhlak.Compare(lastYear(), thisYear())
	for _, v := range []akhlak.Value{akhlak.BerorientasiPelayanan, akhlak.Adaptif} {
		ch := c.Value(v)
		iv, _ := ch.Interval()
		verdict, _ := ch.Verdict()
		fmt.Printf("%s %s → %s: %s (%s) %s\n", v.Code(), ch.Before(), ch.After(), ch.Delta(), iv, verdict)
	}
	// Output:
	// BP 57.1 → 58.6: 1.5 (-5.3–8.3 (95%)) no measurable change
	// AD 38.9 → 50.0: 11.1 (4.3–17.9 (95%)) up
}

func ExampleCompare_publishedProfile() {
	// The 2022 national figures have no counts: the change has no
	// interval, and says so.
	c, _ := akhlak.Compare(nationalProfile(), thisYear())
	ch := c.Value(akhlak.Adaptif)
	_, err := ch.Interval()
	fmt.Println(ch.Before(), ch.After(), ch.Delta(), errors.Is(err, survey.ErrNoFigure))
	// Output: 38.9 50.0 11.1 true
}

func ExampleMeasured() {
	for _, m := range []akhlak.Measured{nationalProfile(), lastYear()} {
		c, _ := akhlak.Compare(m, thisYear())
		_, err := c.Index().Interval()
		fmt.Println(c.Index().Delta(), err == nil)
	}
	// Output:
	// -45.4 false
	// 1.8 true
}

func ExampleComparison() {
	c := comparison()
	fmt.Println(c.IsValid(), c.Index().Before(), c.Index().After())
	// Output: true 13.7 15.5
}

func ExampleComparison_Value() {
	ch := comparison().Value(akhlak.Adaptif)
	fmt.Println(ch.Before(), ch.After(), ch.BandMoved())
	// Output: 38.9 50.0 true
}

func ExampleComparison_Index() {
	ch := comparison().Index()
	v, _ := ch.Verdict()
	fmt.Println(ch.Delta(), v)
	// Output: 1.8 no measurable change
}

func ExampleComparison_IsValid() {
	fmt.Println(comparison().IsValid(), akhlak.Comparison{}.IsValid())
	// Output: true false
}

func ExampleComparison_Equal() {
	fmt.Println(comparison().Equal(comparison()), comparison().Equal(akhlak.Comparison{}))
	// Output: true false
}

func ExampleComparison_MarshalJSON() {
	b, _ := json.Marshal(comparison())
	var m map[string]json.RawMessage
	_ = json.Unmarshal(b, &m)
	fmt.Println(string(m["index"]))
	// Output: {"before":"13.7","after":"15.5","delta":"1.8","category_before":"D","category_after":"D","category_moved":false,"before_interval":{"lo":"12.5","hi":"15.0","level":95,"respondents":350,"population":2500},"after_interval":{"lo":"14.2","hi":"16.8","level":95,"respondents":350,"population":2500},"interval":{"lo":"0.0","hi":"3.6","level":95,"respondents":0},"verdict":"no measurable change"}
}

func ExampleComparison_UnmarshalJSON() {
	b, _ := json.Marshal(comparison())
	var c akhlak.Comparison
	err := json.Unmarshal(b, &c)
	fmt.Println(err, c.Equal(comparison()))
	// Output: <nil> true
}

func ExampleChange() {
	ch := comparison().Value(akhlak.Adaptif)
	before, _ := ch.BeforeInterval()
	after, _ := ch.AfterInterval()
	fmt.Println(ch.Before(), before)
	fmt.Println(ch.After(), after)
	// Output:
	// 38.9 34.2–43.7 (95%)
	// 50.0 45.2–54.8 (95%)
}

func ExampleChange_Before() {
	fmt.Println(comparison().Value(akhlak.Adaptif).Before())
	// Output: 38.9
}

func ExampleChange_After() {
	fmt.Println(comparison().Value(akhlak.Adaptif).After())
	// Output: 50.0
}

func ExampleChange_Delta() {
	fmt.Println(comparison().Value(akhlak.Adaptif).Delta())
	// Output: 11.1
}

func ExampleChange_BandBefore() {
	fmt.Println(comparison().Value(akhlak.BerorientasiPelayanan).BandBefore())
	// Output: B Cukup Sehat
}

func ExampleChange_BandAfter() {
	fmt.Println(comparison().Value(akhlak.BerorientasiPelayanan).BandAfter())
	// Output: B Cukup Sehat
}

func ExampleChange_BandMoved() {
	c := comparison()
	fmt.Println(c.Value(akhlak.Adaptif).BandMoved(), c.Value(akhlak.BerorientasiPelayanan).BandMoved())
	// Output: true false
}

func ExampleChange_BeforeInterval() {
	iv, _ := comparison().Value(akhlak.Adaptif).BeforeInterval()
	fmt.Println(iv)
	// Output: 34.2–43.7 (95%)
}

func ExampleChange_AfterInterval() {
	iv, _ := comparison().Value(akhlak.Adaptif).AfterInterval()
	fmt.Println(iv)
	// Output: 45.2–54.8 (95%)
}

func ExampleChange_Interval() {
	iv, _ := comparison().Value(akhlak.Adaptif).Interval()
	fmt.Println(iv, iv.Respondents)
	// Output: 4.3–17.9 (95%) 0
}

func ExampleChange_Verdict() {
	c := comparison()
	for _, v := range []akhlak.Value{akhlak.BerorientasiPelayanan, akhlak.Adaptif} {
		verdict, _ := c.Value(v).Verdict()
		fmt.Println(v.Code(), verdict)
	}
	// Output:
	// BP no measurable change
	// AD up
}

func ExampleChange_Attain() {
	ch := comparison().Value(akhlak.Adaptif)
	for _, t := range []string{"+5.0", "B", "C", "40.0"} {
		a, _ := ch.Attain(akhlak.MustParseTarget(t))
		fmt.Println(t, a)
	}
	// Output:
	// +5.0 not decidable within the sampling error
	// B not decidable within the sampling error
	// C met
	// 40.0 met
}

func ExampleChange_IsValid() {
	fmt.Println(comparison().Index().IsValid(), akhlak.Change{}.IsValid())
	// Output: true false
}

func ExampleChange_Equal() {
	c := comparison()
	fmt.Println(c.Index().Equal(c.Index()), c.Index().Equal(c.Value(akhlak.Adaptif)))
	// Output: true false
}

func ExampleChange_MarshalJSON() {
	b, _ := json.Marshal(comparison().Value(akhlak.Adaptif))
	fmt.Println(string(b))
	// Output: {"before":"38.9","after":"50.0","delta":"11.1","category_before":"C","category_after":"B","category_moved":true,"before_interval":{"lo":"34.2","hi":"43.7","level":95,"respondents":350,"population":2500},"after_interval":{"lo":"45.2","hi":"54.8","level":95,"respondents":350,"population":2500},"interval":{"lo":"4.3","hi":"17.9","level":95,"respondents":0},"verdict":"up"}
}

func ExampleChange_UnmarshalJSON() {
	var ch akhlak.Change
	err := json.Unmarshal([]byte(`{"before":"38.9","after":"44.9","delta":"6.1","category_before":"C","category_after":"C","category_moved":false,"reason":"no interval: a survey compared is a published profile without counts"}`), &ch)
	fmt.Println(err != nil)
	// Output: true
}

func ExampleTarget() {
	for _, s := range []string{"65.0", "b", "+5.0", "-1.0"} {
		t, err := akhlak.ParseTarget(s)
		fmt.Println(t, err)
	}
	// Output:
	// 65.0 <nil>
	// B <nil>
	// +5.0 <nil>
	// -1.0 <nil>
}

func ExampleParseTarget() {
	_, err := akhlak.ParseTarget("101")
	fmt.Println(errors.Is(err, akhlak.ErrInvalidTarget), err)
	// Output: true akhlak: invalid target "101"
}

func ExampleMustParseTarget() {
	fmt.Println(akhlak.MustParseTarget(" +2.5 "))
	// Output: +2.5
}

func ExampleTarget_IsValid() {
	fmt.Println(akhlak.MustParseTarget("B").IsValid(), akhlak.Target{}.IsValid())
	// Output: true false
}

func ExampleTarget_String() {
	fmt.Println(akhlak.MustParseTarget("+0"), akhlak.Target{})
	// Output: +0 no target
}

func ExampleTarget_Equal() {
	fmt.Println(akhlak.MustParseTarget("a").Equal(akhlak.MustParseTarget("A")), akhlak.MustParseTarget("75").Equal(akhlak.MustParseTarget("75.0")))
	// Output: true false
}

func ExampleTarget_AppendText() {
	b, _ := akhlak.MustParseTarget("+5.0").AppendText([]byte("target "))
	fmt.Println(string(b))
	// Output: target +5.0
}

func ExampleTarget_MarshalText() {
	b, _ := json.Marshal(map[string]akhlak.Target{"AD": akhlak.MustParseTarget("+5.0"), "index": akhlak.MustParseTarget("B")})
	fmt.Println(string(b))
	// Output: {"AD":"+5.0","index":"B"}
}

func ExampleTarget_UnmarshalText() {
	var t map[string]akhlak.Target
	err := json.Unmarshal([]byte(`{"AD":"45.0","index":"+1.0"}`), &t)
	fmt.Println(t["AD"], t["index"], err)
	// Output: 45.0 +1.0 <nil>
}

func ExampleChange_Attain_score() {
	a, _ := comparison().Value(akhlak.Adaptif).Attain(akhlak.MustParseTarget("43.0"))
	fmt.Println(a)
	// Output: met
}

func ExampleProposeTargets() {
	// "+5 points on the lowest value, B on the others, +1 on the index":
	// the caller's rule, applied to the 2022 national profile.
	t, _ := akhlak.ProposeTargets(nationalProfile(), akhlak.TargetRule{
		Lowest: akhlak.MustParseTarget("+5.0"), Others: akhlak.MustParseTarget("B"), Index: akhlak.MustParseTarget("+1.0")})
	for _, v := range akhlak.Values() {
		fmt.Print(v.Code(), " ", t.Values[v], "; ")
	}
	fmt.Println("index", t.Index)
	// Output: BP B; AK B; KO B; HA B; LO B; AD 43.9; KL B; index 61.9
}

func ExampleTargets() {
	targets := akhlak.Targets{Values: map[akhlak.Value]akhlak.Target{akhlak.Adaptif: akhlak.MustParseTarget("+5.0")}, Index: akhlak.MustParseTarget("B")}
	c := comparison()
	for v, t := range targets.Values {
		a, _ := c.Value(v).Attain(t)
		fmt.Println(v.Code(), t, a)
	}
	a, _ := c.Index().Attain(targets.Index)
	fmt.Println("index", targets.Index, a)
	// Output:
	// AD +5.0 not decidable within the sampling error
	// index B not met
}

func ExampleTargetRule() {
	rule := akhlak.TargetRule{Lowest: akhlak.MustParseTarget("B"), Others: akhlak.MustParseTarget("B")}
	t, _ := akhlak.ProposeTargets(lastYear().Profile(), rule)
	fmt.Println(len(t.Values), t.Values[akhlak.Adaptif], t.Index.IsValid())
	// Output: 7 B false
}
