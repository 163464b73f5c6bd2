package siasn

import (
	"errors"
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
