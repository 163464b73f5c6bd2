// Package sample generates the synthetic survey that examples/report
// embeds: an instrument of the 21 behaviours plus 12 extra options, and
// the ballots of 1,200 respondents. It is seeded, so it always writes the
// same bytes. The data is invented; it describes no real agency.
package sample

import (
	"fmt"
	"io"
	"math/rand/v2"
	"strings"
)

// Respondents is the number of synthetic respondents.
const Respondents = 1200

// Employees is the synthetic agency's number of employees, for the
// minimum-respondent check (Slovin, 5%: 345).
const Employees = 2500

// Seed is the generator's seed.
const Seed = 2022

type extra struct{ code, kind, text string }

var extras = []extra{
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

var behaviourCodes = []string{
	"BP1", "BP2", "BP3", "AK1", "AK2", "AK3", "KO1", "KO2", "KO3", "HA1", "HA2", "HA3",
	"LO1", "LO2", "LO3", "AD1", "AD2", "AD3", "KL1", "KL2", "KL3",
}

// weights per list (personal, current, desired), per option: the 21
// behaviours, then the extras in order.
var weights = [3][33]int{
	// personal: integrity, respect and family values dominate
	{6, 5, 3, 9, 5, 6, 6, 4, 6, 8, 6, 4, 5, 4, 4, 3, 3, 3, 3, 4, 2, 0, 0, 0, 0, 0, 0, 0, 0, 9, 8, 6, 5},
	// current: accountable and loyal, little adaptive, some limiting
	{5, 3, 2, 8, 4, 5, 4, 2, 3, 5, 4, 3, 6, 4, 4, 2, 2, 1, 4, 3, 2, 4, 4, 2, 3, 2, 2, 2, 3, 4, 5, 4, 1},
	// desired: service, competence and adaptability
	{8, 5, 6, 7, 3, 4, 7, 4, 6, 5, 3, 5, 4, 3, 2, 7, 8, 5, 5, 6, 4, 0, 0, 0, 0, 0, 0, 0, 0, 3, 3, 5, 6},
}

// WriteInstrument writes the extra options as CSV: code,kind,text.
func WriteInstrument(w io.Writer) error {
	var b strings.Builder
	b.WriteString("code,kind,text\n")
	for _, e := range extras {
		fmt.Fprintf(&b, "%s,%s,%s\n", e.code, e.kind, e.text)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// WriteBallots writes the ballots as CSV:
// respondent,personal,current,desired, each list as codes separated by ";".
func WriteBallots(w io.Writer) error {
	rng := rand.New(rand.NewPCG(Seed, Seed))
	codes := append(append([]string(nil), behaviourCodes...), make([]string, len(extras))...)
	for i, e := range extras {
		codes[21+i] = e.code
	}
	var b strings.Builder
	b.WriteString("respondent,personal,current,desired\n")
	for r := 1; r <= Respondents; r++ {
		fmt.Fprintf(&b, "R%04d", r)
		for l := range weights {
			k := 6 + rng.IntN(5) // 6–10 picks
			if rng.IntN(100) == 0 {
				k = 0 // a few respondents leave a list empty
			}
			b.WriteByte(',')
			for j, o := range pick(rng, weights[l][:], k) {
				if j > 0 {
					b.WriteByte(';')
				}
				b.WriteString(codes[o])
			}
		}
		b.WriteByte('\n')
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// pick draws k distinct options with probability proportional to weight.
func pick(rng *rand.Rand, weights []int, k int) []int {
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
		r := rng.IntN(total)
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
