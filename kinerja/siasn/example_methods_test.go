package siasn_test

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/go-asn/berakhlak/kinerja"
	"github.com/go-asn/berakhlak/kinerja/siasn"
)

func ExampleCodeError_Error() {
	_, err := siasn.ParseKuadranCode("7")
	fmt.Println(err.Error())
	// Output:
	// siasn: kuadranNilai: unknown code "7"
}

func ExampleCodeError_Unwrap() {
	_, err := siasn.ParseRatingCode("0")
	var ce *siasn.CodeError
	errors.As(err, &ce)
	fmt.Println(ce.Unwrap() == siasn.ErrUnknownCode)
	// Output:
	// true
}

func ExampleFieldError_Error() {
	fmt.Println((&siasn.FieldError{Field: "tahun", Input: "2.5", Want: "a whole number"}).Error())
	// Output:
	// siasn: tahun: invalid field "2.5": want a whole number
}

func ExampleFieldError_Unwrap() {
	fmt.Println((&siasn.FieldError{}).Unwrap() == siasn.ErrInvalidField)
	// Output:
	// true
}

func ExampleParseError_Error() {
	_, err := siasn.ParsePeriodik("harian")
	fmt.Println(err.Error())
	// Output:
	// siasn: unknown periodik "harian"
}

func ExampleParseError_Unwrap() {
	_, err := siasn.ParsePeriodik("harian")
	var pe *siasn.ParseError
	errors.As(err, &pe)
	fmt.Println(pe.Unwrap() == siasn.ErrUnknownPeriodik)
	// Output:
	// true
}

func ExampleFindingKind_String() {
	fmt.Println(siasn.FindingKuadranSwapped.String(), "|", siasn.FindingKind(0).String())
	// Output:
	// kuadran swapped | siasn.FindingKind(0)
}

func ExampleFindingKind_IsValid() {
	fmt.Println(siasn.FindingKind(0).IsValid(), siasn.FindingUnknownCode.IsValid())
	// Output:
	// false true
}

func ExampleFindingKind_AppendText() {
	b, _ := siasn.FindingPeriodReversed.AppendText([]byte("kind="))
	fmt.Println(string(b))
	// Output:
	// kind=period reversed
}

func ExampleFindingKind_MarshalText() {
	b, _ := siasn.FindingKoefisienMismatch.MarshalText()
	fmt.Println(string(b))
	// Output:
	// koefisien mismatch
}

func ExampleFindingKind_UnmarshalText() {
	var k siasn.FindingKind
	err := k.UnmarshalText([]byte("bulan out of range"))
	fmt.Println(k == siasn.FindingBulanOutOfRange, err)
	// Output:
	// true <nil>
}

func ExampleFinding_String() {
	f := siasn.Finding{Kind: siasn.FindingUnknownCode, Field: "periodikId", Stored: ""}
	fmt.Println(f.String())
	// Output:
	// periodikId: unknown code: stored ""
}

func ExamplePeriodik_String() {
	fmt.Println(siasn.Bulanan.String(), siasn.Periodik(3).String())
	// Output:
	// bulanan siasn.Periodik(3)
}

func ExamplePeriodik_IsValid() {
	fmt.Println(siasn.Triwulan.IsValid(), siasn.Periodik(3).IsValid())
	// Output:
	// true false
}

func ExamplePeriodik_MarshalText() {
	b, _ := siasn.Triwulan.MarshalText()
	fmt.Println(string(b))
	// Output:
	// triwulan
}

func newSKP() siasn.SKP {
	s, _ := siasn.NewSKP(kinerja.DiBawahEkspektasi, kinerja.DiAtasEkspektasi, 2025)
	return s
}

func ExampleSKP_HasilKinerja() {
	fmt.Println(newSKP().HasilKinerja())
	// Output:
	// Di Bawah Ekspektasi
}

func ExampleSKP_PerilakuKerja() {
	fmt.Println(newSKP().PerilakuKerja())
	// Output:
	// Di Atas Ekspektasi
}

func ExampleSKP_Predikat() {
	fmt.Println(newSKP().Predikat())
	// Output:
	// Butuh Perbaikan
}

func ExampleSKP_Tahun() {
	fmt.Println(newSKP().Tahun())
	// Output:
	// 2025
}

func ExampleSKP_IsValid() {
	fmt.Println(newSKP().IsValid(), siasn.SKP{}.IsValid())
	// Output:
	// true false
}

func ExampleSKP_MarshalJSON() {
	_, err := json.Marshal(siasn.SKP{})
	fmt.Println(err != nil)
	b, _ := json.Marshal(newSKP())
	fmt.Println(string(b))
	// Output:
	// true
	// {"hasilKinerjaNilai":3,"id":"","kuadranKinerjaNilai":3,"penilaiGolongan":"","penilaiJabatan":"","penilaiNama":"","penilaiNipNrp":"","penilaiUnorNama":"","perilakuKerjaNilai":1,"pnsDinilaiOrang":"","statusPenilai":"","tahun":2025}
}

func newPeriodik() siasn.KinerjaPeriodik {
	k, _ := siasn.NewKinerjaPeriodik(kinerja.DiAtasEkspektasi, kinerja.SesuaiEkspektasi, kinerja.Mahir, siasn.Triwulan, 2025, 7, 9)
	return k
}

func ExampleKinerjaPeriodik_AngkaKredit() {
	ak, err := newPeriodik().AngkaKredit() // 12.5 × 3/12 × 100%
	fmt.Println(ak, err)
	// Output:
	// 3.125 <nil>
}

func ExampleKinerjaPeriodik_Bulan() {
	fmt.Println(newPeriodik().Bulan())
	// Output:
	// 7 9
}

func ExampleKinerjaPeriodik_HasilKinerja() {
	fmt.Println(newPeriodik().HasilKinerja())
	// Output:
	// Di Atas Ekspektasi
}

func ExampleKinerjaPeriodik_PerilakuKerja() {
	fmt.Println(newPeriodik().PerilakuKerja())
	// Output:
	// Sesuai Ekspektasi
}

func ExampleKinerjaPeriodik_Predikat() {
	fmt.Println(newPeriodik().Predikat())
	// Output:
	// Baik
}

func ExampleKinerjaPeriodik_IsValid() {
	fmt.Println(newPeriodik().IsValid(), siasn.KinerjaPeriodik{}.IsValid())
	// Output:
	// true false
}

func ExampleKinerjaPeriodik_Jenjang() {
	fmt.Println(newPeriodik().Jenjang())
	// Output:
	// Mahir
}

func ExampleKinerjaPeriodik_Periodik() {
	fmt.Println(newPeriodik().Periodik())
	// Output:
	// triwulan
}

func ExampleKinerjaPeriodik_Tahun() {
	fmt.Println(newPeriodik().Tahun())
	// Output:
	// 2025
}

func ExampleRiwayatKinerjaPeriodik_MarshalJSON() {
	// A record with no rating codes: they are null, not 0.
	b, _ := json.Marshal(siasn.RiwayatKinerjaPeriodik{KoefisienID: "72", PeriodikID: siasn.Triwulan})
	fmt.Println(string(b))
	// Output:
	// {"id":"","bulanMulaiPenilaian":0,"bulanSelesaiPenilaian":0,"hasilKinerjaNilai":null,"jabatan":"","koefisenId":"72","kuadranKinerjaNilai":null,"nama":"","namaPenilai":"","nip":"","penilaiNipNrp":"","perilakuKerjaNilai":null,"periodikId":"2","pnsDinilaiId":"","statusPenilai":"","tahun":0,"tahunMulaiPenilaian":0,"tahunSelesaiPenilaian":0}
}

func ExampleRiwayatSKP_UnmarshalJSON() {
	var r siasn.RiwayatSKP
	err := json.Unmarshal([]byte(`{"perilakukerjanilai":"2","penilaiNama":"Penilai Contoh","tahun":2023.0}`), &r)
	fmt.Println(r.PerilakuKerjaNilai, r.NamaPenilai, r.Tahun, err)
	// Output:
	// 2 Penilai Contoh 2023 <nil>
}
