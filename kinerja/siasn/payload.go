package siasn

import (
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strconv"

	"github.com/go-asn/berakhlak/figure"
	"github.com/go-asn/berakhlak/internal/text"
	"github.com/go-asn/berakhlak/kinerja"
)

// Dokumen is one document attached to a payload (the field path), as
// SIASN's document upload returns it.
type Dokumen struct {
	DokID   string `json:"dok_id"`
	DokNama string `json:"dok_nama"`
	DokURI  string `json:"dok_uri"`
	Object  string `json:"object"`
	Slug    string `json:"slug"`
}

// Penilai is the rating official (pejabat penilai kinerja) of a payload.
type Penilai struct {
	Nama     string // penilaiNama
	NipNrp   string // penilaiNipNrp: NIP, or NRP for TNI/Polri
	Golongan string // penilaiGolongan: an id of SIASN's golonganPns reference
	Jabatan  string // penilaiJabatan in /skp22/save, penilaiJabatanNama in /kinerjaperiodik/save
	UnorNama string // penilaiUnorNama: the official's organisation unit
	Status   string // statusPenilai: "ASN" or "NON ASN"
}

// minTahun and maxTahun bound the years a request accepts: four digits.
const (
	minTahun = 1000
	maxTahun = 9999
)

// ratingsCodes returns the SIASN codes of the two ratings and the kuadran
// that PermenPANRB No. 6 Tahun 2022 gives them.
func ratingsCodes(hasil, perilaku kinerja.Rating) (h, p Rating, k Kuadran, err error) {
	pred, err := kinerja.PredikatPegawai(hasil, perilaku)
	if err != nil {
		return "", "", "", fmt.Errorf("siasn: %w", err)
	}
	h, _ = RatingCode(hasil)
	p, _ = RatingCode(perilaku)
	k, _ = KuadranCode(pred)
	return h, p, k, nil
}

// readRatings reads the three codes of a request and checks them: known
// codes, and a kuadran that follows from the two ratings.
func readRatings(o object, hasilF, perilakuF, kuadranF string) (hasil, perilaku kinerja.Rating, err error) {
	var h, p Rating
	var k Kuadran
	if err := code(o, &h, hasilF); err != nil {
		return 0, 0, err
	}
	if err := code(o, &p, perilakuF); err != nil {
		return 0, 0, err
	}
	if err := code(o, &k, kuadranF); err != nil {
		return 0, 0, err
	}
	if hasil, err = ParseRatingCode(h); err != nil {
		return 0, 0, &CodeError{Field: hasilF, Code: string(h), Err: ErrUnknownCode}
	}
	if perilaku, err = ParseRatingCode(p); err != nil {
		return 0, 0, &CodeError{Field: perilakuF, Code: string(p), Err: ErrUnknownCode}
	}
	if err := checkStoredKuadran(hasil, perilaku, hasilF, perilakuF, kuadranF, k); err != nil {
		return 0, 0, err
	}
	return hasil, perilaku, nil
}

// checkStoredKuadran returns an error wrapping ErrInconsistent when the
// kuadran k is not the one the two (valid) ratings give.
func checkStoredKuadran(hasil, perilaku kinerja.Rating, hasilF, perilakuF, kuadranF string, k Kuadran) error {
	h, p, want, _ := ratingsCodes(hasil, perilaku)
	if k != want {
		return fmt.Errorf("siasn: %s is %s, but %s %s and %s %s give %s (PermenPANRB No. 6 Tahun 2022): %w",
			kuadranF, shown(string(k)), hasilF, h, perilakuF, p, want, ErrInconsistent)
	}
	return nil
}

// shown returns a stored value as a message shows it: as it is, or ""
// when empty, cut short after 80 bytes.
func shown(s string) string {
	switch {
	case s == "":
		return `""`
	case len(s) > maxEcho:
		return text.Cut(s)
	}
	return s
}

// SKP is the request of SIASN's /skp22/save: an employee's yearly SKP
// result (PermenPANRB No. 6 Tahun 2022). Its ratings, kuadran and year
// are set by [NewSKP] and cannot disagree; the other fields are the
// caller's. The zero SKP is invalid and does not marshal.
//
// Its JSON has SIASN's request field names: hasilKinerjaNilai, id,
// kuadranKinerjaNilai, path, penilaiGolongan, penilaiJabatan, penilaiNama,
// penilaiNipNrp, penilaiUnorNama, perilakuKerjaNilai, pnsDinilaiOrang,
// statusPenilai, tahun. Decoding is lenient (see [SKP.UnmarshalJSON]).
type SKP struct {
	ID              string    // id: SIASN's id of the record to update; empty for a new one
	PNSDinilaiOrang string    // pnsDinilaiOrang: SIASN's id (pnsId) of the employee rated
	Penilai         Penilai   // the rating official
	Path            []Dokumen // path: the signed SKP document(s), if any

	tahun           int
	hasil, perilaku kinerja.Rating
}

// Equal reports whether s and o are the same request, field by field.
func (s SKP) Equal(o SKP) bool {
	return s.ID == o.ID && s.PNSDinilaiOrang == o.PNSDinilaiOrang && s.Penilai == o.Penilai &&
		slices.Equal(s.Path, o.Path) && s.tahun == o.tahun && s.hasil == o.hasil && s.perilaku == o.perilaku
}

// NewSKP returns the yearly SKP of an employee rated hasil for Hasil Kerja
// and perilaku for Perilaku Kerja in the year tahun; its kuadran is
// [kinerja.PredikatPegawai] of the two. An invalid rating is an error
// wrapping [kinerja.ErrUnknownRating]; a year that is not four digits
// wraps [ErrInvalidField].
func NewSKP(hasil, perilaku kinerja.Rating, tahun int) (SKP, error) {
	if _, _, _, err := ratingsCodes(hasil, perilaku); err != nil {
		return SKP{}, err
	}
	if tahun < minTahun || tahun > maxTahun {
		return SKP{}, &FieldError{Field: "tahun", Input: strconv.Itoa(tahun), Want: "a four-digit year"}
	}
	return SKP{tahun: tahun, hasil: hasil, perilaku: perilaku}, nil
}

// IsValid reports whether s was made by [NewSKP] or decoded.
func (s SKP) IsValid() bool { return s.hasil.IsValid() }

// Tahun returns the year rated.
func (s SKP) Tahun() int { return s.tahun }

// HasilKinerja returns the rating of Hasil Kerja.
func (s SKP) HasilKinerja() kinerja.Rating { return s.hasil }

// PerilakuKerja returns the rating of Perilaku Kerja.
func (s SKP) PerilakuKerja() kinerja.Rating { return s.perilaku }

// Predikat returns the predikat the two ratings give, which the JSON
// carries as kuadranKinerjaNilai; 0 for the zero SKP.
func (s SKP) Predikat() kinerja.Predikat {
	p, _ := kinerja.PredikatPegawai(s.hasil, s.perilaku)
	return p
}

type skpJSON struct {
	HasilKinerjaNilai   Rating    `json:"hasilKinerjaNilai"`
	ID                  string    `json:"id"`
	KuadranKinerjaNilai Kuadran   `json:"kuadranKinerjaNilai"`
	Path                []Dokumen `json:"path,omitempty"`
	PenilaiGolongan     string    `json:"penilaiGolongan"`
	PenilaiJabatan      string    `json:"penilaiJabatan"`
	PenilaiNama         string    `json:"penilaiNama"`
	PenilaiNipNrp       string    `json:"penilaiNipNrp"`
	PenilaiUnorNama     string    `json:"penilaiUnorNama"`
	PerilakuKerjaNilai  Rating    `json:"perilakuKerjaNilai"`
	PnsDinilaiOrang     string    `json:"pnsDinilaiOrang"`
	StatusPenilai       string    `json:"statusPenilai"`
	Tahun               int       `json:"tahun"`
}

// MarshalJSON returns the request body of /skp22/save, with the codes of
// SIASN's reference tables as numbers. The zero SKP is an error wrapping
// [kinerja.ErrUnknownRating].
func (s SKP) MarshalJSON() ([]byte, error) {
	h, p, k, err := ratingsCodes(s.hasil, s.perilaku)
	if err != nil {
		return nil, err
	}
	return json.Marshal(skpJSON{
		HasilKinerjaNilai: h, ID: s.ID, KuadranKinerjaNilai: k, Path: s.Path,
		PenilaiGolongan: s.Penilai.Golongan, PenilaiJabatan: s.Penilai.Jabatan, PenilaiNama: s.Penilai.Nama,
		PenilaiNipNrp: s.Penilai.NipNrp, PenilaiUnorNama: s.Penilai.UnorNama, PerilakuKerjaNilai: p,
		PnsDinilaiOrang: s.PNSDinilaiOrang, StatusPenilai: s.Penilai.Status, Tahun: s.tahun,
	})
}

// UnmarshalJSON reads a /skp22/save body leniently: keys in any case;
// namaPenilai, nipNrpPenilai, penilaiJabatanNm or penilaiUnorNm (the names
// of the rw-skp22 response) for the penilai fields; numbers or numeric
// strings ("2", 2, 2.0) for the codes and the year; numbers for the
// strings. Unknown keys are ignored. A value of the wrong form is a
// [*FieldError]; an unknown code a [*CodeError]; a kuadran that does not
// follow from the two ratings an error wrapping [ErrInconsistent]: a
// decoded SKP is as valid as one from [NewSKP].
func (s *SKP) UnmarshalJSON(data []byte) error {
	o, err := readObject(data, "skp22")
	if err != nil {
		return err
	}
	var x SKP
	for _, f := range []struct {
		dst   *string
		names []string
	}{
		{&x.ID, []string{"id"}},
		{&x.PNSDinilaiOrang, []string{"pnsDinilaiOrang", "pnsDinilaiId"}},
		{&x.Penilai.Golongan, []string{"penilaiGolongan", "penilaiGolonganId"}},
		{&x.Penilai.Jabatan, []string{"penilaiJabatan", "penilaiJabatanNm", "penilaiJabatanNama"}},
		{&x.Penilai.Nama, []string{"penilaiNama", "namaPenilai"}},
		{&x.Penilai.NipNrp, []string{"penilaiNipNrp", "nipNrpPenilai"}},
		{&x.Penilai.UnorNama, []string{"penilaiUnorNama", "penilaiUnorNm"}},
		{&x.Penilai.Status, []string{"statusPenilai"}},
	} {
		if err := o.str(f.dst, f.names...); err != nil {
			return err
		}
	}
	if err := o.docs(&x.Path, "path"); err != nil {
		return err
	}
	if err := o.int(&x.tahun, "tahun"); err != nil {
		return err
	}
	if x.tahun < minTahun || x.tahun > maxTahun {
		return &FieldError{Field: "tahun", Input: strconv.Itoa(x.tahun), Want: "a four-digit year"}
	}
	if x.hasil, x.perilaku, err = readRatings(o, "hasilKinerjaNilai", "perilakuKerjaNilai", "kuadranKinerjaNilai"); err != nil {
		return err
	}
	*s = x
	return nil
}

// KinerjaPeriodik is the request of SIASN's /kinerjaperiodik/save: the
// result of one month (bulanan) or quarter (triwulan) of a functional
// position, from which angka kredit is converted (PermenPANRB 1/2023,
// Peraturan BKN 3/2023). Its ratings, kuadran, jenjang, periodik and
// months are set by [NewKinerjaPeriodik] and cannot disagree; the other
// fields are the caller's. The zero KinerjaPeriodik is invalid and does
// not marshal.
//
// Its JSON has SIASN's request field names: bulanMulaiPenilaian,
// bulanSelesaiPenilaian, hasilKinerjaNilai, id, koefisienId,
// kuadranKinerjaNilai, path, penilaiGolongan, penilaiJabatanNama,
// penilaiNama, penilaiNipNrp, penilaiUnorNama, perilakuKerjaNilai,
// periodikId, pnsDinilaiId, statusPenilai, tahun, tahunMulaiPenilaian,
// tahunSelesaiPenilaian.
type KinerjaPeriodik struct {
	ID           string    // id: SIASN's id of the record to update; empty for a new one
	PNSDinilaiID string    // pnsDinilaiId: SIASN's id (pnsId) of the employee rated
	Penilai      Penilai   // the rating official
	Path         []Dokumen // path: the signed document(s), if any

	tahun, bulanMulai, bulanSelesai int
	periodik                        Periodik
	jenjang                         kinerja.Jenjang
	hasil, perilaku                 kinerja.Rating
}

// Equal reports whether k and o are the same request, field by field.
func (k KinerjaPeriodik) Equal(o KinerjaPeriodik) bool {
	return k.ID == o.ID && k.PNSDinilaiID == o.PNSDinilaiID && k.Penilai == o.Penilai && slices.Equal(k.Path, o.Path) &&
		k.tahun == o.tahun && k.bulanMulai == o.bulanMulai && k.bulanSelesai == o.bulanSelesai &&
		k.periodik == o.periodik && k.jenjang == o.jenjang && k.hasil == o.hasil && k.perilaku == o.perilaku
}

// NewKinerjaPeriodik returns the periodic result of an employee at jenjang
// j, rated hasil and perilaku for the months bulanMulai to bulanSelesai
// (1–12, both included) of the year tahun. It returns an error wrapping
// [kinerja.ErrUnknownRating] for an invalid rating,
// [kinerja.ErrUnknownJenjang] (and [ErrUnknownCode]) for an invalid
// jenjang, [ErrUnknownCode] for an invalid periodik,
// [kinerja.ErrInvalidInput] (and [ErrInvalidField], naming the field) for
// a month outside 1–12 or a year that is not four digits, and
// [ErrInconsistent] when the period ends before it starts: the sentinels
// of package kinerja for what kinerja checks too. A period does not cross
// a year: SIASN carries the year once more in tahun.
func NewKinerjaPeriodik(hasil, perilaku kinerja.Rating, j kinerja.Jenjang, periodik Periodik, tahun, bulanMulai, bulanSelesai int) (KinerjaPeriodik, error) {
	x := KinerjaPeriodik{tahun: tahun, bulanMulai: bulanMulai, bulanSelesai: bulanSelesai, periodik: periodik, jenjang: j, hasil: hasil, perilaku: perilaku}
	err := x.check()
	var fe *FieldError
	switch {
	case err == nil:
		return x, nil
	case hasil.IsValid() && perilaku.IsValid() && !j.IsValid():
		return KinerjaPeriodik{}, fmt.Errorf("%w (%w)", err, kinerja.ErrUnknownJenjang)
	case errors.As(err, &fe):
		return KinerjaPeriodik{}, fmt.Errorf("%w (%w)", err, kinerja.ErrInvalidInput)
	}
	return KinerjaPeriodik{}, err
}

func (k KinerjaPeriodik) check() error {
	if _, _, _, err := ratingsCodes(k.hasil, k.perilaku); err != nil {
		return err
	}
	if _, err := KoefisienID(k.jenjang); err != nil {
		return err
	}
	if _, err := PeriodikID(k.periodik); err != nil {
		return err
	}
	if k.tahun < minTahun || k.tahun > maxTahun {
		return &FieldError{Field: "tahun", Input: strconv.Itoa(k.tahun), Want: "a four-digit year"}
	}
	for _, f := range []struct {
		name string
		v    int
	}{{"bulanMulaiPenilaian", k.bulanMulai}, {"bulanSelesaiPenilaian", k.bulanSelesai}} {
		if f.v < 1 || f.v > 12 {
			return &FieldError{Field: f.name, Input: strconv.Itoa(f.v), Want: "a month 1–12"}
		}
	}
	if k.bulanMulai > k.bulanSelesai {
		return fmt.Errorf("siasn: bulanMulaiPenilaian %d is after bulanSelesaiPenilaian %d: %w", k.bulanMulai, k.bulanSelesai, ErrInconsistent)
	}
	return nil
}

// IsValid reports whether k was made by [NewKinerjaPeriodik] or decoded.
func (k KinerjaPeriodik) IsValid() bool { return k.hasil.IsValid() }

// Tahun returns the year of the period.
func (k KinerjaPeriodik) Tahun() int { return k.tahun }

// Bulan returns the first and the last month of the period, 1–12.
func (k KinerjaPeriodik) Bulan() (mulai, selesai int) { return k.bulanMulai, k.bulanSelesai }

// Periodik returns how often the result is rated.
func (k KinerjaPeriodik) Periodik() Periodik { return k.periodik }

// Jenjang returns the jenjang, which the JSON carries as koefisienId.
func (k KinerjaPeriodik) Jenjang() kinerja.Jenjang { return k.jenjang }

// HasilKinerja returns the rating of Hasil Kerja.
func (k KinerjaPeriodik) HasilKinerja() kinerja.Rating { return k.hasil }

// PerilakuKerja returns the rating of Perilaku Kerja.
func (k KinerjaPeriodik) PerilakuKerja() kinerja.Rating { return k.perilaku }

// Predikat returns the predikat the two ratings give, which the JSON
// carries as kuadranKinerjaNilai; 0 for the zero KinerjaPeriodik.
func (k KinerjaPeriodik) Predikat() kinerja.Predikat {
	p, _ := kinerja.PredikatPegawai(k.hasil, k.perilaku)
	return p
}

// AngkaKredit returns the angka kredit the period earns: [kinerja.AngkaKredit]
// of its jenjang, predikat and number of months, with the options given, a
// [figure.Figure] at 3 places by default (library default).
func (k KinerjaPeriodik) AngkaKredit(opts ...kinerja.AngkaKreditOption) (figure.Figure, error) {
	return kinerja.AngkaKredit(k.jenjang, k.Predikat(), k.bulanSelesai-k.bulanMulai+1, opts...)
}

type kinerjaPeriodikJSON struct {
	BulanMulaiPenilaian   int       `json:"bulanMulaiPenilaian"`
	BulanSelesaiPenilaian int       `json:"bulanSelesaiPenilaian"`
	HasilKinerjaNilai     Rating    `json:"hasilKinerjaNilai"`
	ID                    string    `json:"id"`
	KoefisienID           Koefisien `json:"koefisienId"`
	KuadranKinerjaNilai   Kuadran   `json:"kuadranKinerjaNilai"`
	Path                  []Dokumen `json:"path,omitempty"`
	PenilaiGolongan       string    `json:"penilaiGolongan"`
	PenilaiJabatanNama    string    `json:"penilaiJabatanNama"`
	PenilaiNama           string    `json:"penilaiNama"`
	PenilaiNipNrp         string    `json:"penilaiNipNrp"`
	PenilaiUnorNama       string    `json:"penilaiUnorNama"`
	PerilakuKerjaNilai    Rating    `json:"perilakuKerjaNilai"`
	PeriodikID            string    `json:"periodikId"`
	PnsDinilaiID          string    `json:"pnsDinilaiId"`
	StatusPenilai         string    `json:"statusPenilai"`
	Tahun                 int       `json:"tahun"`
	TahunMulaiPenilaian   int       `json:"tahunMulaiPenilaian"`
	TahunSelesaiPenilaian int       `json:"tahunSelesaiPenilaian"`
}

// MarshalJSON returns the request body of /kinerjaperiodik/save: codes of
// SIASN's reference tables as numbers, koefisienId and periodikId as
// strings. The zero KinerjaPeriodik is an error.
func (k KinerjaPeriodik) MarshalJSON() ([]byte, error) {
	if err := k.check(); err != nil {
		return nil, err
	}
	h, p, q, _ := ratingsCodes(k.hasil, k.perilaku)
	kid, _ := KoefisienID(k.jenjang)
	pid, _ := PeriodikID(k.periodik)
	return json.Marshal(kinerjaPeriodikJSON{
		BulanMulaiPenilaian: k.bulanMulai, BulanSelesaiPenilaian: k.bulanSelesai, HasilKinerjaNilai: h, ID: k.ID,
		KoefisienID: kid, KuadranKinerjaNilai: q, Path: k.Path, PenilaiGolongan: k.Penilai.Golongan,
		PenilaiJabatanNama: k.Penilai.Jabatan, PenilaiNama: k.Penilai.Nama, PenilaiNipNrp: k.Penilai.NipNrp,
		PenilaiUnorNama: k.Penilai.UnorNama, PerilakuKerjaNilai: p, PeriodikID: pid, PnsDinilaiID: k.PNSDinilaiID,
		StatusPenilai: k.Penilai.Status, Tahun: k.tahun, TahunMulaiPenilaian: k.tahun, TahunSelesaiPenilaian: k.tahun,
	})
}

// UnmarshalJSON reads a /kinerjaperiodik/save body leniently, as
// [SKP.UnmarshalJSON] does; koefisenId (sic, the rw-kinerjaperiodik name)
// is accepted for koefisienId. tahunMulaiPenilaian and
// tahunSelesaiPenilaian, when given, must equal tahun. An unknown
// koefisienId or periodikId is a [*CodeError]; the checks of
// [NewKinerjaPeriodik] apply.
func (k *KinerjaPeriodik) UnmarshalJSON(data []byte) error {
	o, err := readObject(data, "kinerjaperiodik")
	if err != nil {
		return err
	}
	var x KinerjaPeriodik
	var kid, pid string
	for _, f := range []struct {
		dst   *string
		names []string
	}{
		{&x.ID, []string{"id"}},
		{&x.PNSDinilaiID, []string{"pnsDinilaiId"}},
		{&x.Penilai.Golongan, []string{"penilaiGolongan", "penilaiGolonganId"}},
		{&x.Penilai.Jabatan, []string{"penilaiJabatanNama", "penilaiJabatan", "penilaiJabatanNm"}},
		{&x.Penilai.Nama, []string{"penilaiNama", "namaPenilai"}},
		{&x.Penilai.NipNrp, []string{"penilaiNipNrp", "nipNrpPenilai"}},
		{&x.Penilai.UnorNama, []string{"penilaiUnorNama", "penilaiUnorNm"}},
		{&x.Penilai.Status, []string{"statusPenilai"}},
		{&kid, []string{"koefisienId", "koefisenId"}},
		{&pid, []string{"periodikId"}},
	} {
		if err := o.str(f.dst, f.names...); err != nil {
			return err
		}
	}
	if err := o.docs(&x.Path, "path"); err != nil {
		return err
	}
	var tm, ts int
	for _, f := range []struct {
		dst  *int
		name string
	}{
		{&x.tahun, "tahun"}, {&x.bulanMulai, "bulanMulaiPenilaian"}, {&x.bulanSelesai, "bulanSelesaiPenilaian"},
		{&tm, "tahunMulaiPenilaian"}, {&ts, "tahunSelesaiPenilaian"},
	} {
		if err := o.int(f.dst, f.name); err != nil {
			return err
		}
	}
	if x.hasil, x.perilaku, err = readRatings(o, "hasilKinerjaNilai", "perilakuKerjaNilai", "kuadranKinerjaNilai"); err != nil {
		return err
	}
	if x.jenjang, err = parseKoefisien("koefisienId", Koefisien(kid)); err != nil {
		return err
	}
	if x.periodik, err = ParsePeriodikID(pid); err != nil {
		return &CodeError{Field: "periodikId", Code: pid, Err: ErrUnknownCode}
	}
	for _, f := range []struct {
		name string
		v    int
	}{{"tahunMulaiPenilaian", tm}, {"tahunSelesaiPenilaian", ts}} {
		if f.v != 0 && f.v != x.tahun {
			return fmt.Errorf("siasn: %s %d is not tahun %d: a period does not cross a year: %w", f.name, f.v, x.tahun, ErrInconsistent)
		}
	}
	if err := x.check(); err != nil {
		return err
	}
	*k = x
	return nil
}
