package akhlak

import (
	"encoding/json"
	"testing"

	"github.com/go-asn/berakhlak/internal/jsoncmp/jsontest"
	"github.com/go-asn/berakhlak/survey"
)

// The decoders' fuzz targets: whatever UnmarshalJSON accepts round-trips,
// and a refused document changes nothing (jsontest.RoundTrip). Seeds are
// the JSON of real results and a few broken documents.

func seedJSON(f *testing.F, vs ...any) {
	for _, v := range vs {
		b, err := json.Marshal(v)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	for _, s := range []string{`{}`, `null`, `{"respondents":1}`, `{"index":"1e999999999"}`} {
		f.Add([]byte(s))
	}
}

func fuzzBallotResult(f *testing.F) BallotResult {
	in, _ := NewInstrument(3, Option{Code: "X", Kind: OptionLimiting, Text: "X"})
	tl, _ := NewBallotTally(in)
	_ = tl.Add("a", Ballot{Personal: []OptionID{1, 22}, Current: []OptionID{2, 22}, Desired: []OptionID{3}})
	_ = tl.Add("b", Ballot{Current: []OptionID{5}})
	r, err := tl.Result(survey.FixedMinimum(1))
	if err != nil {
		f.Fatal(err)
	}
	return r
}

func FuzzBallotResultJSON(f *testing.F) {
	seedJSON(f, fuzzBallotResult(f))
	f.Fuzz(func(t *testing.T, data []byte) {
		jsontest.RoundTrip(t, data, BallotResult.Equal)
	})
}

func FuzzRatingResultJSON(f *testing.F) {
	tl, _ := NewRatingTally(survey.DefaultRatingScale())
	row := make([]int8, 21)
	for i := range row {
		row[i] = int8(1 + i%5)
	}
	_ = tl.Add("a", row)
	r, err := tl.Result(survey.FixedMinimum(1))
	if err != nil {
		f.Fatal(err)
	}
	seedJSON(f, r)
	f.Fuzz(func(t *testing.T, data []byte) {
		jsontest.RoundTrip(t, data, RatingResult.Equal)
	})
}

func FuzzRankJSON(f *testing.F) {
	seedJSON(f, fuzzBallotResult(f).Profile().Ranked()[0])
	f.Fuzz(func(t *testing.T, data []byte) {
		jsontest.RoundTrip(t, data, func(a, b Rank) bool { return a == b })
	})
}

func FuzzNationalJSON(f *testing.F) {
	p := fuzzBallotResult(f).Profile()
	n, err := Aggregate([]Unit{
		{Name: "A", Respondents: 2, Minimum: survey.FixedMinimum(1), Profile: p},
		{Name: "B", Respondents: 1, Minimum: survey.FixedMinimum(2), Profile: p},
	})
	if err != nil {
		f.Fatal(err)
	}
	seedJSON(f, n)
	f.Fuzz(func(t *testing.T, data []byte) {
		jsontest.RoundTrip(t, data, National.Equal)
	})
}
