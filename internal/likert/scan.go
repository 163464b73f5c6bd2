package likert

import (
	"encoding/binary"
	"math/bits"
)

// Answers are checked eight at a time, as the lanes of a uint64 read
// little-endian from the answer bytes (SWAR: SIMD within a register).
// Every valid answer is Missing (0xff) or within 0…MaxPoint, so below
// 0x80, which lets a lane be compared with a bound by one addition on its
// low seven bits, whose carry lands in the lane's high bit and never
// crosses into the next lane.
const (
	laneOnes  = 0x0101010101010101
	laneHighs = 0x8080808080808080
	laneLows  = 0x7f7f7f7f7f7f7f7f
)

// Bounds classifies packed answers against one scale min…max. The zero
// Bounds is not usable; make one with NewBounds or Tally.Bounds.
type Bounds struct {
	addHi uint64 // 127 − max in every lane: a lane's high bit carries in when it is above max
	addLo uint64 // 128 − min in every lane: the high bit stays set when it is at least min
}

// NewBounds returns the Bounds of the scale min…max, which must satisfy
// 0 ≤ min < max ≤ MaxPoint (as New checks).
func NewBounds(min, max int) Bounds {
	return Bounds{addHi: uint64(127-max) * laneOnes, addLo: uint64(128-min) * laneOnes}
}

// Bounds returns the bounds of t's scale.
func (t *Tally) Bounds() Bounds { return NewBounds(t.min, t.max) }

// Word classifies the eight answers packed little-endian in w. In each
// returned mask, the high bit (0x80) of a lane is set when that answer is
// bad (neither Missing nor within the scale), or Missing; every other bit
// is clear.
func (b Bounds) Word(w uint64) (bad, missing uint64) {
	low := w & laneLows
	missing = (low + laneOnes) & w & laneHighs // the low bits are all ones and so is the high bit
	above := (low + b.addHi) | w               // above max, or negative
	atLeast := (low + b.addLo) | w             // at least min, or negative
	bad = (above&^missing | ^atLeast) & laneHighs
	return bad, missing
}

// Load returns the answers at s[i:i+8] packed little-endian, one byte a
// lane, as Word takes them. s must hold at least i+8 answers.
func Load(s []int8, i int) uint64 {
	s = s[i : i+8]
	return uint64(uint8(s[0])) | uint64(uint8(s[1]))<<8 | uint64(uint8(s[2]))<<16 | uint64(uint8(s[3]))<<24 |
		uint64(uint8(s[4]))<<32 | uint64(uint8(s[5]))<<40 | uint64(uint8(s[6]))<<48 | uint64(uint8(s[7]))<<56
}

// loadShort packs fewer than eight answers, filling the other lanes with
// Missing, which Word classifies as neither bad nor answered.
func loadShort(s []int8) uint64 {
	var buf [8]byte
	binary.LittleEndian.PutUint64(buf[:], ^uint64(0))
	for i, a := range s[:min(len(s), 8)] {
		buf[i] = byte(a)
	}
	return binary.LittleEndian.Uint64(buf[:])
}

// Scan checks one respondent's answers in a few word operations per eight
// answers: bad is the index of the first answer that is neither Missing
// nor within the scale, or -1, and answered reports whether at least one
// answer is not Missing. It does not check the number of answers.
func (b Bounds) Scan(answers []int8) (bad int, answered bool) {
	if len(answers) == 21 { // the rating instrument: three words, the last overlapping
		x0, m0 := b.Word(Load(answers, 0))
		x1, m1 := b.Word(Load(answers, 8))
		x2, m2 := b.Word(Load(answers, 13))
		if x0|x1|x2 != 0 {
			return b.First(answers), true
		}
		return -1, m0&m1&m2 != laneHighs
	}
	var anyBad uint64
	allMissing := uint64(laneHighs)
	n := len(answers)
	i := 0
	for ; i+8 <= n; i += 8 {
		x, m := b.Word(Load(answers, i))
		anyBad |= x
		allMissing &= m
	}
	if i < n {
		var w uint64
		if n >= 8 {
			w = Load(answers, n-8) // overlaps answers already checked
		} else {
			w = loadShort(answers)
		}
		x, m := b.Word(w)
		anyBad |= x
		allMissing &= m
	}
	if anyBad != 0 {
		return b.First(answers), allMissing != laneHighs
	}
	return -1, allMissing != laneHighs
}

// First returns the index of the first answer that is neither Missing nor
// within the scale, or -1.
func (b Bounds) First(answers []int8) int {
	for i := 0; i < len(answers); i += 8 {
		var w uint64
		if i+8 <= len(answers) {
			w = Load(answers, i)
		} else {
			w = loadShort(answers[i:])
		}
		if x, _ := b.Word(w); x != 0 {
			return i + bits.TrailingZeros64(x)/8
		}
	}
	return -1
}

// Scan is Bounds.Scan on t's scale.
func (t *Tally) Scan(answers []int8) (bad int, answered bool) { return t.Bounds().Scan(answers) }
