package kinerja

import (
	"strings"
	"testing"

	"github.com/go-asn/berakhlak/internal/benchtest"
)

var sinkPredikat Predikat

var benchRatings = []string{"Di Atas Ekspektasi", "sesuai ekspektasi", "DIBAWAH", "Diatas", "Sesuai"}

// naivePredikat is what HR systems write by hand: normalise strings, then
// nested conditionals on them.
func naivePredikat(hasil, perilaku string) Predikat {
	norm := func(s string) string {
		s = strings.ToLower(strings.NewReplacer(" ", "", "_", "", "-", "").Replace(s))
		return strings.TrimSuffix(s, "ekspektasi")
	}
	h, p := norm(hasil), norm(perilaku)
	switch {
	case h == "diatas" && p == "diatas":
		return SangatBaik
	case (h == "diatas" || h == "sesuai") && (p == "diatas" || p == "sesuai"):
		return Baik
	case (h == "diatas" || h == "sesuai") && p == "dibawah":
		return Kurang
	case h == "dibawah" && p == "dibawah":
		return SangatKurang
	case h == "dibawah":
		return ButuhPerbaikan
	}
	return 0
}

func TestNaivePredikatAgrees(t *testing.T) {
	for _, h := range benchRatings {
		for _, p := range benchRatings {
			want, _ := PredikatPegawai(MustParseRating(h), MustParseRating(p))
			if got := naivePredikat(h, p); got != want {
				t.Errorf("naive(%q, %q) = %v, want %v", h, p, got, want)
			}
		}
	}
}

// BenchmarkPredikatPegawai measures the matrix lookup alone, against the
// naive string-based reference, in the same run.
func BenchmarkPredikatPegawai(b *testing.B) {
	rs := Ratings()
	b.ReportAllocs()
	benchtest.Compare(b,
		func(n int) {
			for i := 0; i < n; i++ {
				sinkPredikat, _ = PredikatPegawai(rs[i%3], rs[(i/3)%3])
			}
		},
		benchtest.Ref{Name: "strings", Run: func(n int) {
			for i := 0; i < n; i++ {
				sinkPredikat = naivePredikat(benchRatings[i%5], benchRatings[(i/5)%5])
			}
		}})
}

// BenchmarkParseThenPredikat measures the full path from the strings an HR
// system sends, against the same naive reference.
func BenchmarkParseThenPredikat(b *testing.B) {
	b.ReportAllocs()
	benchtest.Compare(b,
		func(n int) {
			for i := 0; i < n; i++ {
				h, _ := ParseRating(benchRatings[i%5])
				p, _ := ParseRating(benchRatings[(i/5)%5])
				sinkPredikat, _ = PredikatPegawai(h, p)
			}
		},
		benchtest.Ref{Name: "strings", Run: func(n int) {
			for i := 0; i < n; i++ {
				sinkPredikat = naivePredikat(benchRatings[i%5], benchRatings[(i/5)%5])
			}
		}})
}
