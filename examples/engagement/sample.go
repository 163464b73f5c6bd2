package main

import (
	"fmt"
	"io"
	"math/rand/v2"
	"strings"
)

// sampleUnit is an invented unit of a synthetic export.
type sampleUnit struct {
	name string
	n    int
	mood int // 0–2: how favourable the unit is
}

// writeSample writes the synthetic engagement export that the program
// embeds: 183 invented respondents in five invented units, answering the
// twelve invented items of instrument.csv on 1–5 and a 0–10
// recommendation. It is seeded, so it always writes the same bytes
// (go run ./examples/engagement -write-sample examples/engagement/sample.csv).
func writeSample(w io.Writer) error {
	return writeExport(w, 2022, []sampleUnit{
		{"Sekretariat", 52, 2}, {"Bidang Pelayanan", 61, 1}, {"Bidang Perencanaan", 38, 1},
		{"Bidang Pengawasan", 29, 0}, {"UPT Kecil", 3, 1},
	})
}

// writeBaselineSample writes the synthetic export of the year before the
// sample, for -baseline: 171 invented respondents of the same units,
// Bidang Pelayanan less favourable than in the sample
// (go run ./examples/engagement -write-baseline-sample examples/engagement/sample_baseline.csv).
func writeBaselineSample(w io.Writer) error {
	return writeExport(w, 2021, []sampleUnit{
		{"Sekretariat", 49, 2}, {"Bidang Pelayanan", 58, 0}, {"Bidang Perencanaan", 36, 1},
		{"Bidang Pengawasan", 26, 0}, {"UPT Kecil", 2, 1},
	})
}

// writeExport writes an export of units, seeded by the year.
func writeExport(w io.Writer, year uint64, units []sampleUnit) error {
	rng := rand.New(rand.NewPCG(140, year))
	var b strings.Builder
	b.WriteString("respondent,unit,K1,K2,K3,K4,B1,B2,B3,B4,M1,M2,M3,M4,recommend\n")
	id := 0
	for _, u := range units {
		for i := 0; i < u.n; i++ {
			id++
			fmt.Fprintf(&b, "P%04d,%s", id, u.name)
			base := 2 + u.mood + rng.IntN(2) // 2–5
			for item := 0; item < 12; item++ {
				b.WriteByte(',')
				if rng.IntN(30) == 0 {
					continue // left unanswered
				}
				a := base + rng.IntN(3) - 1
				a = min(5, max(1, a))
				if item == 3 || item == 11 {
					a = 6 - a // reverse-coded items are worded the other way
				}
				fmt.Fprintf(&b, "%d", a)
			}
			rec := min(10, max(0, 2*base-1+rng.IntN(4)))
			if rng.IntN(25) == 0 {
				b.WriteString(",\n")
				continue
			}
			fmt.Fprintf(&b, ",%d\n", rec)
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}
