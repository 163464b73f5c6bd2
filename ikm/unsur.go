package ikm

import (
	"errors"
	"strconv"

	"github.com/go-asn/berakhlak/internal/enum"

	"github.com/go-asn/berakhlak/internal/fold"
	"github.com/go-asn/berakhlak/internal/text"
)

// Unsur is one of the nine elements (unsur) of the Survei Kepuasan
// Masyarakat under PermenPANRB No. 14 Tahun 2017. The zero Unsur is
// invalid: [Unsur.IsValid] reports false for it.
//
// The library numbers the unsur in the order of the regulation's Lampiran:
// U8 is Penanganan Pengaduan, Saran dan Masukan and U9 is Sarana dan
// Prasarana. Many agency questionnaires and public programs put Sarana dan
// Prasarana eighth and Penanganan Pengaduan ninth, so a column headed "U8"
// in someone else's export may hold either. The index does not depend on
// the order; the per-unsur figures do. Identify unsur by name whenever the
// source's numbering is not known to be the library's: [ParseUnsur]
// accepts the official names.
type Unsur uint8

// The nine unsur of PermenPANRB No. 14 Tahun 2017, in the order of its
// Lampiran.
const (
	Persyaratan                     Unsur = iota + 1 // U1 Persyaratan
	SistemMekanismeProsedur                          // U2 Sistem, Mekanisme dan Prosedur
	WaktuPenyelesaian                                // U3 Waktu Penyelesaian
	BiayaTarif                                       // U4 Biaya/Tarif
	ProdukSpesifikasiJenisPelayanan                  // U5 Produk Spesifikasi Jenis Pelayanan
	KompetensiPelaksana                              // U6 Kompetensi Pelaksana
	PerilakuPelaksana                                // U7 Perilaku Pelaksana
	PenangananPengaduan                              // U8 Penanganan Pengaduan, Saran dan Masukan
	SaranaPrasarana                                  // U9 Sarana dan Prasarana
)

// numUnsur is the number of unsur under PermenPANRB No. 14 Tahun 2017.
const numUnsur = 9

// unsurNames holds the official names, indexed by Unsur.
var unsurNames = [...]string{
	Persyaratan:                     "Persyaratan",
	SistemMekanismeProsedur:         "Sistem, Mekanisme dan Prosedur",
	WaktuPenyelesaian:               "Waktu Penyelesaian",
	BiayaTarif:                      "Biaya/Tarif",
	ProdukSpesifikasiJenisPelayanan: "Produk Spesifikasi Jenis Pelayanan",
	KompetensiPelaksana:             "Kompetensi Pelaksana",
	PerilakuPelaksana:               "Perilaku Pelaksana",
	PenangananPengaduan:             "Penanganan Pengaduan, Saran dan Masukan",
	SaranaPrasarana:                 "Sarana dan Prasarana",
}

// unsurCodes holds the library's codes, indexed by Unsur.
var unsurCodes = [...]string{"", "U1", "U2", "U3", "U4", "U5", "U6", "U7", "U8", "U9"}

// AllUnsur returns the nine unsur in the library's order, U1 to U9.
func AllUnsur() [9]Unsur {
	return [9]Unsur{Persyaratan, SistemMekanismeProsedur, WaktuPenyelesaian, BiayaTarif,
		ProdukSpesifikasiJenisPelayanan, KompetensiPelaksana, PerilakuPelaksana, PenangananPengaduan, SaranaPrasarana}
}

// IsValid reports whether u is one of the nine unsur.
func (u Unsur) IsValid() bool { return u >= Persyaratan && u <= SaranaPrasarana }

// String returns the official name, e.g. "Sistem, Mekanisme dan Prosedur",
// or "ikm.Unsur(N)" for an invalid Unsur.
func (u Unsur) String() string {
	if !u.IsValid() {
		return "ikm.Unsur(" + strconv.Itoa(int(u)) + ")"
	}
	return unsurNames[u]
}

// Code returns the library's code, "U1" to "U9" in the order of
// [AllUnsur], or "" for an invalid Unsur.
func (u Unsur) Code() string {
	if !u.IsValid() {
		return ""
	}
	return unsurCodes[u]
}

// AppendText appends the code, e.g. "U3", to b. The zero Unsur appends
// nothing (as net/netip does), so an unset field survives a round trip;
// any other invalid Unsur is a [*ParseError].
func (u Unsur) AppendText(b []byte) ([]byte, error) {
	return enum.AppendFunc(b, u, u.IsValid(), func() string { return unsurCodes[u] }, func() error { return &ParseError{Input: u.String(), Err: ErrUnknownUnsur} })
}

// MarshalText returns the code, as [Unsur.AppendText] appends it.
func (u Unsur) MarshalText() ([]byte, error) { return u.AppendText(nil) }

// UnmarshalText sets u from any spelling [ParseUnsur] accepts; the empty
// text sets the zero Unsur.
func (u *Unsur) UnmarshalText(b []byte) error { return enum.Unmarshal(u, b, ParseUnsur) }

// ParseUnsur returns the unsur named by s. It accepts:
//   - the official name in any case, with spaces, "_", "-" and
//     punctuation anywhere: "Sistem, Mekanisme dan Prosedur",
//     "sistem_mekanisme_dan_prosedur", "SISTEM MEKANISME, DAN PROSEDUR",
//     "Biaya / Tarif", "biayatarif";
//   - the library's codes "U1" to "U9" in any case (see [Unsur] for the
//     order, which other numberings may not share).
//
// Anything else returns a [*ParseError] that quotes s. ParseUnsur does not
// allocate on success.
func ParseUnsur(s string) (Unsur, error) {
	var buf [64]byte
	key, ok := fold.Append(buf[:0], s, true)
	if ok {
		if u := lookupUnsur(key); u != 0 {
			return u, nil
		}
	}
	return 0, &ParseError{Input: s, Err: ErrUnknownUnsur}
}

func lookupUnsur(key []byte) Unsur {
	switch string(key) {
	case "persyaratan", "u1":
		return Persyaratan
	case "sistemmekanismedanprosedur", "u2":
		return SistemMekanismeProsedur
	case "waktupenyelesaian", "u3":
		return WaktuPenyelesaian
	case "biayatarif", "u4":
		return BiayaTarif
	case "produkspesifikasijenispelayanan", "u5":
		return ProdukSpesifikasiJenisPelayanan
	case "kompetensipelaksana", "u6":
		return KompetensiPelaksana
	case "perilakupelaksana", "u7":
		return PerilakuPelaksana
	case "penangananpengaduansarandanmasukan", "u8":
		return PenangananPengaduan
	case "saranadanprasarana", "u9":
		return SaranaPrasarana
	}
	return 0
}

// MustParseUnsur is like [ParseUnsur] but panics on an unknown name. It is
// meant for names written in source code and for tests.
func MustParseUnsur(s string) Unsur { return enum.Must(ParseUnsur(s)) }

// Sentinel errors of the names this package knows. Parse errors wrap one
// of them in a [*ParseError].
var (
	// ErrUnknownUnsur means a text or an Unsur is none of the nine unsur.
	ErrUnknownUnsur = errors.New("unknown unsur")
	// ErrUnknownAnswer means a text or an Answer is none of the four
	// answers.
	ErrUnknownAnswer = errors.New("unknown answer")
)

// ParseError reports a text that names no unsur, answer or instrument. It
// quotes the input, cut to 80 bytes, and unwraps to Err,
// [ErrUnknownUnsur], [ErrUnknownAnswer] or [ErrUnknownInstrument].
type ParseError struct {
	Input string // the text as given
	Err   error  // the sentinel
}

// Error returns e.g. `ikm: unknown unsur "Keamanan"`.
func (e *ParseError) Error() string {
	return "ikm: " + e.Err.Error() + " " + text.Quote(e.Input)
}

// Unwrap returns the sentinel error.
func (e *ParseError) Unwrap() error { return e.Err }
