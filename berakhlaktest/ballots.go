package berakhlaktest

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/go-asn/berakhlak/akhlak"
	"github.com/go-asn/berakhlak/survey"
)

// extraWeight is the weight of an instrument's extra option, by list and
// kind: limiting options are picked for the current culture only.
func extraWeight(list int, k akhlak.OptionKind) int {
	if k == akhlak.OptionLimiting {
		return [3]int{0, 3, 0}[list]
	}
	return [3]int{5, 3, 4}[list]
}

// Ballots returns o.Rows synthetic ballots for the instrument, seeded by
// o.Seed. Each list holds between MaxPicks−4 (at least 1) and MaxPicks
// distinct picks, drawn with invented weights; o.Missing is the
// percentage of lists left empty (an empty list is valid). IDs are
// "R00000001" onwards, in the order of the originals.
//
// A bad row breaks one rule of BallotTally.Add, in its current list:
// a pick the instrument lacks, the same pick twice, or one pick more than
// MaxPicks (when the instrument has that many options). An invalid
// instrument is an error wrapping survey.ErrInvalidInstrument; invalid
// Options an error wrapping survey.ErrInvalidInput that names the knob.
func Ballots(in akhlak.Instrument, o Options) ([]Row[akhlak.Ballot], error) {
	if !in.IsValid() {
		return nil, fmt.Errorf("berakhlaktest: Ballots with the zero Instrument: %w", survey.ErrInvalidInstrument)
	}
	options := in.Options()
	var weights [3][]int
	for l := range weights {
		weights[l] = make([]int, len(options))
		for i, opt := range options {
			if b, ok := akhlak.OptionID(i + 1).Behaviour(); ok {
				weights[l][i] = sampleWeights[l][b-1] // the report sample's weights
			} else {
				weights[l][i] = extraWeight(l, opt.Kind)
			}
		}
	}
	var arena []akhlak.OptionID // the picks of many rows, carved into lists
	w := make([]int, len(options))
	build := func(i int, s *stream, bad bool) Row[akhlak.Ballot] {
		if cap(arena)-len(arena) < 3*in.MaxPicks() {
			arena = make([]akhlak.OptionID, 0, 64*3*in.MaxPicks())
		}
		var lists [3][]akhlak.OptionID
		for l := range lists {
			start := len(arena)
			if !s.percent(o.Missing) {
				lo := max(1, in.MaxPicks()-4)
				k := lo + s.intn(in.MaxPicks()-lo+1)
				copy(w, weights[l])
				arena = pickDistinct(s, arena, w, k)
			}
			lists[l] = arena[start:len(arena):len(arena)]
		}
		r := Row[akhlak.Ballot]{ID: respondentID(i)}
		if bad {
			lists[1], r.Bad = breakBallot(s, in, lists[1])
		}
		r.Value = akhlak.Ballot{Personal: lists[0], Current: lists[1], Desired: lists[2]}
		return r
	}
	return generate(kindBallots, o, build, cloneBallot)
}

// pickDistinct appends up to k distinct option ids to dst, each drawn with
// probability proportional to its remaining weight; a drawn option's weight
// becomes zero. It stops early when no weight is left.
func pickDistinct(s *stream, dst []akhlak.OptionID, w []int, k int) []akhlak.OptionID {
	total := 0
	for _, x := range w {
		total += x
	}
	for ; k > 0 && total > 0; k-- {
		r := s.intn(total)
		for i, x := range w {
			if r < x {
				dst = append(dst, akhlak.OptionID(i+1))
				total -= x
				w[i] = 0
				break
			}
			r -= x
		}
	}
	return dst
}

// breakBallot returns a copy of the current list that breaks one rule of
// BallotTally.Add, and the reason.
func breakBallot(s *stream, in akhlak.Instrument, cur []akhlak.OptionID) ([]akhlak.OptionID, string) {
	out := append([]akhlak.OptionID(nil), cur...)
	kinds := []int{0, 1} // unknown option, repeated pick
	if in.MaxPicks() < 2 {
		kinds = kinds[:1]
	}
	if in.Len() > in.MaxPicks() {
		kinds = append(kinds, 2) // too many picks
	}
	switch kinds[s.intn(len(kinds))] {
	case 0:
		unknown := akhlak.OptionID(in.Len() + 1 + s.intn(8))
		if len(out) == in.MaxPicks() {
			out = out[:len(out)-1]
		}
		out = append(out, unknown)
		return out, fmt.Sprintf("current: option %d is not in the instrument", unknown)
	case 1:
		if len(out) == 0 {
			out = append(out, akhlak.OptionID(1+s.intn(21)))
		}
		if len(out) == in.MaxPicks() {
			out = out[:len(out)-1]
		}
		twice := out[s.intn(len(out))]
		out = append(out, twice)
		return out, fmt.Sprintf("current: option %s picked twice", optionCode(in, twice))
	default:
		w := make([]int, in.Len())
		for i := range w {
			w[i] = 1
		}
		out = pickDistinct(s, out[:0], w, in.MaxPicks()+1)
		return out, fmt.Sprintf("current: %d picks, more than the %d allowed", len(out), in.MaxPicks())
	}
}

func cloneBallot(b akhlak.Ballot) akhlak.Ballot {
	c := func(l []akhlak.OptionID) []akhlak.OptionID { return append([]akhlak.OptionID{}, l...) }
	return akhlak.Ballot{Personal: c(b.Personal), Current: c(b.Current), Desired: c(b.Desired)}
}

// respondentID is the ID of original i: "R" and eight digits from 1.
func respondentID(i int) string {
	b := []byte("R00000000")
	n := strconv.AppendInt(nil, int64(i+1), 10)
	copy(b[len(b)-len(n):], n) // i < maxRows: at most eight digits
	return string(b)
}

// optionCode returns the code of an option of in, or for an id in lacks a
// code in.Lookup refuses: "XX" and the number, with "?" added until it is
// refused.
func optionCode(in akhlak.Instrument, id akhlak.OptionID) string {
	if o, err := in.Option(id); err == nil {
		return o.Code
	}
	code := "XX" + strconv.Itoa(int(id))
	for {
		if _, err := in.Lookup(code); err != nil {
			return code
		}
		code += "?"
	}
}

// BallotsCSV writes rows in the ballot format of examples/report:
// the header respondent,personal,current,desired, then each list as option
// codes separated by ";" (empty for no pick). A pick the instrument lacks
// is written as "XX" and its number, a code the instrument refuses.
func BallotsCSV(in akhlak.Instrument, rows []Row[akhlak.Ballot]) []byte {
	return writeCSV([]string{"respondent", "personal", "current", "desired"}, func(emit func([]string)) {
		var sb strings.Builder
		join := func(l []akhlak.OptionID) string {
			sb.Reset()
			for j, id := range l {
				if j > 0 {
					sb.WriteByte(';')
				}
				sb.WriteString(optionCode(in, id))
			}
			return sb.String()
		}
		for _, r := range rows {
			emit([]string{r.ID, join(r.Value.Personal), join(r.Value.Current), join(r.Value.Desired)})
		}
	})
}

// InstrumentCSV writes the instrument's extra options in the format of
// examples/report's -instrument file: the header code,kind,text, then one
// line per option after the 21 behaviours, kind "limiting" or "positive".
func InstrumentCSV(in akhlak.Instrument) []byte {
	return writeCSV([]string{"code", "kind", "text"}, func(emit func([]string)) {
		for _, o := range in.Options() {
			if o.Kind != akhlak.OptionBehaviour {
				emit([]string{o.Code, o.Kind.String(), o.Text})
			}
		}
	})
}
