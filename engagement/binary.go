package engagement

import (
	"github.com/go-asn/berakhlak/internal/tally"
	"github.com/go-asn/berakhlak/internal/wire"
)

// The binary format of a Tally: an envelope (package internal/wire) of a
// magic, a format version, a payload and a CRC-32C.
const (
	binaryMagic = "EE"
	// formatVersion is the version MarshalBinary writes; UnmarshalBinary
	// reads it and every earlier one, with one decoder per version.
	formatVersion = 1
)

// MarshalBinary encodes the tally, its instrument and subgroups included,
// so that a partial tally can travel between workers, or be stored, and be
// merged elsewhere. The encoding is:
//
//	"EE"        2 bytes, the magic of an engagement tally
//	1           1 byte, the format version
//	payload     the instrument (scale, recommendation item, thresholds,
//	            items), the counts of the whole survey, then each subgroup's
//	            name and counts in sorted order; the counts are the
//	            histogram of every item, the recommendation answers, the
//	            segments and the sums Cronbach's alpha needs, as unsigned
//	            varints
//	CRC-32C     4 bytes, big-endian, the Castagnoli checksum of all the
//	            bytes before it
//
// The format is stable: bytes written by this version will decode in every
// later version of the module. The zero Tally is an error wrapping
// [survey.ErrInvalidInstrument].
func (t *Tally) MarshalBinary() ([]byte, error) {
	return kind.MarshalBinary(t.s, binaryMagic, formatVersion, nil)
}

// UnmarshalBinary replaces t with a tally encoded by [Tally.MarshalBinary],
// by this or any earlier version of the module.
//
// It checks the length, the magic, the format version and the checksum,
// then that the tally is one that Add and Merge could have made, as far as
// the counts tell: an instrument [NewInstrument] accepts; every item's
// answers, missing ones included, the recommendation answers and the
// segments each adding up to the respondents; segments that the answers
// can reach; sums for Cronbach's alpha that fit the histograms (the
// respondents incomplete in a dimension against its missing answers, sums
// and sums of squares within what the answers allow, complete
// respondents' totals adding up to their answers); subgroups named,
// sorted, each with respondents, and together no larger than the whole
// survey in any count; and the one encoding of all that (shortest
// varints, no trailing bytes), so that the tally re-encodes to exactly
// data. Anything else is an error wrapping [survey.ErrCorrupt] that says
// what is wrong, and leaves t unchanged. It never panics. Its tally holds
// at most 2^35 respondents, the limit of every tally (see [Tally.Merge]).
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
	s, err := wire.Decode(data, binaryMagic, decodeV1)
	if err != nil {
		return kind.Corrupt(err)
	}
	t.s = s
	return nil
}

// decodeV1 decodes the payload of format version 1.
func decodeV1(payload []byte) (*tally.Set, error) {
	r := wire.NewReader(payload)
	s := tally.DecodeSet(r)
	r.End()
	if r.Err() != nil {
		return nil, r.Err()
	}
	// The instrument must be one NewInstrument makes, which is stricter
	// than the machinery underneath (thresholds on a scale other than
	// 1–5).
	in := s.Instrument()
	engaged, neutral := in.Thresholds()
	want, err := NewInstrument(Definition{Items: in.PublicItems(), Scale: in.RatingScale(), Recommend: in.Recommend(), Engaged: engaged, Neutral: neutral})
	if err := kind.Remade(in, want.s, err); err != nil {
		return nil, err
	}
	return s, nil
}
