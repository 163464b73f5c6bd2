package siasn_test

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/go-asn/berakhlak/kinerja"
	"github.com/go-asn/berakhlak/kinerja/siasn"
)

func ExampleFinding() {
	// A record posted by a client that keyed its lookup perilaku-first:
	// hasil Di Bawah (3), perilaku Di Atas (1), kuadran Kurang (4).
	r := siasn.RiwayatSKP{Tahun: 2024, HasilKinerjaNilai: "3", PerilakuKerjaNilai: "1", KuadranKinerjaNilai: "4"}
	for _, f := range r.Check() {
		fmt.Printf("kind %q, field %s, stored %q, expected %q\n", f.Kind, f.Field, f.Stored, f.Expected)
	}
	fmt.Println(record().Check() == nil) // a consistent record has no finding
	// Output:
	// kind "kuadran swapped", field KuadranKinerjaNilai, stored "4", expected "3"
	// true
}

func ExampleFinding_UnmarshalJSON() {
	want := siasn.RiwayatSKP{HasilKinerjaNilai: "3", PerilakuKerjaNilai: "3", KuadranKinerjaNilai: "3"}.Check()[0]
	doc, _ := json.Marshal(want)
	var f siasn.Finding
	err := json.Unmarshal(doc, &f)
	fmt.Println(err, f == want)
	fmt.Println(f)

	// A kind that names none is refused, with the parser's error.
	err = json.Unmarshal([]byte(`{"kind":"kuadran flipped","field":"KuadranKinerjaNilai","stored":"3"}`), &f)
	fmt.Println(err)
	fmt.Println(errors.Is(err, siasn.ErrUnknownFindingKind))

	// A finding without the field it is about is a *FieldError naming it.
	err = json.Unmarshal([]byte(`{"kind":"kuadran max","stored":"3"}`), &f)
	var fe *siasn.FieldError
	fmt.Println(errors.As(err, &fe), fe.Field, errors.Is(err, siasn.ErrInvalidField))
	// Output:
	// <nil> true
	// KuadranKinerjaNilai: kuadran max: stored 3, expected 5
	// siasn: Finding JSON: kind: siasn: unknown finding kind "kuadran flipped"
	// true
	// true field true
}

func ExampleFindingKind() {
	// The kuadran a record stores, for hasil Di Bawah (3) and perilaku
	// Di Atas (1): the matrix gives Butuh Perbaikan (3).
	for _, stored := range []siasn.Kuadran{"4", "1", "2", "9"} {
		r := siasn.RiwayatSKP{HasilKinerjaNilai: "3", PerilakuKerjaNilai: "1", KuadranKinerjaNilai: stored}
		for _, f := range r.Check() {
			switch f.Kind {
			case siasn.FindingKuadranSwapped, siasn.FindingKuadranMax, siasn.FindingKuadranSwappedOrMax:
				fmt.Println(stored, "a known wrong mapping:", f.Kind)
			default:
				fmt.Println(stored, f.Kind)
			}
		}
	}
	// Output:
	// 4 a known wrong mapping: kuadran swapped
	// 1 kuadran mismatch
	// 2 kuadran mismatch
	// 9 unknown code
}

func ExampleKinerjaPeriodik() {
	// The first quarter of an Ahli Pertama rated Di Atas and Sesuai.
	k, err := siasn.NewKinerjaPeriodik(kinerja.DiAtasEkspektasi, kinerja.SesuaiEkspektasi, kinerja.AhliPertama, siasn.Triwulan, 2025, 1, 3)
	if err != nil {
		fmt.Println(err)
		return
	}
	k.PNSDinilaiID = "contoh-pns-0001"
	k.Penilai = siasn.Penilai{Nama: "Penilai Contoh", Status: "ASN"}
	ak, _ := k.AngkaKredit()
	fmt.Println(k.Predikat(), k.Periodik(), ak)

	// A period that ends before it starts makes no request.
	_, err = siasn.NewKinerjaPeriodik(kinerja.DiAtasEkspektasi, kinerja.SesuaiEkspektasi, kinerja.AhliPertama, siasn.Triwulan, 2025, 6, 4)
	fmt.Println(errors.Is(err, siasn.ErrInconsistent))
	// Output:
	// Baik triwulan 3.125
	// true
}

func ExampleKinerjaPeriodik_Equal() {
	a, b := newPeriodik(), newPeriodik()
	fmt.Println(a.Equal(b), a.Equal(siasn.KinerjaPeriodik{}))

	// The request read back from its JSON is the same request.
	doc, _ := json.Marshal(a)
	var c siasn.KinerjaPeriodik
	_ = json.Unmarshal(doc, &c)
	fmt.Println(a.Equal(c))

	// The caller's fields count too.
	b.PNSDinilaiID = "contoh-pns-0002"
	fmt.Println(a.Equal(b))
	// Output:
	// true false
	// true
	// false
}

func ExampleRiwayatKinerjaPeriodik() {
	var r siasn.RiwayatKinerjaPeriodik
	err := json.Unmarshal([]byte(`{"jabatan":"Pranata Komputer Ahli Pertama","koefisenId":"12","periodikId":"1",
		"tahun":2024,"bulanMulaiPenilaian":3,"bulanSelesaiPenilaian":3,
		"hasilKinerjaNilai":2,"perilakuKerjaNilai":2,"kuadranKinerjaNilai":2}`), &r)
	if err != nil {
		fmt.Println(err)
		return
	}
	j, _ := r.Jenjang()
	p, _ := r.Predikat()
	fmt.Println(r.PeriodikID, j, p, r.Check() == nil)
	// Output:
	// bulanan Ahli Pertama Baik true
}

func ExampleRiwayatSKP() {
	r := record() // an rw-skp22 record as SIASN returns it
	h, _ := r.HasilKinerjaRating()
	pk, _ := r.PerilakuKerjaRating()
	p, _ := r.Predikat()
	fmt.Println(r.Tahun, h, "+", pk, "=", p, "| findings:", len(r.Check()))
	// Output:
	// 2024 Di Atas Ekspektasi + Sesuai Ekspektasi = Baik | findings: 0
}

func ExampleSKP() {
	s, err := siasn.NewSKP(kinerja.SesuaiEkspektasi, kinerja.DiAtasEkspektasi, 2024)
	if err != nil {
		fmt.Println(err)
		return
	}
	s.PNSDinilaiOrang = "contoh-pns-0001"
	s.Penilai = siasn.Penilai{Nama: "Penilai Contoh", Status: "ASN"}
	fmt.Println(s.Predikat(), s.Tahun())
	b, _ := json.Marshal(s)
	fmt.Println(string(b))

	// A body whose kuadran does not follow from its ratings is refused.
	err = json.Unmarshal([]byte(`{"hasilKinerjaNilai":3,"perilakuKerjaNilai":1,"kuadranKinerjaNilai":4,"tahun":2024}`), &s)
	fmt.Println(errors.Is(err, siasn.ErrInconsistent))
	// Output:
	// Baik 2024
	// {"hasilKinerjaNilai":2,"id":"","kuadranKinerjaNilai":2,"penilaiGolongan":"","penilaiJabatan":"","penilaiNama":"Penilai Contoh","penilaiNipNrp":"","penilaiUnorNama":"","perilakuKerjaNilai":1,"pnsDinilaiOrang":"contoh-pns-0001","statusPenilai":"ASN","tahun":2024}
	// true
}

func ExampleSKP_Equal() {
	a, b := newSKP(), newSKP()
	fmt.Println(a.Equal(b), a.Equal(siasn.SKP{}))

	// The request read back from its JSON is the same request.
	doc, _ := json.Marshal(a)
	var c siasn.SKP
	_ = json.Unmarshal(doc, &c)
	fmt.Println(a.Equal(c))

	// Another year is another request.
	d, _ := siasn.NewSKP(a.HasilKinerja(), a.PerilakuKerja(), 2024)
	fmt.Println(a.Equal(d))
	// Output:
	// true false
	// true
	// false
}
