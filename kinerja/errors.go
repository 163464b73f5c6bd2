package kinerja

import (
	"errors"
	"strconv"
)

// Sentinel errors. Errors returned by this package wrap one of them, so
// callers can branch with [errors.Is].
var (
	// ErrUnknownRating means a text or a Rating is none of the three
	// ratings.
	ErrUnknownRating = errors.New("unknown rating")
	// ErrUnknownPredikat means a text or a Predikat is none of the five
	// employee predikat.
	ErrUnknownPredikat = errors.New("unknown predikat")
	// ErrUnknownPredikatOrganisasi means a text or a PredikatOrganisasi is
	// none of the five organisation predikat.
	ErrUnknownPredikatOrganisasi = errors.New("unknown organisation predikat")
	// ErrUnknownJenjang means a text or a Jenjang is none of the known
	// jenjang.
	ErrUnknownJenjang = errors.New("unknown jenjang")
	// ErrNoKoefisien means no annual coefficient is published for a jenjang
	// (Pemula) and the caller supplied none.
	ErrNoKoefisien = errors.New("no published angka kredit coefficient")
	// ErrInvalidInput means an argument is outside its domain: a month
	// count outside 1–12, a negative count, an empty organisation, a
	// behaviour section without its seven values.
	ErrInvalidInput = errors.New("invalid input")
)

// ParseError reports a text that names nothing this package knows. It
// quotes the input and unwraps to Err, one of [ErrUnknownRating],
// [ErrUnknownPredikat], [ErrUnknownPredikatOrganisasi] or
// [ErrUnknownJenjang].
type ParseError struct {
	Input string // the text as given
	Err   error  // the sentinel
	Hint  string // what is likely wrong, if known; may be empty
}

// Error returns e.g. `kinerja: unknown rating "Luar Biasa"`, followed by
// the hint in parentheses when there is one.
func (e *ParseError) Error() string {
	msg := "kinerja: " + e.Err.Error() + " " + strconv.Quote(e.Input)
	if e.Hint != "" {
		msg += " (" + e.Hint + ")"
	}
	return msg
}

// Unwrap returns the sentinel error.
func (e *ParseError) Unwrap() error { return e.Err }
