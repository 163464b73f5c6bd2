package siasn_test

import (
	"encoding/json"
	"fmt"

	"github.com/go-asn/berakhlak/kinerja"
	"github.com/go-asn/berakhlak/kinerja/siasn"
)

func ExamplePenilai() {
	s, _ := siasn.NewSKP(kinerja.SesuaiEkspektasi, kinerja.SesuaiEkspektasi, 2025)
	s.Penilai = siasn.Penilai{ // invented official
		Nama:     "Dewi Lestari",
		NipNrp:   "197001012000032001",
		Golongan: "44",
		Jabatan:  "Kepala Biro Umum",
		UnorNama: "Biro Umum",
		Status:   "ASN",
	}
	b, _ := json.Marshal(s)
	var fields map[string]any
	_ = json.Unmarshal(b, &fields)
	fmt.Println(fields["penilaiNama"], fields["penilaiNipNrp"], fields["statusPenilai"])
	// Output: Dewi Lestari 197001012000032001 ASN
}

func ExampleDokumen() {
	s, _ := siasn.NewSKP(kinerja.SesuaiEkspektasi, kinerja.DiAtasEkspektasi, 2025)
	s.Path = []siasn.Dokumen{{ // as SIASN's upload returned it (invented values)
		DokID:   "873",
		DokNama: "Dokumen SKP",
		DokURI:  "peremajaan/skp/873.pdf",
		Object:  "peremajaan/skp/873.pdf",
		Slug:    "873",
	}}
	b, _ := json.Marshal(s)
	var fields struct {
		Path []siasn.Dokumen `json:"path"`
	}
	_ = json.Unmarshal(b, &fields)
	fmt.Printf("%+v\n", fields.Path[0])
	// Output: {DokID:873 DokNama:Dokumen SKP DokURI:peremajaan/skp/873.pdf Object:peremajaan/skp/873.pdf Slug:873}
}
