package tally

import (
	"errors"
	"fmt"
	"strconv"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
)

// addReference is the plain Add that the word-at-a-time one (lanes.go)
// must agree with: it checks each answer in turn, then reverse-codes and
// counts each answer, each dimension's total (or, for an incomplete
// dimension, its answers), the segment and the recommendation. A refused
// respondent changes nothing and gets refuse's error.
func (t *Tally) addReference(respondent string, answers []int8, recommend int8) error {
	in := &t.in
	ok := len(answers) == len(in.items) && (recommend == Missing || in.recommend && recommend >= 0 && recommend <= 10)
	answered := int64(0)
	for _, a := range answers {
		if a != Missing {
			answered++
			ok = ok && int(a) >= in.min && int(a) <= in.max
		}
	}
	if !ok || answered == 0 && recommend == Missing {
		return t.refuse(respondent, answers, recommend)
	}
	hist, w := t.hist.Raw()
	var buf [maxItems]int8
	x := buf[:len(answers)]
	var sum int64
	for i, a := range answers {
		if a != Missing && in.items[i].Reverse {
			a = int8(in.min+in.max) - a
		}
		if a != Missing {
			sum += int64(a)
		}
		x[i] = a
		hist[i*w+int(a)+1]++
	}
	for d, items := range in.dimItems {
		var tot uint64
		complete := true
		for _, i := range items {
			complete = complete && x[i] != Missing
			tot += uint64(x[i])
		}
		if !complete {
			t.dimInc[d]++
			for _, i := range items {
				if v := x[i]; v != Missing {
					t.incS[i] += uint64(v)
					t.incQ[i] += uint64(v) * uint64(v)
				}
			}
			continue
		}
		t.dimT[d] += tot
		t.dimT2[d] += tot * tot
	}
	t.hist.CountRespondent()
	switch {
	case answered == 0:
		t.seg[Unscored]++
	case sum*in.engagedDen >= in.engagedNum*answered:
		t.seg[Engaged]++
	case sum*in.neutralDen >= in.neutralNum*answered:
		t.seg[Neutral]++
	default:
		t.seg[Disengaged]++
	}
	if recommend == Missing {
		t.nps[11]++
	} else {
		t.nps[recommend]++
	}
	return nil
}

// tallyCounts is a tally's state, for cmp.Diff.
type tallyCounts struct {
	N                               uint64
	Hist                            []uint64
	NPS                             [12]uint64
	Seg                             [4]uint64
	DimInc, IncS, IncQ, DimT, DimT2 []uint64
}

func countsOf(t *Tally) tallyCounts {
	hist, _ := t.hist.Raw()
	return tallyCounts{t.hist.Respondents(), append([]uint64(nil), hist...), t.nps, t.seg,
		t.dimInc, t.incS, t.incQ, t.dimT, t.dimT2}
}

// fuzzInstrument builds an instrument from bytes: up to 80 items (more
// than one word, and sometimes more than 64), dimensions contiguous or
// not, some items reverse-coded, a scale within 0–100.
func fuzzInstrument(spec []byte, nItems, lo, span uint8, mixed bool) (Instrument, error) {
	n := int(nItems)%80 + 1
	min := int(lo) % 100
	max := min + 1 + int(span)%(100-min)
	var items []Item
	for i := 0; i < n; i++ {
		var b byte
		if i < len(spec) {
			b = spec[i]
		}
		d := i / (1 + int(b>>5)) // contiguous runs of 1–8 items
		if mixed {
			d = int(b) % 3 // interleaved dimensions
		}
		items = append(items, Item{Code: "I" + strconv.Itoa(i), Dimension: "D" + strconv.Itoa(d), Reverse: b&1 == 1})
	}
	mid := decimal.New(int64(min+max), 0).Div(decimal.New(2, 0)).Round(0)
	return NewInstrument(items, min, max, true, decimal.New(int64(max), 0), mid)
}

// FuzzAddMatchesReference checks that Add counts exactly what
// addReference counts, and refuses exactly what it refuses, with the same
// error, on any instrument and any answers.
func FuzzAddMatchesReference(f *testing.F) {
	f.Add([]byte{0, 1, 2, 3, 0x21, 0x40}, uint8(20), uint8(1), uint8(3), false, []byte{1, 2, 3, 4, 5, 0xff, 9, 0}, uint8(5))
	f.Add([]byte{1, 1, 1}, uint8(70), uint8(0), uint8(99), true, []byte{100, 0, 0xff, 50}, uint8(0xff))
	f.Add([]byte{}, uint8(8), uint8(2), uint8(4), false, []byte{0xff}, uint8(11))
	f.Fuzz(func(t *testing.T, spec []byte, nItems, lo, span uint8, mixed bool, data []byte, rec uint8) {
		in, err := fuzzInstrument(spec, nItems, lo, span, mixed)
		if err != nil {
			t.Skip(err)
		}
		n := len(in.items)
		got, want := NewTally(in), NewTally(in)
		for r := 0; len(data) > 0 && r < 50; r++ {
			answers := make([]int8, n)
			for i := range answers {
				b := data[(r*n+i)%len(data)]
				switch {
				case b == 0xff:
					answers[i] = Missing
				case b >= 0xf0:
					answers[i] = int8(b) // a negative other than Missing
				default:
					answers[i] = int8(in.min + int(b)%(in.max-in.min+1))
					if b%97 == 1 {
						answers[i] = int8(in.max + 1 + int(b)%5) // above the scale
					}
				}
			}
			recommend := int8(rec) - 1 + int8(r%3)
			errGot := got.Add("r", answers, recommend)
			errWant := want.addReference("r", answers, recommend)
			if fmt.Sprint(errGot) != fmt.Sprint(errWant) {
				t.Fatalf("respondent %d: Add: %v; reference: %v", r, errGot, errWant)
			}
			if !got.Equal(want) { // cmp.Diff only to explain a difference: it is slow
				t.Fatalf("respondent %d, answers %v: counts (-reference +Add):\n%s", r, answers, cmp.Diff(countsOf(want), countsOf(got)))
			}
		}
	})
}

func TestAddErrors(t *testing.T) {
	items := []Item{{Code: "A", Dimension: "P"}, {Code: "B", Dimension: "P", Reverse: true}, {Code: "C", Dimension: "Q"}}
	with, err := NewInstrument(items, 1, 5, true, decimal.New(4, 0), decimal.New(3, 0))
	if err != nil {
		t.Fatal(err)
	}
	without, err := NewInstrument(items, 1, 5, false, decimal.New(4, 0), decimal.New(3, 0))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name      string
		in        Instrument
		answers   []int8
		recommend int8
		want      *AnswerError
	}{
		{"short", with, []int8{1, 2}, 5, &AnswerError{"r", "answers", "2", "want 3 answers"}},
		{"recommend without the item", without, []int8{1, 2, 3}, 5, &AnswerError{"r", "recommend", "5", "the instrument has no recommendation item"}},
		{"recommend 11", with, []int8{1, 2, 3}, 11, &AnswerError{"r", "recommend", "11", "outside 0–10"}},
		{"recommend -2", with, []int8{1, 2, 3}, -2, &AnswerError{"r", "recommend", "-2", "outside 0–10"}},
		{"answer 6", with, []int8{1, 6, 3}, 5, &AnswerError{"r", "B", "6", "outside the scale 1–5"}},
		{"answer 0 after Missing", with, []int8{Missing, 2, 0}, 5, &AnswerError{"r", "C", "0", "outside the scale 1–5"}},
		{"blank", with, []int8{Missing, Missing, Missing}, Missing, &AnswerError{"r", "answers", "none", "no item answered; a blank row is not a respondent"}},
		{"only a recommendation", with, []int8{Missing, Missing, Missing}, 9, nil},
		{"good", without, []int8{1, 5, Missing}, Missing, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tl := NewTally(tt.in)
			err := tl.Add("r", tt.answers, tt.recommend)
			var got *AnswerError
			if err != nil && !errors.As(err, &got) {
				t.Fatalf("error %v is not an *AnswerError", err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("error mismatch (-want +got):\n%s", diff)
			}
			if want := uint64(0); tt.want != nil && tl.Respondents() != want {
				t.Errorf("a refused respondent was counted")
			}
		})
	}
}
