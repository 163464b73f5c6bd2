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

// BenchmarkReadRatings scores 20,000 rating rows (about 1 MB) end to end:
// read, parse, check ids, tally. MB/s, and x-vs-encoding/csv against a
// bare encoding/csv read of the same bytes. Floor: 2×.
//
// Where the time goes (CPU profiles, go test -cpuprofile and perf, share
// of this benchmark's own time):
//   - Before (~1.7×): cutting lines a byte at a time and building a slice
//     per field, 38%; the duplicate-id set, 28% (at 2M rows its table is
//     24 MB: every insert a cache miss, and on this virtual machine the
//     first touch of each page costs ~10 µs); parsing the 21 cells, 17%;
//     the tally, 17%.
//   - Now (~2×): cutting lines eight bytes at a time into offsets, 25%;
//     Reader.Ints (the 21 cells by byte arithmetic), 24%; the tally
//     (akhlak.RatingTally.Add), 24%; the id set, 17%; the rest of the
//     reader, 10%. encoding/csv spends its time in IndexByte per field, a
//     copy of every record and a string per record.
func BenchmarkReadRatings(b *testing.B) { benchSurvey(b, ratingBytes(20000)) }

// BenchmarkReadBallots is the same for 10,000 ballot rows (about 1.7 MB).
//
// Where the time goes:
//   - Before (~0.45×): the ~24 option codes a row, 55% (a byte loop per
//     ";", trimming, a hash per code); the reader, 24%; the tally, 11%.
//   - Now (~0.6×): the option codes, 65% (about 11 ns a code: three word
//     loads, a ';' test per word and one probe of a collision-free table;
//     the loop is bound by the dependency from one code's length to the
//     next code's start); akhlak.BallotTally.Add, 14%; the reader and the
//     id set, 15%. encoding/csv reads these rows, four long fields each,
//     at ~600–700 MB/s, so 2× would leave ~145 ns a row for everything:
//     the tally alone takes ~40 ns a row and the codes ~250 ns. The floor
//     of 2× is not reached for ballots.
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
