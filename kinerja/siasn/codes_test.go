package siasn

import (
	"errors"
	"strconv"
	"testing"

	"github.com/go-asn/berakhlak/kinerja"
	"github.com/google/go-cmp/cmp"
)

// TestCodes checks every code of BKN's SIASN reference tables in both
// directions.
func TestCodes(t *testing.T) {
	type pair struct {
		Value string
		Code  string
	}
	var got []pair
	for _, r := range kinerja.Ratings() {
		c, err := RatingCode(r)
		if err != nil {
			t.Fatal(err)
		}
		back, err := ParseRatingCode(c)
		if err != nil || back != r {
			t.Errorf("ParseRatingCode(%d) = %v, %v; want %v", c, back, err, r)
		}
		got = append(got, pair{r.String(), strconv.Itoa(c)})
	}
	for _, p := range kinerja.Predikats() {
		c, err := KuadranCode(p)
		if err != nil {
			t.Fatal(err)
		}
		back, err := ParseKuadranCode(c)
		if err != nil || back != p {
			t.Errorf("ParseKuadranCode(%d) = %v, %v; want %v", c, back, err, p)
		}
		got = append(got, pair{p.String(), strconv.Itoa(c)})
	}
	for _, j := range kinerja.Jenjangs() {
		id, err := KoefisienID(j)
		if err != nil {
			t.Fatal(err)
		}
		back, err := ParseKoefisienID(id)
		if err != nil || back != j {
			t.Errorf("ParseKoefisienID(%q) = %v, %v; want %v", id, back, err, j)
		}
		got = append(got, pair{j.String(), id})
	}
	for _, p := range Periodiks() {
		id, err := PeriodikID(p)
		if err != nil {
			t.Fatal(err)
		}
		back, err := ParsePeriodikID(id)
		if err != nil || back != p {
			t.Errorf("ParsePeriodikID(%q) = %v, %v; want %v", id, back, err, p)
		}
		got = append(got, pair{p.String(), id})
	}
	want := []pair{
		// perilakuDanKinerja: 1 is the best.
		{"Di Bawah Ekspektasi", "3"}, {"Sesuai Ekspektasi", "2"}, {"Di Atas Ekspektasi", "1"},
		// kuadranNilai.
		{"Sangat Kurang", "5"}, {"Kurang/Misconduct", "4"}, {"Butuh Perbaikan", "3"}, {"Baik", "2"}, {"Sangat Baik", "1"},
		// koefisien.
		{"Ahli Pertama", "12"}, {"Ahli Muda", "22"}, {"Ahli Madya", "32"}, {"Ahli Utama", "42"},
		{"Pemula", "52"}, {"Terampil", "62"}, {"Mahir", "72"}, {"Penyelia", "82"},
		// periodik.
		{"bulanan", "1"}, {"triwulan", "2"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("codes mismatch (-want +got):\n%s", diff)
	}
}

// TestInvalidCodes checks that every code outside its table, in each
// direction, is a *CodeError naming the table and the code and wrapping
// ErrUnknownCode.
func TestInvalidCodes(t *testing.T) {
	tests := []struct {
		name      string
		call      func() error
		wantField string
		wantCode  string
	}{
		{"rating code 0", func() error { _, err := ParseRatingCode(0); return err }, "perilakuDanKinerja", "0"},
		{"rating code 4", func() error { _, err := ParseRatingCode(4); return err }, "perilakuDanKinerja", "4"},
		{"rating code -1", func() error { _, err := ParseRatingCode(-1); return err }, "perilakuDanKinerja", "-1"},
		{"zero rating", func() error { _, err := RatingCode(0); return err }, "perilakuDanKinerja", "kinerja.Rating(0)"},
		{"rating 4", func() error { _, err := RatingCode(4); return err }, "perilakuDanKinerja", "kinerja.Rating(4)"},
		{"kuadran code 0", func() error { _, err := ParseKuadranCode(0); return err }, "kuadranNilai", "0"},
		{"kuadran code 6", func() error { _, err := ParseKuadranCode(6); return err }, "kuadranNilai", "6"},
		{"zero predikat", func() error { _, err := KuadranCode(0); return err }, "kuadranNilai", "kinerja.Predikat(0)"},
		{"predikat 6", func() error { _, err := KuadranCode(6); return err }, "kuadranNilai", "kinerja.Predikat(6)"},
		{"koefisien id empty", func() error { _, err := ParseKoefisienID(""); return err }, "koefisien", ""},
		{"koefisien id 11", func() error { _, err := ParseKoefisienID("11"); return err }, "koefisien", "11"},
		{"koefisien id 92", func() error { _, err := ParseKoefisienID("92"); return err }, "koefisien", "92"},
		{"koefisien id with space", func() error { _, err := ParseKoefisienID(" 12"); return err }, "koefisien", " 12"},
		{"zero jenjang", func() error { _, err := KoefisienID(0); return err }, "koefisien", "kinerja.Jenjang(0)"},
		{"jenjang 9", func() error { _, err := KoefisienID(9); return err }, "koefisien", "kinerja.Jenjang(9)"},
		{"periodik id 0", func() error { _, err := ParsePeriodikID("0"); return err }, "periodik", "0"},
		{"periodik id 3", func() error { _, err := ParsePeriodikID("3"); return err }, "periodik", "3"},
		{"zero periodik", func() error { _, err := PeriodikID(0); return err }, "periodik", "siasn.Periodik(0)"},
		{"periodik 3", func() error { _, err := PeriodikID(3); return err }, "periodik", "siasn.Periodik(3)"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.call()
			var ce *CodeError
			if !errors.As(err, &ce) || !errors.Is(err, ErrUnknownCode) {
				t.Fatalf("error %v is not a *CodeError wrapping ErrUnknownCode", err)
			}
			if diff := cmp.Diff([]string{tc.wantField, tc.wantCode}, []string{ce.Field, ce.Code}); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// TestMatrixInSIASNCodes checks the nine cells of the matrix of
// PermenPANRB No. 6 Tahun 2022 in SIASN codes: rows hasil 1–3, columns
// perilaku 1–3 give 1 2 4 / 2 2 4 / 3 3 5.
func TestMatrixInSIASNCodes(t *testing.T) {
	want := [3][3]int{{1, 2, 4}, {2, 2, 4}, {3, 3, 5}}
	var got [3][3]int
	for h := 1; h <= 3; h++ {
		for p := 1; p <= 3; p++ {
			s, err := NewSKP(mustRating(t, h), mustRating(t, p), 2024)
			if err != nil {
				t.Fatal(err)
			}
			got[h-1][p-1], err = KuadranCode(s.Predikat())
			if err != nil {
				t.Fatal(err)
			}
		}
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("matrix mismatch (-want +got):\n%s", diff)
	}
}

func mustRating(t *testing.T, code int) kinerja.Rating {
	t.Helper()
	r, err := ParseRatingCode(code)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func TestParsePeriodik(t *testing.T) {
	tests := []struct {
		in      string
		want    Periodik
		wantErr error
	}{
		{"bulanan", Bulanan, nil},
		{"BULANAN", Bulanan, nil},
		{"Triwulan", Triwulan, nil},
		{"quarterly", Triwulan, nil},
		{"monthly", Bulanan, nil},
		{"1", 0, ErrUnknownPeriodik},
		{"tahunan", 0, ErrUnknownPeriodik},
		{"", 0, ErrUnknownPeriodik},
	}
	for _, tc := range tests {
		got, err := ParsePeriodik(tc.in)
		if got != tc.want || !errors.Is(err, tc.wantErr) {
			t.Errorf("ParsePeriodik(%q) = %v, %v; want %v, %v", tc.in, got, err, tc.want, tc.wantErr)
		}
		var pe *ParseError
		if err != nil && !errors.As(err, &pe) {
			t.Errorf("error %v is not a *ParseError", err)
		}
	}
	b, err := Periodik(0).MarshalText()
	if err != nil || len(b) != 0 {
		t.Errorf("zero Periodik marshals to %q, %v", b, err)
	}
	if _, err := Periodik(3).MarshalText(); !errors.Is(err, ErrUnknownPeriodik) {
		t.Errorf("Periodik(3).MarshalText error = %v", err)
	}
	var p Periodik = Triwulan
	if err := p.UnmarshalText(nil); err != nil || p != 0 {
		t.Errorf("empty text gives %v, %v", p, err)
	}
}
