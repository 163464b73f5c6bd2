package berakhlaktest

import (
	"fmt"
	"testing"

	"github.com/go-asn/berakhlak/category"
	"github.com/go-asn/berakhlak/kinerja"
	"github.com/go-asn/berakhlak/kinerja/siasn"
	"github.com/shopspring/decimal"
)

// call runs f, turning a panic into a message, so that one bad cell of an
// app's mapper does not hide the others.
func call[T any](f func() T) (v T, panicked string) {
	defer func() {
		if r := recover(); r != nil {
			panicked = fmt.Sprint("panic: ", r)
		}
	}()
	return f(), ""
}

// CheckPredikatMapper runs an app's own mapping from the two SKP ratings to
// the employee's predikat on all nine cells of the matrix of PermenPANRB
// No. 6 Tahun 2022 (kinerja.PredikatPegawai) and reports each wrong cell
// with t.Errorf, by name:
//
//	hasil Di Atas Ekspektasi × perilaku Di Bawah Ekspektasi: got Butuh Perbaikan, want Kurang/Misconduct
//
// A panic in f is reported as that cell's result.
func CheckPredikatMapper(t testing.TB, f func(hasil, perilaku kinerja.Rating) kinerja.Predikat) {
	t.Helper()
	for _, h := range kinerja.Ratings() {
		for _, p := range kinerja.Ratings() {
			want, _ := kinerja.PredikatPegawai(h, p)
			got, panicked := call(func() kinerja.Predikat { return f(h, p) })
			if panicked != "" {
				t.Errorf("hasil %s × perilaku %s: %s, want %s", h, p, panicked, want)
			} else if got != want {
				t.Errorf("hasil %s × perilaku %s: got %s, want %s", h, p, got, want)
			}
		}
	}
}

// CheckRatingCodeMapper runs an app's own mapping from a rating to its code
// in SIASN's reference table perilakuDanKinerja (siasn.RatingCode: 1 Di
// Atas, 2 Sesuai, 3 Di Bawah Ekspektasi, the reverse of the order of
// kinerja.Rating) on the three ratings and reports each wrong one with
// t.Errorf, e.g.
//
//	Di Atas Ekspektasi: got 3, want 1
func CheckRatingCodeMapper(t testing.TB, f func(kinerja.Rating) int) {
	t.Helper()
	for _, r := range kinerja.Ratings() {
		c, _ := siasn.RatingCode(r)
		want := codeInt(c)
		got, panicked := call(func() int { return f(r) })
		if panicked != "" {
			t.Errorf("%s: %s, want %d", r, panicked, want)
		} else if got != want {
			t.Errorf("%s: got %d, want %d", r, got, want)
		}
	}
}

// CheckKuadranCodeMapper runs an app's own mapping from a predikat to its
// code in SIASN's reference table kuadranNilai (siasn.KuadranCode: 1 Sangat
// Baik … 5 Sangat Kurang) on the five predikat and reports each wrong one
// with t.Errorf, e.g.
//
//	Kurang/Misconduct: got 3, want 4
func CheckKuadranCodeMapper(t testing.TB, f func(kinerja.Predikat) int) {
	t.Helper()
	for _, p := range kinerja.Predikats() {
		c, _ := siasn.KuadranCode(p)
		want := codeInt(c)
		got, panicked := call(func() int { return f(p) })
		if panicked != "" {
			t.Errorf("%s: %s, want %d", p, panicked, want)
		} else if got != want {
			t.Errorf("%s: got %d, want %d", p, got, want)
		}
	}
}

// CheckKoefisienIDMapper runs an app's own mapping from a jenjang to its id
// in SIASN's reference table koefisien (siasn.KoefisienID: "12" Ahli
// Pertama … "82" Penyelia) on the eight jenjang and reports each wrong one
// with t.Errorf, e.g.
//
//	Pemula: got "51", want "52"
func CheckKoefisienIDMapper(t testing.TB, f func(kinerja.Jenjang) string) {
	t.Helper()
	for _, j := range kinerja.Jenjangs() {
		id, _ := siasn.KoefisienID(j)
		want := string(id)
		got, panicked := call(func() string { return f(j) })
		if panicked != "" {
			t.Errorf("%s: %s, want %q", j, panicked, want)
		} else if got != want {
			t.Errorf("%s: got %q, want %q", j, got, want)
		}
	}
}

// CheckKuadranMapper runs an app's own computation of kuadranKinerjaNilai
// from the two SIASN rating codes (hasilKinerjaNilai and
// perilakuKerjaNilai, 1 Di Atas … 3 Di Bawah Ekspektasi) on all nine cells
// of the matrix of PermenPANRB No. 6 Tahun 2022 in SIASN codes (1 2 4 / 2 2
// 4 / 3 3 5) and reports each wrong cell with t.Errorf, naming the known
// wrong mapping it matches, as siasn.RiwayatSKP.Check does:
//
//	hasilKinerjaNilai 3 (Di Bawah Ekspektasi) × perilakuKerjaNilai 1 (Di Atas Ekspektasi): got 4, want 3 (Butuh Perbaikan): kuadran swapped
func CheckKuadranMapper(t testing.TB, f func(hasilKinerjaNilai, perilakuKerjaNilai int) int) {
	t.Helper()
	for h := 1; h <= 3; h++ {
		for p := 1; p <= 3; p++ {
			want := kuadranOf(h, p)
			pred, _ := siasn.ParseKuadranCode(kuadranCode(want))
			hr, _ := siasn.ParseRatingCode(ratingCode(h))
			pr, _ := siasn.ParseRatingCode(ratingCode(p))
			cell := fmt.Sprintf("hasilKinerjaNilai %d (%s) × perilakuKerjaNilai %d (%s)", h, hr, p, pr)
			got, panicked := call(func() int { return f(h, p) })
			switch {
			case panicked != "":
				t.Errorf("%s: %s, want %d (%s)", cell, panicked, want, pred)
			case got != want:
				kind := ""
				rec := siasn.RiwayatSKP{HasilKinerjaNilai: ratingCode(h), PerilakuKerjaNilai: ratingCode(p), KuadranKinerjaNilai: kuadranCode(got)}
				for _, fd := range rec.Check() {
					kind = ": " + fd.Kind.String()
				}
				t.Errorf("%s: got %d, want %d (%s)%s", cell, got, want, pred, kind)
			}
		}
	}
}

// CheckClassifier runs an app's own classifier on the boundary cases of
// scale s and reports each wrong case with t.Errorf. f returns the band's
// letter, its label or both as Band.String writes them ("B", "Cukup Sehat"
// or "B Cukup Sehat"); any of the three is accepted.
//
// The cases are, for each band with lower bound m at the scale's places p
// (one step u = 10⁻ᵖ): m itself; m − u/2, which rounds half-up to m and so
// is in the band (74.95 is published as 75.0, A on category.BerAKHLAK);
// m − u/2 − u/10, which rounds below; m − u, the top of the band below; and
// the scale's maximum. Cases outside the scale are left out. A wrong case
// reads, e.g.
//
//	74.95 (published as 75.0): got "B", want A Sehat
//
// An invalid scale is reported, and nothing is run.
func CheckClassifier(t testing.TB, s category.Scale, f func(decimal.Decimal) string) {
	t.Helper()
	if !s.IsValid() {
		t.Errorf("CheckClassifier: the scale is invalid")
		return
	}
	for _, x := range classifierCases(s) {
		want, err := s.Classify(x)
		if err != nil {
			continue // outside the scale
		}
		got, panicked := call(func() string { return f(x) })
		name := x.StringFixed(s.Places())
		if x.Exponent() < -s.Places() {
			name = x.String() + " (published as " + x.Round(s.Places()).StringFixed(s.Places()) + ")"
		}
		switch {
		case panicked != "":
			t.Errorf("%s: %s, want %s", name, panicked, want)
		case got != want.Letter && got != want.Label && got != want.String():
			t.Errorf("%s: got %q, want %s", name, got, want)
		}
	}
}

// classifierCases returns the boundary cases of s, each once, from the
// highest.
func classifierCases(s category.Scale) []decimal.Decimal {
	u := decimal.New(1, -s.Places())
	half := decimal.New(5, -s.Places()-1)
	below := decimal.New(6, -s.Places()-1) // u/2 + u/10
	out := []decimal.Decimal{s.Max().Round(s.Places())}
	for _, b := range s.Bands() {
		m := b.Min.Round(s.Places())
		out = append(out, m, m.Sub(half), m.Sub(below), m.Sub(u))
	}
	var uniq []decimal.Decimal
	for _, x := range out {
		seen := false
		for _, y := range uniq {
			if x.Equal(y) {
				seen = true
			}
		}
		if !seen {
			uniq = append(uniq, x)
		}
	}
	return uniq
}
