package akhlak

import (
	"strconv"

	"github.com/go-asn/berakhlak/internal/enum"
	"github.com/go-asn/berakhlak/internal/fold"
)

// Acronym is the official acronym of the seven core values, as written in
// SE MenPANRB No. 20 Tahun 2021.
const Acronym = "BerAKHLAK"

// Slogan is the employer branding slogan of the ASN fixed by SE MenPANRB
// No. 20 Tahun 2021.
const Slogan = "Bangga Melayani Bangsa"

// Value is one of the seven core values of the ASN (SE MenPANRB No. 20 Tahun
// 2021), in their official order. The zero Value is invalid: [Value.IsValid]
// reports false for it.
type Value uint8

// The seven core values, in the official order of the acronym BerAKHLAK.
const (
	BerorientasiPelayanan Value = iota + 1 // Berorientasi Pelayanan (BP)
	Akuntabel                              // Akuntabel (AK)
	Kompeten                               // Kompeten (KO)
	Harmonis                               // Harmonis (HA)
	Loyal                                  // Loyal (LO)
	Adaptif                                // Adaptif (AD)
	Kolaboratif                            // Kolaboratif (KL)
)

type valueInfo struct {
	name, definition, english string
}

// values holds the official names and definitions of SE MenPANRB No. 20
// Tahun 2021, indexed by Value; the English names are the library's.
var values = [...]valueInfo{
	BerorientasiPelayanan: {"Berorientasi Pelayanan", "Komitmen memberikan pelayanan prima demi kepuasan masyarakat", "Service Oriented"},
	Akuntabel:             {"Akuntabel", "Bertanggung jawab atas kepercayaan yang diberikan", "Accountable"},
	Kompeten:              {"Kompeten", "Terus belajar dan mengembangkan kapabilitas", "Competent"},
	Harmonis:              {"Harmonis", "Saling peduli dan menghargai perbedaan", "Harmonious"},
	Loyal:                 {"Loyal", "Berdedikasi dan mengutamakan kepentingan Bangsa dan Negara", "Loyal"},
	Adaptif:               {"Adaptif", "Terus berinovasi dan antusias dalam menggerakkan serta menghadapi perubahan", "Adaptive"},
	Kolaboratif:           {"Kolaboratif", "Membangun kerja sama yang sinergis", "Collaborative"},
}

// Values returns the seven core values in their official order.
func Values() [7]Value {
	return [7]Value{BerorientasiPelayanan, Akuntabel, Kompeten, Harmonis, Loyal, Adaptif, Kolaboratif}
}

// IsValid reports whether v is one of the seven values.
func (v Value) IsValid() bool { return v >= BerorientasiPelayanan && v <= Kolaboratif }

// String returns the official name, e.g. "Berorientasi Pelayanan", or
// "akhlak.Value(N)" for an invalid value.
func (v Value) String() string {
	if !v.IsValid() {
		return "akhlak.Value(" + strconv.Itoa(int(v)) + ")"
	}
	return values[v].name
}

// Code returns the library's stable two-letter code: BP, AK, KO, HA, LO, AD
// or KL. It returns "" for an invalid value.
func (v Value) Code() string {
	if !v.IsValid() {
		return ""
	}
	return valueCodes[v]
}

// Definition returns the official definition from SE MenPANRB No. 20 Tahun
// 2021, e.g. "Terus belajar dan mengembangkan kapabilitas" for Kompeten. It
// returns "" for an invalid value.
func (v Value) Definition() string {
	if !v.IsValid() {
		return ""
	}
	return values[v].definition
}

// English returns the library's English name, e.g. "Service Oriented". The
// Indonesian name is the official one; the translation is not.
func (v Value) English() string {
	if !v.IsValid() {
		return ""
	}
	return values[v].english
}

// Behaviours returns the value's three behaviour guidelines (panduan
// perilaku), in their official order. It returns three zero Behaviours for
// an invalid value.
func (v Value) Behaviours() [3]Behaviour {
	if !v.IsValid() {
		return [3]Behaviour{}
	}
	first := Behaviour(3*(v-1) + 1)
	return [3]Behaviour{first, first + 1, first + 2}
}

// AppendText appends the value's code, e.g. "BP", to b, and nothing for the
// zero Value. Any other invalid Value is an error.
func (v Value) AppendText(b []byte) ([]byte, error) {
	return enum.Append(b, v, valueCodes[:], func() error {
		return &ParseError{Input: v.String(), Err: ErrUnknownValue}
	})
}

var valueCodes = [...]string{"", "BP", "AK", "KO", "HA", "LO", "AD", "KL"}

// MarshalText returns the value's code, e.g. "BP", and the empty text for
// the zero Value (as net/netip does), so an unset field survives a round
// trip. Any other invalid Value is an error.
func (v Value) MarshalText() ([]byte, error) { return v.AppendText(nil) }

// UnmarshalText sets v from any spelling [ParseValue] accepts; the empty
// text sets the zero value.
func (v *Value) UnmarshalText(text []byte) error { return enum.Unmarshal(v, text, ParseValue) }

// ParseValue returns the value named by s. It accepts the spellings HR
// systems send:
//   - the official name in any case, with spaces, "_" or "-" anywhere:
//     "Berorientasi Pelayanan", "berorientasi_pelayanan",
//     "BERORIENTASI-PELAYANAN", "berorientasipelayanan";
//   - the two-letter codes BP, AK, KO, HA, LO, AD, KL;
//   - the English names: "Service Oriented" (also "Service Orientation"),
//     "Accountable", "Competent", "Harmonious", "Loyal", "Adaptive",
//     "Collaborative".
//
// Anything else returns a [*ParseError] that quotes s and wraps
// [ErrUnknownValue]. ParseValue does not allocate on success.
func ParseValue(s string) (Value, error) {
	var buf [64]byte
	key, ok := fold.Append(buf[:0], s, false)
	if ok {
		if v := lookupValue(key); v != 0 {
			return v, nil
		}
	}
	return 0, &ParseError{Input: s, Err: ErrUnknownValue}
}

func lookupValue(key []byte) Value {
	switch string(key) {
	case "berorientasipelayanan", "bp", "serviceoriented", "serviceorientation":
		return BerorientasiPelayanan
	case "akuntabel", "ak", "accountable":
		return Akuntabel
	case "kompeten", "ko", "competent":
		return Kompeten
	case "harmonis", "ha", "harmonious":
		return Harmonis
	case "loyal", "lo":
		return Loyal
	case "adaptif", "ad", "adaptive":
		return Adaptif
	case "kolaboratif", "kl", "collaborative":
		return Kolaboratif
	}
	return 0
}

// MustParseValue is like [ParseValue] but panics if s names no value. It is
// meant for tests and for constants written in source code.
func MustParseValue(s string) Value { return enum.Must(ParseValue(s)) }

// IsAcronym reports whether s spells the acronym BerAKHLAK, in any case and
// with spaces, "_" or "-" anywhere, including the common misspelling
// "Berahklak".
func IsAcronym(s string) bool {
	var buf [32]byte
	key, ok := fold.Append(buf[:0], s, false)
	return ok && (string(key) == "berakhlak" || string(key) == "berahklak")
}
