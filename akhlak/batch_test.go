package akhlak

import (
	"errors"
	"fmt"
	"strconv"
	"testing"

	"github.com/go-asn/berakhlak/survey"
	"github.com/google/go-cmp/cmp"
)

// rows21 returns n rows of 21 answers on 1–5 with some NoAnswer, never a
// blank row, from a simple generator.
func rows21(n int, seed uint32) []int8 {
	out := make([]int8, 21*n)
	x := seed | 1
	for i := range out {
		x ^= x << 13
		x ^= x >> 17
		x ^= x << 5
		out[i] = int8(1 + x>>8%5)
		if x%29 == 0 && i%21 != 0 {
			out[i] = survey.NoAnswer
		}
	}
	return out
}

// addOneByOne is the reference for AddRows: Add row by row, stopping at
// the first error, whose respondent is named "row n".
func addOneByOne(t *RatingTally, answers []int8) (int, error) {
	if len(answers)%21 != 0 {
		return 0, errors.New("not whole rows")
	}
	for n := 0; 21*n < len(answers); n++ {
		if err := t.Add("row "+strconv.Itoa(n), answers[21*n:21*n+21]); err != nil {
			return n, err
		}
	}
	return len(answers) / 21, nil
}

func TestRatingAddRows(t *testing.T) {
	set := func(rows []int8, i int, a int8) []int8 { rows[i] = a; return rows }
	blank := func(rows []int8, r int) []int8 {
		for i := 21 * r; i < 21*r+21; i++ {
			rows[i] = survey.NoAnswer
		}
		return rows
	}
	tests := []struct {
		name    string
		answers []int8
		want    int
		wantErr string
	}{
		{"empty", nil, 0, ""},
		{"one row", rows21(1, 1), 1, ""},
		{"many rows", rows21(3000, 2), 3000, ""},
		{"an answer off the scale", set(rows21(700, 3), 21*450+7, 6), 450, `survey: respondent "row 450": KO2: 6: outside the scale 1–5`},
		{"a zero in the first row", set(rows21(100, 4), 20, 0), 0, `survey: respondent "row 0": KL3: 0: outside the scale 1–5`},
		{"a blank row", blank(rows21(300, 5), 299), 299, `survey: respondent "row 299": answers: none: no behaviour rated; a blank row is not a respondent`},
		{"a part row", rows21(2, 6)[:30], 0, `survey: respondent "batch": answers: 30 answers: not a whole number of rows of 21`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _ := NewRatingTally(survey.DefaultRatingScale())
			n, err := got.AddRows(tt.answers)
			gotErr := ""
			if err != nil {
				gotErr = err.Error()
				if !errors.Is(err, survey.ErrInvalidAnswer) {
					t.Errorf("error %v does not wrap ErrInvalidAnswer", err)
				}
			}
			if diff := cmp.Diff(struct {
				N   int
				Err string
			}{tt.want, tt.wantErr}, struct {
				N   int
				Err string
			}{n, gotErr}); diff != "" {
				t.Errorf("AddRows mismatch (-want +got):\n%s", diff)
			}
			want, _ := NewRatingTally(survey.DefaultRatingScale())
			if len(tt.answers)%21 == 0 {
				_, _ = addOneByOne(want, tt.answers)
			}
			if !got.Equal(want) || got.Respondents() != tt.want {
				t.Errorf("AddRows counted %d respondents, not the same as Add row by row (%d)", got.Respondents(), want.Respondents())
			}
		})
	}
	var zero RatingTally
	if _, err := zero.AddRows(rows21(1, 7)); !errors.Is(err, survey.ErrInvalidInstrument) {
		t.Errorf("AddRows on the zero RatingTally: %v", err)
	}
}

// FuzzRatingAddRows checks that AddRows counts what Add counts row by row,
// stops at the same row with the same error, on any answers and scale.
func FuzzRatingAddRows(f *testing.F) {
	f.Add(uint8(1), uint8(5), []byte{1, 2, 3, 4, 5, 0xff, 3, 3}, uint16(300), uint32(9))
	f.Add(uint8(0), uint8(6), []byte{6, 7}, uint16(80), uint32(3))
	f.Add(uint8(0), uint8(100), []byte{100, 101, 0x80}, uint16(70), uint32(4))
	f.Fuzz(func(t *testing.T, lo, hi uint8, pokes []byte, rows uint16, seed uint32) {
		s, err := survey.NewRatingScale(int(lo)%11, int(hi)%101)
		if err != nil {
			return
		}
		answers := rows21(int(rows)%1000, seed)
		for i := range answers { // onto the scale
			if answers[i] != survey.NoAnswer {
				answers[i] = int8(s.Min() + int(answers[i])%(s.Max()-s.Min()+1))
			}
		}
		for k := 0; k+1 < len(pokes) && len(answers) > 0; k += 2 {
			answers[(int(pokes[k])*7919+k)%len(answers)] = int8(pokes[k+1])
		}
		got, _ := NewRatingTally(s)
		want, _ := NewRatingTally(s)
		n, err := got.AddRows(answers)
		m, errWant := addOneByOne(want, answers)
		if n != m || fmt.Sprint(err) != fmt.Sprint(errWant) {
			t.Fatalf("AddRows: %d, %v; one by one: %d, %v", n, err, m, errWant)
		}
		if !got.Equal(want) {
			t.Fatal("AddRows and Add row by row counted differently")
		}
	})
}

func TestAddBallots(t *testing.T) {
	in := testInstrument(t)
	good := ballotsFrom(in, []byte{3, 2, 1, 0, 1, 2, 3, 4, 5, 9, 9, 9, 2, 2, 2, 7, 8, 9, 10, 11, 12, 10, 10, 10, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23})
	many := benchBallots(in, 700)
	with := func(bs []Ballot, i int, b Ballot) []Ballot {
		bs = append([]Ballot(nil), bs...)
		bs[i] = b
		return bs
	}
	tests := []struct {
		name    string
		ballots []Ballot
		want    int
		wantErr string
	}{
		{"none", nil, 0, ""},
		{"few", good, len(good), ""},
		{"many", many, 700, ""},
		// A blank ballot is not a respondent (issue 22, item 1): the
		// first one is refused, as Add refuses it.
		{"empty ballots", make([]Ballot, 300), 0, `survey: respondent "ballot 0": ballot: none: no pick in any list; a blank ballot is not a respondent`},
		{"blank after good", with(many, 400, Ballot{Personal: []OptionID{}}), 400, `survey: respondent "ballot 400": ballot: none: no pick in any list; a blank ballot is not a respondent`},
		{"unknown option", with(many, 600, Ballot{Current: []OptionID{1, 25}}), 600, `survey: respondent "ballot 600": current: option 25: not in the instrument`},
		{"option 0", with(many, 256, Ballot{Personal: []OptionID{0}}), 256, `survey: respondent "ballot 256": personal: option 0: not in the instrument`},
		{"option 65", with(many, 3, Ballot{Desired: []OptionID{2, 65}}), 3, `survey: respondent "ballot 3": desired: option 65: not in the instrument`},
		{"picked twice", with(many, 0, Ballot{Desired: []OptionID{4, 5, 4}}), 0, `survey: respondent "ballot 0": desired: AK1: picked twice`},
		{"too many picks", with(many, 699, Ballot{Current: []OptionID{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}}), 699, `survey: respondent "ballot 699": current: 11 picks: more than the 10 allowed`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			n, err := compareAddBallots(t, in, tt.ballots)
			if err != nil && !errors.Is(err, survey.ErrInvalidAnswer) {
				t.Errorf("error %v does not wrap ErrInvalidAnswer", err)
			}
			if diff := cmp.Diff(outcome{tt.want, tt.wantErr}, outcomeOf(n, err)); diff != "" {
				t.Errorf("AddBallots mismatch (-want +got):\n%s", diff)
			}
		})
	}
	var zero BallotTally
	if _, err := zero.AddBallots(good); !errors.Is(err, survey.ErrInvalidInstrument) {
		t.Errorf("AddBallots on the zero BallotTally: %v", err)
	}
}

// FuzzAddBallots checks that AddBallots counts what addReference counts
// ballot by ballot and stops at the same ballot with the same error, on
// instruments of 21 to 64 options (so that ids 63 and 64 occur) and any
// picks.
func FuzzAddBallots(f *testing.F) {
	f.Add(uint8(3), uint8(10), []byte{3, 2, 1, 0, 1, 2, 3, 4, 5, 9, 9, 9, 2, 2, 2, 7, 8, 9}, uint16(300), []byte{7, 0})
	f.Add(uint8(43), uint8(64), []byte{10, 10, 10, 63, 64, 62, 1, 2}, uint16(100), []byte{})
	f.Add(uint8(0), uint8(1), []byte{1, 1, 1, 0, 20, 21}, uint16(0), []byte{1, 65, 2, 200})
	f.Fuzz(func(t *testing.T, extras, most uint8, data []byte, n uint16, pokes []byte) {
		in := instrumentOf(t, int(extras)%44, 1+int(most)%(21+int(extras)%44))
		ballots := ballotsFrom(in, data)
		ballots = append(ballots, benchBallots(in, int(n)%600)...)
		for k := 0; k+1 < len(pokes) && len(ballots) > 0; k += 2 { // perhaps a bad pick
			b := &ballots[int(pokes[k])*31%len(ballots)]
			b.Current = append(append([]OptionID(nil), b.Current...), OptionID(pokes[k+1]))
		}
		compareAddBallots(t, in, ballots)
	})
}
