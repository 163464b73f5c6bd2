package kinerja_test

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/go-asn/berakhlak/figure"
	"github.com/go-asn/berakhlak/kinerja"
	"github.com/go-asn/berakhlak/survey"
)

func ExampleGolongan() {
	g := kinerja.IIIa
	fmt.Println(g, g.Pangkat(), g >= kinerja.IIIa, g < kinerja.IVa)
	// Output:
	// III/a Penata Muda true true
}

func ExampleAllGolongan() {
	for _, g := range kinerja.AllGolongan() {
		fmt.Printf("%-5s %s\n", g, g.Pangkat())
	}
	// Output:
	// II/a  Pengatur Muda
	// II/b  Pengatur Muda Tingkat I
	// II/c  Pengatur
	// II/d  Pengatur Tingkat I
	// III/a Penata Muda
	// III/b Penata Muda Tingkat I
	// III/c Penata
	// III/d Penata Tingkat I
	// IV/a  Pembina
	// IV/b  Pembina Tingkat I
	// IV/c  Pembina Utama Muda
	// IV/d  Pembina Utama Madya
	// IV/e  Pembina Utama
}

func ExampleParseGolongan() {
	for _, s := range []string{"III/a", "III-a", "IIIa", "3a", "Penata Muda Tk. I", "Pembina (IV/a)", "Gol. IV/e"} {
		g, err := kinerja.ParseGolongan(s)
		fmt.Println(g, err)
	}
	_, err := kinerja.ParseGolongan("Penata, III/a") // the pangkat of III/a is Penata Muda
	fmt.Println(err, errors.Is(err, kinerja.ErrUnknownGolongan))
	// Output:
	// III/a <nil>
	// III/a <nil>
	// III/a <nil>
	// III/a <nil>
	// III/b <nil>
	// IV/a <nil>
	// IV/e <nil>
	// kinerja: unknown golongan "Penata, III/a" true
}

func ExampleMustParseGolongan() {
	fmt.Println(kinerja.MustParseGolongan("4b"))
	// Output: IV/b
}

func ExampleGolongan_String() {
	fmt.Println(kinerja.IVe.String(), kinerja.Golongan(0).String())
	// Output: IV/e kinerja.Golongan(0)
}

func ExampleGolongan_Pangkat() {
	fmt.Println(kinerja.IIId.Pangkat())
	// Output: Penata Tingkat I
}

func ExampleGolongan_Jenjang() {
	fmt.Println(kinerja.IIIa.Jenjang(), kinerja.IVb.Jenjang())
	// Output: [Ahli Pertama Mahir] [Ahli Madya]
}

func ExampleGolongan_IsValid() {
	fmt.Println(kinerja.IIa.IsValid(), kinerja.Golongan(0).IsValid())
	// Output: true false
}

func ExampleGolongan_AppendText() {
	b, err := kinerja.IIIc.AppendText([]byte("golongan: "))
	fmt.Println(string(b), err)
	// Output: golongan: III/c <nil>
}

func ExampleGolongan_MarshalText() {
	b, _ := json.Marshal(struct{ Golongan kinerja.Golongan }{kinerja.IVa})
	fmt.Println(string(b))
	// Output: {"Golongan":"IV/a"}
}

func ExampleGolongan_UnmarshalText() {
	var v struct{ Golongan kinerja.Golongan }
	err := json.Unmarshal([]byte(`{"Golongan":"Penata Muda Tingkat I"}`), &v)
	fmt.Println(v.Golongan, err)
	// Output: III/b <nil>
}

func ExampleKenaikan() {
	for _, k := range kinerja.AllKenaikan() {
		fmt.Println(k)
	}
	// Output:
	// Kenaikan Pangkat
	// Kenaikan Jenjang
}

func ExampleAllKenaikan() {
	fmt.Println(kinerja.AllKenaikan())
	// Output: [Kenaikan Pangkat Kenaikan Jenjang]
}

func ExampleParseKenaikan() {
	k, err := kinerja.ParseKenaikan("kenaikan_jenjang")
	fmt.Println(k, err)
	k, err = kinerja.ParseKenaikan("PANGKAT")
	fmt.Println(k, err)
	// Output:
	// Kenaikan Jenjang <nil>
	// Kenaikan Pangkat <nil>
}

func ExampleMustParseKenaikan() {
	fmt.Println(kinerja.MustParseKenaikan("Kenaikan Pangkat") == kinerja.KenaikanPangkat)
	// Output: true
}

func ExampleKenaikan_String() {
	fmt.Println(kinerja.KenaikanJenjang.String(), kinerja.Kenaikan(9).String())
	// Output: Kenaikan Jenjang kinerja.Kenaikan(9)
}

func ExampleKenaikan_IsValid() {
	fmt.Println(kinerja.KenaikanPangkat.IsValid(), kinerja.Kenaikan(0).IsValid())
	// Output: true false
}

func ExampleKenaikan_AppendText() {
	b, err := kinerja.KenaikanPangkat.AppendText(nil)
	fmt.Println(string(b), err)
	// Output: Kenaikan Pangkat <nil>
}

func ExampleKenaikan_MarshalText() {
	b, err := kinerja.KenaikanJenjang.MarshalText()
	fmt.Println(string(b), err)
	// Output: Kenaikan Jenjang <nil>
}

func ExampleKenaikan_UnmarshalText() {
	var k kinerja.Kenaikan
	err := k.UnmarshalText([]byte("jenjang"))
	fmt.Println(k, err)
	// Output: Kenaikan Jenjang <nil>
}

func ExampleJenjang_Golongan() {
	fmt.Println(kinerja.AhliMadya.Golongan(), kinerja.Pemula.Golongan())
	// Output: [IV/a IV/b IV/c] [II/a]
}

func ExampleJenjang_NilaiDasar() {
	nd, err := kinerja.AhliMadya.NilaiDasar()
	fmt.Println(nd, err)
	_, err = kinerja.Terampil.NilaiDasar()
	fmt.Println(err)
	fmt.Println(errors.Is(err, kinerja.ErrNotPublished), errors.Is(err, survey.ErrNoFigure))
	// Output:
	// 400 <nil>
	// kinerja: the nilai dasar of Terampil (keterampilan) is not published: not published: no figure
	// true true
}

func ExampleAngkaKreditMinimal() {
	for _, g := range kinerja.AhliMadya.Golongan() {
		ak, err := kinerja.AngkaKreditMinimal(kinerja.AhliMadya, g, kinerja.KenaikanPangkat)
		fmt.Println(g, ak, err)
	}
	ak, err := kinerja.AngkaKreditMinimal(kinerja.AhliMadya, kinerja.IVc, kinerja.KenaikanJenjang)
	fmt.Println(ak, err)
	_, err = kinerja.AngkaKreditMinimal(kinerja.AhliMadya, kinerja.IIIa, kinerja.KenaikanPangkat)
	fmt.Println(err)
	// Output:
	// IV/a 150 <nil>
	// IV/b 300 <nil>
	// IV/c invalid Figure kinerja: golongan IV/c is the highest of jenjang Ahli Madya: its next pangkat comes with the kenaikan jenjang to Ahli Utama: no such kenaikan: no figure
	// 450 <nil>
	// kinerja: golongan III/a is not one of jenjang Ahli Madya (IV/a–IV/c): invalid input
}

func ExampleCheckKenaikan() {
	e, err := kinerja.CheckKenaikan(kinerja.AhliMuda, kinerja.IIIc, figure.MustParse("120.500"))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, r := range e.Requirements() {
		fmt.Println(r.Kenaikan, "needs", r.Needed, "met:", r.Met, "missing:", r.Missing)
	}
	// Output:
	// Kenaikan Pangkat needs 100 met: true missing: 0.000
	// Kenaikan Jenjang needs 200 met: false missing: 79.500
}

func ExampleEligibility() {
	e, _ := kinerja.CheckKenaikan(kinerja.AhliMadya, kinerja.IVb, figure.MustParse("150.63"))
	fmt.Println(e)
	// Output: Ahli Madya IV/b, angka kredit 150.63: Kenaikan Pangkat to IV/c: needs 300, missing 149.37; Kenaikan Jenjang to Ahli Utama: needs 450, missing 299.37
}

func ExampleEligibility_Requirement() {
	e, _ := kinerja.CheckKenaikan(kinerja.AhliUtama, kinerja.IVd, figure.MustParse("210.000"))
	r, err := e.Requirement(kinerja.KenaikanPangkat)
	fmt.Println(r, err)
	_, err = e.Requirement(kinerja.KenaikanJenjang)
	fmt.Println(errors.Is(err, kinerja.ErrNoKenaikan), err)
	// Output:
	// Kenaikan Pangkat to IV/e: needs 200, met <nil>
	// true kinerja: jenjang Ahli Utama (golongan IV/d) is the highest jenjang: no such kenaikan: no figure
}

func ExampleEligibility_Requirements() {
	e, _ := kinerja.CheckKenaikan(kinerja.Penyelia, kinerja.IIId, figure.MustParse("150.000"))
	fmt.Println(len(e.Requirements()), e)
	// Output: 0 Penyelia III/d, angka kredit 150.000: no kenaikan
}

func ExampleEligibility_AngkaKredit() {
	e, _ := kinerja.CheckKenaikan(kinerja.Mahir, kinerja.IIIa, figure.MustParse("37.5"))
	fmt.Println(e.Jenjang(), e.Golongan(), e.AngkaKredit())
	// Output: Mahir III/a 37.5
}

func ExampleEligibility_Jenjang() {
	e, _ := kinerja.CheckKenaikan(kinerja.Terampil, kinerja.IIc, figure.MustParse("45"))
	fmt.Println(e.Jenjang())
	// Output: Terampil
}

func ExampleEligibility_Golongan() {
	e, _ := kinerja.CheckKenaikan(kinerja.Terampil, kinerja.IIc, figure.MustParse("45"))
	fmt.Println(e.Golongan(), e.Golongan().Pangkat())
	// Output: II/c Pengatur
}

func ExampleEligibility_IsValid() {
	var zero kinerja.Eligibility
	e, _ := kinerja.CheckKenaikan(kinerja.Pemula, kinerja.IIa, figure.MustParse("3.750"))
	fmt.Println(zero.IsValid(), e.IsValid())
	// Output: false true
}

func ExampleEligibility_Equal() {
	a, _ := kinerja.CheckKenaikan(kinerja.AhliPertama, kinerja.IIIa, figure.MustParse("50"))
	b, _ := kinerja.CheckKenaikan(kinerja.AhliPertama, kinerja.IIIa, figure.MustParse("50.0"))
	fmt.Println(a.Equal(a), a.Equal(b)) // 50 and 50.0 are different figures
	// Output: true false
}

func ExampleEligibility_String() {
	e, _ := kinerja.CheckKenaikan(kinerja.Pemula, kinerja.IIa, figure.MustParse("16.250"))
	fmt.Println(e.String())
	// Output: Pemula II/a, angka kredit 16.250: Kenaikan Jenjang to Terampil: needs 15, met
}

func ExampleRequirement() {
	e, _ := kinerja.CheckKenaikan(kinerja.AhliPertama, kinerja.IIIa, figure.MustParse("37.500"))
	r, _ := e.Requirement(kinerja.KenaikanPangkat)
	fmt.Println(r.Kenaikan, r.Jenjang, r.Golongan, r.Needed, r.Missing, r.Met)
	// Output: Kenaikan Pangkat Ahli Pertama III/b 50 12.500 false
}

func ExampleRequirement_String() {
	e, _ := kinerja.CheckKenaikan(kinerja.AhliPertama, kinerja.IIIb, figure.MustParse("100.000"))
	r, _ := e.Requirement(kinerja.KenaikanJenjang)
	fmt.Println(r.String())
	// Output: Kenaikan Jenjang to Ahli Muda: needs 100, met
}

func ExampleRequirement_Equal() {
	e, _ := kinerja.CheckKenaikan(kinerja.AhliPertama, kinerja.IIIa, figure.MustParse("10"))
	a, _ := e.Requirement(kinerja.KenaikanPangkat)
	b, _ := e.Requirement(kinerja.KenaikanJenjang)
	fmt.Println(a.Equal(a), a.Equal(b))
	// Output: true false
}

func ExampleAngkaKreditIntegrasi() {
	// An agency PAK form: Ahli Madya IV/b, the last PAK of the old system
	// 550.63.
	ak, err := kinerja.AngkaKreditIntegrasi(figure.MustParse("550.63"), kinerja.AhliMadya, kinerja.IVb)
	fmt.Println(ak, err)
	// A published form wrote 287.300 for this one.
	ak, err = kinerja.AngkaKreditIntegrasi(figure.MustParse("287.500"), kinerja.AhliMuda, kinerja.IIIc)
	fmt.Println(ak, err)
	_, err = kinerja.AngkaKreditIntegrasi(figure.MustParse("80"), kinerja.Mahir, kinerja.IIIa)
	fmt.Println(err)
	// Output:
	// 150.63 <nil>
	// 87.500 <nil>
	// kinerja: integrasi of Mahir III/a: the nilai dasar of keterampilan is not published: not published: no figure
}

func ExamplePenilaian() {
	p := kinerja.Penilaian{Tahun: 2024, BulanMulai: 1, BulanSelesai: 6, Jenjang: kinerja.AhliMuda, Predikat: kinerja.SangatBaik}
	a, _ := kinerja.Accumulate([]kinerja.Penilaian{p})
	fmt.Println(p.Bulan(), a.Total())
	// Output: 6 18.750
}

func ExamplePenilaian_Bulan() {
	p := kinerja.Penilaian{Tahun: 2024, BulanMulai: 4, BulanSelesai: 6}
	fmt.Println(p.Bulan())
	// Output: 3
}

func ExampleAccumulate() {
	// Ahli Muda, Baik, three years (Peraturan BKN 3/2023 lampiran).
	var periode []kinerja.Penilaian
	for tahun := 2023; tahun <= 2025; tahun++ {
		periode = append(periode, kinerja.Penilaian{Tahun: tahun, BulanMulai: 1, BulanSelesai: 12, Jenjang: kinerja.AhliMuda, Predikat: kinerja.Baik})
	}
	a, err := kinerja.Accumulate(periode)
	fmt.Println(a.Total(), err)

	// BKN's slides round each period: 18.75 + 2.08 = 20.83.
	a, _ = kinerja.Accumulate([]kinerja.Penilaian{
		{Tahun: 2023, BulanMulai: 1, BulanSelesai: 12, Jenjang: kinerja.AhliPertama, Predikat: kinerja.SangatBaik},
		{Tahun: 2024, BulanMulai: 1, BulanSelesai: 2, Jenjang: kinerja.AhliPertama, Predikat: kinerja.Baik},
	}, kinerja.WithRoundedPeriods(), kinerja.WithPlaces(2))
	fmt.Println(a.Total())
	// Output:
	// 75.000 <nil>
	// 20.83
}

func ExampleWithStart() {
	integrasi, _ := kinerja.AngkaKreditIntegrasi(figure.MustParse("550.63"), kinerja.AhliMadya, kinerja.IVb)
	a, _ := kinerja.Accumulate([]kinerja.Penilaian{
		{Tahun: 2023, BulanMulai: 1, BulanSelesai: 12, Jenjang: kinerja.AhliMadya, Predikat: kinerja.SangatBaik},
	}, kinerja.WithStart(integrasi))
	e, _ := kinerja.CheckKenaikan(a.Jenjang(), kinerja.IVb, a.Total())
	fmt.Println(e)
	// Output: Ahli Madya IV/b, angka kredit 206.880: Kenaikan Pangkat to IV/c: needs 300, missing 93.120; Kenaikan Jenjang to Ahli Utama: needs 450, missing 243.120
}

func ExampleWithCarriedExcess() {
	// Nine years at Terampil, Sangat Baik: 9 × 7.5 = 67.5, 7.5 above the
	// 60 of its kenaikan jenjang; then a year at Mahir, Baik: 12.5.
	var periode []kinerja.Penilaian
	for tahun := 2023; tahun <= 2032; tahun++ {
		j, p := kinerja.Terampil, kinerja.SangatBaik
		if tahun == 2032 {
			j, p = kinerja.Mahir, kinerja.Baik
		}
		periode = append(periode, kinerja.Penilaian{Tahun: tahun, BulanMulai: 1, BulanSelesai: 12, Jenjang: j, Predikat: p})
	}
	reset, _ := kinerja.Accumulate(periode) // library default: a kenaikan jenjang starts at 0
	carried, _ := kinerja.Accumulate(periode, kinerja.WithCarriedExcess())
	fmt.Println(reset.Total(), carried.Total())
	// Output: 12.500 20.000
}

func ExampleAccumulation() {
	a, _ := kinerja.Accumulate([]kinerja.Penilaian{
		{Tahun: 2024, BulanMulai: 1, BulanSelesai: 12, Jenjang: kinerja.AhliPertama, Predikat: kinerja.SangatBaik},
		{Tahun: 2025, BulanMulai: 1, BulanSelesai: 12, Jenjang: kinerja.AhliMuda, Predikat: kinerja.Baik},
	})
	for _, s := range a.Steps() {
		fmt.Println(s.Penilaian.Tahun, s.Penilaian.Jenjang, s.AngkaKredit, s.Kumulatif, s.KenaikanJenjang)
	}
	// Output:
	// 2024 Ahli Pertama 18.750 18.750 false
	// 2025 Ahli Muda 25.000 25.000 true
}

func ExampleAccumulation_Steps() {
	a, _ := kinerja.Accumulate([]kinerja.Penilaian{
		{Tahun: 2024, BulanMulai: 7, BulanSelesai: 12, Jenjang: kinerja.AhliMuda, Predikat: kinerja.Baik},
		{Tahun: 2024, BulanMulai: 1, BulanSelesai: 6, Jenjang: kinerja.AhliMuda, Predikat: kinerja.ButuhPerbaikan},
	})
	for _, s := range a.Steps() { // in the order of the months
		fmt.Println(s.Penilaian.BulanMulai, s.Penilaian.Predikat, s.AngkaKredit, s.Kumulatif)
	}
	// Output:
	// 1 Butuh Perbaikan 9.375 9.375
	// 7 Baik 12.500 21.875
}

func ExampleAccumulation_Total() {
	a, _ := kinerja.Accumulate([]kinerja.Penilaian{
		{Tahun: 2024, BulanMulai: 1, BulanSelesai: 2, Jenjang: kinerja.AhliPertama, Predikat: kinerja.Baik},
		{Tahun: 2024, BulanMulai: 3, BulanSelesai: 4, Jenjang: kinerja.AhliPertama, Predikat: kinerja.Baik},
		{Tahun: 2024, BulanMulai: 5, BulanSelesai: 6, Jenjang: kinerja.AhliPertama, Predikat: kinerja.Baik},
	}, kinerja.WithPlaces(2))
	fmt.Println(a.Total()) // 6.24 with WithRoundedPeriods
	// Output: 6.25
}

func ExampleAccumulation_Jenjang() {
	a, _ := kinerja.Accumulate([]kinerja.Penilaian{
		{Tahun: 2024, BulanMulai: 1, BulanSelesai: 12, Jenjang: kinerja.Pemula, Predikat: kinerja.SangatBaik},
		{Tahun: 2025, BulanMulai: 1, BulanSelesai: 12, Jenjang: kinerja.Terampil, Predikat: kinerja.Baik},
	})
	fmt.Println(a.Jenjang(), a.Total())
	// Output: Terampil 5.000
}

func ExampleAccumulation_IsValid() {
	var zero kinerja.Accumulation
	_, err := kinerja.Accumulate(nil)
	fmt.Println(zero.IsValid(), err)
	// Output: false kinerja: no periods: invalid input
}

func ExampleAccumulation_Equal() {
	p := []kinerja.Penilaian{{Tahun: 2024, BulanMulai: 1, BulanSelesai: 12, Jenjang: kinerja.Mahir, Predikat: kinerja.Baik}}
	a, _ := kinerja.Accumulate(p)
	b, _ := kinerja.Accumulate(p, kinerja.WithPlaces(2))
	fmt.Println(a.Equal(a), a.Equal(b))
	// Output: true false
}

func ExampleStep() {
	a, _ := kinerja.Accumulate([]kinerja.Penilaian{
		{Tahun: 2024, BulanMulai: 1, BulanSelesai: 12, Jenjang: kinerja.AhliMuda, AngkaKredit: figure.MustParse("25.000")},
	})
	s := a.Steps()[0]
	fmt.Println(s.AngkaKredit, s.Kumulatif, s.KenaikanJenjang)
	// Output: 25.000 25.000 false
}
