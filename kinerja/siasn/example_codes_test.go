package siasn_test

import (
	"encoding/json"
	"fmt"

	"github.com/go-asn/berakhlak/kinerja"
	"github.com/go-asn/berakhlak/kinerja/siasn"
)

func ExampleRating() {
	// SIASN's code 1 is the best rating; kinerja.Rating counts from the
	// lowest. Only the named functions cross between the two:
	// kinerja.Rating(code) does not compile.
	r, _ := siasn.ParseRatingCode("1")
	c, _ := siasn.RatingCode(kinerja.DiBawahEkspektasi)
	fmt.Println(r, "|", c)
	// Output:
	// Di Atas Ekspektasi | 3
}

func ExampleRating_IsValid() {
	fmt.Println(siasn.Rating("2").IsValid(), siasn.Rating("").IsValid(), siasn.Rating("4").IsValid())
	// Output:
	// true false false
}

func ExampleRating_MarshalJSON() {
	b, _ := json.Marshal(map[string]siasn.Rating{"hasilKinerjaNilai": "1", "perilakuKerjaNilai": ""})
	fmt.Println(string(b))
	// Output:
	// {"hasilKinerjaNilai":1,"perilakuKerjaNilai":null}
}

func ExampleRating_UnmarshalJSON() {
	var codes []siasn.Rating
	err := json.Unmarshal([]byte(`[1, "2", 3.0, null, 9]`), &codes)
	fmt.Printf("%q %v\n", codes, err)
	// Output:
	// ["1" "2" "3" "" "9"] <nil>
}

func ExampleKuadran() {
	p, _ := siasn.ParseKuadranCode("4")
	c, _ := siasn.KuadranCode(kinerja.SangatBaik)
	fmt.Println(p, "|", c)
	// Output:
	// Kurang/Misconduct | 1
}

func ExampleKuadran_IsValid() {
	fmt.Println(siasn.Kuadran("5").IsValid(), siasn.Kuadran("").IsValid(), siasn.Kuadran("6").IsValid())
	// Output:
	// true false false
}

func ExampleKuadran_MarshalJSON() {
	b, _ := json.Marshal(siasn.Kuadran("2"))
	fmt.Println(string(b))
	// Output:
	// 2
}

func ExampleKuadran_UnmarshalJSON() {
	var k siasn.Kuadran
	err := json.Unmarshal([]byte(`"4"`), &k)
	p, _ := siasn.ParseKuadranCode(k)
	fmt.Println(k, p, err)
	// Output:
	// 4 Kurang/Misconduct <nil>
}

func ExampleKoefisien() {
	j, _ := siasn.ParseKoefisienID("72")
	id, _ := siasn.KoefisienID(kinerja.AhliMuda)
	fmt.Println(j, "|", id)
	// Output:
	// Mahir | 22
}

func ExampleKoefisien_IsValid() {
	fmt.Println(siasn.Koefisien("52").IsValid(), siasn.Koefisien("").IsValid(), siasn.Koefisien("53").IsValid())
	// Output:
	// true false false
}

// record is an rw-skp22 record as SIASN returns it: hasil Di Atas (1),
// perilaku Sesuai (2), kuadran Baik (2).
func record() siasn.RiwayatSKP {
	var r siasn.RiwayatSKP
	_ = json.Unmarshal([]byte(`{"id":"contoh-skp-0001","pnsDinilaiId":"contoh-pns-0001","tahun":2024,
		"hasilKinerjaNilai":1,"PerilakuKerjaNilai":2,"KuadranKinerjaNilai":2,
		"namaPenilai":"Penilai Contoh","nipNrpPenilai":"000000000000000001","penilaiGolonganId":"34",
		"penilaiJabatanNm":"Kepala Bidang Contoh","penilaiUnorNm":"Bidang Contoh","statusPenilai":"ASN"}`), &r)
	return r
}

func ExampleRiwayatSKP_HasilKinerjaRating() {
	r, err := record().HasilKinerjaRating()
	fmt.Println(r, err)
	// Output:
	// Di Atas Ekspektasi <nil>
}

func ExampleRiwayatSKP_PerilakuKerjaRating() {
	r, err := record().PerilakuKerjaRating()
	fmt.Println(r, err)
	// Output:
	// Sesuai Ekspektasi <nil>
}

func ExampleRiwayatSKP_KuadranKinerjaPredikat() {
	// A record stored by a client that keyed its lookup perilaku-first.
	r := siasn.RiwayatSKP{HasilKinerjaNilai: "3", PerilakuKerjaNilai: "1", KuadranKinerjaNilai: "4"}
	stored, _ := r.KuadranKinerjaPredikat()
	matrix, _ := r.Predikat()
	fmt.Println("stored:", stored, "| the ratings give:", matrix)
	// Output:
	// stored: Kurang/Misconduct | the ratings give: Butuh Perbaikan
}

func ExampleRiwayatSKP_Predikat() {
	p, err := record().Predikat()
	fmt.Println(p, err)
	_, err = siasn.RiwayatSKP{HasilKinerjaNilai: "4", PerilakuKerjaNilai: "1"}.Predikat()
	fmt.Println(err)
	// Output:
	// Baik <nil>
	// siasn: hasilKinerjaNilai: unknown code "4"
}

// periodik is an rw-kinerjaperiodik record: Ahli Muda, hasil Sesuai (2),
// perilaku Di Bawah (3), kuadran Kurang (4).
func periodik() siasn.RiwayatKinerjaPeriodik {
	return siasn.RiwayatKinerjaPeriodik{
		Jabatan: "Analis Kebijakan Ahli Muda", KoefisienID: "22", PeriodikID: siasn.Bulanan, Tahun: 2024,
		BulanMulaiPenilaian: 7, BulanSelesaiPenilaian: 7,
		HasilKinerjaNilai: "2", PerilakuKerjaNilai: "3", KuadranKinerjaNilai: "4",
	}
}

func ExampleRiwayatKinerjaPeriodik_HasilKinerjaRating() {
	r, err := periodik().HasilKinerjaRating()
	fmt.Println(r, err)
	// Output:
	// Sesuai Ekspektasi <nil>
}

func ExampleRiwayatKinerjaPeriodik_PerilakuKerjaRating() {
	r, err := periodik().PerilakuKerjaRating()
	fmt.Println(r, err)
	// Output:
	// Di Bawah Ekspektasi <nil>
}

func ExampleRiwayatKinerjaPeriodik_KuadranKinerjaPredikat() {
	p, err := periodik().KuadranKinerjaPredikat()
	fmt.Println(p, err)
	// Output:
	// Kurang/Misconduct <nil>
}

func ExampleRiwayatKinerjaPeriodik_Predikat() {
	p, err := periodik().Predikat()
	fmt.Println(p, err)
	// Output:
	// Kurang/Misconduct <nil>
}

func ExampleRiwayatKinerjaPeriodik_Jenjang() {
	r := periodik()
	j, err := r.Jenjang()
	p, _ := r.Predikat()
	ak, _ := kinerja.AngkaKredit(j, p, r.BulanSelesaiPenilaian-r.BulanMulaiPenilaian+1)
	fmt.Println(j, err, ak)
	// Output:
	// Ahli Muda <nil> 1.042
}

func ExampleRiwayatSKP_SKP() {
	// Save a decoded record again: every field is renamed as the request
	// names it (nipNrpPenilai → penilaiNipNrp, penilaiJabatanNm →
	// penilaiJabatan, penilaiUnorNm → penilaiUnorNama, …).
	s, err := record().SKP()
	if err != nil {
		fmt.Println(err)
		return
	}
	b, _ := json.Marshal(s)
	fmt.Println(string(b))

	// A record whose kuadran does not follow from its ratings makes no
	// request; clear the stored kuadran to post the one the ratings give.
	r := siasn.RiwayatSKP{Tahun: 2024, HasilKinerjaNilai: "3", PerilakuKerjaNilai: "1", KuadranKinerjaNilai: "4"}
	_, err = r.SKP()
	fmt.Println(err)
	r.KuadranKinerjaNilai = ""
	s, _ = r.SKP()
	fmt.Println(s.Predikat())
	// Output:
	// {"hasilKinerjaNilai":1,"id":"contoh-skp-0001","kuadranKinerjaNilai":2,"penilaiGolongan":"34","penilaiJabatan":"Kepala Bidang Contoh","penilaiNama":"Penilai Contoh","penilaiNipNrp":"000000000000000001","penilaiUnorNama":"Bidang Contoh","perilakuKerjaNilai":2,"pnsDinilaiOrang":"contoh-pns-0001","statusPenilai":"ASN","tahun":2024}
	// siasn: KuadranKinerjaNilai is 4, but hasilKinerjaNilai 3 and PerilakuKerjaNilai 1 give 3 (PermenPANRB No. 6 Tahun 2022): inconsistent record
	// Butuh Perbaikan
}
