package tally

import "fmt"

// sentinelError carries a message and unwraps to a sentinel, without
// repeating the sentinel's text, so that the public packages can add their
// own prefix and sentinel once.
type sentinelError struct {
	msg      string
	sentinel error
}

func (e *sentinelError) Error() string { return e.msg }
func (e *sentinelError) Unwrap() error { return e.sentinel }

func errf(sentinel error, format string, args ...any) error {
	return &sentinelError{msg: fmt.Sprintf(format, args...), sentinel: sentinel}
}
