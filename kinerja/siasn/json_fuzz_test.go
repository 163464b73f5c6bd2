package siasn

import (
	"testing"

	"github.com/go-asn/berakhlak/internal/jsoncmp/jsontest"
)

// FuzzFindingJSON: whatever UnmarshalJSON accepts round-trips, and a
// refused document changes nothing.
func FuzzFindingJSON(f *testing.F) {
	f.Add([]byte(`{"kind":"kuadran swapped","field":"KuadranKinerjaNilai","stored":"3","expected":"4"}`))
	f.Add([]byte(`{"kind":"unknown code","field":"x","stored":""}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		jsontest.RoundTrip(t, data, func(a, b Finding) bool { return a == b })
	})
}
