package survey

import (
	"testing"

	"github.com/go-asn/berakhlak/internal/jsoncmp/jsontest"
)

// FuzzFiguresJSON and FuzzMinimumJSON: whatever UnmarshalJSON accepts
// round-trips, and a refused document changes nothing.
func FuzzFiguresJSON(f *testing.F) {
	f.Add([]byte(`{"mean":"3.87","favourable":"72.0","answers":140,"missing":0}`))
	f.Add([]byte(`{"mean":"3.8","favourable":"72","answers":-1,"missing":0}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		jsontest.RoundTrip(t, data, Figures.Equal)
	})
}

func FuzzMinimumJSON(f *testing.F) {
	f.Add([]byte(`{"rule":"slovin","population":2500,"margin":5,"required":345}`))
	f.Add([]byte(`{"rule":"fixed","required":140}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		jsontest.RoundTrip(t, data, Minimum.Equal)
	})
}

func FuzzIntervalJSON(f *testing.F) {
	f.Add([]byte(`{"lo":"47.2","hi":"57.1","level":95,"respondents":345,"population":2500}`))
	f.Add([]byte(`{"lo":"-0.4","hi":"3.1","level":95,"respondents":0}`))
	f.Add([]byte(`{"lo":"3.2","hi":"3.1","level":95,"respondents":0}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		jsontest.RoundTrip(t, data, Interval.Equal)
	})
}
