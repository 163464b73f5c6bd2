package akhlak

import "math/bits"

// count counts the votes of one ballot and returns each list's set of
// picks (bit id−1): personal, current, desired; or false, having counted
// nothing, for a ballot Add refuses.
//
// It counts first and checks after: each list becomes a bit set of its
// picks while its votes are counted. A list is good when every pick is
// below 64 (ids 1…64; the zero id wraps to 255) and below the
// instrument's size, and no pick repeats (the set has one bit per pick).
// A bad ballot, which is rare, has its votes taken back. FuzzBallotAdd
// holds Add to addReference, the plain count of ballot_sets_test.go.
func (t *BallotTally) count(b *Ballot) (personal, current, desired uint64, ok bool) {
	nopt, most := len(t.inst.options), t.inst.maxPicks
	if nopt == 0 || len(b.Personal) > most || len(b.Current) > most || len(b.Desired) > most ||
		len(b.Personal)+len(b.Current)+len(b.Desired) == 0 {
		return 0, 0, 0, false
	}
	p, bigP := countVotes(&t.votes[0], b.Personal)
	c, bigC := countVotes(&t.votes[1], b.Current)
	d, bigD := countVotes(&t.votes[2], b.Desired)
	// The sets have bit id mod 64: rotate them to bit id−1.
	p, c, d = bits.RotateLeft64(p, -1), bits.RotateLeft64(c, -1), bits.RotateLeft64(d, -1)
	outside := ^uint64(0) << nopt // nopt ≤ 64, and x << 64 is 0 in Go
	if (bigP|bigC|bigD) >= maxOptions || (p|c|d)&outside != 0 ||
		bits.OnesCount64(p) != len(b.Personal) || bits.OnesCount64(c) != len(b.Current) || bits.OnesCount64(d) != len(b.Desired) {
		uncountVotes(&t.votes[0], b.Personal)
		uncountVotes(&t.votes[1], b.Current)
		uncountVotes(&t.votes[2], b.Desired)
		return 0, 0, 0, false
	}
	return p, c, d, true
}

// countVotes adds one vote per pick to v, at index (id−1) mod 64, and
// returns the set of the ids mod 64 (bit id mod 64, which count rotates to
// bit id−1) and the OR of every id−1, which is 64 or more when some pick
// is outside 1…64.
func countVotes(v *[maxOptions]uint64, picks []OptionID) (set uint64, or uint8) {
	for _, id := range picks {
		i := uint8(id) - 1
		or |= i
		set |= 1 << (id & 63)
		v[i&63]++
	}
	return set, or
}

// uncountVotes takes back what countVotes added.
func uncountVotes(v *[maxOptions]uint64, picks []OptionID) {
	for _, id := range picks {
		v[(uint8(id)-1)&63]--
	}
}

// foldValues ORs the bits of each value's three behaviours onto the bit
// of its first: in a set of behaviours (bit b−1 for behaviour b), bit 3k
// of the result is set when the set holds a behaviour of value k+1. It
// folds several sets side by side, each in 21 bits; the caller keeps the
// first bits (valueFirstBits, shifted to each set) and drops the rest.
func foldValues(set uint64) uint64 { return set | set>>1 | set>>2 }

// addReach adds one to the reach of each value of which set holds at least
// one behaviour, without branches, and returns how many values that is.
func addReach(r *[7]uint64, set uint64) uint64 {
	h := foldValues(set) & valueFirstBits
	r[0] += h & 1
	r[1] += h >> 3 & 1
	r[2] += h >> 6 & 1
	r[3] += h >> 9 & 1
	r[4] += h >> 12 & 1
	r[5] += h >> 15 & 1
	r[6] += h >> 18 & 1
	return uint64(bits.OnesCount64(h))
}

// valueFirstBits has the bit of each value's first behaviour: the bits of
// BP1, AK1, …, KL1 (ids 1, 4, …, 19).
const valueFirstBits = 1<<0 | 1<<3 | 1<<6 | 1<<9 | 1<<12 | 1<<15 | 1<<18
