package kinerja

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/go-asn/berakhlak/figure"
	"github.com/go-asn/berakhlak/survey"
	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
)

func TestParseGolongan(t *testing.T) {
	tests := []struct {
		in      string
		want    Golongan
		wantErr bool
	}{
		{"III/a", IIIa, false},
		{"III-a", IIIa, false},
		{"IIIa", IIIa, false},
		{"iii a", IIIa, false},
		{"3a", IIIa, false},
		{"3/A", IIIa, false},
		{"II/a", IIa, false},
		{"2d", IId, false},
		{"IV/e", IVe, false},
		{"4c", IVc, false},
		{"Penata Muda", IIIa, false},
		{"PENATA MUDA TINGKAT I", IIIb, false},
		{"Penata Muda Tk. I", IIIb, false},
		{"Penata Muda Tk I", IIIb, false},
		{"Penata Muda Tingkat 1", IIIb, false},
		{"Pengatur", IIc, false},
		{"Pembina Utama Muda", IVc, false},
		{"Pembina Utama Madya", IVd, false},
		{"Pembina Utama", IVe, false},
		{"Penata Muda Tingkat I (III/b)", IIIb, false},
		{"Penata Muda Tk. I, III/b", IIIb, false},
		{"Penata / III/c", IIIc, false},
		{"III/d Penata Tingkat I", IIId, false},
		{"Gol. IV/a", IVa, false},
		{"Golongan III/c", IIIc, false},
		{"Penata, III/a", 0, true}, // the pangkat and the golongan disagree
		{"I/a", 0, true},           // golongan I is not a golongan of functional positions
		{"IV/f", 0, true},
		{"5a", 0, true},
		{"III", 0, true},
		{"Penata Madya", 0, true},
		{"", 0, true},
		{"Gol.", 0, true},
		{strings.Repeat("III/a ", 20), 0, true},
	}
	for _, tc := range tests {
		got, err := ParseGolongan(tc.in)
		if (err != nil) != tc.wantErr || got != tc.want {
			t.Errorf("ParseGolongan(%q) = %v, %v; want %v, error %v", tc.in, got, err, tc.want, tc.wantErr)
		}
		var pe *ParseError
		if err != nil && (!errors.As(err, &pe) || pe.Input != tc.in || !errors.Is(err, ErrUnknownGolongan)) {
			t.Errorf("ParseGolongan(%q): error %v does not quote the input and wrap ErrUnknownGolongan", tc.in, err)
		}
	}
}

// TestGolonganNames checks every golongan's written form and pangkat (PP
// No. 99 Tahun 2000, lampiran) and that both parse back.
func TestGolonganNames(t *testing.T) {
	want := []string{
		"II/a Pengatur Muda", "II/b Pengatur Muda Tingkat I", "II/c Pengatur", "II/d Pengatur Tingkat I",
		"III/a Penata Muda", "III/b Penata Muda Tingkat I", "III/c Penata", "III/d Penata Tingkat I",
		"IV/a Pembina", "IV/b Pembina Tingkat I", "IV/c Pembina Utama Muda", "IV/d Pembina Utama Madya", "IV/e Pembina Utama",
	}
	var got []string
	for _, g := range AllGolongan() {
		got = append(got, g.String()+" "+g.Pangkat())
		for _, s := range []string{g.String(), g.Pangkat(), g.Pangkat() + " (" + g.String() + ")"} {
			if back, err := ParseGolongan(s); err != nil || back != g {
				t.Errorf("ParseGolongan(%q) = %v, %v; want %v", s, back, err, g)
			}
		}
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	if Golongan(0).Pangkat() != "" || Golongan(14).IsValid() || Golongan(14).String() != "kinerja.Golongan(14)" {
		t.Error("an invalid golongan has a name")
	}
}

// TestJenjangGolongan checks the golongan each jenjang spans
// (PermenPANRB 1/2023 lampiran), and the jenjang each golongan belongs to.
func TestJenjangGolongan(t *testing.T) {
	want := map[Jenjang]string{
		AhliPertama: "III/a III/b", AhliMuda: "III/c III/d", AhliMadya: "IV/a IV/b IV/c", AhliUtama: "IV/d IV/e",
		Pemula: "II/a", Terampil: "II/b II/c II/d", Mahir: "III/a III/b", Penyelia: "III/c III/d",
	}
	got := map[Jenjang]string{}
	for _, j := range AllJenjang() {
		got[j] = strings.Trim(fmt.Sprint(j.Golongan()), "[]")
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	if fmt.Sprint(IIIa.Jenjang()) != "[Ahli Pertama Mahir]" || fmt.Sprint(IVe.Jenjang()) != "[Ahli Utama]" || Golongan(0).Jenjang() != nil || Jenjang(0).Golongan() != nil {
		t.Errorf("Golongan.Jenjang: III/a %v, IV/e %v", IIIa.Jenjang(), IVe.Jenjang())
	}
}

// TestKenaikanTable checks the table against itself: the kenaikan
// jenjang of a jenjang below the highest needs its figure per pangkat
// once for each of its golongan (agency PAK forms: IV/a 0–150, IV/b
// 150–300, IV/c 300–450), and the jenjang of a kategori follow each other
// in golongan.
func TestKenaikanTable(t *testing.T) {
	for _, j := range AllJenjang() {
		row := kenaikanTable[j]
		next, ok := j.next()
		if !ok {
			continue
		}
		if want := int64(len(j.Golongan())) * row.pangkat; row.jenjang != want {
			t.Errorf("%s: kenaikan jenjang %d, want %d golongan × %d = %d", j, row.jenjang, len(j.Golongan()), row.pangkat, want)
		}
		if kenaikanTable[next].lowest != row.highest+1 {
			t.Errorf("%s ends at %s, but %s starts at %s", j, row.highest, next, kenaikanTable[next].lowest)
		}
	}
}

// TestAngkaKreditMinimalGolden reproduces the minimum cumulative angka
// kredit of the konversi model (PermenPANRB 1/2023 lampiran; within a
// jenjang, the cumulative ranges of agency PAK forms: III/a 0–50, III/b
// 50–100; IV/a 0–150, IV/b 150–300, IV/c 300–450; IV/d 0–200).
func TestAngkaKreditMinimalGolden(t *testing.T) {
	tests := []struct {
		j         Jenjang
		g         Golongan
		pangkat   string // "" where there is no kenaikan pangkat of the jenjang's own
		jenjangAK string // "" at the highest jenjang
	}{
		{AhliPertama, IIIa, "50", "100"},
		{AhliPertama, IIIb, "", "100"},
		{AhliMuda, IIIc, "100", "200"},
		{AhliMuda, IIId, "", "200"},
		{AhliMadya, IVa, "150", "450"},
		{AhliMadya, IVb, "300", "450"},
		{AhliMadya, IVc, "", "450"},
		{AhliUtama, IVd, "200", ""},
		{AhliUtama, IVe, "", ""},
		{Pemula, IIa, "", "15"},
		{Terampil, IIb, "20", "60"},
		{Terampil, IIc, "40", "60"},
		{Terampil, IId, "", "60"},
		{Mahir, IIIa, "50", "100"},
		{Mahir, IIIb, "", "100"},
		{Penyelia, IIIc, "100", ""},
		{Penyelia, IIId, "", ""},
	}
	n := 0
	for _, tc := range tests {
		for k, want := range map[Kenaikan]string{KenaikanPangkat: tc.pangkat, KenaikanJenjang: tc.jenjangAK} {
			n++
			got, err := AngkaKreditMinimal(tc.j, tc.g, k)
			if want == "" {
				if !errors.Is(err, ErrNoKenaikan) || !errors.Is(err, survey.ErrNoFigure) || got.IsValid() {
					t.Errorf("%s %s %s = %v, %v; want no kenaikan, wrapping survey.ErrNoFigure", tc.j, tc.g, k, got, err)
				}
				if err != nil && (!strings.Contains(err.Error(), tc.j.String()) || !strings.Contains(err.Error(), tc.g.String())) {
					t.Errorf("%s %s %s: error %q does not name both", tc.j, tc.g, k, err)
				}
				continue
			}
			if err != nil || got.String() != want {
				t.Errorf("%s %s %s = %v, %v; want %s", tc.j, tc.g, k, got, err, want)
			}
		}
	}
	if n != 2*17 { // every golongan of every jenjang, both kenaikan
		t.Errorf("%d cases, want 34", n)
	}
}

func TestAngkaKreditMinimalErrors(t *testing.T) {
	tests := []struct {
		name    string
		j       Jenjang
		g       Golongan
		k       Kenaikan
		wantErr error
	}{
		{"golongan outside the jenjang", AhliMadya, IIIa, KenaikanPangkat, ErrInvalidInput},
		{"keterampilan golongan for keahlian", AhliPertama, IIa, KenaikanJenjang, ErrInvalidInput},
		{"zero jenjang", 0, IIIa, KenaikanPangkat, ErrUnknownJenjang},
		{"zero golongan", AhliMuda, 0, KenaikanPangkat, ErrUnknownGolongan},
		{"unknown golongan", AhliMuda, 99, KenaikanPangkat, ErrUnknownGolongan},
		{"zero kenaikan", AhliMuda, IIIc, 0, ErrUnknownKenaikan},
	}
	for _, tc := range tests {
		got, err := AngkaKreditMinimal(tc.j, tc.g, tc.k)
		if !errors.Is(err, tc.wantErr) || got.IsValid() {
			t.Errorf("%s: %v, %v; want %v", tc.name, got, err, tc.wantErr)
			continue
		}
		if !strings.Contains(err.Error(), tc.j.String()) || !strings.Contains(err.Error(), tc.g.String()) {
			t.Errorf("%s: error %q does not name the jenjang and the golongan", tc.name, err)
		}
	}
}

func TestCheckKenaikan(t *testing.T) {
	tests := []struct {
		name string
		j    Jenjang
		g    Golongan
		ak   string
		want []string // the requirements' String
	}{
		// The integrasi of an agency PAK form (Ahli Madya IV/b, 150.63)
		// checked against the minimums.
		{"Ahli Madya IV/b after integrasi", AhliMadya, IVb, "150.63", []string{
			"Kenaikan Pangkat to IV/c: needs 300, missing 149.37",
			"Kenaikan Jenjang to Ahli Utama: needs 450, missing 299.37",
		}},
		{"exactly the minimum is met", AhliPertama, IIIa, "50.000", []string{
			"Kenaikan Pangkat to III/b: needs 50, met",
			"Kenaikan Jenjang to Ahli Muda: needs 100, missing 50.000",
		}},
		{"one thousandth short", AhliPertama, IIIb, "99.999", []string{"Kenaikan Jenjang to Ahli Muda: needs 100, missing 0.001"}},
		{"Ahli Muda, three years at Baik (75)", AhliMuda, IIIc, "75.000", []string{
			"Kenaikan Pangkat to III/d: needs 100, missing 25.000",
			"Kenaikan Jenjang to Ahli Madya: needs 200, missing 125.000",
		}},
		{"the highest of all", AhliUtama, IVe, "500", nil},
		{"Pemula", Pemula, IIa, "15", []string{"Kenaikan Jenjang to Terampil: needs 15, met"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e, err := CheckKenaikan(tc.j, tc.g, figure.MustParse(tc.ak))
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, r := range e.Requirements() {
				got = append(got, r.String())
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
			for _, k := range AllKenaikan() {
				r, err := e.Requirement(k)
				_, minErr := AngkaKreditMinimal(tc.j, tc.g, k)
				if (err == nil) != (minErr == nil) || err != nil && err.Error() != minErr.Error() {
					t.Errorf("Requirement(%s) error %v, AngkaKreditMinimal's %v", k, err, minErr)
				}
				if err == nil && r.Met != (r.Missing.Sign() == 0) {
					t.Errorf("Requirement(%s) = %v: Met and Missing disagree", k, r)
				}
			}
		})
	}
	for _, bad := range []struct {
		j       Jenjang
		g       Golongan
		ak      figure.Figure
		wantErr error
	}{
		{AhliMuda, IVa, figure.MustParse("1"), ErrInvalidInput},
		{AhliMuda, IIIc, figure.MustParse("-1"), ErrInvalidInput},
		{AhliMuda, IIIc, figure.Figure{}, ErrInvalidInput},
		{0, IIIc, figure.MustParse("1"), ErrUnknownJenjang},
	} {
		if e, err := CheckKenaikan(bad.j, bad.g, bad.ak); !errors.Is(err, bad.wantErr) || e.IsValid() {
			t.Errorf("CheckKenaikan(%v, %v, %v) = %v, %v; want %v", bad.j, bad.g, bad.ak, e, err, bad.wantErr)
		}
	}
	var zero Eligibility
	if _, err := zero.Requirement(KenaikanPangkat); !errors.Is(err, ErrInvalidInput) || zero.IsValid() || zero.String() != "invalid Eligibility" {
		t.Errorf("zero Eligibility: %v", err)
	}
}

// TestIntegrasiGolden reproduces the integrasi of BKN's Direktorat
// Jabatan ASN deck on an agency PAK form, and the published arithmetic
// error it corrects.
func TestIntegrasiGolden(t *testing.T) {
	tests := []struct {
		name string
		ak   string
		j    Jenjang
		g    Golongan
		want string
	}{
		{"agency PAK form: Ahli Madya IV/b, 550.63 − 400", "550.63", AhliMadya, IVb, "150.63"},
		// A published form prints 287.300; 287.500 − 200 is 87.500.
		{"a published 287.500 − 200", "287.500", AhliMuda, IIIc, "87.500"},
		{"jenjang and golongan disagree: the golongan's nilai dasar", "550", AhliMuda, IVa, "150"},
		{"Ahli Pertama", "100", AhliPertama, IIIa, "0"},
		{"Ahli Utama", "900.5", AhliUtama, IVd, "50.5"},
	}
	for _, tc := range tests {
		got, err := AngkaKreditIntegrasi(figure.MustParse(tc.ak), tc.j, tc.g)
		if err != nil || got.String() != tc.want {
			t.Errorf("%s: %v, %v; want %s", tc.name, got, err, tc.want)
		}
	}
	want := map[Jenjang]string{AhliPertama: "100", AhliMuda: "200", AhliMadya: "400", AhliUtama: "850"}
	for _, j := range AllJenjang() {
		nd, err := j.NilaiDasar()
		if w, ok := want[j]; ok {
			if err != nil || nd.String() != w {
				t.Errorf("%s: nilai dasar %v, %v; want %s", j, nd, err, w)
			}
			continue
		}
		if !errors.Is(err, ErrNotPublished) || !errors.Is(err, survey.ErrNoFigure) || nd.IsValid() {
			t.Errorf("%s (keterampilan): nilai dasar %v, %v; want not published", j, nd, err)
		}
		if _, err := AngkaKreditIntegrasi(figure.MustParse("200"), j, j.Golongan()[0]); !errors.Is(err, ErrNotPublished) {
			t.Errorf("%s: integrasi error %v, want not published", j, err)
		}
	}
	for _, bad := range []struct {
		ak      string
		j       Jenjang
		g       Golongan
		wantErr error
	}{
		{"350", AhliMadya, IVb, ErrInvalidInput}, // below the nilai dasar
		{"-1", AhliMadya, IVb, ErrInvalidInput},
		{"300", AhliPertama, IId, ErrInvalidInput}, // II/d belongs to no keahlian jenjang
		{"300", 0, IIIa, ErrUnknownJenjang},
		{"300", AhliMuda, 0, ErrUnknownGolongan},
	} {
		_, err := AngkaKreditIntegrasi(figure.MustParse(bad.ak), bad.j, bad.g)
		if !errors.Is(err, bad.wantErr) || !strings.Contains(err.Error(), bad.j.String()) || !strings.Contains(err.Error(), bad.g.String()) {
			t.Errorf("AngkaKreditIntegrasi(%s, %v, %v): %v; want %v naming both", bad.ak, bad.j, bad.g, err, bad.wantErr)
		}
	}
}

// year returns the periods of a whole year at one jenjang and predikat.
func year(tahun int, j Jenjang, p Predikat) Penilaian {
	return Penilaian{Tahun: tahun, BulanMulai: 1, BulanSelesai: 12, Jenjang: j, Predikat: p}
}

// TestAccumulateGolden reproduces the worked examples of angka kredit
// over several periods: Ahli Muda, Baik, 12 months is 25 and three years
// 75 (Peraturan BKN 3/2023 lampiran); periods add, 18.75 + 2.08 = 20.83
// (BKN's slides, each period rounded at two places).
func TestAccumulateGolden(t *testing.T) {
	tests := []struct {
		name    string
		periode []Penilaian
		opts    []AngkaKreditOption
		want    []string // each step's angka kredit and cumulative angka kredit
	}{
		{"Peraturan BKN 3/2023 lampiran: Ahli Muda, Baik, one year", []Penilaian{year(2023, AhliMuda, Baik)}, nil,
			[]string{"25.000 25.000"}},
		{"Peraturan BKN 3/2023 lampiran: Ahli Muda, Baik, three years", []Penilaian{
			year(2023, AhliMuda, Baik), year(2024, AhliMuda, Baik), year(2025, AhliMuda, Baik),
		}, nil, []string{"25.000 25.000", "25.000 50.000", "25.000 75.000"}},
		{"BKN's slides: 18.75 + 2.08 = 20.83", []Penilaian{
			year(2023, AhliPertama, SangatBaik), {Tahun: 2024, BulanMulai: 1, BulanSelesai: 2, Jenjang: AhliPertama, Predikat: Baik},
		}, []AngkaKreditOption{WithPlaces(2), WithRoundedPeriods()}, []string{"18.75 18.75", "2.08 20.83"}},
		{"the same, rounded once (library default)", []Penilaian{
			year(2023, AhliPertama, SangatBaik), {Tahun: 2024, BulanMulai: 1, BulanSelesai: 2, Jenjang: AhliPertama, Predikat: Baik},
		}, nil, []string{"18.750 18.750", "2.083 20.833"}},
		{"the periods are taken in the order of their months", []Penilaian{
			{Tahun: 2024, BulanMulai: 7, BulanSelesai: 12, Jenjang: AhliMuda, Predikat: SangatBaik},
			{Tahun: 2024, BulanMulai: 1, BulanSelesai: 6, Jenjang: AhliMuda, Predikat: Baik},
		}, nil, []string{"12.500 12.500", "18.750 31.250"}},
		{"a kenaikan pangkat does not restart; a kenaikan jenjang restarts at 0", []Penilaian{
			year(2023, AhliPertama, SangatBaik), year(2024, AhliPertama, SangatBaik), year(2025, AhliPertama, SangatBaik),
			year(2026, AhliPertama, SangatBaik), year(2027, AhliPertama, SangatBaik), year(2028, AhliPertama, SangatBaik),
			year(2029, AhliMuda, Baik),
		}, nil, []string{"18.750 18.750", "18.750 37.500", "18.750 56.250", "18.750 75.000", "18.750 93.750", "18.750 112.500", "25.000 25.000"}},
		{"WithCarriedExcess carries 12.5 above the 100 of Ahli Pertama", []Penilaian{
			year(2023, AhliPertama, SangatBaik), year(2024, AhliPertama, SangatBaik), year(2025, AhliPertama, SangatBaik),
			year(2026, AhliPertama, SangatBaik), year(2027, AhliPertama, SangatBaik), year(2028, AhliPertama, SangatBaik),
			year(2029, AhliMuda, Baik),
		}, []AngkaKreditOption{WithCarriedExcess()}, []string{"18.750 18.750", "18.750 37.500", "18.750 56.250", "18.750 75.000", "18.750 93.750", "18.750 112.500", "25.000 37.500"}},
		{"WithCarriedExcess, per-period rounding", []Penilaian{
			year(2023, Pemula, SangatBaik), year(2024, Pemula, SangatBaik), year(2025, Pemula, SangatBaik), year(2026, Terampil, Baik),
		}, []AngkaKreditOption{WithCarriedExcess(), WithRoundedPeriods(), WithPlaces(2)}, []string{"5.63 5.63", "5.63 11.26", "5.63 16.89", "5.00 6.89"}},
		{"WithStart: an angka kredit integrasi of 150.63 (Ahli Madya IV/b)", []Penilaian{year(2023, AhliMadya, Baik)},
			[]AngkaKreditOption{WithStart(figure.MustParse("150.63"))}, []string{"37.500 188.130"}},
		{"a period given its angka kredit", []Penilaian{
			{Tahun: 2023, BulanMulai: 1, BulanSelesai: 12, Jenjang: AhliMuda, AngkaKredit: figure.MustParse("25")},
			{Tahun: 2024, BulanMulai: 1, BulanSelesai: 2, Jenjang: AhliMuda, Predikat: Baik},
		}, nil, []string{"25.000 25.000", "4.167 29.167"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a, err := Accumulate(tc.periode, tc.opts...)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, s := range a.Steps() {
				got = append(got, s.AngkaKredit.String()+" "+s.Kumulatif.String())
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
			if last := tc.want[len(tc.want)-1]; a.Total().String() != last[strings.IndexByte(last, ' ')+1:] {
				t.Errorf("Total %s, the last step %s", a.Total(), last)
			}
			if a.Jenjang() != a.Steps()[len(tc.want)-1].Penilaian.Jenjang || !a.Equal(a) {
				t.Errorf("Jenjang %v", a.Jenjang())
			}
		})
	}
}

func TestAccumulateErrors(t *testing.T) {
	ok := year(2024, AhliMuda, Baik)
	tests := []struct {
		name    string
		periode []Penilaian
		opts    []AngkaKreditOption
		wantErr error
		naming  string
	}{
		{"no periods", nil, nil, ErrInvalidInput, ""},
		{"before konversi", []Penilaian{ok, year(2022, AhliMuda, Baik)}, nil, ErrInvalidInput, "period 2"},
		{"bulan 13", []Penilaian{{Tahun: 2024, BulanMulai: 1, BulanSelesai: 13, Jenjang: AhliMuda, Predikat: Baik}}, nil, ErrInvalidInput, "period 1"},
		{"reversed", []Penilaian{{Tahun: 2024, BulanMulai: 5, BulanSelesai: 4, Jenjang: AhliMuda, Predikat: Baik}}, nil, ErrInvalidInput, "period 1"},
		{"no predikat and no angka kredit", []Penilaian{{Tahun: 2024, BulanMulai: 1, BulanSelesai: 4, Jenjang: AhliMuda}}, nil, ErrUnknownPredikat, "period 1"},
		{"negative angka kredit", []Penilaian{{Tahun: 2024, BulanMulai: 1, BulanSelesai: 4, Jenjang: AhliMuda, AngkaKredit: figure.MustParse("-1")}}, nil, ErrInvalidInput, "period 1"},
		{"no jenjang", []Penilaian{{Tahun: 2024, BulanMulai: 1, BulanSelesai: 4, Predikat: Baik}}, nil, ErrUnknownJenjang, "period 1"},
		{"overlap", []Penilaian{ok, {Tahun: 2024, BulanMulai: 12, BulanSelesai: 12, Jenjang: AhliMuda, Predikat: Baik}}, nil, ErrInvalidInput, "periods 1 and 2"},
		{"down a jenjang", []Penilaian{ok, year(2025, AhliPertama, Baik)}, nil, ErrInvalidInput, "period 2"},
		{"over a jenjang", []Penilaian{ok, year(2025, AhliUtama, Baik)}, nil, ErrInvalidInput, "period 2"},
		{"across kategori", []Penilaian{year(2024, Mahir, Baik), year(2025, AhliMuda, Baik)}, nil, ErrInvalidInput, "period 2"},
		{"WithKoefisien over two jenjang", []Penilaian{year(2024, AhliPertama, Baik), year(2025, AhliMuda, Baik)}, []AngkaKreditOption{WithKoefisien(decimal.New(30, 0))}, ErrInvalidInput, ""},
		{"negative start", []Penilaian{ok}, []AngkaKreditOption{WithStart(figure.MustParse("-0.5"))}, ErrInvalidInput, ""},
		{"invalid start", []Penilaian{ok}, []AngkaKreditOption{WithStart(figure.Figure{})}, ErrInvalidInput, ""},
		{"places", []Penilaian{ok}, []AngkaKreditOption{WithPlaces(10)}, ErrInvalidInput, ""},
	}
	for _, tc := range tests {
		a, err := Accumulate(tc.periode, tc.opts...)
		if !errors.Is(err, tc.wantErr) || a.IsValid() || !strings.Contains(fmt.Sprint(err), tc.naming) {
			t.Errorf("%s: %v, %v; want %v naming %q", tc.name, a.Total(), err, tc.wantErr, tc.naming)
		}
	}
	var zero Accumulation
	if zero.IsValid() || zero.Total().IsValid() || zero.Jenjang() != 0 || zero.Steps() != nil {
		t.Error("the zero Accumulation reports something")
	}
}

// randomSplit splits the months 1–12 of a year into consecutive periods
// at random, each with a random predikat.
func randomSplit(r *rand.Rand, j Jenjang) ([]Penilaian, []Periode) {
	var ps []Penilaian
	var periode []Periode
	for start := 1; start <= 12; {
		end := start + r.IntN(13-start)
		p := AllPredikat()[r.IntN(5)]
		ps = append(ps, Penilaian{Tahun: 2025, BulanMulai: start, BulanSelesai: end, Jenjang: j, Predikat: p})
		periode = append(periode, Periode{Predikat: p, Bulan: end - start + 1})
		start = end + 1
	}
	return ps, periode
}

// TestAccumulateSplitProperty: the cumulative angka kredit over any split
// of a year into periods equals the yearly figure under the default
// rounding, and under per-period rounding differs from it by at most half
// a unit of the last place per period (0.005 at two places, within 0.01
// per period).
func TestAccumulateSplitProperty(t *testing.T) {
	r := rand.New(rand.NewPCG(28, 2023))
	for i := range 3000 {
		j := AllJenjang()[i%8]
		places := int32(r.IntN(4))
		ps, periode := randomSplit(r, j)
		for k := range ps { // any order of the periods
			l := r.IntN(k + 1)
			ps[k], ps[l] = ps[l], ps[k]
		}
		want, err := AngkaKreditTahunan(j, periode, WithPlaces(places))
		if err != nil {
			t.Fatal(err)
		}
		a, err := Accumulate(ps, WithPlaces(places))
		if err != nil {
			t.Fatal(err)
		}
		if a.Total() != want {
			t.Fatalf("%v: Accumulate %s, AngkaKreditTahunan %s", ps, a.Total(), want)
		}
		if uniform := allSame(periode); uniform {
			whole, _ := AngkaKredit(j, periode[0].Predikat, 12, WithPlaces(places))
			if a.Total() != whole {
				t.Fatalf("%v: Accumulate %s, AngkaKredit of the year %s", ps, a.Total(), whole)
			}
		}
		rounded, err := Accumulate(ps, WithPlaces(places), WithRoundedPeriods())
		if err != nil {
			t.Fatal(err)
		}
		yearRounded, _ := AngkaKreditTahunan(j, periode, WithPlaces(places), WithRoundedPeriods())
		if rounded.Total() != yearRounded {
			t.Fatalf("%v: rounded Accumulate %s, rounded AngkaKreditTahunan %s", ps, rounded.Total(), yearRounded)
		}
		bound := decimal.New(5, -places-1).Mul(decimal.NewFromInt(int64(len(ps))))
		if diff := rounded.Total().Decimal().Sub(want.Decimal()).Abs(); diff.Cmp(bound) > 0 {
			t.Fatalf("%v at %d places: rounded %s and once %s differ by %s, more than %s", ps, places, rounded.Total(), want, diff, bound)
		}
	}
}

func allSame(periode []Periode) bool {
	for _, p := range periode {
		if p.Predikat != periode[0].Predikat {
			return false
		}
	}
	return true
}

// TestAccumulatePropertyCanFail proves that the split property sees a
// difference: per-period rounding of three periods of 2.0833 (BKN's
// example) is 6.24 at two places, one rounding 6.25.
func TestAccumulatePropertyCanFail(t *testing.T) {
	ps := []Penilaian{
		{Tahun: 2025, BulanMulai: 1, BulanSelesai: 2, Jenjang: AhliPertama, Predikat: Baik},
		{Tahun: 2025, BulanMulai: 3, BulanSelesai: 4, Jenjang: AhliPertama, Predikat: Baik},
		{Tahun: 2025, BulanMulai: 5, BulanSelesai: 6, Jenjang: AhliPertama, Predikat: Baik},
	}
	once, _ := Accumulate(ps, WithPlaces(2))
	rounded, _ := Accumulate(ps, WithPlaces(2), WithRoundedPeriods())
	if once.Total().String() != "6.25" || rounded.Total().String() != "6.24" {
		t.Errorf("once %s, rounded %s; want 6.25 and 6.24", once.Total(), rounded.Total())
	}
}

func TestKenaikanText(t *testing.T) {
	for _, k := range AllKenaikan() {
		for _, s := range []string{k.String(), strings.ToUpper(k.String()), strings.ReplaceAll(k.String(), " ", "_")} {
			if got, err := ParseKenaikan(s); err != nil || got != k {
				t.Errorf("ParseKenaikan(%q) = %v, %v", s, got, err)
			}
		}
	}
	if got, _ := ParseKenaikan("jenjang"); got != KenaikanJenjang {
		t.Errorf("ParseKenaikan(jenjang) = %v", got)
	}
	if _, err := ParseKenaikan("kenaikan gaji"); !errors.Is(err, ErrUnknownKenaikan) {
		t.Errorf("error = %v", err)
	}
	if _, err := Kenaikan(3).MarshalText(); !errors.Is(err, ErrUnknownKenaikan) {
		t.Errorf("MarshalText of Kenaikan(3): %v", err)
	}
	if _, err := Golongan(14).MarshalText(); !errors.Is(err, ErrUnknownGolongan) {
		t.Errorf("MarshalText of Golongan(14): %v", err)
	}
}
