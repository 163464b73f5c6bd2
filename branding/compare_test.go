package branding

import (
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/go-asn/berakhlak/engagement"
	"github.com/go-asn/berakhlak/survey"
	"github.com/google/go-cmp/cmp"
)

// randomResponses are n responses to testInstrument, one in twelve
// answers left out.
func randomResponses(rng *rand.Rand, n int) []Response {
	rs := make([]Response, n)
	for i := range rs {
		a := make([]int8, 5)
		for j := range a {
			a[j] = int8(rng.IntN(5) + 1)
			if j > 0 && rng.IntN(12) == 0 {
				a[j] = survey.NoAnswer
			}
		}
		rs[i] = Response{Respondent: fmt.Sprint(i), Answers: a}
	}
	return rs
}

// engagementOf scores the same answers with engagement's instrument of
// the same items, whose Compare is checked against a reference computed
// from the raw answers (engagement's TestCompareAgainstReference).
func engagementOf(t *testing.T, rs []Response) engagement.Result {
	t.Helper()
	in, err := engagement.NewInstrument(engagement.Definition{Items: testInstrument(t).Items()})
	if err != nil {
		t.Fatal(err)
	}
	tl, err := engagement.NewTally(in)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rs {
		if err := tl.Add(engagement.Response{Respondent: r.Respondent, Answers: r.Answers}); err != nil {
			t.Fatal(err)
		}
	}
	res, err := tl.Result(survey.FixedMinimum(1), engagement.WithConfidentiality(1))
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// TestCompareAsEngagement: the same answers compare alike in both
// packages, index and dimensions, figures, intervals and verdicts.
func TestCompareAsEngagement(t *testing.T) {
	in := testInstrument(t)
	rng := rand.New(rand.NewPCG(7, 31))
	for i := range 30 {
		r1, r2 := randomResponses(rng, rng.IntN(200)+2), randomResponses(rng, rng.IntN(200)+2)
		b1, err1 := tallyOf(t, in, r1).Result(survey.FixedMinimum(1), WithConfidentiality(1))
		b2, err2 := tallyOf(t, in, r2).Result(survey.FixedMinimum(1), WithConfidentiality(1))
		if err1 != nil || err2 != nil {
			t.Fatal(err1, err2)
		}
		got, err := Compare(b1, b2)
		if err != nil {
			t.Fatal(err)
		}
		want, err := engagement.Compare(engagementOf(t, r1), engagementOf(t, r2))
		if err != nil {
			t.Fatal(err)
		}
		type row struct{ Before, After, Delta, Interval, Verdict, Err string }
		rowOf := func(before, after, delta fmt.Stringer, iv func() (survey.Interval, error), vd func() (survey.Verdict, error), err error) row {
			if err != nil {
				return row{Err: "error"}
			}
			r := row{Before: before.String(), After: after.String(), Delta: delta.String()}
			if x, err := iv(); err == nil {
				r.Interval = x.String()
			}
			if v, err := vd(); err == nil {
				r.Verdict = v.String()
			}
			return r
		}
		var gotRows, wantRows []row
		g, w := got.Attractiveness(), want.Index()
		gotRows = append(gotRows, rowOf(g.Before(), g.After(), g.Delta(), g.Interval, g.Verdict, nil))
		wantRows = append(wantRows, rowOf(w.Before(), w.After(), w.Delta(), w.Interval, w.Verdict, nil))
		if diff := cmp.Diff(want.Dimensions(), got.Dimensions()); diff != "" {
			t.Fatalf("pair %d: dimensions (-engagement +branding):\n%s", i, diff)
		}
		for _, d := range got.Dimensions() {
			g, gerr := got.Dimension(d)
			w, werr := want.Dimension(d)
			gotRows = append(gotRows, rowOf(g.Before(), g.After(), g.Delta(), g.Interval, g.Verdict, gerr))
			wantRows = append(wantRows, rowOf(w.Before(), w.After(), w.Delta(), w.Interval, w.Verdict, werr))
		}
		if diff := cmp.Diff(wantRows, gotRows); diff != "" {
			t.Fatalf("pair %d (-engagement +branding):\n%s", i, diff)
		}
	}
}

// FuzzCompareSelf: a survey compared with itself has no measurable change
// in any figure that has an interval.
func FuzzCompareSelf(f *testing.F) {
	f.Add(uint64(1), uint16(40))
	f.Add(uint64(2), uint16(2))
	f.Fuzz(func(t *testing.T, seed uint64, n16 uint16) {
		rs := randomResponses(rand.New(rand.NewPCG(seed, 3)), int(n16%400)+2)
		r, err := tallyOf(t, testInstrument(t), rs).Result(survey.FixedMinimum(1), WithConfidentiality(1))
		if err != nil {
			t.Fatal(err)
		}
		c, err := Compare(r, r)
		if err != nil || !c.Equal(c) {
			t.Fatal(err)
		}
		changes := []Change{c.Attractiveness()}
		for _, d := range c.Dimensions() {
			if ch, err := c.Dimension(d); err == nil {
				changes = append(changes, ch)
			}
		}
		for i, ch := range changes {
			vd, err := ch.Verdict()
			if errors.Is(err, survey.ErrNoFigure) {
				continue
			}
			if err != nil || vd != survey.VerdictNoMeasurableChange || ch.Delta().Sign() != 0 {
				t.Fatalf("change %d of a survey against itself: %v %v, delta %s", i, vd, err, ch.Delta())
			}
		}
	})
}

func TestCompareRefuses(t *testing.T) {
	in := testInstrument(t)
	rs := randomResponses(rand.New(rand.NewPCG(4, 4)), 50)
	r, err := tallyOf(t, in, rs).Result(survey.FixedMinimum(1))
	if err != nil {
		t.Fatal(err)
	}
	top3, err := tallyOf(t, in, rs).Result(survey.FixedMinimum(1), WithTopBoxes(3))
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name     string
		b, a     Result
		contains string
	}{
		{"zero baseline", Result{}, r, "branding: Compare with the zero Result"},
		{"top boxes", top3, r, "top 3"},
	} {
		if _, err := Compare(tc.b, tc.a); !errors.Is(err, survey.ErrInvalidInput) || !strings.Contains(err.Error(), tc.contains) {
			t.Errorf("%s: %v, want ErrInvalidInput saying %q", tc.name, err, tc.contains)
		}
	}
	c, _ := Compare(r, r)
	if _, err := c.Dimension("Gaji"); !errors.Is(err, survey.ErrInvalidInput) || !strings.HasPrefix(err.Error(), "branding: ") {
		t.Errorf("Dimension(Gaji): %v", err)
	}
	// A result read back from JSON has its bounds, not the counts behind
	// them: no interval of the change.
	b, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	var back Result
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	c, err = Compare(back, r)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := c.Attractiveness().Interval(); !errors.Is(err, survey.ErrNoFigure) || !strings.HasPrefix(err.Error(), "branding: ") {
		t.Errorf("against a result from JSON: %v", err)
	}
}
