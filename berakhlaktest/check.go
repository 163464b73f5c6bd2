package berakhlaktest

import (
	"fmt"
	"strconv"
	"testing"

	"github.com/go-asn/berakhlak/category"
	"github.com/go-asn/berakhlak/figure"
	"github.com/go-asn/berakhlak/kinerja"
	"github.com/go-asn/berakhlak/kinerja/siasn"
	"github.com/go-asn/berakhlak/survey"
	"github.com/shopspring/decimal"
)

// call runs f, turning a panic into the panic's value as text, so that
// one bad cell of an app's mapper does not hide the others.
func call[T any](f func() T) (v T, panicked string) {
	defer func() {
		if r := recover(); r != nil {
			panicked = fmt.Sprint(r)
			if panicked == "" {
				panicked = "(empty panic value)"
			}
		}
	}()
	return f(), ""
}

// gotText is what a mismatch says the app's mapping gave: its value, or
// the panic.
func gotText(panicked, got string) string {
	if panicked != "" {
		return "panic: " + panicked
	}
	return "got " + got
}

// PredikatMapperMismatch is one cell of the matrix of PermenPANRB No. 6
// Tahun 2022 on which an app's own mapping from the two SKP ratings to the
// employee's predikat differs from kinerja.PredikatPegawai. It is a plain
// value, for an app's admin screen as much as for a test.
type PredikatMapperMismatch struct {
	Hasil    kinerja.Rating   // the rating of Hasil Kerja
	Perilaku kinerja.Rating   // the rating of Perilaku Kerja
	Got      kinerja.Predikat // what the app's mapping returned; 0 when it panicked
	Want     kinerja.Predikat // what the matrix gives
	Panic    string           // the panic's value as text when the mapping panicked on the cell; else empty
}

// String describes the mismatch as [CheckPredikatMapper] reports it, e.g.
//
//	hasil Di Atas Ekspektasi × perilaku Di Bawah Ekspektasi: got Butuh Perbaikan, want Kurang/Misconduct
func (m PredikatMapperMismatch) String() string {
	return fmt.Sprintf("hasil %s × perilaku %s: %s, want %s", m.Hasil, m.Perilaku, gotText(m.Panic, m.Got.String()), m.Want)
}

// PredikatMapperMismatches runs an app's own mapping from the two SKP
// ratings to the employee's predikat on all nine cells of the matrix of
// PermenPANRB No. 6 Tahun 2022 (kinerja.PredikatPegawai) and returns each
// cell where it differs, hasil by hasil from the lowest, or nil when it
// agrees everywhere. A panic in f is that cell's result.
func PredikatMapperMismatches(f func(hasil, perilaku kinerja.Rating) kinerja.Predikat) []PredikatMapperMismatch {
	var out []PredikatMapperMismatch
	for _, h := range kinerja.Ratings() {
		for _, p := range kinerja.Ratings() {
			want, _ := kinerja.PredikatPegawai(h, p)
			got, panicked := call(func() kinerja.Predikat { return f(h, p) })
			if panicked != "" || got != want {
				out = append(out, PredikatMapperMismatch{Hasil: h, Perilaku: p, Got: got, Want: want, Panic: panicked})
			}
		}
	}
	return out
}

// CheckPredikatMapper runs an app's own mapping from the two SKP ratings to
// the employee's predikat on all nine cells of the matrix of PermenPANRB
// No. 6 Tahun 2022 (kinerja.PredikatPegawai) and reports each wrong cell
// with t.Errorf, by name:
//
//	hasil Di Atas Ekspektasi × perilaku Di Bawah Ekspektasi: got Butuh Perbaikan, want Kurang/Misconduct
//
// A panic in f is reported as that cell's result. It reports what
// [PredikatMapperMismatches] returns.
func CheckPredikatMapper(t testing.TB, f func(hasil, perilaku kinerja.Rating) kinerja.Predikat) {
	t.Helper()
	report(t, PredikatMapperMismatches(f))
}

// report reports each mismatch with t.Errorf.
func report[M fmt.Stringer](t testing.TB, ms []M) {
	t.Helper()
	for _, m := range ms {
		t.Errorf("%s", m)
	}
}

// CodeMapperMismatch is one value of the library (a kinerja.Rating,
// kinerja.Predikat or kinerja.Jenjang) on which an app's own mapping to a
// code of SIASN's reference tables differs from package siasn's. The
// codes are as the app's mapping has them: int for perilakuDanKinerja and
// kuadranNilai, string for koefisien.
type CodeMapperMismatch[V fmt.Stringer, C int | string] struct {
	Value V      // the library's value
	Got   C      // what the app's mapping returned; the zero C when it panicked
	Want  C      // SIASN's code
	Panic string // the panic's value as text when the mapping panicked; else empty
}

// String describes the mismatch as the Check…Mapper functions report it,
// e.g. "Di Atas Ekspektasi: got 3, want 1" or `Pemula: got "51", want
// "52"` (string codes quoted).
func (m CodeMapperMismatch[V, C]) String() string {
	verb := "%v"
	if _, ok := any(m.Want).(string); ok {
		verb = "%q"
	}
	return fmt.Sprintf("%s: %s, want "+verb, m.Value, gotText(m.Panic, fmt.Sprintf(verb, m.Got)), m.Want)
}

// codeMismatches runs f on each value and compares it with want.
func codeMismatches[V fmt.Stringer, C int | string](values []V, want func(V) C, f func(V) C) []CodeMapperMismatch[V, C] {
	var out []CodeMapperMismatch[V, C]
	for _, v := range values {
		w := want(v)
		got, panicked := call(func() C { return f(v) })
		if panicked != "" || got != w {
			out = append(out, CodeMapperMismatch[V, C]{Value: v, Got: got, Want: w, Panic: panicked})
		}
	}
	return out
}

// RatingCodeMapperMismatches runs an app's own mapping from a rating to its
// code in SIASN's reference table perilakuDanKinerja (siasn.RatingCode: 1
// Di Atas, 2 Sesuai, 3 Di Bawah Ekspektasi, the reverse of the order of
// kinerja.Rating) on the three ratings, from the lowest, and returns each
// one it gets wrong, or nil.
func RatingCodeMapperMismatches(f func(kinerja.Rating) int) []CodeMapperMismatch[kinerja.Rating, int] {
	ratings := kinerja.Ratings()
	want := func(r kinerja.Rating) int { c, _ := siasn.RatingCode(r); return codeInt(c) }
	return codeMismatches(ratings[:], want, f)
}

// CheckRatingCodeMapper runs an app's own mapping from a rating to its code
// in SIASN's reference table perilakuDanKinerja (siasn.RatingCode: 1 Di
// Atas, 2 Sesuai, 3 Di Bawah Ekspektasi, the reverse of the order of
// kinerja.Rating) on the three ratings and reports each wrong one with
// t.Errorf, e.g.
//
//	Di Atas Ekspektasi: got 3, want 1
//
// It reports what [RatingCodeMapperMismatches] returns.
func CheckRatingCodeMapper(t testing.TB, f func(kinerja.Rating) int) {
	t.Helper()
	report(t, RatingCodeMapperMismatches(f))
}

// KuadranCodeMapperMismatches runs an app's own mapping from a predikat to
// its code in SIASN's reference table kuadranNilai (siasn.KuadranCode: 1
// Sangat Baik … 5 Sangat Kurang) on the five predikat, from the worst, and
// returns each one it gets wrong, or nil.
func KuadranCodeMapperMismatches(f func(kinerja.Predikat) int) []CodeMapperMismatch[kinerja.Predikat, int] {
	predikats := kinerja.AllPredikat()
	want := func(p kinerja.Predikat) int { c, _ := siasn.KuadranCode(p); return codeInt(c) }
	return codeMismatches(predikats[:], want, f)
}

// CheckKuadranCodeMapper runs an app's own mapping from a predikat to its
// code in SIASN's reference table kuadranNilai (siasn.KuadranCode: 1 Sangat
// Baik … 5 Sangat Kurang) on the five predikat and reports each wrong one
// with t.Errorf, e.g.
//
//	Kurang/Misconduct: got 3, want 4
//
// It reports what [KuadranCodeMapperMismatches] returns.
func CheckKuadranCodeMapper(t testing.TB, f func(kinerja.Predikat) int) {
	t.Helper()
	report(t, KuadranCodeMapperMismatches(f))
}

// KoefisienIDMapperMismatches runs an app's own mapping from a jenjang to
// its id in SIASN's reference table koefisien (siasn.KoefisienID: "12"
// Ahli Pertama … "82" Penyelia) on the eight jenjang, in the order of
// kinerja.AllJenjang, and returns each one it gets wrong, or nil.
func KoefisienIDMapperMismatches(f func(kinerja.Jenjang) string) []CodeMapperMismatch[kinerja.Jenjang, string] {
	jenjangs := kinerja.AllJenjang()
	want := func(j kinerja.Jenjang) string { id, _ := siasn.KoefisienID(j); return string(id) }
	return codeMismatches(jenjangs[:], want, f)
}

// CheckKoefisienIDMapper runs an app's own mapping from a jenjang to its id
// in SIASN's reference table koefisien (siasn.KoefisienID: "12" Ahli
// Pertama … "82" Penyelia) on the eight jenjang and reports each wrong one
// with t.Errorf, e.g.
//
//	Pemula: got "51", want "52"
//
// It reports what [KoefisienIDMapperMismatches] returns.
func CheckKoefisienIDMapper(t testing.TB, f func(kinerja.Jenjang) string) {
	t.Helper()
	report(t, KoefisienIDMapperMismatches(f))
}

// KuadranMapperMismatch is one cell of the matrix of PermenPANRB No. 6
// Tahun 2022, in SIASN codes, on which an app's own computation of
// kuadranKinerjaNilai from the two rating codes differs from the library's.
type KuadranMapperMismatch struct {
	HasilKinerjaNilai  int // the code of Hasil Kerja, 1 Di Atas … 3 Di Bawah Ekspektasi
	PerilakuKerjaNilai int // the code of Perilaku Kerja
	Got                int // the app's kuadranKinerjaNilai; 0 when it panicked
	Want               int // the kuadran the matrix gives, 1 Sangat Baik … 5 Sangat Kurang
	// Kind is the known wrong mapping Got matches, as siasn.RiwayatSKP.Check
	// names it (siasn.FindingKuadranSwapped, siasn.FindingKuadranMax, …): siasn.FindingUnknownCode
	// for a code outside kuadranNilai, siasn.FindingKuadranMismatch for another
	// wrong code, 0 when the mapping panicked.
	Kind  siasn.FindingKind
	Panic string // the panic's value as text when the mapping panicked; else empty
}

// String describes the mismatch as [CheckKuadranMapper] reports it, e.g.
//
//	hasilKinerjaNilai 3 (Di Bawah Ekspektasi) × perilakuKerjaNilai 1 (Di Atas Ekspektasi): got 4, want 3 (Butuh Perbaikan): kuadran swapped
func (m KuadranMapperMismatch) String() string {
	hr, _ := siasn.ParseRatingCode(ratingCode(m.HasilKinerjaNilai))
	pr, _ := siasn.ParseRatingCode(ratingCode(m.PerilakuKerjaNilai))
	pred, _ := siasn.ParseKuadranCode(kuadranCode(m.Want))
	s := fmt.Sprintf("hasilKinerjaNilai %d (%s) × perilakuKerjaNilai %d (%s): %s, want %d (%s)",
		m.HasilKinerjaNilai, hr, m.PerilakuKerjaNilai, pr, gotText(m.Panic, strconv.Itoa(m.Got)), m.Want, pred)
	if m.Kind != 0 {
		s += ": " + m.Kind.String()
	}
	return s
}

// KuadranMapperMismatches runs an app's own computation of
// kuadranKinerjaNilai from the two SIASN rating codes (hasilKinerjaNilai
// and perilakuKerjaNilai, 1 Di Atas … 3 Di Bawah Ekspektasi) on all nine
// cells of the matrix of PermenPANRB No. 6 Tahun 2022 in SIASN codes (1 2
// 4 / 2 2 4 / 3 3 5) and returns each cell where it differs, with the
// known wrong mapping it matches, or nil.
func KuadranMapperMismatches(f func(hasilKinerjaNilai, perilakuKerjaNilai int) int) []KuadranMapperMismatch {
	var out []KuadranMapperMismatch
	for h := 1; h <= 3; h++ {
		for p := 1; p <= 3; p++ {
			want := kuadranOf(h, p)
			got, panicked := call(func() int { return f(h, p) })
			if panicked == "" && got == want {
				continue
			}
			m := KuadranMapperMismatch{HasilKinerjaNilai: h, PerilakuKerjaNilai: p, Got: got, Want: want, Panic: panicked}
			if panicked == "" {
				rec := siasn.RiwayatSKP{HasilKinerjaNilai: ratingCode(h), PerilakuKerjaNilai: ratingCode(p), KuadranKinerjaNilai: kuadranCode(got)}
				for _, fd := range rec.Check() {
					m.Kind = fd.Kind
				}
			}
			out = append(out, m)
		}
	}
	return out
}

// CheckKuadranMapper runs an app's own computation of kuadranKinerjaNilai
// from the two SIASN rating codes (hasilKinerjaNilai and
// perilakuKerjaNilai, 1 Di Atas … 3 Di Bawah Ekspektasi) on all nine cells
// of the matrix of PermenPANRB No. 6 Tahun 2022 in SIASN codes (1 2 4 / 2 2
// 4 / 3 3 5) and reports each wrong cell with t.Errorf, naming the known
// wrong mapping it matches, as siasn.RiwayatSKP.Check does:
//
//	hasilKinerjaNilai 3 (Di Bawah Ekspektasi) × perilakuKerjaNilai 1 (Di Atas Ekspektasi): got 4, want 3 (Butuh Perbaikan): kuadran swapped
//
// It reports what [KuadranMapperMismatches] returns.
func CheckKuadranMapper(t testing.TB, f func(hasilKinerjaNilai, perilakuKerjaNilai int) int) {
	t.Helper()
	report(t, KuadranMapperMismatches(f))
}

// ClassifierMismatch is one boundary case of a category.Scale on which an
// app's own classifier differs from the scale's Classify.
type ClassifierMismatch struct {
	Score     decimal.Decimal // the case, as given to the classifier
	Published figure.Figure   // the case rounded half-up to the scale's places, as it is published
	Got       string          // what the classifier returned; empty when it panicked
	Want      category.Band   // the band Classify gives
	Panic     string          // the panic's value as text when the classifier panicked; else empty
}

// String describes the mismatch as [CheckClassifier] reports it, e.g.
//
//	74.95 (published as 75.0): got "B", want A Sehat
func (m ClassifierMismatch) String() string {
	name := m.Published.String()
	if m.Score.Exponent() < -m.Published.Places() {
		name = m.Score.String() + " (published as " + name + ")"
	}
	return fmt.Sprintf("%s: %s, want %s", name, gotText(m.Panic, strconv.Quote(m.Got)), m.Want)
}

// ClassifierMismatches runs an app's own classifier on the boundary cases
// of scale s and returns each case it gets wrong, from the highest, or
// nil. f returns the band's letter, its label or both as Band.String
// writes them ("B", "Cukup Sehat" or "B Cukup Sehat"); any of the three is
// accepted.
//
// The cases are, for each band with lower bound m at the scale's places p
// (one step u = 10⁻ᵖ): m itself; m − u/2, which rounds half-up to m and so
// is in the band (74.95 is published as 75.0, A on category.BerAKHLAK);
// m − u/2 − u/10, which rounds below; m − u, the top of the band below; and
// the scale's maximum. Cases outside the scale are left out. An invalid
// scale is an error wrapping survey.ErrInvalidInput, and nothing is run.
func ClassifierMismatches(s category.Scale, f func(decimal.Decimal) string) ([]ClassifierMismatch, error) {
	if !s.IsValid() {
		return nil, fmt.Errorf("berakhlaktest: the scale is invalid: %w", survey.ErrInvalidInput)
	}
	var out []ClassifierMismatch
	for _, x := range classifierCases(s) {
		want, err := s.Classify(x)
		if err != nil {
			continue // outside the scale
		}
		published, err := figure.New(x, s.Places())
		if err != nil {
			continue // cannot be: the case is inside the scale
		}
		got, panicked := call(func() string { return f(x) })
		if panicked != "" || got != want.Letter && got != want.Label && got != want.String() {
			out = append(out, ClassifierMismatch{Score: x, Published: published, Got: got, Want: want, Panic: panicked})
		}
	}
	return out, nil
}

// CheckClassifier runs an app's own classifier on the boundary cases of
// scale s (see [ClassifierMismatches]) and reports each wrong case with
// t.Errorf, e.g.
//
//	74.95 (published as 75.0): got "B", want A Sehat
//
// An invalid scale is reported, and nothing is run.
func CheckClassifier(t testing.TB, s category.Scale, f func(decimal.Decimal) string) {
	t.Helper()
	ms, err := ClassifierMismatches(s, f)
	if err != nil {
		t.Errorf("CheckClassifier: the scale is invalid")
		return
	}
	report(t, ms)
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
