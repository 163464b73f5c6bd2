package siasn_test

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/go-asn/berakhlak/kinerja"
	"github.com/go-asn/berakhlak/kinerja/siasn"
)

func ExampleRatingCode() {
	c, err := siasn.RatingCode(kinerja.DiAtasEkspektasi)
	fmt.Println(c, err)
	// Output:
	// 1 <nil>
}

func ExampleParseRatingCode() {
	r, err := siasn.ParseRatingCode("3")
	fmt.Println(r, err)
	_, err = siasn.ParseRatingCode("4")
	fmt.Println(err, errors.Is(err, siasn.ErrUnknownCode))
	// Output:
	// Di Bawah Ekspektasi <nil>
	// siasn: perilakuDanKinerja: unknown code "4" true
}

func ExampleKuadranCode() {
	c, _ := siasn.KuadranCode(kinerja.Kurang)
	fmt.Println(c)
	// Output:
	// 4
}

func ExampleParseKuadranCode() {
	for _, c := range []siasn.Kuadran{"1", "2", "3", "4", "5"} {
		p, _ := siasn.ParseKuadranCode(c)
		fmt.Println(c, p)
	}
	// Output:
	// 1 Sangat Baik
	// 2 Baik
	// 3 Butuh Perbaikan
	// 4 Kurang/Misconduct
	// 5 Sangat Kurang
}

func ExampleKoefisienID() {
	id, _ := siasn.KoefisienID(kinerja.Pemula)
	fmt.Println(id)
	// Output:
	// 52
}

func ExampleParseKoefisienID() {
	j, _ := siasn.ParseKoefisienID("52")
	k, _ := j.Koefisien()
	fmt.Println(j, k.StringFixed(2))
	// Output:
	// Pemula 3.75
}

func ExampleAllPeriodik() {
	for _, p := range siasn.AllPeriodik() {
		id, _ := siasn.PeriodikID(p)
		fmt.Println(id, p)
	}
	// Output:
	// 1 bulanan
	// 2 triwulan
}

func ExampleParsePeriodik() {
	p, err := siasn.ParsePeriodik("Triwulan")
	fmt.Println(p, err)
	_, err = siasn.ParsePeriodik("tahunan")
	fmt.Println(err)
	// Output:
	// triwulan <nil>
	// siasn: unknown periodik "tahunan"
}

func ExampleMustParsePeriodik() {
	fmt.Println(siasn.MustParsePeriodik("BULANAN") == siasn.Bulanan)
	// Output:
	// true
}

func ExamplePeriodikID() {
	id, _ := siasn.PeriodikID(siasn.Triwulan)
	fmt.Println(id)
	// Output:
	// 2
}

func ExampleParsePeriodikID() {
	p, _ := siasn.ParsePeriodikID("1")
	fmt.Println(p)
	// Output:
	// bulanan
}

func ExamplePeriodik() {
	b, _ := json.Marshal(map[string]siasn.Periodik{"periodik": siasn.Triwulan})
	fmt.Println(string(b), siasn.Periodik(0).IsValid())
	// Output:
	// {"periodik":"triwulan"} false
}

func ExamplePeriodik_AppendText() {
	b, _ := siasn.Bulanan.AppendText([]byte("periodik: "))
	fmt.Println(string(b))
	// Output:
	// periodik: bulanan
}

func ExamplePeriodik_UnmarshalText() {
	var p siasn.Periodik
	err := p.UnmarshalText([]byte("quarterly"))
	fmt.Println(p, err)
	// Output:
	// triwulan <nil>
}

func ExampleNewSKP() {
	s, err := siasn.NewSKP(kinerja.DiAtasEkspektasi, kinerja.DiBawahEkspektasi, 2024)
	if err != nil {
		fmt.Println(err)
		return
	}
	s.PNSDinilaiOrang = "contoh-pns-0001"
	s.Penilai = siasn.Penilai{Nama: "Penilai Contoh", NipNrp: "000000000000000001", Status: "ASN"}
	b, _ := json.Marshal(s)
	fmt.Println(s.Predikat())
	fmt.Println(string(b))
	// Output:
	// Kurang/Misconduct
	// {"hasilKinerjaNilai":1,"id":"","kuadranKinerjaNilai":4,"penilaiGolongan":"","penilaiJabatan":"","penilaiNama":"Penilai Contoh","penilaiNipNrp":"000000000000000001","penilaiUnorNama":"","perilakuKerjaNilai":3,"pnsDinilaiOrang":"contoh-pns-0001","statusPenilai":"ASN","tahun":2024}
}

func ExampleSKP_UnmarshalJSON() {
	var s siasn.SKP
	err := json.Unmarshal([]byte(`{"tahun":"2024","hasilKinerjaNilai":"2","PerilakuKerjaNilai":2.0,"kuadranKinerjaNilai":2,"namaPenilai":"Penilai Contoh"}`), &s)
	fmt.Println(s.HasilKinerja(), "/", s.PerilakuKerja(), "→", s.Predikat(), s.Tahun(), s.Penilai.Nama, err)
	err = json.Unmarshal([]byte(`{"tahun":2024,"hasilKinerjaNilai":1,"perilakuKerjaNilai":3,"kuadranKinerjaNilai":3}`), &s)
	fmt.Println(errors.Is(err, siasn.ErrInconsistent))
	// Output:
	// Sesuai Ekspektasi / Sesuai Ekspektasi → Baik 2024 Penilai Contoh <nil>
	// true
}

func ExampleNewKinerjaPeriodik() {
	k, err := siasn.NewKinerjaPeriodik(kinerja.SesuaiEkspektasi, kinerja.SesuaiEkspektasi, kinerja.AhliPertama, siasn.Bulanan, 2024, 2, 3)
	if err != nil {
		fmt.Println(err)
		return
	}
	mulai, selesai := k.Bulan()
	ak, _ := k.AngkaKredit(kinerja.WithPlaces(2))
	fmt.Println(k.Jenjang(), k.Periodik(), mulai, selesai, k.Predikat(), ak)
	_, err = siasn.NewKinerjaPeriodik(kinerja.SesuaiEkspektasi, kinerja.SesuaiEkspektasi, kinerja.AhliPertama, siasn.Triwulan, 2024, 6, 4)
	fmt.Println(err)
	// Output:
	// Ahli Pertama bulanan 2 3 Baik 2.08
	// siasn: bulanMulaiPenilaian 6 is after bulanSelesaiPenilaian 4: inconsistent record
}

func ExampleKinerjaPeriodik_MarshalJSON() {
	k, _ := siasn.NewKinerjaPeriodik(kinerja.DiAtasEkspektasi, kinerja.DiAtasEkspektasi, kinerja.Pemula, siasn.Triwulan, 2024, 1, 3)
	b, _ := json.Marshal(k)
	fmt.Println(string(b))
	// Output:
	// {"bulanMulaiPenilaian":1,"bulanSelesaiPenilaian":3,"hasilKinerjaNilai":1,"id":"","koefisienId":"52","kuadranKinerjaNilai":1,"penilaiGolongan":"","penilaiJabatanNama":"","penilaiNama":"","penilaiNipNrp":"","penilaiUnorNama":"","perilakuKerjaNilai":1,"periodikId":"2","pnsDinilaiId":"","statusPenilai":"","tahun":2024,"tahunMulaiPenilaian":2024,"tahunSelesaiPenilaian":2024}
}

func ExampleKinerjaPeriodik_UnmarshalJSON() {
	var k siasn.KinerjaPeriodik
	err := json.Unmarshal([]byte(`{"tahun":2024,"bulanMulaiPenilaian":"4","bulanSelesaiPenilaian":"6","periodikId":2,"koefisenId":"62","hasilKinerjaNilai":1,"perilakuKerjaNilai":1,"kuadranKinerjaNilai":1}`), &k)
	fmt.Println(k.Jenjang(), k.Periodik(), k.Predikat(), err)
	// Output:
	// Terampil triwulan Sangat Baik <nil>
}

func ExampleRiwayatSKP_Check() {
	// A record posted by a client that keyed its lookup perilaku-first.
	var r siasn.RiwayatSKP
	_ = json.Unmarshal([]byte(`{"hasilKinerjaNilai":"3","PerilakuKerjaNilai":"1","KuadranKinerjaNilai":"4","tahun":"2023"}`), &r)
	for _, f := range r.Check() {
		fmt.Println(f)
	}
	// Output:
	// KuadranKinerjaNilai: kuadran swapped: stored 4, expected 3
}

func ExampleRiwayatSKP_MarshalJSON() {
	r := siasn.RiwayatSKP{ID: "contoh", Tahun: 2023, HasilKinerjaNilai: "2", PerilakuKerjaNilai: "2", KuadranKinerjaNilai: "2"}
	b, _ := json.Marshal(r)
	fmt.Println(string(b))
	// Output:
	// {"id":"contoh","hasilKinerja":"","hasilKinerjaNilai":2,"kuadranKinerja":"","KuadranKinerjaNilai":2,"namaPenilai":"","nipNrpPenilai":"","penilaiGolonganId":"","penilaiJabatanNm":"","penilaiUnorNm":"","perilakuKerja":"","PerilakuKerjaNilai":2,"pnsDinilaiId":"","statusPenilai":"","tahun":2023}
}

func ExampleRiwayatKinerjaPeriodik_Check() {
	r := siasn.RiwayatKinerjaPeriodik{
		Jabatan: "Pranata Komputer Ahli Pertama", KoefisienID: "22", PeriodikID: siasn.Bulanan, Tahun: 2024,
		BulanMulaiPenilaian: 5, BulanSelesaiPenilaian: 13,
		HasilKinerjaNilai: "3", PerilakuKerjaNilai: "3", KuadranKinerjaNilai: "3",
	}
	for _, f := range r.Check() {
		fmt.Println(f)
	}
	// Output:
	// kuadranKinerjaNilai: kuadran max: stored 3, expected 5
	// bulanSelesaiPenilaian: bulan out of range: stored 13
	// koefisenId: koefisien mismatch: stored 22, expected 12
}

func ExampleRiwayatKinerjaPeriodik_UnmarshalJSON() {
	var r siasn.RiwayatKinerjaPeriodik
	err := json.Unmarshal([]byte(`{"koefisenId":"52","namaPenilai":"Penilai Contoh","bulanMulaiPenilaian":"7"}`), &r)
	fmt.Println(r.KoefisienID, r.NamaPenilai, r.BulanMulaiPenilaian, err)
	// Output:
	// 52 Penilai Contoh 7 <nil>
}

func ExampleFinding_MarshalJSON() {
	r := siasn.RiwayatSKP{HasilKinerjaNilai: "3", PerilakuKerjaNilai: "3", KuadranKinerjaNilai: "3"}
	b, _ := json.Marshal(r.Check())
	fmt.Println(string(b))
	// Output:
	// [{"kind":"kuadran max","field":"KuadranKinerjaNilai","stored":"3","expected":"5"}]
}

func ExampleFindingKinds() {
	for _, k := range siasn.FindingKinds() {
		fmt.Println(k)
	}
	// Output:
	// kuadran mismatch
	// kuadran swapped
	// kuadran max
	// kuadran swapped or max
	// unknown code
	// bulan out of range
	// period reversed
	// koefisien mismatch
	// angka kredit mismatch
	// konversi split
	// invalid figure
}

func ExampleParseFindingKind() {
	k, err := siasn.ParseFindingKind("KUADRAN_SWAPPED")
	fmt.Println(k == siasn.FindingKuadranSwapped, err)
	// Output:
	// true <nil>
}

func ExampleMustParseFindingKind() {
	fmt.Println(siasn.MustParseFindingKind("kuadran max"))
	// Output:
	// kuadran max
}

func ExampleCodeError() {
	_, err := siasn.ParseKoefisienID("99")
	var ce *siasn.CodeError
	if errors.As(err, &ce) {
		fmt.Println(ce.Field, ce.Code)
	}
	// Output:
	// koefisien 99
}

func ExampleFieldError() {
	var r siasn.RiwayatSKP
	err := json.Unmarshal([]byte(`{"tahun": "dua ribu"}`), &r)
	var fe *siasn.FieldError
	fmt.Println(errors.As(err, &fe), fe.Field, errors.Is(err, siasn.ErrInvalidField))
	fmt.Println(err)
	// Output:
	// true tahun true
	// siasn: tahun: invalid field "\"dua ribu\"": want a whole number
}

func ExampleParseError() {
	_, err := siasn.ParsePeriodik("semesteran")
	var pe *siasn.ParseError
	fmt.Println(errors.As(err, &pe), pe.Input)
	// Output:
	// true semesteran
}
