package survey

import (
	"errors"
	"fmt"

	"github.com/go-asn/berakhlak/internal/text"
)

// Sentinel errors shared by the packages that score surveys. Each is the
// one identity of its condition in the module; errors returned by those
// packages wrap it, so callers can branch with [errors.Is].
var (
	// ErrInsufficientRespondents means a survey has fewer respondents than
	// its minimum, so it has no publishable figure. It is wrapped in an
	// [*InsufficientError] that carries both numbers.
	ErrInsufficientRespondents = errors.New("insufficient respondents")
	// ErrInvalidAnswer means a respondent's answers break a rule: an answer
	// outside the scale, a wrong number of answers, a repeated or unknown
	// pick, too many picks, a row with no answer at all. It is wrapped in an
	// [*AnswerError] that names the respondent and the item or option.
	ErrInvalidAnswer = errors.New("invalid answer")
	// ErrNoFigure means a figure cannot be computed from the data: nobody
	// answered the items, a dimension has too few items or respondents for
	// Cronbach's alpha, or the answers have no variance.
	ErrNoFigure = errors.New("no figure")
	// ErrWithheld means a figure exists but is not published: fewer
	// answers stand behind it than the confidentiality threshold, or it
	// would reveal such a figure by difference (complementary
	// suppression). An error that wraps it also wraps [ErrNoFigure].
	ErrWithheld = errors.New("withheld for confidentiality")
	// ErrInvalidInstrument means an instrument, a rating scale (also one
	// written as malformed text) or another survey definition is invalid,
	// or two tallies of different instruments were merged.
	ErrInvalidInstrument = errors.New("invalid instrument")
	// ErrInvalidInput means an argument is outside its domain: an invalid
	// minimum, an out-of-range option value, a JSON form that contradicts
	// itself, or a respondent or a merge that would pass a tally's limit
	// (2^35 respondents in every tally; MaxGroups subgroups in an
	// engagement or branding tally; see the package documentation).
	ErrInvalidInput = errors.New("invalid input")
	// ErrCorrupt means bytes given to a tally's UnmarshalBinary are not a
	// tally: truncated, altered, or of another kind.
	ErrCorrupt = errors.New("corrupt tally")
)

// AnswerError reports one respondent's answer that breaks a rule. It names
// the respondent, the item or list, and the answer. It always unwraps to
// [ErrInvalidAnswer], and also to Err when Err is set (for example
// akhlak.ErrUnknownOption for a pick the instrument lacks).
type AnswerError struct {
	Respondent string // as given to Add
	Field      string // the item code ("BP2", "U3", "recommend") or the list ("current")
	Answer     string // the answer or the pick, as text
	Reason     string // why it is refused
	Err        error  // a more specific condition, or nil
}

// Error returns e.g. `survey: respondent "R-17": current: option 40: not
// in the instrument`. The respondent and the answer are quoted and cut to
// 80 bytes.
func (e *AnswerError) Error() string {
	return fmt.Sprintf("survey: respondent %s: %s: %s: %s", text.Quote(e.Respondent), e.Field, e.Answer, e.Reason)
}

// Unwrap returns [ErrInvalidAnswer], and Err when it is set.
func (e *AnswerError) Unwrap() []error {
	if e.Err == nil {
		return []error{ErrInvalidAnswer}
	}
	return []error{ErrInvalidAnswer, e.Err}
}

// InsufficientError reports a survey below its minimum number of
// respondents. It unwraps to [ErrInsufficientRespondents].
type InsufficientError struct {
	Respondents int     // respondents counted
	Minimum     Minimum // the minimum they fall short of
}

// Error returns e.g. "survey: insufficient respondents: 120 of the 345
// required (Slovin, 5% margin, population 2500)".
func (e *InsufficientError) Error() string {
	return fmt.Sprintf("survey: insufficient respondents: %d of the %d required (%s)", e.Respondents, e.Minimum.Required(), e.Minimum)
}

// Unwrap returns [ErrInsufficientRespondents].
func (e *InsufficientError) Unwrap() error { return ErrInsufficientRespondents }
