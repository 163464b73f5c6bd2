package branding

import (
	"github.com/go-asn/berakhlak/internal/tally"
	"github.com/go-asn/berakhlak/internal/wire"
)

// The binary format of a Tally: an envelope (package internal/wire) of a
// magic, a format version, a payload and a CRC-32C.
const (
	binaryMagic = "EB"
	// formatVersion is the version MarshalBinary writes; UnmarshalBinary
	// reads it and every earlier one, with one decoder per version.
	formatVersion = 1
)

// MarshalBinary encodes the tally, its instrument and groups included, so
// that a partial tally can travel between workers, or be stored, and be
// merged elsewhere. The encoding is:
//
//	"EB"        2 bytes, the magic of a branding tally
//	1           1 byte, the format version
//	payload     the intention item's code, the instrument (scale,
//	            recommendation item, items), the counts of all respondents,
//	            then each group's name and counts in sorted order; the
//	            counts are the histogram of every item, the recommendation
//	            answers and the sums Cronbach's alpha needs, as unsigned
//	            varints
//	CRC-32C     4 bytes, big-endian, the Castagnoli checksum of all the
//	            bytes before it
//
// The format is stable: bytes written by this version will decode in every
// later version of the module. The zero Tally is an error wrapping
// [survey.ErrInvalidInstrument].
func (t *Tally) MarshalBinary() ([]byte, error) {
	return kind.MarshalBinary(t.s, binaryMagic, formatVersion, func(b []byte) []byte { return wire.AppendString(b, t.intention) })
}

// UnmarshalBinary replaces t with a tally encoded by [Tally.MarshalBinary],
// by this or any earlier version of the module.
//
// It checks the length, the magic, the format version and the checksum,
// then that the tally is one that Add and Merge could have made, as far as
// the counts tell: an instrument [NewInstrument] accepts, with its
// intention item spelled as the item's code; every item's answers,
// missing ones included, and the recommendation answers each adding up to
// the respondents; sums for Cronbach's alpha that fit the histograms;
// groups named, sorted, each with respondents, and together no larger than
// all respondents in any count; and the one encoding of all that
// (shortest varints, no trailing bytes), so that the tally re-encodes to
// exactly data. Anything else is an error wrapping [survey.ErrCorrupt]
// that says what is wrong, and leaves t unchanged. It never panics. Its
// tally holds at most 2^35 respondents, the limit of every tally (see
// [Tally.Merge]).
//
// It checks every size before it allocates what the size is for, and
// allocates in proportion to len(data), at most 26 times it: a group's
// counts take 8 bytes each in memory and at least one each in data, and
// its tally some 700 bytes besides (see [Definition.MaxGroups]), so that
// groups of one item with names of two bytes cost 25 times their bytes,
// and groups of 20 items on 1–5 about 9 times. The
// decoded tally's [Definition.MaxGroups] is the default, or the number of
// groups it holds if that is larger; to give it more room, merge it into
// a tally of an instrument with a larger MaxGroups.
func (t *Tally) UnmarshalBinary(data []byte) error {
	// One decoder per format version ever written, oldest first.
	nt, err := wire.Decode(data, binaryMagic, decodeV1)
	if err != nil {
		return kind.Corrupt(err)
	}
	*t = *nt
	return nil
}

// decodeV1 decodes the payload of format version 1.
func decodeV1(payload []byte) (*Tally, error) {
	r := wire.NewReader(payload)
	intention := r.String()
	s := tally.DecodeSet(r)
	r.End()
	if r.Err() != nil {
		return nil, r.Err()
	}
	// The instrument must be one NewInstrument makes: thresholds at the
	// scale's ends, and the intention item spelled as the item's code.
	in := s.Instrument()
	want, err := NewInstrument(Definition{Items: in.PublicItems(), Scale: in.RatingScale(), Recommend: in.Recommend(), Intention: intention})
	if err := kind.Remade(in, want.s, err); err != nil {
		return nil, err
	}
	if want.intention != intention {
		return nil, wire.Errorf("intention item %q is spelled %q in the instrument", intention, want.intention)
	}
	return &Tally{s: s, intention: intention}, nil
}
