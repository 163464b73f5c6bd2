package akhlak

import (
	"encoding/binary"
	"errors"
	"fmt"
	"testing"

	"github.com/go-asn/berakhlak/internal/limit"
	"github.com/go-asn/berakhlak/internal/limit/limittest"
	"github.com/go-asn/berakhlak/internal/wire/wiretest"
	"github.com/go-asn/berakhlak/survey"
	"github.com/shopspring/decimal"
)

// between returns an error unless the figure x, printed, lies within
// lo…hi.
func between(what string, x fmt.Stringer, lo, hi int64) error {
	d, err := decimal.NewFromString(x.String())
	if err != nil || d.LessThan(decimal.New(lo, 0)) || d.GreaterThan(decimal.New(hi, 0)) {
		return fmt.Errorf("%s %s, want %d–%d", what, x, lo, hi)
	}
	return nil
}

// recovered turns a panic of f into an error.
func recovered(f func() error) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("panic: %v", p)
		}
	}()
	return f()
}

// checkRating checks every figure of the tally's result: scores and index
// within 0–100, a category, JSON.
func checkRating(tl *RatingTally) error {
	return recovered(func() error {
		r, err := tl.Result(survey.FixedMinimum(1))
		if errors.Is(err, survey.ErrNoFigure) {
			return nil // a value nobody rated
		} else if err != nil {
			return err
		}
		for _, v := range Values() {
			if err := between("score of "+v.String(), r.Score(v), 0, 100); err != nil {
				return err
			}
		}
		if err := between("index", r.Index(), 0, 100); err != nil {
			return err
		}
		_ = r.Band()
		_, err = r.MarshalJSON()
		return err
	})
}

// checkBallots is checkRating for a ballot tally, with its entropy.
func checkBallots(tl *BallotTally) error {
	return recovered(func() error {
		r, err := tl.Result(survey.FixedMinimum(1))
		if err != nil {
			return err
		}
		for _, v := range Values() {
			if err := between("score of "+v.String(), r.Score(v), 0, 100); err != nil {
				return err
			}
		}
		if err := between("index", r.Index(), 0, 100); err != nil {
			return err
		}
		_ = r.Band()
		if e, err := r.Entropy(); err == nil {
			if err := between("entropy", e, 0, 100); err != nil {
				return err
			}
		}
		_, err = r.MarshalJSON()
		return err
	})
}

// ratingRowsFrom makes rows of 21 answers on 1–5 from fuzz bytes, each row
// with at least one answer.
func ratingRowsFrom(data []byte) [][]int8 {
	var rows [][]int8
	for ; len(data) >= 21; data = data[21:] {
		row := make([]int8, 21)
		for i, b := range data[:21] {
			row[i] = int8(b%6) + 1
			if row[i] == 6 {
				row[i] = survey.NoAnswer
			}
		}
		row[0] = max(row[0], 1)
		rows = append(rows, row)
	}
	return rows
}

func ratingTallyOf(t testing.TB, rows [][]int8) *RatingTally {
	tl, err := NewRatingTally(survey.DefaultRatingScale())
	if err != nil {
		t.Fatal(err)
	}
	for _, row := range rows {
		if err := tl.Add("r", row); err != nil {
			t.Fatal(err)
		}
	}
	return tl
}

// someBallotsFrom is ballotsFrom for the default instrument, with a pick
// added to every blank ballot.
func someBallotsFrom(data []byte) []Ballot {
	out := ballotsFrom(DefaultInstrument(), data)
	for i, b := range out {
		if len(b.Personal)+len(b.Current)+len(b.Desired) == 0 {
			out[i].Current = []OptionID{1}
		}
	}
	return out
}

func ballotTallyOf(t testing.TB, ballots []Ballot) *BallotTally {
	tl, err := NewBallotTally(DefaultInstrument())
	if err != nil {
		t.Fatal(err)
	}
	for _, b := range ballots {
		if err := tl.Add("r", b); err != nil {
			t.Fatal(err)
		}
	}
	return tl
}

func ratingCase(t *testing.T, data []byte, cut uint8) limittest.Case[*RatingTally] {
	rows := append(ratingRowsFrom(data), []int8{5, 4, 3, 2, 1, 5, 4, 3, 2, 1, 5, 4, 3, 2, 1, 5, 4, 3, 2, 1, 5})
	return limittest.Case[*RatingTally]{
		Whole:   ratingTallyOf(t, rows),
		Shard:   ratingTallyOf(t, rows[:int(cut)%len(rows)]),
		Fresh:   func() *RatingTally { return ratingTallyOf(t, nil) },
		Check:   checkRating,
		Refused: survey.ErrInvalidInput,
	}
}

func ballotCase(t *testing.T, data []byte, cut uint8) limittest.Case[*BallotTally] {
	ballots := append(someBallotsFrom(data), Ballot{Current: []OptionID{1, 5, 9}, Desired: []OptionID{21}})
	return limittest.Case[*BallotTally]{
		Whole:   ballotTallyOf(t, ballots),
		Shard:   ballotTallyOf(t, ballots[:int(cut)%len(ballots)]),
		Fresh:   func() *BallotTally { return ballotTallyOf(t, nil) },
		Check:   checkBallots,
		Refused: survey.ErrInvalidInput,
	}
}

// FuzzRatingTallyMergeOverflow checks the merge-overflow property (see
// limittest.MergeOverflow) on rating tallies: merges, self-merges among
// them, up to the limit of 2^35 respondents succeed with every figure
// within its range and bytes that decode; a merge past it is refused and
// changes nothing. Before the limit, self-merges gave an index of −9.2, a
// panic in Category and, at 2^62, a division by zero.
func FuzzRatingTallyMergeOverflow(f *testing.F) {
	f.Add([]byte{}, uint8(0), []byte{})
	f.Add([]byte("\x01\x02\x03\x04\x05\x06\x01\x02\x03\x04\x05\x06\x01\x02\x03\x04\x05\x06\x01\x02\x03"), uint8(1), []byte{1, 0, 1, 1, 0})
	f.Fuzz(func(t *testing.T, data []byte, cut uint8, ops []byte) {
		limittest.MergeOverflow(t, ratingCase(t, data, cut), ops)
	})
}

// FuzzBallotTallyMergeOverflow is FuzzRatingTallyMergeOverflow for ballot
// tallies. Before the limit, self-merges gave an index of 200.
func FuzzBallotTallyMergeOverflow(f *testing.F) {
	f.Add([]byte{}, uint8(0), []byte{})
	f.Add([]byte{3, 1, 2, 3, 2, 4, 5, 1, 6, 10, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, uint8(1), []byte{1, 0, 1, 1, 0})
	f.Fuzz(func(t *testing.T, data []byte, cut uint8, ops []byte) {
		limittest.MergeOverflow(t, ballotCase(t, data, cut), ops)
	})
}

// TestFaultTallyAtTheLimit fills a tally to two respondents short of the
// limit of 2^35, then adds a batch of three: two are counted, the third is
// refused with an error wrapping survey.ErrInvalidInput, and so is every
// Add and every Merge after; the full tally's bytes decode. Add, AddRows
// and AddBallots counted without a limit before, and MarshalBinary then
// wrote bytes that UnmarshalBinary refused.
func TestFaultTallyAtTheLimit(t *testing.T) {
	row := []int8{5, 4, 3, 2, 1, 5, 4, 3, 2, 1, 5, 4, 3, 2, 1, 5, 4, 3, 2, 1, 5}
	ballot := Ballot{Current: []OptionID{1, 5, 9}, Desired: []OptionID{21}}
	t.Run("rating", func(t *testing.T) {
		fresh := func() *RatingTally { return ratingTallyOf(t, nil) }
		unit := ratingTallyOf(t, [][]int8{row})
		tl := limittest.Fill(t, fresh, unit, limit.MaxRespondents-2)
		rows := append(append(append([]int8(nil), row...), row...), row...)
		n, err := tl.AddRows(rows)
		if n != 2 || !errors.Is(err, survey.ErrInvalidInput) {
			t.Fatalf("AddRows of 3 rows, 2 short of the limit: %d counted, error %v; want 2 and ErrInvalidInput", n, err)
		}
		full := fresh()
		_ = full.Merge(tl)
		if err := tl.Add("r", row); !errors.Is(err, survey.ErrInvalidInput) {
			t.Errorf("Add at the limit: %v, want ErrInvalidInput", err)
		}
		if err := tl.Merge(unit); !errors.Is(err, survey.ErrInvalidInput) {
			t.Errorf("Merge at the limit: %v, want ErrInvalidInput", err)
		}
		if n, err := tl.AddRows(row); n != 0 || !errors.Is(err, survey.ErrInvalidInput) {
			t.Errorf("AddRows at the limit: %d, %v; want 0 and ErrInvalidInput", n, err)
		}
		if !tl.Equal(full) || tl.Respondents() != limit.MaxRespondents {
			t.Fatalf("refusals changed the tally (%d respondents)", tl.Respondents())
		}
		back := fresh()
		if err := back.UnmarshalBinary(mustMarshal(t, tl)); err != nil || !back.Equal(tl) {
			t.Fatalf("the full tally's bytes: %v", err)
		}
		if err := checkRating(tl); err != nil {
			t.Fatal(err)
		}
	})
	t.Run("ballot", func(t *testing.T) {
		fresh := func() *BallotTally { return ballotTallyOf(t, nil) }
		unit := ballotTallyOf(t, []Ballot{ballot})
		tl := limittest.Fill(t, fresh, unit, limit.MaxRespondents-2)
		n, err := tl.AddBallots([]Ballot{ballot, ballot, ballot})
		if n != 2 || !errors.Is(err, survey.ErrInvalidInput) {
			t.Fatalf("AddBallots of 3, 2 short of the limit: %d counted, error %v; want 2 and ErrInvalidInput", n, err)
		}
		full := fresh()
		_ = full.Merge(tl)
		if err := tl.Add("r", ballot); !errors.Is(err, survey.ErrInvalidInput) {
			t.Errorf("Add at the limit: %v, want ErrInvalidInput", err)
		}
		if err := tl.Merge(tl); !errors.Is(err, survey.ErrInvalidInput) {
			t.Errorf("self-merge at the limit: %v, want ErrInvalidInput", err)
		}
		if n, err := tl.AddBallots([]Ballot{ballot}); n != 0 || !errors.Is(err, survey.ErrInvalidInput) {
			t.Errorf("AddBallots at the limit: %d, %v; want 0 and ErrInvalidInput", n, err)
		}
		if !tl.Equal(full) || tl.Respondents() != limit.MaxRespondents {
			t.Fatalf("refusals changed the tally (%d respondents)", tl.Respondents())
		}
		back := fresh()
		if err := back.UnmarshalBinary(mustMarshal(t, tl)); err != nil || !back.Equal(tl) {
			t.Fatalf("the full tally's bytes: %v", err)
		}
		if err := checkBallots(tl); err != nil {
			t.Fatal(err)
		}
	})
}

// likertPayload returns the payload of a histogram: items on 0–max with
// every count zero, no respondents.
func likertPayload(items, max uint64) []byte {
	b := binary.AppendUvarint(nil, items)
	b = binary.AppendUvarint(b, 0)
	b = binary.AppendUvarint(b, max)
	b = binary.AppendUvarint(b, 0)
	return append(b, make([]byte, items*(max+2))...)
}

// TestFaultDecodeAllocation measures what the decoders allocate against
// the length of their input, crafted or not. A rating tally's decoder
// allocated the histogram of whatever the header claimed, 8 bytes per byte
// of input (53 MB for a crafted 6.7 MB), before it checked for the 21
// behaviours; now it checks the header first, and allocates only the
// fixed-size tally. A ballot tally's decoder checks that the counts' bytes
// are there before it allocates the tally.
func TestFaultDecodeAllocation(t *testing.T) {
	var rt RatingTally
	// 21 behaviours on 0–100: 2142 counts, 8 bytes each.
	const ratingMost = 21*102*8 + 2048
	wiretest.Allocates(t, rt.UnmarshalBinary,
		wiretest.Allocation{Name: "rating: 65536 items on 0–100", Data: wiretest.Seal(ratingMagic, 1, likertPayload(1<<16, 100)), Most: 2048},
		wiretest.Allocation{Name: "rating: 21 items on 0–100, truncated", Data: wiretest.Seal(ratingMagic, 1, likertPayload(21, 100)[:500]), Most: 2048},
		wiretest.Allocation{Name: "rating: 21 items on 0–100", Data: wiretest.Seal(ratingMagic, 1, likertPayload(21, 100)), Most: ratingMost, Valid: true},
		wiretest.Allocation{Name: "rating: golden", Data: mustMarshal(t, goldenRatingTally(t)), Most: ratingMost, Valid: true},
	)
	var bt BallotTally
	valid := mustMarshal(t, ballotTallyOf(t, []Ballot{{Current: []OptionID{1}}}))
	payload := wiretest.Payload(valid, ballotMagic)
	// The fixed-size tally and its instrument, with no extra options:
	// about 6 KB.
	const ballotMost = 7 << 10
	wiretest.Allocates(t, bt.UnmarshalBinary,
		wiretest.Allocation{Name: "ballot: counts cut short", Data: wiretest.Seal(ballotMagic, 1, payload[:len(payload)-10]), Most: 1 << 10},
		wiretest.Allocation{Name: "ballot: one ballot", Data: valid, Most: ballotMost, Valid: true},
		wiretest.Allocation{Name: "ballot: golden", Data: mustMarshal(t, goldenBallotTally(t)), Most: ballotMost, Valid: true},
	)
}
