package ikm

import (
	"encoding/binary"
	"fmt"

	"github.com/go-asn/berakhlak/internal/likert"
	"github.com/go-asn/berakhlak/internal/text"
	"github.com/go-asn/berakhlak/internal/wire"
	"github.com/go-asn/berakhlak/survey"
)

// The binary format of a Tally: an envelope (package internal/wire) of a
// magic, a format version, a payload and a CRC-32C.
const (
	binaryMagic = "IKM"
	// formatVersion is the newest version MarshalBinary writes;
	// UnmarshalBinary reads it and every earlier one, with one decoder per
	// version.
	formatVersion = 2
)

// corrupt wraps err, found decoding a tally, in [survey.ErrCorrupt].
func corrupt(err error) error {
	return fmt.Errorf("ikm: tally: %v: %w", err, survey.ErrCorrupt)
}

// MarshalBinary encodes the tally, so that a partial tally can travel
// between workers, or be stored, and be merged elsewhere. A tally of
// [Instrument2017] without groups is written in format version 1, as every
// v1 release writes it:
//
//	"IKM"       3 bytes, the magic of an IKM tally
//	1           1 byte, the format version
//	payload     the unsur (9), the scale (1–4), the respondents, then per
//	            unsur the missing answers and the count of each answer 0
//	            to 4 (0 is always zero), as unsigned varints
//	CRC-32C     4 bytes, big-endian, the Castagnoli checksum of all the
//	            bytes before it
//
// Any other tally (of [Instrument2014], or with groups) is written in
// format version 2, whose payload is the instrument (its number, 1 for
// Instrument2017 and 2 for Instrument2014, an unsigned varint), the whole
// survey's counts as in version 1, the number of groups, and per group, in
// increasing byte order of the names, its name (its length as an unsigned
// varint, then its bytes) and its counts as in version 1.
//
// The format is stable: bytes written by this version will decode in every
// later version of the module. The zero Tally is an error wrapping
// [survey.ErrInvalidInstrument].
func (t *Tally) MarshalBinary() ([]byte, error) {
	if t.h == nil {
		return nil, errZeroTally
	}
	if t.in == Instrument2017 && len(t.groups) == 0 {
		b := wire.Begin(make([]byte, 0, 128), binaryMagic, 1)
		return wire.Seal(t.h.AppendBinary(b)), nil
	}
	b := wire.Begin(make([]byte, 0, 128*(1+len(t.groups))), binaryMagic, formatVersion)
	b = binary.AppendUvarint(b, uint64(t.in))
	b = t.h.AppendBinary(b)
	b = binary.AppendUvarint(b, uint64(len(t.groups)))
	for _, name := range t.Groups() {
		b = wire.AppendString(b, name)
		b = t.groups[name].AppendBinary(b)
	}
	return wire.Seal(b), nil
}

// UnmarshalBinary replaces t with a tally encoded by [Tally.MarshalBinary],
// by this or any earlier version of the module.
//
// It checks the length, the magic, the format version and the checksum,
// then that the tally is one that Add, AddResponse and Merge could have
// made: a known instrument, 9 unsur on 1–4, every unsur's answers (missing
// ones included) adding up to the respondents, at least one answer per
// respondent, at most 2^35 respondents (the limit of every tally, see
// [Tally.Merge]); groups named, in increasing byte order, each with
// respondents and each as consistent as the whole, at most 10,000, and
// together no more of any count than the whole survey; and the one
// encoding of those counts (shortest varints, no trailing bytes), so that
// the tally re-encodes to exactly data. Anything else is an error wrapping
// [survey.ErrCorrupt] that says what is wrong, and leaves t unchanged. It
// never panics, and allocates in proportion to data: each tally (about
// 600 bytes) only once the header announces 9 unsur on 1–4 and the bytes
// for its counts follow.
func (t *Tally) UnmarshalBinary(data []byte) error {
	// One decoder per format version ever written, oldest first.
	nt, err := wire.Decode(data, binaryMagic, decodeV1, decodeV2)
	if err != nil {
		return corrupt(err)
	}
	*t = *nt
	return nil
}

// decodeV1 decodes the payload of format version 1.
func decodeV1(payload []byte) (*Tally, error) {
	r := wire.NewReader(payload)
	h := decodeCounts(r)
	if h == nil {
		return nil, r.Err()
	}
	nt := tallyWith(Instrument2017, h)
	r.End()
	if r.Err() != nil {
		return nil, r.Err()
	}
	return nt, nil
}

// decodeV2 decodes the payload of format version 2.
func decodeV2(payload []byte) (*Tally, error) {
	r := wire.NewReader(payload)
	in := r.Uvarint()
	if r.Err() != nil {
		return nil, r.Err()
	}
	if in < 1 || in > numInstruments {
		return nil, wire.Errorf("instrument %d, want 1 to %d", in, numInstruments)
	}
	whole := decodeCounts(r)
	if whole == nil {
		r.Within("the whole survey")
		return nil, r.Err()
	}
	nt := tallyWith(Instrument(in), whole)
	groups := r.Uvarint()
	// A group takes at least a name's two bytes and its counts' 4 + 9×6.
	const leastGroupBytes = 2 + 4 + numUnsur*histWidth
	switch {
	case r.Err() != nil:
		return nil, r.Err()
	case groups > maxGroups || groups > uint64(r.Len()/leastGroupBytes):
		return nil, wire.Errorf("%d groups in %d bytes, more than the bytes hold or the %d a tally holds", groups, r.Len(), maxGroups)
	case groups == 0 && nt.in == Instrument2017:
		return nil, wire.Errorf("a tally of version 2 without groups or another instrument, which version 1 writes")
	}
	sum := newHist() // the groups' counts added up
	prev := ""
	for g := uint64(0); g < groups; g++ {
		name := r.String()
		switch {
		case r.Err() != nil:
			return nil, r.Err()
		case name == "":
			return nil, wire.Errorf("group %d has no name", g+1)
		case g > 0 && name <= prev:
			return nil, wire.Errorf("group %s comes after %s: the names must be sorted and unique", text.Quote(name), text.Quote(prev))
		}
		h := decodeCounts(r)
		if h == nil {
			r.Within("group " + text.Quote(name))
			return nil, r.Err()
		}
		if h.Respondents() == 0 {
			return nil, wire.Errorf("group %s has no respondents", text.Quote(name))
		}
		if err := sum.Merge(h); err != nil || !within(sum, nt.h) {
			return nil, wire.Errorf("the groups up to %s hold more than the whole survey", text.Quote(name))
		}
		if nt.groups == nil {
			nt.groups = map[string]*likert.Tally{}
		}
		nt.groups[name], prev = h, name
	}
	r.End()
	if r.Err() != nil {
		return nil, r.Err()
	}
	return nt, nil
}

// decodeCounts reads one histogram's header and counts from r and checks
// them: 9 unsur on 1–4, before it allocates the histogram and reads the
// counts into it, and at least one answer per respondent. On a failure it
// records the error in r and returns nil.
func decodeCounts(r *wire.Reader) *likert.Tally {
	hd := likert.DecodeHeader(r)
	if r.Err() != nil {
		return nil
	}
	if hd.Items != numUnsur || hd.Min != 1 || hd.Max != 4 {
		r.Fail("%d unsur on %d–%d, want %d on 1–4", hd.Items, hd.Min, hd.Max, numUnsur)
		return nil
	}
	h := newHist()
	if !h.DecodeCounts(r, hd) {
		return nil
	}
	var answers uint64
	for i := 0; i < numUnsur; i++ {
		c, _ := h.Answered(i)
		answers += c
	}
	if n := h.Respondents(); answers < n {
		r.Fail("%d answers from %d respondents: a respondent answered no unsur", answers, n)
		return nil
	}
	return h
}

// within reports whether every count of a is at most b's.
func within(a, b *likert.Tally) bool {
	ha, _ := a.Raw()
	hb, _ := b.Raw()
	for i, c := range ha {
		if c > hb[i] {
			return false
		}
	}
	return a.Respondents() <= b.Respondents()
}
