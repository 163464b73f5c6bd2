package siasn

import (
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/go-asn/berakhlak/kinerja"
	"github.com/google/go-cmp/cmp"
)

// values is what a record's accessors give, each with its error's text.
type values struct {
	Hasil, Perilaku       kinerja.Rating
	Stored, Matrix        kinerja.Predikat
	HasilErr, PerilakuErr string
	StoredErr, MatrixErr  string
}

func errText(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}

// TestRiwayatAccessors covers issue 22, item 5: a record's codes come out
// as kinerja values only through its methods, in the library's order. The
// first row is the record: hasil 1 and perilaku 2 are Di Atas and
// Sesuai Ekspektasi, Baik; kinerja.PredikatPegawai(kinerja.Rating(1),
// kinerja.Rating(2)), which compiled with int fields, gave Butuh
// Perbaikan.
func TestRiwayatAccessors(t *testing.T) {
	tests := []struct {
		name string
		h, p Rating
		k    Kuadran
		want values
	}{
		{"the issue's Baik record", "1", "2", "2", values{
			Hasil: kinerja.DiAtasEkspektasi, Perilaku: kinerja.SesuaiEkspektasi, Stored: kinerja.Baik, Matrix: kinerja.Baik}},
		{"stored swapped: both predikat given", "3", "1", "4", values{
			Hasil: kinerja.DiBawahEkspektasi, Perilaku: kinerja.DiAtasEkspektasi, Stored: kinerja.Kurang, Matrix: kinerja.ButuhPerbaikan}},
		{"worst cell", "3", "3", "5", values{
			Hasil: kinerja.DiBawahEkspektasi, Perilaku: kinerja.DiBawahEkspektasi, Stored: kinerja.SangatKurang, Matrix: kinerja.SangatKurang}},
		{"unknown codes", "4", "0", "9", values{
			HasilErr:    `siasn: hasilKinerjaNilai: unknown code "4"`,
			PerilakuErr: `siasn: PerilakuKerjaNilai: unknown code "0"`,
			StoredErr:   `siasn: KuadranKinerjaNilai: unknown code "9"`,
			MatrixErr:   `siasn: hasilKinerjaNilai: unknown code "4"`}},
		{"no codes", "", "", "", values{
			HasilErr:    `siasn: hasilKinerjaNilai: unknown code ""`,
			PerilakuErr: `siasn: PerilakuKerjaNilai: unknown code ""`,
			StoredErr:   `siasn: KuadranKinerjaNilai: unknown code ""`,
			MatrixErr:   `siasn: hasilKinerjaNilai: unknown code ""`}},
		{"perilaku unknown", "1", "7", "1", values{
			Hasil: kinerja.DiAtasEkspektasi, Stored: kinerja.SangatBaik,
			PerilakuErr: `siasn: PerilakuKerjaNilai: unknown code "7"`,
			MatrixErr:   `siasn: PerilakuKerjaNilai: unknown code "7"`}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := RiwayatSKP{HasilKinerjaNilai: tc.h, PerilakuKerjaNilai: tc.p, KuadranKinerjaNilai: tc.k}
			var got values
			var errs [4]error
			got.Hasil, errs[0] = r.HasilKinerjaRating()
			got.Perilaku, errs[1] = r.PerilakuKerjaRating()
			got.Stored, errs[2] = r.KuadranKinerjaPredikat()
			got.Matrix, errs[3] = r.Predikat()
			got.HasilErr, got.PerilakuErr, got.StoredErr, got.MatrixErr = errText(errs[0]), errText(errs[1]), errText(errs[2]), errText(errs[3])
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("RiwayatSKP (-want +got):\n%s", diff)
			}
			for _, err := range errs {
				var ce *CodeError
				if err != nil && (!errors.Is(err, ErrUnknownCode) || !errors.As(err, &ce)) {
					t.Errorf("error %v is not a *CodeError wrapping ErrUnknownCode", err)
				}
			}
			// The periodic record gives the same, with its field names.
			p := RiwayatKinerjaPeriodik{HasilKinerjaNilai: tc.h, PerilakuKerjaNilai: tc.p, KuadranKinerjaNilai: tc.k}
			var pg values
			pg.Hasil, errs[0] = p.HasilKinerjaRating()
			pg.Perilaku, errs[1] = p.PerilakuKerjaRating()
			pg.Stored, errs[2] = p.KuadranKinerjaPredikat()
			pg.Matrix, errs[3] = p.Predikat()
			want := tc.want
			for i, e := range errs {
				if (e == nil) != ([]string{want.HasilErr, want.PerilakuErr, want.StoredErr, want.MatrixErr}[i] == "") {
					t.Errorf("RiwayatKinerjaPeriodik accessor %d: error %v", i, e)
				}
			}
			want.HasilErr, want.PerilakuErr, want.StoredErr, want.MatrixErr = "", "", "", ""
			if diff := cmp.Diff(want, pg); diff != "" {
				t.Errorf("RiwayatKinerjaPeriodik (-want +got):\n%s", diff)
			}
		})
	}
}

// TestRiwayatKinerjaPeriodikJenjang checks the koefisien id comes out as
// a kinerja.Jenjang only through the record's method.
func TestRiwayatKinerjaPeriodikJenjang(t *testing.T) {
	for _, tc := range []struct {
		id      Koefisien
		want    kinerja.Jenjang
		wantErr string
	}{
		{"52", kinerja.Pemula, ""},
		{"12", kinerja.AhliPertama, ""},
		{"5", 0, `siasn: koefisenId: unknown code "5"`},
		{"", 0, `siasn: koefisenId: unknown code ""`},
	} {
		got, err := RiwayatKinerjaPeriodik{KoefisienID: tc.id}.Jenjang()
		if diff := cmp.Diff([]any{tc.want, tc.wantErr}, []any{got, errText(err)}); diff != "" {
			t.Errorf("%q: (-want +got):\n%s", tc.id, diff)
		}
	}
}

// skpField says where a field of RiwayatSKP goes in the SKP request.
var skpField = map[string]func(SKP) string{
	"ID":                  func(s SKP) string { return s.ID },
	"PNSDinilaiID":        func(s SKP) string { return s.PNSDinilaiOrang },
	"Tahun":               func(s SKP) string { return strconv.Itoa(s.Tahun()) },
	"HasilKinerjaNilai":   func(s SKP) string { c, _ := RatingCode(s.HasilKinerja()); return string(c) },
	"PerilakuKerjaNilai":  func(s SKP) string { c, _ := RatingCode(s.PerilakuKerja()); return string(c) },
	"KuadranKinerjaNilai": func(s SKP) string { c, _ := KuadranCode(s.Predikat()); return string(c) },
	"NamaPenilai":         func(s SKP) string { return s.Penilai.Nama },
	"NipNrpPenilai":       func(s SKP) string { return s.Penilai.NipNrp },
	"PenilaiGolonganID":   func(s SKP) string { return s.Penilai.Golongan },
	"PenilaiJabatanNm":    func(s SKP) string { return s.Penilai.Jabatan },
	"PenilaiUnorNm":       func(s SKP) string { return s.Penilai.UnorNama },
	"StatusPenilai":       func(s SKP) string { return s.Penilai.Status },
}

// skpNotCarried are the fields of RiwayatSKP the request has no place for.
var skpNotCarried = map[string]string{
	"HasilKinerja":   "a display label of hasilKinerjaNilai",
	"PerilakuKerja":  "a display label of PerilakuKerjaNilai",
	"KuadranKinerja": "a display label of KuadranKinerjaNilai",
}

// TestRiwayatSKPToSKP covers issue 22, item 5: an app renamed six fields
// by hand to save a decoded record again (NipNrpPenilai to NipNrp,
// PenilaiJabatanNm to Jabatan, …), and one was easy to miss. RiwayatSKP.SKP
// does it, and this test reads the record's fields by reflection: a field
// added to RiwayatSKP fails here until it is carried over or said not to
// be. Each carried field is changed alone to show it reaches its own place
// in the request, and every field of the request's JSON is filled.
func TestRiwayatSKPToSKP(t *testing.T) {
	typ := reflect.TypeFor[RiwayatSKP]()
	names := map[string]bool{}
	for i := range typ.NumField() {
		name := typ.Field(i).Name
		names[name] = true
		_, carried := skpField[name]
		why := skpNotCarried[name]
		if carried == (why != "") {
			t.Errorf("RiwayatSKP.%s: carried over %v, not carried %q: say one", name, carried, why)
		}
	}
	for name := range skpField {
		if !names[name] {
			t.Errorf("skpField names %s, which RiwayatSKP does not have", name)
		}
	}
	rec := sampleRiwayatSKP
	s, err := rec.SKP()
	if err != nil {
		t.Fatal(err)
	}
	v := reflect.ValueOf(rec)
	for name, get := range skpField {
		if want, got := fmt.Sprint(v.FieldByName(name).Interface()), get(s); want != got {
			t.Errorf("%s: record %q, request %q", name, want, got)
		}
	}
	// Change one text field at a time: it and only it changes.
	for name := range skpField {
		if reflect.ValueOf(rec).FieldByName(name).Type() != reflect.TypeFor[string]() {
			continue
		}
		changed := rec
		reflect.ValueOf(&changed).Elem().FieldByName(name).SetString("changed " + name)
		cs, err := changed.SKP()
		if err != nil {
			t.Fatal(err)
		}
		for other, get := range skpField {
			if got, was := get(cs), get(s); (other == name) == (got == was) {
				t.Errorf("changing %s: %s is %q, was %q", name, other, got, was)
			}
		}
	}
	// Every field of the request is filled; only the documents (path) are
	// the caller's to add.
	b, err := json.Marshal(s)
	if err != nil {
		t.Fatal(err)
	}
	var fields map[string]any
	if err := json.Unmarshal(b, &fields); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"hasilKinerjaNilai", "id", "kuadranKinerjaNilai", "penilaiGolongan", "penilaiJabatan",
		"penilaiNama", "penilaiNipNrp", "penilaiUnorNama", "perilakuKerjaNilai", "pnsDinilaiOrang", "statusPenilai", "tahun"} {
		if x, ok := fields[k]; !ok || x == "" || x == float64(0) {
			t.Errorf("request field %s is %v", k, x)
		}
		delete(fields, k)
	}
	if len(fields) != 0 {
		t.Errorf("request fields not checked: %v", fields)
	}
}

// TestRiwayatSKPToSKPErrors checks the records that make no request, and
// the one correction the method allows: a cleared kuadran.
func TestRiwayatSKPToSKPErrors(t *testing.T) {
	tests := []struct {
		name    string
		edit    func(*RiwayatSKP)
		wantErr error
		mention string
	}{
		{"kuadran swapped", func(r *RiwayatSKP) { r.HasilKinerjaNilai, r.PerilakuKerjaNilai, r.KuadranKinerjaNilai = "3", "1", "4" },
			ErrInconsistent, "KuadranKinerjaNilai is 4, but hasilKinerjaNilai 3 and PerilakuKerjaNilai 1 give 3"},
		{"unknown hasil", func(r *RiwayatSKP) { r.HasilKinerjaNilai = "0" }, ErrUnknownCode, `hasilKinerjaNilai: unknown code "0"`},
		{"no perilaku", func(r *RiwayatSKP) { r.PerilakuKerjaNilai = "" }, ErrUnknownCode, `PerilakuKerjaNilai: unknown code ""`},
		{"unknown kuadran", func(r *RiwayatSKP) { r.KuadranKinerjaNilai = "9" }, ErrUnknownCode, `KuadranKinerjaNilai: unknown code "9"`},
		{"no year", func(r *RiwayatSKP) { r.Tahun = 0 }, ErrInvalidField, "tahun"},
	}
	for _, tc := range tests {
		r := sampleRiwayatSKP
		tc.edit(&r)
		s, err := r.SKP()
		if !errors.Is(err, tc.wantErr) || !strings.Contains(errText(err), tc.mention) || s.IsValid() {
			t.Errorf("%s: %v, %v; want an error wrapping %v mentioning %q", tc.name, s.IsValid(), err, tc.wantErr, tc.mention)
		}
	}
	// Cleared, the kuadran is the one the ratings give.
	r := sampleRiwayatSKP
	r.HasilKinerjaNilai, r.PerilakuKerjaNilai, r.KuadranKinerjaNilai = "3", "1", ""
	s, err := r.SKP()
	if err != nil || s.Predikat() != kinerja.ButuhPerbaikan {
		t.Errorf("cleared kuadran: %v, %v; want Butuh Perbaikan", s.Predikat(), err)
	}
}
