package tally

// Complemented is one subgroup that Complement suppresses: its index, and
// the count (an index into the counts) whose residual would have revealed
// the unpublished subgroups by difference, with that residual.
type Complemented struct {
	Group, Count, Residual int
}

// Complement applies complementary suppression: while some count of the
// whole survey minus the same count of the published subgroups (those not
// suppressed) is at least one but below threshold, so that the whole
// survey's figures minus the published subgroups' would reveal the
// unpublished ones, it suppresses the published subgroup with the fewest
// counts[g][0] (its respondents; the first in order among equals). whole
// and each counts[g] have the same length; suppressed is updated in place.
// It returns the subgroups it suppressed, in order.
func Complement(threshold int, whole []int, counts [][]int, suppressed []bool) []Complemented {
	residual := append([]int(nil), whole...)
	for g, c := range counts {
		if !suppressed[g] {
			for k := range residual {
				residual[k] -= c[k]
			}
		}
	}
	var out []Complemented
	for {
		k := -1
		for i, r := range residual {
			if r > 0 && r < threshold {
				k = i
				break
			}
		}
		if k < 0 {
			return out
		}
		best := -1
		for g := range counts {
			if !suppressed[g] && (best < 0 || counts[g][0] < counts[best][0]) {
				best = g
			}
		}
		if best < 0 {
			return out
		}
		out = append(out, Complemented{Group: best, Count: k, Residual: residual[k]})
		suppressed[best] = true
		for i := range residual {
			residual[i] += counts[best][i]
		}
	}
}
