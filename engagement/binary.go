package engagement

import (
	"fmt"
	"strings"

	"github.com/go-asn/berakhlak/internal/tally"
	"github.com/go-asn/berakhlak/internal/wire"
	"github.com/go-asn/berakhlak/survey"
)

// The binary format of a Tally: an envelope (package internal/wire) of a
// magic, a format version, a payload and a CRC-32C.
const (
	binaryMagic = "EE"
	// formatVersion is the version MarshalBinary writes; UnmarshalBinary
	// reads it and every earlier one, with one decoder per version.
	formatVersion = 1
)

// corrupt wraps err, found decoding a tally, in [survey.ErrCorrupt].
func corrupt(err error) error {
	return fmt.Errorf("engagement: tally: %v: %w", err, survey.ErrCorrupt)
}

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
	if t.s == nil {
		return nil, errZeroTally
	}
	b := wire.Begin(make([]byte, 0, 512), binaryMagic, formatVersion)
	return wire.Seal(t.s.AppendBinary(b)), nil
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
		return corrupt(err)
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
	// Version 1 bytes must keep decoding: if NewInstrument ever gets
	// stricter, this check must keep today's rules for version 1 rather
	// than call it.
	//
	// The instrument must be one NewInstrument makes, which is stricter
	// than the machinery underneath (thresholds on a scale other than
	// 1–5).
	in := s.Instrument()
	min, max := in.Scale()
	scale, err := survey.NewRatingScale(min, max)
	if err != nil {
		return nil, wire.Errorf("scale %d–%d is not a rating scale", min, max) // unreachable: DecodeSet checked it
	}
	var items []survey.Item
	for _, it := range in.Items() {
		items = append(items, survey.Item(it))
	}
	engaged, neutral := in.Thresholds()
	want, err := NewInstrument(Definition{Items: items, Scale: scale, Recommend: in.Recommend(), Engaged: engaged, Neutral: neutral})
	switch {
	case err != nil:
		return nil, wire.Errorf("%s", strings.TrimPrefix(err.Error(), "engagement: "))
	case !want.s.Equal(in):
		return nil, wire.Errorf("the instrument differs from the one NewInstrument makes of it")
	}
	return s, nil
}
