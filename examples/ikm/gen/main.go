// Command gen writes the synthetic Survei Kepuasan Masyarakat exports of
// examples/ikm, byte for byte the same on every run and platform. Run it
// from examples/ikm:
//
//	go generate ./examples/ikm
//
// It writes sample.csv, the export the program embeds (64 invented
// respondents of a unit that served an invented 70 people), and
// sample_1200.csv, an export large enough for a population of 1,200
// (300 invented respondents; Krejcie–Morgan requires 291), which the
// README scores with -population 1200; and sample_gforms.csv with
// sample_gforms_columns.csv, a Google Forms export of the questionnaire
// (88 invented respondents of three services; see gforms), with its column
// map. None describes a real unit.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"math/rand/v2"
)

// A sample is one export gen writes.
type sample struct {
	name        string
	respondents int
	seed        uint64 // the PCG's second seed; the first is always 14
}

// samples are the exports gen writes. The first is the one the program
// embeds, whose population (70) is the program's samplePopulation.
var samples = []sample{
	{"sample.csv", 64, 2017},
	{"sample_1200.csv", 300, 1200},
}

func main() {
	dir := flag.String("dir", ".", "write the samples into `DIR`")
	flag.Parse()
	files := map[string][]byte{gformsName: gforms(), gformsColumnsName: gformsColumns()}
	for _, s := range samples {
		files[s.name] = export(s.respondents, s.seed)
	}
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(*dir, name), data, 0o644); err != nil {
			fmt.Fprintln(os.Stderr, "gen:", err)
			os.Exit(1)
		}
	}
}

// export is a synthetic export of n invented respondents, R001 onwards,
// answering the nine unsur on 1–4, about one cell in forty left blank
// (never the first). The answers lean to 3 and 4, waiting time (U3) is
// rated lower and the free service's cost (U4) higher, as invented
// flavour. It is drawn from math/rand/v2's PCG, seeded (14, seed), whose
// output for a seed is fixed by its algorithm (PCG-DXSM), through
// math/rand/v2's IntN, whose reduction Go keeps (its tests pin the
// values): the bytes do not depend on the platform.
func export(n int, seed uint64) []byte {
	rng := rand.New(rand.NewPCG(14, seed))
	var b strings.Builder
	b.WriteString("respondent,U1,U2,U3,U4,U5,U6,U7,U8,U9\n")
	lean := [9]int{0, 0, -1, 1, 0, 0, 0, 0, 0}
	for id := 1; id <= n; id++ {
		fmt.Fprintf(&b, "R%03d", id)
		mood := rng.IntN(3) // 0–2
		for i := range 9 {
			b.WriteByte(',')
			if rng.IntN(40) == 0 && i != 0 {
				continue // left blank
			}
			a := 2 + (mood+1)/2 + rng.IntN(2) + lean[i]
			fmt.Fprintf(&b, "%d", min(4, max(1, a)))
		}
		b.WriteByte('\n')
	}
	return []byte(b.String())
}
