// Package wire holds the binary format shared by the tallies'
// MarshalBinary and UnmarshalBinary: a checksummed, versioned envelope
// around a payload, and the payload's building blocks (canonical unsigned
// varints, length-prefixed strings and flags) with a Reader that stops at
// the first error instead of panicking on corrupt or truncated input.
//
// # The envelope
//
// Every encoded tally is
//
//	magic     a few ASCII bytes naming the kind of tally, e.g. "BAKB"
//	version   one byte, the format version of the payload (1 today)
//	payload   the tally, as its package writes it
//	checksum  4 bytes, big-endian: the CRC-32C (Castagnoli) of everything
//	          before it
//
// [Open] checks, in this order, the length, the magic, the checksum and the
// version, so that a payload is only ever read once its bytes are known to
// be the ones that were written, and an unknown version is reported only
// for bytes that are intact (written by a newer release), never for a
// damaged version byte. The decoder of each tally then checks
// every invariant of its payload.
//
// # Canonical payloads
//
// A payload has exactly one encoding: [Reader.Uvarint] refuses a varint
// longer than it needs to be, [Reader.Bool] any byte but 0 or 1, and
// [Reader.End] trailing bytes, so that a decoded tally re-encodes to the
// very bytes it came from.
package wire

import (
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
)

// ErrCorrupt is what every error of this package unwraps to.
var ErrCorrupt = errors.New("corrupt or truncated input")

// castagnoli is the CRC-32C table, built once and only read.
var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// checksumLen is the length of the checksum that ends an envelope.
const checksumLen = 4

// Checksum returns the CRC-32C (Castagnoli) of b.
func Checksum(b []byte) uint32 { return crc32.Checksum(b, castagnoli) }

// Begin appends the start of an envelope to b, which must be empty: the
// magic and the version. The caller appends the payload, then calls Seal.
func Begin(b []byte, magic string, version byte) []byte {
	b = append(b, magic...)
	return append(b, version)
}

// Seal appends the checksum of b to b, which must hold exactly an
// envelope begun by Begin and its payload.
func Seal(b []byte) []byte {
	return binary.BigEndian.AppendUint32(b, Checksum(b))
}

// Open checks an envelope and returns its version and payload. The checks
// come in this order, and the first that fails is the error:
//   - the length: at least the magic, the version and the checksum;
//   - the magic;
//   - the checksum: the stored one against the one computed, in hex;
//   - the version: 1 to maxVersion. It is checked after the checksum, so
//     that an unknown version is named only for intact bytes, which a
//     newer release wrote, and a damaged version byte reads as damage.
//
// The payload aliases data.
func Open(data []byte, magic string, maxVersion byte) (version byte, payload []byte, err error) {
	head := len(magic) + 1
	if len(data) < head+checksumLen {
		return 0, nil, Errorf("%d bytes, shorter than the %d of an empty envelope", len(data), head+checksumLen)
	}
	if string(data[:len(magic)]) != magic {
		return 0, nil, Errorf("starts with %q, not the magic %q", data[:len(magic)], magic)
	}
	body := len(data) - checksumLen
	stored := binary.BigEndian.Uint32(data[body:])
	if sum := Checksum(data[:body]); sum != stored {
		return 0, nil, Errorf("checksum 0x%08x does not match 0x%08x", stored, sum)
	}
	version = data[len(magic)]
	switch {
	case version == 0:
		return 0, nil, Errorf("format version 0 does not exist")
	case version > maxVersion:
		return 0, nil, Errorf("format version %d is unknown: this release reads versions 1 to %d (written by a newer release?)", version, maxVersion)
	}
	return version, data[head:body], nil
}

// Decode opens an envelope with Open and decodes its payload with the
// decoder of its version: decoders[v-1] reads version v, so the newest
// version it reads is len(decoders). Every version ever written keeps its
// decoder in the list: a new version appends one and never changes an old
// one, so that bytes of every earlier version still decode.
func Decode[T any](data []byte, magic string, decoders ...func(payload []byte) (T, error)) (T, error) {
	version, payload, err := Open(data, magic, byte(len(decoders)))
	if err != nil {
		var zero T
		return zero, err
	}
	return decoders[version-1](payload)
}

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

// Reader reads what the Append functions and binary.AppendUvarint wrote,
// refusing any other encoding of the same values. After the first error
// every read returns a zero value, and Err reports that error.
type Reader struct {
	b   []byte
	off int // bytes read so far, for error messages
	err error
}

// NewReader returns a Reader of b.
func NewReader(b []byte) *Reader { return &Reader{b: b} }

// Err returns the first error, which unwraps to ErrCorrupt, or nil.
func (r *Reader) Err() error { return r.err }

// Len returns the number of bytes not read yet.
func (r *Reader) Len() int { return len(r.b) }

// Fail records a corruption found by the caller, unless an error is
// already recorded.
func (r *Reader) Fail(format string, args ...any) {
	if r.err == nil {
		r.err = Errorf(format, args...)
	}
}

// Within prefixes the recorded error, if any, with where it was found,
// e.g. a group's name.
func (r *Reader) Within(where string) {
	if r.err != nil {
		r.err = Errorf("%s: %v", where, r.err)
	}
}

// End records an error if bytes are left unread.
func (r *Reader) End() {
	if len(r.b) != 0 {
		r.Fail("%d trailing bytes after byte %d", len(r.b), r.off)
	}
}

func (r *Reader) advance(n int) {
	r.b = r.b[n:]
	r.off += n
}

// Uvarint reads an unsigned varint in its shortest form.
func (r *Reader) Uvarint() uint64 {
	if r.err != nil {
		return 0
	}
	v, n := binary.Uvarint(r.b)
	switch {
	case n == 0:
		r.Fail("truncated at byte %d", r.off)
		return 0
	case n < 0:
		r.Fail("varint at byte %d overflows 64 bits", r.off)
		return 0
	case n > 1 && r.b[n-1] == 0:
		// A last byte of zero adds nothing: the same value fits in fewer
		// bytes.
		r.Fail("varint at byte %d is longer than it needs to be", r.off)
		return 0
	}
	r.advance(n)
	return v
}

// String reads a length-prefixed string.
func (r *Reader) String() string {
	at := r.off
	n := r.Uvarint()
	if r.err != nil {
		return ""
	}
	if n > uint64(len(r.b)) {
		r.Fail("string at byte %d: %d bytes, only %d left", at, n, len(r.b))
		return ""
	}
	s := string(r.b[:n])
	r.advance(int(n))
	return s
}

// Byte reads one byte.
func (r *Reader) Byte() byte {
	if r.err != nil {
		return 0
	}
	if len(r.b) == 0 {
		r.Fail("truncated at byte %d", r.off)
		return 0
	}
	c := r.b[0]
	r.advance(1)
	return c
}

// Bool reads a flag written by AppendBool; any byte but 0 or 1 is an error.
func (r *Reader) Bool() bool {
	at := r.off
	c := r.Byte()
	if c > 1 {
		r.Fail("flag at byte %d is %d, not 0 or 1", at, c)
	}
	return c == 1
}

// Error is a corruption: what was wrong. It unwraps to ErrCorrupt.
type Error struct{ What string }

func (e *Error) Error() string { return e.What }

// Unwrap returns ErrCorrupt.
func (e *Error) Unwrap() error { return ErrCorrupt }

// Errorf returns an *Error with the formatted text.
func Errorf(format string, args ...any) error {
	return &Error{What: fmt.Sprintf(format, args...)}
}
