package kinerja

import (
	"encoding/json"
	"testing"

	"github.com/go-asn/berakhlak/internal/jsoncmp/jsontest"
)

// FuzzFindingJSON and FuzzFindingsJSON: whatever UnmarshalJSON accepts
// round-trips, and a refused document changes nothing.
func FuzzFindingJSON(f *testing.F) {
	fs, err := CheckDistribution(OrganisasiBaik, map[Predikat]int{Baik: 7004, SangatBaik: 2996}, DistributionRules{})
	if err != nil {
		f.Fatal(err)
	}
	for _, x := range fs {
		b, _ := json.Marshal(x)
		f.Add(b)
	}
	f.Add([]byte(`{"clause":"some Baik","kind":"some","predikat":["Baik"],"count":1,"total":1,"share":"100.0","met":true}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		jsontest.RoundTrip(t, data, Finding.Equal)
	})
}

func FuzzFindingsJSON(f *testing.F) {
	fs, err := CheckDistribution(OrganisasiKurang, map[Predikat]int{Kurang: 6, ButuhPerbaikan: 1, SangatBaik: 1}, DistributionRules{})
	if err != nil {
		f.Fatal(err)
	}
	b, _ := json.Marshal(fs)
	f.Add(b)
	f.Add([]byte(`[]`))
	f.Fuzz(func(t *testing.T, data []byte) {
		jsontest.RoundTrip(t, data, Findings.Equal)
	})
}
