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
	LaneOnes  = 0x0101010101010101 // 1 in every lane
	LaneHighs = 0x8080808080808080 // the high bit of every lane
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
	return Bounds{addHi: uint64(127-max) * LaneOnes, addLo: uint64(128-min) * LaneOnes}
}

// Bounds returns the bounds of t's scale.
func (t *Tally) Bounds() Bounds { return NewBounds(t.min, t.max) }

// Word classifies the eight answers packed little-endian in w. In each
// returned mask, the high bit (0x80) of a lane is set when that answer is
// bad (neither Missing nor within the scale), or Missing; every other bit
// is clear.
func (b Bounds) Word(w uint64) (bad, missing uint64) {
	low := w & laneLows
	missing = (low + LaneOnes) & w & LaneHighs // the low bits are all ones and so is the high bit
	above := (low + b.addHi) | w               // above max, or negative
	atLeast := (low + b.addLo) | w             // at least min, or negative
	bad = (above&^missing | ^atLeast) & LaneHighs
	return bad, missing
}

// Load returns the answers at s[i:i+8] packed little-endian, one byte a
// lane, as Word takes them. s must hold at least i+8 answers.
func Load(s []int8, i int) uint64 {
	s = s[i : i+8]
	return uint64(uint8(s[0])) | uint64(uint8(s[1]))<<8 | uint64(uint8(s[2]))<<16 | uint64(uint8(s[3]))<<24 |
		uint64(uint8(s[4]))<<32 | uint64(uint8(s[5]))<<40 | uint64(uint8(s[6]))<<48 | uint64(uint8(s[7]))<<56
}

// LoadShort packs the first answers of s, at most eight, as Load does,
// filling the lanes beyond them with Missing, which Word classifies as
// neither bad nor answered.
func LoadShort(s []int8) uint64 {
	var buf [8]byte
	binary.LittleEndian.PutUint64(buf[:], ^uint64(0))
	for i, a := range s[:min(len(s), 8)] {
		buf[i] = byte(a)
	}
	return binary.LittleEndian.Uint64(buf[:])
}

// valid returns how many rows of k ≥ 1 answers at the front of rows Scan
// accepts (every answer Missing or within the scale, and one answered),
// checking each row a word at a time: whole words, then the last eight
// answers, overlapping the words before (or one short word, for k < 8).
func (b Bounds) valid(rows []int8, k int) int {
	n := 0
	switch {
	case k == 21:
		return b.valid21(rows)
	case k < 8:
		for ; len(rows) >= k; rows = rows[k:] {
			if x, m := b.Word(LoadShort(rows[:k])); x != 0 || m == LaneHighs {
				break
			}
			n++
		}
	default:
		for ; len(rows) >= k; rows = rows[k:] {
			row := rows[:k]
			var anyBad uint64
			allMissing := uint64(LaneHighs)
			for i := 0; i+8 < k; i += 8 {
				x, m := b.Word(Load(row, i))
				anyBad |= x
				allMissing &= m
			}
			x, m := b.Word(Load(row, k-8))
			if anyBad|x != 0 || allMissing&m == LaneHighs {
				break
			}
			n++
		}
	}
	return n
}

// valid21 is valid for rows of 21 answers (the rating instrument's): three
// words a row, the last overlapping the second (answers 13–20).
func (b Bounds) valid21(rows []int8) int {
	n := 0
	for ; len(rows) >= 21; rows = rows[21:] {
		row := rows[:21]
		x0, m0 := b.Word(Load(row, 0))
		x1, m1 := b.Word(Load(row, 8))
		x2, m2 := b.Word(Load(row, 13))
		if x0|x1|x2 != 0 || m0&m1&m2 == LaneHighs {
			break
		}
		n++
	}
	return n
}

// Scan checks one respondent's answers in a few word operations per eight
// answers: bad is the index of the first answer that is neither Missing
// nor within the scale, or -1, and answered reports whether at least one
// answer is not Missing. It does not check the number of answers.
func (b Bounds) Scan(answers []int8) (bad int, answered bool) {
	if len(answers) > 0 && b.valid(answers, len(answers)) == 1 {
		return -1, true
	}
	// A bad answer is not Missing; without one, every answer is Missing.
	if bad = b.First(answers); bad >= 0 {
		return bad, true
	}
	return -1, false
}

// First returns the index of the first answer that is neither Missing nor
// within the scale, or -1.
func (b Bounds) First(answers []int8) int {
	for i := 0; i < len(answers); i += 8 {
		var w uint64
		if i+8 <= len(answers) {
			w = Load(answers, i)
		} else {
			w = LoadShort(answers[i:])
		}
		if x, _ := b.Word(w); x != 0 {
			return i + bits.TrailingZeros64(x)/8
		}
	}
	return -1
}

// Scan is Bounds.Scan on t's scale.
func (t *Tally) Scan(answers []int8) (bad int, answered bool) { return t.Bounds().Scan(answers) }
