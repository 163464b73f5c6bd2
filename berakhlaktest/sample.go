package berakhlaktest

import (
	"fmt"
	"math/bits"
	"math/rand/v2"
	"strings"
)

// SampleSurvey is a synthetic survey in the CSV formats of examples/report.
// Its data is invented; it describes no real agency.
type SampleSurvey struct {
	Instrument  []byte // the extra options: code,kind,text
	Ballots     []byte // the ballots: respondent,personal,current,desired
	Respondents int    // the number of ballots
	Employees   int    // the invented agency's employees, for the minimum (Slovin, 5%: 345)
}

// ReportSample returns the synthetic survey that examples/report embeds, byte
// for byte (examples/report's sample_instrument.csv and sample_ballots.csv,
// written by go generate ./examples/report): the 21 behaviours plus 12
// invented extra options, and the ballots of 1,200 invented respondents,
// R0001 to R1200, of an invented agency of 2,500 employees.
//
// It is drawn from math/rand/v2's PCG generator, seeded (2022, 2022): the
// algorithm PCG-DXSM, whose output for a seed is fixed by the algorithm
// (Go's own tests pin it). Every choice above that raw output is this
// package's integer arithmetic, so the bytes do not depend on the
// platform, and a test here and in examples/report compares them with the
// committed files. It predates the generators of this package, which use
// their own stream (see "Stability of the generated data").
func ReportSample() SampleSurvey {
	const respondents, employees, seed = 1200, 2500, 2022
	var inst strings.Builder
	inst.WriteString("code,kind,text\n")
	for _, e := range sampleExtras {
		fmt.Fprintf(&inst, "%s,%s,%s\n", e.code, e.kind, e.text)
	}

	codes := append([]string(nil), behaviourCodes()...)
	for _, e := range sampleExtras {
		codes = append(codes, e.code)
	}
	g := pcgIntn{rand.NewPCG(seed, seed)}
	var b strings.Builder
	b.WriteString("respondent,personal,current,desired\n")
	for r := 1; r <= respondents; r++ {
		fmt.Fprintf(&b, "R%04d", r)
		for l := range sampleWeights {
			k := 6 + g.intn(5) // 6–10 picks
			if g.intn(100) == 0 {
				k = 0 // a few respondents leave a list empty
			}
			b.WriteByte(',')
			for j, o := range g.pick(sampleWeights[l][:], k) {
				if j > 0 {
					b.WriteByte(';')
				}
				b.WriteString(codes[o])
			}
		}
		b.WriteByte('\n')
	}
	return SampleSurvey{Instrument: []byte(inst.String()), Ballots: []byte(b.String()), Respondents: respondents, Employees: employees}
}

// sampleExtras are the sample's invented extra options.
var sampleExtras = []struct{ code, kind, text string }{
	{"BIROKRATIS", "limiting", "Birokratis"},
	{"HIERARKIS", "limiting", "Hierarkis"},
	{"SALING-MENYALAHKAN", "limiting", "Saling menyalahkan"},
	{"MENGHINDARI-RISIKO", "limiting", "Menghindari risiko"},
	{"KONTROL-BERLEBIHAN", "limiting", "Kontrol berlebihan"},
	{"LAMBAT", "limiting", "Lambat dalam bertindak"},
	{"EGO-SEKTORAL", "limiting", "Ego sektoral"},
	{"MENCARI-AMAN", "limiting", "Mencari aman"},
	{"RELIGIUS", "positive", "Religius"},
	{"KEKELUARGAAN", "positive", "Kekeluargaan"},
	{"GOTONG-ROYONG", "positive", "Gotong royong"},
	{"KESEIMBANGAN-KERJA", "positive", "Keseimbangan kehidupan kerja"},
}

// sampleWeights are the sample's weights per list (personal, current,
// desired), per option: the 21 behaviours, then the extras in order.
var sampleWeights = [3][33]int{
	// personal: integrity, respect and family values dominate
	{6, 5, 3, 9, 5, 6, 6, 4, 6, 8, 6, 4, 5, 4, 4, 3, 3, 3, 3, 4, 2, 0, 0, 0, 0, 0, 0, 0, 0, 9, 8, 6, 5},
	// current: accountable and loyal, little adaptive, some limiting
	{5, 3, 2, 8, 4, 5, 4, 2, 3, 5, 4, 3, 6, 4, 4, 2, 2, 1, 4, 3, 2, 4, 4, 2, 3, 2, 2, 2, 3, 4, 5, 4, 1},
	// desired: service, competence and adaptability
	{8, 5, 6, 7, 3, 4, 7, 4, 6, 5, 3, 5, 4, 3, 2, 7, 8, 5, 5, 6, 4, 0, 0, 0, 0, 0, 0, 0, 0, 3, 3, 5, 6},
}

// behaviourCodes returns the codes BP1 … KL3 in the official order.
func behaviourCodes() []string {
	var out []string
	for _, v := range []string{"BP", "AK", "KO", "HA", "LO", "AD", "KL"} {
		for p := 1; p <= 3; p++ {
			out = append(out, fmt.Sprint(v, p))
		}
	}
	return out
}

// pcgIntn reduces the raw output of a PCG to [0, n) the way the sample was
// first written: a power of two n takes the low bits; any other n the high
// half of x·n, drawing again while the low half is below 2⁶⁴ mod n.
type pcgIntn struct{ src *rand.PCG }

func (g pcgIntn) intn(n int) int {
	u := uint64(n)
	if u&(u-1) == 0 {
		return int(g.src.Uint64() & (u - 1))
	}
	hi, lo := bits.Mul64(g.src.Uint64(), u)
	if lo < u {
		threshold := -u % u
		for lo < threshold {
			hi, lo = bits.Mul64(g.src.Uint64(), u)
		}
	}
	return int(hi)
}

// pick draws k distinct options with probability proportional to weight.
func (g pcgIntn) pick(weights []int, k int) []int {
	w := append([]int(nil), weights...)
	var out []int
	for len(out) < k {
		total := 0
		for _, x := range w {
			total += x
		}
		if total == 0 {
			break
		}
		r := g.intn(total)
		for o, x := range w {
			if r < x {
				out = append(out, o)
				w[o] = 0
				break
			}
			r -= x
		}
	}
	return out
}
