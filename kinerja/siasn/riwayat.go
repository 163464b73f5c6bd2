package siasn

import "encoding/json"

// RiwayatSKP is one record of SIASN's rw-skp22 response: a yearly SKP
// result as SIASN stored it. Every field is as received, codes included,
// so that a record posted wrong can be decoded and audited with
// [RiwayatSKP.Check]. The documents (path) are not kept.
//
// Its JSON has SIASN's response field names, including their drift in
// case: hasilKinerjaNilai but PerilakuKerjaNilai and KuadranKinerjaNilai.
// Decoding is lenient (see [RiwayatSKP.UnmarshalJSON]).
type RiwayatSKP struct {
	ID                  string // id
	PNSDinilaiID        string // pnsDinilaiId: SIASN's id (pnsId) of the employee rated
	Tahun               int    // tahun
	HasilKinerja        string // hasilKinerja: the label, e.g. "DIATAS ESPEKTASI"
	HasilKinerjaNilai   int    // hasilKinerjaNilai: code of perilakuDanKinerja
	PerilakuKerja       string // perilakuKerja: the label
	PerilakuKerjaNilai  int    // PerilakuKerjaNilai: code of perilakuDanKinerja
	KuadranKinerja      string // kuadranKinerja: the label, e.g. "BAIK"
	KuadranKinerjaNilai int    // KuadranKinerjaNilai: code of kuadranNilai
	NamaPenilai         string // namaPenilai (penilaiNama in the request)
	NipNrpPenilai       string // nipNrpPenilai
	PenilaiGolonganID   string // penilaiGolonganId
	PenilaiJabatanNm    string // penilaiJabatanNm
	PenilaiUnorNm       string // penilaiUnorNm
	StatusPenilai       string // statusPenilai
}

type riwayatSKPJSON struct {
	ID                  string `json:"id"`
	HasilKinerja        string `json:"hasilKinerja"`
	HasilKinerjaNilai   int    `json:"hasilKinerjaNilai"`
	KuadranKinerja      string `json:"kuadranKinerja"`
	KuadranKinerjaNilai int    `json:"KuadranKinerjaNilai"`
	NamaPenilai         string `json:"namaPenilai"`
	NipNrpPenilai       string `json:"nipNrpPenilai"`
	PenilaiGolonganID   string `json:"penilaiGolonganId"`
	PenilaiJabatanNm    string `json:"penilaiJabatanNm"`
	PenilaiUnorNm       string `json:"penilaiUnorNm"`
	PerilakuKerja       string `json:"perilakuKerja"`
	PerilakuKerjaNilai  int    `json:"PerilakuKerjaNilai"`
	PNSDinilaiID        string `json:"pnsDinilaiId"`
	StatusPenilai       string `json:"statusPenilai"`
	Tahun               int    `json:"tahun"`
}

// MarshalJSON writes the record with the field names of SIASN's rw-skp22
// response, codes as numbers.
func (r RiwayatSKP) MarshalJSON() ([]byte, error) {
	return json.Marshal(r.wire())
}

func (r RiwayatSKP) wire() riwayatSKPJSON {
	return riwayatSKPJSON{
		ID: r.ID, HasilKinerja: r.HasilKinerja, HasilKinerjaNilai: r.HasilKinerjaNilai, KuadranKinerja: r.KuadranKinerja,
		KuadranKinerjaNilai: r.KuadranKinerjaNilai, NamaPenilai: r.NamaPenilai, NipNrpPenilai: r.NipNrpPenilai,
		PenilaiGolonganID: r.PenilaiGolonganID, PenilaiJabatanNm: r.PenilaiJabatanNm, PenilaiUnorNm: r.PenilaiUnorNm,
		PerilakuKerja: r.PerilakuKerja, PerilakuKerjaNilai: r.PerilakuKerjaNilai, PNSDinilaiID: r.PNSDinilaiID,
		StatusPenilai: r.StatusPenilai, Tahun: r.Tahun,
	}
}

// UnmarshalJSON reads an rw-skp22 record leniently: keys in any case
// (PerilakuKerjaNilai or perilakuKerjaNilai); the request's names
// (penilaiNama, penilaiNipNrp, penilaiJabatan, penilaiUnorNama,
// penilaiGolongan, pnsDinilaiOrang) for the fields they match; numbers or
// numeric strings ("2", 2, 2.0) for the codes and the year; numbers for
// the strings. Unknown keys are ignored. A value of the wrong form is a
// [*FieldError] naming the field. Codes are not checked here: an unknown
// or inconsistent code is kept, for [RiwayatSKP.Check] to report.
func (r *RiwayatSKP) UnmarshalJSON(data []byte) error {
	o, err := readObject(data, "rw-skp22")
	if err != nil {
		return err
	}
	var x RiwayatSKP
	for _, f := range []struct {
		dst   *string
		names []string
	}{
		{&x.ID, []string{"id"}},
		{&x.PNSDinilaiID, []string{"pnsDinilaiId", "pnsDinilaiOrang"}},
		{&x.HasilKinerja, []string{"hasilKinerja"}},
		{&x.PerilakuKerja, []string{"perilakuKerja"}},
		{&x.KuadranKinerja, []string{"kuadranKinerja"}},
		{&x.NamaPenilai, []string{"namaPenilai", "penilaiNama"}},
		{&x.NipNrpPenilai, []string{"nipNrpPenilai", "penilaiNipNrp"}},
		{&x.PenilaiGolonganID, []string{"penilaiGolonganId", "penilaiGolongan"}},
		{&x.PenilaiJabatanNm, []string{"penilaiJabatanNm", "penilaiJabatan", "penilaiJabatanNama"}},
		{&x.PenilaiUnorNm, []string{"penilaiUnorNm", "penilaiUnorNama"}},
		{&x.StatusPenilai, []string{"statusPenilai"}},
	} {
		if err := o.str(f.dst, f.names...); err != nil {
			return err
		}
	}
	for _, f := range []struct {
		dst  *int
		name string
	}{
		{&x.Tahun, "tahun"}, {&x.HasilKinerjaNilai, "hasilKinerjaNilai"},
		{&x.PerilakuKerjaNilai, "PerilakuKerjaNilai"}, {&x.KuadranKinerjaNilai, "KuadranKinerjaNilai"},
	} {
		if err := o.int(f.dst, f.name); err != nil {
			return err
		}
	}
	*r = x
	return nil
}

// RiwayatKinerjaPeriodik is one record of SIASN's rw-kinerjaperiodik
// response: a monthly or quarterly result as SIASN stored it, every field
// as received, for [RiwayatKinerjaPeriodik.Check] to audit. The documents
// (path) and the display labels are not kept.
//
// Its JSON has SIASN's response field names, including koefisenId (sic)
// and namaPenilai. Decoding is lenient (see
// [RiwayatKinerjaPeriodik.UnmarshalJSON]).
type RiwayatKinerjaPeriodik struct {
	ID                    string // id
	PNSDinilaiID          string // pnsDinilaiId
	NIP                   string // nip
	Nama                  string // nama
	Jabatan               string // jabatan: the position's name, e.g. "Pranata Komputer Ahli Pertama"
	Tahun                 int    // tahun
	BulanMulaiPenilaian   int    // bulanMulaiPenilaian, 1–12
	BulanSelesaiPenilaian int    // bulanSelesaiPenilaian, 1–12
	TahunMulaiPenilaian   int    // tahunMulaiPenilaian
	TahunSelesaiPenilaian int    // tahunSelesaiPenilaian
	PeriodikID            string // periodikId: id of the periodik table
	KoefisienID           string // koefisenId (sic): id of the koefisien table
	HasilKinerjaNilai     int    // hasilKinerjaNilai: code of perilakuDanKinerja
	PerilakuKerjaNilai    int    // perilakuKerjaNilai: code of perilakuDanKinerja
	KuadranKinerjaNilai   int    // kuadranKinerjaNilai: code of kuadranNilai
	NamaPenilai           string // namaPenilai (penilaiNama in the request)
	PenilaiNipNrp         string // penilaiNipNrp
	StatusPenilai         string // statusPenilai
}

type riwayatKinerjaPeriodikJSON struct {
	ID                    string `json:"id"`
	BulanMulaiPenilaian   int    `json:"bulanMulaiPenilaian"`
	BulanSelesaiPenilaian int    `json:"bulanSelesaiPenilaian"`
	HasilKinerjaNilai     int    `json:"hasilKinerjaNilai"`
	Jabatan               string `json:"jabatan"`
	KoefisienID           string `json:"koefisenId"`
	KuadranKinerjaNilai   int    `json:"kuadranKinerjaNilai"`
	Nama                  string `json:"nama"`
	NamaPenilai           string `json:"namaPenilai"`
	NIP                   string `json:"nip"`
	PenilaiNipNrp         string `json:"penilaiNipNrp"`
	PerilakuKerjaNilai    int    `json:"perilakuKerjaNilai"`
	PeriodikID            string `json:"periodikId"`
	PNSDinilaiID          string `json:"pnsDinilaiId"`
	StatusPenilai         string `json:"statusPenilai"`
	Tahun                 int    `json:"tahun"`
	TahunMulaiPenilaian   int    `json:"tahunMulaiPenilaian"`
	TahunSelesaiPenilaian int    `json:"tahunSelesaiPenilaian"`
}

// MarshalJSON writes the record with the field names of SIASN's
// rw-kinerjaperiodik response, codes as numbers and ids as strings.
func (r RiwayatKinerjaPeriodik) MarshalJSON() ([]byte, error) {
	return json.Marshal(riwayatKinerjaPeriodikJSON{
		ID: r.ID, BulanMulaiPenilaian: r.BulanMulaiPenilaian, BulanSelesaiPenilaian: r.BulanSelesaiPenilaian,
		HasilKinerjaNilai: r.HasilKinerjaNilai, Jabatan: r.Jabatan, KoefisienID: r.KoefisienID,
		KuadranKinerjaNilai: r.KuadranKinerjaNilai, Nama: r.Nama, NamaPenilai: r.NamaPenilai, NIP: r.NIP,
		PenilaiNipNrp: r.PenilaiNipNrp, PerilakuKerjaNilai: r.PerilakuKerjaNilai, PeriodikID: r.PeriodikID,
		PNSDinilaiID: r.PNSDinilaiID, StatusPenilai: r.StatusPenilai, Tahun: r.Tahun,
		TahunMulaiPenilaian: r.TahunMulaiPenilaian, TahunSelesaiPenilaian: r.TahunSelesaiPenilaian,
	})
}

// UnmarshalJSON reads an rw-kinerjaperiodik record leniently, as
// [RiwayatSKP.UnmarshalJSON] does; koefisienId is accepted for koefisenId
// and penilaiNama for namaPenilai. Codes are not checked here.
func (r *RiwayatKinerjaPeriodik) UnmarshalJSON(data []byte) error {
	o, err := readObject(data, "rw-kinerjaperiodik")
	if err != nil {
		return err
	}
	var x RiwayatKinerjaPeriodik
	for _, f := range []struct {
		dst   *string
		names []string
	}{
		{&x.ID, []string{"id"}},
		{&x.PNSDinilaiID, []string{"pnsDinilaiId"}},
		{&x.NIP, []string{"nip"}},
		{&x.Nama, []string{"nama"}},
		{&x.Jabatan, []string{"jabatan"}},
		{&x.PeriodikID, []string{"periodikId"}},
		{&x.KoefisienID, []string{"koefisenId", "koefisienId"}},
		{&x.NamaPenilai, []string{"namaPenilai", "penilaiNama"}},
		{&x.PenilaiNipNrp, []string{"penilaiNipNrp", "nipNrpPenilai"}},
		{&x.StatusPenilai, []string{"statusPenilai"}},
	} {
		if err := o.str(f.dst, f.names...); err != nil {
			return err
		}
	}
	for _, f := range []struct {
		dst  *int
		name string
	}{
		{&x.Tahun, "tahun"}, {&x.BulanMulaiPenilaian, "bulanMulaiPenilaian"}, {&x.BulanSelesaiPenilaian, "bulanSelesaiPenilaian"},
		{&x.TahunMulaiPenilaian, "tahunMulaiPenilaian"}, {&x.TahunSelesaiPenilaian, "tahunSelesaiPenilaian"},
		{&x.HasilKinerjaNilai, "hasilKinerjaNilai"}, {&x.PerilakuKerjaNilai, "perilakuKerjaNilai"},
		{&x.KuadranKinerjaNilai, "kuadranKinerjaNilai"},
	} {
		if err := o.int(f.dst, f.name); err != nil {
			return err
		}
	}
	*r = x
	return nil
}
