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

// Where the time goes (issue 14), from
//
//	go test -run '^$' -bench 'RatingTally$|BallotTally$' -cpuprofile cpu.out ./akhlak
//	go tool pprof -list 'RatingTally..Add|BallotTally..Add' akhlak.test cpu.out
//	go build -gcflags=-d=ssa/check_bce ./internal/likert ./akhlak
//
// Rating tally, before: about 40 ns a respondent, 0.6× the float64 loop.
// The counting loop was 57% (per answer: the load, the index arithmetic, a
// bounds check, the increment, and t.items reloaded every iteration,
// because the increment's store might alias it), the range check 27% (two
// compares and a branch per answer) and the blank-row check 14%: three
// passes over 21 answers. Now Add makes one call (likert AddChecked): the
// 21 answers are checked as three overlapping words of eight lanes (a few
// word operations instead of 42 compares), then counted by an unrolled
// loop of 21 increments, about 55% of what remains; the increments, one
// load-add-store each, are the floor of a per-respondent Add. The float64
// loop costs about 1.1 ns an answer here, the increments about 0.55 ns.
// AddRows goes further for a batch: it checks a block of 256 rows while
// they are in the cache, then counts each two adjacent answers with one
// increment into a 64-counter table of the pair (the low three bits of
// each answer, masked, so no bounds check), and folds the tables into the
// histogram once per call.
//
// Ballot tally. At first about 55 ns a respondent: the pick loop was 65%
// (per pick: a bounds check, the unknown and duplicate tests with their
// branches, the set, the vote), reach 10%, and the rest building the
// [3][]OptionID array and copying the 72-byte Ballot, which the benchmark
// passes by value, twice. Add now counts first and checks after, with no
// branch per pick: per pick one load, the OR of id−1 for the range, one
// bit-test-and-set into the list's set (at bit id mod 64, rotated once per
// list, which saves a register copy per pick), one increment; one popcount
// per list for repeats; a bad ballot has its votes taken back. Add is
// about 34 ns here (29–30M respondents/s, unchanged by issue 14): the
// three pick loops half of it, the copy of the Ballot and the benchmark's
// own loop a quarter, reach (seven increments per list) a tenth.
//
// AddBallots (issue 14: 19.7 ns, 51M respondents/s, before; 14.4 ns,
// 69M/s, after; medians of 8 runs on the shared 2-core machine)
// checks a block of 255 ballots at once instead of each pick: votes go to
// a 256-entry table at the raw id, a bad id included (no subtraction, no
// mask, no bounds check, no OR), and a block whose good ids got fewer
// votes than it had picks holds a bad one; a repeat or a long list shows
// at its ballot (one popcount of the three lists' behaviour bits side by
// side; three popcounts when the instrument has extras). A bad block is thrown away
// and counted again exactly, ballot by ballot, up to the bad one. When the
// three lists have one length, as when a survey asks for exactly ten
// picks, one loop counts the three: that alone took 15 ns to 13 ns. The
// reach is folded once for the three lists and summed over 7 ballots in
// 3-bit fields before it moves to byte lanes. Where the time goes now:
// the pick loop two thirds (one load, one bit-test-and-set, one increment
// a pick), the first touch of each Ballot about a tenth, the set's
// packing, popcount and fold a tenth, the block's bookkeeping and reach
// lanes the rest.
//
// Tried and dropped (measured as the fastest of 300 runs over the same
// ballots, old and new in one process):
//   - counting votes from the sets instead of per pick: each 7 bits of a
//     set spread to 7 byte lanes by one multiplication (exact: no two
//     partial products meet), 9 words a ballot. 21 ns against 17.5 ns:
//     4 operations a lane word cost more than the 3.3 increments per 7
//     options they replace; an increment to L1 is cheap on this CPU.
//     Bit-sliced counters (8 planes, a ripple of 16 operations a list) add
//     as many instructions as the increments they save.
//   - unrolling the pick loop by two or four: as a slice walk
//     (picks = picks[2:]) the compiler masks the pointer and spills inside
//     the loop, and the function no longer inlines: 22 ns, and 28 ns
//     inlined by hand.
//   - counting the whole block in one function: the compiler's register
//     allocator spills inside the pick loops (19 ns); one call per ballot
//     keeps the loops in registers.
//   - the same three-list loop in Add (31–37 ns against 30): Add's count
//     keeps the tally, the ballot and the lengths live across the loop,
//     and the allocator spills in it; in its own function it needs bounds
//     checks or spills bytes. Folding the three lists' reach at once in
//     Add was slower too (31 ns).
//   - a pending batch inside BallotTally for Add: it would need the 6 KB
//     table in every tally (copied by Result), and MarshalBinary, Merge,
//     Equal and Result to read pending counts without changing the tally;
//     left for a change that may touch the binary encoding's code.

// BenchmarkRatingTally measures the rating tally with the answers already
// in memory, one op per respondent of 21 answers, and reports answers per
// second and the ratios against one decimal per answer and against
// float64. The nation is 4.3 million respondents × 21 items.
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

// BenchmarkRatingTallyRows measures RatingTally.AddRows on the same
// answers as BenchmarkRatingTally, in batches of 1024 respondents, one op
// per respondent, against the same references.
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

// BenchmarkBallotTally measures the ballot tally, one op per respondent
// with 3 lists of 10 picks, and reports respondents per second and the
// ratios against one decimal per vote and against float64.
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

// BenchmarkBallotTallyBatch measures BallotTally.AddBallots on the same
// ballots as BenchmarkBallotTally, in batches of 1024, one op per
// respondent, against the same references.
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
