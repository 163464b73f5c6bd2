package berakhlaktest

import "math/bits"

// The generators draw every choice from this package's own integer
// arithmetic, specified in the package documentation ("Stability of the
// generated data"): no floating point, no math/rand, no map iteration.

// golden is the increment of splitmix64, ⌊2⁶⁴/φ⌋.
const golden = 0x9E3779B97F4A7C15

// mix is splitmix64's output function (Steele, Lea and Flood, 2014).
func mix(z uint64) uint64 {
	z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9
	z = (z ^ (z >> 27)) * 0x94D049BB133111EB
	return z ^ (z >> 31)
}

// stream is a splitmix64 generator.
type stream struct{ state uint64 }

// next returns the next 64 bits: the state advances by golden and is mixed.
func (s *stream) next() uint64 {
	s.state += golden
	return mix(s.state)
}

// below returns a number in [0, n), n ≥ 1, without bias: the high half of
// x·n for the next x, drawing again while the low half is below 2⁶⁴ mod n
// (Lemire's multiply-shift reduction with rejection).
func (s *stream) below(n uint64) uint64 {
	hi, lo := bits.Mul64(s.next(), n)
	if lo < n {
		threshold := -n % n // 2⁶⁴ mod n
		for lo < threshold {
			hi, lo = bits.Mul64(s.next(), n)
		}
	}
	return hi
}

// intn is below for an int bound n ≥ 1.
func (s *stream) intn(n int) int { return int(s.below(uint64(n))) }

// percent reports whether a draw from [0, 100) falls below p: true with
// probability p/100.
func (s *stream) percent(p int) bool { return s.intn(100) < p }

// weighted returns an index i with probability weights[i] / Σ weights; the
// sum must be positive.
func (s *stream) weighted(weights []int) int {
	total := 0
	for _, w := range weights {
		total += w
	}
	r := s.intn(total)
	for i, w := range weights {
		if r < w {
			return i
		}
		r -= w
	}
	return len(weights) - 1 // not reached
}

// The kinds of generated data, each with its own streams, so that no two
// generators share a choice.
const (
	kindBallots uint64 = iota + 1
	kindRatings
	kindEngagement
	kindSKP
	kindSIASN
)

// rowStream returns the stream of original row i of a generator: its
// state starts at mix(mix(seed + kind·golden) + (i+1)·golden), so a row's
// content depends on the seed, the kind and its index only.
func rowStream(seed, kind uint64, i int) stream {
	return stream{mix(mix(seed+kind*golden) + uint64(i+1)*golden)}
}

// layoutStream returns the stream that places the bad rows and the
// duplicates: the stream of "row −1".
func layoutStream(seed, kind uint64) stream {
	return stream{mix(mix(seed + kind*golden))}
}
