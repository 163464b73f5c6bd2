package siasn

import (
	"encoding/json"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/go-asn/berakhlak/figure"
	"github.com/go-asn/berakhlak/kinerja"
)

// tanggalLayout is SIASN's date of an SK, DD-MM-YYYY; tanggalRead reads
// it with one or two digits for the day and month.
const (
	tanggalLayout = "02-01-2006"
	tanggalRead   = "2-1-2006"
)

// AngkaKredit is the request of SIASN's /angkakredit/save: an angka kredit
// record (the figure of a PAK) for the months from bulanMulaiPenailan of
// tahunMulaiPenailan to bulanSelesaiPenailan of tahunSelesaiPenailan. Its
// period, flags and figures are set by [NewAngkaKreditKonversi] or
// [NewAngkaKreditPenilaian], which apply the konversi convention (see
// below), or decoded; the other fields are the caller's. The zero
// AngkaKredit is invalid and does not marshal.
//
// For a konversi record (angka kredit converted from the predikat,
// PermenPANRB 1/2023) kreditUtamaBaru and kreditPenunjangBaru are 0 and
// kreditBaruTotal carries the angka kredit (derived: public SIASN
// clients), so that a konversi never splits into utama and penunjang.
//
// Its JSON has SIASN's request field names, every value a string as SIASN
// takes it, including BKN's own spelling "Penailan": bulanMulaiPenailan,
// bulanSelesaiPenailan, id, isAngkaKreditPertama, isIntegrasi, isKonversi
// ("1" or "0"), kreditBaruTotal, kreditPenunjangBaru, kreditUtamaBaru,
// nomorSk, path, pnsId, rwJabatanId, tahunMulaiPenailan,
// tahunSelesaiPenailan, tanggalSk (DD-MM-YYYY). Decoding is lenient (see
// [AngkaKredit.UnmarshalJSON]).
type AngkaKredit struct {
	ID          string    // id: SIASN's id of the record to update; empty for a new one
	PNSID       string    // pnsId: SIASN's id of the employee
	RwJabatanID string    // rwJabatanId: SIASN's id of the position record (riwayat jabatan) the angka kredit belongs to
	NomorSK     string    // nomorSk: the number of the PAK
	TanggalSK   time.Time // tanggalSk: the date of the PAK, DD-MM-YYYY in the JSON; the zero Time is none ("")
	Pertama     bool      // isAngkaKreditPertama: the first angka kredit of the position
	Path        []Dokumen // path: the signed PAK, if any

	tahunMulai, bulanMulai, tahunSelesai, bulanSelesai int
	integrasi, konversi                                bool
	utama, penunjang, total                            figure.Figure
}

// zeroAK is the kreditUtamaBaru and kreditPenunjangBaru of a konversi
// record.
var zeroAK = figure.MustParse("0")

// NewAngkaKreditKonversi returns the konversi record of an angka kredit
// already converted (by [kinerja.AngkaKreditTahunan], or as a PAK states
// it) for the months bulanMulai of tahunMulai to bulanSelesai of
// tahunSelesai: isKonversi "1", kreditUtamaBaru and kreditPenunjangBaru 0,
// kreditBaruTotal ak. A month outside 1–12 or a year that is not four
// digits is a [*FieldError]; a period that ends before it starts wraps
// [ErrInconsistent]; an invalid or negative ak wraps
// [kinerja.ErrInvalidInput].
func NewAngkaKreditKonversi(tahunMulai, bulanMulai, tahunSelesai, bulanSelesai int, ak figure.Figure) (AngkaKredit, error) {
	if !ak.IsValid() || ak.Sign() < 0 {
		return AngkaKredit{}, fmt.Errorf("siasn: kreditBaruTotal %s is not a figure of 0 or more: %w", ak, kinerja.ErrInvalidInput)
	}
	a := AngkaKredit{tahunMulai: tahunMulai, bulanMulai: bulanMulai, tahunSelesai: tahunSelesai, bulanSelesai: bulanSelesai,
		konversi: true, utama: zeroAK, penunjang: zeroAK, total: ak}
	if err := a.checkPeriod(); err != nil {
		return AngkaKredit{}, err
	}
	return a, nil
}

// NewAngkaKreditPenilaian returns the konversi record of the periods
// given, at one jenjang: their angka kredit is added up by
// [kinerja.Accumulate] with the options (by default rounded once at 3
// places), and the record runs from the first period's first month to the
// last period's last month. A konversi record holds the angka kredit of
// its periods only, so [kinerja.WithStart] has no effect. Periods that
// [kinerja.Accumulate] refuses, or of more than one jenjang, are an error
// wrapping [kinerja.ErrInvalidInput] or the error of Accumulate.
func NewAngkaKreditPenilaian(periode []kinerja.Penilaian, opts ...kinerja.AngkaKreditOption) (AngkaKredit, error) {
	a, err := accumulateRecord(periode, opts)
	if err != nil {
		return AngkaKredit{}, err
	}
	steps := a.Steps()
	first, last := steps[0].Penilaian, steps[len(steps)-1].Penilaian
	return NewAngkaKreditKonversi(first.Tahun, first.BulanMulai, last.Tahun, last.BulanSelesai, a.Total())
}

// accumulateRecord accumulates the periods of one record: one jenjang,
// from 0.
func accumulateRecord(periode []kinerja.Penilaian, opts []kinerja.AngkaKreditOption) (kinerja.Accumulation, error) {
	opts = append(slices.Clip(opts), kinerja.WithStart(zeroAK))
	a, err := kinerja.Accumulate(periode, opts...)
	if err != nil {
		return kinerja.Accumulation{}, fmt.Errorf("siasn: %w", err)
	}
	steps := a.Steps()
	if j := steps[0].Penilaian.Jenjang; j != a.Jenjang() {
		return kinerja.Accumulation{}, fmt.Errorf("siasn: periods of two jenjang, %s and %s: an angka kredit record holds one: %w", j, a.Jenjang(), kinerja.ErrInvalidInput)
	}
	return a, nil
}

// checkPeriod checks the record's months and years.
func (a AngkaKredit) checkPeriod() error {
	for _, f := range []struct {
		name string
		v    int
	}{{"tahunMulaiPenailan", a.tahunMulai}, {"tahunSelesaiPenailan", a.tahunSelesai}} {
		if f.v < minTahun || f.v > maxTahun {
			return &FieldError{Field: f.name, Input: strconv.Itoa(f.v), Want: "a four-digit year"}
		}
	}
	for _, f := range []struct {
		name string
		v    int
	}{{"bulanMulaiPenailan", a.bulanMulai}, {"bulanSelesaiPenailan", a.bulanSelesai}} {
		if f.v < 1 || f.v > 12 {
			return &FieldError{Field: f.name, Input: strconv.Itoa(f.v), Want: "a month 1–12"}
		}
	}
	if a.tahunSelesai*12+a.bulanSelesai < a.tahunMulai*12+a.bulanMulai {
		return fmt.Errorf("siasn: the period %d-%d to %d-%d ends before it starts: %w", a.tahunMulai, a.bulanMulai, a.tahunSelesai, a.bulanSelesai, ErrInconsistent)
	}
	return nil
}

// IsValid reports whether a was made by [NewAngkaKreditKonversi],
// [NewAngkaKreditPenilaian] or decoded.
func (a AngkaKredit) IsValid() bool { return a.total.IsValid() }

// Equal reports whether a and o are the same request, field by field.
func (a AngkaKredit) Equal(o AngkaKredit) bool {
	return a.ID == o.ID && a.PNSID == o.PNSID && a.RwJabatanID == o.RwJabatanID && a.NomorSK == o.NomorSK &&
		a.TanggalSK.Equal(o.TanggalSK) && a.Pertama == o.Pertama && slices.Equal(a.Path, o.Path) &&
		a.tahunMulai == o.tahunMulai && a.bulanMulai == o.bulanMulai && a.tahunSelesai == o.tahunSelesai &&
		a.bulanSelesai == o.bulanSelesai && a.integrasi == o.integrasi && a.konversi == o.konversi &&
		a.utama == o.utama && a.penunjang == o.penunjang && a.total == o.total
}

// Periode returns the first and the last month of the record, each with
// its year.
func (a AngkaKredit) Periode() (tahunMulai, bulanMulai, tahunSelesai, bulanSelesai int) {
	return a.tahunMulai, a.bulanMulai, a.tahunSelesai, a.bulanSelesai
}

// IsKonversi reports whether the record is a konversi (isKonversi "1").
func (a AngkaKredit) IsKonversi() bool { return a.konversi }

// IsIntegrasi reports whether the record is an integrasi (isIntegrasi
// "1"), which only a decoded request can be.
func (a AngkaKredit) IsIntegrasi() bool { return a.integrasi }

// KreditUtamaBaru returns the angka kredit utama of the record: 0 for a
// konversi.
func (a AngkaKredit) KreditUtamaBaru() figure.Figure { return a.utama }

// KreditPenunjangBaru returns the angka kredit penunjang of the record: 0
// for a konversi.
func (a AngkaKredit) KreditPenunjangBaru() figure.Figure { return a.penunjang }

// KreditBaruTotal returns the angka kredit of the record, with the places
// it was made or received with.
func (a AngkaKredit) KreditBaruTotal() figure.Figure { return a.total }

type angkaKreditJSON struct {
	BulanMulaiPenailan   string    `json:"bulanMulaiPenailan"`
	BulanSelesaiPenailan string    `json:"bulanSelesaiPenailan"`
	ID                   string    `json:"id"`
	IsAngkaKreditPertama string    `json:"isAngkaKreditPertama"`
	IsIntegrasi          string    `json:"isIntegrasi"`
	IsKonversi           string    `json:"isKonversi"`
	KreditBaruTotal      string    `json:"kreditBaruTotal"`
	KreditPenunjangBaru  string    `json:"kreditPenunjangBaru"`
	KreditUtamaBaru      string    `json:"kreditUtamaBaru"`
	NomorSk              string    `json:"nomorSk"`
	Path                 []Dokumen `json:"path,omitempty"`
	PnsID                string    `json:"pnsId"`
	RwJabatanID          string    `json:"rwJabatanId"`
	TahunMulaiPenailan   string    `json:"tahunMulaiPenailan"`
	TahunSelesaiPenailan string    `json:"tahunSelesaiPenailan"`
	TanggalSk            string    `json:"tanggalSk"`
}

// figureText writes a figure with its places, and "" for none (a
// decoded record that is not a konversi may leave utama or penunjang
// out).
func figureText(f figure.Figure) string {
	b, _ := f.MarshalText()
	return string(b)
}

func flagText(b bool) string {
	if b {
		return "1"
	}
	return "0"
}

// MarshalJSON returns the request body of /angkakredit/save, every value
// a string: the months and years as numbers ("1", "2024"), the flags "1"
// or "0", the figures with their places ("25.000"; "" for a kreditUtamaBaru
// or kreditPenunjangBaru a decoded record left out), tanggalSk as
// DD-MM-YYYY ("" for none). The zero AngkaKredit is an error wrapping
// [kinerja.ErrInvalidInput].
func (a AngkaKredit) MarshalJSON() ([]byte, error) {
	if !a.IsValid() {
		return nil, fmt.Errorf("siasn: the zero AngkaKredit: %w", kinerja.ErrInvalidInput)
	}
	tanggal := ""
	if !a.TanggalSK.IsZero() {
		tanggal = a.TanggalSK.Format(tanggalLayout)
	}
	return json.Marshal(angkaKreditJSON{
		BulanMulaiPenailan: strconv.Itoa(a.bulanMulai), BulanSelesaiPenailan: strconv.Itoa(a.bulanSelesai), ID: a.ID,
		IsAngkaKreditPertama: flagText(a.Pertama), IsIntegrasi: flagText(a.integrasi), IsKonversi: flagText(a.konversi),
		KreditBaruTotal: figureText(a.total), KreditPenunjangBaru: figureText(a.penunjang), KreditUtamaBaru: figureText(a.utama),
		NomorSk: a.NomorSK, Path: a.Path, PnsID: a.PNSID, RwJabatanID: a.RwJabatanID,
		TahunMulaiPenailan: strconv.Itoa(a.tahunMulai), TahunSelesaiPenailan: strconv.Itoa(a.tahunSelesai), TanggalSk: tanggal,
	})
}

// The field names of an angka kredit record, SIASN's first: the request's
// and the response's, and the names spelt "Penilaian".
var (
	bulanMulaiNames   = []string{"bulanMulaiPenailan", "bulanMulaiPenilaian"}
	bulanSelesaiNames = []string{"bulanSelesaiPenailan", "bulanSelesaiPenilaian"}
	tahunMulaiNames   = []string{"tahunMulaiPenailan", "tahunMulaiPenilaian"}
	tahunSelesaiNames = []string{"tahunSelesaiPenailan", "tahunSelesaiPenilaian"}
)

// UnmarshalJSON reads an /angkakredit/save body leniently: keys in any
// case; bulanMulaiPenilaian and the other names spelt "Penilaian" for
// SIASN's "Penailan"; pns and rwJabatan (the rw-angkakredit names) for
// pnsId and rwJabatanId; strings or numbers for every value; flags as
// "1", "0", 1, 0, true or false ("" or null is "0"); tanggalSk as
// DD-MM-YYYY, with one or two digits for the day and month. A value of
// the wrong form is a [*FieldError]; a period that ends before it starts,
// or a konversi record with a kreditUtamaBaru or kreditPenunjangBaru
// other than 0, an error wrapping [ErrInconsistent]: a decoded
// AngkaKredit is as valid as one from a constructor.
func (a *AngkaKredit) UnmarshalJSON(data []byte) error {
	o, err := readObject(data, "angkakredit")
	if err != nil {
		return err
	}
	var x AngkaKredit
	var tanggal string
	for _, f := range []struct {
		dst   *string
		names []string
	}{
		{&x.ID, []string{"id"}},
		{&x.PNSID, []string{"pnsId", "pns"}},
		{&x.RwJabatanID, []string{"rwJabatanId", "rwJabatan"}},
		{&x.NomorSK, []string{"nomorSk"}},
		{&tanggal, []string{"tanggalSk"}},
	} {
		if err := o.str(f.dst, f.names...); err != nil {
			return err
		}
	}
	if tanggal = strings.TrimSpace(tanggal); tanggal != "" {
		if x.TanggalSK, err = time.Parse(tanggalRead, tanggal); err != nil {
			return &FieldError{Field: "tanggalSk", Input: tanggal, Want: "a date DD-MM-YYYY"}
		}
	}
	if err := o.docs(&x.Path, "path"); err != nil {
		return err
	}
	for _, f := range []struct {
		dst   *int
		names []string
	}{
		{&x.bulanMulai, bulanMulaiNames}, {&x.bulanSelesai, bulanSelesaiNames},
		{&x.tahunMulai, tahunMulaiNames}, {&x.tahunSelesai, tahunSelesaiNames},
	} {
		if err := o.int(f.dst, f.names...); err != nil {
			return err
		}
	}
	for _, f := range []struct {
		dst  *bool
		name string
	}{{&x.Pertama, "isAngkaKreditPertama"}, {&x.integrasi, "isIntegrasi"}, {&x.konversi, "isKonversi"}} {
		var s string
		if err := o.flag(&s, f.name); err != nil {
			return err
		}
		switch s {
		case "1":
			*f.dst = true
		case "", "0":
		default:
			return &FieldError{Field: f.name, Input: s, Want: `a flag, "1" or "0"`}
		}
	}
	for _, f := range []struct {
		dst  *figure.Figure
		name string
	}{{&x.utama, "kreditUtamaBaru"}, {&x.penunjang, "kreditPenunjangBaru"}, {&x.total, "kreditBaruTotal"}} {
		var s string
		if err := o.str(&s, f.name); err != nil {
			return err
		}
		if s = strings.TrimSpace(s); s == "" {
			continue
		}
		v, err := figure.Parse(s)
		if err != nil || v.Sign() < 0 {
			return &FieldError{Field: f.name, Input: s, Want: "an angka kredit of 0 or more, such as 12.500"}
		}
		*f.dst = v
	}
	if !x.total.IsValid() {
		return &FieldError{Field: "kreditBaruTotal", Input: "", Want: "an angka kredit of 0 or more, such as 12.500"}
	}
	if x.konversi {
		for _, f := range []struct {
			v    *figure.Figure
			name string
		}{{&x.utama, "kreditUtamaBaru"}, {&x.penunjang, "kreditPenunjangBaru"}} {
			if f.v.IsValid() && f.v.Sign() != 0 {
				return fmt.Errorf("siasn: %s is %s on a konversi record, where kreditBaruTotal carries the angka kredit and %s is 0: %w", f.name, f.v, f.name, ErrInconsistent)
			}
			*f.v = zeroAK
		}
	}
	if err := x.checkPeriod(); err != nil {
		return err
	}
	*a = x
	return nil
}

// flag sets *dst from a flag field: a string or a number kept as its
// text, or a JSON boolean as "1" or "0"; null or an absent field leave "".
// A field given more than once must agree, as for str.
func (o object) flag(dst *string, names ...string) error {
	seen := false
	for _, e := range o.entries(names) {
		var v string
		switch raw := strings.TrimSpace(string(e.raw)); raw {
		case "null":
			continue
		case "true":
			v = "1"
		case "false":
			v = "0"
		default:
			var ok bool
			var err error
			if v, ok, err = parseString(names[0], e.raw); err != nil || !ok {
				return err
			}
		}
		if seen && v != *dst {
			return twice(names[0], e.key)
		}
		*dst, seen = v, true
	}
	return nil
}

// RiwayatAngkaKredit is one record of SIASN's rw-angkakredit response
// (GET /pns/rw-angkakredit/{nip}): an angka kredit record as SIASN stored
// it, every field as received, so that [RiwayatAngkaKredit.Check] and
// [RiwayatAngkaKredit.CheckPenilaian] can audit it. The documents (path)
// are not kept. The field names are those of the request, with pns and
// rwJabatan for pnsId and rwJabatanId and the position's name namaJabatan
// (derived: public SIASN clients).
type RiwayatAngkaKredit struct {
	ID                   string // id
	PNS                  string // pns: SIASN's id of the employee (pnsId in the request)
	NomorSK              string // nomorSk
	TanggalSK            string // tanggalSk, as received (DD-MM-YYYY)
	BulanMulaiPenailan   int    // bulanMulaiPenailan (sic), 1–12
	TahunMulaiPenailan   int    // tahunMulaiPenailan
	BulanSelesaiPenailan int    // bulanSelesaiPenailan, 1–12
	TahunSelesaiPenailan int    // tahunSelesaiPenailan
	KreditUtamaBaru      string // kreditUtamaBaru, as received, e.g. "0"
	KreditPenunjangBaru  string // kreditPenunjangBaru, as received
	KreditBaruTotal      string // kreditBaruTotal, as received, e.g. "25.000"
	RwJabatan            string // rwJabatan: SIASN's id of the position record (rwJabatanId in the request)
	NamaJabatan          string // namaJabatan: the position's name, e.g. "Analis Kebijakan Ahli Muda"
	IsAngkaKreditPertama string // isAngkaKreditPertama: "1" or "0" (true and false read as "1" and "0")
	IsIntegrasi          string // isIntegrasi: "1" or "0"
	IsKonversi           string // isKonversi: "1" or "0"
}

type riwayatAngkaKreditJSON struct {
	ID                   string `json:"id"`
	PNS                  string `json:"pns"`
	NomorSk              string `json:"nomorSk"`
	TanggalSk            string `json:"tanggalSk"`
	BulanMulaiPenailan   string `json:"bulanMulaiPenailan"`
	TahunMulaiPenailan   string `json:"tahunMulaiPenailan"`
	BulanSelesaiPenailan string `json:"bulanSelesaiPenailan"`
	TahunSelesaiPenailan string `json:"tahunSelesaiPenailan"`
	KreditUtamaBaru      string `json:"kreditUtamaBaru"`
	KreditPenunjangBaru  string `json:"kreditPenunjangBaru"`
	KreditBaruTotal      string `json:"kreditBaruTotal"`
	RwJabatan            string `json:"rwJabatan"`
	NamaJabatan          string `json:"namaJabatan"`
	IsAngkaKreditPertama string `json:"isAngkaKreditPertama"`
	IsIntegrasi          string `json:"isIntegrasi"`
	IsKonversi           string `json:"isKonversi"`
}

// intText writes a month or year as SIASN's string, "" for 0 (none).
func intText(n int) string {
	if n == 0 {
		return ""
	}
	return strconv.Itoa(n)
}

// MarshalJSON writes the record with the field names of SIASN's
// rw-angkakredit response, every value a string as SIASN sends it ("" for
// a month or year of 0).
func (r RiwayatAngkaKredit) MarshalJSON() ([]byte, error) {
	return json.Marshal(riwayatAngkaKreditJSON{
		ID: r.ID, PNS: r.PNS, NomorSk: r.NomorSK, TanggalSk: r.TanggalSK,
		BulanMulaiPenailan: intText(r.BulanMulaiPenailan), TahunMulaiPenailan: intText(r.TahunMulaiPenailan),
		BulanSelesaiPenailan: intText(r.BulanSelesaiPenailan), TahunSelesaiPenailan: intText(r.TahunSelesaiPenailan),
		KreditUtamaBaru: r.KreditUtamaBaru, KreditPenunjangBaru: r.KreditPenunjangBaru, KreditBaruTotal: r.KreditBaruTotal,
		RwJabatan: r.RwJabatan, NamaJabatan: r.NamaJabatan,
		IsAngkaKreditPertama: r.IsAngkaKreditPertama, IsIntegrasi: r.IsIntegrasi, IsKonversi: r.IsKonversi,
	})
}

// UnmarshalJSON reads an rw-angkakredit record leniently: keys in any
// case; the request's names (pnsId, rwJabatanId) and the names spelt
// "Penilaian" for the fields they match; strings or numbers for every
// value, the months and years read as whole numbers ("01", 1, "2024");
// the flags kept as text, true and false as "1" and "0"; the figures kept
// as text. Unknown keys are ignored. A value of the wrong form is a
// [*FieldError] naming the field. Flags and figures are not checked here:
// a wrong one is kept, for [RiwayatAngkaKredit.Check] to report.
func (r *RiwayatAngkaKredit) UnmarshalJSON(data []byte) error {
	o, err := readObject(data, "rw-angkakredit")
	if err != nil {
		return err
	}
	var x RiwayatAngkaKredit
	for _, f := range []struct {
		dst   *string
		names []string
	}{
		{&x.ID, []string{"id"}},
		{&x.PNS, []string{"pns", "pnsId"}},
		{&x.NomorSK, []string{"nomorSk"}},
		{&x.TanggalSK, []string{"tanggalSk"}},
		{&x.KreditUtamaBaru, []string{"kreditUtamaBaru"}},
		{&x.KreditPenunjangBaru, []string{"kreditPenunjangBaru"}},
		{&x.KreditBaruTotal, []string{"kreditBaruTotal"}},
		{&x.RwJabatan, []string{"rwJabatan", "rwJabatanId"}},
		{&x.NamaJabatan, []string{"namaJabatan"}},
	} {
		if err := o.str(f.dst, f.names...); err != nil {
			return err
		}
	}
	for _, f := range []struct {
		dst   *int
		names []string
	}{
		{&x.BulanMulaiPenailan, bulanMulaiNames}, {&x.BulanSelesaiPenailan, bulanSelesaiNames},
		{&x.TahunMulaiPenailan, tahunMulaiNames}, {&x.TahunSelesaiPenailan, tahunSelesaiNames},
	} {
		if err := o.int(f.dst, f.names...); err != nil {
			return err
		}
	}
	for _, f := range []struct {
		dst  *string
		name string
	}{{&x.IsAngkaKreditPertama, "isAngkaKreditPertama"}, {&x.IsIntegrasi, "isIntegrasi"}, {&x.IsKonversi, "isKonversi"}} {
		if err := o.flag(f.dst, f.name); err != nil {
			return err
		}
	}
	*r = x
	return nil
}

// AngkaKredit returns the angka kredit the record stores, its
// kreditBaruTotal, as a [figure.Figure] with the places it was stored
// with. A total that is not a decimal of 0 or more, or none, is a
// [*FieldError].
func (r RiwayatAngkaKredit) AngkaKredit() (figure.Figure, error) {
	return storedFigure("kreditBaruTotal", r.KreditBaruTotal)
}

func storedFigure(field, s string) (figure.Figure, error) {
	f, err := figure.Parse(strings.TrimSpace(s))
	if err != nil || f.Sign() < 0 {
		return figure.Figure{}, &FieldError{Field: field, Input: s, Want: "an angka kredit of 0 or more, such as 12.500"}
	}
	return f, nil
}

// Jenjang returns the jenjang that ends the record's namaJabatan ("Analis
// Kebijakan Ahli Muda" is Ahli Muda). A name that ends in no jenjang is a
// [*FieldError].
func (r RiwayatAngkaKredit) Jenjang() (kinerja.Jenjang, error) {
	j, ok := jenjangOf(r.NamaJabatan)
	if !ok {
		return 0, &FieldError{Field: "namaJabatan", Input: r.NamaJabatan, Want: "a position's name that ends in its jenjang"}
	}
	return j, nil
}

// Penilaian returns the record as a period of [kinerja.Accumulate] whose
// angka kredit is given: its months, the jenjang of its namaJabatan
// ([RiwayatAngkaKredit.Jenjang]) and its kreditBaruTotal
// ([RiwayatAngkaKredit.AngkaKredit]). A record that
// crosses a year, or whose months, name or total do not read, is an error
// naming the field ([*FieldError], or [ErrInconsistent] for the period);
// an integrasi record (isIntegrasi "1") holds a start rather than a
// period (see [kinerja.WithStart]) and wraps [ErrInconsistent].
func (r RiwayatAngkaKredit) Penilaian() (kinerja.Penilaian, error) {
	if r.IsIntegrasi == "1" {
		return kinerja.Penilaian{}, fmt.Errorf("siasn: record %s is an integrasi, the start of the angka kredit rather than a period: %w", shown(r.ID), ErrInconsistent)
	}
	if r.TahunMulaiPenailan != r.TahunSelesaiPenailan {
		return kinerja.Penilaian{}, fmt.Errorf("siasn: record %s runs from %d to %d: a period does not cross a year: %w", shown(r.ID), r.TahunMulaiPenailan, r.TahunSelesaiPenailan, ErrInconsistent)
	}
	j, err := r.Jenjang()
	if err != nil {
		return kinerja.Penilaian{}, err
	}
	ak, err := r.AngkaKredit()
	if err != nil {
		return kinerja.Penilaian{}, err
	}
	return kinerja.Penilaian{Tahun: r.TahunMulaiPenailan, BulanMulai: r.BulanMulaiPenailan, BulanSelesai: r.BulanSelesaiPenailan, Jenjang: j, AngkaKredit: ak}, nil
}

// Check returns every inconsistency of the stored record, in the order of
// the fields, or nil when there is none: a flag other than "1", "0" or ""
// ([FindingUnknownCode]); a month outside 1–12
// ([FindingBulanOutOfRange]); a period that ends before it starts
// ([FindingPeriodReversed]); a figure that is not a decimal of 0 or
// more, or no kreditBaruTotal ([FindingInvalidFigure]); and a konversi
// record whose kreditUtamaBaru or kreditPenunjangBaru is not 0
// ([FindingKonversiSplit]): a konversi carries its angka kredit in
// kreditBaruTotal.
func (r RiwayatAngkaKredit) Check() []Finding {
	var out []Finding
	for _, f := range []struct{ name, v string }{
		{"isAngkaKreditPertama", r.IsAngkaKreditPertama}, {"isIntegrasi", r.IsIntegrasi}, {"isKonversi", r.IsKonversi},
	} {
		if f.v != "" && f.v != "0" && f.v != "1" {
			out = append(out, Finding{Kind: FindingUnknownCode, Field: f.name, Stored: f.v})
		}
	}
	okMonths := true
	for _, f := range []struct {
		name string
		v    int
	}{{"bulanMulaiPenailan", r.BulanMulaiPenailan}, {"bulanSelesaiPenailan", r.BulanSelesaiPenailan}} {
		if f.v < 1 || f.v > 12 {
			out = append(out, Finding{Kind: FindingBulanOutOfRange, Field: f.name, Stored: strconv.Itoa(f.v)})
			okMonths = false
		}
	}
	switch ty, tz := r.TahunMulaiPenailan, r.TahunSelesaiPenailan; {
	case ty > tz:
		out = append(out, Finding{Kind: FindingPeriodReversed, Field: "tahunSelesaiPenailan", Stored: strconv.Itoa(tz), Expected: "at least " + strconv.Itoa(ty)})
	case okMonths && ty == tz && r.BulanMulaiPenailan > r.BulanSelesaiPenailan:
		out = append(out, Finding{Kind: FindingPeriodReversed, Field: "bulanSelesaiPenailan", Stored: strconv.Itoa(r.BulanSelesaiPenailan), Expected: "at least " + strconv.Itoa(r.BulanMulaiPenailan)})
	}
	for _, f := range []struct{ name, v string }{
		{"kreditUtamaBaru", r.KreditUtamaBaru}, {"kreditPenunjangBaru", r.KreditPenunjangBaru}, {"kreditBaruTotal", r.KreditBaruTotal},
	} {
		v, err := storedFigure(f.name, f.v)
		switch {
		case strings.TrimSpace(f.v) == "" && f.name != "kreditBaruTotal":
		case err != nil:
			out = append(out, Finding{Kind: FindingInvalidFigure, Field: f.name, Stored: f.v})
		case r.IsKonversi == "1" && f.name != "kreditBaruTotal" && v.Sign() != 0:
			out = append(out, Finding{Kind: FindingKonversiSplit, Field: f.name, Stored: f.v, Expected: "0"})
		}
	}
	return out
}

// CheckPenilaian audits a konversi record against the periods it converts
// ([kinerja.Penilaian], at one jenjang, within the record's months): the
// findings of [RiwayatAngkaKredit.Check], and [FindingAngkaKreditMismatch]
// when the stored kreditBaruTotal is not the angka kredit of the periods,
// added up by [kinerja.Accumulate] with the options given (by default
// rounded once at 3 places; [kinerja.WithStart] has no effect). A total
// stored with fewer places than the options give is compared at its own
// places: 2.08 stands for 2.0833…, which the finding's Expected then
// shows at those places.
//
// It returns an error, and no findings, when the record cannot be checked
// this way or the periods are wrong: a record that is not a konversi
// (isKonversi other than "1") or whose months or years do not read
// (wrapping [ErrInconsistent]); periods that Accumulate refuses, of more
// than one jenjang, or outside the record's months (wrapping
// [kinerja.ErrInvalidInput]).
func (r RiwayatAngkaKredit) CheckPenilaian(periode []kinerja.Penilaian, opts ...kinerja.AngkaKreditOption) ([]Finding, error) {
	if r.IsKonversi != "1" {
		return nil, fmt.Errorf("siasn: record %s is not a konversi (isKonversi %s): %w", shown(r.ID), shown(r.IsKonversi), ErrInconsistent)
	}
	rec := AngkaKredit{tahunMulai: r.TahunMulaiPenailan, bulanMulai: r.BulanMulaiPenailan, tahunSelesai: r.TahunSelesaiPenailan, bulanSelesai: r.BulanSelesaiPenailan}
	if err := rec.checkPeriod(); err != nil {
		return nil, fmt.Errorf("siasn: record %s: %w: %w", shown(r.ID), err, ErrInconsistent)
	}
	a, err := accumulateRecord(periode, opts)
	if err != nil {
		return nil, err
	}
	from, to := month(r.TahunMulaiPenailan, r.BulanMulaiPenailan), month(r.TahunSelesaiPenailan, r.BulanSelesaiPenailan)
	for i, p := range periode {
		if month(p.Tahun, p.BulanMulai) < from || month(p.Tahun, p.BulanSelesai) > to {
			return nil, fmt.Errorf("siasn: period %d (%d, months %d–%d) is outside the record's %d-%d to %d-%d: %w",
				i+1, p.Tahun, p.BulanMulai, p.BulanSelesai, r.BulanMulaiPenailan, r.TahunMulaiPenailan, r.BulanSelesaiPenailan, r.TahunSelesaiPenailan, kinerja.ErrInvalidInput)
		}
	}
	out := r.Check()
	stored, err := r.AngkaKredit()
	if err != nil {
		return out, nil // Check reports it
	}
	got := a.Total()
	if stored.Places() < got.Places() {
		if a, err = accumulateRecord(periode, append(slices.Clip(opts), kinerja.WithPlaces(stored.Places()))); err != nil {
			return nil, err
		}
		got = a.Total()
	}
	if stored.Cmp(got) != 0 {
		out = append(out, Finding{Kind: FindingAngkaKreditMismatch, Field: "kreditBaruTotal", Stored: r.KreditBaruTotal, Expected: got.String()})
	}
	return out, nil
}

// month returns the months since year 0 of a month of year tahun.
func month(tahun, bulan int) int { return tahun*12 + bulan - 1 }

// Penilaian returns the period of the request as a [kinerja.Penilaian]:
// its year, months, jenjang and predikat.
func (k KinerjaPeriodik) Penilaian() kinerja.Penilaian {
	return kinerja.Penilaian{Tahun: k.tahun, BulanMulai: k.bulanMulai, BulanSelesai: k.bulanSelesai, Jenjang: k.jenjang, Predikat: k.Predikat()}
}

// Penilaian returns the stored period as a [kinerja.Penilaian], for
// [kinerja.Accumulate]: its year, months, the jenjang of its koefisenId
// and the predikat its two ratings give by the matrix of PermenPANRB No. 6
// Tahun 2022 ([RiwayatKinerjaPeriodik.Predikat], whatever kuadran it
// stores). An unknown code is a [*CodeError] naming the field; a period
// whose tahunMulaiPenilaian or tahunSelesaiPenilaian is not its tahun
// wraps [ErrInconsistent]. The months are not checked here: Accumulate
// does.
func (r RiwayatKinerjaPeriodik) Penilaian() (kinerja.Penilaian, error) {
	j, err := r.Jenjang()
	if err != nil {
		return kinerja.Penilaian{}, err
	}
	p, err := r.Predikat()
	if err != nil {
		return kinerja.Penilaian{}, err
	}
	for _, f := range []struct {
		name string
		v    int
	}{{"tahunMulaiPenilaian", r.TahunMulaiPenilaian}, {"tahunSelesaiPenilaian", r.TahunSelesaiPenilaian}} {
		if f.v != 0 && f.v != r.Tahun {
			return kinerja.Penilaian{}, fmt.Errorf("siasn: %s %d is not tahun %d: a period does not cross a year: %w", f.name, f.v, r.Tahun, ErrInconsistent)
		}
	}
	return kinerja.Penilaian{Tahun: r.Tahun, BulanMulai: r.BulanMulaiPenilaian, BulanSelesai: r.BulanSelesaiPenilaian, Jenjang: j, Predikat: p}, nil
}
