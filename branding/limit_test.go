package branding

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/go-asn/berakhlak/internal/limit"
	"github.com/go-asn/berakhlak/internal/limit/limittest"
	"github.com/go-asn/berakhlak/internal/wire/wiretest"
	"github.com/go-asn/berakhlak/survey"
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

// responsesFrom makes responses to testInstrument from fuzz bytes, 7 a
// response: a group, a recommendation, five answers (0 for none).
func responsesFrom(data []byte) []Response {
	kinds := []string{"", "mahasiswa", "pekerja swasta"}
	var rs []Response
	for ; len(data) >= 7; data = data[7:] {
		r := Response{Group: kinds[data[0]%3], Answers: make([]int8, 5)}
		if rec := int(data[1] % 12); rec < 11 {
			r.Recommend = survey.Recommend(rec)
		}
		for i := range r.Answers {
			r.Answers[i] = int8(data[2+i] % 6)
			if r.Answers[i] == 0 {
				r.Answers[i] = survey.NoAnswer
			}
		}
		r.Answers[0] = max(r.Answers[0], 3)
		rs = append(rs, r)
	}
	return rs
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
// limittest.MergeOverflow) on branding tallies with groups: merges,
// self-merges among them, up to the limit of 2^35 respondents succeed
// with every figure within its range and bytes that decode; a merge past
// it is refused and changes nothing.
func FuzzMergeOverflow(f *testing.F) {
	f.Add([]byte{}, uint8(0), []byte{})
	f.Add([]byte("\x01\x0a\x01\x02\x03\x04\x05\x02\x00\x05\x05\x05\x05\x05"), uint8(1), []byte{1, 0, 1, 1, 0})
	f.Fuzz(func(t *testing.T, data []byte, cut uint8, ops []byte) {
		in := testInstrument(t)
		rs := append(responsesFrom(data), Response{Group: "mahasiswa", Answers: []int8{5, 4, 3, 2, 1}, Recommend: survey.Recommend(9)})
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
	in := testInstrument(t)
	r := Response{Group: "mahasiswa", Answers: []int8{5, 4, 3, 2, 1}, Recommend: survey.Recommend(9)}
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
	if err := tl.Merge(tl); !errors.Is(err, survey.ErrInvalidInput) {
		t.Errorf("self-merge at the limit: %v, want ErrInvalidInput", err)
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

// TestFaultGroupsBounded checks Definition.MaxGroups: a response of one
// group more, or a merge that would bring more, is refused with an error
// that names MaxGroups and changes nothing; the default is 10 000.
func TestFaultGroupsBounded(t *testing.T) {
	def := Definition{Items: []survey.Item{{Code: "R1", Dimension: "R"}}}
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
		return Response{Group: group, Answers: []int8{4}}
	}
	refused := func(what string, err error) {
		t.Helper()
		if !errors.Is(err, survey.ErrInvalidInput) || !strings.Contains(err.Error(), "MaxGroups") {
			t.Errorf("%s: %v, want ErrInvalidInput naming MaxGroups", what, err)
		}
	}
	in := instrument(1)
	tl := tallyOf(t, in, []Response{response("mahasiswa")})
	refused("Add of a second group", tl.Add(response("pekerja swasta")))
	refused("Merge of a second group", tl.Merge(tallyOf(t, in, []Response{response("pekerja swasta")})))
	if !tl.Equal(tallyOf(t, in, []Response{response("mahasiswa")})) {
		t.Fatal("a refusal changed the tally")
	}
	d := def
	d.MaxGroups = -1
	if _, err := NewInstrument(d); !errors.Is(err, survey.ErrInvalidInstrument) {
		t.Errorf("MaxGroups −1: %v, want ErrInvalidInstrument", err)
	}
	dflt := tallyOf(t, instrument(0), nil)
	for g := range 10_000 {
		if err := dflt.Add(response(fmt.Sprint(g))); err != nil {
			t.Fatal(err)
		}
	}
	refused("Add of group 10 001", dflt.Add(response("one more")))
}

// TestFaultDecodeAllocation measures what UnmarshalBinary allocates
// against the length of its input: at most 26 times, as documented, for
// many small groups. It allocated about 50 times the input.
func TestFaultDecodeAllocation(t *testing.T) {
	in, err := NewInstrument(Definition{Items: []survey.Item{{Code: "R1", Dimension: "R"}}, MaxGroups: 50_000})
	if err != nil {
		t.Fatal(err)
	}
	tl := tallyOf(t, in, nil)
	for g := range 50_000 {
		if err := tl.Add(Response{Group: shortName(g), Answers: []int8{1}}); err != nil {
			t.Fatal(err)
		}
	}
	data := mustMarshal(t, tl)
	var back Tally
	wiretest.Allocates(t, back.UnmarshalBinary,
		wiretest.Allocation{Name: "50 000 groups of 1 item on 1–5", Data: data, Most: 26 * uint64(len(data)), Valid: true})
}

// shortName returns the name of group g < 65536 in two bytes, in the
// order of g: the shortest names, so the most groups in the fewest bytes.
func shortName(g int) string { return string([]byte{byte(g >> 8), byte(g)}) }
