package ikm

import (
	"fmt"

	"github.com/go-asn/berakhlak/internal/likert"
	"github.com/go-asn/berakhlak/internal/wire"
	"github.com/go-asn/berakhlak/survey"
)

// The binary format of a Tally: an envelope (package internal/wire) of a
// magic, a format version, a payload and a CRC-32C.
const (
	binaryMagic = "IKM"
	// formatVersion is the version MarshalBinary writes; UnmarshalBinary
	// reads it and every earlier one, with one decoder per version.
	formatVersion = 1
)

// corrupt wraps err, found decoding a tally, in [survey.ErrCorrupt].
func corrupt(err error) error {
	return fmt.Errorf("ikm: tally: %v: %w", err, survey.ErrCorrupt)
}

// MarshalBinary encodes the tally, so that a partial tally can travel
// between workers, or be stored, and be merged elsewhere. The encoding is:
//
//	"IKM"       3 bytes, the magic of an IKM tally
//	1           1 byte, the format version
//	payload     the unsur (9), the scale (1–4), the respondents, then per
//	            unsur the missing answers and the count of each answer 0
//	            to 4 (0 is always zero), as unsigned varints
//	CRC-32C     4 bytes, big-endian, the Castagnoli checksum of all the
//	            bytes before it
//
// The format is stable: bytes written by this version will decode in every
// later version of the module. The zero Tally is an error wrapping
// [survey.ErrInvalidInstrument].
func (t *Tally) MarshalBinary() ([]byte, error) {
	if t.h == nil {
		return nil, errZeroTally
	}
	b := wire.Begin(make([]byte, 0, 128), binaryMagic, formatVersion)
	return wire.Seal(t.h.AppendBinary(b)), nil
}

// UnmarshalBinary replaces t with a tally encoded by [Tally.MarshalBinary],
// by this or any earlier version of the module.
//
// It checks the length, the magic, the format version and the checksum,
// then that the tally is one that Add and Merge could have made: 9 unsur
// on 1–4, every unsur's answers (missing ones included) adding up to the
// respondents, at least one answer per respondent, at most 2^35
// respondents (the limit of every tally, see [Tally.Merge]), and the one
// encoding of those counts (shortest varints, no trailing bytes), so that
// the tally re-encodes to exactly data. Anything else is an error wrapping
// [survey.ErrCorrupt] that says what is wrong, and leaves t unchanged. It
// never panics, and allocates nothing but the fixed-size tally (about 600
// bytes), only once the header announces 9 unsur on 1–4 and the bytes for
// their counts follow.
func (t *Tally) UnmarshalBinary(data []byte) error {
	// One decoder per format version ever written, oldest first.
	nt, err := wire.Decode(data, binaryMagic, decodeV1)
	if err != nil {
		return corrupt(err)
	}
	*t = *nt
	return nil
}

// decodeV1 decodes the payload of format version 1. It checks the
// histogram's header (9 unsur on 1–4, and the bytes for its counts)
// before it allocates the tally, and reads the counts into it.
func decodeV1(payload []byte) (*Tally, error) {
	r := wire.NewReader(payload)
	hd := likert.DecodeHeader(r)
	if r.Err() != nil {
		return nil, r.Err()
	}
	if hd.Items != numUnsur || hd.Min != 1 || hd.Max != 4 {
		return nil, wire.Errorf("%d unsur on %d–%d, want %d on 1–4", hd.Items, hd.Min, hd.Max, numUnsur)
	}
	nt := NewTally()
	nt.h.DecodeCounts(r, hd)
	r.End()
	if r.Err() != nil {
		return nil, r.Err()
	}
	var answers uint64
	for i := 0; i < numUnsur; i++ {
		c, _ := nt.h.Answered(i)
		answers += c
	}
	if n := nt.h.Respondents(); answers < n {
		return nil, wire.Errorf("%d answers from %d respondents: a respondent answered no unsur", answers, n)
	}
	return nt, nil
}
