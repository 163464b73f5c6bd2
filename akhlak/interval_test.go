package akhlak

import (
	"encoding/json"
	"errors"
	"math/big"
	"math/rand/v2"
	"strconv"
	"testing"

	"github.com/go-asn/berakhlak/figure"
	"github.com/go-asn/berakhlak/internal/jsoncmp/jsontest"
	"github.com/go-asn/berakhlak/survey"
	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
)

// The references below recompute every interval from the raw answers,
// not from a tally: reach and sums counted here, square roots in 300-bit
// floats, rounding by shopspring's Round. Random data falls on a half
// with no measurable chance.

const refPrec = 300

func fl(r *big.Rat) *big.Float { return new(big.Float).SetPrec(refPrec).SetRat(r) }

func roundRef(x *big.Float, lo, hi float64) figure.Figure {
	d := decimal.RequireFromString(x.Text('f', 40)).Round(1)
	d = decimal.Max(d, decimal.NewFromFloat(lo))
	d = decimal.Min(d, decimal.NewFromFloat(hi))
	return figure.MustNew(d, 1)
}

// fpc2Ref is (N − n)/(N − 1), 1 without N.
func fpc2Ref(n, N int) *big.Rat {
	if N == 0 {
		return big.NewRat(1, 1)
	}
	return big.NewRat(int64(N-n), int64(N-1))
}

// wilsonRef solves (p̂ − p)² = 1.96²·FPC²·p(1 − p)/n for p by the
// quadratic formula, in percent.
func wilsonRef(x, n, N int) (figure.Figure, figure.Figure) {
	zz := new(big.Rat).Mul(big.NewRat(38416, 10000), fpc2Ref(n, N))
	p := big.NewRat(int64(x), int64(n))
	zn := new(big.Rat).Quo(zz, big.NewRat(int64(n), 1))
	A := new(big.Rat).Add(big.NewRat(1, 1), zn)
	B := new(big.Rat).Add(new(big.Rat).Add(p, p), zn)
	disc := new(big.Rat).Sub(new(big.Rat).Mul(B, B), new(big.Rat).Mul(big.NewRat(4, 1), new(big.Rat).Mul(A, new(big.Rat).Mul(p, p))))
	s := new(big.Float).SetPrec(refPrec).Sqrt(fl(disc))
	den := fl(new(big.Rat).Mul(big.NewRat(2, 1), A))
	lo := new(big.Float).SetPrec(refPrec).Sub(fl(B), s)
	hi := new(big.Float).SetPrec(refPrec).Add(fl(B), s)
	h := big.NewFloat(100).SetPrec(refPrec)
	lo.Quo(lo, den).Mul(lo, h)
	hi.Quo(hi, den).Mul(hi, h)
	return roundRef(lo, 0, 100), roundRef(hi, 0, 100)
}

// symRef returns centre ± 1.96·√v rounded to one place within lo…hi.
func symRef(centre, v *big.Rat, lo, hi float64) (figure.Figure, figure.Figure) {
	half := new(big.Float).SetPrec(refPrec).Sqrt(fl(v))
	half.Mul(half, fl(big.NewRat(196, 100)))
	c := fl(centre)
	return roundRef(new(big.Float).SetPrec(refPrec).Sub(c, half), lo, hi), roundRef(new(big.Float).SetPrec(refPrec).Add(c, half), lo, hi)
}

func randomBallots(rng *rand.Rand, n int) []Ballot {
	out := make([]Ballot, n)
	for i := range out {
		k := rng.IntN(6)
		picks := rng.Perm(21)[:k]
		out[i].Personal = []OptionID{1} // never a blank ballot, even with no current pick
		for _, p := range picks {
			out[i].Current = append(out[i].Current, OptionID(p+1))
		}
	}
	return out
}

func reachRef(bs []Ballot) [7]int {
	var r [7]int
	for _, b := range bs {
		var hit [7]bool
		for _, id := range b.Current {
			hit[(int(id)-1)/3] = true
		}
		for v, h := range hit {
			if h {
				r[v]++
			}
		}
	}
	return r
}

func ballotOf(t testing.TB, min survey.Minimum, bs []Ballot) BallotResult {
	t.Helper()
	tl, _ := NewBallotTally(DefaultInstrument())
	for i, b := range bs {
		if err := tl.Add(strconv.Itoa(i), b); err != nil {
			t.Fatal(err)
		}
	}
	r, err := tl.Result(min)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// TestBallotIntervalsAgainstReference: every value's Wilson interval and
// the index's bounded interval, over random surveys with and without a
// population, at the minimum and as a census.
func TestBallotIntervalsAgainstReference(t *testing.T) {
	rng := rand.New(rand.NewPCG(31, 1))
	for i := 0; i < 200; i++ {
		n := rng.IntN(400) + 1
		var min survey.Minimum
		N := 0
		switch i % 4 {
		case 0:
			min = survey.FixedMinimum(n)
		case 1:
			N = n // a census
			min = survey.Slovin(N, 50)
		default:
			N = n + rng.IntN(3000)
			min = survey.Slovin(N, 50)
			if min.Required() > n {
				min, N = survey.FixedMinimum(n), 0
			}
		}
		bs := randomBallots(rng, n)
		r := ballotOf(t, min, bs)
		reach := reachRef(bs)
		idxVar := new(big.Rat)
		for k, v := range Values() {
			got, err := r.ScoreInterval(v)
			if err != nil {
				t.Fatal(err)
			}
			lo, hi := wilsonRef(reach[k], n, N)
			want := survey.Interval{Lo: lo, Hi: hi, Level: 95, Respondents: n, Population: N}
			if got != want {
				t.Fatalf("survey %d, %s: reach %d of %d (N %d): %v, reference %v", i, v.Code(), reach[k], n, N, got, want)
			}
			// Var(score) = 100²·p(1 − p)/n·FPC²; the index's bound is
			// 7·Σ(1/7)²·Var = Σ Var/7 over the values that vary.
			p := big.NewRat(int64(reach[k]), int64(n))
			vr := new(big.Rat).Mul(p, new(big.Rat).Sub(big.NewRat(1, 1), p))
			vr.Mul(vr, big.NewRat(10000, int64(n))).Mul(vr, fpc2Ref(n, N))
			idxVar.Add(idxVar, vr)
		}
		varying := 0
		for _, c := range reach {
			if c > 0 && c < n && n != N {
				varying++
			}
		}
		idxVar.Mul(idxVar, big.NewRat(int64(max(varying, 1)), 49))
		sum := 0
		for _, c := range reach {
			sum += c
		}
		index := big.NewRat(int64(100*sum), int64(7*n))
		// Exact: each respondent's own 100k/7, two passes over them.
		exactVar := new(big.Rat)
		for _, b := range bs {
			k := 0
			for _, c := range reachRef([]Ballot{b}) {
				k += c
			}
			d := new(big.Rat).Sub(big.NewRat(int64(100*k), 7), index)
			exactVar.Add(exactVar, d.Mul(d, d))
		}
		got, err := r.IndexInterval()
		if n == 1 && N != 1 {
			if !errors.Is(err, survey.ErrNoFigure) {
				t.Fatalf("survey %d of one respondent: index interval %v, %v; want ErrNoFigure", i, got, err)
			}
		} else {
			if n > 1 {
				exactVar.Quo(exactVar, big.NewRat(int64(n*(n-1)), 1))
			}
			exactVar.Mul(exactVar, fpc2Ref(n, N))
			lo, hi := symRef(index, exactVar, 0, 100)
			if got.Lo != lo || got.Hi != hi {
				t.Fatalf("survey %d: index interval %v, reference %s–%s", i, got, lo, hi)
			}
		}
		// Without Σ k² (a version 1 tally): the bound from the scores,
		// never narrower than the exact interval.
		r.t.sq, r.t.hasSq = 0, false
		lo, hi := symRef(index, idxVar, 0, 100)
		bound, _ := r.IndexInterval()
		if bound.Lo != lo || bound.Hi != hi {
			t.Fatalf("survey %d: bounded index interval %v, reference %s–%s", i, bound, lo, hi)
		}
		if err == nil && (bound.Lo.Cmp(got.Lo) > 0 || bound.Hi.Cmp(got.Hi) < 0) {
			t.Fatalf("survey %d: the bound %v is narrower than the exact %v", i, bound, got)
		}
	}
}

// TestRatingIntervalsAgainstReference: a value's interval from each
// behaviour's two-pass variance of the raw answers, bounded over the
// value's behaviours, and the index's.
func TestRatingIntervalsAgainstReference(t *testing.T) {
	rng := rand.New(rand.NewPCG(31, 2))
	for i := 0; i < 100; i++ {
		n := rng.IntN(200) + 3
		N := 0
		min := survey.FixedMinimum(n)
		if i%2 == 0 {
			N = n + rng.IntN(2000)
			if m := survey.Slovin(N, 50); m.Required() <= n {
				min = m
			} else {
				N = 0
			}
		}
		tl, _ := NewRatingTally(survey.DefaultRatingScale())
		rows := make([][]int8, n)
		for r := range rows {
			rows[r] = make([]int8, 21)
			mood := rng.IntN(3)
			for b := range rows[r] {
				rows[r][b] = int8(1 + mood + rng.IntN(3))
				if rng.IntN(20) == 0 && b%3 != 0 {
					rows[r][b] = survey.NoAnswer
				}
			}
			if err := tl.Add(strconv.Itoa(r), rows[r]); err != nil {
				t.Fatal(err)
			}
		}
		res, err := tl.Result(min)
		if err != nil {
			t.Fatal(err)
		}
		idxVar, idxNum := new(big.Rat), new(big.Rat)
		for k, v := range Values() {
			// Per behaviour: its answers, mean, two-pass s²/n·FPC².
			var terms []*big.Rat // w²·Var of the mean
			total, sum := 0, 0
			for _, bh := range v.Behaviours() {
				for _, row := range rows {
					if a := row[bh-1]; a != survey.NoAnswer {
						total++
						sum += int(a)
					}
				}
			}
			for _, bh := range v.Behaviours() {
				var xs []int
				for _, row := range rows {
					if a := row[bh-1]; a != survey.NoAnswer {
						xs = append(xs, int(a))
					}
				}
				m := new(big.Rat)
				for _, x := range xs {
					m.Add(m, big.NewRat(int64(x), 1))
				}
				m.Quo(m, big.NewRat(int64(len(xs)), 1))
				ss := new(big.Rat)
				for _, x := range xs {
					d := new(big.Rat).Sub(big.NewRat(int64(x), 1), m)
					ss.Add(ss, d.Mul(d, d))
				}
				vr := ss.Quo(ss, big.NewRat(int64(len(xs)*(len(xs)-1)), 1))
				vr.Mul(vr, fpc2Ref(len(xs), N))
				w := big.NewRat(int64(len(xs)), int64(total))
				terms = append(terms, vr.Mul(vr, w.Mul(w, w)))
			}
			vv, k3 := new(big.Rat), 0
			for _, x := range terms {
				if x.Sign() != 0 {
					k3++
				}
				vv.Add(vv, x)
			}
			// In score points: × (100/4)², the bound × terms that vary.
			vv.Mul(vv, big.NewRat(int64(625*max(k3, 1)), 1))
			score := big.NewRat(int64(100*(sum-total)), int64(4*total))
			lo, hi := symRef(score, vv, 0, 100)
			got, err := res.ScoreInterval(v)
			if err != nil || got.Lo != lo || got.Hi != hi || got.Respondents != n || got.Population != N {
				t.Fatalf("survey %d, %s: %v %v, reference %s–%s of %d, N %d", i, v.Code(), got, err, lo, hi, n, N)
			}
			if vv.Sign() != 0 {
				idxVar.Add(idxVar, vv)
			}
			idxNum.Add(idxNum, score)
			_ = k
		}
		varying := 0
		for _, v := range Values() {
			if iv, _ := res.ScoreInterval(v); iv.Lo != iv.Hi {
				varying++
			}
		}
		idxVar.Mul(idxVar, big.NewRat(int64(max(varying, 1)), 49))
		lo, hi := symRef(idxNum.Quo(idxNum, big.NewRat(7, 1)), idxVar, 0, 100)
		if got, _ := res.IndexInterval(); got.Lo != lo || got.Hi != hi {
			t.Fatalf("survey %d: index interval %v, reference %s–%s", i, got, lo, hi)
		}
	}
}

// TestChangeAgainstReference: a change's interval is the published delta
// ± 1.96·√(se₁² + se₂²), each se the one its survey's interval uses.
func TestChangeAgainstReference(t *testing.T) {
	rng := rand.New(rand.NewPCG(31, 3))
	for i := 0; i < 100; i++ {
		n1, n2 := rng.IntN(300)+2, rng.IntN(300)+2
		b1, b2 := randomBallots(rng, n1), randomBallots(rng, n2)
		r1, r2 := ballotOf(t, survey.FixedMinimum(1), b1), ballotOf(t, survey.FixedMinimum(1), b2)
		c, err := Compare(r1, r2)
		if err != nil {
			t.Fatal(err)
		}
		re1, re2 := reachRef(b1), reachRef(b2)
		for k, v := range Values() {
			ch := c.Value(v)
			vr := new(big.Rat)
			for _, s := range []struct{ x, n int }{{re1[k], n1}, {re2[k], n2}} {
				p := big.NewRat(int64(s.x), int64(s.n))
				x := new(big.Rat).Mul(p, new(big.Rat).Sub(big.NewRat(1, 1), p))
				vr.Add(vr, x.Mul(x, big.NewRat(10000, int64(s.n))))
			}
			lo, hi := symRef(ch.Delta().Decimal().Rat(), vr, -100, 100)
			iv, err := ch.Interval()
			if err != nil || iv.Lo != lo || iv.Hi != hi {
				t.Fatalf("pair %d, %s: %v %v, reference %s–%s", i, v.Code(), iv, err, lo, hi)
			}
			if want := ch.After().Decimal().Sub(ch.Before().Decimal()); !ch.Delta().Decimal().Equal(want) {
				t.Fatalf("delta %s, want %s", ch.Delta(), want)
			}
			vd, _ := ch.Verdict()
			wantV := survey.VerdictNoMeasurableChange
			if iv.Lo.Sign() > 0 {
				wantV = survey.VerdictUp
			} else if iv.Hi.Sign() < 0 {
				wantV = survey.VerdictDown
			}
			if vd != wantV {
				t.Fatalf("verdict %v for %v", vd, iv)
			}
		}
	}
}

// FuzzCompareSelf: a survey compared with itself shows no measurable
// change in any figure; a tally merged with a copy of itself (the same
// shares, twice the respondents, within the population) never has a wider
// interval.
func FuzzCompareSelf(f *testing.F) {
	f.Add(uint64(1), uint16(50), uint16(0))
	f.Add(uint64(2), uint16(1), uint16(2))
	f.Add(uint64(3), uint16(345), uint16(2500))
	f.Add(uint64(4), uint16(200), uint16(400))
	f.Fuzz(func(t *testing.T, seed uint64, n16, extra uint16) {
		n := int(n16%600) + 1
		rng := rand.New(rand.NewPCG(seed, 7))
		bs := randomBallots(rng, n)
		N := 0
		min := survey.FixedMinimum(1)
		if extra > 0 {
			N = 2*n + int(extra)
			min = survey.Slovin(N, 50)
			if min.Required() > n {
				min, N = survey.FixedMinimum(1), 0
			}
		}
		r := ballotOf(t, min, bs)
		c, err := Compare(r, r)
		if err != nil {
			t.Fatal(err)
		}
		changes := []Change{c.Index()}
		for _, v := range Values() {
			changes = append(changes, c.Value(v))
		}
		for i, ch := range changes {
			vd, err := ch.Verdict()
			if i == 0 && n == 1 && N != 1 {
				// One respondent: the index has no standard deviation.
				if !errors.Is(err, survey.ErrNoFigure) {
					t.Fatalf("the index of one respondent against itself: %v %v", vd, err)
				}
				continue
			}
			if err != nil || vd != survey.VerdictNoMeasurableChange || ch.Delta().Sign() != 0 || ch.BandMoved() {
				t.Fatalf("a survey against itself: %v %v, delta %s", vd, err, ch.Delta())
			}
		}
		// And its JSON round-trips.
		b, err := json.Marshal(c)
		var back Comparison
		if err != nil || json.Unmarshal(b, &back) != nil || back != c {
			t.Fatalf("the comparison's JSON does not round-trip: %v\n%s", err, b)
		}
		// The same answers twice.
		tl, _ := NewBallotTally(DefaultInstrument())
		for i, b := range append(bs, bs...) {
			if err := tl.Add(strconv.Itoa(i), b); err != nil {
				t.Fatal(err)
			}
		}
		r2, err := tl.Result(min)
		if err != nil {
			t.Fatal(err)
		}
		check := func(what string, a, b survey.Interval, err1, err2 error) {
			if err1 != nil || err2 != nil {
				t.Fatal(err1, err2)
			}
			if b.Lo.Cmp(a.Lo) < 0 || b.Hi.Cmp(a.Hi) > 0 {
				t.Fatalf("%s: twice the respondents widen %v to %v", what, a, b)
			}
		}
		for _, v := range Values() {
			a, e1 := r.ScoreInterval(v)
			b, e2 := r2.ScoreInterval(v)
			check(v.Code(), a, b, e1, e2)
		}
		if n > 1 {
			a, e1 := r.IndexInterval()
			b, e2 := r2.IndexInterval()
			check("index", a, b, e1, e2)
		}
	})
}

func TestCompare(t *testing.T) {
	national := MustNewProfile(map[Value]decimal.Decimal{
		BerorientasiPelayanan: d("57.9"), Akuntabel: d("74.1"), Kompeten: d("56.7"), Harmonis: d("63.8"),
		Loyal: d("65.8"), Adaptif: d("38.9"), Kolaboratif: d("69.4")})
	// 40 of 100 reach BP the first time, 60 of 100 the second; nobody
	// reaches anything else.
	survey1 := ballotOf(t, survey.FixedMinimum(1), reachBP(40, 100))
	survey2 := ballotOf(t, survey.FixedMinimum(1), reachBP(60, 100))
	tests := []struct {
		name            string
		a, b            Measured
		v               Value
		want            string // before after delta interval verdict moved
		wantErr         error
		wantNoInterval  bool
		wantBandsBefore string
	}{
		// 40.0 → 60.0: d = 20.0, se² = (0.24 + 0.24)/100 × 100² = 48,
		// ±1.96·6.9282 = ±13.579: 6.4–33.6, up; C → B.
		{name: "up", a: survey1, b: survey2, v: BerorientasiPelayanan, want: "40.0 60.0 20.0 6.4–33.6 (95%) up true"},
		{name: "down", a: survey2, b: survey1, v: BerorientasiPelayanan, want: "60.0 40.0 -20.0 -33.6–-6.4 (95%) down true"},
		// 0 of 100 both times: no variance, no change.
		{name: "nobody either time", a: survey1, b: survey2, v: Adaptif, want: "0.0 0.0 0.0 0.0–0.0 (95%) no measurable change false"},
		// The index: 40/7 = 5.714… → 5.7, 60/7 = 8.571… → 8.6; delta
		// 2.9 of the published figures; its variance 7·(1/7)²·48 = 48/7,
		// one value varies so the bound is (1/7)²·48 ×1... see below.
		{name: "a published profile has no interval", a: national, b: survey2, v: Adaptif, want: "38.9 0.0 -38.9 - - true", wantNoInterval: true},
		{name: "reach against ratings", a: survey1, b: ratingOf(t), wantErr: survey.ErrInvalidInput},
		{name: "zero result", a: BallotResult{}, b: survey1, wantErr: survey.ErrInvalidInput},
		{name: "nil", a: nil, b: survey1, wantErr: survey.ErrInvalidInput},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c, err := Compare(tc.a, tc.b)
			if tc.wantErr != nil {
				if !errors.Is(err, tc.wantErr) || c.IsValid() {
					t.Fatalf("Compare: %v, want %v", err, tc.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			ch := c.Value(tc.v)
			iv, ierr := ch.Interval()
			vd, verr := ch.Verdict()
			ivs, vds := iv.String(), vd.String()
			if tc.wantNoInterval {
				if !errors.Is(ierr, survey.ErrNoFigure) || !errors.Is(verr, survey.ErrNoFigure) {
					t.Errorf("interval %v, verdict %v: want ErrNoFigure", ierr, verr)
				}
				ivs, vds = "-", "-"
			}
			got := ch.Before().String() + " " + ch.After().String() + " " + ch.Delta().String() + " " + ivs + " " + vds + " " + strconv.FormatBool(ch.BandMoved())
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("(-want +got)\n%s", diff)
			}
		})
	}
}

// reachBP returns n ballots, the first k of which pick BP1 alone in the
// current list.
func reachBP(k, n int) []Ballot {
	out := make([]Ballot, n)
	for i := range out {
		out[i].Personal = []OptionID{1}
		if i < k {
			out[i].Current = []OptionID{1}
		}
	}
	return out
}

func ratingOf(t *testing.T) RatingResult {
	tl, _ := NewRatingTally(survey.DefaultRatingScale())
	for i := range 3 {
		row := make([]int8, 21)
		for b := range row {
			row[b] = int8(1 + (i+b)%5)
		}
		if err := tl.Add(strconv.Itoa(i), row); err != nil {
			t.Fatal(err)
		}
	}
	r, err := tl.Result(survey.FixedMinimum(1))
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func TestParseTarget(t *testing.T) {
	tests := []struct {
		in, want string
		wantErr  bool
	}{
		{"65", "65", false}, {"65.0", "65.0", false}, {" 75.0 ", "75.0", false}, {"b", "B", false}, {"D", "D", false},
		{"+5.0", "+5.0", false}, {"-1.0", "-1.0", false}, {"+0", "+0", false}, {"100", "100", false},
		{"100.1", "", true}, {"E", "", true}, {"+100.5", "", true}, {"5.12345", "", true}, {"", "", true}, {"++5", "", true},
		{"1e2", "", true}, {"x", "", true}, {"-", "", true},
	}
	for _, tc := range tests {
		got, err := ParseTarget(tc.in)
		if (err != nil) != tc.wantErr || err == nil && got.String() != tc.want {
			t.Errorf("ParseTarget(%q) = %v, %v; want %q (error %v)", tc.in, got, err, tc.want, tc.wantErr)
		}
		if err != nil && !errors.Is(err, ErrInvalidTarget) {
			t.Errorf("ParseTarget(%q): %v does not wrap ErrInvalidTarget", tc.in, err)
		}
		if err == nil {
			if back, err := ParseTarget(got.String()); err != nil || back != got {
				t.Errorf("ParseTarget(%q).String() = %q does not read back: %v", tc.in, got, err)
			}
		}
	}
}

func TestAttain(t *testing.T) {
	c, err := Compare(ballotOf(t, survey.FixedMinimum(1), reachBP(40, 100)), ballotOf(t, survey.FixedMinimum(1), reachBP(60, 100)))
	if err != nil {
		t.Fatal(err)
	}
	bp := c.Value(BerorientasiPelayanan)
	// After: 60 of 100, Wilson 50.2–69.1; the change 20.0: 6.4–33.6.
	if iv, _ := bp.AfterInterval(); iv.String() != "50.2–69.1 (95%)" {
		t.Fatalf("after interval %v", iv)
	}
	prof := MustNewProfile(allScoresD("40.0"))
	pc, err := Compare(prof, MustNewProfile(allScoresD("60.0")))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name   string
		ch     Change
		target string
		want   survey.Attainment
	}{
		{"score below the interval", bp, "50.0", survey.AttainmentMet},
		{"score at the lower bound", bp, "50.2", survey.AttainmentMet},
		{"score inside the interval", bp, "60.0", survey.AttainmentUndecided},
		{"score above the interval", bp, "69.2", survey.AttainmentNotMet},
		{"category B (50.0)", bp, "B", survey.AttainmentMet},
		{"category A (75.0)", bp, "A", survey.AttainmentNotMet},
		{"change below", bp, "+5.0", survey.AttainmentMet},
		{"change inside", bp, "+10.0", survey.AttainmentUndecided},
		{"change above", bp, "+40.0", survey.AttainmentNotMet},
		{"a fall allowed", bp, "-1.0", survey.AttainmentMet},
		{"profile: the figure decides, met", pc.Value(Adaptif), "+20.0", survey.AttainmentMet},
		{"profile: the figure decides, not met", pc.Value(Adaptif), "60.1", survey.AttainmentNotMet},
	}
	for _, tc := range tests {
		got, err := tc.ch.Attain(MustParseTarget(tc.target))
		if err != nil || got != tc.want {
			t.Errorf("%s: Attain(%s) = %v, %v; want %v", tc.name, tc.target, got, err, tc.want)
		}
	}
	if _, err := bp.Attain(Target{}); !errors.Is(err, survey.ErrInvalidInput) {
		t.Errorf("Attain(zero Target): %v", err)
	}
}

func allScoresD(x string) map[Value]decimal.Decimal {
	m := map[Value]decimal.Decimal{}
	for _, v := range Values() {
		m[v] = d(x)
	}
	return m
}

func TestProposeTargets(t *testing.T) {
	national := MustNewProfile(map[Value]decimal.Decimal{
		BerorientasiPelayanan: d("57.9"), Akuntabel: d("74.1"), Kompeten: d("56.7"), Harmonis: d("63.8"),
		Loyal: d("65.8"), Adaptif: d("38.9"), Kolaboratif: d("69.4")})
	tests := []struct {
		name string
		rule TargetRule
		want map[Value]string
		idx  string
	}{
		{"+5 on the lowest", TargetRule{Lowest: MustParseTarget("+5.0")}, map[Value]string{Adaptif: "43.9"}, "no target"},
		{"B everywhere", TargetRule{Lowest: MustParseTarget("B"), Others: MustParseTarget("B"), Index: MustParseTarget("+1.0")},
			map[Value]string{BerorientasiPelayanan: "B", Akuntabel: "B", Kompeten: "B", Harmonis: "B", Loyal: "B", Adaptif: "B", Kolaboratif: "B"}, "61.9"},
		{"capped at 100", TargetRule{Others: MustParseTarget("+30.0")},
			map[Value]string{BerorientasiPelayanan: "87.9", Akuntabel: "100.0", Kompeten: "86.7", Harmonis: "93.8", Loyal: "95.8", Kolaboratif: "99.4"}, "no target"},
	}
	for _, tc := range tests {
		got, err := ProposeTargets(national, tc.rule)
		if err != nil {
			t.Fatal(err)
		}
		gm := map[Value]string{}
		for v, x := range got.Values {
			gm[v] = x.String()
		}
		if diff := cmp.Diff(tc.want, gm); diff != "" || got.Index.String() != tc.idx {
			t.Errorf("%s: index %s (-want +got)\n%s", tc.name, got.Index, diff)
		}
	}
	if _, err := ProposeTargets(Profile{}, TargetRule{}); !errors.Is(err, survey.ErrInvalidInput) {
		t.Errorf("ProposeTargets(zero Profile): %v", err)
	}
}

func TestRatingJSONWithoutSquares(t *testing.T) {
	r := ratingOf(t)
	b, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	// JSON as v1.0.0 wrote it: no sums of squares.
	var m map[string]any
	_ = json.Unmarshal(b, &m)
	for _, x := range m["behaviours"].([]any) {
		delete(x.(map[string]any), "sum_of_squares")
	}
	old, _ := json.Marshal(m)
	var back RatingResult
	if err := json.Unmarshal(old, &back); err != nil {
		t.Fatalf("JSON without sums of squares: %v", err)
	}
	if back.Index() != r.Index() {
		t.Errorf("index %s, want %s", back.Index(), r.Index())
	}
	if _, err := back.ScoreInterval(Adaptif); !errors.Is(err, survey.ErrNoFigure) {
		t.Errorf("ScoreInterval without sums of squares: %v, want ErrNoFigure", err)
	}
	if _, err := back.IndexInterval(); !errors.Is(err, survey.ErrNoFigure) {
		t.Errorf("IndexInterval without sums of squares: %v, want ErrNoFigure", err)
	}
	// A sum of squares no answers give.
	bad := string(b)
	for _, s := range []string{`"sum_of_squares":9999`, `"sum_of_squares":0`} {
		x := []byte(replaceFirst(bad, `"sum_of_squares":`, s+`,"x":`))
		if err := json.Unmarshal(x, &back); err == nil {
			t.Errorf("%s accepted", s)
		}
	}
}

func replaceFirst(s, old, new string) string {
	for i := 0; i+len(old) <= len(s); i++ {
		if s[i:i+len(old)] == old {
			return s[:i] + new + s[i+len(old):]
		}
	}
	return s
}

func FuzzComparisonJSON(f *testing.F) {
	r := fuzzBallotResult(f)
	c1, _ := Compare(r, r)
	c2, _ := Compare(r.Profile(), r)
	seedJSON(f, c1, c2)
	f.Fuzz(func(t *testing.T, data []byte) {
		jsontest.RoundTrip(t, data, Comparison.Equal)
	})
}

func FuzzChangeJSON(f *testing.F) {
	r := fuzzBallotResult(f)
	c1, _ := Compare(r, r)
	c2, _ := Compare(r.Profile(), r)
	seedJSON(f, c1.Index(), c2.Value(Adaptif))
	f.Fuzz(func(t *testing.T, data []byte) {
		jsontest.RoundTrip(t, data, Change.Equal)
	})
}

func FuzzTargetText(f *testing.F) {
	for _, s := range []string{"65.0", "B", "+5.0", "-1.0", "x", "100.0001"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		x, err := ParseTarget(s)
		if err != nil {
			return
		}
		b, err := x.MarshalText()
		var back Target
		if err != nil || back.UnmarshalText(b) != nil || back != x {
			t.Fatalf("%q: %v does not round-trip", s, x)
		}
	})
}
