package engagement

import (
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/go-asn/berakhlak/figure"
	"github.com/go-asn/berakhlak/survey"
	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
)

// compareInstrument has a dimension of three items, one reverse-coded,
// and a dimension of one item (Wilson's interval on its own, the share's
// variance in a change).
func compareInstrument(t testing.TB) Instrument {
	t.Helper()
	in, err := NewInstrument(Definition{Items: []survey.Item{
		{Code: "A1", Dimension: "A"}, {Code: "A2", Dimension: "A"}, {Code: "A3", Dimension: "A", Reverse: true},
		{Code: "B1", Dimension: "B"},
	}})
	if err != nil {
		t.Fatal(err)
	}
	return in
}

func randomAnswers(rng *rand.Rand, n int) [][]int8 {
	out := make([][]int8, n)
	for i := range out {
		a := make([]int8, 4)
		for j := range a {
			a[j] = int8(rng.IntN(5) + 1)
			if rng.IntN(12) == 0 {
				a[j] = survey.NoAnswer
			}
		}
		if a[0] == survey.NoAnswer && a[1] == survey.NoAnswer && a[2] == survey.NoAnswer && a[3] == survey.NoAnswer {
			a[1] = 3 // a blank row is not a respondent
		}
		out[i] = a
	}
	return out
}

func resultOf(t testing.TB, in Instrument, min survey.Minimum, answers [][]int8, opts ...ResultOption) Result {
	t.Helper()
	tl, err := NewTally(in)
	if err != nil {
		t.Fatal(err)
	}
	for i, a := range answers {
		if err := tl.Add(Response{Respondent: fmt.Sprint(i), Answers: a}); err != nil {
			t.Fatal(err)
		}
	}
	r, err := tl.Result(min, opts...)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// favRef counts, from the raw answers and not from a tally, each of the
// items' answers in the top two boxes (A3 reverse-coded: 1 and 2) and
// their answers.
func favRef(answers [][]int8, items []int) (top, n []int64) {
	top, n = make([]int64, len(items)), make([]int64, len(items))
	for _, a := range answers {
		for k, i := range items {
			x := a[i]
			if x == survey.NoAnswer {
				continue
			}
			if i == 2 {
				x = 6 - x
			}
			n[k]++
			if x >= 4 {
				top[k]++
			}
		}
	}
	return top, n
}

// refPercent is 100·Σtop/Σn rounded half-up to one place, and the
// variance bound of the percentage: k·Σ wᵢ²·p̂ᵢ(1 − p̂ᵢ)/nᵢ·FPC²·100², wᵢ =
// nᵢ/Σn, k the items with a variance above zero (Cauchy–Schwarz), or one
// item's own p̂(1 − p̂)/n·FPC²·100².
func refPercent(top, n []int64, N int64) (decimal.Decimal, *big.Rat) {
	var st, sn int64
	for i := range top {
		st, sn = st+top[i], sn+n[i]
	}
	pct := decimal.NewFromInt(100*st).DivRound(decimal.NewFromInt(sn), 1)
	v, k := new(big.Rat), int64(0)
	for i := range top {
		if n[i] == 0 {
			continue
		}
		p := big.NewRat(top[i], n[i])
		pv := new(big.Rat).Mul(p, new(big.Rat).Sub(big.NewRat(1, 1), p))
		pv.Quo(pv, big.NewRat(n[i], 1))
		if N > 0 {
			pv.Mul(pv, big.NewRat(N-n[i], N-1))
		}
		if pv.Sign() != 0 {
			k++
		}
		w := big.NewRat(n[i], sn)
		pv.Mul(pv, new(big.Rat).Mul(w, w))
		v.Add(v, pv)
	}
	v.Mul(v, big.NewRat(10000*max(k, 1), 1))
	return pct, v
}

// single reports whether an item has one answer, and that answer is not
// the whole population's.
func single(n []int64, N int64) bool {
	for _, c := range n {
		if c == 1 && N != 1 {
			return true
		}
	}
	return false
}

// symRef returns centre ± 1.96·√v in 300-bit floats, rounded half away
// from zero to one place by shopspring, within −100…100.
func symRef(centre decimal.Decimal, v *big.Rat) (figure.Figure, figure.Figure) {
	half := new(big.Float).SetPrec(300).Sqrt(new(big.Float).SetPrec(300).SetRat(v))
	half.Mul(half, new(big.Float).SetPrec(300).SetRat(big.NewRat(196, 100)))
	c := new(big.Float).SetPrec(300).SetRat(centre.Rat())
	round := func(x *big.Float) figure.Figure {
		d := decimal.RequireFromString(x.Text('f', 40)).Round(1)
		return figure.MustNew(decimal.Min(decimal.Max(d, decimal.NewFromInt(-100)), decimal.NewFromInt(100)), 1)
	}
	return round(new(big.Float).SetPrec(300).Sub(c, half)), round(new(big.Float).SetPrec(300).Add(c, half))
}

func TestCompareAgainstReference(t *testing.T) {
	in := compareInstrument(t)
	rng := rand.New(rand.NewPCG(31, 140))
	for i := 0; i < 100; i++ {
		n1, n2 := rng.IntN(300)+2, rng.IntN(300)+2
		a1, a2 := randomAnswers(rng, n1), randomAnswers(rng, n2)
		var N1, N2 int64
		m1, m2 := survey.FixedMinimum(1), survey.FixedMinimum(1)
		if i%2 == 1 { // with the finite-population correction
			N1, N2 = int64(n1+rng.IntN(500)), int64(n2+rng.IntN(500))
			m1, m2 = survey.Slovin(int(N1), 50), survey.Slovin(int(N2), 50)
			if m1.Required() > n1 || m2.Required() > n2 {
				N1, N2, m1, m2 = 0, 0, survey.FixedMinimum(1), survey.FixedMinimum(1)
			}
		}
		r1, r2 := resultOf(t, in, m1, a1, WithConfidentiality(1)), resultOf(t, in, m2, a2, WithConfidentiality(1))
		c, err := Compare(r1, r2)
		if err != nil {
			t.Fatal(err)
		}
		for _, part := range []struct {
			name  string
			items []int
			ch    func() (Change, error)
		}{
			{"index", []int{0, 1, 2, 3}, func() (Change, error) { return c.Index(), nil }},
			{"A", []int{0, 1, 2}, func() (Change, error) { return c.Dimension("A") }},
			{"B", []int{3}, func() (Change, error) { return c.Dimension("B") }},
		} {
			ch, err := part.ch()
			if err != nil {
				t.Fatal(err)
			}
			t1, c1 := favRef(a1, part.items)
			t2, c2 := favRef(a2, part.items)
			if single(c1, N1) || single(c2, N2) {
				// An item of one answer has no standard deviation (not a
				// census): the survey's figure, and so the change, has no
				// interval.
				if _, err := ch.Interval(); !errors.Is(err, survey.ErrNoFigure) {
					t.Fatalf("pair %d, %s: an item of one answer: %v", i, part.name, err)
				}
				continue
			}
			p1, v1 := refPercent(t1, c1, N1)
			p2, v2 := refPercent(t2, c2, N2)
			delta := p2.Sub(p1)
			lo, hi := symRef(delta, new(big.Rat).Add(v1, v2))
			got, err := ch.Interval()
			want := survey.Interval{Lo: lo, Hi: hi, Level: 95}
			if err != nil || !got.Equal(want) || !ch.Before().Decimal().Equal(p1) || !ch.After().Decimal().Equal(p2) ||
				!ch.Delta().Decimal().Equal(delta) {
				t.Fatalf("pair %d, %s: %s → %s (%s), %v %v; reference %s → %s (%s), %v",
					i, part.name, ch.Before(), ch.After(), ch.Delta(), got, err, p1, p2, delta, want)
			}
			vd, _ := ch.Verdict()
			wantV := survey.VerdictNoMeasurableChange
			if lo.Sign() > 0 {
				wantV = survey.VerdictUp
			} else if hi.Sign() < 0 {
				wantV = survey.VerdictDown
			}
			if vd != wantV {
				t.Fatalf("pair %d, %s: verdict %v for %v", i, part.name, vd, got)
			}
			// Each side's interval is the survey's own.
			b, err1 := ch.BeforeInterval()
			a, err2 := ch.AfterInterval()
			var own survey.Interval
			if part.name == "index" {
				own, _ = r1.IndexInterval()
			}
			if err1 != nil || err2 != nil || (part.name == "index" && !b.Equal(own)) || a.Respondents != n2 {
				t.Fatalf("pair %d, %s: sides %v %v %v %v, own %v", i, part.name, b, err1, a, err2, own)
			}
		}
	}
}

// FuzzCompareSelf: a survey compared with itself shows no measurable
// change in any figure, and a survey that differs only in one item's
// answers moves only where that item counts.
func FuzzCompareSelf(f *testing.F) {
	f.Add(uint64(1), uint16(50))
	f.Add(uint64(2), uint16(2))
	f.Add(uint64(3), uint16(345))
	f.Fuzz(func(t *testing.T, seed uint64, n16 uint16) {
		n := int(n16%600) + 2
		in := compareInstrument(t)
		answers := randomAnswers(rand.New(rand.NewPCG(seed, 7)), n)
		r := resultOf(t, in, survey.FixedMinimum(1), answers, WithConfidentiality(1))
		c, err := Compare(r, r)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff([]string{"A", "B"}, c.Dimensions()); diff != "" {
			t.Fatalf("Dimensions (-want +got):\n%s", diff)
		}
		changes := []Change{c.Index()}
		for _, d := range c.Dimensions() {
			ch, err := c.Dimension(d)
			if errors.Is(err, survey.ErrNoFigure) {
				continue // no one answered the dimension
			}
			if err != nil {
				t.Fatal(err)
			}
			changes = append(changes, ch)
		}
		for i, ch := range changes {
			vd, err := ch.Verdict()
			if errors.Is(err, survey.ErrNoFigure) {
				continue // every answer to an item alike somewhere: no variance, no interval
			}
			if err != nil || vd != survey.VerdictNoMeasurableChange || ch.Delta().Sign() != 0 {
				t.Fatalf("change %d of a survey against itself: %v %v, delta %s", i, vd, err, ch.Delta())
			}
		}
		if !c.Equal(c) {
			t.Fatal("a comparison is not Equal to itself")
		}
	})
}

func TestCompareRefuses(t *testing.T) {
	in := compareInstrument(t)
	rng := rand.New(rand.NewPCG(5, 5))
	a := randomAnswers(rng, 40)
	r := resultOf(t, in, survey.FixedMinimum(1), a)
	seven, err := NewInstrument(Definition{Items: in.Items(), Scale: survey.MustNewRatingScale(1, 7),
		Engaged: decimal.RequireFromString("5.5"), Neutral: decimal.RequireFromString("4")})
	if err != nil {
		t.Fatal(err)
	}
	onSeven := resultOf(t, seven, survey.FixedMinimum(1), a)
	topThree := resultOf(t, in, survey.FixedMinimum(1), a, WithTopBoxes(3))
	for _, tc := range []struct {
		name     string
		b, a     Result
		contains string
	}{
		{"zero baseline", Result{}, r, "zero Result"},
		{"zero current", r, Result{}, "zero Result"},
		{"scales", onSeven, r, "different things"},
		{"top boxes", topThree, r, "top 3"},
	} {
		_, err := Compare(tc.b, tc.a)
		if !errors.Is(err, survey.ErrInvalidInput) || !strings.Contains(err.Error(), tc.contains) {
			t.Errorf("%s: %v, want ErrInvalidInput saying %q", tc.name, err, tc.contains)
		}
	}
	if _, err := Compare(r, r); err != nil {
		t.Fatal(err)
	}
	c, _ := Compare(r, r)
	if _, err := c.Dimension("C"); !errors.Is(err, survey.ErrInvalidInput) {
		t.Errorf("Dimension(C): %v, want ErrInvalidInput", err)
	}
	if (Comparison{}).IsValid() || (Change{}).IsValid() {
		t.Error("the zero Comparison or Change is valid")
	}
	if _, err := (Change{}).Interval(); !errors.Is(err, survey.ErrNoFigure) {
		t.Errorf("the zero Change's Interval: %v", err)
	}
}

// A result read back from JSON keeps its figures and their bounds but not
// the counts behind them: compared, it has no interval of the change, and
// says so.
func TestCompareJSONHasNoChangeInterval(t *testing.T) {
	in := compareInstrument(t)
	rng := rand.New(rand.NewPCG(6, 6))
	r := resultOf(t, in, survey.FixedMinimum(1), randomAnswers(rng, 80))
	b, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	var back Result
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	c, err := Compare(back, r)
	if err != nil {
		t.Fatal(err)
	}
	ch := c.Index()
	if _, err := ch.Interval(); !errors.Is(err, survey.ErrNoFigure) || !strings.Contains(err.Error(), "JSON") {
		t.Errorf("Interval against a result from JSON: %v, want ErrNoFigure naming JSON", err)
	}
	if _, err := ch.Verdict(); !errors.Is(err, survey.ErrNoFigure) {
		t.Errorf("Verdict against a result from JSON: %v", err)
	}
	if _, err := ch.BeforeInterval(); err != nil {
		t.Errorf("the JSON result's own interval: %v", err)
	}
	if ch.Delta().Sign() != 0 {
		t.Errorf("delta %s, want 0", ch.Delta())
	}
}

// A dimension that a side withholds is compared with its reason, never
// left out.
func TestCompareWithheldDimension(t *testing.T) {
	in := compareInstrument(t)
	rng := rand.New(rand.NewPCG(8, 8))
	a := randomAnswers(rng, 30)
	for i := range a {
		a[i][3] = survey.NoAnswer // no one answers B1
	}
	a[0][3], a[1][3] = 4, 5
	r1 := resultOf(t, in, survey.FixedMinimum(1), a)
	r2 := resultOf(t, in, survey.FixedMinimum(1), randomAnswers(rng, 30))
	c, err := Compare(r1, r2)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"A", "B"}, c.Dimensions()); diff != "" {
		t.Fatalf("Dimensions (-want +got):\n%s", diff)
	}
	if _, err := c.Dimension("B"); !errors.Is(err, survey.ErrWithheld) || !strings.Contains(err.Error(), "baseline") {
		t.Errorf("Dimension(B): %v, want ErrWithheld naming the baseline", err)
	}
	if _, err := c.Dimension("A"); err != nil {
		t.Errorf("Dimension(A): %v", err)
	}
}
