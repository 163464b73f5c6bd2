package siasn

import (
	"strconv"

	"github.com/go-asn/berakhlak/internal/enum"

	"github.com/go-asn/berakhlak/internal/fold"
	"github.com/go-asn/berakhlak/kinerja"
)

// Rating is a code of BKN's SIASN reference table perilakuDanKinerja, the
// table of the fields hasilKinerjaNilai and perilakuKerjaNilai, as SIASN
// numbers it: "1" DIATAS ESPEKTASI (Di Atas Ekspektasi, the best), "2"
// SESUAI ESPEKTASI, "3" DIBAWAH ESPEKTASI. That is the reverse of the
// order of [kinerja.Rating], which counts from the lowest: [RatingCode]
// and [ParseRatingCode] convert between the two.
//
// A Rating holds the code as text, as a record received it, codes outside
// the table included (for [RiwayatSKP.Check] to report). Its kind is
// string rather than an integer on purpose: Go converts between any two
// integer types, so with an integer code kinerja.Rating(code) would
// compile and read SIASN's best-first code in the library's worst-first
// order (code 1, Di Atas, as Di Bawah). With a string kind that
// conversion, and int(code), do not compile; the named functions are the
// only way across. Its JSON is a number, as SIASN's is.
//
// The zero Rating, "", is no code: the field was absent or null. It is
// not valid.
type Rating string

// IsValid reports whether c is one of the three codes of
// perilakuDanKinerja, "1", "2" or "3".
func (c Rating) IsValid() bool { return c == "1" || c == "2" || c == "3" }

// MarshalJSON writes the code as a JSON number, as SIASN does, and the
// zero Rating as null. A Rating that is not a whole number is a
// [*FieldError].
func (c Rating) MarshalJSON() ([]byte, error) { return codeJSON("perilakuDanKinerja", string(c)) }

// UnmarshalJSON reads a code as SIASN and its clients send it: a number
// or a numeric string with a whole value (2, "2", 2.0); null or "" set the
// zero Rating. A code outside the table is kept, for a check to report;
// anything else is a [*FieldError].
func (c *Rating) UnmarshalJSON(data []byte) error {
	v, err := readCode("perilakuDanKinerja", data)
	if err != nil {
		return err
	}
	*c = Rating(v)
	return nil
}

// RatingCode returns the code of r in BKN's SIASN reference table
// perilakuDanKinerja, used by the fields hasilKinerjaNilai and
// perilakuKerjaNilai: "1" Di Atas Ekspektasi ("DIATAS ESPEKTASI"), "2"
// Sesuai Ekspektasi, "3" Di Bawah Ekspektasi. Note that 1 is the best, the
// reverse of the order of [kinerja.Rating]. An invalid r is a
// [*CodeError].
func RatingCode(r kinerja.Rating) (Rating, error) {
	if !r.IsValid() {
		return "", codeError("perilakuDanKinerja", r.String())
	}
	return ratingCodes[r], nil
}

// ratingCodes holds the code of each kinerja.Rating, by its value.
var ratingCodes = [...]Rating{kinerja.DiBawahEkspektasi: "3", kinerja.SesuaiEkspektasi: "2", kinerja.DiAtasEkspektasi: "1"}

// ParseRatingCode returns the rating with the given code in BKN's SIASN
// reference table perilakuDanKinerja (see [RatingCode]), in the order of
// [kinerja.Rating]. A code other than "1", "2" or "3", the zero Rating
// included, is a [*CodeError].
func ParseRatingCode(code Rating) (kinerja.Rating, error) {
	switch code {
	case "1":
		return kinerja.DiAtasEkspektasi, nil
	case "2":
		return kinerja.SesuaiEkspektasi, nil
	case "3":
		return kinerja.DiBawahEkspektasi, nil
	}
	return 0, codeError("perilakuDanKinerja", string(code))
}

// Kuadran is a code of BKN's SIASN reference table kuadranNilai, the table
// of the field kuadranKinerjaNilai (the employee's predikat), as SIASN
// numbers it: "1" SANGAT BAIK, "2" BAIK, "3" BUTUH PERBAIKAN, "4" KURANG
// (Kurang/Misconduct), "5" SANGAT KURANG. That is the reverse of the order
// of [kinerja.Predikat], which counts from the worst: [KuadranCode] and
// [ParseKuadranCode] convert between the two.
//
// Like [Rating], a Kuadran holds the code as text, as received, and its
// kind is string so that kinerja.Predikat(code) does not compile (it would
// read code 1, Sangat Baik, as Sangat Kurang). Its JSON is a number. The
// zero Kuadran, "", is no code; it is not valid.
type Kuadran string

// IsValid reports whether c is one of the five codes of kuadranNilai, "1"
// to "5".
func (c Kuadran) IsValid() bool { return len(c) == 1 && '1' <= c[0] && c[0] <= '5' }

// MarshalJSON writes the code as a JSON number, as SIASN does, and the
// zero Kuadran as null. A Kuadran that is not a whole number is a
// [*FieldError].
func (c Kuadran) MarshalJSON() ([]byte, error) { return codeJSON("kuadranNilai", string(c)) }

// UnmarshalJSON reads a code as [Rating.UnmarshalJSON] does.
func (c *Kuadran) UnmarshalJSON(data []byte) error {
	v, err := readCode("kuadranNilai", data)
	if err != nil {
		return err
	}
	*c = Kuadran(v)
	return nil
}

// kuadranCodes holds the code of each kinerja.Predikat, by its value.
var kuadranCodes = [...]Kuadran{kinerja.SangatKurang: "5", kinerja.Kurang: "4", kinerja.ButuhPerbaikan: "3", kinerja.Baik: "2", kinerja.SangatBaik: "1"}

// KuadranCode returns the code of p in BKN's SIASN reference table
// kuadranNilai, used by the field kuadranKinerjaNilai: "1" Sangat Baik,
// "2" Baik, "3" Butuh Perbaikan, "4" Kurang/Misconduct (SIASN's label is
// "KURANG"), "5" Sangat Kurang. An invalid p is a [*CodeError].
func KuadranCode(p kinerja.Predikat) (Kuadran, error) {
	if !p.IsValid() {
		return "", codeError("kuadranNilai", p.String())
	}
	return kuadranCodes[p], nil
}

// ParseKuadranCode returns the predikat with the given code in BKN's SIASN
// reference table kuadranNilai (see [KuadranCode]), in the order of
// [kinerja.Predikat]. A code other than "1" to "5", the zero Kuadran
// included, is a [*CodeError].
func ParseKuadranCode(code Kuadran) (kinerja.Predikat, error) {
	for p, c := range kuadranCodes {
		if c == code && code != "" {
			return kinerja.Predikat(p), nil
		}
	}
	return 0, codeError("kuadranNilai", string(code))
}

// Koefisien is an id of BKN's SIASN reference table koefisien, the table of
// the field koefisienId (koefisenId in responses), which SIASN sends as a
// string: "12" Ahli Pertama, "22" Ahli Muda, "32" Ahli Madya, "42" Ahli
// Utama, "52" Pemula, "62" Terampil, "72" Mahir, "82" Penyelia.
// [KoefisienID] and [ParseKoefisienID] convert it to and from
// [kinerja.Jenjang].
//
// A Koefisien holds the id as received, ids outside the table included.
// Its kind is string, as SIASN's id is, so kinerja.Jenjang(id) does not
// compile. The zero Koefisien, "", is no id; it is not valid.
type Koefisien string

// IsValid reports whether id is one of the eight ids of koefisien.
func (id Koefisien) IsValid() bool {
	for _, x := range koefisienIDs {
		if x == id {
			return true
		}
	}
	return false
}

// koefisienIDs holds the ids of BKN's SIASN reference table koefisien, in
// the order of kinerja.AllJenjang.
var koefisienIDs = [...]Koefisien{"12", "22", "32", "42", "52", "62", "72", "82"}

// KoefisienID returns the id of j in BKN's SIASN reference table
// koefisien, used by the string field koefisienId: "12" Ahli Pertama, "22"
// Ahli Muda, "32" Ahli Madya, "42" Ahli Utama, "52" Pemula, "62" Terampil,
// "72" Mahir, "82" Penyelia. An invalid j is a [*CodeError].
func KoefisienID(j kinerja.Jenjang) (Koefisien, error) {
	for i, x := range kinerja.AllJenjang() {
		if x == j {
			return koefisienIDs[i], nil
		}
	}
	return "", codeError("koefisien", j.String())
}

// ParseKoefisienID returns the jenjang with the given id in BKN's SIASN
// reference table koefisien (see [KoefisienID]). Any other text, including
// the ids with spaces around them and the zero Koefisien, is a
// [*CodeError].
func ParseKoefisienID(id Koefisien) (kinerja.Jenjang, error) {
	for i, x := range koefisienIDs {
		if x == id {
			return kinerja.AllJenjang()[i], nil
		}
	}
	return 0, codeError("koefisien", string(id))
}

// codeJSON writes a code held as text as a JSON number, and "" as null.
func codeJSON(table, code string) ([]byte, error) {
	if code == "" {
		return []byte("null"), nil
	}
	n, err := strconv.Atoi(code)
	if err != nil || strconv.Itoa(n) != code || n > maxInt || n < -maxInt {
		return nil, &FieldError{Field: table, Input: code, Want: "a code that is a whole number"}
	}
	return strconv.AppendInt(nil, int64(n), 10), nil
}

// readCode reads a code sent as a whole number (2, "2", 2.0) into its
// text, "" for null or "".
func readCode(field string, data []byte) (string, error) {
	n, ok, err := parseInt(field, data)
	if err != nil || !ok {
		return "", err
	}
	return strconv.Itoa(n), nil
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

// AllPeriodik returns the two periodik in the order of their codes.
func AllPeriodik() [2]Periodik { return [2]Periodik{Bulanan, Triwulan} }

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
	return enum.AppendFunc(b, p, p.IsValid(), func() string { return periodikNames[p] }, func() error { return &ParseError{Input: p.String(), Err: ErrUnknownPeriodik} })
}

// MarshalText returns SIASN's name, and the empty text for the zero
// Periodik. Any other invalid Periodik is an error.
func (p Periodik) MarshalText() ([]byte, error) { return p.AppendText([]byte{}) }

// UnmarshalText sets p from any spelling [ParsePeriodik] accepts; the
// empty text sets the zero value.
func (p *Periodik) UnmarshalText(text []byte) error { return enum.Unmarshal(p, text, ParsePeriodik) }

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
func MustParsePeriodik(s string) Periodik { return enum.Must(ParsePeriodik(s)) }

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
