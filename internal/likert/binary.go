package likert

import (
	"encoding/binary"
	"math/bits"

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

// Decode reads a tally written by AppendBinary from r and checks what
// every tally made by Add and Merge keeps: 1 to 65536 items, a scale with
// 0 ≤ min < max ≤ MaxPoint, at most MaxRespondents respondents, no answer
// below min, and every item accounting for every respondent, answered or
// missing. A corrupt or truncated input is recorded in r (see
// [wire.Reader.Err]) and Decode returns nil; it never panics, and it
// allocates the histogram only once the input is known to be long enough
// to fill it.
func Decode(r *wire.Reader) *Tally {
	items, lo, hi, n := r.Uvarint(), r.Uvarint(), r.Uvarint(), r.Uvarint()
	switch {
	case r.Err() != nil:
	case items < 1 || items > maxDecodedItems:
		r.Fail("%d items, want 1 to %d", items, maxDecodedItems)
	case hi > MaxPoint || lo >= hi:
		r.Fail("scale %d–%d: need 0 ≤ min < max ≤ %d", lo, hi, MaxPoint)
	case n > MaxRespondents:
		r.Fail("%d respondents, more than %d", n, uint64(MaxRespondents))
	case r.Len() < int(items)*int(hi+2):
		// Every count takes at least one byte.
		r.Fail("%d counts of %d items on %d–%d, in %d bytes", items*(hi+2), items, lo, hi, r.Len())
	}
	if r.Err() != nil {
		return nil
	}
	t, err := New(int(items), int(lo), int(hi))
	if err != nil {
		r.Fail("%v", err) // unreachable: checked above
		return nil
	}
	t.n = n
	for i := range t.hist {
		t.hist[i] = r.Uvarint()
	}
	if r.Err() != nil {
		return nil
	}
	for i := 0; i < t.items; i++ {
		row := t.hist[i*t.width : (i+1)*t.width]
		for a := 0; a < t.min; a++ {
			if row[a+1] != 0 {
				r.Fail("item %d has %d answers %d, below the scale %d–%d", i+1, row[a+1], a, t.min, t.max)
				return nil
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
			return nil
		}
		if sum != t.n {
			r.Fail("item %d has %d answers (missing included) for %d respondents", i+1, sum, t.n)
			return nil
		}
	}
	return t
}
