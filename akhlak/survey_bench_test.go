package akhlak

import (
	"math/rand/v2"
	"testing"

	"github.com/go-asn/berakhlak/internal/benchtest"
	"github.com/go-asn/berakhlak/survey"
	"github.com/shopspring/decimal"
)

// naiveBallotScores is the reference for reach: one decimal per vote, and
// the value scores rounded half-up at the end.
func naiveBallotScores(in Instrument, ballots []Ballot) [7]decimal.Decimal {
	var reach [7]decimal.Decimal
	one := decimal.New(1, 0)
	for _, b := range ballots {
		for k, v := range Values() {
			hit := false
			for _, p := range b.Current {
				if o, _ := in.Option(p); o.Kind == OptionBehaviour && o.Behaviour.Value() == v {
					hit = true
				}
			}
			if hit {
				reach[k] = reach[k].Add(one)
			}
		}
	}
	n := decimal.NewFromInt(int64(len(ballots)))
	var out [7]decimal.Decimal
	for k := range reach {
		out[k] = reach[k].Mul(decimal.New(100, 0)).DivRound(n, indexPlaces)
	}
	return out
}

// naiveRatingScores is the reference for rating scores: one decimal per
// answer.
func naiveRatingScores(rows [][]int8, min, max int64) [7]decimal.Decimal {
	var sum, count [7]decimal.Decimal
	one := decimal.New(1, 0)
	for _, r := range rows {
		for i, a := range r {
			if a == survey.NoAnswer {
				continue
			}
			k := i / 3
			sum[k] = sum[k].Add(decimal.New(int64(a), 0))
			count[k] = count[k].Add(one)
		}
	}
	var out [7]decimal.Decimal
	for k := range sum {
		if count[k].IsZero() {
			continue
		}
		num := sum[k].Sub(count[k].Mul(decimal.New(min, 0))).Mul(decimal.New(100, 0))
		out[k] = num.DivRound(count[k].Mul(decimal.New(max-min, 0)), indexPlaces)
	}
	return out
}

func benchRows(n int) []int8 {
	rng := rand.New(rand.NewPCG(1, 2))
	out := make([]int8, 21*n)
	for i := range out {
		out[i] = int8(rng.IntN(5)) + 1
		if rng.IntN(50) == 0 {
			out[i] = survey.NoAnswer
		}
	}
	return out
}

func benchBallots(in Instrument, n int) []Ballot {
	rng := rand.New(rand.NewPCG(3, 4))
	out := make([]Ballot, n)
	k := in.MaxPicks()
	store := make([]OptionID, 3*k*n) // one backing array, as a streaming reader keeps
	for i := range out {
		for li := 0; li < 3; li++ {
			perm := store[:k:k]
			store = store[k:]
			for j, p := range rng.Perm(in.Len())[:k] {
				perm[j] = OptionID(p + 1)
			}
			switch li {
			case 0:
				out[i].Personal = perm
			case 1:
				out[i].Current = perm
			default:
				out[i].Desired = perm
			}
		}
	}
	return out
}

var (
	sinkSum   decimal.Decimal
	sinkFloat float64
)

// BenchmarkRatingTally measures RatingTally.Add, one op per respondent of
// 21 answers, against one decimal per answer and float64.
func BenchmarkRatingTally(b *testing.B) {
	const batch = 1 << 16
	rows := benchRows(batch)
	tl, _ := NewRatingTally(survey.DefaultRatingScale())
	b.ReportAllocs()
	benchtest.Compare(b,
		func(n int) {
			for i := 0; i < n; i++ {
				j := (i % batch) * 21
				if err := tl.Add("", rows[j:j+21]); err != nil {
					b.Fatal(err)
				}
			}
		},
		ratingRefs(b, rows, batch)...,
	)
	b.ReportMetric(float64(21*b.N)/b.Elapsed().Seconds(), "answers/s")
}

// BenchmarkRatingTallyRows is BenchmarkRatingTally for AddRows, in batches
// of 1024 respondents.
func BenchmarkRatingTallyRows(b *testing.B) {
	const batch = 1 << 16
	const chunk = 1 << 10
	rows := benchRows(batch)
	tl, _ := NewRatingTally(survey.DefaultRatingScale())
	b.ReportAllocs()
	benchtest.Compare(b,
		func(n int) {
			for i := 0; i < n; i += chunk {
				j := (i % batch) * 21
				k := min(chunk, n-i)
				if _, err := tl.AddRows(rows[j : j+21*k]); err != nil {
					b.Fatal(err)
				}
			}
		},
		ratingRefs(b, rows, batch)...,
	)
	b.ReportMetric(float64(21*b.N)/b.Elapsed().Seconds(), "answers/s")
}

// ratingRefs are the references of the rating benchmarks: one decimal per
// answer, and the same sums in float64 with the same range check.
func ratingRefs(b *testing.B, rows []int8, batch int) []benchtest.Ref {
	return []benchtest.Ref{
		{Name: "decimal", Run: func(n int) {
			var sum [21]decimal.Decimal
			for i := 0; i < n; i++ {
				j := (i % batch) * 21
				for k, a := range rows[j : j+21] {
					if a != survey.NoAnswer {
						sum[k] = sum[k].Add(decimal.New(int64(a), 0))
					}
				}
			}
			sinkSum = sum[0]
		}},
		{Name: "float64", Run: func(n int) {
			var sum, cnt [21]float64
			for i := 0; i < n; i++ {
				j := (i % batch) * 21
				for k, a := range rows[j : j+21] {
					if a != survey.NoAnswer {
						if a < 1 || a > 5 {
							b.Fatal("bad answer")
						}
						sum[k] += float64(a)
						cnt[k]++
					}
				}
			}
			sinkFloat = sum[0] / cnt[0]
		}},
	}
}

// ballotRefs are the references of the ballot benchmarks: one decimal per
// vote, and the same counting in float64.
func ballotRefs(ballots []Ballot, batch int) []benchtest.Ref {
	return []benchtest.Ref{
		{Name: "decimal", Run: func(n int) {
			var votes [3][maxOptions]decimal.Decimal
			var reach [7]decimal.Decimal
			one := decimal.New(1, 0)
			for i := 0; i < n; i++ {
				bl := ballots[i%batch]
				for li, picks := range [][]OptionID{bl.Personal, bl.Current, bl.Desired} {
					for _, p := range picks {
						votes[li][p-1] = votes[li][p-1].Add(one)
					}
				}
				var hit [7]bool
				for _, p := range bl.Current {
					if p <= 21 {
						hit[(p-1)/3] = true
					}
				}
				for k, h := range hit {
					if h {
						reach[k] = reach[k].Add(one)
					}
				}
			}
			sinkSum = reach[0]
		}},
		{Name: "float64", Run: func(n int) {
			var votes [3][maxOptions]float64
			var reach [7]float64
			for i := 0; i < n; i++ {
				bl := ballots[i%batch]
				for li, picks := range [][]OptionID{bl.Personal, bl.Current, bl.Desired} {
					for _, p := range picks {
						votes[li][p-1]++
					}
				}
				var hit [7]bool
				for _, p := range bl.Current {
					if p <= 21 {
						hit[(p-1)/3] = true
					}
				}
				for k, h := range hit {
					if h {
						reach[k]++
					}
				}
			}
			sinkFloat = reach[0]
		}},
	}
}

// BenchmarkBallotTally measures BallotTally.Add, one op per respondent of
// 3 lists of 10 picks, against one decimal per vote and float64.
func BenchmarkBallotTally(b *testing.B) {
	const batch = 1 << 14
	in := DefaultInstrument()
	ballots := benchBallots(in, batch)
	tl, _ := NewBallotTally(in)
	b.ReportAllocs()
	benchtest.Compare(b,
		func(n int) {
			for i := 0; i < n; i++ {
				if err := tl.Add("", ballots[i%batch]); err != nil {
					b.Fatal(err)
				}
			}
		},
		ballotRefs(ballots, batch)...,
	)
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "respondents/s")
}

// BenchmarkBallotTallyBatch is BenchmarkBallotTally for AddBallots, in
// batches of 1024.
func BenchmarkBallotTallyBatch(b *testing.B) {
	const batch = 1 << 14
	const chunk = 1 << 10
	in := DefaultInstrument()
	ballots := benchBallots(in, batch)
	tl, _ := NewBallotTally(in)
	b.ReportAllocs()
	benchtest.Compare(b,
		func(n int) {
			for i := 0; i < n; i += chunk {
				j := i % batch
				if _, err := tl.AddBallots(ballots[j : j+min(chunk, n-i)]); err != nil {
					b.Fatal(err)
				}
			}
		},
		ballotRefs(ballots, batch)...,
	)
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "respondents/s")
}

func TestAddDoesNotAllocate(t *testing.T) {
	in := DefaultInstrument()
	ballots := benchBallots(in, 64)
	bt, _ := NewBallotTally(in)
	rows := benchRows(64)
	rt, _ := NewRatingTally(survey.DefaultRatingScale())
	i := 0
	allocs := testing.AllocsPerRun(1000, func() {
		if err := bt.Add("r", ballots[i%64]); err != nil {
			t.Fatal(err)
		}
		j := (i % 64) * 21
		if err := rt.Add("r", rows[j:j+21]); err != nil {
			t.Fatal(err)
		}
		i++
	})
	if allocs != 0 {
		t.Errorf("Add allocates %v times per respondent, want 0", allocs)
	}
	allocs = testing.AllocsPerRun(100, func() {
		if _, err := bt.AddBallots(ballots); err != nil {
			t.Fatal(err)
		}
		if _, err := rt.AddRows(rows); err != nil {
			t.Fatal(err)
		}
	})
	if allocs != 0 {
		t.Errorf("AddBallots and AddRows allocate %v times per batch of 64, want 0", allocs)
	}
}
