package ikm

import (
	"encoding/json"
	"testing"

	"github.com/go-asn/berakhlak/internal/jsoncmp/jsontest"
	"github.com/go-asn/berakhlak/survey"
)

// The decoders' fuzz targets: whatever UnmarshalJSON accepts round-trips,
// and a refused document changes nothing.

func fuzzResult(f *testing.F) Result {
	tl := NewTally()
	_ = tl.Add("a", []int8{4, 3, 2, 1, 4, 3, 2, 1, 4})
	_ = tl.Add("b", []int8{3, 3, 3, survey.NoAnswer, 4, 4, 4, 4, 4})
	r, err := tl.Result(survey.FixedMinimum(1), WithNRRPlaces(3))
	if err != nil {
		f.Fatal(err)
	}
	return r
}

func seed(f *testing.F, v any) {
	b, err := json.Marshal(v)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(b)
	f.Add([]byte(`{}`))
	f.Add([]byte(`{"weight":"0.11","index":"99.00"}`))
}

func FuzzResultJSON(f *testing.F) {
	seed(f, fuzzResult(f))
	grouped, err := groupTallyOf(f, Instrument2014, groupRows([]byte("1234123412341234123412341234123412341234123412341234"))).Result(anyMin, WithConfidentiality(2))
	if err != nil {
		f.Fatal(err)
	}
	seed(f, grouped)
	f.Fuzz(func(t *testing.T, data []byte) {
		jsontest.RoundTrip(t, data, Result.Equal)
	})
}

func FuzzUnsurResultJSON(f *testing.F) {
	seed(f, fuzzResult(f).Unsur(BiayaTarif))
	f.Fuzz(func(t *testing.T, data []byte) {
		jsontest.RoundTrip(t, data, UnsurResult.Equal)
	})
}
