package akhlak

import (
	"math/bits"
	"strconv"
)

// addBlocks is AddBallots once the instrument and the limit are checked:
// it counts the ballots a block at a time (ballotBatch) and, when a block
// holds a bad ballot, counts that block again with Add, up to the bad
// ballot, whose error it returns.
func (t *BallotTally) addBlocks(ballots []Ballot) (int, error) {
	var pend ballotBatch
	for start := 0; start < len(ballots); start += blockBallots {
		block := ballots[start:min(start+blockBallots, len(ballots))]
		if pend.count(block, t.inst.maxPicks, len(t.inst.options) > 21) && pend.addTo(t) {
			continue
		}
		// Some ballot of the block is bad, or not surely good: count
		// the block again with Add, up to the first bad ballot.
		pend = ballotBatch{}
		for i := range block {
			if t.Add("", block[i]) != nil {
				return start + i, t.refuse("ballot "+strconv.Itoa(start+i), block[i])
			}
		}
	}
	return len(ballots), nil
}

// blockBallots is the most ballots a ballotBatch counts before it is
// added to the tally: a byte lane of reach holds at most 255.
const blockBallots = 255

// ballotBatch is a block of ballots AddBallots has counted and not yet
// added to the tally: votes indexed by the raw option id (so that a pick
// needs neither a subtraction, nor a mask, nor a check), and reach in a
// byte lane per value, one word per list.
//
// It counts first and checks after, for the whole block at once: a pick
// of an id the instrument lacks (0, or above its size, up to 255) is
// counted where no good pick goes, at that id, and found when the block is
// added, as the votes of the good ids fall short of the picks; a repeated
// pick, or a list too long, is found at its ballot. A block with a bad
// ballot is thrown away and counted again exactly. FuzzAddBallots and
// FuzzAddBallotsBlocks hold AddBallots to addReference, ballot by ballot.
type ballotBatch struct {
	votes [3][256]uint64
	reach [3]uint64
	n     int    // ballots
	picks uint64 // picks, in all lists
	sq    uint64 // Σ k², k the values a ballot reaches in the current list
}

// count counts the block of at most blockBallots ballots into the empty
// p, and reports false, having stopped, at the first ballot add can tell
// is bad. The picks of ids the instrument lacks that add cannot tell are
// counted: addTo finds them. wide says that the instrument has extra
// options.
func (p *ballotBatch) count(block []Ballot, most int, wide bool) bool {
	// The reach of up to 7 ballots, summed in the 3-bit fields of the
	// folded sets (see add), then moved to the byte lanes of p.reach.
	var reach uint64
	left := 7
	for i := range block {
		f, ok := p.add(&block[i], most, wide)
		if !ok {
			return false
		}
		k := uint64(bits.OnesCount64(f & (valueFirstBits << 21)))
		p.sq += k * k
		reach += f
		if left--; left == 0 {
			p.addReach(reach)
			reach, left = 0, 7
		}
	}
	p.addReach(reach)
	p.n = len(block)
	return true
}

// add counts the votes of b into p and returns the values b reaches, bit
// 21l+3k for value k+1 in list l+1 (the three lists' behaviour bits side
// by side, folded); or false when a list of b has more than most picks
// (before counting anything), or two picks equal mod 64 (a repeat, or a
// bad id that aliases another pick), or, when the instrument has no extras
// (not wide), a pick that is not a behaviour's id mod 64 (these two having
// counted votes, which the caller throws away with the block).
func (p *ballotBatch) add(b *Ballot, most int, wide bool) (uint64, bool) {
	if len(b.Personal) > most || len(b.Current) > most || len(b.Desired) > most {
		return 0, false
	}
	var sp, sc, sd uint64
	if pc, pd := b.Current, b.Desired; len(pc) == len(b.Personal) && len(pd) == len(b.Personal) {
		// Lists of one length, as a survey that asks for exactly so
		// many picks has them: one loop counts the three.
		vp, vc, vd := &p.votes[0], &p.votes[1], &p.votes[2]
		for i, a := range b.Personal {
			c, d := pc[i], pd[i]
			sp |= 1 << (a & 63)
			sc |= 1 << (c & 63)
			sd |= 1 << (d & 63)
			vp[a]++
			vc[c]++
			vd[d]++
		}
	} else {
		sp = countList(&p.votes[0], b.Personal)
		sc = countList(&p.votes[1], b.Current)
		sd = countList(&p.votes[2], b.Desired)
	}
	// The 21 behaviours of each list, bits 1…21 of its set (bit 0 is id
	// 0 or 64), side by side in one word.
	u := sp>>1&behaviourBits | (sc>>1&behaviourBits)<<21 | (sd>>1&behaviourBits)<<42
	// A set has one bit per pick unless a pick repeats, or two picks are
	// equal mod 64, of which one is bad and found later anyway. Each
	// popcount is at most its list's length, so the sum tells. Without
	// extras, u has every good pick, and a pick u lacks is bad.
	n := len(b.Personal) + len(b.Current) + len(b.Desired)
	if n == 0 { // a blank ballot: refused, one ballot at a time
		return 0, false
	}
	p.picks += uint64(n)
	if wide {
		if bits.OnesCount64(sp)+bits.OnesCount64(sc)+bits.OnesCount64(sd) != n {
			return 0, false
		}
	} else if bits.OnesCount64(u) != n {
		return 0, false
	}
	return foldValues(u) & (valueFirstBits | valueFirstBits<<21 | valueFirstBits<<42), true
}

// behaviourBits has the bits of the 21 behaviours in a set of picks
// shifted right by one (bit id−1).
const behaviourBits = 1<<21 - 1

// countList adds one vote per pick to v at the pick's id, and returns the
// set of the ids mod 64 (bit id mod 64).
func countList(v *[256]uint64, picks []OptionID) (set uint64) {
	for _, id := range picks {
		set |= 1 << (id & 63)
		v[id]++
	}
	return set
}

// addReach adds reach, the sum of up to 7 of add's folded sets, to p: the
// 3-bit field at bit 21l+3k (at most 7) to byte lane k of p.reach[l].
func (p *ballotBatch) addReach(reach uint64) {
	p.reach[0] += fieldLanes(reach & behaviourBits)
	p.reach[1] += fieldLanes(reach >> 21 & behaviourBits)
	p.reach[2] += fieldLanes(reach >> 42 & behaviourBits)
}

// fieldLanes moves the seven 3-bit fields of x, at bits 3k, to the byte
// lanes k: field k moves by 5k bits, in three steps of 20, 10 and 5 bits
// for the fields whose k has bit 2, 1 or 0 set. No field lands on
// another at any step (a test checks every x).
func fieldLanes(x uint64) uint64 {
	const (
		by20 = 0b111111111 << 12                // fields 4, 5, 6
		by10 = 0b111111<<6 | 0b111<<38          // fields 2, 3 at 6, 9; 6 at 38
		by5  = 0b111<<3 | 0b111<<19 | 0b111<<35 // fields 1, 3, 5 at 3, 19, 35
	)
	x = x&^by20 | x&by20<<20
	x = x&^by10 | x&by10<<10
	return x&^by5 | x&by5<<5
}

// addTo adds the batch to t, clears it, and reports true; or, when the
// batch holds a pick of an id t's instrument lacks, reports false and
// leaves t unchanged. It clears only the votes of ids 1…n: when the good
// ids got every pick, no other id got a vote.
func (p *ballotBatch) addTo(t *BallotTally) bool {
	nopt := len(t.inst.options)
	var good uint64
	for l := range p.votes {
		for _, c := range p.votes[l][1 : nopt+1] {
			good += c
		}
	}
	if good != p.picks {
		return false
	}
	for l := range p.votes {
		v, tv := &p.votes[l], &t.votes[l]
		for id := 1; id <= nopt; id++ {
			tv[id-1] += v[id]
			v[id] = 0
		}
		r := &t.reach[l]
		for k := range r {
			r[k] += p.reach[l] >> (8 * k) & 0xff
		}
		p.reach[l] = 0
	}
	t.n += uint64(p.n)
	t.sq += p.sq
	p.n, p.picks, p.sq = 0, 0, 0
	return true
}
