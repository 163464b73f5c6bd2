package kinerja

import (
	"strconv"

	"github.com/go-asn/berakhlak/internal/enum"

	"github.com/go-asn/berakhlak/internal/fold"
)

// Rating is the three-level scale on which Hasil Kerja and Perilaku Kerja
// are each rated (PermenPANRB No. 6 Tahun 2022). Ratings are ordered, so
// r >= SesuaiEkspektasi reads naturally. The zero Rating is invalid.
type Rating uint8

// The three ratings, from the lowest.
const (
	DiBawahEkspektasi Rating = iota + 1 // Di Bawah Ekspektasi (below expectations)
	SesuaiEkspektasi                    // Sesuai Ekspektasi (meets expectations)
	DiAtasEkspektasi                    // Di Atas Ekspektasi (above expectations)
)

var ratingNames = [...]struct{ name, english string }{
	{},
	{"Di Bawah Ekspektasi", "Below expectations"},
	{"Sesuai Ekspektasi", "Meets expectations"},
	{"Di Atas Ekspektasi", "Above expectations"},
}

// Ratings returns the three ratings from the lowest.
func Ratings() [3]Rating { return [3]Rating{DiBawahEkspektasi, SesuaiEkspektasi, DiAtasEkspektasi} }

// IsValid reports whether r is one of the three ratings.
func (r Rating) IsValid() bool { return r >= DiBawahEkspektasi && r <= DiAtasEkspektasi }

// String returns the official name, e.g. "Di Atas Ekspektasi", or
// "kinerja.Rating(N)" for an invalid rating.
func (r Rating) String() string {
	if !r.IsValid() {
		return "kinerja.Rating(" + strconv.Itoa(int(r)) + ")"
	}
	return ratingNames[r].name
}

// English returns the library's English name, e.g. "Above expectations",
// and the empty string for an invalid rating.
func (r Rating) English() string {
	if !r.IsValid() {
		return ""
	}
	return ratingNames[r].english
}

// AppendText appends the official name to b (encoding.TextAppender). The
// zero Rating appends nothing; any other invalid Rating is a
// [*ParseError] wrapping [ErrUnknownRating].
func (r Rating) AppendText(b []byte) ([]byte, error) {
	return enum.AppendFunc(b, r, r.IsValid(), func() string { return ratingNames[r].name }, func() error { return &ParseError{Input: r.String(), Err: ErrUnknownRating} })
}

// MarshalText returns the official name, and the empty text for the zero
// Rating. Any other invalid Rating is an error.
func (r Rating) MarshalText() ([]byte, error) { return r.AppendText([]byte{}) }

// UnmarshalText sets r from any spelling [ParseRating] accepts; the empty
// text sets the zero value.
func (r *Rating) UnmarshalText(text []byte) error { return enum.Unmarshal(r, text, ParseRating) }

// ParseRating returns the rating named by s. It accepts what HR systems
// and SIASN send: any case; words joined by spaces, "_", "-" or nothing
// ("Diatas", "Di Atas", "DI ATAS EKSPEKTASI", "di_bawah_ekspektasi"); with
// or without "Ekspektasi"; the spelling "ESPEKTASI" of BKN's SIASN
// reference table perilakuDanKinerja ("DIATAS ESPEKTASI", "SESUAI
// ESPEKTASI", "DIBAWAH ESPEKTASI"), which integrators receive from SIASN;
// and the English names ("Above expectations", "Meets expectations",
// "Below expectations", also "Exceeds expectations" and "As expected").
//
// Anything else returns a [*ParseError] that quotes s and wraps
// [ErrUnknownRating]. ParseRating does not allocate on success.
func ParseRating(s string) (Rating, error) {
	var buf [48]byte
	key, ok := fold.Append(buf[:0], s, true)
	if ok {
		switch string(key) {
		case "dibawah", "dibawahekspektasi", "dibawahespektasi", "below", "belowexpectation", "belowexpectations":
			return DiBawahEkspektasi, nil
		case "sesuai", "sesuaiekspektasi", "sesuaiespektasi", "meets", "meetsexpectation", "meetsexpectations", "asexpected":
			return SesuaiEkspektasi, nil
		case "diatas", "diatasekspektasi", "diatasespektasi", "above", "aboveexpectation", "aboveexpectations", "exceedsexpectations":
			return DiAtasEkspektasi, nil
		}
	}
	return 0, &ParseError{Input: s, Err: ErrUnknownRating}
}

// MustParseRating is like [ParseRating] but panics on an error. It is meant
// for tests and for constants written in source code.
func MustParseRating(s string) Rating { return enum.Must(ParseRating(s)) }
