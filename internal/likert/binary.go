package likert

import (
	"encoding/binary"
	"math/bits"

	"github.com/go-asn/berakhlak/internal/limit"
	"github.com/go-asn/berakhlak/internal/wire"
)

// maxDecodedItems is the most items a decoded tally may have.
const maxDecodedItems = 1 << 16

// AppendBinary appends t's encoding: items, min, max, respondents, then
// every count of the histogram, item by item (missing, then the answers 0
// to max), all as unsigned varints. It has no magic, version or checksum
// of its own: it is part of the payload of an envelope (package wire).
func (t *Tally) AppendBinary(b []byte) []byte {
	b = binary.AppendUvarint(b, uint64(t.items))
	b = binary.AppendUvarint(b, uint64(t.min))
	b = binary.AppendUvarint(b, uint64(t.max))
	b = binary.AppendUvarint(b, t.n)
	for _, c := range t.hist {
		b = binary.AppendUvarint(b, c)
	}
	return b
}

// Header is the start of an encoded tally: its shape and its respondents.
type Header struct {
	Items, Min, Max int
	Respondents     uint64
}

// DecodeHeader reads the start of a tally written by AppendBinary from r
// and checks it: 1 to 65536 items, a scale with 0 ≤ min < max ≤ MaxPoint,
// at most limit.MaxRespondents respondents, and enough bytes left in r
// for the counts that follow (every count takes at least one byte). A
// corrupt header is recorded in r (see [wire.Reader.Err]). It allocates
// nothing, so that a caller can check the shape it expects before it
// allocates a tally, then read the counts into it with DecodeCounts.
func DecodeHeader(r *wire.Reader) Header {
	items, lo, hi, n := r.Uvarint(), r.Uvarint(), r.Uvarint(), r.Uvarint()
	switch {
	case r.Err() != nil:
	case items < 1 || items > maxDecodedItems:
		r.Fail("%d items, want 1 to %d", items, maxDecodedItems)
	case hi > MaxPoint || lo >= hi:
		r.Fail("scale %d–%d: need 0 ≤ min < max ≤ %d", lo, hi, MaxPoint)
	case n > limit.MaxRespondents:
		r.Fail("%d respondents, more than the %d (2^35) a tally holds", n, uint64(limit.MaxRespondents))
	case r.Len() < Cells(int(items), int(hi)):
		r.Fail("%d counts of %d items on %d–%d, in %d bytes", Cells(int(items), int(hi)), items, lo, hi, r.Len())
	}
	if r.Err() != nil {
		return Header{}
	}
	return Header{Items: int(items), Min: int(lo), Max: int(hi), Respondents: n}
}

// Shape reports whether t has the items and scale of h.
func (t *Tally) Shape(h Header) bool { return t.items == h.Items && t.min == h.Min && t.max == h.Max }

// DecodeCounts reads the counts that follow the header h from r into t,
// which must have h's shape, replacing t's counts, and checks what every
// tally made by Add and Merge keeps: no answer below min, and every item
// accounting for every respondent, answered or missing. It reports whether
// they are good; if not, r holds the error, and t is to be thrown away.
func (t *Tally) DecodeCounts(r *wire.Reader, h Header) bool {
	if r.Err() != nil {
		return false
	}
	if !t.Shape(h) {
		r.Fail("a histogram of %d items on %d–%d read into one of %d items on %d–%d", h.Items, h.Min, h.Max, t.items, t.min, t.max)
		return false
	}
	t.n = h.Respondents
	for i := range t.hist {
		t.hist[i] = r.Uvarint()
	}
	if r.Err() != nil {
		return false
	}
	for i := 0; i < t.items; i++ {
		row := t.hist[i*t.width : (i+1)*t.width]
		for a := 0; a < t.min; a++ {
			if row[a+1] != 0 {
				r.Fail("item %d has %d answers %d, below the scale %d–%d", i+1, row[a+1], a, t.min, t.max)
				return false
			}
		}
		var sum, carry uint64
		for _, c := range row {
			var cy uint64
			sum, cy = bits.Add64(sum, c, 0)
			carry |= cy
		}
		if carry != 0 {
			r.Fail("item %d: its counts overflow 64 bits", i+1)
			return false
		}
		if sum != t.n {
			r.Fail("item %d has %d answers (missing included) for %d respondents", i+1, sum, t.n)
			return false
		}
	}
	return true
}

// Decode reads a tally written by AppendBinary from r, with DecodeHeader
// and DecodeCounts. A corrupt or truncated input is recorded in r (see
// [wire.Reader.Err]) and Decode returns nil; it never panics, and it
// allocates the histogram only once the input is known to be long enough
// to fill it.
func Decode(r *wire.Reader) *Tally {
	h := DecodeHeader(r)
	if r.Err() != nil {
		return nil
	}
	t, err := New(h.Items, h.Min, h.Max)
	if err != nil {
		r.Fail("%v", err) // unreachable: checked by DecodeHeader
		return nil
	}
	if !t.DecodeCounts(r, h) {
		return nil
	}
	return t
}
