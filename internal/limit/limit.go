// Package limit holds the one cap the module puts on every tally (the
// BerAKHLAK ballot and rating tallies, the IKM tally, the engagement and
// branding tallies) and the error for passing it. Add, Merge and the
// decoders of every tally check it, so that no tally holds, and no
// tally's bytes claim, a state in which a sum could overflow.
package limit

import (
	"errors"
	"fmt"
)

// MaxRespondents is the most respondents any tally holds: 2^35, about 34
// billion, four times the world's population. Below it no count or sum a
// tally keeps overflows 64 bits. The largest is, for Cronbach's alpha, the
// sum over respondents of the square of their total over one dimension of
// an engagement or branding instrument: at most 2^35 × (200 items × 100)²
// ≈ 1.37 × 10^19, below 2^64 ≈ 1.84 × 10^19.
const MaxRespondents = 1 << 35

// ErrExceeded is what every error of this package unwraps to. The public
// packages wrap it, with their own prefix, in survey.ErrInvalidInput.
var ErrExceeded = errors.New("limit exceeded")

// Error is a count refused because it would pass a limit.
type Error struct{ msg string }

func (e *Error) Error() string { return e.msg }

// Unwrap returns ErrExceeded.
func (e *Error) Unwrap() error { return ErrExceeded }

// Room returns how many more respondents a tally of have respondents may
// take.
func Room(have uint64) uint64 {
	if have >= MaxRespondents {
		return 0
	}
	return MaxRespondents - have
}

// Respondents returns nil when a tally of have respondents may take adding
// more, and otherwise the error that refuses them.
func Respondents(have, adding uint64) error {
	if adding <= Room(have) {
		return nil
	}
	return &Error{fmt.Sprintf("%d respondents and %d more would pass the %d (2^35) a tally holds", have, adding, uint64(MaxRespondents))}
}

// Errorf returns an *Error with the formatted text, for another limit
// (the groups of an engagement or branding tally).
func Errorf(format string, args ...any) error {
	return &Error{fmt.Sprintf(format, args...)}
}
