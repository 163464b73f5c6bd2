package siasn

import (
	"encoding/json"
	"errors"
	"reflect"
	"strings"
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
			t.Errorf("ParseRatingCode(%q) = %v, %v; want %v", c, back, err, r)
		}
		got = append(got, pair{r.String(), string(c)})
	}
	for _, p := range kinerja.AllPredikat() {
		c, err := KuadranCode(p)
		if err != nil {
			t.Fatal(err)
		}
		back, err := ParseKuadranCode(c)
		if err != nil || back != p {
			t.Errorf("ParseKuadranCode(%q) = %v, %v; want %v", c, back, err, p)
		}
		got = append(got, pair{p.String(), string(c)})
	}
	for _, j := range kinerja.AllJenjang() {
		id, err := KoefisienID(j)
		if err != nil {
			t.Fatal(err)
		}
		back, err := ParseKoefisienID(id)
		if err != nil || back != j {
			t.Errorf("ParseKoefisienID(%q) = %v, %v; want %v", id, back, err, j)
		}
		got = append(got, pair{j.String(), string(id)})
	}
	for _, p := range AllPeriodik() {
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
		{"rating code 0", func() error { _, err := ParseRatingCode("0"); return err }, "perilakuDanKinerja", "0"},
		{"rating code 4", func() error { _, err := ParseRatingCode("4"); return err }, "perilakuDanKinerja", "4"},
		{"rating code -1", func() error { _, err := ParseRatingCode("-1"); return err }, "perilakuDanKinerja", "-1"},
		{"no rating code", func() error { _, err := ParseRatingCode(""); return err }, "perilakuDanKinerja", ""},
		{"rating code with a space", func() error { _, err := ParseRatingCode(" 1"); return err }, "perilakuDanKinerja", " 1"},
		{"no kuadran code", func() error { _, err := ParseKuadranCode(""); return err }, "kuadranNilai", ""},
		{"zero rating", func() error { _, err := RatingCode(0); return err }, "perilakuDanKinerja", "kinerja.Rating(0)"},
		{"rating 4", func() error { _, err := RatingCode(4); return err }, "perilakuDanKinerja", "kinerja.Rating(4)"},
		{"kuadran code 0", func() error { _, err := ParseKuadranCode("0"); return err }, "kuadranNilai", "0"},
		{"kuadran code 6", func() error { _, err := ParseKuadranCode("6"); return err }, "kuadranNilai", "6"},
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
	want := [3][3]Kuadran{{"1", "2", "4"}, {"2", "2", "4"}, {"3", "3", "5"}}
	var got [3][3]Kuadran
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
	r, err := ParseRatingCode(ratingOf(code))
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

// TestCodeFieldsDoNotConvert covers issue 22, item 5: the code fields were
// plain ints, so kinerja.Rating(rec.HasilKinerjaNilai) compiled and read
// SIASN's best-first code in the library's worst-first order (a Baik
// record became Butuh Perbaikan). Every code field of every SIASN type now
// has a code type that Go's conversion rules (which reflect's
// ConvertibleTo follows for values) do not let become a kinerja value or
// an int. A field is a code field by its SIASN name (…KinerjaNilai,
// …KerjaNilai, koefisien, periodik), so a new one cannot be missed.
func TestCodeFieldsDoNotConvert(t *testing.T) {
	library := []reflect.Type{
		reflect.TypeFor[kinerja.Rating](), reflect.TypeFor[kinerja.Predikat](),
		reflect.TypeFor[kinerja.Jenjang](), reflect.TypeFor[int](),
	}
	codeTypes := map[reflect.Type]bool{
		reflect.TypeFor[Rating](): true, reflect.TypeFor[Kuadran](): true,
		reflect.TypeFor[Koefisien](): true, reflect.TypeFor[Periodik](): true,
	}
	fields := 0
	for _, typ := range []reflect.Type{
		reflect.TypeFor[RiwayatSKP](), reflect.TypeFor[RiwayatKinerjaPeriodik](),
		reflect.TypeFor[SKP](), reflect.TypeFor[KinerjaPeriodik](), reflect.TypeFor[Penilai](),
	} {
		for i := range typ.NumField() {
			f := typ.Field(i)
			name := strings.ToLower(f.Name)
			if !f.IsExported() || !strings.HasSuffix(name, "erjanilai") && !strings.Contains(name, "koefisien") && !strings.Contains(name, "periodik") {
				continue
			}
			fields++
			if !codeTypes[f.Type] {
				t.Errorf("%s.%s is a %s, not a SIASN code type", typ.Name(), f.Name, f.Type)
			}
		}
	}
	if fields != 8 {
		t.Errorf("found %d code fields, want 8 (3 of RiwayatSKP, 5 of RiwayatKinerjaPeriodik)", fields)
	}
	for c := range codeTypes {
		if c == reflect.TypeFor[Periodik]() {
			continue // the library has no periodik: nothing to mix it up with
		}
		for _, l := range library {
			if c.ConvertibleTo(l) {
				t.Errorf("%s converts to %s", c, l)
			}
		}
	}
}

// TestZeroCodeIsNoCode covers issue 22, item 5: the zero value of every
// code type is "no code", invalid, and converts to no kinerja value.
func TestZeroCodeIsNoCode(t *testing.T) {
	var r Rating
	var k Kuadran
	var id Koefisien
	var p Periodik
	if r.IsValid() || k.IsValid() || id.IsValid() || p.IsValid() {
		t.Errorf("a zero code is valid: %v %v %v %v", r.IsValid(), k.IsValid(), id.IsValid(), p.IsValid())
	}
	_, errR := ParseRatingCode(r)
	_, errK := ParseKuadranCode(k)
	_, errJ := ParseKoefisienID(id)
	_, errP := PeriodikID(p)
	for _, err := range []error{errR, errK, errJ, errP} {
		if !errors.Is(err, ErrUnknownCode) {
			t.Errorf("zero code: error %v, want ErrUnknownCode", err)
		}
	}
	for _, c := range []json.Marshaler{r, k} {
		if b, err := c.MarshalJSON(); err != nil || string(b) != "null" {
			t.Errorf("zero %T marshals to %s, %v; want null", c, b, err)
		}
	}
}

// TestCodeJSON checks the JSON of the numeric codes: a number as SIASN
// writes it, read from what its clients send, the text kept as received
// for a code outside the table.
func TestCodeJSON(t *testing.T) {
	tests := []struct {
		in      string
		want    Rating
		out     string
		wantErr error
	}{
		{`1`, "1", `1`, nil},
		{`"2"`, "2", `2`, nil},
		{`3.0`, "3", `3`, nil},
		{`" 3 "`, "3", `3`, nil},
		{`9`, "9", `9`, nil},
		{`0`, "0", `0`, nil},
		{`null`, "", `null`, nil},
		{`""`, "", `null`, nil},
		{`2.5`, "", "", ErrInvalidField},
		{`"dua"`, "", "", ErrInvalidField},
		{`true`, "", "", ErrInvalidField},
	}
	for _, tc := range tests {
		var r Rating
		err := json.Unmarshal([]byte(tc.in), &r)
		if !errors.Is(err, tc.wantErr) {
			t.Errorf("%s: error %v, want %v", tc.in, err, tc.wantErr)
			continue
		}
		if err != nil {
			continue
		}
		out, err := json.Marshal(r)
		if diff := cmp.Diff([]string{string(tc.want), tc.out}, []string{string(r), string(out)}); diff != "" || err != nil {
			t.Errorf("%s: (-want +got):\n%s%v", tc.in, diff, err)
		}
		var k Kuadran
		if err := json.Unmarshal([]byte(tc.in), &k); err != nil || string(k) != string(tc.want) {
			t.Errorf("%s: Kuadran %q, %v", tc.in, k, err)
		}
	}
	if _, err := json.Marshal(Rating("satu")); !errors.Is(err, ErrInvalidField) {
		t.Errorf("Rating(satu) marshals: %v", err)
	}
	if _, err := json.Marshal(Kuadran("01")); !errors.Is(err, ErrInvalidField) {
		t.Errorf("Kuadran(01) marshals: %v", err)
	}
}
