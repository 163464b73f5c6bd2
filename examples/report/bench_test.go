package main

import (
	"bytes"
	"encoding/csv"
	"flag"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/go-asn/berakhlak/akhlak"
	"github.com/go-asn/berakhlak/internal/benchtest"
	"github.com/go-asn/berakhlak/survey"
)

// ratingBytes is a rating export of n respondents: 21 answers on 1–5,
// about one in 40 blank.
func ratingBytes(n int) []byte {
	rng := rand.New(rand.NewPCG(3, 4))
	var b bytes.Buffer
	b.WriteString(ratingHeader)
	for i := range n {
		fmt.Fprintf(&b, "R%07d", i)
		for range 21 {
			b.WriteByte(',')
			if rng.IntN(40) != 0 {
				b.WriteByte(byte('1' + rng.IntN(5)))
			}
		}
		b.WriteByte('\n')
	}
	return b.Bytes()
}

// ballotBytes is a ballot export of n respondents: three lists of 6–10
// distinct codes, behaviours and the sample's extra options.
func ballotBytes(n int) []byte {
	rng := rand.New(rand.NewPCG(5, 6))
	var codes []string
	for _, b := range akhlak.Behaviours() {
		codes = append(codes, b.Code())
	}
	for _, line := range strings.Split(strings.TrimSpace(string(sampleInstrument)), "\n")[1:] {
		codes = append(codes, strings.Split(line, ",")[0])
	}
	var b bytes.Buffer
	b.WriteString(ballotHeader)
	for i := range n {
		fmt.Fprintf(&b, "R%07d", i)
		for range 3 {
			b.WriteByte(',')
			for j, k := range rng.Perm(len(codes))[:6+rng.IntN(5)] {
				if j > 0 {
					b.WriteByte(';')
				}
				b.WriteString(codes[k])
			}
		}
		b.WriteByte('\n')
	}
	return b.Bytes()
}

// csvRead is the reference: a bare encoding/csv read of the same bytes,
// ReuseRecord, touching every field.
func csvRead(b *testing.B, data []byte) func(int) {
	return func(n int) {
		sink := 0
		for range n {
			r := csv.NewReader(bytes.NewReader(data))
			r.ReuseRecord = true
			for {
				rec, err := r.Read()
				if err == io.EOF {
					break
				}
				if err != nil {
					b.Fatal(err)
				}
				sink += len(rec[len(rec)-1])
			}
		}
		if sink < 0 {
			b.Fatal("impossible")
		}
	}
}

// benchSurvey scores data end to end with readSurvey, respondent ids
// checked for duplicates, against a bare encoding/csv read of the same
// bytes in the same run.
func benchSurvey(b *testing.B, data []byte) {
	inst, err := akhlak.NewInstrument(10, mustExtras(b)...)
	if err != nil {
		b.Fatal(err)
	}
	scale := survey.DefaultRatingScale()
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	fast := func(n int) {
		for range n {
			if _, err := readSurvey("bench.csv", bytes.NewReader(data), inst, scale, readOptions{}); err != nil {
				b.Fatal(err)
			}
		}
	}
	benchtest.Compare(b, fast, benchtest.Ref{Name: "encoding/csv", Run: csvRead(b, data)})
}

func mustExtras(b *testing.B) []akhlak.Option {
	extras, err := readInstrument("i.csv", bytes.NewReader(sampleInstrument), readOptions{})
	if err != nil {
		b.Fatal(err)
	}
	return extras
}

// BenchmarkReadRatings scores 20,000 rating rows (about 1 MB) end to end,
// against a bare encoding/csv read of the same bytes.
func BenchmarkReadRatings(b *testing.B) { benchSurvey(b, ratingBytes(20000)) }

// BenchmarkReadBallots is BenchmarkReadRatings for 10,000 ballot rows
// (about 1.7 MB).
func BenchmarkReadBallots(b *testing.B) { benchSurvey(b, ballotBytes(10000)) }

var writeLarge = flag.String("write-large", "", "write ratings2m.csv and ballots2m.csv, 2 million rows each in the benchmarks' format, into `DIR`")

// TestWriteLarge writes the files of the README's end-to-end figures:
//
//	go test ./examples/report -run TestWriteLarge -write-large /tmp
//	/usr/bin/time go run ./examples/report -in /tmp/ratings2m.csv
func TestWriteLarge(t *testing.T) {
	if *writeLarge == "" {
		t.Skip("no -write-large DIR")
	}
	for name, data := range map[string]func() []byte{
		"ratings2m.csv": func() []byte { return ratingBytes(2_000_000) },
		"ballots2m.csv": func() []byte { return ballotBytes(2_000_000) },
	} {
		if err := os.WriteFile(filepath.Join(*writeLarge, name), data(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
