package engagement

import (
	"errors"
	"fmt"
	"testing"

	"github.com/go-asn/berakhlak/survey"
	"github.com/google/go-cmp/cmp"
)

func TestAddResponses(t *testing.T) {
	good := func(id string, a ...int8) Response { return Response{Respondent: id, Answers: a, Recommend: 9} }
	tests := []struct {
		name    string
		rs      []Response
		wantN   int
		wantErr *survey.AnswerError
	}{
		{name: "empty", rs: nil, wantN: 0},
		{name: "all good", rs: []Response{good("a", 5, 4, 3, 2, 1), good("b", 1, survey.NoAnswer, 3, 4, 5), {Respondent: "c", Group: "G", Answers: []int8{3, 3, 3, 3, 3}, Recommend: survey.NoAnswer}}, wantN: 3},
		{name: "bad answer at index 1", rs: []Response{good("a", 5, 4, 3, 2, 1), good("b", 5, 6, 3, 2, 1), good("c", 1, 1, 1, 1, 1)}, wantN: 1,
			wantErr: &survey.AnswerError{Respondent: "b", Field: "K2", Answer: "6", Reason: "outside the scale 1–5"}},
		{name: "short row first", rs: []Response{good("a", 5, 4)}, wantN: 0,
			wantErr: &survey.AnswerError{Respondent: "a", Field: "answers", Answer: "2", Reason: "want 5 answers"}},
		{name: "blank row last", rs: []Response{good("a", 5, 4, 3, 2, 1), {Respondent: "z", Answers: []int8{-1, -1, -1, -1, -1}, Recommend: survey.NoAnswer}}, wantN: 1,
			wantErr: &survey.AnswerError{Respondent: "z", Field: "answers", Answer: "none", Reason: "no item answered; a blank row is not a respondent"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := testInstrument(t)
			got, _ := NewTally(in)
			n, err := got.AddResponses(tt.rs)
			var ae *survey.AnswerError
			if err != nil && !errors.As(err, &ae) {
				t.Fatalf("error %v is not an *survey.AnswerError", err)
			}
			if diff := cmp.Diff(tt.wantErr, ae); diff != "" {
				t.Errorf("error (-want +got):\n%s", diff)
			}
			if err != nil && !errors.Is(err, survey.ErrInvalidAnswer) {
				t.Errorf("error %v does not wrap ErrInvalidAnswer", err)
			}
			if n != tt.wantN {
				t.Errorf("counted %d, want %d", n, tt.wantN)
			}
			want, _ := NewTally(in)
			for _, r := range tt.rs[:tt.wantN] {
				if err := want.Add(r); err != nil {
					t.Fatal(err)
				}
			}
			if !got.Equal(want) {
				t.Errorf("AddResponses counted other than Add one by one")
			}
		})
	}
	var zero Tally
	if _, err := zero.AddResponses(nil); !errors.Is(err, survey.ErrInvalidInstrument) {
		t.Errorf("zero Tally: %v, want ErrInvalidInstrument", err)
	}
}

// FuzzAddResponses checks that AddResponses counts what Add counts one by
// one, and stops at the same response with the same error, with a bad
// response anywhere or none.
func FuzzAddResponses(f *testing.F) {
	f.Add([]byte("\x01\x0a\x01\x02\x03\x04\x05\x02\x00\x05\x05\x05\x05\x05\x03\x03\x03\x00\x01\x02\x03"), uint8(1), false)
	f.Add([]byte("\x00\x0b\x00\x00\x03\x00\x05\x02\x00\x05\x00\x05\x00\x05"), uint8(0), true)
	f.Fuzz(func(t *testing.T, data []byte, at uint8, spoil bool) {
		in := testInstrument(t)
		rs := responsesFrom(data)
		if spoil && len(rs) > 0 {
			k := int(at) % len(rs)
			rs[k].Answers = append([]int8(nil), rs[k].Answers...)
			rs[k].Answers[int(at)%5] = 9
		}
		want, _ := NewTally(in)
		wantN, wantErr := len(rs), error(nil)
		for i, r := range rs {
			if err := want.Add(r); err != nil {
				wantN, wantErr = i, err
				break
			}
		}
		got, _ := NewTally(in)
		gotN, gotErr := got.AddResponses(rs)
		if gotN != wantN || fmt.Sprint(gotErr) != fmt.Sprint(wantErr) {
			t.Fatalf("AddResponses: %d, %v; Add one by one: %d, %v", gotN, gotErr, wantN, wantErr)
		}
		if !got.Equal(want) {
			t.Fatal("AddResponses counted other than Add one by one")
		}
	})
}
