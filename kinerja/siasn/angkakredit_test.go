package siasn

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/go-asn/berakhlak/figure"
	"github.com/go-asn/berakhlak/kinerja"
	"github.com/google/go-cmp/cmp"
)

func sampleAngkaKredit(t *testing.T) AngkaKredit {
	t.Helper()
	a, err := NewAngkaKreditPenilaian([]kinerja.Penilaian{
		{Tahun: 2024, BulanMulai: 1, BulanSelesai: 6, Jenjang: kinerja.AhliMuda, Predikat: kinerja.Baik},
		{Tahun: 2024, BulanMulai: 7, BulanSelesai: 12, Jenjang: kinerja.AhliMuda, Predikat: kinerja.SangatBaik},
	})
	if err != nil {
		t.Fatal(err)
	}
	a.PNSID = "00000000-0000-0000-0000-000000000003"
	a.RwJabatanID = "j-0001"
	a.NomorSK = "800/001/PAK/2025"
	a.TanggalSK = time.Date(2025, 1, 31, 0, 0, 0, 0, time.UTC)
	return a
}

var sampleRiwayatAngkaKredit = RiwayatAngkaKredit{
	ID: "ak-0001", PNS: "00000000-0000-0000-0000-000000000003", NomorSK: "800/001/PAK/2025", TanggalSK: "31-01-2025",
	BulanMulaiPenailan: 1, TahunMulaiPenailan: 2024, BulanSelesaiPenailan: 12, TahunSelesaiPenailan: 2024,
	KreditUtamaBaru: "0", KreditPenunjangBaru: "0", KreditBaruTotal: "31.250", RwJabatan: "j-0001",
	NamaJabatan: "Analis Kebijakan Ahli Muda", IsAngkaKreditPertama: "0", IsIntegrasi: "0", IsKonversi: "1",
}

// TestAngkaKreditKonversi: the library applies the konversi convention
// (kreditUtamaBaru and kreditPenunjangBaru 0, kreditBaruTotal the angka
// kredit), and the figure is the library's.
func TestAngkaKreditKonversi(t *testing.T) {
	a := sampleAngkaKredit(t)
	b, err := json.Marshal(a)
	if err != nil {
		t.Fatal(err)
	}
	var fields map[string]any
	if err := json.Unmarshal(b, &fields); err != nil {
		t.Fatal(err)
	}
	want := map[string]any{
		"bulanMulaiPenailan": "1", "bulanSelesaiPenailan": "12", "tahunMulaiPenailan": "2024", "tahunSelesaiPenailan": "2024",
		"id": "", "isAngkaKreditPertama": "0", "isIntegrasi": "0", "isKonversi": "1",
		// 6/12 × 100% × 25 + 6/12 × 150% × 25 = 12.5 + 18.75
		"kreditBaruTotal": "31.250", "kreditPenunjangBaru": "0", "kreditUtamaBaru": "0",
		"nomorSk": "800/001/PAK/2025", "pnsId": "00000000-0000-0000-0000-000000000003", "rwJabatanId": "j-0001", "tanggalSk": "31-01-2025",
	}
	if diff := cmp.Diff(want, fields); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	var back AngkaKredit
	if err := json.Unmarshal(b, &back); err != nil || !back.Equal(a) {
		t.Errorf("round trip: %+v, %v", back, err)
	}
	if !a.IsKonversi() || a.IsIntegrasi() || a.KreditUtamaBaru().Sign() != 0 || a.KreditBaruTotal().String() != "31.250" {
		t.Errorf("accessors: %v %v %v %v", a.IsKonversi(), a.IsIntegrasi(), a.KreditUtamaBaru(), a.KreditBaruTotal())
	}
	// BKN's slides, each period rounded at two places: 18.75 + 2.08.
	two, err := NewAngkaKreditPenilaian([]kinerja.Penilaian{
		{Tahun: 2024, BulanMulai: 1, BulanSelesai: 2, Jenjang: kinerja.AhliPertama, Predikat: kinerja.Baik},
		{Tahun: 2023, BulanMulai: 1, BulanSelesai: 12, Jenjang: kinerja.AhliPertama, Predikat: kinerja.SangatBaik},
	}, kinerja.WithPlaces(2), kinerja.WithRoundedPeriods(), kinerja.WithStart(figure.MustParse("100")))
	if err != nil || two.KreditBaruTotal().String() != "20.83" {
		t.Errorf("18.75 + 2.08: %v, %v", two.KreditBaruTotal(), err)
	}
	if ty, by, tz, bz := two.Periode(); ty != 2023 || by != 1 || tz != 2024 || bz != 2 {
		t.Errorf("Periode %d-%d to %d-%d", ty, by, tz, bz)
	}
	for _, tc := range []struct {
		name    string
		periode []kinerja.Penilaian
		wantErr error
	}{
		{"two jenjang", []kinerja.Penilaian{
			{Tahun: 2023, BulanMulai: 1, BulanSelesai: 12, Jenjang: kinerja.AhliPertama, Predikat: kinerja.Baik},
			{Tahun: 2024, BulanMulai: 1, BulanSelesai: 12, Jenjang: kinerja.AhliMuda, Predikat: kinerja.Baik},
		}, kinerja.ErrInvalidInput},
		{"no periods", nil, kinerja.ErrInvalidInput},
		{"a bad period", []kinerja.Penilaian{{Tahun: 2024, BulanMulai: 0, BulanSelesai: 1, Jenjang: kinerja.Mahir, Predikat: kinerja.Baik}}, kinerja.ErrInvalidInput},
	} {
		if a, err := NewAngkaKreditPenilaian(tc.periode); !errors.Is(err, tc.wantErr) || a.IsValid() {
			t.Errorf("%s: %v, %v", tc.name, a.KreditBaruTotal(), err)
		}
	}
	for _, tc := range []struct {
		name           string
		ty, by, tz, bz int
		ak             figure.Figure
		wantErr        error
	}{
		{"reversed", 2024, 6, 2024, 5, figure.MustParse("1"), ErrInconsistent},
		{"month 0", 2024, 0, 2024, 5, figure.MustParse("1"), ErrInvalidField},
		{"year", 24, 1, 2024, 5, figure.MustParse("1"), ErrInvalidField},
		{"negative", 2024, 1, 2024, 5, figure.MustParse("-1"), kinerja.ErrInvalidInput},
		{"no figure", 2024, 1, 2024, 5, figure.Figure{}, kinerja.ErrInvalidInput},
	} {
		if _, err := NewAngkaKreditKonversi(tc.ty, tc.by, tc.tz, tc.bz, tc.ak); !errors.Is(err, tc.wantErr) {
			t.Errorf("%s: %v, want %v", tc.name, err, tc.wantErr)
		}
	}
	if _, err := json.Marshal(AngkaKredit{}); !errors.Is(err, kinerja.ErrInvalidInput) {
		t.Errorf("the zero AngkaKredit marshals: %v", err)
	}
}

func TestRiwayatAngkaKreditCheck(t *testing.T) {
	ok := sampleRiwayatAngkaKredit
	tests := []struct {
		name string
		edit func(*RiwayatAngkaKredit)
		want []string
	}{
		{"consistent", func(*RiwayatAngkaKredit) {}, nil},
		{"konversi split into utama", func(r *RiwayatAngkaKredit) { r.KreditUtamaBaru = "31.250" },
			[]string{"kreditUtamaBaru: konversi split: stored 31.250, expected 0"}},
		{"not a konversi may split", func(r *RiwayatAngkaKredit) { r.IsKonversi, r.KreditUtamaBaru = "0", "30" }, nil},
		{"flag true is 1", func(r *RiwayatAngkaKredit) { r.IsIntegrasi = "ya" }, []string{"isIntegrasi: unknown code: stored ya"}},
		{"month", func(r *RiwayatAngkaKredit) { r.BulanSelesaiPenailan = 13 }, []string{"bulanSelesaiPenailan: bulan out of range: stored 13"}},
		{"reversed months", func(r *RiwayatAngkaKredit) { r.BulanMulaiPenailan = 7; r.BulanSelesaiPenailan = 6 },
			[]string{"bulanSelesaiPenailan: period reversed: stored 6, expected at least 7"}},
		{"reversed years", func(r *RiwayatAngkaKredit) { r.TahunMulaiPenailan = 2025 },
			[]string{"tahunSelesaiPenailan: period reversed: stored 2024, expected at least 2025"}},
		{"comma", func(r *RiwayatAngkaKredit) { r.KreditBaruTotal = "31,25" }, []string{"kreditBaruTotal: invalid figure: stored 31,25"}},
		{"no total", func(r *RiwayatAngkaKredit) { r.KreditBaruTotal = "" }, []string{`kreditBaruTotal: invalid figure: stored ""`}},
		{"empty utama is fine", func(r *RiwayatAngkaKredit) { r.KreditUtamaBaru = "" }, nil},
	}
	for _, tc := range tests {
		r := ok
		tc.edit(&r)
		var got []string
		for _, f := range r.Check() {
			got = append(got, f.String())
		}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tc.name, diff)
		}
	}
}

// TestCheckPenilaian audits a stored konversi against its periods: the
// stored total against the one the library computes.
func TestCheckPenilaian(t *testing.T) {
	ahliPertama := func(mulai, selesai int) kinerja.Penilaian {
		return kinerja.Penilaian{Tahun: 2024, BulanMulai: mulai, BulanSelesai: selesai, Jenjang: kinerja.AhliPertama, Predikat: kinerja.Baik}
	}
	record := func(total string, selesai int) RiwayatAngkaKredit {
		return RiwayatAngkaKredit{ID: "x", BulanMulaiPenailan: 1, TahunMulaiPenailan: 2024, BulanSelesaiPenailan: selesai, TahunSelesaiPenailan: 2024,
			KreditUtamaBaru: "0", KreditPenunjangBaru: "0", KreditBaruTotal: total, NamaJabatan: "Pranata Komputer Ahli Pertama", IsKonversi: "1"}
	}
	three := []kinerja.Penilaian{ahliPertama(1, 2), ahliPertama(3, 4), ahliPertama(5, 6)}
	tests := []struct {
		name    string
		r       RiwayatAngkaKredit
		periode []kinerja.Penilaian
		opts    []kinerja.AngkaKreditOption
		want    []string
	}{
		{"BKN's slides: 2.08 stored for 2.0833", record("2.08", 2), three[:1], nil, nil},
		{"2.083 stored", record("2.083", 2), three[:1], nil, nil},
		{"2.09 stored", record("2.09", 2), three[:1], nil, []string{"kreditBaruTotal: angka kredit mismatch: stored 2.09, expected 2.08"}},
		{"6.24 stored, rounded per period", record("6.24", 6), three, []kinerja.AngkaKreditOption{kinerja.WithRoundedPeriods()}, nil},
		{"6.24 stored, rounded once", record("6.24", 6), three, nil, []string{"kreditBaruTotal: angka kredit mismatch: stored 6.24, expected 6.25"}},
		{"WithStart has no effect", record("6.250", 6), three, []kinerja.AngkaKreditOption{kinerja.WithStart(figure.MustParse("100"))}, nil},
		{"the record's own findings come first", func() RiwayatAngkaKredit { r := record("7.000", 6); r.KreditUtamaBaru = "7"; return r }(), three, nil,
			[]string{"kreditUtamaBaru: konversi split: stored 7, expected 0", "kreditBaruTotal: angka kredit mismatch: stored 7.000, expected 6.250"}},
		{"an unreadable total is Check's", record("enam", 6), three, nil, []string{"kreditBaruTotal: invalid figure: stored enam"}},
	}
	for _, tc := range tests {
		fs, err := tc.r.CheckPenilaian(tc.periode, tc.opts...)
		if err != nil {
			t.Errorf("%s: %v", tc.name, err)
			continue
		}
		var got []string
		for _, f := range fs {
			got = append(got, f.String())
		}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tc.name, diff)
		}
	}
	notKonversi := record("6.25", 6)
	notKonversi.IsKonversi = "0"
	reversed := record("6.25", 6)
	reversed.BulanMulaiPenailan = 9
	for _, tc := range []struct {
		name    string
		r       RiwayatAngkaKredit
		periode []kinerja.Penilaian
		wantErr error
	}{
		{"not a konversi", notKonversi, three, ErrInconsistent},
		{"a reversed record", reversed, three, ErrInconsistent},
		{"a period outside the record", record("6.25", 4), three, kinerja.ErrInvalidInput},
		{"overlapping periods", record("6.25", 6), []kinerja.Penilaian{ahliPertama(1, 3), ahliPertama(3, 4)}, kinerja.ErrInvalidInput},
	} {
		if fs, err := tc.r.CheckPenilaian(tc.periode); !errors.Is(err, tc.wantErr) || fs != nil {
			t.Errorf("%s: %v, %v; want %v", tc.name, fs, err, tc.wantErr)
		}
	}
}

func TestRiwayatAngkaKreditPenilaian(t *testing.T) {
	p, err := sampleRiwayatAngkaKredit.Penilaian()
	want := kinerja.Penilaian{Tahun: 2024, BulanMulai: 1, BulanSelesai: 12, Jenjang: kinerja.AhliMuda, AngkaKredit: figure.MustParse("31.250")}
	if err != nil || p != want {
		t.Errorf("Penilaian = %+v, %v", p, err)
	}
	for _, tc := range []struct {
		name    string
		edit    func(*RiwayatAngkaKredit)
		wantErr error
	}{
		{"integrasi", func(r *RiwayatAngkaKredit) { r.IsIntegrasi = "1" }, ErrInconsistent},
		{"across years", func(r *RiwayatAngkaKredit) { r.TahunSelesaiPenailan = 2025 }, ErrInconsistent},
		{"no jenjang in the name", func(r *RiwayatAngkaKredit) { r.NamaJabatan = "Pelaksana" }, ErrInvalidField},
		{"no total", func(r *RiwayatAngkaKredit) { r.KreditBaruTotal = "" }, ErrInvalidField},
	} {
		r := sampleRiwayatAngkaKredit
		tc.edit(&r)
		if _, err := r.Penilaian(); !errors.Is(err, tc.wantErr) {
			t.Errorf("%s: %v, want %v", tc.name, err, tc.wantErr)
		}
	}
	kp, err := sampleRiwayatPeriodik.Penilaian()
	wantKP := kinerja.Penilaian{Tahun: 2024, BulanMulai: 4, BulanSelesai: 6, Jenjang: kinerja.Pemula, Predikat: kinerja.Baik}
	if err != nil || kp != wantKP {
		t.Errorf("RiwayatKinerjaPeriodik.Penilaian = %+v, %v", kp, err)
	}
	if got := samplePeriodik(t).Penilaian(); got != wantKP {
		t.Errorf("KinerjaPeriodik.Penilaian = %+v", got)
	}
	bad := sampleRiwayatPeriodik
	bad.TahunSelesaiPenilaian = 2025
	if _, err := bad.Penilaian(); !errors.Is(err, ErrInconsistent) || !strings.Contains(err.Error(), "tahunSelesaiPenilaian") {
		t.Errorf("across years: %v", err)
	}
	bad = sampleRiwayatPeriodik
	bad.KoefisienID = "99"
	if _, err := bad.Penilaian(); !errors.Is(err, ErrUnknownCode) {
		t.Errorf("unknown koefisien: %v", err)
	}
}
