package branding

import (
	"errors"
	"strings"
	"testing"

	"github.com/go-asn/berakhlak/survey"
	"github.com/google/go-cmp/cmp"
)

func testInstrument(t testing.TB) Instrument {
	t.Helper()
	in, err := NewInstrument(Definition{
		Items: []survey.Item{
			{Code: "R1", Dimension: "Reputasi"},
			{Code: "R2", Dimension: "Reputasi"},
			{Code: "K1", Dimension: "Karier"},
			{Code: "K2", Dimension: "Karier", Reverse: true},
			{Code: "MINAT", Dimension: "Minat"},
		},
		Recommend: true,
		Intention: "minat",
	})
	if err != nil {
		t.Fatal(err)
	}
	return in
}

func add(t testing.TB, tl *Tally, kind string, rec int8, answers ...int8) {
	t.Helper()
	r := Response{Respondent: "x", Group: kind, Answers: answers}
	if rec != survey.NoAnswer {
		r.Recommend = survey.Recommend(int(rec))
	}
	if err := tl.Add(r); err != nil {
		t.Fatal(err)
	}
}

// TestGolden works six respondents out by hand.
//
// Reputasi (R1, R2): 5,4 / 4,4 / 2,3 / 5,5 / 1,2 / 4,– → favourable (4–5)
// 7 of 11 = 63.6. Karier: K1 5,4,3,2,1,3 and K2 reversed (6−a) from
// 1,2,3,4,5,– → 5,4,3,2,1: favourable 4 of 11 = 36.4. Intention (MINAT,
// top box 5): 5,5,4,2,1,5 → 3 of 6 = 50.0. Recommend: survey.Recommend(10), 9, 8, 6, 0, –
// → 2 promoters, 2 detractors of 5: survey.NPS 0.
func TestGolden(t *testing.T) {
	tl, _ := NewTally(testInstrument(t))
	add(t, tl, "mahasiswa", 10, 5, 4, 5, 1, 5)
	add(t, tl, "mahasiswa", 9, 4, 4, 4, 2, 5)
	add(t, tl, "mahasiswa", 8, 2, 3, 3, 3, 4)
	add(t, tl, "mahasiswa", 6, 5, 5, 2, 4, 2)
	add(t, tl, "mahasiswa", 0, 1, 2, 1, 5, 1)
	add(t, tl, "pekerja swasta", survey.NoAnswer, 4, survey.NoAnswer, 3, survey.NoAnswer, 5)
	r, err := tl.Result(survey.FixedMinimum(6))
	if err != nil {
		t.Fatal(err)
	}
	rep, _ := r.Dimension("Reputasi")
	kar, _ := r.Dimension("Karier")
	intent, _ := r.Intention()
	nps, _ := r.NPS()
	got := []string{rep.Favourable.String(), kar.Favourable.String(), intent.String()}
	if diff := cmp.Diff([]string{"63.6", "36.4", "50.0"}, got); diff != "" {
		t.Errorf("figures mismatch (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(survey.NPS{Score: 0, Promoters: 2, Passives: 1, Detractors: 2, Missing: 1}, nps); diff != "" {
		t.Errorf("NPS mismatch (-want +got):\n%s", diff)
	}
	// pekerja swasta (1) is below the threshold, and the one respondent
	// with no group is too few to hide it: mahasiswa is suppressed too.
	kinds := r.Groups()
	if len(kinds) != 2 || kinds[0].Name != "mahasiswa" || !kinds[0].Suppressed || kinds[0].Respondents != 5 ||
		kinds[1].Name != "pekerja swasta" || !kinds[1].Suppressed || kinds[1].Result.IsValid() {
		t.Errorf("groups = %+v", kinds)
	}
	if _, err := kinds[1].Result.Attractiveness(); !errors.Is(err, survey.ErrNoFigure) {
		t.Errorf("suppressed kind has figures: %v", err)
	}
	if _, err := tl.Result(survey.FixedMinimum(7)); !errors.Is(err, survey.ErrInsufficientRespondents) {
		t.Errorf("below minimum: %v", err)
	}
}

func TestErrors(t *testing.T) {
	if _, err := NewInstrument(Definition{Items: []survey.Item{{Code: "A", Dimension: "D"}}, Intention: "B"}); !errors.Is(err, survey.ErrInvalidInstrument) || !strings.Contains(err.Error(), `intention item "B"`) {
		t.Errorf("unknown intention: %v", err)
	}
	if _, err := NewInstrument(Definition{}); !errors.Is(err, survey.ErrInvalidInstrument) {
		t.Errorf("empty: %v", err)
	}
	in, _ := NewInstrument(Definition{Items: []survey.Item{{Code: "A", Dimension: "D"}}})
	tl, _ := NewTally(in)
	if err := tl.Add(Response{Respondent: "S-1", Answers: []int8{9}}); !errors.Is(err, survey.ErrInvalidAnswer) || !strings.Contains(err.Error(), `"S-1": A: 9`) {
		t.Errorf("bad answer: %v", err)
	}
	_ = tl.Add(Response{Answers: []int8{3}})
	r, _ := tl.Result(survey.FixedMinimum(1))
	if _, err := r.Intention(); !errors.Is(err, survey.ErrNoFigure) {
		t.Errorf("no intention item: %v", err)
	}
	if _, err := r.NPS(); !errors.Is(err, survey.ErrNoFigure) {
		t.Errorf("no recommendation item: %v", err)
	}
	if _, err := tl.Result(survey.FixedMinimum(1), WithTopBoxes(9)); !errors.Is(err, survey.ErrInvalidInput) {
		t.Errorf("9 top boxes: %v", err)
	}
	other, _ := NewTally(testInstrument(t))
	if err := tl.Merge(other); !errors.Is(err, survey.ErrInvalidInstrument) {
		t.Errorf("merge of different instruments: %v", err)
	}
	if _, err := NewTally(Instrument{}); !errors.Is(err, survey.ErrInvalidInstrument) {
		t.Errorf("zero instrument: %v", err)
	}
}

// FuzzMerge checks that merging shards equals one pass, that order does
// not matter, and that a binary round trip keeps every kind's counts.
func FuzzMerge(f *testing.F) {
	f.Add([]byte("\x01\x0a\x01\x02\x03\x04\x05\x02\x00\x05\x05\x05\x05\x05"), uint8(1))
	f.Fuzz(func(t *testing.T, data []byte, cut uint8) {
		in := testInstrument(t)
		kinds := []string{"", "mahasiswa", "pekerja swasta"}
		var rs []Response
		for len(data) >= 7 {
			r := Response{Group: kinds[data[0]%3], Answers: make([]int8, 5)}
			if rec := int(data[1] % 12); rec < 11 {
				r.Recommend = survey.Recommend(rec)
			}
			for i := range r.Answers {
				r.Answers[i] = int8(data[2+i] % 6)
				if r.Answers[i] == 0 {
					r.Answers[i] = survey.NoAnswer
				}
			}
			if r.Answers[0] == survey.NoAnswer {
				r.Answers[0] = 3
			}
			rs = append(rs, r)
			data = data[7:]
		}
		tally := func(rs []Response) *Tally {
			tl, _ := NewTally(in)
			for _, r := range rs {
				if err := tl.Add(r); err != nil {
					t.Fatal(err)
				}
			}
			return tl
		}
		whole := tally(rs)
		k := 0
		if len(rs) > 0 {
			k = int(cut) % (len(rs) + 1)
		}
		a, b := tally(rs[:k]), tally(rs[k:])
		if err := b.Merge(a); err != nil || !b.Equal(whole) {
			t.Fatalf("merge differs from one pass: %v", err)
		}
		bin, _ := whole.MarshalBinary()
		var back Tally
		if err := back.UnmarshalBinary(bin); err != nil || !back.Equal(whole) {
			t.Fatalf("binary round trip: %v", err)
		}
	})
}

// TestUnsetRecommendIsNoAnswer: an unset Recommend is no answer, never a
// detractor (issue 22, item 4).
func TestUnsetRecommendIsNoAnswer(t *testing.T) {
	tl, _ := NewTally(testInstrument(t))
	for range 20 {
		if err := tl.Add(Response{Respondent: "r", Answers: []int8{4, 4, 4, 4, 4}}); err != nil {
			t.Fatal(err)
		}
	}
	r, err := tl.Result(survey.FixedMinimum(20))
	if err != nil {
		t.Fatal(err)
	}
	if n, err := r.NPS(); !errors.Is(err, survey.ErrNoFigure) {
		t.Errorf("NPS of unset recommendations = %+v, %v; want no figure", n, err)
	}
}
