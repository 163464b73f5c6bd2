package ikm

import (
	"errors"
	"strconv"

	"github.com/go-asn/berakhlak/internal/enum"
	"github.com/go-asn/berakhlak/internal/fold"
)

// Instrument is the questionnaire a Survei Kepuasan Masyarakat used: the
// regulation whose nine unsur it asks, in the regulation's order. The
// zero Instrument is invalid.
//
// [NewTally] counts [Instrument2017], the current one; [NewTallyFor]
// counts another. Only the unsur differ: the answers, the formula, the
// weight, the rounding and the bands ([category.IKM]) are the same.
type Instrument uint8

// The instruments, current first.
const (
	// Instrument2017 is the questionnaire of PermenPANRB No. 14 Tahun
	// 2017, the nine unsur of [AllUnsur]: the default.
	Instrument2017 Instrument = iota + 1
	// Instrument2014 is the superseded questionnaire of PermenPANRB No. 16
	// Tahun 2014, which 14/2017 replaced: Persyaratan, Prosedur, Waktu
	// Pelayanan, Biaya/Tarif, Produk Spesifikasi Jenis Pelayanan,
	// Kompetensi Pelaksana, Perilaku Pelaksana, Maklumat Pelayanan,
	// Penanganan Pengaduan, Saran dan Masukan. Surveys of 2014–2017, and a
	// 2022 KemenPANRB monitoring instrument, still use it.
	Instrument2014
)

// numInstruments is the number of instruments.
const numInstruments = 2

var instrumentCodes = [...]string{"", "2017", "2014"}

var instrumentNames = [...]string{"", "PermenPANRB No. 14 Tahun 2017", "PermenPANRB No. 16 Tahun 2014"}

// instrumentUnsur holds each instrument's unsur names, in its order.
var instrumentUnsur = [...][numUnsur]string{
	Instrument2017: {unsurNames[1], unsurNames[2], unsurNames[3], unsurNames[4], unsurNames[5], unsurNames[6], unsurNames[7], unsurNames[8], unsurNames[9]},
	Instrument2014: {"Persyaratan", "Prosedur", "Waktu Pelayanan", "Biaya/Tarif", "Produk Spesifikasi Jenis Pelayanan",
		"Kompetensi Pelaksana", "Perilaku Pelaksana", "Maklumat Pelayanan", "Penanganan Pengaduan, Saran dan Masukan"},
}

// Instruments returns the instruments, current first.
func Instruments() [numInstruments]Instrument {
	return [numInstruments]Instrument{Instrument2017, Instrument2014}
}

// IsValid reports whether in is one of the instruments.
func (in Instrument) IsValid() bool { return in == Instrument2017 || in == Instrument2014 }

// String returns the regulation, e.g. "PermenPANRB No. 16 Tahun 2014", or
// "ikm.Instrument(N)" for an invalid Instrument.
func (in Instrument) String() string {
	if !in.IsValid() {
		return "ikm.Instrument(" + strconv.Itoa(int(in)) + ")"
	}
	return instrumentNames[in]
}

// Superseded reports whether a later regulation replaced the instrument's:
// true for Instrument2014.
func (in Instrument) Superseded() bool { return in == Instrument2014 }

// Names returns the official names of the instrument's nine unsur, in its
// order: the unsur whose code is U1 first. An invalid Instrument returns
// nine empty names.
func (in Instrument) Names() [numUnsur]string {
	if !in.IsValid() {
		return [numUnsur]string{}
	}
	return instrumentUnsur[in]
}

// position returns the index (0–8) of the unsur named as u on the
// instrument, or -1 when the instrument asks no unsur of that name.
func (in Instrument) position(u Unsur) int {
	if !u.IsValid() || !in.IsValid() {
		return -1
	}
	for i, name := range instrumentUnsur[in] {
		if name == unsurNames[u] {
			return i
		}
	}
	return -1
}

// AppendText appends the instrument's year, "2017" or "2014", to b. The
// zero Instrument appends nothing; any other invalid one is a
// [*ParseError].
func (in Instrument) AppendText(b []byte) ([]byte, error) {
	return enum.Append(b, in, instrumentCodes[:], func() error { return &ParseError{Input: in.String(), Err: ErrUnknownInstrument} })
}

// MarshalText returns the instrument's year, as [Instrument.AppendText]
// appends it.
func (in Instrument) MarshalText() ([]byte, error) { return in.AppendText(nil) }

// UnmarshalText sets in from any spelling [ParseInstrument] accepts; the
// empty text sets the zero Instrument.
func (in *Instrument) UnmarshalText(b []byte) error { return enum.Unmarshal(in, b, ParseInstrument) }

// ParseInstrument returns the instrument named by s: its year ("2017",
// "2014"), or its regulation in any case, spacing and punctuation
// ("PermenPANRB No. 14 Tahun 2017", "permenpanrb 16/2014", "16/2014").
// Anything else returns a [*ParseError] that quotes s.
func ParseInstrument(s string) (Instrument, error) {
	var buf [48]byte
	key, ok := fold.Append(buf[:0], s, true)
	if ok {
		switch string(key) {
		case "2017", "142017", "permenpanrb142017", "permenpanrbno14tahun2017":
			return Instrument2017, nil
		case "2014", "162014", "permenpanrb162014", "permenpanrbno16tahun2014":
			return Instrument2014, nil
		}
	}
	return 0, &ParseError{Input: s, Err: ErrUnknownInstrument}
}

// MustParseInstrument is like [ParseInstrument] but panics on an unknown
// instrument. It is meant for tests.
func MustParseInstrument(s string) Instrument { return enum.Must(ParseInstrument(s)) }

// ErrUnknownInstrument means a text or an Instrument is none of the
// instruments.
var ErrUnknownInstrument = errors.New("unknown instrument")
