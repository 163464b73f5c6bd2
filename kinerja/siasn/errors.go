package siasn

import (
	"errors"

	"github.com/go-asn/berakhlak/internal/text"
)

// Sentinel errors. Errors returned by this package wrap one of them, so
// callers can branch with [errors.Is].
var (
	// ErrUnknownCode means a code is outside its SIASN reference table, or
	// a value has no code in it (the zero kinerja.Rating, for one).
	ErrUnknownCode = errors.New("unknown code")
	// ErrUnknownPeriodik means a text names neither periodik.
	ErrUnknownPeriodik = errors.New("unknown periodik")
	// ErrUnknownFindingKind means a text or a FindingKind names none of the
	// kinds of audit finding.
	ErrUnknownFindingKind = errors.New("unknown finding kind")
	// ErrInvalidField means a JSON field holds a value of the wrong form
	// (text where a whole number belongs, a fraction, an object), or a
	// constructor's argument for that field is out of its range; a
	// [*FieldError] names the field.
	ErrInvalidField = errors.New("invalid field")
	// ErrInconsistent means a payload's fields contradict each other or
	// the rules: a kuadran that does not follow from the two ratings, a
	// period that ends before it starts.
	ErrInconsistent = errors.New("inconsistent record")
)

// maxEcho is the most bytes of a caller's input an error message quotes.
const maxEcho = 80

// CodeError reports a code outside its SIASN reference table. It unwraps
// to [ErrUnknownCode].
type CodeError struct {
	// Field is the payload field (e.g. "kuadranKinerjaNilai"), or the
	// reference table when no field is involved (e.g. "kuadranNilai").
	Field string
	// Code is the code as text: "7", "99", or the invalid value's String
	// ("kinerja.Rating(0)") when a value has no code.
	Code string
	// Err is ErrUnknownCode.
	Err error
}

// Error returns e.g. `siasn: kuadranKinerjaNilai: unknown code "7"`.
func (e *CodeError) Error() string {
	return "siasn: " + e.Field + ": " + e.Err.Error() + " " + text.Quote(e.Code)
}

// Unwrap returns [ErrUnknownCode].
func (e *CodeError) Unwrap() error { return e.Err }

func codeError(field, code string) error {
	return &CodeError{Field: field, Code: code, Err: ErrUnknownCode}
}

// ParseError reports a text that names no [Periodik] or [FindingKind]. It
// quotes the input (cut to 80 bytes) and unwraps to [ErrUnknownPeriodik]
// or [ErrUnknownFindingKind].
type ParseError struct {
	Input string // the text as given
	Err   error  // the sentinel
}

// Error returns e.g. `siasn: unknown periodik "tahunan"`.
func (e *ParseError) Error() string { return "siasn: " + e.Err.Error() + " " + text.Quote(e.Input) }

// Unwrap returns the sentinel error.
func (e *ParseError) Unwrap() error { return e.Err }

// FieldError reports a JSON field whose value has the wrong form. It
// unwraps to [ErrInvalidField].
type FieldError struct {
	Field string // the field's SIASN name, e.g. "hasilKinerjaNilai"
	Input string // the JSON value as received
	Want  string // what the field takes, e.g. "a whole number"
}

// Error returns e.g. `siasn: hasilKinerjaNilai: invalid field "2.5": want a
// whole number`.
func (e *FieldError) Error() string {
	return "siasn: " + e.Field + ": " + ErrInvalidField.Error() + " " + text.Quote(e.Input) + ": want " + e.Want
}

// Unwrap returns [ErrInvalidField].
func (e *FieldError) Unwrap() error { return ErrInvalidField }
