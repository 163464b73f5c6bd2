package engagement

import (
	"encoding/json"
	"testing"

	"github.com/go-asn/berakhlak/internal/jsoncmp/jsontest"
	"github.com/go-asn/berakhlak/survey"
)

// FuzzResultJSON: whatever UnmarshalJSON accepts round-trips, and a
// refused document changes nothing.
func FuzzResultJSON(f *testing.F) {
	tl, _ := NewTally(testInstrument(f))
	for i, g := range []string{"A", "A", "B", "", "A", "A", "A"} {
		r := Response{Group: g, Answers: []int8{int8(1 + i%5), 3, int8(1 + (i*2)%5), 4, 2}}
		if i > 0 {
			r.Recommend = survey.Recommend(i)
		}
		if err := tl.Add(r); err != nil {
			f.Fatal(err)
		}
	}
	r, err := tl.Result(survey.FixedMinimum(1))
	if err != nil {
		f.Fatal(err)
	}
	b, _ := json.Marshal(r)
	f.Add(b)
	f.Add([]byte(`{"scale":"1–5","respondents":1,"segments":{}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		jsontest.RoundTrip(t, data, Result.Equal)
	})
}
