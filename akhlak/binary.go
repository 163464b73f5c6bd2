package akhlak

import (
	"encoding/binary"
	"fmt"
	"strings"

	"github.com/go-asn/berakhlak/internal/likert"
	"github.com/go-asn/berakhlak/internal/wire"
	"github.com/go-asn/berakhlak/survey"
)

// The binary format of the tallies: each is an envelope (package
// internal/wire) of a magic, a format version, a payload and a CRC-32C.
const (
	ballotMagic = "BAKB"
	ratingMagic = "BAKR"
	// formatVersion is the version MarshalBinary writes; UnmarshalBinary
	// reads it and every earlier one, with one decoder per version.
	formatVersion = 1
)

// corrupt wraps err, found decoding the named tally, in [survey.ErrCorrupt].
func corrupt(tally string, err error) error {
	return fmt.Errorf("akhlak: %s: %v: %w", tally, err, survey.ErrCorrupt)
}

// MarshalBinary encodes the tally, its instrument included, so that a
// partial tally can travel between workers, or be stored, and be merged
// elsewhere. The encoding is:
//
//	"BAKB"      4 bytes, the magic of a ballot tally
//	1           1 byte, the format version
//	payload     the instrument (picks per list, extra options), the
//	            respondents, then per list the votes of every option and
//	            the reach of every value, as unsigned varints
//	CRC-32C     4 bytes, big-endian, the Castagnoli checksum of all the
//	            bytes before it
//
// The format is stable: bytes written by this version will decode in every
// later version of the module. A tally without an instrument (the zero
// BallotTally) is an error wrapping [survey.ErrInvalidInstrument].
func (t *BallotTally) MarshalBinary() ([]byte, error) {
	if !t.inst.IsValid() {
		return nil, fmt.Errorf("akhlak: MarshalBinary of a tally without instrument: %w", survey.ErrInvalidInstrument)
	}
	b := wire.Begin(make([]byte, 0, 256), ballotMagic, formatVersion)
	b = binary.AppendUvarint(b, uint64(t.inst.maxPicks))
	extras := t.inst.options[21:]
	b = binary.AppendUvarint(b, uint64(len(extras)))
	for _, o := range extras {
		b = wire.AppendString(b, o.Code)
		b = append(b, byte(o.Kind))
		b = wire.AppendString(b, o.Text)
	}
	b = binary.AppendUvarint(b, t.n)
	for l := range t.votes {
		for _, v := range t.votes[l][:len(t.inst.options)] {
			b = binary.AppendUvarint(b, v)
		}
		for _, v := range t.reach[l] {
			b = binary.AppendUvarint(b, v)
		}
	}
	return wire.Seal(b), nil
}

// UnmarshalBinary replaces t with a tally encoded by
// [BallotTally.MarshalBinary], by this or any earlier version of the module.
//
// It checks the length, the magic, the format version and the checksum,
// then that the tally is one that Add and Merge could have made: a valid
// instrument; no option with more votes than respondents; no more votes
// in a list than respondents times the picks allowed; each value's reach
// at least the votes of its most picked behaviour, at most the votes of
// its three behaviours and the respondents; and the one encoding of those
// counts (shortest varints, no trailing bytes), so that the tally
// re-encodes to exactly data. Anything else is an error wrapping
// [survey.ErrCorrupt] that says what is wrong, and leaves t unchanged. It
// never panics, and allocates no more than a small multiple of len(data).
func (t *BallotTally) UnmarshalBinary(data []byte) error {
	// One decoder per format version ever written, oldest first.
	nt, err := wire.Decode(data, ballotMagic, decodeBallotV1)
	if err != nil {
		return corrupt("ballot tally", err)
	}
	*t = *nt
	return nil
}

// decodeBallotV1 decodes the payload of format version 1.
func decodeBallotV1(payload []byte) (*BallotTally, error) {
	r := wire.NewReader(payload)
	maxPicks, nExtras := r.Uvarint(), r.Uvarint()
	switch {
	case r.Err() != nil:
	case nExtras > maxOptions-21:
		r.Fail("%d extra options, at most %d", nExtras, maxOptions-21)
	case maxPicks > maxOptions:
		r.Fail("%d picks per list, at most %d", maxPicks, maxOptions)
	}
	if r.Err() != nil {
		return nil, r.Err()
	}
	extras := make([]Option, 0, nExtras)
	for i := uint64(0); i < nExtras && r.Err() == nil; i++ {
		extras = append(extras, Option{Code: r.String(), Kind: OptionKind(r.Byte()), Text: r.String()})
	}
	if r.Err() != nil {
		return nil, r.Err()
	}
	in, err := NewInstrument(int(maxPicks), extras...)
	if err != nil {
		return nil, wire.Errorf("%s", strings.TrimPrefix(err.Error(), "akhlak: "))
	}
	nt, err := NewBallotTally(in)
	if err != nil {
		return nil, err // unreachable: the instrument is valid
	}
	nt.n = r.Uvarint()
	nopt := len(in.options)
	for l := range nt.votes {
		for i := 0; i < nopt; i++ {
			nt.votes[l][i] = r.Uvarint()
		}
		for k := range nt.reach[l] {
			nt.reach[l][k] = r.Uvarint()
		}
	}
	r.End()
	if r.Err() != nil {
		return nil, r.Err()
	}
	if err := nt.consistent(); err != nil {
		return nil, err
	}
	return nt, nil
}

// consistent checks the invariants every tally built by Add and Merge
// keeps (see UnmarshalBinary).
func (t *BallotTally) consistent() error {
	if t.n > likert.MaxRespondents {
		return wire.Errorf("%d respondents, more than %d", t.n, uint64(likert.MaxRespondents))
	}
	for li, l := range Lists() {
		var total uint64
		for i, v := range t.votes[li][:len(t.inst.options)] {
			if v > t.n {
				return wire.Errorf("%s: option %s has %d votes from %d respondents", l, t.inst.options[i].Code, v, t.n)
			}
			total += v
		}
		if most := t.n * uint64(t.inst.maxPicks); total > most {
			return wire.Errorf("%s: %d votes from %d respondents, more than %d picks each", l, total, t.n, t.inst.maxPicks)
		}
		// A respondent reached by a value gave 1 to min(3, picks) votes
		// to its three behaviours.
		perRespondent := uint64(min(3, t.inst.maxPicks))
		for k, v := range Values() {
			var most, sum uint64
			for _, b := range v.Behaviours() {
				c := t.votes[li][b-1]
				most = max(most, c)
				sum += c
			}
			r := t.reach[li][k]
			switch {
			case r < most:
				return wire.Errorf("%s: %s reaches %d respondents, fewer than the %d votes of one of its behaviours", l, v, r, most)
			case r > sum:
				return wire.Errorf("%s: %s reaches %d respondents, more than the %d votes of its behaviours", l, v, r, sum)
			case r > t.n:
				return wire.Errorf("%s: %s reaches %d of %d respondents", l, v, r, t.n)
			case sum > r*perRespondent:
				return wire.Errorf("%s: %s has %d votes from the %d respondents it reaches, more than %d each", l, v, sum, r, perRespondent)
			}
		}
	}
	return nil
}

// MarshalBinary encodes the tally, its scale included. The encoding is:
//
//	"BAKR"      4 bytes, the magic of a rating tally
//	1           1 byte, the format version
//	payload     the items (21), the scale's min and max, the respondents,
//	            then per behaviour the missing answers and the count of
//	            each answer 0 to max, as unsigned varints
//	CRC-32C     4 bytes, big-endian, the Castagnoli checksum of all the
//	            bytes before it
//
// The format is stable: bytes written by this version will decode in every
// later version of the module. A tally without a scale (the zero
// RatingTally) is an error wrapping [survey.ErrInvalidInstrument].
func (t *RatingTally) MarshalBinary() ([]byte, error) {
	if t.t == nil {
		return nil, fmt.Errorf("akhlak: MarshalBinary of a tally without scale: %w", survey.ErrInvalidInstrument)
	}
	b := wire.Begin(make([]byte, 0, 256), ratingMagic, formatVersion)
	return wire.Seal(t.t.AppendBinary(b)), nil
}

// UnmarshalBinary replaces t with a tally encoded by
// [RatingTally.MarshalBinary], by this or any earlier version of the
// module.
//
// It checks the length, the magic, the format version and the checksum,
// then that the tally is one that Add and Merge could have made: 21 items
// on a valid [survey.RatingScale]; no answer below the scale's minimum;
// every behaviour's answers, missing ones included, adding up to the
// respondents; at least one answer per respondent; at most 2^40
// respondents; and the one encoding of those counts (shortest varints, no
// trailing bytes), so that the tally re-encodes to exactly data. Anything
// else is an error wrapping [survey.ErrCorrupt] that says what is wrong,
// and leaves t unchanged. It never panics, and allocates no more than a
// small multiple of len(data).
func (t *RatingTally) UnmarshalBinary(data []byte) error {
	// One decoder per format version ever written, oldest first.
	nt, err := wire.Decode(data, ratingMagic, decodeRatingV1)
	if err != nil {
		return corrupt("rating tally", err)
	}
	*t = *nt
	return nil
}

// decodeRatingV1 decodes the payload of format version 1.
func decodeRatingV1(payload []byte) (*RatingTally, error) {
	r := wire.NewReader(payload)
	lt := likert.Decode(r)
	r.End()
	if r.Err() != nil {
		return nil, r.Err()
	}
	if lt.Items() != 21 {
		return nil, wire.Errorf("%d items, want the 21 behaviours", lt.Items())
	}
	lo, hi := lt.Scale()
	sc, err := survey.NewRatingScale(lo, hi)
	if err != nil {
		return nil, wire.Errorf("scale %d–%d is not a rating scale", lo, hi) // unreachable: likert.Decode checked it
	}
	var answers uint64
	for i := 0; i < 21; i++ {
		c, _ := lt.Answered(i)
		answers += c
	}
	if n := lt.Respondents(); answers < n {
		return nil, wire.Errorf("%d answers from %d respondents: a respondent rated no behaviour", answers, n)
	}
	// The counts go into a tally made by NewRatingTally, through Merge, so
	// that whatever NewRatingTally sets up besides the counts is set up.
	nt, err := NewRatingTally(sc)
	if err != nil {
		return nil, err // unreachable: the scale is valid
	}
	if err := nt.t.Merge(lt); err != nil {
		return nil, err // unreachable: same items and scale
	}
	return nt, nil
}
