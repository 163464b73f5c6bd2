package siasn

import (
	"strconv"

	"github.com/go-asn/berakhlak/internal/fold"
	"github.com/go-asn/berakhlak/kinerja"
)

// RatingCode returns the code of r in BKN's SIASN reference table
// perilakuDanKinerja, used by the fields hasilKinerjaNilai and
// perilakuKerjaNilai: 1 Di Atas Ekspektasi ("DIATAS ESPEKTASI"), 2 Sesuai
// Ekspektasi, 3 Di Bawah Ekspektasi. Note that 1 is the best, the reverse
// of the order of [kinerja.Rating]. An invalid r is a [*CodeError].
func RatingCode(r kinerja.Rating) (int, error) {
	if !r.IsValid() {
		return 0, codeError("perilakuDanKinerja", r.String())
	}
	return 4 - int(r), nil
}

// ParseRatingCode returns the rating with the given code in BKN's SIASN
// reference table perilakuDanKinerja (see [RatingCode]). A code other than
// 1, 2 or 3 is a [*CodeError].
func ParseRatingCode(code int) (kinerja.Rating, error) {
	if code < 1 || code > 3 {
		return 0, codeError("perilakuDanKinerja", strconv.Itoa(code))
	}
	return kinerja.Rating(4 - code), nil
}

// KuadranCode returns the code of p in BKN's SIASN reference table
// kuadranNilai, used by the field kuadranKinerjaNilai: 1 Sangat Baik, 2
// Baik, 3 Butuh Perbaikan, 4 Kurang/Misconduct (SIASN's label is
// "KURANG"), 5 Sangat Kurang. An invalid p is a [*CodeError].
func KuadranCode(p kinerja.Predikat) (int, error) {
	if !p.IsValid() {
		return 0, codeError("kuadranNilai", p.String())
	}
	return 6 - int(p), nil
}

// ParseKuadranCode returns the predikat with the given code in BKN's SIASN
// reference table kuadranNilai (see [KuadranCode]). A code outside 1–5 is
// a [*CodeError].
func ParseKuadranCode(code int) (kinerja.Predikat, error) {
	if code < 1 || code > 5 {
		return 0, codeError("kuadranNilai", strconv.Itoa(code))
	}
	return kinerja.Predikat(6 - code), nil
}

// koefisienIDs holds the ids of BKN's SIASN reference table koefisien, in
// the order of kinerja.Jenjangs.
var koefisienIDs = [...]string{"12", "22", "32", "42", "52", "62", "72", "82"}

// KoefisienID returns the id of j in BKN's SIASN reference table
// koefisien, used by the string field koefisienId: "12" Ahli Pertama, "22"
// Ahli Muda, "32" Ahli Madya, "42" Ahli Utama, "52" Pemula, "62" Terampil,
// "72" Mahir, "82" Penyelia. An invalid j is a [*CodeError].
func KoefisienID(j kinerja.Jenjang) (string, error) {
	for i, x := range kinerja.Jenjangs() {
		if x == j {
			return koefisienIDs[i], nil
		}
	}
	return "", codeError("koefisien", j.String())
}

// ParseKoefisienID returns the jenjang with the given id in BKN's SIASN
// reference table koefisien (see [KoefisienID]). Any other text, including
// the ids with spaces around them, is a [*CodeError].
func ParseKoefisienID(id string) (kinerja.Jenjang, error) {
	for i, x := range koefisienIDs {
		if x == id {
			return kinerja.Jenjangs()[i], nil
		}
	}
	return 0, codeError("koefisien", id)
}

// Periodik is how often a periodic result (kinerja periodik) is rated, by
// BKN's SIASN reference table periodik: monthly or quarterly. Its values
// are SIASN's codes. Yearly results are not periodic: they go to
// /skp22/save ([SKP]). The zero Periodik is invalid.
type Periodik uint8

// The two periodik, with their SIASN codes.
const (
	Bulanan  Periodik = 1 // bulanan: monthly
	Triwulan Periodik = 2 // triwulan: quarterly
)

var periodikNames = [...]string{"", "bulanan", "triwulan"}

// Periodiks returns the two periodik in the order of their codes.
func Periodiks() [2]Periodik { return [2]Periodik{Bulanan, Triwulan} }

// IsValid reports whether p is one of the two periodik.
func (p Periodik) IsValid() bool { return p == Bulanan || p == Triwulan }

// String returns SIASN's name, "bulanan" or "triwulan", or
// "siasn.Periodik(N)" for an invalid periodik.
func (p Periodik) String() string {
	if !p.IsValid() {
		return "siasn.Periodik(" + strconv.Itoa(int(p)) + ")"
	}
	return periodikNames[p]
}

// AppendText appends SIASN's name to b (encoding.TextAppender). The zero
// Periodik appends nothing; any other invalid Periodik is a [*ParseError]
// wrapping [ErrUnknownPeriodik].
func (p Periodik) AppendText(b []byte) ([]byte, error) {
	if p == 0 {
		return b, nil
	}
	if !p.IsValid() {
		return nil, &ParseError{Input: p.String(), Err: ErrUnknownPeriodik}
	}
	return append(b, periodikNames[p]...), nil
}

// MarshalText returns SIASN's name, and the empty text for the zero
// Periodik. Any other invalid Periodik is an error.
func (p Periodik) MarshalText() ([]byte, error) { return p.AppendText([]byte{}) }

// UnmarshalText sets p from any spelling [ParsePeriodik] accepts; the
// empty text sets the zero value.
func (p *Periodik) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*p = 0
		return nil
	}
	x, err := ParsePeriodik(string(text))
	if err != nil {
		return err
	}
	*p = x
	return nil
}

// ParsePeriodik returns the periodik named by s: "bulanan" or "triwulan"
// in any case, with spaces, "_" or "-" anywhere, or the English "monthly"
// and "quarterly". Codes are not names: use [ParsePeriodikID] for "1" and
// "2". Anything else is a [*ParseError] wrapping [ErrUnknownPeriodik].
func ParsePeriodik(s string) (Periodik, error) {
	var buf [16]byte
	key, ok := fold.Append(buf[:0], s, true)
	if ok {
		switch string(key) {
		case "bulanan", "monthly":
			return Bulanan, nil
		case "triwulan", "quarterly":
			return Triwulan, nil
		}
	}
	return 0, &ParseError{Input: s, Err: ErrUnknownPeriodik}
}

// MustParsePeriodik is like [ParsePeriodik] but panics on an error.
func MustParsePeriodik(s string) Periodik {
	p, err := ParsePeriodik(s)
	if err != nil {
		panic(err)
	}
	return p
}

// PeriodikID returns the id of p in BKN's SIASN reference table periodik,
// used by the string field periodikId: "1" bulanan, "2" triwulan. An
// invalid p is a [*CodeError].
func PeriodikID(p Periodik) (string, error) {
	if !p.IsValid() {
		return "", codeError("periodik", p.String())
	}
	return strconv.Itoa(int(p)), nil
}

// ParsePeriodikID returns the periodik with the given id in BKN's SIASN
// reference table periodik, "1" or "2". Anything else is a [*CodeError].
func ParsePeriodikID(id string) (Periodik, error) {
	switch id {
	case "1":
		return Bulanan, nil
	case "2":
		return Triwulan, nil
	}
	return 0, codeError("periodik", id)
}
