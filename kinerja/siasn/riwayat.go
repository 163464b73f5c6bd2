package siasn

import (
	"encoding/json"
	"strconv"

	"github.com/go-asn/berakhlak/kinerja"
)

// RiwayatSKP is one record of SIASN's rw-skp22 response: a yearly SKP
// result as SIASN stored it. Every field is as received, codes included,
// so that a record posted wrong can be decoded and audited with
// [RiwayatSKP.Check]. The documents (path) are not kept.
//
// The code fields speak SIASN's codes, best first ([Rating], [Kuadran]);
// the methods HasilKinerjaRating, PerilakuKerjaRating,
// KuadranKinerjaPredikat and Predikat give them in the library's order,
// as [kinerja.Rating] and [kinerja.Predikat] values, and [RiwayatSKP.SKP]
// turns the record into the request that saves it.
//
// Its JSON has SIASN's response field names, including their drift in
// case: hasilKinerjaNilai but PerilakuKerjaNilai and KuadranKinerjaNilai.
// Decoding is lenient (see [RiwayatSKP.UnmarshalJSON]).
type RiwayatSKP struct {
	ID                  string  // id
	PNSDinilaiID        string  // pnsDinilaiId: SIASN's id (pnsId) of the employee rated
	Tahun               int     // tahun
	HasilKinerja        string  // hasilKinerja: the label, e.g. "DIATAS ESPEKTASI"
	HasilKinerjaNilai   Rating  // hasilKinerjaNilai: code of perilakuDanKinerja, "1" is the best
	PerilakuKerja       string  // perilakuKerja: the label
	PerilakuKerjaNilai  Rating  // PerilakuKerjaNilai: code of perilakuDanKinerja, "1" is the best
	KuadranKinerja      string  // kuadranKinerja: the label, e.g. "BAIK"
	KuadranKinerjaNilai Kuadran // KuadranKinerjaNilai: code of kuadranNilai, "1" is the best
	NamaPenilai         string  // namaPenilai (penilaiNama in the request)
	NipNrpPenilai       string  // nipNrpPenilai
	PenilaiGolonganID   string  // penilaiGolonganId
	PenilaiJabatanNm    string  // penilaiJabatanNm
	PenilaiUnorNm       string  // penilaiUnorNm
	StatusPenilai       string  // statusPenilai
}

type riwayatSKPJSON struct {
	ID                  string  `json:"id"`
	HasilKinerja        string  `json:"hasilKinerja"`
	HasilKinerjaNilai   Rating  `json:"hasilKinerjaNilai"`
	KuadranKinerja      string  `json:"kuadranKinerja"`
	KuadranKinerjaNilai Kuadran `json:"KuadranKinerjaNilai"`
	NamaPenilai         string  `json:"namaPenilai"`
	NipNrpPenilai       string  `json:"nipNrpPenilai"`
	PenilaiGolonganID   string  `json:"penilaiGolonganId"`
	PenilaiJabatanNm    string  `json:"penilaiJabatanNm"`
	PenilaiUnorNm       string  `json:"penilaiUnorNm"`
	PerilakuKerja       string  `json:"perilakuKerja"`
	PerilakuKerjaNilai  Rating  `json:"PerilakuKerjaNilai"`
	PNSDinilaiID        string  `json:"pnsDinilaiId"`
	StatusPenilai       string  `json:"statusPenilai"`
	Tahun               int     `json:"tahun"`
}

// MarshalJSON writes the record with the field names of SIASN's rw-skp22
// response, codes as numbers (null for no code). A code that is not a
// whole number is an error.
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
// numeric strings ("2", 2, 2.0) for the codes and the year, the codes kept
// as their text ("2"); numbers for the strings. Unknown keys are ignored.
// A value of the wrong form is a [*FieldError] naming the field. Codes are
// not checked here: an unknown or inconsistent code is kept, for
// [RiwayatSKP.Check] to report.
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
	if err := o.int(&x.Tahun, "tahun"); err != nil {
		return err
	}
	if err := code(o, &x.HasilKinerjaNilai, "hasilKinerjaNilai"); err != nil {
		return err
	}
	if err := code(o, &x.PerilakuKerjaNilai, "PerilakuKerjaNilai"); err != nil {
		return err
	}
	if err := code(o, &x.KuadranKinerjaNilai, "KuadranKinerjaNilai"); err != nil {
		return err
	}
	*r = x
	return nil
}

// HasilKinerjaRating returns the rating of Hasil Kerja that the record's
// hasilKinerjaNilai codes, as a [kinerja.Rating] (see [ParseRatingCode]).
// An unknown code, or none, is a [*CodeError] naming the field.
func (r RiwayatSKP) HasilKinerjaRating() (kinerja.Rating, error) {
	return parseRating("hasilKinerjaNilai", r.HasilKinerjaNilai)
}

// PerilakuKerjaRating returns the rating of Perilaku Kerja that the
// record's PerilakuKerjaNilai codes, as a [kinerja.Rating]. An unknown
// code, or none, is a [*CodeError] naming the field.
func (r RiwayatSKP) PerilakuKerjaRating() (kinerja.Rating, error) {
	return parseRating("PerilakuKerjaNilai", r.PerilakuKerjaNilai)
}

// KuadranKinerjaPredikat returns the predikat the record stores, the one
// its KuadranKinerjaNilai codes, as a [kinerja.Predikat] (see
// [ParseKuadranCode]). It may differ from [RiwayatSKP.Predikat], the
// predikat the two ratings give: [RiwayatSKP.Check] says how. An unknown
// code, or none, is a [*CodeError] naming the field.
func (r RiwayatSKP) KuadranKinerjaPredikat() (kinerja.Predikat, error) {
	return parseKuadran("KuadranKinerjaNilai", r.KuadranKinerjaNilai)
}

// Predikat returns the predikat that the record's two ratings give by the
// matrix of PermenPANRB No. 6 Tahun 2022 ([kinerja.PredikatPegawai]),
// whatever kuadran the record stores. An unknown rating code, or none, is
// a [*CodeError] naming the field.
func (r RiwayatSKP) Predikat() (kinerja.Predikat, error) {
	return predikat("hasilKinerjaNilai", r.HasilKinerjaNilai, "PerilakuKerjaNilai", r.PerilakuKerjaNilai)
}

// SKP returns the request of /skp22/save that saves the record again: the
// same id, year, ratings and rating official, with each field renamed as
// the request names it (pnsDinilaiId to pnsDinilaiOrang, namaPenilai to
// penilaiNama, nipNrpPenilai to penilaiNipNrp, penilaiGolonganId to
// penilaiGolongan, penilaiJabatanNm to penilaiJabatan, penilaiUnorNm to
// penilaiUnorNama). The labels (hasilKinerja, …) are display text, which
// the request does not carry, and the request has no documents (path)
// until the caller adds them.
//
// The request's kuadran is the one the two ratings give, so the record's
// must agree: a stored kuadran that does not is an error wrapping
// [ErrInconsistent], as decoding such a request is ([SKP.UnmarshalJSON]),
// and [RiwayatSKP.Check] names the wrong mapping behind it. To post a
// correction, clear the stored kuadran first (KuadranKinerjaNilai = "",
// no code): the request then takes the one the ratings give. An unknown
// rating or kuadran code is a [*CodeError] naming the field, and a year
// that is not four digits a [*FieldError].
func (r RiwayatSKP) SKP() (SKP, error) {
	hasil, err := r.HasilKinerjaRating()
	if err != nil {
		return SKP{}, err
	}
	perilaku, err := r.PerilakuKerjaRating()
	if err != nil {
		return SKP{}, err
	}
	if r.KuadranKinerjaNilai != "" {
		if _, err := r.KuadranKinerjaPredikat(); err != nil {
			return SKP{}, err
		}
		if err := checkStoredKuadran(hasil, perilaku, "hasilKinerjaNilai", "PerilakuKerjaNilai", "KuadranKinerjaNilai", r.KuadranKinerjaNilai); err != nil {
			return SKP{}, err
		}
	}
	s, err := NewSKP(hasil, perilaku, r.Tahun)
	if err != nil {
		return SKP{}, err
	}
	s.ID = r.ID
	s.PNSDinilaiOrang = r.PNSDinilaiID
	s.Penilai = Penilai{
		Nama:     r.NamaPenilai,
		NipNrp:   r.NipNrpPenilai,
		Golongan: r.PenilaiGolonganID,
		Jabatan:  r.PenilaiJabatanNm,
		UnorNama: r.PenilaiUnorNm,
		Status:   r.StatusPenilai,
	}
	return s, nil
}

// parseRating, parseKuadran and parseKoefisien convert a record's code
// field, naming the field in the error.
func parseRating(field string, c Rating) (kinerja.Rating, error) {
	r, err := ParseRatingCode(c)
	if err != nil {
		return 0, &CodeError{Field: field, Code: string(c), Err: ErrUnknownCode}
	}
	return r, nil
}

func parseKuadran(field string, c Kuadran) (kinerja.Predikat, error) {
	p, err := ParseKuadranCode(c)
	if err != nil {
		return 0, &CodeError{Field: field, Code: string(c), Err: ErrUnknownCode}
	}
	return p, nil
}

func parseKoefisien(field string, id Koefisien) (kinerja.Jenjang, error) {
	j, err := ParseKoefisienID(id)
	if err != nil {
		return 0, &CodeError{Field: field, Code: string(id), Err: ErrUnknownCode}
	}
	return j, nil
}

// predikat returns the predikat of two rating codes by the matrix.
func predikat(hasilF string, h Rating, perilakuF string, p Rating) (kinerja.Predikat, error) {
	hr, err := parseRating(hasilF, h)
	if err != nil {
		return 0, err
	}
	pr, err := parseRating(perilakuF, p)
	if err != nil {
		return 0, err
	}
	return kinerja.PredikatPegawai(hr, pr)
}

// RiwayatKinerjaPeriodik is one record of SIASN's rw-kinerjaperiodik
// response: a monthly or quarterly result as SIASN stored it, every field
// as received, for [RiwayatKinerjaPeriodik.Check] to audit. The documents
// (path) and the display labels are not kept.
//
// The code fields speak SIASN's codes ([Rating], [Kuadran], [Koefisien],
// [Periodik]); the methods HasilKinerjaRating, PerilakuKerjaRating,
// KuadranKinerjaPredikat, Predikat and Jenjang give them as the library's
// values.
//
// Its JSON has SIASN's response field names, including koefisenId (sic)
// and namaPenilai. Decoding is lenient (see
// [RiwayatKinerjaPeriodik.UnmarshalJSON]).
type RiwayatKinerjaPeriodik struct {
	ID                    string    // id
	PNSDinilaiID          string    // pnsDinilaiId
	NIP                   string    // nip
	Nama                  string    // nama
	Jabatan               string    // jabatan: the position's name, e.g. "Pranata Komputer Ahli Pertama"
	Tahun                 int       // tahun
	BulanMulaiPenilaian   int       // bulanMulaiPenilaian, 1–12
	BulanSelesaiPenilaian int       // bulanSelesaiPenilaian, 1–12
	TahunMulaiPenilaian   int       // tahunMulaiPenilaian
	TahunSelesaiPenilaian int       // tahunSelesaiPenilaian
	PeriodikID            Periodik  // periodikId: the periodik, whose value is its id ("1" bulanan, "2" triwulan)
	KoefisienID           Koefisien // koefisenId (sic): id of the koefisien table
	HasilKinerjaNilai     Rating    // hasilKinerjaNilai: code of perilakuDanKinerja, "1" is the best
	PerilakuKerjaNilai    Rating    // perilakuKerjaNilai: code of perilakuDanKinerja, "1" is the best
	KuadranKinerjaNilai   Kuadran   // kuadranKinerjaNilai: code of kuadranNilai, "1" is the best
	NamaPenilai           string    // namaPenilai (penilaiNama in the request)
	PenilaiNipNrp         string    // penilaiNipNrp
	StatusPenilai         string    // statusPenilai
}

type riwayatKinerjaPeriodikJSON struct {
	ID                    string    `json:"id"`
	BulanMulaiPenilaian   int       `json:"bulanMulaiPenilaian"`
	BulanSelesaiPenilaian int       `json:"bulanSelesaiPenilaian"`
	HasilKinerjaNilai     Rating    `json:"hasilKinerjaNilai"`
	Jabatan               string    `json:"jabatan"`
	KoefisienID           Koefisien `json:"koefisenId"`
	KuadranKinerjaNilai   Kuadran   `json:"kuadranKinerjaNilai"`
	Nama                  string    `json:"nama"`
	NamaPenilai           string    `json:"namaPenilai"`
	NIP                   string    `json:"nip"`
	PenilaiNipNrp         string    `json:"penilaiNipNrp"`
	PerilakuKerjaNilai    Rating    `json:"perilakuKerjaNilai"`
	PeriodikID            string    `json:"periodikId"`
	PNSDinilaiID          string    `json:"pnsDinilaiId"`
	StatusPenilai         string    `json:"statusPenilai"`
	Tahun                 int       `json:"tahun"`
	TahunMulaiPenilaian   int       `json:"tahunMulaiPenilaian"`
	TahunSelesaiPenilaian int       `json:"tahunSelesaiPenilaian"`
}

// MarshalJSON writes the record with the field names of SIASN's
// rw-kinerjaperiodik response, codes as numbers (null for no code) and ids
// as strings ("" for none). A code that is not a whole number is an error.
func (r RiwayatKinerjaPeriodik) MarshalJSON() ([]byte, error) {
	return json.Marshal(riwayatKinerjaPeriodikJSON{
		ID: r.ID, BulanMulaiPenilaian: r.BulanMulaiPenilaian, BulanSelesaiPenilaian: r.BulanSelesaiPenilaian,
		HasilKinerjaNilai: r.HasilKinerjaNilai, Jabatan: r.Jabatan, KoefisienID: r.KoefisienID,
		KuadranKinerjaNilai: r.KuadranKinerjaNilai, Nama: r.Nama, NamaPenilai: r.NamaPenilai, NIP: r.NIP,
		PenilaiNipNrp: r.PenilaiNipNrp, PerilakuKerjaNilai: r.PerilakuKerjaNilai, PeriodikID: periodikText(r.PeriodikID),
		PNSDinilaiID: r.PNSDinilaiID, StatusPenilai: r.StatusPenilai, Tahun: r.Tahun,
		TahunMulaiPenilaian: r.TahunMulaiPenilaian, TahunSelesaiPenilaian: r.TahunSelesaiPenilaian,
	})
}

// periodikText returns a periodik as the text of its id, as received:
// "1", "2", or another number for an unknown one; "" for the zero
// Periodik.
func periodikText(p Periodik) string {
	if p == 0 {
		return ""
	}
	return strconv.Itoa(int(p))
}

// UnmarshalJSON reads an rw-kinerjaperiodik record leniently, as
// [RiwayatSKP.UnmarshalJSON] does; koefisienId is accepted for koefisenId
// and penilaiNama for namaPenilai. periodikId is read as a whole number
// ("2", 2): an id outside the table up to 255 is kept, for
// [RiwayatKinerjaPeriodik.Check] to report, and anything else is a
// [*FieldError]. Codes are not checked here.
func (r *RiwayatKinerjaPeriodik) UnmarshalJSON(data []byte) error {
	o, err := readObject(data, "rw-kinerjaperiodik")
	if err != nil {
		return err
	}
	var x RiwayatKinerjaPeriodik
	var kid string
	for _, f := range []struct {
		dst   *string
		names []string
	}{
		{&x.ID, []string{"id"}},
		{&x.PNSDinilaiID, []string{"pnsDinilaiId"}},
		{&x.NIP, []string{"nip"}},
		{&x.Nama, []string{"nama"}},
		{&x.Jabatan, []string{"jabatan"}},
		{&kid, []string{"koefisenId", "koefisienId"}},
		{&x.NamaPenilai, []string{"namaPenilai", "penilaiNama"}},
		{&x.PenilaiNipNrp, []string{"penilaiNipNrp", "nipNrpPenilai"}},
		{&x.StatusPenilai, []string{"statusPenilai"}},
	} {
		if err := o.str(f.dst, f.names...); err != nil {
			return err
		}
	}
	x.KoefisienID = Koefisien(kid)
	var pid int
	for _, f := range []struct {
		dst  *int
		name string
	}{
		{&x.Tahun, "tahun"}, {&x.BulanMulaiPenilaian, "bulanMulaiPenilaian"}, {&x.BulanSelesaiPenilaian, "bulanSelesaiPenilaian"},
		{&x.TahunMulaiPenilaian, "tahunMulaiPenilaian"}, {&x.TahunSelesaiPenilaian, "tahunSelesaiPenilaian"},
		{&pid, "periodikId"},
	} {
		if err := o.int(f.dst, f.name); err != nil {
			return err
		}
	}
	if pid < 0 || pid > 255 {
		return &FieldError{Field: "periodikId", Input: strconv.Itoa(pid), Want: "an id of the periodik table (1 bulanan, 2 triwulan)"}
	}
	x.PeriodikID = Periodik(pid)
	if err := code(o, &x.HasilKinerjaNilai, "hasilKinerjaNilai"); err != nil {
		return err
	}
	if err := code(o, &x.PerilakuKerjaNilai, "perilakuKerjaNilai"); err != nil {
		return err
	}
	if err := code(o, &x.KuadranKinerjaNilai, "kuadranKinerjaNilai"); err != nil {
		return err
	}
	*r = x
	return nil
}

// HasilKinerjaRating returns the rating of Hasil Kerja that the record's
// hasilKinerjaNilai codes, as a [kinerja.Rating]. An unknown code, or
// none, is a [*CodeError] naming the field.
func (r RiwayatKinerjaPeriodik) HasilKinerjaRating() (kinerja.Rating, error) {
	return parseRating("hasilKinerjaNilai", r.HasilKinerjaNilai)
}

// PerilakuKerjaRating returns the rating of Perilaku Kerja that the
// record's perilakuKerjaNilai codes, as a [kinerja.Rating]. An unknown
// code, or none, is a [*CodeError] naming the field.
func (r RiwayatKinerjaPeriodik) PerilakuKerjaRating() (kinerja.Rating, error) {
	return parseRating("perilakuKerjaNilai", r.PerilakuKerjaNilai)
}

// KuadranKinerjaPredikat returns the predikat the record stores, the one
// its kuadranKinerjaNilai codes, as a [kinerja.Predikat]. It may differ
// from [RiwayatKinerjaPeriodik.Predikat]: [RiwayatKinerjaPeriodik.Check]
// says how. An unknown code, or none, is a [*CodeError] naming the field.
func (r RiwayatKinerjaPeriodik) KuadranKinerjaPredikat() (kinerja.Predikat, error) {
	return parseKuadran("kuadranKinerjaNilai", r.KuadranKinerjaNilai)
}

// Predikat returns the predikat that the record's two ratings give by the
// matrix of PermenPANRB No. 6 Tahun 2022 ([kinerja.PredikatPegawai]),
// whatever kuadran the record stores. An unknown rating code, or none, is
// a [*CodeError] naming the field.
func (r RiwayatKinerjaPeriodik) Predikat() (kinerja.Predikat, error) {
	return predikat("hasilKinerjaNilai", r.HasilKinerjaNilai, "perilakuKerjaNilai", r.PerilakuKerjaNilai)
}

// Jenjang returns the jenjang whose koefisien the record's koefisenId
// names, as a [kinerja.Jenjang] (see [ParseKoefisienID]). An unknown id,
// or none, is a [*CodeError] naming the field.
func (r RiwayatKinerjaPeriodik) Jenjang() (kinerja.Jenjang, error) {
	return parseKoefisien("koefisenId", r.KoefisienID)
}
