package akhlak

import (
	"strings"
	"testing"

	"github.com/go-asn/berakhlak/internal/benchtest"
)

var sinkValue Value

var benchInputs = []string{"Berorientasi Pelayanan", "akuntabel", "KO", "harmonis", "LOYAL", "Adaptive", "kolaboratif"}

// naiveParseValue is what integrators write by hand: normalise with the
// strings package, then look up.
func naiveParseValue(s string) Value {
	k := strings.ToLower(s)
	k = strings.NewReplacer(" ", "", "_", "", "-", "").Replace(k)
	for _, v := range Values() {
		if k == strings.ToLower(strings.ReplaceAll(v.String(), " ", "")) || k == strings.ToLower(v.Code()) ||
			k == strings.ToLower(strings.ReplaceAll(v.English(), " ", "")) {
			return v
		}
	}
	return 0
}

// BenchmarkParseValue reports ParseValue's speed as a ratio against the
// naive strings-package parser in the same run.
func BenchmarkParseValue(b *testing.B) {
	b.ReportAllocs()
	benchtest.Compare(b,
		func(n int) {
			for i := 0; i < n; i++ {
				sinkValue, _ = ParseValue(benchInputs[i%len(benchInputs)])
			}
		},
		benchtest.Ref{Name: "strings", Run: func(n int) {
			for i := 0; i < n; i++ {
				sinkValue = naiveParseValue(benchInputs[i%len(benchInputs)])
			}
		}})
}

func TestNaiveParseValueAgrees(t *testing.T) {
	for _, s := range benchInputs {
		want, err := ParseValue(s)
		if err != nil || naiveParseValue(s) != want {
			t.Errorf("naive and ParseValue disagree on %q", s)
		}
	}
}
