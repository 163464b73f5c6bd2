package main

import (
	"fmt"
	"io"
	"math/rand/v2"
	"strings"
)

// samplePopulation is the invented number of people the invented service
// unit served in the period of the sample: Krejcie–Morgan requires 59
// respondents of 70.
const samplePopulation = 70

// writeSample writes the synthetic export the program embeds: 64 invented
// respondents answering the nine unsur on 1–4, about one cell in forty
// left blank. The answers lean to 3 and 4, waiting time (U3) is rated
// lower and the free service's cost (U4) higher, as invented flavour. It
// is seeded, so it always writes the same bytes
// (go run ./examples/ikm -write-sample examples/ikm/sample.csv).
func writeSample(w io.Writer) error {
	rng := rand.New(rand.NewPCG(14, 2017))
	var b strings.Builder
	b.WriteString("respondent,U1,U2,U3,U4,U5,U6,U7,U8,U9\n")
	lean := [9]int{0, 0, -1, 1, 0, 0, 0, 0, 0}
	for id := 1; id <= 64; id++ {
		fmt.Fprintf(&b, "R%03d", id)
		mood := rng.IntN(3) // 0–2
		for i := 0; i < 9; i++ {
			b.WriteByte(',')
			if rng.IntN(40) == 0 && i != 0 {
				continue // left blank
			}
			a := 2 + (mood+1)/2 + rng.IntN(2) + lean[i]
			fmt.Fprintf(&b, "%d", min(4, max(1, a)))
		}
		b.WriteByte('\n')
	}
	_, err := io.WriteString(w, b.String())
	return err
}
