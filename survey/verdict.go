package survey

import (
	"errors"
	"strconv"

	"github.com/go-asn/berakhlak/internal/enum"
	"github.com/go-asn/berakhlak/internal/fold"
	"github.com/go-asn/berakhlak/internal/text"
)

// The enumerations' parse errors.
var (
	// ErrUnknownVerdict means a text names none of the three verdicts.
	ErrUnknownVerdict = errors.New("unknown verdict")
	// ErrUnknownAttainment means a text names none of the three
	// attainments of a target.
	ErrUnknownAttainment = errors.New("unknown attainment")
)

// unknown returns the error of a text that names no verdict or
// attainment: it quotes the text, cut to 80 bytes.
func unknown(s string, err error) error {
	return &nameError{input: s, err: err}
}

type nameError struct {
	input string
	err   error
}

func (e *nameError) Error() string { return "survey: " + e.err.Error() + " " + text.Quote(e.input) }

func (e *nameError) Unwrap() error { return e.err }

// Verdict says whether a figure moved between two surveys by more than
// their sampling error (see [Interval]): up or down when the interval of
// the change lies above or below zero, no measurable change when it holds
// zero. The zero Verdict is invalid.
type Verdict uint8

// The three verdicts.
const (
	VerdictUp                 Verdict = iota + 1 // the change's interval lies above zero
	VerdictDown                                  // the change's interval lies below zero
	VerdictNoMeasurableChange                    // the change's interval holds zero
)

var verdictNames = [...]string{"", "up", "down", "no measurable change"}

// Verdicts returns the three verdicts in order.
func Verdicts() [3]Verdict { return [3]Verdict{VerdictUp, VerdictDown, VerdictNoMeasurableChange} }

// IsValid reports whether v is one of the three verdicts.
func (v Verdict) IsValid() bool { return v >= VerdictUp && v <= VerdictNoMeasurableChange }

// String returns "up", "down" or "no measurable change".
func (v Verdict) String() string {
	if !v.IsValid() {
		return "survey.Verdict(" + strconv.Itoa(int(v)) + ")"
	}
	return verdictNames[v]
}

// AppendText appends the verdict's name to b, nothing for the zero
// Verdict. Any other invalid Verdict is an error.
func (v Verdict) AppendText(b []byte) ([]byte, error) {
	return enum.Append(b, v, verdictNames[:], func() error { return unknown(v.String(), ErrUnknownVerdict) })
}

// MarshalText returns the verdict's name, and the empty text for the zero
// Verdict.
func (v Verdict) MarshalText() ([]byte, error) { return v.AppendText(nil) }

// UnmarshalText sets v from any name [ParseVerdict] accepts; the empty
// text sets the zero value.
func (v *Verdict) UnmarshalText(text []byte) error { return enum.Unmarshal(v, text, ParseVerdict) }

// ParseVerdict returns the verdict named "up", "down" or "no measurable
// change", in any case and spacing, or by its Indonesian name ("naik",
// "turun", "tidak ada perubahan terukur"). Anything else is a
// error wrapping [ErrUnknownVerdict] that quotes s.
func ParseVerdict(s string) (Verdict, error) {
	var buf [48]byte
	if key, ok := fold.Append(buf[:0], s, false); ok {
		switch string(key) {
		case "up", "naik":
			return VerdictUp, nil
		case "down", "turun":
			return VerdictDown, nil
		case "nomeasurablechange", "tidakadaperubahanterukur":
			return VerdictNoMeasurableChange, nil
		}
	}
	return 0, unknown(s, ErrUnknownVerdict)
}

// MustParseVerdict is like [ParseVerdict] but panics on an error.
func MustParseVerdict(s string) Verdict { return enum.Must(ParseVerdict(s)) }

// Attainment says whether a caller's target for a figure was met, given
// the figure's sampling error: met when its interval lies at or above the
// target, not met when below, and not decidable otherwise. The zero
// Attainment is invalid.
type Attainment uint8

// The three attainments.
const (
	AttainmentMet       Attainment = iota + 1 // met beyond the sampling error
	AttainmentNotMet                          // missed beyond the sampling error
	AttainmentUndecided                       // the target lies within the figure's interval: the survey cannot tell
)

var attainmentNames = [...]string{"", "met", "not met", "not decidable within the sampling error"}

// Attainments returns the three attainments in order.
func Attainments() [3]Attainment {
	return [3]Attainment{AttainmentMet, AttainmentNotMet, AttainmentUndecided}
}

// IsValid reports whether a is one of the three attainments.
func (a Attainment) IsValid() bool { return a >= AttainmentMet && a <= AttainmentUndecided }

// String returns "met", "not met" or "not decidable within the sampling
// error".
func (a Attainment) String() string {
	if !a.IsValid() {
		return "survey.Attainment(" + strconv.Itoa(int(a)) + ")"
	}
	return attainmentNames[a]
}

// AppendText appends the attainment's name to b, nothing for the zero
// Attainment. Any other invalid Attainment is an error.
func (a Attainment) AppendText(b []byte) ([]byte, error) {
	return enum.Append(b, a, attainmentNames[:], func() error { return unknown(a.String(), ErrUnknownAttainment) })
}

// MarshalText returns the attainment's name, and the empty text for the
// zero Attainment.
func (a Attainment) MarshalText() ([]byte, error) { return a.AppendText(nil) }

// UnmarshalText sets a from any name [ParseAttainment] accepts; the empty
// text sets the zero value.
func (a *Attainment) UnmarshalText(text []byte) error {
	return enum.Unmarshal(a, text, ParseAttainment)
}

// ParseAttainment returns the attainment named "met", "not met" or "not
// decidable within the sampling error", in any case and spacing, or by its
// Indonesian name ("tercapai", "tidak tercapai", "belum dapat
// dipastikan"). Anything else is a error wrapping
// [ErrUnknownAttainment] that quotes s.
func ParseAttainment(s string) (Attainment, error) {
	var buf [64]byte
	if key, ok := fold.Append(buf[:0], s, false); ok {
		switch string(key) {
		case "met", "tercapai":
			return AttainmentMet, nil
		case "notmet", "tidaktercapai":
			return AttainmentNotMet, nil
		case "notdecidablewithinthesamplingerror", "belumdapatdipastikan":
			return AttainmentUndecided, nil
		}
	}
	return 0, unknown(s, ErrUnknownAttainment)
}

// MustParseAttainment is like [ParseAttainment] but panics on an error.
func MustParseAttainment(s string) Attainment { return enum.Must(ParseAttainment(s)) }
