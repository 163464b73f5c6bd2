package kinerja

import (
	"fmt"
	"strconv"

	"github.com/go-asn/berakhlak/internal/enum"

	"github.com/go-asn/berakhlak/internal/fold"
)

// Predikat is an employee's performance predikat (Predikat Kinerja
// Pegawai, PermenPANRB No. 6 Tahun 2022). Predikat are ordered from the
// worst, so p >= Baik reads naturally. The zero Predikat is invalid.
type Predikat uint8

// The five employee predikat, from the worst.
const (
	SangatKurang   Predikat = iota + 1 // Sangat Kurang
	Kurang                             // Kurang/Misconduct
	ButuhPerbaikan                     // Butuh Perbaikan (BKN slides: "Cukup/Butuh Perbaikan")
	Baik                               // Baik
	SangatBaik                         // Sangat Baik
)

var predikatNames = [...]struct{ name, english string }{
	{},
	{"Sangat Kurang", "Very poor"},
	{"Kurang/Misconduct", "Poor/Misconduct"},
	{"Butuh Perbaikan", "Needs improvement"},
	{"Baik", "Good"},
	{"Sangat Baik", "Very good"},
}

// AllPredikat returns the five employee predikat from the worst.
func AllPredikat() [5]Predikat {
	return [5]Predikat{SangatKurang, Kurang, ButuhPerbaikan, Baik, SangatBaik}
}

// IsValid reports whether p is one of the five predikat.
func (p Predikat) IsValid() bool { return p >= SangatKurang && p <= SangatBaik }

// String returns the official name: "Sangat Baik", "Baik", "Butuh
// Perbaikan", "Kurang/Misconduct" or "Sangat Kurang"; "kinerja.Predikat(N)"
// for an invalid predikat.
func (p Predikat) String() string {
	if !p.IsValid() {
		return "kinerja.Predikat(" + strconv.Itoa(int(p)) + ")"
	}
	return predikatNames[p].name
}

// English returns the library's English name, e.g. "Needs improvement",
// and the empty string for an invalid predikat.
func (p Predikat) English() string {
	if !p.IsValid() {
		return ""
	}
	return predikatNames[p].english
}

// Persentase returns the percentage of the annual coefficient that a year
// at this predikat earns in angka kredit (PermenPANRB 1/2023, Peraturan
// BKN 3/2023; official):
//
//	Predikat           Persentase
//	Sangat Baik        150
//	Baik               100
//	Butuh Perbaikan     75
//	Kurang/Misconduct   50
//	Sangat Kurang       25
//
// It returns 0 for an invalid predikat, which [AngkaKredit] refuses with
// an error.
func (p Predikat) Persentase() int {
	switch p {
	case SangatBaik:
		return 150
	case Baik:
		return 100
	case ButuhPerbaikan:
		return 75
	case Kurang:
		return 50
	case SangatKurang:
		return 25
	}
	return 0
}

// AppendText appends the official name to b (encoding.TextAppender). The
// zero Predikat appends nothing; any other invalid Predikat is a
// [*ParseError] wrapping [ErrUnknownPredikat].
func (p Predikat) AppendText(b []byte) ([]byte, error) {
	return enum.AppendFunc(b, p, p.IsValid(), func() string { return predikatNames[p].name }, func() error { return &ParseError{Input: p.String(), Err: ErrUnknownPredikat} })
}

// MarshalText returns the official name, and the empty text for the zero
// Predikat. Any other invalid Predikat is an error.
func (p Predikat) MarshalText() ([]byte, error) { return p.AppendText([]byte{}) }

// UnmarshalText sets p from any spelling [ParsePredikat] accepts; the empty
// text sets the zero value.
func (p *Predikat) UnmarshalText(text []byte) error { return enum.Unmarshal(p, text, ParsePredikat) }

// ParsePredikat returns the predikat named by s, in any case, with spaces,
// "_", "-" or "/" anywhere. Besides the official names it accepts "Kurang"
// (the label of code 4 in BKN's SIASN reference table kuadranNilai) and
// "Misconduct" for Kurang/Misconduct, "Cukup", "Cukup/Butuh Perbaikan"
// (as BKN slides write it) and "Butuh Perbaikan/Cukup" for Butuh
// Perbaikan, and the English names. The
// upper-case labels of SIASN ("SANGAT BAIK", "BAIK", "BUTUH PERBAIKAN",
// "KURANG", "SANGAT KURANG") all parse. Anything else returns a [*ParseError] wrapping
// [ErrUnknownPredikat].
func ParsePredikat(s string) (Predikat, error) {
	var buf [48]byte
	key, ok := fold.Append(buf[:0], s, true)
	if ok {
		switch string(key) {
		case "sangatkurang", "verypoor":
			return SangatKurang, nil
		case "kurang", "kurangmisconduct", "misconduct", "poor", "poormisconduct":
			return Kurang, nil
		case "butuhperbaikan", "cukup", "cukupbutuhperbaikan", "butuhperbaikancukup", "needsimprovement":
			return ButuhPerbaikan, nil
		case "baik", "good":
			return Baik, nil
		case "sangatbaik", "verygood":
			return SangatBaik, nil
		}
	}
	return 0, &ParseError{Input: s, Err: ErrUnknownPredikat}
}

// MustParsePredikat is like [ParsePredikat] but panics on an error.
func MustParsePredikat(s string) Predikat { return enum.Must(ParsePredikat(s)) }

// matrix is the predikat matrix of PermenPANRB No. 6 Tahun 2022, indexed
// [hasilKerja][perilakuKerja] (official: many independent public
// implementations agree on every cell).
var matrix = [4][4]Predikat{
	DiAtasEkspektasi:  {DiAtasEkspektasi: SangatBaik, SesuaiEkspektasi: Baik, DiBawahEkspektasi: Kurang},
	SesuaiEkspektasi:  {DiAtasEkspektasi: Baik, SesuaiEkspektasi: Baik, DiBawahEkspektasi: Kurang},
	DiBawahEkspektasi: {DiAtasEkspektasi: ButuhPerbaikan, SesuaiEkspektasi: ButuhPerbaikan, DiBawahEkspektasi: SangatKurang},
}

// PredikatPegawai returns an employee's predikat from the rating of Hasil
// Kerja and the rating of Perilaku Kerja, by the matrix of PermenPANRB No. 6
// Tahun 2022 (official):
//
//	Hasil Kerja ↓ / Perilaku →  Di Atas          Sesuai           Di Bawah
//	Di Atas                     Sangat Baik      Baik             Kurang/Misconduct
//	Sesuai                      Baik             Baik             Kurang/Misconduct
//	Di Bawah                    Butuh Perbaikan  Butuh Perbaikan  Sangat Kurang
//
// The zero or an unknown Rating in either argument is an error wrapping
// [ErrUnknownRating] that says which argument. It does not allocate on
// success.
func PredikatPegawai(hasilKerja, perilakuKerja Rating) (Predikat, error) {
	if !hasilKerja.IsValid() {
		return 0, fmt.Errorf("kinerja: hasil kerja: %s: %w", hasilKerja, ErrUnknownRating)
	}
	if !perilakuKerja.IsValid() {
		return 0, fmt.Errorf("kinerja: perilaku kerja: %s: %w", perilakuKerja, ErrUnknownRating)
	}
	return matrix[hasilKerja][perilakuKerja], nil
}

// PredikatOrganisasi is an organisation's performance predikat
// (PermenPANRB No. 6 Tahun 2022), which guides the distribution of its
// employees' predikat (see [CheckDistribution]). They are ordered from the
// worst. The zero PredikatOrganisasi is invalid.
type PredikatOrganisasi uint8

// The five organisation predikat, from the worst. The prefix Organisasi
// keeps them apart from the employee predikat of the same name.
const (
	OrganisasiSangatKurang   PredikatOrganisasi = iota + 1 // Sangat Kurang
	OrganisasiKurang                                       // Kurang
	OrganisasiButuhPerbaikan                               // Butuh Perbaikan
	OrganisasiBaik                                         // Baik
	OrganisasiIstimewa                                     // Istimewa
)

var organisasiNames = [...]struct{ name, english string }{
	{},
	{"Sangat Kurang", "Very poor"},
	{"Kurang", "Poor"},
	{"Butuh Perbaikan", "Needs improvement"},
	{"Baik", "Good"},
	{"Istimewa", "Outstanding"},
}

// AllPredikatOrganisasi returns the five organisation predikat from the
// worst.
func AllPredikatOrganisasi() [5]PredikatOrganisasi {
	return [5]PredikatOrganisasi{OrganisasiSangatKurang, OrganisasiKurang, OrganisasiButuhPerbaikan, OrganisasiBaik, OrganisasiIstimewa}
}

// IsValid reports whether o is one of the five organisation predikat.
func (o PredikatOrganisasi) IsValid() bool {
	return o >= OrganisasiSangatKurang && o <= OrganisasiIstimewa
}

// String returns the official name, e.g. "Istimewa", or
// "kinerja.PredikatOrganisasi(N)" for an invalid one.
func (o PredikatOrganisasi) String() string {
	if !o.IsValid() {
		return "kinerja.PredikatOrganisasi(" + strconv.Itoa(int(o)) + ")"
	}
	return organisasiNames[o].name
}

// English returns the library's English name, e.g. "Outstanding", and the
// empty string for an invalid organisation predikat.
func (o PredikatOrganisasi) English() string {
	if !o.IsValid() {
		return ""
	}
	return organisasiNames[o].english
}

// AppendText appends the official name to b (encoding.TextAppender). The
// zero value appends nothing; any other invalid value is a [*ParseError]
// wrapping [ErrUnknownPredikatOrganisasi].
func (o PredikatOrganisasi) AppendText(b []byte) ([]byte, error) {
	return enum.AppendFunc(b, o, o.IsValid(), func() string { return organisasiNames[o].name }, func() error { return &ParseError{Input: o.String(), Err: ErrUnknownPredikatOrganisasi} })
}

// MarshalText returns the official name, and the empty text for the zero
// value. Any other invalid value is an error.
func (o PredikatOrganisasi) MarshalText() ([]byte, error) { return o.AppendText([]byte{}) }

// UnmarshalText sets o from any spelling [ParsePredikatOrganisasi]
// accepts; the empty text sets the zero value.
func (o *PredikatOrganisasi) UnmarshalText(text []byte) error {
	return enum.Unmarshal(o, text, ParsePredikatOrganisasi)
}

// ParsePredikatOrganisasi returns the organisation predikat named by s, in
// any case, with spaces, "_", "-" or "/" anywhere, or its English name.
// Agency texts also write Butuh Perbaikan as "Cukup", "Butuh
// Perbaikan/Cukup" or "Cukup/Butuh Perbaikan" (derived: a guide to the
// pola distribusi of PermenPANRB No. 6 Tahun 2022), and all three parse as
// [OrganisasiButuhPerbaikan], as [ParsePredikat] accepts "Cukup" for the
// employee predikat. Anything else returns a [*ParseError]
// wrapping [ErrUnknownPredikatOrganisasi].
func ParsePredikatOrganisasi(s string) (PredikatOrganisasi, error) {
	var buf [48]byte
	key, ok := fold.Append(buf[:0], s, true)
	if ok {
		switch string(key) {
		case "sangatkurang", "verypoor":
			return OrganisasiSangatKurang, nil
		case "kurang", "poor":
			return OrganisasiKurang, nil
		case "butuhperbaikan", "cukup", "butuhperbaikancukup", "cukupbutuhperbaikan", "needsimprovement":
			return OrganisasiButuhPerbaikan, nil
		case "baik", "good":
			return OrganisasiBaik, nil
		case "istimewa", "outstanding":
			return OrganisasiIstimewa, nil
		}
	}
	return 0, &ParseError{Input: s, Err: ErrUnknownPredikatOrganisasi}
}

// MustParsePredikatOrganisasi is like [ParsePredikatOrganisasi] but panics
// on an error.
func MustParsePredikatOrganisasi(s string) PredikatOrganisasi {
	return enum.Must(ParsePredikatOrganisasi(s))
}
