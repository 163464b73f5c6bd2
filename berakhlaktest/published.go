package berakhlaktest

import (
	"strings"
	"testing"

	"github.com/go-asn/berakhlak/akhlak"
	"github.com/go-asn/berakhlak/figure"
	"github.com/go-asn/berakhlak/ikm"
	"github.com/go-asn/berakhlak/kinerja"
	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
)

// Source says where a figure was published.
type Source struct {
	Publisher string // who published the figure, e.g. "KemenPANRB"
	Title     string // the publication, event or document
	Date      string // when, as precisely as known ("2023-01", "2024-01-18"); empty when not known
	URL       string // a public page that carries or reports the figure; empty when none is known
}

// String returns the source's non-empty parts, separated by commas.
func (s Source) String() string {
	var parts []string
	for _, p := range []string{s.Publisher, s.Title, s.Date, s.URL} {
		if p != "" {
			parts = append(parts, p)
		}
	}
	return strings.Join(parts, ", ")
}

// Published is a figure exactly as it was published, in the library's
// type, with its source. The fixture functions return a fresh one on each
// call.
type Published[T any] struct {
	Value  T
	Source Source
}

// Check reports, with t.Errorf, whether got differs from the published
// value under [CmpOptions] (a figure with its places: 60.9 is not 60.90),
// with
// the source and the diff. It is how a test says "our pipeline reproduces
// this published figure" in one line.
func (p Published[T]) Check(t testing.TB, got T) {
	t.Helper()
	if diff := cmp.Diff(p.Value, got, CmpOptions()); diff != "" {
		t.Errorf("does not reproduce the figure published by %s (-published +got):\n%s", p.Source, diff)
	}
}

func dec(s string) decimal.Decimal { return decimal.RequireFromString(s) }

// national2022 is the source of the 2022 national figures.
var national2022 = Source{
	Publisher: "KemenPANRB",
	Title:     "Webinar Sosialisasi Hasil Survei Indeks BerAKHLAK Tahun 2022 (the mean over the 442 of 592 agencies that met their minimum)",
	Date:      "2023-01",
	URL:       "https://jurnalmadani.com/berita/detail/5943/survei-indeks-berakhlak-instansi-pemerintah-tunjukkan-hasil-yang-cukup-sehat",
}

// National2022 returns the published national value scores of the 2022
// Indeks BerAKHLAK survey, as a profile: Berorientasi Pelayanan 57.9,
// Akuntabel 74.1, Kompeten 56.7, Harmonis 63.8, Loyal 65.8, Adaptif 38.9,
// Kolaboratif 69.4. Its index is the published 60.9 (B Cukup Sehat): the
// mean of the seven, 60.94, rounded half-up once to one place, as the rule
// register in the root package documents. Source: KemenPANRB, the
// webinar on the 2022 results (January 2023).
func National2022() Published[akhlak.Profile] {
	p := akhlak.MustNewProfile(map[akhlak.Value]decimal.Decimal{
		akhlak.BerorientasiPelayanan: dec("57.9"),
		akhlak.Akuntabel:             dec("74.1"),
		akhlak.Kompeten:              dec("56.7"),
		akhlak.Harmonis:              dec("63.8"),
		akhlak.Loyal:                 dec("65.8"),
		akhlak.Adaptif:               dec("38.9"),
		akhlak.Kolaboratif:           dec("69.4"),
	})
	return Published[akhlak.Profile]{Value: p, Source: national2022}
}

// NationalIndex2022 returns the published national Indeks BerAKHLAK of
// 2022, 60.9 (category B Cukup Sehat): the unweighted mean over the 442 of
// 592 agencies that met their minimum. Source: KemenPANRB, the webinar on
// the 2022 results (January 2023).
func NationalIndex2022() Published[figure.Figure] {
	return Published[figure.Figure]{Value: figure.MustParse("60.9"), Source: national2022}
}

// NationalIndex2023 returns the published national Indeks BerAKHLAK of
// 2023, 61.1 (category B). Source: KemenPANRB, the results of the 2023
// survey announced by the Minister of PANRB on 18 January 2024.
func NationalIndex2023() Published[figure.Figure] {
	return Published[figure.Figure]{Value: figure.MustParse("61.1"), Source: Source{
		Publisher: "KemenPANRB",
		Title:     "Survei Pemetaan dan Pengukuran Budaya Kerja ASN 2023, results announced by the Minister of PANRB (936,476 civil servants of 539 agencies surveyed)",
		Date:      "2024-01-18",
		URL:       "https://rakyat.news/read/710750/kolaborasi-dengan-survei-act-kementrian-panrb-perkuat-indeks-berakhlak-untuk-asn",
	}}
}

// KabupatenTegalIndex returns the published Indeks BerAKHLAK of the
// Pemerintah Kabupaten Tegal, 62.3, category B Cukup Sehat, from 5,773
// respondents. Source: its published survey result; the library's records
// keep neither its date nor a link.
func KabupatenTegalIndex() Published[figure.Figure] {
	return Published[figure.Figure]{Value: figure.MustParse("62.3"), Source: Source{
		Publisher: "Pemerintah Kabupaten Tegal",
		Title:     "Indeks BerAKHLAK, Survei Budaya Kerja ASN (5,773 respondents, category B Cukup Sehat)",
	}}
}

// IKMWorkedExample returns a published worked example of the Survei
// Kepuasan Masyarakat (PermenPANRB No. 14 Tahun 2017): the answers of its 29
// respondents, one row each, U1 to U9 in the order of ikm.AllUnsur, and the
// index it publishes, 91.48 (A, Sangat Baik): the exact mean of the NRR
// times 25, rounded once, the library's default (its table rounded at each
// step also shows 90.56, which the library gives with ikm.WithWeight(0.11)).
//
// The guide gives each unsur's counts of answers, not whole rows, and
// numbers Sarana dan Prasarana U8 and Penanganan Pengaduan U9, the other
// way round from the library; the rows are built from the counts, unsur by
// unsur (the first respondents give the highest answers), which fixes
// every figure of the survey.
func IKMWorkedExample() ([][]int8, Published[figure.Figure]) {
	// counts[u] are the numbers of answers 4, 3, 2 and 1 to unsur u+1.
	counts := [9][4]int{
		ikm.Persyaratan - 1:                     {18, 11},
		ikm.SistemMekanismeProsedur - 1:         {14, 15},
		ikm.WaktuPenyelesaian - 1:               {15, 12, 2},
		ikm.BiayaTarif - 1:                      {29},
		ikm.ProdukSpesifikasiJenisPelayanan - 1: {15, 14},
		ikm.KompetensiPelaksana - 1:             {18, 11},
		ikm.PerilakuPelaksana - 1:               {19, 10},
		ikm.PenangananPengaduan - 1:             {28, 1},
		ikm.SaranaPrasarana - 1:                 {18, 11},
	}
	rows := make([][]int8, 29)
	for r := range rows {
		rows[r] = make([]int8, 9)
	}
	for u, c := range counts {
		r := 0
		for k, n := range c {
			for ; n > 0; n-- {
				rows[r][u] = int8(4 - k)
				r++
			}
		}
	}
	return rows, Published[figure.Figure]{Value: figure.MustParse("91.48"), Source: Source{
		Publisher: "GASPUL (public repository rennn9/GASPUL_BACKEND)",
		Title:     "Rumus Perhitungan Indeks Kepuasan Masyarakat (IKM) berdasarkan Permenpan RB Nomor 14 Tahun 2017, Triwulan III",
		URL:       "https://github.com/rennn9/GASPUL_BACKEND/blob/157a1a61dc30bd60a8794ed9d66ddc5ff04d069b/rumus_perhitungan_ikm_lengkap.md",
	}}
}

// AngkaKreditExample is one of BKN's worked examples of angka kredit: a
// predikat held for some months at a jenjang, and the angka kredit BKN
// shows for it at Places decimal places, as the figure.Figure that
// kinerja.AngkaKredit returns with kinerja.WithPlaces(Places) (a figure
// carries its places, and Check compares them too: 2.08 is not 2.080).
type AngkaKreditExample struct {
	Jenjang     kinerja.Jenjang
	Predikat    kinerja.Predikat
	Bulan       int
	Places      int32
	AngkaKredit Published[figure.Figure]
}

// AngkaKreditExamples returns BKN's worked examples of the conversion of
// predikat into angka kredit (PermenPANRB No. 1 Tahun 2023, Peraturan BKN
// No. 3 Tahun 2023): Ahli Pertama, Sangat Baik, 12 months gives 18.75;
// Ahli Pertama, Baik, 2 months gives 2.0833…, shown as 2.08. Source: BKN's
// slides "Perhitungan konversi predikat kinerja dalam angka kredit" (2023).
func AngkaKreditExamples() []AngkaKreditExample {
	bkn := Source{Publisher: "BKN", Title: "Perhitungan konversi predikat kinerja dalam angka kredit (slides on Peraturan BKN No. 3 Tahun 2023)", Date: "2023"}
	return []AngkaKreditExample{
		{kinerja.AhliPertama, kinerja.SangatBaik, 12, 2, Published[figure.Figure]{figure.MustParse("18.75"), bkn}},
		{kinerja.AhliPertama, kinerja.Baik, 2, 2, Published[figure.Figure]{figure.MustParse("2.08"), bkn}},
	}
}
