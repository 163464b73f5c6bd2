package main

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"io"
	"runtime"
	"testing"

	"github.com/go-asn/berakhlak/akhlak"
	"github.com/go-asn/berakhlak/examples/internal/csvio"
	"github.com/go-asn/berakhlak/examples/internal/synth"
	"github.com/go-asn/berakhlak/internal/benchtest"
	"github.com/go-asn/berakhlak/survey"
)

// ratingBytes and ballotBytes are the benchmarks' exports of n
// respondents, ballots on the sample instrument's options.
func ratingBytes(n int) []byte { return synth.Ratings(n, 3) }

func ballotBytes(n int) []byte { return synth.Ballots(n, synth.OptionCodes(sampleInstrument), 5) }

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

// benchWorkers scores data end to end, ids checked, on one goroutine and
// on every core (csvio.Read), as sub-benchmarks: each reports MB/s, and
// the one on every core also how many times faster it was than one
// goroutine in the same run (x-vs-workers-1). The parts are at least
// 1 MiB, so that a file of a few MB is cut as a large one is.
func benchWorkers(b *testing.B, data []byte) {
	inst, err := akhlak.NewInstrument(10, mustExtras(b)...)
	if err != nil {
		b.Fatal(err)
	}
	scale := survey.DefaultRatingScale()
	read := func(workers int) func(int) {
		return func(n int) {
			o := readOptions{csv: csvio.Options{Workers: workers, MinPart: 1 << 20}}
			for range n {
				if _, err := readSurvey("bench.csv", bytes.NewReader(data), inst, scale, o); err != nil {
					b.Fatal(err)
				}
			}
		}
	}
	cores := runtime.GOMAXPROCS(0)
	b.Run("workers=1", func(b *testing.B) {
		b.SetBytes(int64(len(data)))
		read(1)(b.N)
	})
	b.Run(fmt.Sprintf("workers=%d", cores), func(b *testing.B) {
		b.SetBytes(int64(len(data)))
		benchtest.Compare(b, read(cores), benchtest.Ref{Name: "workers-1", Run: read(1)})
	})
}

// BenchmarkWorkersRatings is benchWorkers on 200,000 rating rows (about
// 10 MB); BenchmarkWorkersBallots on 60,000 ballot rows (about 11 MB).
// On a 2-core machine the goal is 1.7 times one goroutine's speed.
func BenchmarkWorkersRatings(b *testing.B) { benchWorkers(b, ratingBytes(200000)) }

func BenchmarkWorkersBallots(b *testing.B) { benchWorkers(b, ballotBytes(60000)) }
