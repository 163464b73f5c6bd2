package engagement

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/go-asn/berakhlak/category"
	"github.com/go-asn/berakhlak/figure"
	"github.com/go-asn/berakhlak/survey"
	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
)

func testInstrument(t testing.TB) Instrument {
	t.Helper()
	in, err := NewInstrument(Definition{
		Items: []survey.Item{
			{Code: "K1", Dimension: "Komitmen"},
			{Code: "K2", Dimension: "Komitmen"},
			{Code: "K3", Dimension: "Komitmen"},
			{Code: "B1", Dimension: "Kebanggaan"},
			{Code: "B2", Dimension: "Kebanggaan", Reverse: true},
		},
		Recommend: true,
	})
	if err != nil {
		t.Fatal(err)
	}
	return in
}

// recommend returns the recommendation answer rec, or none for
// survey.NoAnswer.
func recommend(rec int8) survey.Recommendation {
	if rec == survey.NoAnswer {
		return survey.Recommendation{}
	}
	return survey.Recommend(int(rec))
}

func add(t testing.TB, tl *Tally, group string, rec int8, answers ...int8) {
	t.Helper()
	if err := tl.Add(Response{Respondent: "r", Group: group, Answers: answers, Recommend: recommend(rec)}); err != nil {
		t.Fatal(err)
	}
}

// TestGolden works a five-respondent survey out by hand.
//
// Komitmen (K1–K3), four complete respondents: 1,2,2 / 2,3,3 / 3,3,4 /
// 4,4,5. survey.Item variances (population) 1.25, 0.5, 1.25, sum 3.0; totals
// 5, 8, 10, 13 with variance 8.5; alpha = 3/2 · (1 − 3/8.5) = 0.97058… →
// 0.971. The fifth respondent skips K2, so is left out of alpha but
// counts for K1 and K3.
//
// Recommendation: 9, 10, 0, 6, 7 → 2 promoters, 2 detractors: eNPS 0.
func TestGolden(t *testing.T) {
	tl, _ := NewTally(testInstrument(t))
	add(t, tl, "A", 9, 1, 2, 2, 5, 1)  // B2 reversed: 1 → 5
	add(t, tl, "A", 10, 2, 3, 3, 4, 2) // B2 → 4
	add(t, tl, "B", 0, 3, 3, 4, 2, 4)  // B2 → 2
	add(t, tl, "B", 6, 4, 4, 5, 1, 5)  // B2 → 1
	add(t, tl, "", 7, 5, survey.NoAnswer, 4, survey.NoAnswer, survey.NoAnswer)
	// A threshold of 1: the hand-worked figures have 4 and 5 answers,
	// below the default of 5 (TestFaultAnswersThreshold).
	r, err := tl.Result(survey.FixedMinimum(5), WithConfidentiality(1))
	if err != nil {
		t.Fatal(err)
	}
	alpha, n, err := r.Alpha("Komitmen")
	if err != nil || alpha.String() != "0.971" || n != 4 {
		t.Errorf("alpha = %s over %d, %v; want 0.971 over 4", alpha, n, err)
	}
	nps, err := r.ENPS()
	if diff := cmp.Diff(survey.NPS{Score: 0, Promoters: 2, Passives: 1, Detractors: 2}, nps); diff != "" || err != nil {
		t.Errorf("eNPS mismatch (-want +got):\n%s %v", diff, err)
	}
	// K2: answers 2,3,3,4 and one missing: mean 3.00, favourable (4–5) 1 of 4 = 25.0.
	k2, _ := r.Item("k2")
	if diff := cmp.Diff(survey.Figures{Mean: figure.MustParse("3.00"), Favourable: figure.MustParse("25.0"), Answers: 4, Missing: 1}, k2); diff != "" {
		t.Errorf("K2 mismatch (-want +got):\n%s", diff)
	}
	// Kebanggaan: B1 5,4,2,1 and B2 reversed 5,4,2,1: mean 3.00, favourable 4 of 8 = 50.0.
	kb, _ := r.Dimension("Kebanggaan")
	if kb.Mean.String() != "3.00" || kb.Favourable.String() != "50.0" || kb.Answers != 8 {
		t.Errorf("Kebanggaan = %+v", kb)
	}
	// All 22 answers: favourable 4,5 among: R1 5,5 R2 4,4 R3 4 R4 4,5,5 R5 5,4 → 10 of 22 = 45.5.
	idx, _ := r.Index()
	if idx.String() != "45.5" {
		t.Errorf("index = %s, want 45.5", idx)
	}
	// Personal means, B2 reversed: R1 15/5 = 3.0, R2 16/5 = 3.2, R3 14/5 =
	// 2.8, R4 15/5 = 3.0, R5 9/2 = 4.5.
	if diff := cmp.Diff(Segments{Engaged: 1, Neutral: 3, Disengaged: 1}, must(r.Segments())); diff != "" {
		t.Errorf("segments mismatch (-want +got):\n%s", diff)
	}
	// One-item dimension: no alpha, and it says why.
	in2, _ := NewInstrument(Definition{Items: []survey.Item{{Code: "X", Dimension: "Solo"}, {Code: "Y", Dimension: "Duo"}, {Code: "Z", Dimension: "Duo"}}})
	t2, _ := NewTally(in2)
	add(t, t2, "", survey.NoAnswer, 3, 3, 3)
	add(t, t2, "", survey.NoAnswer, 4, 4, 4)
	r2, _ := t2.Result(survey.FixedMinimum(1))
	if _, _, err := r2.Alpha("Solo"); !errors.Is(err, survey.ErrNoFigure) || !strings.Contains(err.Error(), "1 item") {
		t.Errorf("Solo alpha: %v", err)
	}
	if _, err := r2.ENPS(); !errors.Is(err, survey.ErrNoFigure) {
		t.Errorf("eNPS without item: %v", err)
	}
}

func TestMinimumAndConfidentiality(t *testing.T) {
	tl, _ := NewTally(testInstrument(t))
	for i := 0; i < 139; i++ {
		group := "Biro Umum"
		if i < 4 {
			group = "Inspektorat"
		}
		add(t, tl, group, 8, 4, 4, 4, 4, 2)
	}
	_, err := tl.Result(OfficialMinimum())
	var ie *survey.InsufficientError
	if !errors.As(err, &ie) || ie.Respondents != 139 || ie.Minimum.Required() != 140 {
		t.Fatalf("Result below 140: %v", err)
	}
	add(t, tl, "Biro Umum", 8, 4, 4, 4, 4, 2)
	r, err := tl.Result(OfficialMinimum())
	if err != nil {
		t.Fatalf("Result at 140: %v", err)
	}
	// Inspektorat (4) is below the threshold; Biro Umum (136) would reveal
	// it as the total minus Biro Umum, so it is suppressed too.
	groups := r.Groups()
	if len(groups) != 2 || groups[0].Name != "Biro Umum" || !groups[0].Suppressed || !strings.Contains(groups[0].Reason, "complementary") ||
		groups[1].Name != "Inspektorat" || !groups[1].Suppressed || groups[1].Respondents != 4 || groups[1].Result.IsValid() {
		t.Errorf("groups = %+v", groups)
	}
	if _, err := groups[1].Result.Index(); !errors.Is(err, survey.ErrNoFigure) {
		t.Errorf("suppressed group has an index: %v", err)
	}
	r, _ = tl.Result(OfficialMinimum(), WithConfidentiality(4))
	if groups := r.Groups(); groups[0].Suppressed || groups[1].Suppressed {
		t.Error("threshold 4 still suppresses a group of 4")
	}
}

// TestComplementarySuppression checks that no suppressed subgroup can be
// recovered as the whole survey minus the published subgroups.
func TestComplementarySuppression(t *testing.T) {
	tests := []struct {
		name           string
		sizes          map[string]int
		ungrouped      int
		wantSuppressed []string
	}{
		{"nothing small", map[string]int{"A": 5, "B": 9}, 0, nil},
		{"one small, no other unpublished", map[string]int{"A": 3, "B": 9, "C": 7}, 0, []string{"A", "C"}},
		{"one small, hidden among the ungrouped", map[string]int{"A": 3, "B": 9}, 2, []string{"A"}},
		{"one small, too few ungrouped", map[string]int{"A": 3, "B": 9}, 1, []string{"A", "B"}},
		{"two small together reach the threshold", map[string]int{"A": 2, "B": 3, "C": 9}, 0, []string{"A", "B"}},
		{"two small together below it", map[string]int{"A": 1, "B": 2, "C": 9, "D": 6}, 0, []string{"A", "B", "D"}},
		{"none small, too few ungrouped", map[string]int{"A": 96}, 4, []string{"A"}},
		{"none small, enough ungrouped", map[string]int{"A": 96, "B": 7}, 5, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tl, _ := NewTally(testInstrument(t))
			for g, n := range tc.sizes {
				for range n {
					add(t, tl, g, 8, 4, 4, 4, 4, 2)
				}
			}
			for range tc.ungrouped {
				add(t, tl, "", 8, 4, 4, 4, 4, 2)
			}
			r, err := tl.Result(survey.FixedMinimum(1))
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, g := range r.Groups() {
				if g.Suppressed {
					got = append(got, g.Name)
					if g.Reason == "" || g.Result.IsValid() {
						t.Errorf("%s: suppressed without a reason, or with figures", g.Name)
					}
				}
			}
			if diff := cmp.Diff(tc.wantSuppressed, got); diff != "" {
				t.Errorf("suppressed (-want +got):\n%s", diff)
			}
		})
	}
}

func TestBadInput(t *testing.T) {
	in := testInstrument(t)
	tests := []struct {
		name string
		r    Response
		want string
	}{
		{"off scale", Response{Respondent: "R1", Answers: []int8{1, 6, 1, 1, 1}}, `respondent "R1": K2: 6: outside the scale 1–5`},
		{"short", Response{Respondent: "R2", Answers: []int8{1}}, `respondent "R2": answers: 1: want 5 answers`},
		{"off scale late", Response{Respondent: "R5", Answers: []int8{5, 5, 5, 5, 0}, Recommend: survey.Recommend(3)}, `respondent "R5": B2: 0: outside the scale 1–5`},
		{"recommend", Response{Respondent: "R3", Answers: []int8{1, 1, 1, 1, 1}, Recommend: survey.Recommend(11)}, `respondent "R3": recommend: 11: outside 0–10`},
		{"blank", Response{Respondent: "R4", Answers: []int8{survey.NoAnswer, survey.NoAnswer, survey.NoAnswer, survey.NoAnswer, survey.NoAnswer}}, `respondent "R4": answers: none: no item answered`},
	}
	for _, tc := range tests {
		// Counts already in the tally, in the group the bad row names,
		// must come out unchanged.
		tl, _ := NewTally(in)
		before, _ := NewTally(in)
		for _, t2 := range []*Tally{tl, before} {
			add(t, t2, "G", 9, 5, 4, 3, 2, 1)
			add(t, t2, "G", survey.NoAnswer, 1, 2, survey.NoAnswer, 4, 5)
		}
		tc.r.Group = "G"
		err := tl.Add(tc.r)
		if !errors.Is(err, survey.ErrInvalidAnswer) || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: error = %v, want %q", tc.name, err, tc.want)
		}
		if !tl.Equal(before) {
			t.Errorf("%s: a rejected response changed the tally", tc.name)
		}
	}
	var zero Tally
	if err := zero.Add(Response{Answers: []int8{1, 1, 1, 1, 1}}); !errors.Is(err, survey.ErrInvalidInstrument) {
		t.Errorf("zero Tally Add: %v", err)
	}
	if _, err := zero.Result(OfficialMinimum()); !errors.Is(err, survey.ErrInvalidInstrument) {
		t.Errorf("zero Tally Result: %v", err)
	}
	if _, err := zero.MarshalBinary(); !errors.Is(err, survey.ErrInvalidInstrument) || zero.Respondents() != 0 {
		t.Errorf("zero Tally MarshalBinary: %v", err)
	}
	noRec, _ := NewInstrument(Definition{Items: []survey.Item{{Code: "A", Dimension: "D"}}})
	tl, _ := NewTally(noRec)
	if err := tl.Add(Response{Answers: []int8{3}, Recommend: survey.Recommend(5)}); !errors.Is(err, survey.ErrInvalidAnswer) {
		t.Errorf("recommendation without item: %v", err)
	}
}

func TestNewInstrumentErrors(t *testing.T) {
	seven, _ := survey.NewRatingScale(1, 7)
	tests := []struct {
		name string
		d    Definition
		want string
	}{
		{"no items", Definition{}, "no items"},
		{"duplicate", Definition{Items: []survey.Item{{Code: "A", Dimension: "D"}, {Code: "a", Dimension: "D"}}}, `item code "a" repeats "A"`},
		{"empty code", Definition{Items: []survey.Item{{Dimension: "D"}}}, "item 1 has no code"},
		{"empty dimension", Definition{Items: []survey.Item{{Code: "A"}}}, `item "A" has no dimension`},
		{"thresholds needed", Definition{Items: []survey.Item{{Code: "A", Dimension: "D"}}, Scale: seven}, "set the Engaged and Neutral thresholds"},
		{"only Engaged", Definition{Items: []survey.Item{{Code: "A", Dimension: "D"}}, Scale: survey.MustNewRatingScale(0, 10), Engaged: decimal.New(8, 0)}, "set both or neither"},
		{"only Neutral", Definition{Items: []survey.Item{{Code: "A", Dimension: "D"}}, Neutral: decimal.New(3, 0)}, "set both or neither"},
		{"threshold off scale", Definition{Items: []survey.Item{{Code: "A", Dimension: "D"}}, Engaged: decimal.New(6, 0), Neutral: decimal.New(3, 0)}, "outside the scale"},
		{"thresholds reversed", Definition{Items: []survey.Item{{Code: "A", Dimension: "D"}}, Engaged: decimal.New(3, 0), Neutral: decimal.New(4, 0)}, "above the engaged threshold"},
	}
	for _, tc := range tests {
		_, err := NewInstrument(tc.d)
		if !errors.Is(err, survey.ErrInvalidInstrument) || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: error = %v, want %q", tc.name, err, tc.want)
		}
	}
	if _, err := NewTally(Instrument{}); !errors.Is(err, survey.ErrInvalidInstrument) {
		t.Errorf("zero instrument: %v", err)
	}
}

func TestOptionsAndCategory(t *testing.T) {
	tl, _ := NewTally(testInstrument(t))
	add(t, tl, "", 9, 5, 4, 3, 3, 3)
	if _, err := tl.Result(survey.FixedMinimum(1), WithTopBoxes(0)); !errors.Is(err, survey.ErrInvalidInput) {
		t.Errorf("0 top boxes: %v", err)
	}
	if _, err := tl.Result(survey.FixedMinimum(1), WithConfidentiality(0)); !errors.Is(err, survey.ErrInvalidInput) {
		t.Errorf("confidentiality 0: %v", err)
	}
	r, err := tl.Result(survey.FixedMinimum(1), WithTopBoxes(1))
	if err != nil {
		t.Fatal(err)
	}
	// Top box only: one 5 of five answers = 20.0.
	idx, _ := r.Index()
	scale := category.MustNewScale("Keterlibatan (contoh)", 1, decimal.New(100, 0),
		category.Band{Letter: "T", Label: "Tinggi", Min: decimal.New(60, 0)},
		category.Band{Letter: "R", Label: "Rendah", Min: decimal.Zero})
	b, err := r.Band(scale)
	if idx.String() != "20.0" || err != nil || b.Letter != "R" {
		t.Errorf("index %s, category %v %v", idx, b, err)
	}
	var zero Result
	if _, err := zero.Total(); !errors.Is(err, survey.ErrNoFigure) {
		t.Errorf("zero Result Total: %v", err)
	}
	if _, err := r.Item("nope"); !errors.Is(err, survey.ErrInvalidInput) {
		t.Errorf("unknown item: %v", err)
	}
	if _, err := r.Dimension("nope"); !errors.Is(err, survey.ErrInvalidInput) {
		t.Errorf("unknown dimension: %v", err)
	}
}

// TestUnsetRecommendIsNoAnswer: a response whose Recommend is left unset
// is no recommendation answer, never a detractor (issue 22, item 4): 140
// such responses give no eNPS (before, −100 with no error), and one
// survey.Recommend(0) among them is one detractor.
func TestUnsetRecommendIsNoAnswer(t *testing.T) {
	tl, _ := NewTally(testInstrument(t))
	for range 140 {
		if err := tl.Add(Response{Respondent: "r", Answers: []int8{4, 4, 4, 4, 4}}); err != nil {
			t.Fatal(err)
		}
	}
	r, err := tl.Result(OfficialMinimum())
	if err != nil {
		t.Fatal(err)
	}
	if n, err := r.ENPS(); !errors.Is(err, survey.ErrNoFigure) {
		t.Errorf("eNPS of 140 unset recommendations = %+v, %v; want no figure", n, err)
	}
	if err := tl.Add(Response{Respondent: "r", Answers: []int8{4, 4, 4, 4, 4}, Recommend: survey.Recommend(0)}); err != nil {
		t.Fatal(err)
	}
	r, _ = tl.Result(OfficialMinimum(), WithConfidentiality(1))
	want := survey.NPS{Score: -100, Detractors: 1, Missing: 140}
	if n, err := r.ENPS(); err != nil || n != want {
		t.Errorf("eNPS = %+v, %v; want %+v", n, err, want)
	}
	// A negative answer is refused, naming it, not taken for no answer.
	err = tl.Add(Response{Respondent: "x", Answers: []int8{4, 4, 4, 4, 4}, Recommend: survey.Recommend(-1)})
	if !errors.Is(err, survey.ErrInvalidAnswer) || !strings.Contains(err.Error(), "recommend: -1: outside 0–10") {
		t.Errorf("Recommend(-1): %v", err)
	}
}

// TestFaultAnswersThreshold (issue 23, item 9): the confidentiality
// threshold applies to the answers behind every published figure, not only
// to a subgroup's respondents. Before, a subgroup of 5 in which one person
// answered an item published that item's mean with Answers: 1, and an
// eNPS of one detractor.
func TestFaultAnswersThreshold(t *testing.T) {
	tl, _ := NewTally(testInstrument(t))
	na := survey.NoAnswer
	// Unit A: five respondents; one answers K1 and recommends 2, the
	// others leave both blank.
	add(t, tl, "A", 2, 5, 4, 4, 4, 4)
	for range 4 {
		add(t, tl, "A", na, na, 4, 4, 4, 4)
	}
	// Unit B: ten respondents who answer everything.
	for range 10 {
		add(t, tl, "B", 9, 3, 4, 4, 4, 4)
	}
	r, err := tl.Result(survey.FixedMinimum(1))
	if err != nil {
		t.Fatal(err)
	}
	groups := r.Groups()
	a, b := groups[0].Result, groups[1].Result
	if _, err := a.Item("K1"); !errors.Is(err, survey.ErrWithheld) || !errors.Is(err, survey.ErrNoFigure) ||
		!strings.Contains(err.Error(), "1 answers, below the confidentiality threshold of 5") {
		t.Errorf("unit A's K1, one answer: %v", err)
	}
	if _, err := a.ENPS(); !errors.Is(err, survey.ErrNoFigure) {
		t.Errorf("unit A's eNPS, one answer: %v", err)
	}
	// Complementary suppression: the whole survey publishes K1 (11
	// answers) and unit B's 10 would reveal unit A's one answer by
	// difference, so unit B's K1 and eNPS are withheld too.
	if _, err := r.Item("K1"); err != nil {
		t.Errorf("the whole survey's K1: %v", err)
	}
	for _, f := range []func() error{
		func() error { _, err := b.Item("K1"); return err },
		func() error { _, err := b.ENPS(); return err },
	} {
		if err := f(); !errors.Is(err, survey.ErrWithheld) || !strings.Contains(err.Error(), "complementary suppression") {
			t.Errorf("unit B: %v, want complementary suppression", err)
		}
	}
	// Unit B's other items have enough answers everywhere, and are
	// published; the withheld figures are in the JSON with their reason.
	if f, err := b.Item("K2"); err != nil || f.Answers != 10 {
		t.Errorf("unit B's K2: %+v, %v", f, err)
	}
	data, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(data), `"reason":"1 answers, below the confidentiality threshold of 5"`) {
		t.Errorf("the JSON lacks the withheld item's reason:\n%s", data)
	}
	var back Result
	if err := json.Unmarshal(data, &back); err != nil || !back.Equal(r) {
		t.Errorf("round trip of a result with withheld figures: %v", err)
	}
}
