package berakhlaktest

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/go-asn/berakhlak/category"
	"github.com/go-asn/berakhlak/figure"
	"github.com/go-asn/berakhlak/kinerja"
	"github.com/go-asn/berakhlak/kinerja/siasn"
	"github.com/go-asn/berakhlak/survey"
	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
)

// TestCheckPredikatMapper checks the reference passes, and that a mapper
// with exactly one wrong cell, for each of the nine, is reported once,
// naming that cell.
func TestCheckPredikatMapper(t *testing.T) {
	right := func(h, p kinerja.Rating) kinerja.Predikat { v, _ := kinerja.PredikatPegawai(h, p); return v }
	var r recorder
	CheckPredikatMapper(&r, right)
	if len(r.errors) != 0 {
		t.Fatalf("the matrix itself is reported: %q", r.errors)
	}
	for _, h := range kinerja.Ratings() {
		for _, p := range kinerja.Ratings() {
			want, _ := kinerja.PredikatPegawai(h, p)
			wrong := kinerja.SangatBaik
			if want == wrong {
				wrong = kinerja.SangatKurang
			}
			var r recorder
			CheckPredikatMapper(&r, func(hh, pp kinerja.Rating) kinerja.Predikat {
				if hh == h && pp == p {
					return wrong
				}
				return right(hh, pp)
			})
			msg := fmt.Sprintf("hasil %s × perilaku %s: got %s, want %s", h, p, wrong, want)
			if diff := cmp.Diff([]string{msg}, r.errors); diff != "" {
				t.Errorf("one wrong cell (-want +got):\n%s", diff)
			}
		}
	}
	// The perilaku-first lookup, a bug of copied public code: four cells.
	r = recorder{}
	CheckPredikatMapper(&r, func(h, p kinerja.Rating) kinerja.Predikat { return right(p, h) })
	want := []string{
		"hasil Di Bawah Ekspektasi × perilaku Sesuai Ekspektasi: got Kurang/Misconduct, want Butuh Perbaikan",
		"hasil Di Bawah Ekspektasi × perilaku Di Atas Ekspektasi: got Kurang/Misconduct, want Butuh Perbaikan",
		"hasil Sesuai Ekspektasi × perilaku Di Bawah Ekspektasi: got Butuh Perbaikan, want Kurang/Misconduct",
		"hasil Di Atas Ekspektasi × perilaku Di Bawah Ekspektasi: got Butuh Perbaikan, want Kurang/Misconduct",
	}
	if diff := cmp.Diff(want, r.errors); diff != "" {
		t.Errorf("swapped mapper (-want +got):\n%s", diff)
	}
	// A panic is one cell's result, not the end of the check.
	r = recorder{}
	CheckPredikatMapper(&r, func(h, p kinerja.Rating) kinerja.Predikat {
		if h == kinerja.DiAtasEkspektasi && p == kinerja.DiAtasEkspektasi {
			panic("no")
		}
		return right(h, p)
	})
	if diff := cmp.Diff([]string{"hasil Di Atas Ekspektasi × perilaku Di Atas Ekspektasi: panic: no, want Sangat Baik"}, r.errors); diff != "" {
		t.Errorf("panicking mapper (-want +got):\n%s", diff)
	}
}

// TestCheckCodeMappers checks each SIASN code check against its reference
// and against a mapper with exactly one wrong entry, for every entry.
func TestCheckCodeMappers(t *testing.T) {
	t.Run("RatingCode", func(t *testing.T) {
		ref := func(r kinerja.Rating) int { c, _ := siasn.RatingCode(r); return codeInt(c) }
		ratings := kinerja.Ratings()
		oneWrong(t, ratings[:], ref, func(r kinerja.Rating, c int) string { return fmt.Sprintf("%s: got %d, want %d", r, c+10, c) },
			func(tb testing.TB, f func(kinerja.Rating) int) { CheckRatingCodeMapper(tb, f) }, func(c int) int { return c + 10 })
		var r recorder
		CheckRatingCodeMapper(&r, func(x kinerja.Rating) int { return int(x) }) // the order of kinerja.Rating, not SIASN's
		if diff := cmp.Diff([]string{"Di Bawah Ekspektasi: got 1, want 3", "Di Atas Ekspektasi: got 3, want 1"}, r.errors); diff != "" {
			t.Errorf("reversed codes (-want +got):\n%s", diff)
		}
	})
	t.Run("KuadranCode", func(t *testing.T) {
		ref := func(p kinerja.Predikat) int { c, _ := siasn.KuadranCode(p); return codeInt(c) }
		predikats := kinerja.AllPredikat()
		oneWrong(t, predikats[:], ref, func(p kinerja.Predikat, c int) string { return fmt.Sprintf("%s: got %d, want %d", p, c+10, c) },
			func(tb testing.TB, f func(kinerja.Predikat) int) { CheckKuadranCodeMapper(tb, f) }, func(c int) int { return c + 10 })
	})
	t.Run("KoefisienID", func(t *testing.T) {
		ref := func(j kinerja.Jenjang) string { c, _ := siasn.KoefisienID(j); return string(c) }
		jenjangs := kinerja.AllJenjang()
		oneWrong(t, jenjangs[:], ref, func(j kinerja.Jenjang, c string) string { return fmt.Sprintf("%s: got %q, want %q", j, c+"0", c) },
			func(tb testing.TB, f func(kinerja.Jenjang) string) { CheckKoefisienIDMapper(tb, f) }, func(c string) string { return c + "0" })
	})
}

// oneWrong runs check on the reference (no report), then on a mapper that
// differs from it at exactly one input, for each input: exactly one
// report, message(input, reference value).
func oneWrong[K comparable, V any](t *testing.T, inputs []K, ref func(K) V, message func(K, V) string, check func(testing.TB, func(K) V), spoil func(V) V) {
	t.Helper()
	var r recorder
	check(&r, ref)
	if len(r.errors) != 0 {
		t.Fatalf("the reference is reported: %q", r.errors)
	}
	for _, in := range inputs {
		var r recorder
		check(&r, func(x K) V {
			if x == in {
				return spoil(ref(x))
			}
			return ref(x)
		})
		if diff := cmp.Diff([]string{message(in, ref(in))}, r.errors); diff != "" {
			t.Errorf("one wrong entry (-want +got):\n%s", diff)
		}
	}
}

// TestCheckKuadranMapper checks the kuadran check names each wrong cell and
// the known wrong mapping it matches.
func TestCheckKuadranMapper(t *testing.T) {
	right := [4][4]int{1: {1: 1, 2: 2, 3: 4}, 2: {1: 2, 2: 2, 3: 4}, 3: {1: 3, 2: 3, 3: 5}}
	tests := []struct {
		name string
		f    func(h, p int) int
		want []string
	}{
		{"the matrix", func(h, p int) int { return right[h][p] }, nil},
		{"perilaku-first", func(h, p int) int { return right[p][h] }, []string{
			"hasilKinerjaNilai 1 (Di Atas Ekspektasi) × perilakuKerjaNilai 3 (Di Bawah Ekspektasi): got 3, want 4 (Kurang/Misconduct): kuadran swapped or max",
			"hasilKinerjaNilai 2 (Sesuai Ekspektasi) × perilakuKerjaNilai 3 (Di Bawah Ekspektasi): got 3, want 4 (Kurang/Misconduct): kuadran swapped or max",
			"hasilKinerjaNilai 3 (Di Bawah Ekspektasi) × perilakuKerjaNilai 1 (Di Atas Ekspektasi): got 4, want 3 (Butuh Perbaikan): kuadran swapped",
			"hasilKinerjaNilai 3 (Di Bawah Ekspektasi) × perilakuKerjaNilai 2 (Sesuai Ekspektasi): got 4, want 3 (Butuh Perbaikan): kuadran swapped",
		}},
		{"max of the codes", func(h, p int) int { return max(h, p) }, []string{
			"hasilKinerjaNilai 1 (Di Atas Ekspektasi) × perilakuKerjaNilai 3 (Di Bawah Ekspektasi): got 3, want 4 (Kurang/Misconduct): kuadran swapped or max",
			"hasilKinerjaNilai 2 (Sesuai Ekspektasi) × perilakuKerjaNilai 3 (Di Bawah Ekspektasi): got 3, want 4 (Kurang/Misconduct): kuadran swapped or max",
			"hasilKinerjaNilai 3 (Di Bawah Ekspektasi) × perilakuKerjaNilai 3 (Di Bawah Ekspektasi): got 3, want 5 (Sangat Kurang): kuadran max",
		}},
		{"one cell off", func(h, p int) int {
			if h == 2 && p == 1 {
				return 1
			}
			return right[h][p]
		}, []string{"hasilKinerjaNilai 2 (Sesuai Ekspektasi) × perilakuKerjaNilai 1 (Di Atas Ekspektasi): got 1, want 2 (Baik): kuadran mismatch"}},
		{"a code outside the table", func(h, p int) int {
			if h == 1 && p == 1 {
				return 0
			}
			return right[h][p]
		}, []string{"hasilKinerjaNilai 1 (Di Atas Ekspektasi) × perilakuKerjaNilai 1 (Di Atas Ekspektasi): got 0, want 1 (Sangat Baik): unknown code"}},
	}
	for _, tc := range tests {
		var r recorder
		CheckKuadranMapper(&r, tc.f)
		if diff := cmp.Diff(tc.want, r.errors); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tc.name, diff)
		}
	}
}

// TestCheckClassifier checks the classifier check: the scale's own
// Classify passes; a classifier that does not round first fails exactly on
// the cases that round up into a band; a classifier with one wrong case,
// for each case, is reported once for that case.
func TestCheckClassifier(t *testing.T) {
	for _, s := range []category.Scale{category.BerAKHLAK(), category.IKM(), category.Entropy(), category.Alignment()} {
		ref := func(x decimal.Decimal) string { b, _ := s.Classify(x); return b.Letter }
		var r recorder
		CheckClassifier(&r, s, ref)
		if len(r.errors) != 0 {
			t.Fatalf("%s: Classify itself is reported: %q", s.Name(), r.errors)
		}
		// Labels and Band.String are accepted too.
		CheckClassifier(&r, s, func(x decimal.Decimal) string { b, _ := s.Classify(x); return b.Label })
		CheckClassifier(&r, s, func(x decimal.Decimal) string { b, _ := s.Classify(x); return b.String() })
		if len(r.errors) != 0 {
			t.Fatalf("%s: labels are reported: %q", s.Name(), r.errors)
		}
		cases := 0
		for _, x := range classifierCases(s) {
			if _, err := s.Classify(x); err != nil {
				continue
			}
			cases++
			var r recorder
			CheckClassifier(&r, s, func(y decimal.Decimal) string {
				if y.Equal(x) {
					return "?"
				}
				return ref(y)
			})
			if len(r.errors) != 1 || !strings.HasPrefix(r.errors[0], x.String()) || !strings.Contains(r.errors[0], `got "?"`) {
				t.Errorf("%s: one wrong case at %s: %q", s.Name(), x, r.errors)
			}
		}
		if cases < 3*len(s.Bands()) {
			t.Errorf("%s: only %d cases", s.Name(), cases)
		}
	}
	// Comparing the unrounded score misses the figures published as the
	// next band's bound.
	s := category.BerAKHLAK()
	naive := func(x decimal.Decimal) string {
		for _, b := range s.Bands() {
			if x.GreaterThanOrEqual(b.Min) {
				return b.Letter
			}
		}
		return ""
	}
	var r recorder
	CheckClassifier(&r, s, naive)
	want := []string{
		`74.95 (published as 75.0): got "B", want A Sehat`,
		`49.95 (published as 50.0): got "C", want B Cukup Sehat`,
		`24.95 (published as 25.0): got "D", want C Tidak Sehat`,
	}
	if diff := cmp.Diff(want, r.errors); diff != "" {
		t.Errorf("unrounded classifier (-want +got):\n%s", diff)
	}
	r = recorder{}
	CheckClassifier(&r, category.Scale{}, naive)
	if diff := cmp.Diff([]string{"CheckClassifier: the scale is invalid"}, r.errors); diff != "" {
		t.Errorf("zero scale (-want +got):\n%s", diff)
	}
}

// TestClassifierCases pins the cases of the BerAKHLAK scale.
func TestClassifierCases(t *testing.T) {
	var got []string
	for _, x := range classifierCases(category.BerAKHLAK()) {
		got = append(got, x.String())
	}
	want := []string{"100", "75", "74.95", "74.94", "74.9", "50", "49.95", "49.94", "49.9", "25", "24.95", "24.94", "24.9", "0", "-0.05", "-0.06", "-0.1"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("cases (-want +got):\n%s", diff)
	}
}

// TestMapperMismatchesAsValues covers issue 22, item 8: the mapper checks
// reported only through testing.TB, so an app's admin screen could not
// show what its own mapping gets wrong. The …Mismatches functions return
// the findings as values, each naming its input, got and want, and the
// Check… functions report exactly their String forms, in order.
func TestMapperMismatchesAsValues(t *testing.T) {
	right := func(h, p kinerja.Rating) kinerja.Predikat { v, _ := kinerja.PredikatPegawai(h, p); return v }
	swapped := func(h, p kinerja.Rating) kinerja.Predikat { return right(p, h) }
	wantPredikat := []PredikatMapperMismatch{
		{Hasil: kinerja.DiBawahEkspektasi, Perilaku: kinerja.SesuaiEkspektasi, Got: kinerja.Kurang, Want: kinerja.ButuhPerbaikan},
		{Hasil: kinerja.DiBawahEkspektasi, Perilaku: kinerja.DiAtasEkspektasi, Got: kinerja.Kurang, Want: kinerja.ButuhPerbaikan},
		{Hasil: kinerja.SesuaiEkspektasi, Perilaku: kinerja.DiBawahEkspektasi, Got: kinerja.ButuhPerbaikan, Want: kinerja.Kurang},
		{Hasil: kinerja.DiAtasEkspektasi, Perilaku: kinerja.DiBawahEkspektasi, Got: kinerja.ButuhPerbaikan, Want: kinerja.Kurang},
	}
	if diff := cmp.Diff(wantPredikat, PredikatMapperMismatches(swapped)); diff != "" {
		t.Errorf("PredikatMapperMismatches (-want +got):\n%s", diff)
	}
	if got := PredikatMapperMismatches(right); got != nil {
		t.Errorf("the matrix itself: %v", got)
	}
	panics := func(h, p kinerja.Rating) kinerja.Predikat {
		if h == kinerja.SesuaiEkspektasi && p == kinerja.SesuaiEkspektasi {
			panic("no")
		}
		return right(h, p)
	}
	wantPanic := []PredikatMapperMismatch{{Hasil: kinerja.SesuaiEkspektasi, Perilaku: kinerja.SesuaiEkspektasi, Want: kinerja.Baik, Panic: "no"}}
	if diff := cmp.Diff(wantPanic, PredikatMapperMismatches(panics)); diff != "" {
		t.Errorf("PredikatMapperMismatches, panic (-want +got):\n%s", diff)
	}

	wantRating := []CodeMapperMismatch[kinerja.Rating, int]{
		{Value: kinerja.DiBawahEkspektasi, Got: 1, Want: 3},
		{Value: kinerja.DiAtasEkspektasi, Got: 3, Want: 1},
	}
	if diff := cmp.Diff(wantRating, RatingCodeMapperMismatches(func(r kinerja.Rating) int { return int(r) })); diff != "" {
		t.Errorf("RatingCodeMapperMismatches (-want +got):\n%s", diff)
	}
	wantKuadranCode := []CodeMapperMismatch[kinerja.Predikat, int]{{Value: kinerja.Kurang, Got: 3, Want: 4}}
	kuadranCodes := func(p kinerja.Predikat) int {
		if p == kinerja.Kurang {
			return 3
		}
		return 6 - int(p)
	}
	if diff := cmp.Diff(wantKuadranCode, KuadranCodeMapperMismatches(kuadranCodes)); diff != "" {
		t.Errorf("KuadranCodeMapperMismatches (-want +got):\n%s", diff)
	}
	wantKoefisien := []CodeMapperMismatch[kinerja.Jenjang, string]{{Value: kinerja.Pemula, Got: "51", Want: "52"}}
	ids := func(j kinerja.Jenjang) string {
		if j == kinerja.Pemula {
			return "51"
		}
		id, _ := siasn.KoefisienID(j)
		return string(id)
	}
	if diff := cmp.Diff(wantKoefisien, KoefisienIDMapperMismatches(ids)); diff != "" {
		t.Errorf("KoefisienIDMapperMismatches (-want +got):\n%s", diff)
	}

	maxCodes := func(h, p int) int { return max(h, p) }
	wantKuadran := []KuadranMapperMismatch{
		{HasilKinerjaNilai: 1, PerilakuKerjaNilai: 3, Got: 3, Want: 4, Kind: siasn.FindingKuadranSwappedOrMax},
		{HasilKinerjaNilai: 2, PerilakuKerjaNilai: 3, Got: 3, Want: 4, Kind: siasn.FindingKuadranSwappedOrMax},
		{HasilKinerjaNilai: 3, PerilakuKerjaNilai: 3, Got: 3, Want: 5, Kind: siasn.FindingKuadranMax},
	}
	if diff := cmp.Diff(wantKuadran, KuadranMapperMismatches(maxCodes)); diff != "" {
		t.Errorf("KuadranMapperMismatches (-want +got):\n%s", diff)
	}

	s := category.BerAKHLAK()
	naive := func(x decimal.Decimal) string {
		for _, b := range s.Bands() {
			if x.GreaterThanOrEqual(b.Min) {
				return b.Letter
			}
		}
		return ""
	}
	band := func(letter string) category.Band {
		for _, b := range s.Bands() {
			if b.Letter == letter {
				return b
			}
		}
		return category.Band{}
	}
	wantClassifier := []ClassifierMismatch{
		{Score: dec("74.95"), Published: figure.MustParse("75.0"), Got: "B", Want: band("A")},
		{Score: dec("49.95"), Published: figure.MustParse("50.0"), Got: "C", Want: band("B")},
		{Score: dec("24.95"), Published: figure.MustParse("25.0"), Got: "D", Want: band("C")},
	}
	gotClassifier, err := ClassifierMismatches(s, naive)
	if diff := cmp.Diff(wantClassifier, gotClassifier, CmpOptions()); diff != "" || err != nil {
		t.Errorf("ClassifierMismatches (-want +got):\n%s%v", diff, err)
	}
	if _, err := ClassifierMismatches(category.Scale{}, naive); !errors.Is(err, survey.ErrInvalidInput) {
		t.Errorf("ClassifierMismatches of the zero scale: %v", err)
	}

	// The Check… functions are thin wrappers: they report each value's
	// String, in order, and nothing else.
	wrappers := []struct {
		name  string
		check func(testing.TB)
		want  []string
	}{
		{"CheckPredikatMapper", func(tb testing.TB) { CheckPredikatMapper(tb, swapped) }, strs(wantPredikat)},
		{"CheckPredikatMapper panic", func(tb testing.TB) { CheckPredikatMapper(tb, panics) }, strs(wantPanic)},
		{"CheckRatingCodeMapper", func(tb testing.TB) { CheckRatingCodeMapper(tb, func(r kinerja.Rating) int { return int(r) }) }, strs(wantRating)},
		{"CheckKuadranCodeMapper", func(tb testing.TB) { CheckKuadranCodeMapper(tb, kuadranCodes) }, strs(wantKuadranCode)},
		{"CheckKoefisienIDMapper", func(tb testing.TB) { CheckKoefisienIDMapper(tb, ids) }, strs(wantKoefisien)},
		{"CheckKuadranMapper", func(tb testing.TB) { CheckKuadranMapper(tb, maxCodes) }, strs(wantKuadran)},
		{"CheckClassifier", func(tb testing.TB) { CheckClassifier(tb, s, naive) }, strs(wantClassifier)},
	}
	for _, w := range wrappers {
		var r recorder
		w.check(&r)
		if diff := cmp.Diff(w.want, r.errors); diff != "" {
			t.Errorf("%s reports (-want +got):\n%s", w.name, diff)
		}
	}
}

func strs[M fmt.Stringer](ms []M) []string {
	var out []string
	for _, m := range ms {
		out = append(out, m.String())
	}
	return out
}
