package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/go-asn/berakhlak/survey"
)

// TestSamplesAreGenerated checks that gen reproduces the committed
// samples byte for byte: run go generate ./examples/report after changing
// it.
func TestSamplesAreGenerated(t *testing.T) {
	fs, err := files()
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range fs {
		want, err := os.ReadFile(filepath.Join("..", f.name))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(f.data, want) {
			t.Errorf("gen's %s differs from the committed file (%d bytes, want %d): run go generate ./examples/report", f.name, len(f.data), len(want))
		}
	}
}

// TestRatingSampleSize checks what sample_ratings.csv is for: it meets the
// minimum of its invented 800 employees (Slovin, 5%), and is small.
func TestRatingSampleSize(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "sample_ratings.csv"))
	if err != nil {
		t.Fatal(err)
	}
	rows := bytes.Count(data, []byte("\n")) - 1
	if need := survey.Slovin(ratingEmployees, 5).Required(); rows < need || rows > need+need/5 {
		t.Errorf("sample_ratings.csv: %d respondents; want %d to %d (Slovin, 5%%, for %d employees, and little more)", rows, need, need+need/5, ratingEmployees)
	}
}
