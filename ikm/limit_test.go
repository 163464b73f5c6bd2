package ikm

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

// newTallyOf returns a tally of rows.
func newTallyOf(t testing.TB, rows [][]int8) *Tally {
	t.Helper()
	tl := NewTally()
	for _, row := range rows {
		if err := tl.Add("r", row); err != nil {
			t.Fatal(err)
		}
	}
	return tl
}

// checkFigures checks every figure of the tally's result: the index
// within 25–100, each NRR within 1–4, a band, JSON; it turns a panic into
// an error.
func checkFigures(tl *Tally) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("panic: %v", p)
		}
	}()
	r, err := tl.Result(survey.FixedMinimum(1))
	if errors.Is(err, survey.ErrNoFigure) {
		return nil // an unsur nobody answered
	} else if err != nil {
		return err
	}
	between := func(what string, x fmt.Stringer, lo, hi int64) error {
		d, err := decimal.NewFromString(x.String())
		if err != nil || d.LessThan(decimal.New(lo, 0)) || d.GreaterThan(decimal.New(hi, 0)) {
			return fmt.Errorf("%s %s, want %d–%d", what, x, lo, hi)
		}
		return nil
	}
	if err := between("index", r.Index(), 25, 100); err != nil {
		return err
	}
	for i := 1; i <= numUnsur; i++ {
		if err := between(fmt.Sprintf("NRR %d", i), r.NRR(Unsur(i)), 1, 4); err != nil {
			return err
		}
	}
	_ = r.Band()
	_ = r.String()
	_, err = r.MarshalJSON()
	return err
}

// FuzzMergeOverflow checks the merge-overflow property (see
// limittest.MergeOverflow) on IKM tallies: merges, self-merges among
// them, up to the limit of 2^35 respondents succeed with every figure
// within its range and bytes that decode; a merge past it is refused and
// changes nothing.
func FuzzMergeOverflow(f *testing.F) {
	f.Add([]byte{}, uint8(0), []byte{})
	f.Add([]byte("\x01\x02\x03\x04\x00\x01\x02\x03\x04\x04\x04\x04\x04\x04\x04\x04\x04\x04"), uint8(1), []byte{1, 0, 1, 1, 0})
	f.Fuzz(func(t *testing.T, data []byte, cut uint8, ops []byte) {
		rows := append(rowsFrom(data), []int8{1, 2, 3, 4, 1, 2, 3, 4, 1})
		limittest.MergeOverflow(t, limittest.Case[*Tally]{
			Whole:   newTallyOf(t, rows),
			Shard:   newTallyOf(t, rows[:int(cut)%len(rows)]),
			Fresh:   func() *Tally { return newTallyOf(t, nil) },
			Check:   checkFigures,
			Refused: survey.ErrInvalidInput,
		}, ops)
	})
}

// TestFaultTallyAtTheLimit fills a tally to the limit of 2^35 respondents:
// Add is then refused with an error wrapping survey.ErrInvalidInput, as is
// Merge, and the full tally's bytes decode. Add counted without a limit
// before: a tally merged up to the decoder's limit and added to wrote bytes
// that UnmarshalBinary refused.
func TestFaultTallyAtTheLimit(t *testing.T) {
	row := []int8{1, 2, 3, 4, survey.NoAnswer, 2, 3, 4, 1}
	unit := newTallyOf(t, [][]int8{row})
	fresh := func() *Tally { return newTallyOf(t, nil) }
	tl := limittest.Fill(t, fresh, unit, limit.MaxRespondents-1)
	if err := tl.Add("r", row); err != nil {
		t.Fatalf("Add of the last respondent within the limit: %v", err)
	}
	full := fresh()
	_ = full.Merge(tl)
	if err := tl.Add("r", row); !errors.Is(err, survey.ErrInvalidInput) {
		t.Errorf("Add at the limit: %v, want ErrInvalidInput", err)
	}
	if err := tl.Merge(unit); !errors.Is(err, survey.ErrInvalidInput) {
		t.Errorf("Merge at the limit: %v, want ErrInvalidInput", err)
	}
	if !tl.Equal(full) || tl.Respondents() != limit.MaxRespondents {
		t.Fatalf("refusals changed the tally (%d respondents)", tl.Respondents())
	}
	back := fresh()
	if err := back.UnmarshalBinary(mustMarshal(t, tl)); err != nil || !back.Equal(tl) {
		t.Fatalf("the full tally's bytes: %v", err)
	}
	if err := checkFigures(tl); err != nil {
		t.Fatal(err)
	}
}

// TestFaultDecodeAllocation measures what UnmarshalBinary allocates
// against the length of its input. It allocated the histogram of whatever
// the header claimed, 8 bytes per byte of input (53 MB for a crafted
// 6.7 MB), before it checked for 9 unsur on 1–4, and then a copy; now it
// checks the header first, and allocates the fixed-size tally alone.
func TestFaultDecodeAllocation(t *testing.T) {
	histogram := func(items, lo, hi uint64) []byte {
		b := binary.AppendUvarint(nil, items)
		b = binary.AppendUvarint(b, lo)
		b = binary.AppendUvarint(b, hi)
		b = binary.AppendUvarint(b, 0)
		return append(b, make([]byte, items*(hi+2))...)
	}
	const most = 1 << 10 // the tally: 54 counts of 8 bytes, and its headers
	var tl Tally
	wiretest.Allocates(t, tl.UnmarshalBinary,
		wiretest.Allocation{Name: "65536 items on 0–100", Data: wiretest.Seal(binaryMagic, 1, histogram(1<<16, 0, 100)), Most: 2 * most},
		wiretest.Allocation{Name: "9 items on 0–100", Data: wiretest.Seal(binaryMagic, 1, histogram(9, 0, 100)), Most: 2 * most},
		wiretest.Allocation{Name: "9 unsur on 1–4, truncated", Data: wiretest.Seal(binaryMagic, 1, histogram(9, 1, 4)[:40]), Most: 2 * most},
		wiretest.Allocation{Name: "9 unsur on 1–4, no respondents", Data: wiretest.Seal(binaryMagic, 1, histogram(9, 1, 4)), Most: most, Valid: true},
		wiretest.Allocation{Name: "published", Data: mustMarshal(t, newTallyOf(t, publishedRows())), Most: most, Valid: true},
	)
}
