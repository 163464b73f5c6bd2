package akhlak

import (
	"errors"

	"github.com/go-asn/berakhlak/internal/text"
)

// Sentinel errors of the conditions only this package has. The conditions
// every survey shares (an invalid answer, too few respondents, an invalid
// instrument or input, a corrupt tally) are package survey's sentinels, and
// a score outside its scale is [category.ErrOutOfRange]: errors returned by
// this package wrap one of them, so callers can branch with [errors.Is].
var (
	// ErrUnknownValue means a text names none of the seven values.
	ErrUnknownValue = errors.New("unknown value")
	// ErrUnknownBehaviour means a text names none of the 21 behaviours.
	ErrUnknownBehaviour = errors.New("unknown behaviour")
	// ErrUnknownStage means a text names none of the seven stages.
	ErrUnknownStage = errors.New("unknown stage")
	// ErrUnknownPhase means a text names none of the three roadmap phases.
	ErrUnknownPhase = errors.New("unknown phase")
	// ErrUnknownList means a text names none of the three ballot lists.
	ErrUnknownList = errors.New("unknown list")
	// ErrUnknownOptionKind means a text names none of the three kinds of
	// ballot option.
	ErrUnknownOptionKind = errors.New("unknown option kind")
	// ErrUnknownHealthComponent means a text names none of the five
	// culture-health sub-indices.
	ErrUnknownHealthComponent = errors.New("unknown health component")
	// ErrIncompleteProfile means a profile lacks one or more of the seven
	// values.
	ErrIncompleteProfile = errors.New("incomplete profile")
	// ErrUnknownOption means a ballot or a code names an option its
	// instrument lacks. A ballot's unknown pick is a [*survey.AnswerError]
	// that wraps both this and [survey.ErrInvalidAnswer].
	ErrUnknownOption = errors.New("unknown option")
	// ErrInvalidTarget means a text or a figure is not a [Target]: not a
	// score within 0–100, a category letter, or a signed change.
	ErrInvalidTarget = errors.New("invalid target")
)

// ParseError reports a text that names nothing this package knows. It
// quotes the input (cut to 80 bytes) and unwraps to Err, one of
// [ErrUnknownValue], [ErrUnknownBehaviour], [ErrUnknownStage],
// [ErrUnknownPhase], [ErrUnknownList], [ErrUnknownOptionKind],
// [ErrUnknownHealthComponent] or [ErrInvalidTarget].
type ParseError struct {
	Input string // the text as given
	Err   error  // the sentinel
}

// Error returns e.g. `akhlak: unknown value "Jujur"`.
func (e *ParseError) Error() string {
	return "akhlak: " + e.Err.Error() + " " + text.Quote(e.Input)
}

// Unwrap returns the sentinel error.
func (e *ParseError) Unwrap() error { return e.Err }
