package engagement

import (
	"encoding/binary"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/go-asn/berakhlak/internal/limit"
	"github.com/go-asn/berakhlak/internal/limit/limittest"
	"github.com/go-asn/berakhlak/internal/wire/wiretest"
	"github.com/go-asn/berakhlak/survey"
	"github.com/shopspring/decimal"
)

func tallyOf(t testing.TB, in Instrument, rs []Response) *Tally {
	t.Helper()
	tl, err := NewTally(in)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rs {
		if err := tl.Add(r); err != nil {
			t.Fatal(err)
		}
	}
	return tl
}

// checkFigures checks every figure of the tally's result, its groups'
// included, against its range (see limittest.LikertJSON); it turns a
// panic into an error.
func checkFigures(tl *Tally) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("panic: %v", p)
		}
	}()
	r, err := tl.Result(survey.FixedMinimum(1), WithConfidentiality(1))
	if err != nil {
		return err
	}
	b, err := r.MarshalJSON()
	if err != nil {
		return err
	}
	min, max := tl.s.Instrument().Scale()
	return limittest.LikertJSON(b, min, max)
}

// FuzzMergeOverflow checks the merge-overflow property (see
// limittest.MergeOverflow) on engagement tallies with groups: merges,
// self-merges among them, up to the limit of 2^35 respondents succeed
// with every figure within its range and bytes that decode; a merge past
// it is refused and changes nothing. Before the limit, self-merges gave a
// mean of −3 and, from 2^41 respondents, bytes that did not decode.
func FuzzMergeOverflow(f *testing.F) {
	f.Add([]byte{}, uint8(0), []byte{})
	f.Add([]byte("\x01\x0a\x01\x02\x03\x04\x05\x02\x00\x05\x05\x05\x05\x05\x03\x03\x03\x00\x01\x02\x03"), uint8(1), []byte{1, 0, 1, 1, 0})
	f.Fuzz(func(t *testing.T, data []byte, cut uint8, ops []byte) {
		in := testInstrumentF()
		rs := append(responsesFrom(data), Response{Group: "A", Answers: []int8{5, 4, 3, 2, 1}, Recommend: survey.Recommend(9)})
		limittest.MergeOverflow(t, limittest.Case[*Tally]{
			Whole:   tallyOf(t, in, rs),
			Shard:   tallyOf(t, in, rs[:int(cut)%len(rs)]),
			Fresh:   func() *Tally { return tallyOf(t, in, nil) },
			Check:   checkFigures,
			Refused: survey.ErrInvalidInput,
		}, ops)
	})
}

// TestFaultTallyAtTheLimit fills a tally to the limit of 2^35 respondents:
// Add is then refused with an error wrapping survey.ErrInvalidInput, as is
// Merge, and the full tally's bytes decode. Add counted without a limit
// before.
func TestFaultTallyAtTheLimit(t *testing.T) {
	in := testInstrumentF()
	r := Response{Group: "A", Answers: []int8{5, 4, 3, 2, 1}, Recommend: survey.Recommend(9)}
	unit := tallyOf(t, in, []Response{r})
	fresh := func() *Tally { return tallyOf(t, in, nil) }
	tl := limittest.Fill(t, fresh, unit, limit.MaxRespondents-1)
	if err := tl.Add(r); err != nil {
		t.Fatalf("Add of the last respondent within the limit: %v", err)
	}
	full := fresh()
	_ = full.Merge(tl)
	if err := tl.Add(r); !errors.Is(err, survey.ErrInvalidInput) {
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

// TestFaultGroupsBounded checks the most groups a tally holds,
// Definition.MaxGroups: a response of one group more, or a merge that
// would bring more, is refused with an error that names MaxGroups and
// changes nothing; the default is 10 000; a tally that holds more than the
// default (its instrument raised it) decodes with them. Groups had no
// limit: a million units cost 4 GB.
func TestFaultGroupsBounded(t *testing.T) {
	def := Definition{Items: []survey.Item{{Code: "K1", Dimension: "K"}, {Code: "K2", Dimension: "K"}}}
	instrument := func(maxGroups int) Instrument {
		d := def
		d.MaxGroups = maxGroups
		in, err := NewInstrument(d)
		if err != nil {
			t.Fatal(err)
		}
		return in
	}
	response := func(group string) Response {
		return Response{Group: group, Answers: []int8{4, 5}}
	}
	refused := func(t *testing.T, what string, err error) {
		t.Helper()
		if !errors.Is(err, survey.ErrInvalidInput) || !strings.Contains(err.Error(), "MaxGroups") {
			t.Errorf("%s: %v, want ErrInvalidInput naming MaxGroups", what, err)
		}
	}
	t.Run("two", func(t *testing.T) {
		in := instrument(2)
		tl := tallyOf(t, in, []Response{response("A"), response("B"), response("")})
		before := tallyOf(t, in, []Response{response("A"), response("B"), response("")})
		refused(t, "Add of a third group", tl.Add(response("C")))
		other := tallyOf(t, in, []Response{response("A"), response("C")})
		refused(t, "Merge of a third group", tl.Merge(other))
		if !tl.Equal(before) {
			t.Fatal("a refusal changed the tally")
		}
		if err := tl.Add(response("B")); err != nil {
			t.Errorf("Add to a group it holds: %v", err)
		}
		if err := tl.Merge(tallyOf(t, in, []Response{response("A")})); err != nil {
			t.Errorf("Merge of a group it holds: %v", err)
		}
		if err := tl.Merge(tl); err != nil {
			t.Errorf("self-merge: %v", err)
		}
		// The limit is the receiver's: a tally of the same instrument with
		// room for more takes these groups.
		roomy := tallyOf(t, instrument(3), nil)
		if err := roomy.Merge(other); err != nil {
			t.Fatal(err)
		}
		if err := roomy.Merge(tl); err != nil {
			t.Errorf("merging two groups into a tally of one, with room for three: %v", err)
		}
	})
	t.Run("negative", func(t *testing.T) {
		d := def
		d.MaxGroups = -1
		if _, err := NewInstrument(d); !errors.Is(err, survey.ErrInvalidInstrument) || !strings.Contains(err.Error(), "MaxGroups") {
			t.Errorf("MaxGroups −1: %v, want ErrInvalidInstrument naming MaxGroups", err)
		}
	})
	t.Run("default and decoding", func(t *testing.T) {
		const dflt = 10_000
		tl := tallyOf(t, instrument(0), nil)
		for g := range dflt {
			if err := tl.Add(response(fmt.Sprint(g))); err != nil {
				t.Fatal(err)
			}
		}
		refused(t, "Add of group 10 001", tl.Add(response("one more")))
		roomy := tallyOf(t, instrument(dflt+1), nil)
		if err := roomy.Merge(tl); err != nil {
			t.Fatal(err)
		}
		if err := roomy.Add(response("one more")); err != nil {
			t.Fatalf("Add of group 10 001 with MaxGroups 10 001: %v", err)
		}
		var back Tally
		if err := back.UnmarshalBinary(mustMarshal(t, roomy)); err != nil || !back.Equal(roomy) {
			t.Fatalf("a tally of 10 001 groups: %v", err)
		}
		refused(t, "Add of group 10 002 to the decoded tally", back.Add(response("two more")))
	})
}

// TestFaultDecodeAllocation measures what UnmarshalBinary allocates
// against the length of its input: at most 26 times, as documented, for
// many small groups (the worst case: one item, names of two bytes) or a
// few large ones; little for a group count its bytes cannot hold. It
// allocated about 50 times the input for small groups (2 GB for a crafted
// 41 MB).
func TestFaultDecodeAllocation(t *testing.T) {
	manyGroups := func(def Definition, groups int) []byte {
		def.MaxGroups = groups
		in, err := NewInstrument(def)
		if err != nil {
			t.Fatal(err)
		}
		tl := tallyOf(t, in, nil)
		answers := make([]int8, len(def.Items))
		for i := range answers {
			answers[i] = 1
		}
		for g := range groups {
			if err := tl.Add(Response{Group: shortName(g), Answers: answers}); err != nil {
				t.Fatal(err)
			}
		}
		return mustMarshal(t, tl)
	}
	small := Definition{Items: []survey.Item{{Code: "K1", Dimension: "K"}}, Scale: survey.MustNewRatingScale(0, 1),
		Engaged: decimal.New(1, 0), Neutral: decimal.New(1, 0)}
	var large Definition
	for i := range 200 {
		large.Items = append(large.Items, survey.Item{Code: fmt.Sprint("Q", i), Dimension: fmt.Sprint("D", i%4)})
	}
	large.Scale = survey.MustNewRatingScale(0, 100)
	large.Engaged, large.Neutral = decimal.New(100, 0), decimal.New(1, 0)
	tiny := manyGroups(small, 50_000)
	// A claim of 2^40 groups, in a hundred bytes: the payload of a tally
	// with no groups ends with their count, 0.
	craft := wiretest.Payload(manyGroups(small, 0), binaryMagic)
	craft = append(binary.AppendUvarint(craft[:len(craft)-1], 1<<40), make([]byte, 100)...)
	var tl Tally
	wiretest.Allocates(t, tl.UnmarshalBinary,
		wiretest.Allocation{Name: "50 000 groups of 1 item on 0–1", Data: tiny, Most: 26 * uint64(len(tiny)), Valid: true},
		wiretest.Allocation{Name: "200 items on 0–100, 20 groups", Data: manyGroups(large, 20), Most: 26 * 20 * 21_000, Valid: true},
		wiretest.Allocation{Name: "2^40 groups claimed", Data: wiretest.Seal(binaryMagic, 1, craft), Most: 8 << 10},
	)
}

// shortName returns the name of group g < 65536 in two bytes, in the
// order of g: the shortest names, so the most groups in the fewest bytes.
func shortName(g int) string { return string([]byte{byte(g >> 8), byte(g)}) }
