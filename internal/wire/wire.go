// Package wire holds the small binary encoding shared by the tallies'
// MarshalBinary and UnmarshalBinary: unsigned varints, length-prefixed
// strings and flags, and a Reader that stops at the first error instead of
// panicking on corrupt or truncated input.
package wire

import (
	"encoding/binary"
	"errors"
)

// ErrCorrupt is what every Reader error unwraps to.
var ErrCorrupt = errors.New("corrupt or truncated input")

// AppendString appends s with its length as an unsigned varint.
func AppendString(b []byte, s string) []byte {
	b = binary.AppendUvarint(b, uint64(len(s)))
	return append(b, s...)
}

// AppendBool appends v as one byte, 0 or 1.
func AppendBool(b []byte, v bool) []byte {
	if v {
		return append(b, 1)
	}
	return append(b, 0)
}

// Reader reads what the Append functions and binary.AppendUvarint wrote.
// After the first error every read returns a zero value, and Err reports
// that error.
type Reader struct {
	b   []byte
	err error
}

// NewReader returns a Reader of b.
func NewReader(b []byte) *Reader { return &Reader{b: b} }

// Err returns the first error, which unwraps to ErrCorrupt, or nil.
func (r *Reader) Err() error { return r.err }

// Rest returns the bytes not read yet.
func (r *Reader) Rest() []byte { return r.b }

// Skip replaces the unread bytes with rest, for a caller that decoded part
// of them itself.
func (r *Reader) Skip(rest []byte) { r.b = rest }

// Fail records a corruption found by the caller, unless an error is
// already recorded.
func (r *Reader) Fail(what string) {
	if r.err == nil {
		r.err = &Error{What: what}
	}
}

// Uvarint reads an unsigned varint.
func (r *Reader) Uvarint() uint64 {
	if r.err != nil {
		return 0
	}
	v, n := binary.Uvarint(r.b)
	if n <= 0 {
		r.Fail("truncated")
		return 0
	}
	r.b = r.b[n:]
	return v
}

// String reads a length-prefixed string.
func (r *Reader) String() string {
	n := r.Uvarint()
	if r.err != nil {
		return ""
	}
	if n > uint64(len(r.b)) {
		r.Fail("truncated string")
		return ""
	}
	s := string(r.b[:n])
	r.b = r.b[n:]
	return s
}

// Byte reads one byte.
func (r *Reader) Byte() byte {
	if r.err != nil {
		return 0
	}
	if len(r.b) == 0 {
		r.Fail("truncated")
		return 0
	}
	c := r.b[0]
	r.b = r.b[1:]
	return c
}

// Bool reads a flag written by AppendBool; any byte but 0 or 1 is an error.
func (r *Reader) Bool() bool {
	c := r.Byte()
	if c > 1 {
		r.Fail("bad flag")
	}
	return c == 1
}

// Error is a corruption: what was wrong. It unwraps to ErrCorrupt.
type Error struct{ What string }

func (e *Error) Error() string { return e.What }

// Unwrap returns ErrCorrupt.
func (e *Error) Unwrap() error { return ErrCorrupt }
