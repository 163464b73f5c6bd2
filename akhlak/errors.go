package akhlak

import (
	"errors"
	"strconv"

	"github.com/go-asn/berakhlak/category"
)

// Sentinel errors. Errors returned by this package wrap one of them, so
// callers can branch with [errors.Is].
var (
	// ErrUnknownValue means a text names none of the seven values.
	ErrUnknownValue = errors.New("unknown value")
	// ErrUnknownBehaviour means a text names none of the 21 behaviours.
	ErrUnknownBehaviour = errors.New("unknown behaviour")
	// ErrUnknownStage means a text names none of the seven stages.
	ErrUnknownStage = errors.New("unknown stage")
	// ErrUnknownPhase means a text names none of the three roadmap phases.
	ErrUnknownPhase = errors.New("unknown phase")
	// ErrIncompleteProfile means a profile lacks one or more of the seven
	// values.
	ErrIncompleteProfile = errors.New("incomplete profile")
	// ErrUnknownOption means a ballot names an option its instrument lacks.
	ErrUnknownOption = errors.New("unknown option")
	// ErrInvalidAnswer means a respondent's answers break a rule: a repeated
	// pick, too many picks, an answer outside the scale.
	ErrInvalidAnswer = errors.New("invalid answer")
	// ErrInvalidInstrument means an instrument or rating scale definition
	// is invalid.
	ErrInvalidInstrument = errors.New("invalid instrument")
	// ErrInvalidInput means an argument is outside its domain.
	ErrInvalidInput = errors.New("invalid input")
	// ErrCorrupt means bytes given to UnmarshalBinary are not a tally.
	ErrCorrupt = errors.New("corrupt tally")
	// ErrOutOfRange means a score is outside 0–100. It is the same error as
	// [category.ErrOutOfRange].
	ErrOutOfRange = category.ErrOutOfRange
)

// ParseError reports a text that names nothing this package knows. It
// quotes the input and unwraps to Err, one of [ErrUnknownValue],
// [ErrUnknownBehaviour], [ErrUnknownStage] or [ErrUnknownPhase].
type ParseError struct {
	Input string // the text as given
	Err   error  // the sentinel
}

// Error returns e.g. `akhlak: unknown value "Jujur"`.
func (e *ParseError) Error() string {
	return "akhlak: " + e.Err.Error() + " " + strconv.Quote(e.Input)
}

// Unwrap returns the sentinel error.
func (e *ParseError) Unwrap() error { return e.Err }
