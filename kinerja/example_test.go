package kinerja_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/go-asn/berakhlak/akhlak"
	"github.com/go-asn/berakhlak/kinerja"
	"github.com/shopspring/decimal"
)

func ExamplePredikatPegawai() {
	hasil := kinerja.MustParseRating("Diatas")
	perilaku := kinerja.MustParseRating("SESUAI EKSPEKTASI")
	p, err := kinerja.PredikatPegawai(hasil, perilaku)
	fmt.Println(p, err)
	fmt.Println(p >= kinerja.Baik)

	_, err = kinerja.PredikatPegawai(0, perilaku)
	fmt.Println(err)
	// Output:
	// Baik <nil>
	// true
	// kinerja: hasil kerja: kinerja.Rating(0): unknown rating
}

func ExampleRatings() {
	for _, r := range kinerja.Ratings() {
		fmt.Printf("%s (%s)\n", r, r.English())
	}
	// Output:
	// Di Bawah Ekspektasi (Below expectations)
	// Sesuai Ekspektasi (Meets expectations)
	// Di Atas Ekspektasi (Above expectations)
}

func ExampleParseRating() {
	for _, s := range []string{"Diatas", "di_bawah_ekspektasi", "SESUAI", "Above expectations"} {
		r, err := kinerja.ParseRating(s)
		fmt.Println(r, err)
	}
	_, err := kinerja.ParseRating("Luar Biasa")
	fmt.Println(err, errors.Is(err, kinerja.ErrUnknownRating))
	// BKN's SIASN reference table spells it "ESPEKTASI".
	r, err := kinerja.ParseRating("DIBAWAH ESPEKTASI")
	fmt.Println(r, err)
	// Output:
	// Di Atas Ekspektasi <nil>
	// Di Bawah Ekspektasi <nil>
	// Sesuai Ekspektasi <nil>
	// Di Atas Ekspektasi <nil>
	// kinerja: unknown rating "Luar Biasa" true
	// Di Bawah Ekspektasi <nil>
}

func ExampleRating_AppendText() {
	b := []byte("hasil: ")
	b, err := kinerja.SesuaiEkspektasi.AppendText(b)
	fmt.Println(string(b), err)
	// Output:
	// hasil: Sesuai Ekspektasi <nil>
}

func ExampleMustParseRating() {
	fmt.Println(kinerja.MustParseRating("dibawah"))
	// Output:
	// Di Bawah Ekspektasi
}

func ExampleRating_String() {
	fmt.Println(kinerja.SesuaiEkspektasi.String())
	// Output:
	// Sesuai Ekspektasi
}

func ExampleRating_English() {
	fmt.Println(kinerja.DiAtasEkspektasi.English())
	// Output:
	// Above expectations
}

func ExampleRating_IsValid() {
	fmt.Println(kinerja.Rating(0).IsValid(), kinerja.SesuaiEkspektasi.IsValid())
	// Output:
	// false true
}

func ExampleRating_MarshalText() {
	b, _ := kinerja.DiAtasEkspektasi.MarshalText()
	fmt.Println(string(b))
	// Output:
	// Di Atas Ekspektasi
}

func ExampleRating_UnmarshalText() {
	var r kinerja.Rating
	err := r.UnmarshalText([]byte("DI ATAS"))
	fmt.Println(r, err)
	// Output:
	// Di Atas Ekspektasi <nil>
}

func ExampleAllPredikat() {
	for _, p := range kinerja.AllPredikat() {
		fmt.Printf("%-17s %3d%%\n", p, p.Persentase())
	}
	// Output:
	// Sangat Kurang      25%
	// Kurang/Misconduct  50%
	// Butuh Perbaikan    75%
	// Baik              100%
	// Sangat Baik       150%
}

func ExampleParsePredikat() {
	for _, s := range []string{"Cukup/Butuh Perbaikan", "KURANG", "sangat_baik"} {
		p, _ := kinerja.ParsePredikat(s)
		fmt.Println(p)
	}
	// Output:
	// Butuh Perbaikan
	// Kurang/Misconduct
	// Sangat Baik
}

func ExamplePredikat_AppendText() {
	b, err := kinerja.ButuhPerbaikan.AppendText(nil)
	fmt.Println(string(b), err)
	_, err = kinerja.Predikat(9).AppendText(nil)
	fmt.Println(err)
	// Output:
	// Butuh Perbaikan <nil>
	// kinerja: unknown predikat "kinerja.Predikat(9)"
}

func ExampleMustParsePredikat() {
	fmt.Println(kinerja.MustParsePredikat("Cukup"))
	// Output:
	// Butuh Perbaikan
}

func ExamplePredikat_String() {
	fmt.Println(kinerja.Kurang.String())
	// Output:
	// Kurang/Misconduct
}

func ExamplePredikat_English() {
	fmt.Println(kinerja.ButuhPerbaikan.English())
	// Output:
	// Needs improvement
}

func ExamplePredikat_IsValid() {
	fmt.Println(kinerja.Predikat(0).IsValid(), kinerja.Baik.IsValid())
	// Output:
	// false true
}

func ExamplePredikat_Persentase() {
	for _, p := range []kinerja.Predikat{kinerja.SangatBaik, kinerja.ButuhPerbaikan} {
		fmt.Println(p, p.Persentase())
	}
	// Output:
	// Sangat Baik 150
	// Butuh Perbaikan 75
}

func ExamplePredikat_MarshalText() {
	b, _ := kinerja.Kurang.MarshalText()
	fmt.Println(string(b))
	// Output:
	// Kurang/Misconduct
}

func ExamplePredikat_UnmarshalText() {
	var p kinerja.Predikat
	err := p.UnmarshalText([]byte("misconduct"))
	fmt.Println(p, err)
	// Output:
	// Kurang/Misconduct <nil>
}

func ExampleAllPredikatOrganisasi() {
	fmt.Println(kinerja.AllPredikatOrganisasi())
	// Output:
	// [Sangat Kurang Kurang Butuh Perbaikan Baik Istimewa]
}

func ExampleParsePredikatOrganisasi() {
	o, err := kinerja.ParsePredikatOrganisasi("ISTIMEWA")
	fmt.Println(o, o.English(), err)
	// Agency texts write Butuh Perbaikan as "Cukup" too.
	o, err = kinerja.ParsePredikatOrganisasi("Butuh Perbaikan/Cukup")
	fmt.Println(o, err)
	// Output:
	// Istimewa Outstanding <nil>
	// Butuh Perbaikan <nil>
}

func ExampleMustParsePredikatOrganisasi() {
	fmt.Println(kinerja.MustParsePredikatOrganisasi("butuh_perbaikan") == kinerja.OrganisasiButuhPerbaikan)
	// Output:
	// true
}

func ExamplePredikatOrganisasi_String() {
	fmt.Println(kinerja.OrganisasiBaik.String())
	// Output:
	// Baik
}

func ExamplePredikatOrganisasi_English() {
	fmt.Println(kinerja.OrganisasiIstimewa.English())
	// Output:
	// Outstanding
}

func ExamplePredikatOrganisasi_IsValid() {
	fmt.Println(kinerja.PredikatOrganisasi(0).IsValid(), kinerja.OrganisasiKurang.IsValid())
	// Output:
	// false true
}

func ExamplePredikatOrganisasi_MarshalText() {
	b, _ := kinerja.OrganisasiSangatKurang.MarshalText()
	fmt.Println(string(b))
	// Output:
	// Sangat Kurang
}

func ExamplePredikatOrganisasi_AppendText() {
	b, err := kinerja.OrganisasiIstimewa.AppendText([]byte("org="))
	fmt.Println(string(b), err)
	// Output:
	// org=Istimewa <nil>
}

func ExamplePredikatOrganisasi_UnmarshalText() {
	var o kinerja.PredikatOrganisasi
	err := o.UnmarshalText([]byte("baik"))
	fmt.Println(o == kinerja.OrganisasiBaik, err)
	// Output:
	// true <nil>
}

func ExampleAllJenjang() {
	for _, j := range kinerja.AllJenjang() {
		k, err := j.Koefisien()
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("%-12s %5s\n", j, k.StringFixed(max(0, -k.Exponent())))
	}
	// Output:
	// Ahli Pertama  12.5
	// Ahli Muda       25
	// Ahli Madya    37.5
	// Ahli Utama      50
	// Pemula        3.75
	// Terampil         5
	// Mahir         12.5
	// Penyelia        25
}

func ExampleParseJenjang() {
	j, err := kinerja.ParseJenjang("AHLI_MUDA")
	fmt.Println(j, err)
	// Output:
	// Ahli Muda <nil>
}

func ExampleMustParseJenjang() {
	fmt.Println(kinerja.MustParseJenjang("penyelia"))
	// Output:
	// Penyelia
}

func ExampleJenjang_Koefisien() {
	k, err := kinerja.Pemula.Koefisien()
	fmt.Println(k.StringFixed(2), err)
	_, err = kinerja.Jenjang(0).Koefisien()
	fmt.Println(err)
	// Output:
	// 3.75 <nil>
	// kinerja: jenjang kinerja.Jenjang(0): unknown jenjang
}

func ExampleJenjang_AppendText() {
	b, err := kinerja.Penyelia.AppendText([]byte("jenjang: "))
	fmt.Println(string(b), err)
	// Output:
	// jenjang: Penyelia <nil>
}

func ExampleJenjang_String() {
	fmt.Println(kinerja.AhliMadya.String())
	// Output:
	// Ahli Madya
}

func ExampleJenjang_IsValid() {
	fmt.Println(kinerja.Jenjang(0).IsValid(), kinerja.Pemula.IsValid())
	// Output:
	// false true
}

func ExampleJenjang_MarshalText() {
	b, _ := kinerja.AhliUtama.MarshalText()
	fmt.Println(string(b))
	// Output:
	// Ahli Utama
}

func ExampleJenjang_UnmarshalText() {
	var j kinerja.Jenjang
	err := j.UnmarshalText([]byte("terampil"))
	fmt.Println(j, err)
	// Output:
	// Terampil <nil>
}

func ExampleAngkaKredit() {
	// BKN's worked examples.
	ak, _ := kinerja.AngkaKredit(kinerja.AhliPertama, kinerja.SangatBaik, 12)
	fmt.Println(ak)
	ak, _ = kinerja.AngkaKredit(kinerja.AhliPertama, kinerja.Baik, 2)
	fmt.Println(ak)
	// Pemula: coefficient 3.75 (BKN's SIASN koefisien reference, id 52).
	ak, _ = kinerja.AngkaKredit(kinerja.Pemula, kinerja.Baik, 12)
	fmt.Println(ak)
	_, err := kinerja.AngkaKredit(kinerja.AhliPertama, kinerja.Baik, 13)
	fmt.Println(err)
	// Output:
	// 18.750
	// 2.083
	// 3.750
	// kinerja: bulan 13 outside 1–12: invalid input
}

func ExampleWithPlaces() {
	ak, _ := kinerja.AngkaKredit(kinerja.AhliPertama, kinerja.Baik, 2, kinerja.WithPlaces(2))
	fmt.Println(ak)
	// Output:
	// 2.08
}

func ExampleWithKoefisien() {
	// An instansi pembina that fixes its own coefficient.
	ak, _ := kinerja.AngkaKredit(kinerja.AhliMuda, kinerja.Baik, 6, kinerja.WithKoefisien(decimal.RequireFromString("30")))
	fmt.Println(ak)
	_, err := kinerja.AngkaKredit(kinerja.AhliMuda, kinerja.Baik, 6, kinerja.WithKoefisien(decimal.Zero))
	fmt.Println(errors.Is(err, kinerja.ErrInvalidInput))
	// Output:
	// 15.000
	// true
}

func ExampleWithRoundedPeriods() {
	// Three periods of two months at Baik, Ahli Pertama: 2.0833… each.
	periods := []kinerja.Periode{{Predikat: kinerja.Baik, Bulan: 2}, {Predikat: kinerja.Baik, Bulan: 2}, {Predikat: kinerja.Baik, Bulan: 2}}
	once, _ := kinerja.AngkaKreditTahunan(kinerja.AhliPertama, periods, kinerja.WithPlaces(2))
	each, _ := kinerja.AngkaKreditTahunan(kinerja.AhliPertama, periods, kinerja.WithPlaces(2), kinerja.WithRoundedPeriods())
	fmt.Println("rounded once (library default):", once)
	fmt.Println("rounded per period (BKN's worked examples):", each)
	// Output:
	// rounded once (library default): 6.25
	// rounded per period (BKN's worked examples): 6.24
}

func ExampleAngkaKreditOption() {
	opts := []kinerja.AngkaKreditOption{kinerja.WithPlaces(2)}
	ak, _ := kinerja.AngkaKredit(kinerja.Mahir, kinerja.SangatBaik, 1, opts...)
	fmt.Println(ak)
	// Output:
	// 1.56
}

func ExampleAngkaKreditTahunan() {
	ak, _ := kinerja.AngkaKreditTahunan(kinerja.AhliPertama, []kinerja.Periode{
		{Predikat: kinerja.Baik, Bulan: 5},
		{Predikat: kinerja.SangatBaik, Bulan: 7},
	})
	fmt.Println(ak)
	// Output:
	// 16.146
}

func ExamplePeriode() {
	p := kinerja.Periode{Predikat: kinerja.Baik, Bulan: 6}
	ak, _ := kinerja.AngkaKreditTahunan(kinerja.AhliMuda, []kinerja.Periode{p})
	fmt.Println(ak)
	// Output:
	// 12.500
}

func ExamplePattern() {
	for _, c := range kinerja.Pattern(kinerja.OrganisasiKurang) {
		fmt.Println(c)
	}
	// Output:
	// at least 60% Kurang/Misconduct
	// at least 10% Butuh Perbaikan
	// at most 10% Sangat Baik
}

func ExampleCheckDistribution() {
	counts := map[kinerja.Predikat]int{kinerja.SangatBaik: 8, kinerja.Baik: 2}
	fs, err := kinerja.CheckDistribution(kinerja.OrganisasiIstimewa, counts, kinerja.DistributionRules{})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, f := range fs {
		fmt.Println(f)
	}
	fmt.Println("all met:", fs.Met())
	// Output:
	// most Sangat Baik: 8 of 10 (80.0%): met
	// at most 70% Sangat Baik: 8 of 10 (80.0%): not met
	// all met: false
}

func ExampleDistributionRules() {
	// 141 of 201 is 70.149…%: above 70% exactly, 70% when rounded first.
	counts := map[kinerja.Predikat]int{kinerja.SangatBaik: 141, kinerja.Baik: 60}
	exact, _ := kinerja.CheckDistribution(kinerja.OrganisasiIstimewa, counts, kinerja.DistributionRules{})
	rounded, _ := kinerja.CheckDistribution(kinerja.OrganisasiIstimewa, counts, kinerja.DistributionRules{RoundShares: true, SharePlaces: 0})
	fmt.Println(exact.Met(), exact[1].Share)
	fmt.Println(rounded.Met(), rounded[1].Share) // shown at the places compared
	// Output:
	// false 70.1
	// true 70
}

func ExampleDistributionRules_majority() {
	counts := map[kinerja.Predikat]int{kinerja.Baik: 4, kinerja.SangatBaik: 3, kinerja.ButuhPerbaikan: 3}
	plain, _ := kinerja.CheckDistribution(kinerja.OrganisasiBaik, counts, kinerja.DistributionRules{})
	majority, _ := kinerja.CheckDistribution(kinerja.OrganisasiBaik, counts, kinerja.DistributionRules{Majority: true})
	fmt.Println(plain[0])
	fmt.Println(majority[0])
	// Output:
	// most Baik: 4 of 10 (40.0%): met
	// most Baik: 4 of 10 (40.0%): not met
}

func ExampleFindings_Unmet() {
	counts := map[kinerja.Predikat]int{kinerja.Baik: 9, kinerja.SangatBaik: 1}
	fs, _ := kinerja.CheckDistribution(kinerja.OrganisasiBaik, counts, kinerja.DistributionRules{})
	for _, f := range fs.Unmet() {
		fmt.Println(f.Clause, "→", f.Count, "of", f.Total)
	}
	// Output:
	// at most 70% Baik → 9 of 10
	// some Butuh Perbaikan or Kurang/Misconduct → 0 of 10
}

func ExampleFindings_Met() {
	counts := map[kinerja.Predikat]int{kinerja.Baik: 6, kinerja.SangatBaik: 2, kinerja.ButuhPerbaikan: 2}
	fs, _ := kinerja.CheckDistribution(kinerja.OrganisasiBaik, counts, kinerja.DistributionRules{})
	fmt.Println(fs.Met())
	// Output:
	// true
}

func ExampleFinding_String() {
	fs, _ := kinerja.CheckDistribution(kinerja.OrganisasiButuhPerbaikan, map[kinerja.Predikat]int{kinerja.ButuhPerbaikan: 2, kinerja.Baik: 1}, kinerja.DistributionRules{})
	fmt.Println(fs[0].String())
	// Output:
	// at least 60% Butuh Perbaikan: 2 of 3 (66.7%): met
}

func ExampleClause_String() {
	c := kinerja.Clause{Kind: kinerja.ClauseAtLeast, Predikat: []kinerja.Predikat{kinerja.Kurang, kinerja.ButuhPerbaikan}, Percent: 10}
	fmt.Println(c)
	// Output:
	// at least 10% Kurang/Misconduct or Butuh Perbaikan
}

func ExampleClauseKind_String() {
	fmt.Println(kinerja.ClauseMost, "|", kinerja.ClauseAtMost, "|", kinerja.ClauseNone)
	// Output:
	// most | at most | none
}

func ExampleClauseKind_IsValid() {
	fmt.Println(kinerja.ClauseKind(0).IsValid(), kinerja.ClauseSome.IsValid())
	// Output:
	// false true
}

func ExampleClauseKind_MarshalText() {
	b, _ := kinerja.ClauseAtLeast.MarshalText()
	fmt.Println(string(b))
	// Output:
	// at least
}

func ExampleClauseKind_UnmarshalText() {
	var k kinerja.ClauseKind
	err := k.UnmarshalText([]byte("at most"))
	fmt.Println(k == kinerja.ClauseAtMost, err)
	// Output:
	// true <nil>
}

func ExampleClauseKind_AppendText() {
	b, err := kinerja.ClauseSome.AppendText([]byte("kind: "))
	fmt.Println(string(b), err)
	// Output:
	// kind: some <nil>
}

func ExampleClauseKinds() {
	fmt.Println(kinerja.ClauseKinds())
	// Output:
	// [most at most at least some none]
}

func ExampleParseClauseKind() {
	k, err := kinerja.ParseClauseKind("AT_LEAST")
	fmt.Println(k, err)
	_, err = kinerja.ParseClauseKind("many")
	fmt.Println(err)
	// Output:
	// at least <nil>
	// kinerja: unknown clause kind "many"
}

func ExampleMustParseClauseKind() {
	fmt.Println(kinerja.MustParseClauseKind("none") == kinerja.ClauseNone)
	// Output:
	// true
}

func ExampleFindings_MarshalJSON() {
	fs, _ := kinerja.CheckDistribution(kinerja.OrganisasiButuhPerbaikan, map[kinerja.Predikat]int{kinerja.ButuhPerbaikan: 2, kinerja.Baik: 1}, kinerja.DistributionRules{})
	b, _ := json.Marshal(fs)
	fmt.Println(string(b))
	// Output:
	// [{"clause":"at least 60% Butuh Perbaikan","kind":"at least","predikat":["Butuh Perbaikan"],"percent":60,"count":2,"total":3,"share":"66.7","met":true},{"clause":"at most 10% Sangat Baik","kind":"at most","predikat":["Sangat Baik"],"percent":10,"count":0,"total":3,"share":"0.0","met":true}]
}

func ExampleDistributionRules_both() {
	rules := kinerja.DistributionRules{Majority: true, RoundShares: true, SharePlaces: 0}
	fs, err := kinerja.CheckDistribution(kinerja.OrganisasiIstimewa, map[kinerja.Predikat]int{kinerja.SangatBaik: 6, kinerja.Baik: 4}, rules)
	fmt.Println(fs.Met(), err)
	// Output:
	// true <nil>
}

func ExampleFinding() {
	fs, _ := kinerja.CheckDistribution(kinerja.OrganisasiSangatKurang, map[kinerja.Predikat]int{kinerja.SangatKurang: 9, kinerja.SangatBaik: 1}, kinerja.DistributionRules{})
	f := fs[2]
	fmt.Println(f.Clause.Kind, f.Count, f.Total, f.Share, f.Met)
	// Output:
	// none 1 10 10.0 false
}

func ExampleEkspektasi() {
	e := kinerja.Ekspektasi{Value: akhlak.Kolaboratif, Khusus: "Berbagi data antarunit", UmpanBalik: kinerja.DiAtasEkspektasi}
	fmt.Println(e.Value, "—", e.Khusus, "—", e.UmpanBalik)
	// Output:
	// Kolaboratif — Berbagi data antarunit — Di Atas Ekspektasi
}

func ExampleParseError_Error() {
	_, err := kinerja.ParseRating(strings.Repeat("x", 100))
	fmt.Println(err, errors.Is(err, kinerja.ErrUnknownRating))
	// Output:
	// kinerja: unknown rating "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"… (100 bytes) true
}

func ExampleParseError_Unwrap() {
	_, err := kinerja.ParsePredikatOrganisasi("Luar Biasa")
	var pe *kinerja.ParseError
	errors.As(err, &pe)
	fmt.Println(pe.Unwrap() == kinerja.ErrUnknownPredikatOrganisasi)
	// Output:
	// true
}

func ExampleFinding_MarshalJSON() {
	fs, _ := kinerja.CheckDistribution(kinerja.OrganisasiIstimewa, map[kinerja.Predikat]int{kinerja.SangatBaik: 7004, kinerja.Baik: 2996}, kinerja.DistributionRules{})
	b, _ := json.Marshal(fs[1])
	fmt.Println(string(b))
	// Output:
	// {"clause":"at most 70% Sangat Baik","kind":"at most","predikat":["Sangat Baik"],"percent":70,"count":7004,"total":10000,"share":"70.04","met":false}
}

func ExampleNewPerilakuKerja() {
	var items []kinerja.Ekspektasi
	for _, v := range akhlak.Values() {
		items = append(items, kinerja.Ekspektasi{Value: v})
	}
	items[5].Khusus = "Mengusulkan satu inovasi layanan per triwulan"
	items[5].UmpanBalik = kinerja.DiAtasEkspektasi

	pk, err := kinerja.NewPerilakuKerja(kinerja.SesuaiEkspektasi, items)
	fmt.Println(pk.Rating(), err)
	e := pk.Ekspektasi(akhlak.Adaptif)
	fmt.Println(e.Khusus, "—", e.UmpanBalik)

	_, err = kinerja.NewPerilakuKerja(kinerja.SesuaiEkspektasi, items[:6])
	fmt.Println(err)
	// Output:
	// Sesuai Ekspektasi <nil>
	// Mengusulkan satu inovasi layanan per triwulan — Di Atas Ekspektasi
	// kinerja: perilaku kerja: no entry for Kolaboratif: invalid input
}

func ExamplePerilakuKerja_Items() {
	var items []kinerja.Ekspektasi
	for _, v := range akhlak.Values() {
		items = append(items, kinerja.Ekspektasi{Value: v})
	}
	pk, _ := kinerja.NewPerilakuKerja(kinerja.DiAtasEkspektasi, items)
	fmt.Println(len(pk.Items()), pk.Items()[0].Value, pk.IsValid())
	// Output:
	// 7 Berorientasi Pelayanan true
}

func ExamplePerilakuKerja_Rating() {
	var pk kinerja.PerilakuKerja
	fmt.Println(pk.Rating(), pk.IsValid())
	// Output:
	// kinerja.Rating(0) false
}

func ExamplePerilakuKerja_Ekspektasi() {
	var items []kinerja.Ekspektasi
	for _, v := range akhlak.Values() {
		items = append(items, kinerja.Ekspektasi{Value: v, Khusus: "Target " + v.Code()})
	}
	pk, _ := kinerja.NewPerilakuKerja(kinerja.SesuaiEkspektasi, items)
	fmt.Println(pk.Ekspektasi(akhlak.Loyal).Khusus)
	// Output:
	// Target LO
}

func ExamplePerilakuKerja_IsValid() {
	fmt.Println(kinerja.PerilakuKerja{}.IsValid())
	// Output:
	// false
}

func ExampleParseError() {
	_, err := kinerja.ParseJenjang("Ahli Senior")
	var pe *kinerja.ParseError
	if errors.As(err, &pe) {
		fmt.Printf("%q: %v\n", pe.Input, pe.Err)
	}
	// Output:
	// "Ahli Senior": unknown jenjang
}
