package kinerja

import (
	"encoding/json"
	"errors"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"strconv"
	"strings"
	"testing"

	"github.com/go-asn/berakhlak/akhlak"
	"github.com/go-asn/berakhlak/figure"
	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
)

// TestPredikatPegawaiMatrix checks all nine cells of the matrix of
// PermenPANRB No. 6 Tahun 2022.
func TestPredikatPegawaiMatrix(t *testing.T) {
	tests := []struct {
		hasil, perilaku Rating
		want            Predikat
	}{
		{DiAtasEkspektasi, DiAtasEkspektasi, SangatBaik},
		{DiAtasEkspektasi, SesuaiEkspektasi, Baik},
		{DiAtasEkspektasi, DiBawahEkspektasi, Kurang},
		{SesuaiEkspektasi, DiAtasEkspektasi, Baik},
		{SesuaiEkspektasi, SesuaiEkspektasi, Baik},
		{SesuaiEkspektasi, DiBawahEkspektasi, Kurang},
		{DiBawahEkspektasi, DiAtasEkspektasi, ButuhPerbaikan},
		{DiBawahEkspektasi, SesuaiEkspektasi, ButuhPerbaikan},
		{DiBawahEkspektasi, DiBawahEkspektasi, SangatKurang},
	}
	for _, tc := range tests {
		t.Run(tc.hasil.String()+"/"+tc.perilaku.String(), func(t *testing.T) {
			got, err := PredikatPegawai(tc.hasil, tc.perilaku)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tc.want.String(), got.String()); diff != "" {
				t.Errorf("PredikatPegawai mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestPredikatPegawaiErrors(t *testing.T) {
	tests := []struct {
		name            string
		hasil, perilaku Rating
		mention         string
	}{
		{"zero hasil", 0, SesuaiEkspektasi, "hasil kerja"},
		{"zero perilaku", SesuaiEkspektasi, 0, "perilaku kerja"},
		{"unknown hasil", 4, SesuaiEkspektasi, "kinerja.Rating(4)"},
		{"unknown perilaku", DiAtasEkspektasi, 200, "kinerja.Rating(200)"},
	}
	for _, tc := range tests {
		_, err := PredikatPegawai(tc.hasil, tc.perilaku)
		if !errors.Is(err, ErrUnknownRating) || !strings.Contains(err.Error(), tc.mention) {
			t.Errorf("%s: error = %v, want ErrUnknownRating mentioning %q", tc.name, err, tc.mention)
		}
	}
}

func TestPredikatPegawaiDoesNotAllocate(t *testing.T) {
	allocs := testing.AllocsPerRun(100, func() {
		if _, err := PredikatPegawai(SesuaiEkspektasi, DiAtasEkspektasi); err != nil {
			t.Fatal(err)
		}
		if _, err := ParseRating("DI ATAS EKSPEKTASI"); err != nil {
			t.Fatal(err)
		}
	})
	if allocs != 0 {
		t.Errorf("allocates %v times, want 0", allocs)
	}
}

func TestParseRating(t *testing.T) {
	tests := []struct {
		in      string
		want    Rating
		wantErr error
	}{
		{"Diatas", DiAtasEkspektasi, nil},
		{"Di Atas", DiAtasEkspektasi, nil},
		{"DI ATAS EKSPEKTASI", DiAtasEkspektasi, nil},
		{"di_atas_ekspektasi", DiAtasEkspektasi, nil},
		{"Di Atas Espektasi", DiAtasEkspektasi, nil},
		{"DIATAS ESPEKTASI", DiAtasEkspektasi, nil},
		{"DIBAWAH ESPEKTASI", DiBawahEkspektasi, nil},
		{"Di Atas Ekspektasii", 0, ErrUnknownRating},
		{"Above expectations", DiAtasEkspektasi, nil},
		{"Exceeds Expectations", DiAtasEkspektasi, nil},
		{"Sesuai", SesuaiEkspektasi, nil},
		{"sesuai-ekspektasi", SesuaiEkspektasi, nil},
		{"SESUAI ESPEKTASI", SesuaiEkspektasi, nil},
		{"Meets expectations", SesuaiEkspektasi, nil},
		{"As expected", SesuaiEkspektasi, nil},
		{"dibawah", DiBawahEkspektasi, nil},
		{"Di Bawah Ekspektasi", DiBawahEkspektasi, nil},
		{"di_bawah_ekspektasi", DiBawahEkspektasi, nil},
		{"Below expectations", DiBawahEkspektasi, nil},
		{"", 0, ErrUnknownRating},
		{"Ekspektasi", 0, ErrUnknownRating},
		{"Di Tengah", 0, ErrUnknownRating},
		{"Sangat Baik", 0, ErrUnknownRating},
		{strings.Repeat("di atas ", 20), 0, ErrUnknownRating},
	}
	for _, tc := range tests {
		got, err := ParseRating(tc.in)
		if !errors.Is(err, tc.wantErr) || got != tc.want {
			t.Errorf("ParseRating(%q) = %v, %v; want %v, %v", tc.in, got, err, tc.want, tc.wantErr)
		}
		if err != nil && !strings.Contains(err.Error(), `"`+tc.in[:min(len(tc.in), 80)]) {
			t.Errorf("error %q does not quote the input", err)
		}
		if err != nil && len(err.Error()) > 140 {
			t.Errorf("error %q echoes too much of the input", err)
		}
	}
}

func TestParsePredikat(t *testing.T) {
	tests := []struct {
		in      string
		want    Predikat
		wantErr error
	}{
		{"Sangat Baik", SangatBaik, nil},
		{"SANGAT_BAIK", SangatBaik, nil},
		{"baik", Baik, nil},
		{"Butuh Perbaikan", ButuhPerbaikan, nil},
		{"Cukup", ButuhPerbaikan, nil},
		{"Cukup/Butuh Perbaikan", ButuhPerbaikan, nil},
		{"Kurang", Kurang, nil},
		{"Kurang/Misconduct", Kurang, nil},
		{"KURANG", Kurang, nil},
		{"SANGAT BAIK", SangatBaik, nil},
		{"BAIK", Baik, nil},
		{"BUTUH PERBAIKAN", ButuhPerbaikan, nil},
		{"SANGAT KURANG", SangatKurang, nil},
		{"misconduct", Kurang, nil},
		{"Sangat Kurang", SangatKurang, nil},
		{"Needs improvement", ButuhPerbaikan, nil},
		{"Istimewa", 0, ErrUnknownPredikat},
		{"", 0, ErrUnknownPredikat},
	}
	for _, tc := range tests {
		got, err := ParsePredikat(tc.in)
		if !errors.Is(err, tc.wantErr) || got != tc.want {
			t.Errorf("ParsePredikat(%q) = %v, %v; want %v, %v", tc.in, got, err, tc.want, tc.wantErr)
		}
	}
}

// TestParsePredikatOrganisasiCukup covers issue 22, item 8: agency texts
// write the organisation predikat Butuh Perbaikan as "Cukup" or "Butuh
// Perbaikan/Cukup" (RULES §5.2), which ParsePredikatOrganisasi refused.
func TestParsePredikatOrganisasiCukup(t *testing.T) {
	tests := []struct {
		in      string
		want    PredikatOrganisasi
		wantErr error
	}{
		{"Cukup", OrganisasiButuhPerbaikan, nil},
		{"CUKUP", OrganisasiButuhPerbaikan, nil},
		{"Butuh Perbaikan/Cukup", OrganisasiButuhPerbaikan, nil},
		{"Cukup/Butuh Perbaikan", OrganisasiButuhPerbaikan, nil},
		{"butuh_perbaikan / cukup", OrganisasiButuhPerbaikan, nil},
		{"Butuh Perbaikan", OrganisasiButuhPerbaikan, nil},
		{"Cukup Baik", 0, ErrUnknownPredikatOrganisasi},
		{"Cukup/Kurang", 0, ErrUnknownPredikatOrganisasi},
	}
	for _, tc := range tests {
		got, err := ParsePredikatOrganisasi(tc.in)
		if !errors.Is(err, tc.wantErr) {
			t.Errorf("ParsePredikatOrganisasi(%q) error = %v, want %v", tc.in, err, tc.wantErr)
		}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("ParsePredikatOrganisasi(%q) (-want +got):\n%s", tc.in, diff)
		}
	}
	// The employee predikat parser takes the same spellings.
	for _, in := range []string{"Cukup", "Cukup/Butuh Perbaikan", "Butuh Perbaikan/Cukup"} {
		if got, err := ParsePredikat(in); err != nil || got != ButuhPerbaikan {
			t.Errorf("ParsePredikat(%q) = %v, %v; want Butuh Perbaikan", in, got, err)
		}
	}
}

func TestParsePredikatOrganisasiAndJenjang(t *testing.T) {
	for _, o := range AllPredikatOrganisasi() {
		if got, err := ParsePredikatOrganisasi(strings.ToUpper(o.String())); err != nil || got != o {
			t.Errorf("ParsePredikatOrganisasi(%q) = %v, %v", o, got, err)
		}
	}
	if _, err := ParsePredikatOrganisasi("Sangat Baik"); !errors.Is(err, ErrUnknownPredikatOrganisasi) {
		t.Errorf(`ParsePredikatOrganisasi("Sangat Baik") error = %v`, err)
	}
	for _, j := range AllJenjang() {
		if got, err := ParseJenjang(strings.ReplaceAll(strings.ToLower(j.String()), " ", "_")); err != nil || got != j {
			t.Errorf("ParseJenjang(%q) = %v, %v", j, got, err)
		}
	}
	if _, err := ParseJenjang("Ahli"); !errors.Is(err, ErrUnknownJenjang) {
		t.Errorf(`ParseJenjang("Ahli") error = %v`, err)
	}
}

func TestPredikatOrder(t *testing.T) {
	// Predikat are ordered so that p >= Baik reads naturally.
	if !(SangatBaik > Baik && Baik > ButuhPerbaikan && ButuhPerbaikan > Kurang && Kurang > SangatKurang) {
		t.Error("predikat are not ordered from the worst")
	}
	want := []string{"Sangat Kurang", "Kurang/Misconduct", "Butuh Perbaikan", "Baik", "Sangat Baik"}
	var got []string
	for _, p := range AllPredikat() {
		got = append(got, p.String())
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("predikat names mismatch (-want +got):\n%s", diff)
	}
}

// TestAngkaKreditGolden reproduces BKN's worked examples (PermenPANRB
// 1/2023, Peraturan BKN 3/2023; "Perhitungan konversi predikat kinerja
// dalam angka kredit", 2023).
func TestAngkaKreditGolden(t *testing.T) {
	tests := []struct {
		name  string
		j     Jenjang
		p     Predikat
		bulan int
		opts  []AngkaKreditOption
		want  string
	}{
		{"BKN: Ahli Pertama, Sangat Baik, 12 months", AhliPertama, SangatBaik, 12, nil, "18.750"},
		{"BKN: Ahli Pertama, Baik, 2 months, 2 places", AhliPertama, Baik, 2, []AngkaKreditOption{WithPlaces(2)}, "2.08"},
		{"Ahli Pertama, Baik, 2 months, default 3 places", AhliPertama, Baik, 2, nil, "2.083"},
		{"Ahli Muda, Baik, 12 months", AhliMuda, Baik, 12, nil, "25.000"},
		{"Ahli Madya, Butuh Perbaikan, 12", AhliMadya, ButuhPerbaikan, 12, nil, "28.125"},
		{"Ahli Utama, Kurang, 6", AhliUtama, Kurang, 6, nil, "12.500"},
		{"Terampil, Sangat Kurang, 12", Terampil, SangatKurang, 12, nil, "1.250"},
		{"Mahir, Sangat Baik, 1", Mahir, SangatBaik, 1, nil, "1.563"}, // 1.5625 half-up
		{"Penyelia, Baik, 7", Penyelia, Baik, 7, nil, "14.583"},
		{"Pemula, Baik, 12 (SIASN koefisien 52: 3.75)", Pemula, Baik, 12, nil, "3.750"},
		{"Pemula, Sangat Baik, 12", Pemula, SangatBaik, 12, nil, "5.625"},
		{"Pemula, Baik, 1", Pemula, Baik, 1, nil, "0.313"}, // 0.3125 half-up
		{"Pemula with caller's coefficient", Pemula, Baik, 12, []AngkaKreditOption{WithKoefisien(decimal.RequireFromString("4"))}, "4.000"},
		{"custom coefficient overrides the table", AhliMuda, Baik, 6, []AngkaKreditOption{WithKoefisien(decimal.New(30, 0)), WithPlaces(0)}, "15"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := AngkaKredit(tc.j, tc.p, tc.bulan, tc.opts...)
			if err != nil {
				t.Fatal(err)
			}
			places := int32(angkaKreditPlaces)
			for _, o := range tc.opts {
				var x options
				x.places = places
				o(&x)
				places = x.places
			}
			if got.Places() != places {
				t.Errorf("result %s has %d places, want %d", got, got.Places(), places)
			}
			// A figure prints with its places through fmt (issue 22,
			// item 7): a decimal.Decimal printed 18.75 for 18.750.
			if diff := cmp.Diff(tc.want, fmt.Sprint(got)); diff != "" {
				t.Errorf("AngkaKredit mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestAngkaKreditErrors(t *testing.T) {
	tests := []struct {
		name    string
		j       Jenjang
		p       Predikat
		bulan   int
		opts    []AngkaKreditOption
		wantErr error
	}{
		{"zero jenjang", 0, Baik, 12, nil, ErrUnknownJenjang},
		{"unknown jenjang", 42, Baik, 12, nil, ErrUnknownJenjang},
		{"zero predikat", AhliMuda, 0, 12, nil, ErrUnknownPredikat},
		{"zero months", AhliMuda, Baik, 0, nil, ErrInvalidInput},
		{"13 months", AhliMuda, Baik, 13, nil, ErrInvalidInput},
		{"negative months", AhliMuda, Baik, -1, nil, ErrInvalidInput},
		{"bad places", AhliMuda, Baik, 12, []AngkaKreditOption{WithPlaces(-1)}, ErrInvalidInput},
		{"zero coefficient", AhliMuda, Baik, 12, []AngkaKreditOption{WithKoefisien(decimal.Zero)}, ErrInvalidInput},
		{"custom coefficient, zero jenjang", 0, Baik, 12, []AngkaKreditOption{WithKoefisien(decimal.New(1, 0))}, ErrUnknownJenjang},
	}
	for _, tc := range tests {
		_, err := AngkaKredit(tc.j, tc.p, tc.bulan, tc.opts...)
		if !errors.Is(err, tc.wantErr) {
			t.Errorf("%s: error = %v, want %v", tc.name, err, tc.wantErr)
		}
	}
}

// TestKoefisienTable checks the coefficients against BKN's SIASN koefisien
// reference table (ids 12 … 82), exactly, with no trailing zeros.
func TestKoefisienTable(t *testing.T) {
	want := map[Jenjang]string{
		AhliPertama: "12.5",
		AhliMuda:    "25",
		AhliMadya:   "37.5",
		AhliUtama:   "50",
		Pemula:      "3.75",
		Terampil:    "5",
		Mahir:       "12.5",
		Penyelia:    "25",
	}
	got := map[Jenjang]string{}
	for _, j := range AllJenjang() {
		k, err := j.Koefisien()
		if err != nil {
			t.Fatal(err)
		}
		got[j] = k.StringFixed(max(0, -k.Exponent()))
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("coefficients mismatch (-want +got):\n%s", diff)
	}
	for _, j := range []Jenjang{0, 9, 255} {
		if _, err := j.Koefisien(); !errors.Is(err, ErrUnknownJenjang) {
			t.Errorf("Jenjang(%d).Koefisien() error = %v", j, err)
		}
	}
}

func TestAngkaKreditTahunan(t *testing.T) {
	tests := []struct {
		name    string
		j       Jenjang
		periode []Periode
		want    string
		wantErr error
	}{
		// 5 × 100 + 7 × 150 = 1550; 12.5 × 1550 / 1200 = 16.1458…
		{"Baik 5 then Sangat Baik 7", AhliPertama, []Periode{{Baik, 5}, {SangatBaik, 7}}, "16.146", nil},
		// A whole year at Sangat Baik is exactly 150% of the coefficient.
		{"a year at Sangat Baik", AhliMuda, []Periode{{SangatBaik, 12}}, "37.500", nil},
		{"same as one period", AhliPertama, []Periode{{Baik, 2}}, "2.083", nil},
		{"more than 12 months", AhliPertama, []Periode{{Baik, 6}, {Baik, 7}}, "", ErrInvalidInput},
		{"bad months in a period", AhliPertama, []Periode{{Baik, 6}, {Baik, 0}}, "", ErrInvalidInput},
		{"bad predikat in a period", AhliPertama, []Periode{{0, 6}}, "", ErrUnknownPredikat},
		{"no periods", AhliPertama, nil, "", ErrInvalidInput},
		{"Pemula", Pemula, []Periode{{Baik, 12}}, "3.750", nil},
		{"unknown jenjang", 0, []Periode{{Baik, 12}}, "", ErrUnknownJenjang},
	}
	for _, tc := range tests {
		got, err := AngkaKreditTahunan(tc.j, tc.periode)
		if !errors.Is(err, tc.wantErr) {
			t.Errorf("%s: error = %v, want %v", tc.name, err, tc.wantErr)
			continue
		}
		if err == nil && got.String() != tc.want {
			t.Errorf("%s: = %s, want %s", tc.name, got, tc.want)
		}
		if err != nil && got.IsValid() {
			t.Errorf("%s: error %v comes with the figure %s", tc.name, err, got)
		}
	}
	_, err := AngkaKreditTahunan(AhliPertama, []Periode{{Baik, 6}, {Baik, 0}})
	if err == nil || !strings.Contains(err.Error(), "period 2") {
		t.Errorf("error %v does not name period 2", err)
	}
}

func TestCheckDistribution(t *testing.T) {
	type finding struct {
		Clause string
		Count  int
		Total  int
		Share  string
		Met    bool
	}
	tests := []struct {
		name   string
		org    PredikatOrganisasi
		counts map[Predikat]int
		rules  DistributionRules
		want   []finding
	}{
		{"Istimewa met", OrganisasiIstimewa, map[Predikat]int{SangatBaik: 6, Baik: 4}, DistributionRules{}, []finding{
			{"most Sangat Baik", 6, 10, "60.0", true},
			{"at most 70% Sangat Baik", 6, 10, "60.0", true},
		}},
		{"Istimewa too many Sangat Baik", OrganisasiIstimewa, map[Predikat]int{SangatBaik: 8, Baik: 2}, DistributionRules{}, []finding{
			{"most Sangat Baik", 8, 10, "80.0", true},
			{"at most 70% Sangat Baik", 8, 10, "80.0", false},
		}},
		{"Istimewa tie is not most", OrganisasiIstimewa, map[Predikat]int{SangatBaik: 4, Baik: 4, ButuhPerbaikan: 2}, DistributionRules{}, []finding{
			{"most Sangat Baik", 4, 10, "40.0", false},
			{"at most 70% Sangat Baik", 4, 10, "40.0", true},
		}},
		{"Istimewa plurality without majority", OrganisasiIstimewa, map[Predikat]int{SangatBaik: 4, Baik: 3, ButuhPerbaikan: 3}, DistributionRules{Majority: true}, []finding{
			{"most Sangat Baik", 4, 10, "40.0", false},
			{"at most 70% Sangat Baik", 4, 10, "40.0", true},
		}},
		{"Baik needs some Butuh Perbaikan or Kurang", OrganisasiBaik, map[Predikat]int{Baik: 7, SangatBaik: 3}, DistributionRules{}, []finding{
			{"most Baik", 7, 10, "70.0", true},
			{"at most 70% Baik", 7, 10, "70.0", true},
			{"some Butuh Perbaikan or Kurang/Misconduct", 0, 10, "0.0", false},
		}},
		{"Butuh Perbaikan", OrganisasiButuhPerbaikan, map[Predikat]int{ButuhPerbaikan: 6, Baik: 3, SangatBaik: 1}, DistributionRules{}, []finding{
			{"at least 60% Butuh Perbaikan", 6, 10, "60.0", true},
			{"at most 10% Sangat Baik", 1, 10, "10.0", true},
		}},
		{"Kurang", OrganisasiKurang, map[Predikat]int{Kurang: 5, ButuhPerbaikan: 3, SangatBaik: 1}, DistributionRules{}, []finding{
			{"at least 60% Kurang/Misconduct", 5, 9, "55.6", false},
			{"at least 10% Butuh Perbaikan", 3, 9, "33.3", true},
			{"at most 10% Sangat Baik", 1, 9, "11.1", false},
		}},
		{"Sangat Kurang", OrganisasiSangatKurang, map[Predikat]int{SangatKurang: 7, Kurang: 1, ButuhPerbaikan: 1, SangatBaik: 1}, DistributionRules{}, []finding{
			{"at least 60% Sangat Kurang", 7, 10, "70.0", true},
			{"at least 10% Kurang/Misconduct or Butuh Perbaikan", 2, 10, "20.0", true},
			{"none Sangat Baik", 1, 10, "10.0", false},
		}},
		// 141 of 201 is 70.149…%: above 70% exactly, but 70 when the share
		// is rounded to a whole percent first.
		{"share shows the difference from the limit", OrganisasiIstimewa, map[Predikat]int{SangatBaik: 7004, Baik: 2996}, DistributionRules{}, []finding{
			{"most Sangat Baik", 7004, 10000, "70.0", true},
			{"at most 70% Sangat Baik", 7004, 10000, "70.04", false},
		}},
		{"small team, exact", OrganisasiIstimewa, map[Predikat]int{SangatBaik: 141, Baik: 60}, DistributionRules{}, []finding{
			{"most Sangat Baik", 141, 201, "70.1", true},
			{"at most 70% Sangat Baik", 141, 201, "70.1", false},
		}},
		{"small team, shares rounded to 0 places", OrganisasiIstimewa, map[Predikat]int{SangatBaik: 141, Baik: 60}, DistributionRules{RoundShares: true, SharePlaces: 0}, []finding{
			// The share shown is the one compared: 70.15% rounds to 70.
			{"most Sangat Baik", 141, 201, "70", true},
			{"at most 70% Sangat Baik", 141, 201, "70", true},
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			fs, err := CheckDistribution(tc.org, tc.counts, tc.rules)
			if err != nil {
				t.Fatal(err)
			}
			var got []finding
			for _, f := range fs {
				got = append(got, finding{f.Clause.String(), f.Count, f.Total, f.Share.String(), f.Met})
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("findings mismatch (-want +got):\n%s", diff)
			}
			allMet := true
			for _, f := range got {
				allMet = allMet && f.Met
			}
			if fs.Met() != allMet || (len(fs.Unmet()) == 0) != allMet {
				t.Errorf("Met() = %v, Unmet() has %d, want all met = %v", fs.Met(), len(fs.Unmet()), allMet)
			}
		})
	}
}

func TestCheckDistributionErrors(t *testing.T) {
	tests := []struct {
		name    string
		org     PredikatOrganisasi
		counts  map[Predikat]int
		rules   DistributionRules
		wantErr error
	}{
		{"empty", OrganisasiBaik, map[Predikat]int{}, DistributionRules{}, ErrInvalidInput},
		{"all zero", OrganisasiBaik, map[Predikat]int{Baik: 0}, DistributionRules{}, ErrInvalidInput},
		{"negative", OrganisasiBaik, map[Predikat]int{Baik: 3, Kurang: -1}, DistributionRules{}, ErrInvalidInput},
		{"bad predikat", OrganisasiBaik, map[Predikat]int{Predikat(9): 1}, DistributionRules{}, ErrUnknownPredikat},
		{"bad org", 0, map[Predikat]int{Baik: 1}, DistributionRules{}, ErrUnknownPredikatOrganisasi},
		{"bad places", OrganisasiBaik, map[Predikat]int{Baik: 1}, DistributionRules{RoundShares: true, SharePlaces: 12}, ErrInvalidInput},
		{"negative places", OrganisasiBaik, map[Predikat]int{Baik: 1}, DistributionRules{RoundShares: true, SharePlaces: -1}, ErrInvalidInput},
		{"count too large", OrganisasiBaik, map[Predikat]int{Baik: maxCount + 1}, DistributionRules{}, ErrInvalidInput},
	}
	for _, tc := range tests {
		if _, err := CheckDistribution(tc.org, tc.counts, tc.rules); !errors.Is(err, tc.wantErr) {
			t.Errorf("%s: error = %v, want %v", tc.name, err, tc.wantErr)
		}
	}
}

func sevenItems() []Ekspektasi {
	var items []Ekspektasi
	for _, v := range akhlak.Values() {
		items = append(items, Ekspektasi{Value: v, Khusus: "Ekspektasi untuk " + v.String()})
	}
	return items
}

func TestPerilakuKerja(t *testing.T) {
	items := sevenItems()
	// any order
	items[0], items[6] = items[6], items[0]
	items[3].UmpanBalik = DiAtasEkspektasi
	pk, err := NewPerilakuKerja(SesuaiEkspektasi, items)
	if err != nil {
		t.Fatal(err)
	}
	if pk.Rating() != SesuaiEkspektasi || !pk.IsValid() {
		t.Errorf("Rating = %v", pk.Rating())
	}
	if got := pk.Ekspektasi(akhlak.Harmonis); got.UmpanBalik != DiAtasEkspektasi || got.Khusus != "Ekspektasi untuk Harmonis" {
		t.Errorf("Ekspektasi(Harmonis) = %+v", got)
	}
	for i, it := range pk.Items() {
		if it.Value != akhlak.Values()[i] {
			t.Errorf("Items()[%d] is %v", i, it.Value)
		}
	}
	if (PerilakuKerja{}).IsValid() || pk.Ekspektasi(0).Value != 0 {
		t.Error("zero cases")
	}
}

func TestPerilakuKerjaErrors(t *testing.T) {
	tests := []struct {
		name    string
		rating  Rating
		edit    func([]Ekspektasi) []Ekspektasi
		wantErr error
		mention string
	}{
		{"no rating", 0, func(x []Ekspektasi) []Ekspektasi { return x }, ErrUnknownRating, "rating"},
		{"missing value", SesuaiEkspektasi, func(x []Ekspektasi) []Ekspektasi { return x[:6] }, ErrInvalidInput, "Kolaboratif"},
		{"twice", SesuaiEkspektasi, func(x []Ekspektasi) []Ekspektasi { x[6].Value = akhlak.Loyal; return x }, ErrInvalidInput, "Loyal given twice"},
		{"unknown value", SesuaiEkspektasi, func(x []Ekspektasi) []Ekspektasi { x[2].Value = 9; return x }, akhlak.ErrUnknownValue, "item 3"},
		{"bad feedback", SesuaiEkspektasi, func(x []Ekspektasi) []Ekspektasi { x[1].UmpanBalik = 7; return x }, ErrUnknownRating, "Akuntabel"},
		{"eight items", SesuaiEkspektasi, func(x []Ekspektasi) []Ekspektasi { return append(x, x[0]) }, ErrInvalidInput, "twice"},
	}
	for _, tc := range tests {
		_, err := NewPerilakuKerja(tc.rating, tc.edit(sevenItems()))
		if !errors.Is(err, tc.wantErr) || !strings.Contains(err.Error(), tc.mention) {
			t.Errorf("%s: error = %v, want %v mentioning %q", tc.name, err, tc.wantErr, tc.mention)
		}
	}
}

func TestInvalidEnumerationsPrint(t *testing.T) {
	got := []string{Rating(0).String(), Predikat(6).String(), PredikatOrganisasi(0).String(), Jenjang(9).String(), ClauseKind(0).String(),
		Rating(0).English(), Predikat(0).English(), PredikatOrganisasi(7).English()}
	want := []string{"kinerja.Rating(0)", "kinerja.Predikat(6)", "kinerja.PredikatOrganisasi(0)", "kinerja.Jenjang(9)", "kinerja.ClauseKind(0)", "", "", ""}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("mismatch (-want +got):\n%s", diff)
	}
	if Predikat(0).Persentase() != 0 || Pattern(0) != nil {
		t.Error("invalid predikat has a percentage or pattern")
	}
	for _, m := range []interface{ MarshalText() ([]byte, error) }{Rating(4), Predikat(6), PredikatOrganisasi(6), Jenjang(9), ClauseKind(6)} {
		if _, err := m.MarshalText(); err == nil {
			t.Errorf("MarshalText of invalid %T succeeded", m)
		}
	}
	// The zero value is the empty text, both ways, as in net/netip.
	type row struct {
		R Rating
		P Predikat
		O PredikatOrganisasi
		J Jenjang
		K ClauseKind
	}
	js, err := json.Marshal(row{})
	if err != nil || string(js) != `{"R":"","P":"","O":"","J":"","K":""}` {
		t.Errorf("zero values marshal to %s, %v", js, err)
	}
	back := row{R: 1, P: 1, O: 1, J: 1, K: 1}
	if err := json.Unmarshal(js, &back); err != nil || back != (row{}) {
		t.Errorf("empty texts unmarshal to %+v, %v", back, err)
	}
	var k ClauseKind
	if err := k.UnmarshalText([]byte("at least")); err != nil || k != ClauseAtLeast {
		t.Errorf("ClauseKind UnmarshalText: %v %v", k, err)
	}
	var pe *ParseError
	if err := k.UnmarshalText([]byte("many")); !errors.As(err, &pe) || !errors.Is(err, ErrUnknownClauseKind) {
		t.Errorf("ClauseKind accepted \"many\" or error %v is not a *ParseError", err)
	}
	for _, a := range []interface{ AppendText([]byte) ([]byte, error) }{Rating(4), Predikat(6), PredikatOrganisasi(6), Jenjang(9), ClauseKind(6)} {
		if _, err := a.AppendText(nil); !errors.As(err, &pe) {
			t.Errorf("AppendText of invalid %T: error %v is not a *ParseError", a, err)
		}
	}
}

// TestAngkaKreditTahunanRoundedPeriods checks the two roundings of a year
// against each other: BKN's worked examples round each period; the library
// default rounds once.
func TestAngkaKreditTahunanRoundedPeriods(t *testing.T) {
	tests := []struct {
		name    string
		j       Jenjang
		periode []Periode
		places  int32
		once    string
		rounded string
	}{
		{"three periods of 2.0833 (2 places)", AhliPertama, []Periode{{Baik, 2}, {Baik, 2}, {Baik, 2}}, 2, "6.25", "6.24"},
		{"three periods of 2.0833 (3 places)", AhliPertama, []Periode{{Baik, 2}, {Baik, 2}, {Baik, 2}}, 3, "6.250", "6.249"},
		{"one period: the same", AhliMuda, []Periode{{SangatBaik, 7}}, 3, "21.875", "21.875"},
		// 12 × 0.625 rounds each to 0.63: 7.56 passes the 150% cap of 7.5.
		{"the cap binds when each period rounds up", Terampil, []Periode{
			{SangatBaik, 1}, {SangatBaik, 1}, {SangatBaik, 1}, {SangatBaik, 1}, {SangatBaik, 1}, {SangatBaik, 1},
			{SangatBaik, 1}, {SangatBaik, 1}, {SangatBaik, 1}, {SangatBaik, 1}, {SangatBaik, 1}, {SangatBaik, 1},
		}, 2, "7.50", "7.50"},
		{"Pemula cap rounded half-up", Pemula, []Periode{
			{SangatBaik, 1}, {SangatBaik, 1}, {SangatBaik, 1}, {SangatBaik, 1}, {SangatBaik, 1}, {SangatBaik, 1},
			{SangatBaik, 1}, {SangatBaik, 1}, {SangatBaik, 1}, {SangatBaik, 1}, {SangatBaik, 1}, {SangatBaik, 1},
		}, 2, "5.63", "5.63"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			once, err := AngkaKreditTahunan(tc.j, tc.periode, WithPlaces(tc.places))
			if err != nil {
				t.Fatal(err)
			}
			rounded, err := AngkaKreditTahunan(tc.j, tc.periode, WithPlaces(tc.places), WithRoundedPeriods())
			if err != nil {
				t.Fatal(err)
			}
			got := []string{once.String(), rounded.String()}
			if diff := cmp.Diff([]string{tc.once, tc.rounded}, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
			for _, f := range []figure.Figure{once, rounded} {
				if f.Places() != tc.places {
					t.Errorf("%s carries %d places, want %d", f, f.Places(), tc.places)
				}
			}
		})
	}
}

func TestClauseKinds(t *testing.T) {
	for _, k := range ClauseKinds() {
		for _, s := range []string{k.String(), strings.ToUpper(k.String()), strings.ReplaceAll(k.String(), " ", "_")} {
			if got, err := ParseClauseKind(s); err != nil || got != k {
				t.Errorf("ParseClauseKind(%q) = %v, %v", s, got, err)
			}
		}
	}
	if _, err := ParseClauseKind("most of all"); !errors.Is(err, ErrUnknownClauseKind) {
		t.Errorf("error = %v", err)
	}
}

func TestFindingsJSON(t *testing.T) {
	b, err := json.Marshal(Findings(nil))
	if err != nil || string(b) != "[]" {
		t.Errorf("nil Findings marshal to %s, %v", b, err)
	}
	fs, err := CheckDistribution(OrganisasiIstimewa, map[Predikat]int{SangatBaik: 7004, Baik: 2996}, DistributionRules{})
	if err != nil {
		t.Fatal(err)
	}
	b, err = json.Marshal(fs)
	if err != nil {
		t.Fatal(err)
	}
	want := `[{"clause":"most Sangat Baik","kind":"most","predikat":["Sangat Baik"],"count":7004,"total":10000,"share":"70.0","met":true},` +
		`{"clause":"at most 70% Sangat Baik","kind":"at most","predikat":["Sangat Baik"],"percent":70,"count":7004,"total":10000,"share":"70.04","met":false}]`
	if diff := cmp.Diff(want, string(b)); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// TestPersentaseDocGivesTable covers issue 22, item 8: Predikat.Persentase's
// doc listed "150, 100, 75, 50 or 25" without saying which predikat gets
// which, and an app guessed 50% for Butuh Perbaikan. The doc must give
// every predikat's name with its own percentage on one line, as
// Persentase returns it.
func TestPersentaseDocGivesTable(t *testing.T) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "predikat.go", nil, parser.ParseComments)
	if err != nil {
		t.Fatal(err)
	}
	var doc string
	for _, d := range f.Decls {
		if fn, ok := d.(*ast.FuncDecl); ok && fn.Name.Name == "Persentase" && fn.Doc != nil {
			doc = fn.Doc.Text()
		}
	}
	rows := map[string]string{}
	for _, line := range strings.Split(doc, "\n") {
		fields := strings.Fields(line)
		if len(fields) >= 2 {
			rows[strings.Join(fields[:len(fields)-1], " ")] = fields[len(fields)-1]
		}
	}
	for _, p := range AllPredikat() {
		if got, want := rows[p.String()], strconv.Itoa(p.Persentase()); got != want {
			t.Errorf("Persentase doc: %s has %q, want a line %q", p, got, p.String()+" "+want)
		}
	}
	for _, cite := range []string{"PermenPANRB 1/2023", "Peraturan BKN 3/2023"} {
		if !strings.Contains(strings.Join(strings.Fields(doc), " "), cite) {
			t.Errorf("Persentase doc does not cite %s", cite)
		}
	}
}

// TestFiguresKeepTheirPlaces covers issue 22, item 7, in package kinerja:
// every figure it reports is a figure.Figure that prints, marshals as text
// and as JSON with its published places. As decimal.Decimal values they
// printed 18.75, 12.5 and 70 for 18.750, 12.500 and 70.0.
func TestFiguresKeepTheirPlaces(t *testing.T) {
	ak, err := AngkaKredit(AhliPertama, SangatBaik, 12)
	if err != nil {
		t.Fatal(err)
	}
	year, err := AngkaKreditTahunan(AhliMuda, []Periode{{Baik, 6}})
	if err != nil {
		t.Fatal(err)
	}
	fs, err := CheckDistribution(OrganisasiBaik, map[Predikat]int{Baik: 7, Kurang: 3}, DistributionRules{})
	if err != nil {
		t.Fatal(err)
	}
	rounded, err := CheckDistribution(OrganisasiBaik, map[Predikat]int{Baik: 7, Kurang: 3}, DistributionRules{RoundShares: true, SharePlaces: 0})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		f    figure.Figure
		want string
	}{
		{"AngkaKredit", ak, "18.750"},
		{"AngkaKreditTahunan", year, "12.500"},
		{"Finding.Share", fs[1].Share, "70.0"},
		{"Finding.Share with RoundShares at 0 places", rounded[1].Share, "70"},
	}
	for _, tc := range tests {
		text, _ := tc.f.MarshalText()
		js, _ := json.Marshal(tc.f)
		got := []string{fmt.Sprint(tc.f), string(text), string(js)}
		if diff := cmp.Diff([]string{tc.want, tc.want, `"` + tc.want + `"`}, got); diff != "" {
			t.Errorf("%s: fmt, text, JSON (-want +got):\n%s", tc.name, diff)
		}
	}
}
