package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/go-asn/berakhlak/survey"
)

// TestSamplesAreGenerated checks that gen reproduces the committed
// samples byte for byte: run go generate ./examples/ikm after changing it.
func TestSamplesAreGenerated(t *testing.T) {
	for _, s := range samples {
		want, err := os.ReadFile(filepath.Join("..", s.name))
		if err != nil {
			t.Fatal(err)
		}
		if got := export(s.respondents, s.seed); !bytes.Equal(got, want) {
			t.Errorf("export(%d, %d) differs from %s (%d bytes, want %d): run go generate ./examples/ikm", s.respondents, s.seed, s.name, len(got), len(want))
		}
	}
	for name, got := range map[string][]byte{gformsName: gforms(), gformsColumnsName: gformsColumns()} {
		want, err := os.ReadFile(filepath.Join("..", name))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s differs from what gen writes: run go generate ./examples/ikm", name)
		}
	}
}

// TestSampleSizes checks what the samples are for: the embedded one meets
// the minimum of its invented population of 70, sample_1200.csv the
// minimum of the README's -population 1200, and both are small.
func TestSampleSizes(t *testing.T) {
	tests := []struct {
		name       string
		population int
	}{
		{"sample.csv", 70},
		{"sample_1200.csv", 1200},
		{"sample_gforms.csv", 110},
	}
	for _, tc := range tests {
		data, err := os.ReadFile(filepath.Join("..", tc.name))
		if err != nil {
			t.Fatal(err)
		}
		rows := bytes.Count(data, []byte("\n")) - 1
		if need := survey.KrejcieMorgan(tc.population).Required(); rows < need || rows > need+need/10 {
			t.Errorf("%s: %d respondents; want %d to %d (Krejcie–Morgan for %d, and little more)", tc.name, rows, need, need+need/10, tc.population)
		}
	}
}
