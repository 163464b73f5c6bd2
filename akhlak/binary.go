package akhlak

import (
	"encoding/binary"
	"fmt"
	"math/big"
	"strings"

	"github.com/go-asn/berakhlak/internal/likert"
	"github.com/go-asn/berakhlak/internal/limit"
	"github.com/go-asn/berakhlak/internal/wire"
	"github.com/go-asn/berakhlak/survey"
)

// The binary format of the tallies: each is an envelope (package
// internal/wire) of a magic, a format version, a payload and a CRC-32C.
const (
	ballotMagic = "BAKB"
	ratingMagic = "BAKR"
	// formatVersion is the version MarshalBinary writes for a rating
	// tally; UnmarshalBinary reads it and every earlier one, with one
	// decoder per version.
	formatVersion = 1
	// ballotVersion is the version MarshalBinary writes for a ballot
	// tally that counted Σ k² (version 2, since v1.1.0); one read from
	// version 1 bytes, or merged with one, is written as version 1.
	ballotVersion = 2
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
//	2           1 byte, the format version
//	payload     the instrument (picks per list, extra options), the
//	            respondents, then per list the votes of every option and
//	            the reach of every value, then (version 2 only) Σ k² over
//	            respondents of the values each reaches in the current
//	            list, as unsigned varints
//	CRC-32C     4 bytes, big-endian, the Castagnoli checksum of all the
//	            bytes before it
//
// Version 2 (since v1.1.0) adds Σ k², which the index's exact sampling
// error needs ([BallotResult.IndexInterval]). A tally read from version 1
// bytes (written by v1.0.0), or merged with one, lacks it and is written
// as version 1, byte for byte as v1.0.0 wrote it. The format is stable:
// bytes written by this version will decode in every later version of
// the module. A tally without an instrument (the zero BallotTally) is an
// error wrapping [survey.ErrInvalidInstrument].
func (t *BallotTally) MarshalBinary() ([]byte, error) {
	if !t.inst.IsValid() {
		return nil, fmt.Errorf("akhlak: MarshalBinary of a tally without instrument: %w", survey.ErrInvalidInstrument)
	}
	version := byte(1)
	if t.hasSq {
		version = ballotVersion
	}
	b := wire.Begin(make([]byte, 0, 256), ballotMagic, version)
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
	if t.hasSq {
		b = binary.AppendUvarint(b, t.sq)
	}
	return wire.Seal(b), nil
}

// UnmarshalBinary replaces t with a tally encoded by
// [BallotTally.MarshalBinary], by this or any earlier version of the module
// (format versions 1 and 2).
//
// It checks the length, the magic, the format version and the checksum,
// then that the tally is one that Add and Merge could have made: a valid
// instrument; no option with more votes than respondents; no more votes
// in a list than respondents times the picks allowed; each value's reach
// at least the votes of its most picked behaviour, at most the votes of
// its three behaviours and the respondents; in version 2, Σ k² within
// what the current list's reach allows (Σ k ≤ Σ k² ≤ 7·Σ k, and
// n·Σ k² ≥ (Σ k)²); at most 2^35 respondents (the
// limit of every tally, see [BallotTally.Merge]); and the one encoding of
// those counts (shortest varints, no trailing bytes), so that the tally
// re-encodes to exactly data. Anything else is an error wrapping
// [survey.ErrCorrupt] that says what is wrong, and leaves t unchanged. It
// never panics. It allocates the fixed-size tally and its instrument,
// about 6 KB, and the extra options' codes and texts, only once it has
// checked that the bytes for all of them are there.
func (t *BallotTally) UnmarshalBinary(data []byte) error {
	// One decoder per format version ever written, oldest first.
	nt, err := wire.Decode(data, ballotMagic, decodeBallotV1, decodeBallotV2)
	if err != nil {
		return corrupt("ballot tally", err)
	}
	*t = *nt
	return nil
}

// decodeBallotV1 decodes the payload of format version 1, which has no
// Σ k².
func decodeBallotV1(payload []byte) (*BallotTally, error) { return decodeBallot(payload, false) }

// decodeBallotV2 decodes the payload of format version 2: version 1's,
// then Σ k².
func decodeBallotV2(payload []byte) (*BallotTally, error) { return decodeBallot(payload, true) }

// decodeBallot decodes a ballot tally's payload, with Σ k² at its end
// when withSq.
func decodeBallot(payload []byte, withSq bool) (*BallotTally, error) {
	r := wire.NewReader(payload)
	maxPicks, nExtras := r.Uvarint(), r.Uvarint()
	switch {
	case r.Err() != nil:
	case nExtras > maxOptions-21:
		r.Fail("%d extra options, at most %d", nExtras, maxOptions-21)
	case maxPicks > maxOptions:
		r.Fail("%d picks per list, at most %d", maxPicks, maxOptions)
	}
	// Before anything is allocated: the extras, 3 bytes each at least (a
	// code, a kind, a text), then the respondents and, per list, a vote
	// per option and a reach per value, a byte each at least.
	if need := 3*int(nExtras) + 1 + 3*(21+int(nExtras)+7); r.Err() == nil && r.Len() < need {
		r.Fail("%d extra options and %d counts in %d bytes", nExtras, 1+3*(21+nExtras+7), r.Len())
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
	nt.sq, nt.hasSq = 0, withSq
	if withSq {
		nt.sq = r.Uvarint()
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
	if t.n > limit.MaxRespondents {
		return wire.Errorf("%d respondents, more than the %d (2^35) a tally holds", t.n, uint64(limit.MaxRespondents))
	}
	if err := t.checkSq(); err != nil {
		return wire.Errorf("%v", err)
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
// respondents; at least one answer per respondent; at most 2^35
// respondents (the limit of every tally, see [RatingTally.Merge]); and the
// one encoding of those counts (shortest varints, no trailing bytes), so
// that the tally re-encodes to exactly data. Anything else is an error
// wrapping [survey.ErrCorrupt] that says what is wrong, and leaves t
// unchanged. It never panics. It allocates nothing but the fixed-size
// tally (8 bytes per count, 21 × (max+2) counts: 1.4 KB on 1–5), only once
// the header announces 21 behaviours and the bytes for their counts
// follow.
func (t *RatingTally) UnmarshalBinary(data []byte) error {
	// One decoder per format version ever written, oldest first.
	nt, err := wire.Decode(data, ratingMagic, decodeRatingV1)
	if err != nil {
		return corrupt("rating tally", err)
	}
	*t = *nt
	return nil
}

// decodeRatingV1 decodes the payload of format version 1. It checks the
// histogram's header (21 items, and the bytes for its counts) before it
// allocates the tally, and reads the counts into it.
func decodeRatingV1(payload []byte) (*RatingTally, error) {
	r := wire.NewReader(payload)
	hd := likert.DecodeHeader(r)
	if r.Err() != nil {
		return nil, r.Err()
	}
	if hd.Items != 21 {
		return nil, wire.Errorf("%d items, want the 21 behaviours", hd.Items)
	}
	sc, err := survey.NewRatingScale(hd.Min, hd.Max)
	if err != nil {
		return nil, wire.Errorf("scale %d–%d is not a rating scale", hd.Min, hd.Max) // unreachable: likert.DecodeHeader checked it
	}
	nt, err := NewRatingTally(sc)
	if err != nil {
		return nil, err // unreachable: the scale is valid
	}
	nt.t.DecodeCounts(r, hd)
	r.End()
	if r.Err() != nil {
		return nil, r.Err()
	}
	var answers uint64
	for i := 0; i < 21; i++ {
		c, _ := nt.t.Answered(i)
		answers += c
	}
	if n := nt.t.Respondents(); answers < n {
		return nil, wire.Errorf("%d answers from %d respondents: a respondent rated no behaviour", answers, n)
	}
	return nt, nil
}

// checkSq reports whether Σ k² is one the current list's reach allows:
// each respondent reaches k of 7 values, Σ k is the reach's sum, and
// k ≤ k² ≤ 7k, n·Σ k² ≥ (Σ k)² (Cauchy–Schwarz). A tally without Σ k²
// (hasSq false) has 0.
func (t *BallotTally) checkSq() error {
	if !t.hasSq {
		if t.sq != 0 {
			return fmt.Errorf("a Σ k² of %d in a tally that does not count it", t.sq)
		}
		return nil
	}
	var sum uint64
	for _, r := range t.reach[ListCurrent-1] {
		sum += r
	}
	n, sq := new(big.Int).SetUint64(t.n), new(big.Int).SetUint64(t.sq)
	s := new(big.Int).SetUint64(sum)
	if t.sq < sum || t.sq/7 > sum || t.sq > 7*sum || n.Mul(n, sq).Cmp(s.Mul(s, s)) < 0 {
		return fmt.Errorf("current list: Σ k² = %d for a reach of %d over %d respondents", t.sq, sum, t.n)
	}
	return nil
}
