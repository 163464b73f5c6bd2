package engagement

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/go-asn/berakhlak/internal/benchtest"
	"github.com/go-asn/berakhlak/survey"
	"github.com/shopspring/decimal"
)

func benchInstrument(b testing.TB) Instrument {
	var items []survey.Item
	for i := 0; i < 20; i++ {
		items = append(items, survey.Item{Code: fmt.Sprintf("E%02d", i+1), Dimension: fmt.Sprintf("D%d", i/5), Reverse: i%7 == 0})
	}
	in, err := NewInstrument(Definition{Items: items, Recommend: true})
	if err != nil {
		b.Fatal(err)
	}
	return in
}

func benchResponses(n int) []Response {
	rng := rand.New(rand.NewPCG(5, 6))
	store := make([]int8, 20*n)
	out := make([]Response, n)
	for i := range out {
		a := store[i*20 : (i+1)*20 : (i+1)*20]
		for j := range a {
			a[j] = int8(rng.IntN(5)) + 1
			if rng.IntN(40) == 0 {
				a[j] = survey.NoAnswer
			}
		}
		out[i] = Response{Answers: a, Recommend: survey.Recommend(rng.IntN(11))}
	}
	return out
}

// benchBatch is how many responses BenchmarkTally cycles through.
const benchBatch = 1 << 16

var (
	sinkDec   decimal.Decimal
	sinkFloat float64
)

// floatTally is BenchmarkTally's float64 reference: the same tally as Add
// for benchInstrument's shape (20 items on 1–5, dimensions of five, every
// seventh item reverse-coded, a recommendation), in the plain loop a
// caller would write with float64 sums: each answer checked against the
// scale and reverse-coded, then its item's count, sum and sum of squares;
// the respondent's mean against the default thresholds 4.0 and 3.0 for
// the segment; the recommendation's count; and, for each dimension the
// respondent answered in full, its total and the total's square (for
// Cronbach's alpha). It counts n respondents, cycling through the
// benchBatch responses of rs.
func floatTally(b *testing.B, rs []Response, n int) float64 {
	rs = rs[:benchBatch]
	var sum, sq, cnt [20]float64
	var dimT, dimT2, dimN [4]float64
	var seg [4]float64
	var nps [12]float64
	for i := 0; i < n; i++ {
		r := rs[i%benchBatch]
		var total, answered float64
		var dt [4]float64
		complete := [4]bool{true, true, true, true}
		for k, a := range r.Answers {
			d := k / 5
			if a == survey.NoAnswer {
				complete[d] = false
				continue
			}
			if a < 1 || a > 5 {
				b.Fatal("bad answer")
			}
			x := float64(a)
			if k%7 == 0 {
				x = 6 - x
			}
			sum[k] += x
			sq[k] += x * x
			cnt[k]++
			total += x
			answered++
			dt[d] += x
		}
		for d, ok := range complete {
			if ok {
				dimT[d] += dt[d]
				dimT2[d] += dt[d] * dt[d]
				dimN[d]++
			}
		}
		switch mean := total / answered; {
		case answered == 0:
			seg[3]++
		case mean >= 4:
			seg[0]++
		case mean >= 3:
			seg[1]++
		default:
			seg[2]++
		}
		if a, ok := r.Recommend.Answer(); !ok || a < 0 || a > 10 {
			nps[11]++
		} else {
			nps[a]++
		}
	}
	return sum[0] + sq[0] + cnt[0] + dimT[0] + dimT2[0] + dimN[0] + seg[0] + nps[0]
}

// Where the time goes (issue 14), from
//
//	go test -run '^$' -bench 'Tally$' -cpuprofile cpu.out ./engagement
//	go tool pprof -list 'tally..Tally..add' engagement.test cpu.out
//	go test -run '^$' -bench Add ./internal/tally   (Add alone, against the old Add)
//
// Before: about 70 ns a respondent of 20 items. Per answer, a branch on
// Missing (mispredicted on the 2.5% missing answers), a range check, the
// reverse coding by a multiplication, a scratch store and the increment;
// then the 40% of rows with a missing answer took a second pass over the
// items of every dimension through an index table. Now the answers are
// checked and reverse-coded eight at a time as the lanes of a word, which
// also gives the Missing answers as a bit mask; one loop counts the
// histogram and running sums; a complete dimension's total is a difference
// of two running sums, an incomplete one is found by a mask test; the
// segment is chosen without a branch. Of the remaining time, the 20
// increments and running sums take about a third, the dimensions a
// quarter, the word checks a sixth. Missing answers still cost: without
// any, Add takes about 36 ns instead of 42 (the mispredicted test of each
// dimension and the incomplete dimension's answers). A batch entry point
// counting answer pairs was tried and saved only about 4%: the histogram
// is not the bottleneck here.
//
// Tried after that, and not kept (the machine too noisy for timings
// alone, so also counted in instructions, with valgrind --tool=callgrind
// on a temporary benchmark of internal/tally's add alone over 200000
// complete rows of this shape, -test.benchtime 200000x): Add executes about 790
// instructions a respondent, of which the histogram loop about 265 (13 an
// item), the word checks and reverse coding about 200, the dimensions
// about 100. Split in parts, the loop of 20 items costs about 11 ns
// whether it increments the histogram or only keeps the running sums, so
// Add runs near the machine's width (about five instructions a cycle) and
// only fewer instructions make it faster.
//   - The histogram counted from the words' lanes, unrolled eight at a
//     time, with the dimension totals summed in SWAR from the words: 860
//     instructions, slower (the SWAR sum of a dimension costs more than two
//     running-sum stores a dimension, and the unrolled loop spills).
//   - The same with the running sums kept, the bytes from scratch, and the
//     last word's spare lanes counted in spare histogram rows: 740–790,
//     no faster in time.
//   - A batch entry point (AddResponses) counting the dimensions without a
//     branch on completeness and the incomplete dimensions' answers later,
//     in a loop of their own, to take the mispredicted branch out: correct
//     (fuzzed against Add) but no faster (49–50 ns against 46–47 ns for
//     Add, best of 8), so it was not added.
//   - Counting in bit planes instead of a histogram (tried in the
//     session after): each answer less min has three bits, and for each
//     set of those bits a word of byte-lane counters counts, for the eight
//     items of a word at once, the answers that have all of them; the
//     histogram is recovered exactly every 255 respondents by inverting
//     the sums over supersets, lane-wise; dimension totals are three
//     population counts of bit masks over the items; the incomplete
//     dimensions' answers went into a second set of counters, so the path
//     had no branch on the answers. Correct (fuzzed against the
//     reference, past the 255 flush) but slower: about 1,095 instructions
//     a respondent against 858 for Add (callgrind, the shape above, 300000
//     rows), and no faster in time. The compiler keeps few of the
//     planes in registers (spills around the population counts' fallback
//     call without GOAMD64=v2), and 15–24 counter updates in memory per
//     word cost about what eight histogram increments do.
//
// A later session measured where the 48 ns go by cutting Add short at
// each stage (interleaved runs of the full and cut binaries, medians of
// five): the benchmark's loop and the calls down to add's first checks
// take 7 ns; the word checks and reverse coding 10 ns; the histogram loop
// with its running sums 17 ns; the dimensions 12–13 ns; the segment and
// the recommendation about 1 ns. It then tried, and did not keep:
//   - A histogram counted a word at a time, on scales whose highest
//     answer is at most 14: one addition turns a word's eight reverse-
//     coded answers (Missing as 0) into their eight histogram slots (lane
//     j offset by j × the row width), counted by eight increments into a
//     fixed window of 128 cells that starts at the word's first row (the
//     histogram given 128 cells of spare capacity, so no bounds check per
//     increment); dimension totals from each word's in-lane running sums
//     (one multiplication) plus the sum of the words before. Correct
//     (FuzzAddMatchesReference) and about 810 instructions against 834,
//     but slower: 52–53 ns against 48–49. The increments cost 5–6 ns
//     against the loop's 17, but storing the slots and the running sums
//     made the word loop 6–7 ns slower, and the rest did not shrink.
//   - The same increments with the slots rebuilt from scratch after the
//     checks, and dimension totals as masked sums of whole words (one
//     multiplication a piece): 55–57 ns.
// The stages do not add up: cutting the increments or the dimensions out
// of the word-at-a-time version saved 3–6 ns each, not their share of the
// instructions, so the time is set by the respondent's dependency chains
// and the compiler's spills rather than by one loop. The float64
// reference (the same tally, as a caller would write it) runs at about
// 60 ns: Add is about 1.25× faster (1.19–1.32× in six runs). 500M
// answers/s needs 40 ns.

// BenchmarkTally measures the engagement tally, one op per respondent of
// 20 items, reporting answers per second and the ratios against one
// decimal per answer and against the same tally in float64. The issue's
// workload is 5M respondents × 20 items.
func BenchmarkTally(b *testing.B) {
	const batch = benchBatch
	rs := benchResponses(batch)
	tl, _ := NewTally(benchInstrument(b))
	b.ReportAllocs()
	benchtest.Compare(b,
		func(n int) {
			for i := 0; i < n; i++ {
				if err := tl.Add(rs[i%batch]); err != nil {
					b.Fatal(err)
				}
			}
		},
		benchtest.Ref{Name: "decimal", Run: func(n int) {
			var sum, sq [20]decimal.Decimal
			for i := 0; i < n; i++ {
				for k, a := range rs[i%batch].Answers {
					if a != survey.NoAnswer {
						d := decimal.New(int64(a), 0)
						sum[k] = sum[k].Add(d)
						sq[k] = sq[k].Add(d.Mul(d))
					}
				}
			}
			sinkDec = sum[0].Add(sq[0])
		}},
		benchtest.Ref{Name: "float64", Run: func(n int) { sinkFloat = floatTally(b, rs, n) }},
	)
	b.ReportMetric(float64(20*b.N)/b.Elapsed().Seconds(), "answers/s")
}

func TestAddDoesNotAllocate(t *testing.T) {
	rs := benchResponses(64)
	tl, _ := NewTally(benchInstrument(t))
	for i := range rs {
		rs[i].Group = "Biro Umum"
	}
	_ = tl.Add(rs[0]) // the group's first response allocates its tally
	i := 0
	allocs := testing.AllocsPerRun(1000, func() {
		if err := tl.Add(rs[i%64]); err != nil {
			t.Fatal(err)
		}
		i++
	})
	if allocs != 0 {
		t.Errorf("Add allocates %v times per respondent, want 0", allocs)
	}
}
