package akhlak

import (
	"encoding/json"
	"errors"
	"maps"
	"strings"
	"testing"

	"github.com/go-asn/berakhlak/figure"
	"github.com/go-asn/berakhlak/survey"
	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
)

func opt(t testing.TB, in Instrument, codes ...string) []OptionID {
	t.Helper()
	out := make([]OptionID, len(codes))
	for i, c := range codes {
		idx, err := in.Lookup(c)
		if err != nil {
			t.Fatal(err)
		}
		out[i] = idx
	}
	return out
}

func testInstrument(t testing.TB) Instrument {
	t.Helper()
	in, err := NewInstrument(10,
		Option{Code: "BIROKRATIS", Kind: OptionLimiting, Text: "Birokratis"},
		Option{Code: "SALING-MENYALAHKAN", Kind: OptionLimiting, Text: "Saling menyalahkan"},
		Option{Code: "KEKELUARGAAN", Kind: OptionPositive, Text: "Kekeluargaan"},
	)
	if err != nil {
		t.Fatal(err)
	}
	return in
}

// TestBallotGolden works a four-respondent survey out by hand.
//
// Current-culture picks:
//
//	R1: BP1 BP2 AK1 BIROKRATIS
//	R2: BP3 KO1 BIROKRATIS SALING-MENYALAHKAN
//	R3: HA1 KEKELUARGAAN
//	R4: (none)
//
// Reach: BP 2/4 = 50.0, AK 1/4 = 25.0, KO 1/4 = 25.0, HA 1/4 = 25.0, LO, AD,
// KL 0. Index = (2+1+1+1)/(7·4)·100 = 500/28 = 17.857… → 17.9, D.
// Current votes: 4+4+2 = 10, limiting 3 → entropy 30.0, band 21–30.
func TestBallotGolden(t *testing.T) {
	in := testInstrument(t)
	tl, err := NewBallotTally(in)
	if err != nil {
		t.Fatal(err)
	}
	ballots := []Ballot{
		{Personal: opt(t, in, "BP1", "AK1", "KO1"), Current: opt(t, in, "BP1", "BP2", "AK1", "BIROKRATIS"), Desired: opt(t, in, "BP1", "AD1", "AD2")},
		{Personal: opt(t, in, "BP1", "AK1"), Current: opt(t, in, "BP3", "KO1", "BIROKRATIS", "SALING-MENYALAHKAN"), Desired: opt(t, in, "AD1", "KL1")},
		{Personal: opt(t, in, "HA1"), Current: opt(t, in, "HA1", "KEKELUARGAAN"), Desired: opt(t, in, "AD1", "BP1")},
		// Only a personal pick: a respondent with an empty current list,
		// in every score's denominator (see Ballot).
		{Personal: opt(t, in, "HA1")},
	}
	for i, b := range ballots {
		if err := tl.Add("R"+string(rune('1'+i)), b); err != nil {
			t.Fatal(err)
		}
	}
	r, err := tl.Result(survey.FixedMinimum(4))
	if err != nil {
		t.Fatal(err)
	}
	var scores []string
	for _, v := range Values() {
		scores = append(scores, r.Score(v).String())
	}
	if diff := cmp.Diff([]string{"50.0", "25.0", "25.0", "25.0", "0.0", "0.0", "0.0"}, scores); diff != "" {
		t.Errorf("scores mismatch (-want +got):\n%s", diff)
	}
	e, err := r.Entropy()
	if err != nil {
		t.Fatal(err)
	}
	eb, _ := r.EntropyBand()
	pe, _ := r.PositiveEnergy()
	type summary struct {
		Index, Category, Entropy, EntropyBand, PositiveEnergy string
		Respondents, CurrentVotes                             int
		MostCurrent, LeastDesired                             []string
		PersonalCurrent, CurrentDesired                       int
		PCTied, CDTied                                        bool
		DesiredBand                                           string
	}
	pc, err := r.Alignment(ListPersonal, ListCurrent)
	if err != nil {
		t.Fatal(err)
	}
	cd, err := r.Alignment(ListCurrent, ListDesired)
	if err != nil {
		t.Fatal(err)
	}
	db, err := r.DesiredAlignmentBand()
	if err != nil {
		t.Fatal(err)
	}
	codesOf := func(bs []Behaviour) []string {
		var out []string
		for _, b := range bs {
			out = append(out, b.Code())
		}
		return out
	}
	got := summary{
		Index: r.Index().String(), Category: r.Band().Letter,
		Entropy: e.String(), EntropyBand: eb.English, PositiveEnergy: pe.String(),
		Respondents: r.Respondents(), CurrentVotes: r.TotalVotes(ListCurrent),
		MostCurrent:     codesOf(r.MostVoted(ListCurrent)),
		LeastDesired:    codesOf(r.LeastVoted(ListDesired))[:2],
		PersonalCurrent: pc.Matches, CurrentDesired: cd.Matches, PCTied: pc.CutTied, CDTied: cd.CutTied,
		DesiredBand: db.English,
	}
	want := summary{
		Index: "17.9", Category: "D", Entropy: "30.0", EntropyBand: "Significant issues", PositiveEnergy: "70.0",
		Respondents: 4, CurrentVotes: 10,
		// Every current behaviour picked has one vote: a six-way tie.
		MostCurrent:  []string{"BP1", "BP2", "BP3", "AK1", "KO1", "HA1"},
		LeastDesired: []string{"BP2", "BP3"},
		// Personal top: BP1(2) AK1(2) KO1 HA1; current top has all four.
		PersonalCurrent: 4,
		// Desired top: AD1(3) BP1(2) AD2 KL1; current has BP1 only.
		CurrentDesired: 1, DesiredBand: "Poor",
		// Fewer than ten options have votes in every list: no cut, no tie.
		PCTied: false, CDTied: false,
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("result mismatch (-want +got):\n%s", diff)
	}
	top := r.Top(ListDesired, 2)
	if diff := cmp.Diff([]OptionRank{{1, 16, "AD1", 3, false}, {2, 1, "BP1", 2, false}}, top); diff != "" {
		t.Errorf("Top mismatch (-want +got):\n%s", diff)
	}
	if r.Reach(ListDesired, Adaptif) != 3 || r.Votes(ListCurrent, 22) != 2 {
		t.Errorf("Reach or Votes wrong: %d %d", r.Reach(ListDesired, Adaptif), r.Votes(ListCurrent, 22))
	}
	p := r.Profile()
	if p.Score(BerorientasiPelayanan) != figure.MustParse("50.0") {
		t.Errorf("profile BP = %s", p.Score(BerorientasiPelayanan))
	}
}

func TestRankingTies(t *testing.T) {
	in := DefaultInstrument()
	tl, _ := NewBallotTally(in)
	for _, b := range []Ballot{
		{Current: opt(t, in, "KL3", "AD1", "BP2")},
		{Current: opt(t, in, "KL3", "AD1")},
		{Current: opt(t, in, "LO1")},
	} {
		if err := tl.Add("r", b); err != nil {
			t.Fatal(err)
		}
	}
	r, _ := tl.Result(survey.FixedMinimum(1))
	got := r.Ranking(ListCurrent)[:4]
	want := []OptionRank{
		{1, 16, "AD1", 2, true}, // ties listed in catalogue order
		{1, 21, "KL3", 2, true},
		{3, 2, "BP2", 1, true},
		{3, 13, "LO1", 1, true},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Ranking mismatch (-want +got):\n%s", diff)
	}
	// A tie across the cut stays visible.
	top := r.Top(ListCurrent, 3)
	if len(top) != 3 || !top[2].Tied || !r.CutTied(ListCurrent, 3) || r.CutTied(ListCurrent, 2) || r.CutTied(ListCurrent, 4) {
		t.Errorf("Top(3) = %+v; want the third marked tied and the cut at 3 only reported", top)
	}
	if r.MostVoted(ListPersonal) != nil {
		t.Error("MostVoted of a list without votes is not nil")
	}
	for _, n := range []int{0, -1, -100} {
		if got := r.Top(ListCurrent, n); got != nil {
			t.Errorf("Top(%d) = %+v, want nil", n, got)
		}
	}
	if got := r.Top(List(0), 3); got != nil {
		t.Errorf("Top of an invalid list = %+v, want nil", got)
	}
}

func TestBallotErrors(t *testing.T) {
	in := testInstrument(t)
	tests := []struct {
		name    string
		b       Ballot
		wantErr error
		mention string
	}{
		{"unknown option", Ballot{Current: []OptionID{100}}, ErrUnknownOption, `respondent "R9": current: option 100`},
		{"zero option", Ballot{Personal: []OptionID{0}}, ErrUnknownOption, "personal: option 0"},
		{"picked twice", Ballot{Desired: []OptionID{1, 4, 1}}, survey.ErrInvalidAnswer, "desired: BP1: picked twice"},
		{"too many picks", Ballot{Current: []OptionID{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}}, survey.ErrInvalidAnswer, "11 picks"},
	}
	for _, tc := range tests {
		tl, _ := NewBallotTally(in)
		err := tl.Add("R9", tc.b)
		if !errors.Is(err, tc.wantErr) || !strings.Contains(err.Error(), tc.mention) {
			t.Errorf("%s: error = %v, want %v mentioning %q", tc.name, err, tc.wantErr, tc.mention)
		}
		empty, _ := NewBallotTally(in)
		if !tl.Equal(empty) {
			t.Errorf("%s: a rejected ballot changed the tally", tc.name)
		}
	}
	// Valid first lists, bad later list: nothing of the ballot is counted.
	tl, _ := NewBallotTally(in)
	_ = tl.Add("R0", Ballot{Personal: []OptionID{5, 6}, Current: []OptionID{1, 22}, Desired: []OptionID{8}})
	before, _ := NewBallotTally(in)
	_ = before.Add("R0", Ballot{Personal: []OptionID{5, 6}, Current: []OptionID{1, 22}, Desired: []OptionID{8}})
	for _, bad := range []Ballot{
		{Personal: []OptionID{2}, Current: []OptionID{2, 3, 2}},
		{Personal: []OptionID{2, 3}, Current: []OptionID{4, 5}, Desired: []OptionID{6, 100}},
		{Personal: []OptionID{2, 3}, Current: []OptionID{4, 5}, Desired: []OptionID{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}},
		{Personal: []OptionID{1, 4, 7, 10, 13, 16, 19}, Current: []OptionID{1, 4, 7, 10, 13, 16, 19}, Desired: []OptionID{0}},
	} {
		if err := tl.Add("R1", bad); err == nil {
			t.Fatalf("accepted %+v", bad)
		}
		if !tl.Equal(before) {
			t.Fatalf("rejected ballot %+v changed the tally", bad)
		}
	}
}

func TestInstrumentErrors(t *testing.T) {
	ok := Option{Code: "X", Kind: OptionLimiting, Text: "x"}
	tests := []struct {
		name   string
		picks  int
		extras []Option
	}{
		{"zero picks", 0, nil},
		{"more picks than options", 22, nil},
		{"code clashes with a behaviour", 10, []Option{{Code: "bp-1", Kind: OptionLimiting, Text: "x"}}},
		{"duplicate code", 10, []Option{ok, {Code: "x", Kind: OptionPositive, Text: "y"}}},
		{"no code", 10, []Option{{Kind: OptionLimiting, Text: "x"}}},
		{"no text", 10, []Option{{Code: "Y", Kind: OptionLimiting}}},
		{"behaviour kind", 10, []Option{{Code: "Y", Kind: OptionBehaviour, Text: "y"}}},
		{"names a behaviour", 10, []Option{{Code: "Y", Kind: OptionPositive, Text: "y", Behaviour: 1}}},
		{"too many", 10, make([]Option, 44)},
	}
	for _, tc := range tests {
		if _, err := NewInstrument(tc.picks, tc.extras...); !errors.Is(err, survey.ErrInvalidInstrument) {
			t.Errorf("%s: error = %v", tc.name, err)
		}
	}
	if _, err := NewBallotTally(Instrument{}); !errors.Is(err, survey.ErrInvalidInstrument) {
		t.Errorf("zero instrument: %v", err)
	}
	in := testInstrument(t)
	if _, err := in.Lookup("TIDAK-ADA"); !errors.Is(err, ErrUnknownOption) {
		t.Errorf("Lookup: %v", err)
	}
	if i, err := in.Lookup("saling_menyalahkan"); err != nil || i != 23 {
		t.Errorf("Lookup(saling_menyalahkan) = %d, %v", i, err)
	}
}

func TestMinimum(t *testing.T) {
	tests := []struct {
		name string
		m    survey.Minimum
		want int
		desc string
	}{
		{"Slovin 2500 at 5%", survey.Slovin(2500, 5), 345, "Slovin, 5% margin, population 2500"},
		{"Slovin 100 at 5%", survey.Slovin(100, 5), 80, "Slovin, 5% margin, population 100"},
		{"Slovin 1 at 5%", survey.Slovin(1, 5), 1, "Slovin, 5% margin, population 1"},
		{"Slovin 4.3M at 5%", survey.Slovin(4_300_000, 5), 400, "Slovin, 5% margin, population 4300000"},
		{"Slovin 1000 at 10%", survey.Slovin(1000, 10), 91, "Slovin, 10% margin, population 1000"},
		{"Krejcie-Morgan 100 (table: 80)", survey.KrejcieMorgan(100), 80, "Krejcie–Morgan, population 100"},
		{"Krejcie-Morgan 50 (table: 44)", survey.KrejcieMorgan(50), 44, "Krejcie–Morgan, population 50"},
		{"Krejcie-Morgan 500 (table: 217)", survey.KrejcieMorgan(500), 217, "Krejcie–Morgan, population 500"},
		{"Krejcie-Morgan 5000 (table: 357)", survey.KrejcieMorgan(5000), 357, "Krejcie–Morgan, population 5000"},
		{"Slovin overflow guard", survey.Slovin(1<<40, 5), 0, "Slovin, 5% margin, population 1099511627776"},
		{"Krejcie-Morgan 1000 (table: 278)", survey.KrejcieMorgan(1000), 278, "Krejcie–Morgan, population 1000"},
		{"Krejcie-Morgan 10 (table: 10)", survey.KrejcieMorgan(10), 10, "Krejcie–Morgan, population 10"},
		{"Krejcie-Morgan 1M (table: 384)", survey.KrejcieMorgan(1_000_000), 384, "Krejcie–Morgan, population 1000000"},
		{"Fixed 140 (engagement)", survey.FixedMinimum(140), 140, "fixed minimum of 140"},
		{"invalid survey.Slovin", survey.Slovin(0, 5), 0, "Slovin, 5% margin, population 0"},
		{"invalid fixed", survey.FixedMinimum(0), 0, "fixed minimum of 0"},
	}
	for _, tc := range tests {
		if tc.m.Required() != tc.want || tc.m.String() != tc.desc {
			t.Errorf("%s: Required = %d (%q), want %d (%q)", tc.name, tc.m.Required(), tc.m, tc.want, tc.desc)
		}
	}
	err := survey.Slovin(2500, 5).Check(120)
	var ie *survey.InsufficientError
	if !errors.As(err, &ie) || ie.Respondents != 120 || ie.Minimum.Required() != 345 || !errors.Is(err, survey.ErrInsufficientRespondents) {
		t.Errorf("Check(120) = %v", err)
	}
	if !strings.Contains(err.Error(), "120 of the 345 required") {
		t.Errorf("message %q", err)
	}
	if err := (survey.Minimum{}).Check(10); !errors.Is(err, survey.ErrInvalidInput) {
		t.Errorf("zero Minimum: %v", err)
	}
	if err := survey.Slovin(2500, 5).Check(345); err != nil {
		t.Errorf("Check(345) = %v", err)
	}
}

func TestResultRefusesBelowMinimum(t *testing.T) {
	tl, _ := NewBallotTally(DefaultInstrument())
	for i := 0; i < 5; i++ {
		_ = tl.Add("r", Ballot{Current: []OptionID{OptionID(i + 1)}})
	}
	_, err := tl.Result(survey.Slovin(100, 5))
	var ie *survey.InsufficientError
	if !errors.As(err, &ie) || ie.Respondents != 5 || ie.Minimum.Required() != 80 {
		t.Errorf("Result = %v", err)
	}
	empty, _ := NewBallotTally(DefaultInstrument())
	if _, err := empty.Result(survey.FixedMinimum(1)); !errors.Is(err, survey.ErrInsufficientRespondents) {
		t.Errorf("empty tally: %v", err)
	}
	r, _ := NewRatingTally(survey.DefaultRatingScale())
	if _, err := r.Result(survey.FixedMinimum(1)); !errors.Is(err, survey.ErrInsufficientRespondents) {
		t.Errorf("empty rating tally: %v", err)
	}
}

// TestEntropyBandRoundsOnce checks that the band comes from the exact
// entropy: 23 limiting of 220 votes is 10.4545…%, shown as 10.5 at one
// place, but 10 in whole percent: Healthy.
func TestEntropyBandRoundsOnce(t *testing.T) {
	in, _ := NewInstrument(10, Option{Code: "L", Kind: OptionLimiting, Text: "limiting"})
	tl, _ := NewBallotTally(in)
	for i := 0; i < 23; i++ {
		_ = tl.Add("r", Ballot{Current: []OptionID{22}})
	}
	for i := 0; i < 197; i++ {
		_ = tl.Add("r", Ballot{Current: []OptionID{OptionID(i%21 + 1)}})
	}
	r, _ := tl.Result(survey.FixedMinimum(1))
	e, _ := r.Entropy()
	w, _ := r.EntropyPercent()
	b, _ := r.EntropyBand()
	if e.String() != "10.5" || w.String() != "10" || b.English != "Healthy" {
		t.Errorf("entropy %s, whole %s, band %s", e, w, b.English)
	}
}

// TestAlignmentReportsCutTie: eleven current options tied at one vote; the
// desired list picks only the eleventh. The count is 0, but the cut splits
// a tie, and Alignment says so.
func TestAlignmentReportsCutTie(t *testing.T) {
	in := DefaultInstrument()
	tl, _ := NewBallotTally(in)
	_ = tl.Add("r1", Ballot{Current: []OptionID{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, Desired: []OptionID{11}})
	_ = tl.Add("r2", Ballot{Current: []OptionID{11}})
	r, _ := tl.Result(survey.FixedMinimum(1))
	if a, err := r.Alignment(ListCurrent, ListDesired); a.Matches != 0 || !a.CutTied || err != nil {
		t.Errorf("Alignment = %+v, %v; want 0, tied", a, err)
	}
}

func TestEntropyWithoutVotes(t *testing.T) {
	tl, _ := NewBallotTally(DefaultInstrument())
	_ = tl.Add("r", Ballot{Personal: []OptionID{2}})
	r, err := tl.Result(survey.FixedMinimum(1))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := r.Entropy(); !errors.Is(err, survey.ErrNoFigure) {
		t.Errorf("Entropy = %v", err)
	}
	if _, err := r.EntropyBand(); err == nil {
		t.Error("EntropyBand without votes")
	}
	if _, err := r.PositiveEnergy(); err == nil {
		t.Error("PositiveEnergy without votes")
	}
}

// TestRatingGolden works a three-respondent rating survey out by hand on
// the 1–5 scale. BP1..BP3 answers: R1 5,4,– R2 3,–,– R3 –,–,–; so BP has
// answers 5,4,3: mean 4, score (4−1)/4·100 = 75.0. Every other behaviour
// gets 2 from everyone: mean 2, score 25.0. Index = (75 + 6·25)/7 = 32.142…
// → 32.1, C.
func TestRatingGolden(t *testing.T) {
	tl, err := NewRatingTally(survey.DefaultRatingScale())
	if err != nil {
		t.Fatal(err)
	}
	row := func(bp ...int8) []int8 {
		a := make([]int8, 21)
		for i := range a {
			a[i] = 2
		}
		copy(a, bp)
		return a
	}
	for i, r := range [][]int8{row(5, 4, survey.NoAnswer), row(3, survey.NoAnswer, survey.NoAnswer), row(survey.NoAnswer, survey.NoAnswer, survey.NoAnswer)} {
		if err := tl.Add("R"+string(rune('1'+i)), r); err != nil {
			t.Fatal(err)
		}
	}
	r, err := tl.Result(survey.FixedMinimum(3))
	if err != nil {
		t.Fatal(err)
	}
	var scores []string
	for _, v := range Values() {
		scores = append(scores, r.Score(v).String())
	}
	if diff := cmp.Diff([]string{"75.0", "25.0", "25.0", "25.0", "25.0", "25.0", "25.0"}, scores); diff != "" {
		t.Errorf("scores mismatch (-want +got):\n%s", diff)
	}
	bp1 := MustParseBehaviour("BP1")
	mean, err := r.Mean(bp1)
	if r.Index().String() != "32.1" || r.Band().Letter != "C" || err != nil || mean.String() != "4.00" ||
		r.Answered(bp1) != 2 || r.Missing(MustParseBehaviour("BP3")) != 3 || r.Respondents() != 3 {
		t.Errorf("index %s %s, mean %s, answered %d, missing %d", r.Index(), r.Band(), mean, r.Answered(bp1), r.Missing(MustParseBehaviour("BP3")))
	}
	if _, err := r.Mean(MustParseBehaviour("BP3")); !errors.Is(err, survey.ErrNoFigure) {
		t.Errorf("mean of an unanswered behaviour: %v", err)
	}
}

func TestRatingErrors(t *testing.T) {
	s, err := survey.NewRatingScale(1, 4)
	if err != nil {
		t.Fatal(err)
	}
	tl, _ := NewRatingTally(s)
	a := make([]int8, 21)
	for i := range a {
		a[i] = 1
	}
	a[4] = 5
	err = tl.Add("R-7", a)
	if !errors.Is(err, survey.ErrInvalidAnswer) || !strings.Contains(err.Error(), `respondent "R-7": AK2: 5: outside the scale 1–4`) {
		t.Errorf("error = %v", err)
	}
	if tl.Respondents() != 0 {
		t.Error("rejected row counted")
	}
	var ae *survey.AnswerError
	if err := tl.Add("R-8", a[:20]); !errors.Is(err, survey.ErrInvalidAnswer) || !errors.As(err, &ae) || ae.Field != "answers" {
		t.Errorf("short row: %v", err)
	}
	for _, c := range [][2]int{{5, 1}, {-1, 5}, {1, 101}, {3, 3}} {
		if _, err := survey.NewRatingScale(c[0], c[1]); !errors.Is(err, survey.ErrInvalidInstrument) {
			t.Errorf("NewRatingScale%v: %v", c, err)
		}
	}
	// A value with no answers at all has no score.
	all := make([]int8, 21)
	for i := range all {
		all[i] = 3
	}
	for _, b := range Adaptif.Behaviours() {
		all[b-1] = survey.NoAnswer
	}
	tl2, _ := NewRatingTally(survey.DefaultRatingScale())
	_ = tl2.Add("x", all)
	if _, err := tl2.Result(survey.FixedMinimum(1)); !errors.Is(err, survey.ErrNoFigure) || !strings.Contains(err.Error(), "Adaptif") {
		t.Errorf("Result = %v", err)
	}
	other, _ := NewRatingTally(s)
	if err := tl2.Merge(other); !errors.Is(err, survey.ErrInvalidInstrument) {
		t.Errorf("Merge of different scales: %v", err)
	}
}

func TestCultureHealth(t *testing.T) {
	f := figure.MustParse
	scores := map[HealthComponent]figure.Figure{
		HealthImplementation: f("60.9"), HealthCultureBalance: f("70"), HealthPositiveEnergy: f("80"),
		HealthPersonalAlignment: f("40"), HealthDesiredAlignment: f("60"),
	}
	weights := map[HealthComponent]decimal.Decimal{
		HealthImplementation: d("2"), HealthCultureBalance: d("1"), HealthPositiveEnergy: d("1"),
		HealthPersonalAlignment: d("1"), HealthDesiredAlignment: d("0"),
	}
	// (2·60.9 + 70 + 80 + 40 + 0) / 5 = 311.8 / 5 = 62.36 → 62.4, B.
	idx, band, err := CultureHealth(scores, weights)
	if err != nil || idx.String() != "62.4" || band.Letter != "B" {
		t.Errorf("CultureHealth = %s %s %v", idx, band, err)
	}
	for name, edit := range map[string]func(s map[HealthComponent]figure.Figure, w map[HealthComponent]decimal.Decimal){
		"missing weight": func(s map[HealthComponent]figure.Figure, w map[HealthComponent]decimal.Decimal) {
			delete(w, HealthCultureBalance)
		},
		"missing score": func(s map[HealthComponent]figure.Figure, w map[HealthComponent]decimal.Decimal) {
			delete(s, HealthPositiveEnergy)
		},
		"negative weight": func(s map[HealthComponent]figure.Figure, w map[HealthComponent]decimal.Decimal) {
			w[HealthPositiveEnergy] = d("-1")
		},
		"score above 100": func(s map[HealthComponent]figure.Figure, w map[HealthComponent]decimal.Decimal) {
			s[HealthImplementation] = f("100.1")
		},
		"all zero weights": func(s map[HealthComponent]figure.Figure, w map[HealthComponent]decimal.Decimal) {
			clear(w)
			fillWeights(w, d("0"))
		},
		"zero Figure": func(s map[HealthComponent]figure.Figure, w map[HealthComponent]decimal.Decimal) {
			s[HealthImplementation] = figure.Figure{}
		},
		"unknown weight": func(s map[HealthComponent]figure.Figure, w map[HealthComponent]decimal.Decimal) {
			w[HealthComponent(9)] = d("1")
		},
	} {
		s, w := copyMap(scores), copyMap(weights)
		edit(s, w)
		if _, _, err := CultureHealth(s, w); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
	if p, err := AlignmentPercent(6); err != nil || p.String() != "60.0" {
		t.Errorf("AlignmentPercent(6) = %s, %v", p, err)
	}
	if _, err := AlignmentPercent(11); err == nil {
		t.Error("AlignmentPercent(11)")
	}
}

func fillWeights(w map[HealthComponent]decimal.Decimal, x decimal.Decimal) {
	for _, c := range HealthComponents() {
		w[c] = x
	}
}

func copyMap[V any](m map[HealthComponent]V) map[HealthComponent]V { return maps.Clone(m) }

// TestAggregate reproduces the shape of the 2022 national figure: the
// unweighted mean over agencies that met their minimum, with the others
// listed.
func TestAggregate(t *testing.T) {
	prof := func(x string) Profile {
		m := map[Value]decimal.Decimal{}
		for _, v := range Values() {
			m[v] = d(x)
		}
		return MustNewProfile(m)
	}
	units := []Unit{
		{Name: "A", Respondents: 400, Minimum: survey.Slovin(1000, 5), Profile: prof("60.0")},
		{Name: "B", Respondents: 100, Minimum: survey.Slovin(1000, 5), Profile: prof("90.0")}, // needs 286
		{Name: "C", Respondents: 300, Minimum: survey.FixedMinimum(300), Profile: prof("61.9")},
	}
	n, err := Aggregate(units)
	if err != nil {
		t.Fatal(err)
	}
	// (60.0 + 61.9) / 2 = 60.95 → 61.0 (half-up), B.
	if n.Index().String() != "61.0" || n.Band().Letter != "B" || n.Profile().Score(BerorientasiPelayanan).String() != "61.0" {
		t.Errorf("national = %s %s, BP %s", n.Index(), n.Band(), n.Profile().Score(BerorientasiPelayanan))
	}
	// Rounded once: units with six 60.0 and BP 60.35, and all 60.0. The
	// mean of the 14 scores is 60.025 → 60.0; rounding each unit's index
	// first would give (60.1 + 60.0)/2 = 60.05 → 60.1.
	m := map[Value]decimal.Decimal{}
	for _, v := range Values() {
		m[v] = d("60.0")
	}
	m[BerorientasiPelayanan] = d("60.35")
	once, err := Aggregate([]Unit{
		{Name: "A", Respondents: 1, Minimum: survey.FixedMinimum(1), Profile: MustNewProfile(m)},
		{Name: "B", Respondents: 1, Minimum: survey.FixedMinimum(1), Profile: prof("60.0")},
	})
	if err != nil || once.Index().String() != "60.0" {
		t.Errorf("national index rounded twice: %s, %v", once.Index(), err)
	}
	if diff := cmp.Diff([]string{"A", "C"}, n.Included()); diff != "" {
		t.Errorf("included mismatch (-want +got):\n%s", diff)
	}
	if len(n.Excluded()) != 1 || n.Excluded()[0].Unit != "B" || !errors.Is(n.Excluded()[0].Err, survey.ErrInsufficientRespondents) {
		t.Errorf("excluded = %+v", n.Excluded())
	}
	if _, err := Aggregate(units[1:2]); !errors.Is(err, survey.ErrInsufficientRespondents) {
		t.Errorf("none qualifying: %v", err)
	}
	if _, err := Aggregate([]Unit{units[0], units[0]}); !errors.Is(err, survey.ErrInvalidInput) {
		t.Errorf("duplicate: %v", err)
	}
	if _, err := Aggregate([]Unit{{Profile: prof("1")}}); !errors.Is(err, survey.ErrInvalidInput) {
		t.Errorf("no name: %v", err)
	}
}

func TestBinaryRoundTrip(t *testing.T) {
	in := testInstrument(t)
	tl, _ := NewBallotTally(in)
	_ = tl.Add("r", Ballot{Personal: []OptionID{1, 23}, Current: []OptionID{22, 4}, Desired: []OptionID{6}})
	b, err := tl.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	var back BallotTally
	if err := back.UnmarshalBinary(b); err != nil {
		t.Fatal(err)
	}
	if !back.Equal(tl) {
		t.Error("ballot round trip changed the tally")
	}
	for n := 0; n < len(b); n++ {
		if err := back.UnmarshalBinary(b[:n]); !errors.Is(err, survey.ErrCorrupt) {
			t.Fatalf("truncated at %d: %v", n, err)
		}
	}
	rt, _ := NewRatingTally(survey.DefaultRatingScale())
	row := make([]int8, 21)
	for i := range row {
		row[i] = int8(i%5) + 1
	}
	row[3] = survey.NoAnswer
	if err := rt.Add("r", row); err != nil {
		t.Fatal(err)
	}
	rb, _ := rt.MarshalBinary()
	var rback RatingTally
	if err := rback.UnmarshalBinary(rb); err != nil || !rback.Equal(rt) {
		t.Errorf("rating round trip: %v", err)
	}
	for n := 0; n < len(rb); n++ {
		if err := rback.UnmarshalBinary(rb[:n]); !errors.Is(err, survey.ErrCorrupt) {
			t.Fatalf("rating truncated at %d: %v", n, err)
		}
	}
}

func TestZeroTallies(t *testing.T) {
	var bt BallotTally
	if err := bt.Add("r", Ballot{}); !errors.Is(err, survey.ErrInvalidInstrument) {
		t.Errorf("zero BallotTally Add: %v", err)
	}
	if _, err := bt.Result(survey.FixedMinimum(1)); !errors.Is(err, survey.ErrInvalidInstrument) {
		t.Errorf("zero BallotTally Result: %v", err)
	}
	var rt RatingTally
	row := make([]int8, 21)
	if err := rt.Add("r", row); !errors.Is(err, survey.ErrInvalidInstrument) {
		t.Errorf("zero RatingTally Add: %v", err)
	}
	if rt.Respondents() != 0 || !rt.Equal(&RatingTally{}) {
		t.Error("zero RatingTally Respondents or Equal")
	}
	good, _ := NewRatingTally(survey.DefaultRatingScale())
	if err := good.Merge(&rt); !errors.Is(err, survey.ErrInvalidInstrument) {
		t.Errorf("Merge with zero: %v", err)
	}
	if _, err := rt.Result(survey.FixedMinimum(1)); !errors.Is(err, survey.ErrInvalidInstrument) {
		t.Errorf("zero RatingTally Result: %v", err)
	}
	blank := make([]int8, 21)
	for i := range blank {
		blank[i] = survey.NoAnswer
	}
	if err := good.Add("R-blank", blank); !errors.Is(err, survey.ErrInvalidAnswer) || good.Respondents() != 0 {
		t.Errorf("blank row: %v", err)
	}
}

func TestEnumerationText(t *testing.T) {
	for _, l := range Lists() {
		b, err := l.MarshalText()
		var back List
		if err != nil || back.UnmarshalText(b) != nil || back != l || !l.IsValid() {
			t.Errorf("List %v round trip", l)
		}
	}
	for _, k := range []OptionKind{OptionBehaviour, OptionPositive, OptionLimiting} {
		b, err := k.MarshalText()
		var back OptionKind
		if err != nil || back.UnmarshalText(b) != nil || back != k || !k.IsValid() {
			t.Errorf("OptionKind %v round trip", k)
		}
	}
	for _, c := range HealthComponents() {
		b, err := c.MarshalText()
		var back HealthComponent
		if err != nil || back.UnmarshalText(b) != nil || back != c || !c.IsValid() {
			t.Errorf("HealthComponent %v round trip", c)
		}
	}
	for _, bad := range []interface{ MarshalText() ([]byte, error) }{List(4), OptionKind(4), HealthComponent(6)} {
		if _, err := bad.MarshalText(); err == nil {
			t.Errorf("invalid %T marshals", bad)
		}
	}
	var l List
	if err := l.UnmarshalText([]byte("future")); err == nil {
		t.Error(`List accepted "future"`)
	}
	for _, s := range []string{"1-5", "1–5", " 0 - 10 "} {
		sc, err := survey.ParseRatingScale(s)
		if err != nil {
			t.Errorf("ParseRatingScale(%q): %v", s, err)
			continue
		}
		if back, err := survey.ParseRatingScale(sc.String()); err != nil || back != sc {
			t.Errorf("ParseRatingScale(%q) round trip: %v", sc, err)
		}
	}
	for _, s := range []string{"5", "a-b", "5-1", ""} {
		if _, err := survey.ParseRatingScale(s); !errors.Is(err, survey.ErrInvalidInstrument) {
			t.Errorf("ParseRatingScale(%q) = %v", s, err)
		}
	}
}

// TestBallotOfBehaviourIsThatBehaviour is the trap of v0.1.0: a ballot
// built from a behaviour counted the next behaviour, because options were
// 0-based. OptionID(b) is behaviour b.
func TestBallotOfBehaviourIsThatBehaviour(t *testing.T) {
	tl, _ := NewBallotTally(DefaultInstrument())
	bp1 := MustParseBehaviour("BP1")
	if err := tl.Add("R1", Ballot{Current: []OptionID{OptionID(bp1)}}); err != nil {
		t.Fatal(err)
	}
	r, err := tl.Result(survey.FixedMinimum(1))
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]Behaviour{bp1}, r.MostVoted(ListCurrent)); diff != "" {
		t.Errorf("MostVoted (-want +got):\n%s", diff)
	}
	if r.Votes(ListCurrent, OptionID(bp1)) != 1 || r.Reach(ListCurrent, BerorientasiPelayanan) != 1 {
		t.Errorf("votes %d, reach %d; want 1, 1", r.Votes(ListCurrent, OptionID(bp1)), r.Reach(ListCurrent, BerorientasiPelayanan))
	}
	// JSON writes every figure at its places: BP's 1 of 1 is "100.0", and
	// the index 1/7 of 100 is "14.3".
	b, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"code":"BP","score":"100.0"`, `"code":"AK","score":"0.0"`, `"index":"14.3"`} {
		if !strings.Contains(string(b), want) {
			t.Errorf("JSON lacks %s:\n%s", want, b)
		}
	}
	// Every figure carries its published places, whatever its value.
	for name, d := range map[string]figure.Figure{"index": r.Index(), "score": r.Score(BerorientasiPelayanan), "profile index": r.Profile().Index()} {
		if d.Places() != 1 {
			t.Errorf("%s %s has %d places, want 1", name, d, d.Places())
		}
	}
}

// TestZeroResultsPublishNothing checks that the zero results neither panic
// nor read as figures.
func TestZeroResultsPublishNothing(t *testing.T) {
	var b BallotResult
	var r RatingResult
	if b.IsValid() || r.IsValid() {
		t.Fatal("zero results are valid")
	}
	for name, d := range map[string]figure.Figure{"ballot index": b.Index(), "ballot score": b.Score(Adaptif), "rating index": r.Index(), "rating score": r.Score(Adaptif)} {
		if d.IsValid() {
			t.Errorf("%s = %s", name, d)
		}
	}
	if b.Band().Letter != "" || r.Band().Letter != "" || b.Profile().IsValid() || r.Profile().IsValid() {
		t.Error("zero results have a category or a profile")
	}
	if _, err := b.Entropy(); !errors.Is(err, survey.ErrNoFigure) {
		t.Errorf("Entropy of the zero result: %v", err)
	}
}
