package siasn_test

import (
	"encoding/json"
	"fmt"
	"time"

	"github.com/go-asn/berakhlak/figure"
	"github.com/go-asn/berakhlak/kinerja"
	"github.com/go-asn/berakhlak/kinerja/siasn"
)

// year2024 is a year at Ahli Muda: Baik for six months, Sangat Baik for
// six.
var year2024 = []kinerja.Penilaian{
	{Tahun: 2024, BulanMulai: 1, BulanSelesai: 6, Jenjang: kinerja.AhliMuda, Predikat: kinerja.Baik},
	{Tahun: 2024, BulanMulai: 7, BulanSelesai: 12, Jenjang: kinerja.AhliMuda, Predikat: kinerja.SangatBaik},
}

// stored is an rw-angkakredit record as SIASN returns it (invented ids).
const stored = `{"id":"ak-1","pns":"p-1","nomorSk":"800/1/PAK/2025","tanggalSk":"31-01-2025",
	"bulanMulaiPenailan":"1","tahunMulaiPenailan":"2024","bulanSelesaiPenailan":"12","tahunSelesaiPenailan":"2024",
	"kreditUtamaBaru":"0","kreditPenunjangBaru":"0","kreditBaruTotal":"31.25","rwJabatan":"j-1",
	"namaJabatan":"Analis Kebijakan Ahli Muda","isAngkaKreditPertama":"0","isIntegrasi":"0","isKonversi":"1"}`

func ExampleAngkaKredit() {
	a, _ := siasn.NewAngkaKreditPenilaian(year2024)
	a.PNSID, a.RwJabatanID, a.NomorSK = "p-1", "j-1", "800/1/PAK/2025"
	a.TanggalSK = time.Date(2025, 1, 31, 0, 0, 0, 0, time.UTC)
	b, _ := json.MarshalIndent(a, "", " ")
	fmt.Println(string(b))
	// Output:
	// {
	//  "bulanMulaiPenailan": "1",
	//  "bulanSelesaiPenailan": "12",
	//  "id": "",
	//  "isAngkaKreditPertama": "0",
	//  "isIntegrasi": "0",
	//  "isKonversi": "1",
	//  "kreditBaruTotal": "31.250",
	//  "kreditPenunjangBaru": "0",
	//  "kreditUtamaBaru": "0",
	//  "nomorSk": "800/1/PAK/2025",
	//  "pnsId": "p-1",
	//  "rwJabatanId": "j-1",
	//  "tahunMulaiPenailan": "2024",
	//  "tahunSelesaiPenailan": "2024",
	//  "tanggalSk": "31-01-2025"
	// }
}

func ExampleNewAngkaKreditKonversi() {
	ak, _ := kinerja.AngkaKreditTahunan(kinerja.AhliPertama, []kinerja.Periode{{Predikat: kinerja.SangatBaik, Bulan: 12}})
	a, err := siasn.NewAngkaKreditKonversi(2024, 1, 2024, 12, ak)
	fmt.Println(a.KreditUtamaBaru(), a.KreditPenunjangBaru(), a.KreditBaruTotal(), err)
	// Output: 0 0 18.750 <nil>
}

func ExampleNewAngkaKreditPenilaian() {
	// BKN's slides round each period: 18.75 + 2.08 = 20.83.
	a, err := siasn.NewAngkaKreditPenilaian([]kinerja.Penilaian{
		{Tahun: 2023, BulanMulai: 1, BulanSelesai: 12, Jenjang: kinerja.AhliPertama, Predikat: kinerja.SangatBaik},
		{Tahun: 2024, BulanMulai: 1, BulanSelesai: 2, Jenjang: kinerja.AhliPertama, Predikat: kinerja.Baik},
	}, kinerja.WithRoundedPeriods(), kinerja.WithPlaces(2))
	fmt.Println(a.KreditBaruTotal(), err)
	fmt.Println(a.Periode())
	// Output:
	// 20.83 <nil>
	// 2023 1 2024 2
}

func ExampleAngkaKredit_UnmarshalJSON() {
	var a siasn.AngkaKredit
	err := json.Unmarshal([]byte(`{"bulanMulaiPenilaian":1,"bulanSelesaiPenailan":"12","tahunMulaiPenailan":2024,
		"tahunSelesaiPenailan":"2024","isKonversi":true,"kreditBaruTotal":25,"tanggalSk":"5-2-2025"}`), &a)
	fmt.Println(a.KreditBaruTotal(), a.IsKonversi(), a.KreditUtamaBaru(), a.TanggalSK.Format("2006-01-02"), err)
	err = json.Unmarshal([]byte(`{"bulanMulaiPenailan":1,"bulanSelesaiPenailan":12,"tahunMulaiPenailan":2024,
		"tahunSelesaiPenailan":2024,"isKonversi":"1","kreditBaruTotal":"25","kreditUtamaBaru":"25"}`), &a)
	fmt.Println(err)
	// Output:
	// 25 true 0 2025-02-05 <nil>
	// siasn: kreditUtamaBaru is 25 on a konversi record, where kreditBaruTotal carries the angka kredit and kreditUtamaBaru is 0: inconsistent record
}

func ExampleAngkaKredit_MarshalJSON() {
	a, _ := siasn.NewAngkaKreditKonversi(2024, 7, 2024, 12, figure.MustParse("12.500"))
	b, err := a.MarshalJSON()
	fmt.Println(string(b), err)
	// Output: {"bulanMulaiPenailan":"7","bulanSelesaiPenailan":"12","id":"","isAngkaKreditPertama":"0","isIntegrasi":"0","isKonversi":"1","kreditBaruTotal":"12.500","kreditPenunjangBaru":"0","kreditUtamaBaru":"0","nomorSk":"","pnsId":"","rwJabatanId":"","tahunMulaiPenailan":"2024","tahunSelesaiPenailan":"2024","tanggalSk":""} <nil>
}

func ExampleAngkaKredit_IsValid() {
	var zero siasn.AngkaKredit
	a, _ := siasn.NewAngkaKreditPenilaian(year2024)
	fmt.Println(zero.IsValid(), a.IsValid())
	// Output: false true
}

func ExampleAngkaKredit_Equal() {
	a, _ := siasn.NewAngkaKreditPenilaian(year2024)
	b, _ := siasn.NewAngkaKreditPenilaian(year2024, kinerja.WithPlaces(2))
	fmt.Println(a.Equal(a), a.Equal(b))
	// Output: true false
}

func ExampleAngkaKredit_Periode() {
	a, _ := siasn.NewAngkaKreditPenilaian(year2024)
	fmt.Println(a.Periode())
	// Output: 2024 1 2024 12
}

func ExampleAngkaKredit_IsKonversi() {
	a, _ := siasn.NewAngkaKreditPenilaian(year2024)
	fmt.Println(a.IsKonversi())
	// Output: true
}

func ExampleAngkaKredit_IsIntegrasi() {
	var a siasn.AngkaKredit
	_ = json.Unmarshal([]byte(`{"isIntegrasi":"1","kreditBaruTotal":"150.63","kreditUtamaBaru":"150.63",
		"bulanMulaiPenailan":"12","bulanSelesaiPenailan":"12","tahunMulaiPenailan":"2022","tahunSelesaiPenailan":"2022"}`), &a)
	fmt.Println(a.IsIntegrasi(), a.IsKonversi(), a.KreditUtamaBaru(), a.KreditBaruTotal())
	// Output: true false 150.63 150.63
}

func ExampleAngkaKredit_KreditUtamaBaru() {
	a, _ := siasn.NewAngkaKreditPenilaian(year2024)
	fmt.Println(a.KreditUtamaBaru()) // a konversi never splits
	// Output: 0
}

func ExampleAngkaKredit_KreditPenunjangBaru() {
	a, _ := siasn.NewAngkaKreditPenilaian(year2024)
	fmt.Println(a.KreditPenunjangBaru())
	// Output: 0
}

func ExampleAngkaKredit_KreditBaruTotal() {
	a, _ := siasn.NewAngkaKreditPenilaian(year2024)
	fmt.Println(a.KreditBaruTotal())
	// Output: 31.250
}

func ExampleRiwayatAngkaKredit() {
	var r siasn.RiwayatAngkaKredit
	err := json.Unmarshal([]byte(stored), &r)
	fmt.Println(r.NamaJabatan, r.KreditBaruTotal, r.IsKonversi, err)
	// Output: Analis Kebijakan Ahli Muda 31.25 1 <nil>
}

func ExampleRiwayatAngkaKredit_UnmarshalJSON() {
	var r siasn.RiwayatAngkaKredit
	err := r.UnmarshalJSON([]byte(`{"bulanMulaiPenailan":"01","isKonversi":true,"kreditBaruTotal":25.5}`))
	fmt.Println(r.BulanMulaiPenailan, r.IsKonversi, r.KreditBaruTotal, err)
	// Output: 1 1 25.5 <nil>
}

func ExampleRiwayatAngkaKredit_MarshalJSON() {
	b, err := siasn.RiwayatAngkaKredit{ID: "ak-1", BulanMulaiPenailan: 1, KreditBaruTotal: "25.000", IsKonversi: "1"}.MarshalJSON()
	fmt.Println(string(b), err)
	// Output: {"id":"ak-1","pns":"","nomorSk":"","tanggalSk":"","bulanMulaiPenailan":"1","tahunMulaiPenailan":"","bulanSelesaiPenailan":"","tahunSelesaiPenailan":"","kreditUtamaBaru":"","kreditPenunjangBaru":"","kreditBaruTotal":"25.000","rwJabatan":"","namaJabatan":"","isAngkaKreditPertama":"","isIntegrasi":"","isKonversi":"1"} <nil>
}

func ExampleRiwayatAngkaKredit_AngkaKredit() {
	var r siasn.RiwayatAngkaKredit
	_ = json.Unmarshal([]byte(stored), &r)
	ak, err := r.AngkaKredit()
	fmt.Println(ak, ak.Places(), err)
	// Output: 31.25 2 <nil>
}

func ExampleRiwayatAngkaKredit_Jenjang() {
	j, err := siasn.RiwayatAngkaKredit{NamaJabatan: "Pranata Komputer Mahir"}.Jenjang()
	fmt.Println(j, err)
	// Output: Mahir <nil>
}

func ExampleRiwayatAngkaKredit_Penilaian() {
	// SIASN's stored records, read as periods whose angka kredit is given.
	var r siasn.RiwayatAngkaKredit
	_ = json.Unmarshal([]byte(stored), &r)
	p, err := r.Penilaian()
	if err != nil {
		fmt.Println(err)
		return
	}
	a, _ := kinerja.Accumulate([]kinerja.Penilaian{p})
	e, _ := kinerja.CheckKenaikan(a.Jenjang(), kinerja.IIIc, a.Total())
	fmt.Println(e)
	// Output: Ahli Muda III/c, angka kredit 31.250: Kenaikan Pangkat to III/d: needs 100, missing 68.750; Kenaikan Jenjang to Ahli Madya: needs 200, missing 168.750
}

func ExampleRiwayatAngkaKredit_Check() {
	r := siasn.RiwayatAngkaKredit{BulanMulaiPenailan: 1, TahunMulaiPenailan: 2024, BulanSelesaiPenailan: 12, TahunSelesaiPenailan: 2024,
		KreditUtamaBaru: "25", KreditPenunjangBaru: "0", KreditBaruTotal: "25", IsKonversi: "1"}
	for _, f := range r.Check() {
		fmt.Println(f)
	}
	// Output: kreditUtamaBaru: konversi split: stored 25, expected 0
}

func ExampleRiwayatAngkaKredit_CheckPenilaian() {
	var r siasn.RiwayatAngkaKredit
	_ = json.Unmarshal([]byte(stored), &r)
	fs, err := r.CheckPenilaian(year2024) // 31.25 stored, at its two places
	fmt.Println(fs, err)
	r.KreditBaruTotal = "37.500" // as if the whole year were Sangat Baik
	fs, err = r.CheckPenilaian(year2024)
	fmt.Println(fs, err)
	// Output:
	// [] <nil>
	// [kreditBaruTotal: angka kredit mismatch: stored 37.500, expected 31.250] <nil>
}

func ExampleKinerjaPeriodik_Penilaian() {
	k, _ := siasn.NewKinerjaPeriodik(kinerja.DiAtasEkspektasi, kinerja.DiAtasEkspektasi, kinerja.AhliPertama, siasn.Bulanan, 2024, 3, 3)
	a, _ := kinerja.Accumulate([]kinerja.Penilaian{k.Penilaian()})
	fmt.Printf("%+v %s\n", k.Penilaian(), a.Total())
	// Output: {Tahun:2024 BulanMulai:3 BulanSelesai:3 Jenjang:Ahli Pertama Predikat:Sangat Baik AngkaKredit:invalid Figure} 1.563
}

func ExampleRiwayatKinerjaPeriodik_Penilaian() {
	var r siasn.RiwayatKinerjaPeriodik
	_ = json.Unmarshal([]byte(`{"tahun":"2024","bulanMulaiPenilaian":"1","bulanSelesaiPenilaian":"3","koefisenId":"22",
		"hasilKinerjaNilai":"2","perilakuKerjaNilai":"1","kuadranKinerjaNilai":"2","periodikId":"2"}`), &r)
	p, err := r.Penilaian()
	fmt.Println(p.Jenjang, p.Predikat, p.Bulan(), err)
	// Output: Ahli Muda Baik 3 <nil>
}
