// Package limittest holds the check every tally's tests run against the
// module's limit of respondents: merges up to and past it, self-merges
// included, with the tally's figures and bytes checked at every step.
package limittest

import (
	"encoding/json"
	"errors"
	"fmt"
	"testing"

	"github.com/go-asn/berakhlak/internal/limit"
	"github.com/shopspring/decimal"
)

// Tally is what every tally of the module offers.
type Tally[T any] interface {
	Merge(o T) error
	Equal(o T) bool
	Respondents() int
	MarshalBinary() ([]byte, error)
	UnmarshalBinary(data []byte) error
}

// Case is a tally to merge past the limit.
type Case[T Tally[T]] struct {
	// Whole and Shard are tallies of one instrument; Whole has at least
	// one respondent.
	Whole, Shard T
	// Fresh returns an empty tally of their instrument.
	Fresh func() T
	// Check returns an error when a figure of the tally is wrong: out of
	// its range, or a panic turned into an error.
	Check func(T) error
	// Refused is the sentinel a refused merge wraps.
	Refused error
}

// MergeOverflow checks the merge-overflow property: for each byte of ops
// it merges into Whole either Whole itself (an even byte) or Shard (an odd
// one), then it merges Whole into itself until a merge is refused. A merge
// that keeps the tally within limit.MaxRespondents must succeed and add the
// respondents, and leave a tally whose figures Check accepts and whose
// bytes decode to an equal tally; one that would pass it must be refused
// with an error wrapping Refused, and leave the tally unchanged. It
// returns the tally as it is at the end, at most the limit.
func MergeOverflow[T Tally[T]](t *testing.T, c Case[T], ops []byte) T {
	t.Helper()
	clone := func(x T) T {
		y := c.Fresh()
		if err := y.Merge(x); err != nil {
			t.Fatalf("copying a tally of %d respondents: %v", x.Respondents(), err)
		}
		return y
	}
	whole := c.Whole
	if whole.Respondents() < 1 {
		t.Fatal("Whole has no respondents")
	}
	step := func(i int, o T, what string) (refused bool) {
		t.Helper()
		before, n, m := clone(whole), uint64(whole.Respondents()), uint64(o.Respondents())
		err := whole.Merge(o)
		if n+m > limit.MaxRespondents {
			if !errors.Is(err, c.Refused) {
				t.Fatalf("merge %d (%s): %d + %d respondents, past the limit: error %v, want one wrapping %v", i, what, n, m, err, c.Refused)
			}
			if !whole.Equal(before) {
				t.Fatalf("merge %d (%s): a refused merge changed the tally", i, what)
			}
			return true
		}
		if err != nil {
			t.Fatalf("merge %d (%s): %d + %d respondents, within the limit: %v", i, what, n, m, err)
		}
		if got := uint64(whole.Respondents()); got != n+m {
			t.Fatalf("merge %d (%s): %d respondents, want %d", i, what, got, n+m)
		}
		if err := c.Check(whole); err != nil {
			t.Fatalf("merge %d (%s), %d respondents: %v", i, what, n+m, err)
		}
		b, err := whole.MarshalBinary()
		if err != nil {
			t.Fatalf("merge %d (%s): MarshalBinary: %v", i, what, err)
		}
		back := c.Fresh()
		if err := back.UnmarshalBinary(b); err != nil || !back.Equal(whole) {
			t.Fatalf("merge %d (%s), %d respondents: its bytes do not decode to it: %v", i, what, n+m, err)
		}
		return false
	}
	for i, op := range ops {
		if op%2 == 0 {
			step(i, whole, "self")
		} else {
			step(i, c.Shard, "shard")
		}
	}
	for i := len(ops); ; i++ {
		if step(i, whole, "self") {
			return whole
		}
		if i > len(ops)+40 {
			t.Fatalf("%d respondents after %d merges, and no merge refused", whole.Respondents(), i+1)
		}
	}
}

// Fill returns a tally of n respondents, each one of unit's, made by
// merging copies of unit (which has one respondent) into an empty tally
// from fresh: as many merges as n has bits.
func Fill[T Tally[T]](t *testing.T, fresh func() T, unit T, n uint64) T {
	t.Helper()
	if unit.Respondents() != 1 {
		t.Fatalf("unit has %d respondents, want 1", unit.Respondents())
	}
	acc, p := fresh(), fresh() // p holds a power of two of unit's respondent
	if err := p.Merge(unit); err != nil {
		t.Fatal(err)
	}
	for ; n > 0; n >>= 1 {
		if n&1 == 1 {
			if err := acc.Merge(p); err != nil {
				t.Fatalf("merging %d respondents into %d: %v", p.Respondents(), acc.Respondents(), err)
			}
		}
		if n > 1 {
			if err := p.Merge(p); err != nil {
				t.Fatalf("merging %d respondents into themselves: %v", p.Respondents(), err)
			}
		}
	}
	return acc
}

// LikertJSON checks the figures of the JSON of an engagement or branding
// result, its groups' included, against their ranges: every mean within
// the scale min…max, every percentage ("favourable", "index",
// "attractiveness", "intention") within 0–100, every alpha at most 1, every
// net promoter score within −100…100.
func LikertJSON(b []byte, min, max int) error {
	var v any
	if err := json.Unmarshal(b, &v); err != nil {
		return err
	}
	return likertFigures(v, min, max)
}

func likertFigures(v any, min, max int) error {
	switch v := v.(type) {
	case []any:
		for _, x := range v {
			if err := likertFigures(x, min, max); err != nil {
				return err
			}
		}
	case map[string]any:
		for k, x := range v {
			var lo, hi *decimal.Decimal
			bound := func(a, b int64) { l, h := decimal.New(a, 0), decimal.New(b, 0); lo, hi = &l, &h }
			switch k {
			case "mean":
				bound(int64(min), int64(max))
			case "favourable", "index", "attractiveness", "intention":
				bound(0, 100)
			case "alpha":
				bound(-1<<62, 1)
			case "score":
				bound(-100, 100)
			}
			if lo != nil {
				d, err := decimal.NewFromString(fmt.Sprint(x))
				if err != nil || d.LessThan(*lo) || d.GreaterThan(*hi) {
					return fmt.Errorf("%s %v, want %s–%s", k, x, lo, hi)
				}
				continue
			}
			if err := likertFigures(x, min, max); err != nil {
				return err
			}
		}
	}
	return nil
}
