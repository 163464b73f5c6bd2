package csvio

import (
	"bytes"
	"encoding/csv"
	"io"
	"testing"

	"github.com/go-asn/berakhlak/examples/internal/synth"
	"github.com/go-asn/berakhlak/internal/benchtest"
)

// ratingFile is a rating export of n respondents, like an Indeks
// BerAKHLAK rating export.
func ratingFile(n int) []byte { return synth.Ratings(n, 1) }

// benchRead reads data with the Reader, touching every field and
// checking ids, against a bare encoding/csv read of the same bytes.
func benchRead(b *testing.B, data []byte) {
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	var sink int
	ours := func(n int) {
		for range n {
			r, err := NewReader("bench.csv", bytes.NewReader(data), Options{})
			if err != nil {
				b.Fatal(err)
			}
			r.Unique(0, "respondent")
			for {
				err := r.Next()
				if err == io.EOF {
					break
				}
				if err != nil {
					b.Fatal(err)
				}
				for i := range r.Header() {
					sink += len(r.Field(i))
				}
			}
		}
	}
	ref := func(n int) {
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
				for _, c := range rec {
					sink += len(c)
				}
			}
		}
	}
	benchtest.Compare(b, ours, benchtest.Ref{Name: "encoding/csv", Run: ref})
	if sink == 0 {
		b.Fatal("nothing read")
	}
}

// BenchmarkReader reads 20,000 rating rows (1 MB), ids checked, against
// encoding/csv (ReuseRecord) on the same bytes.
func BenchmarkReader(b *testing.B) {
	benchRead(b, ratingFile(20000))
}

// ballotFile is a ballot export of n respondents, three lists of 6–10
// option codes separated by ";" each.
func ballotFile(n int) []byte {
	extras := "code\nBIROKRATIS\nHIERARKIS\nSALING-MENYALAHKAN\nEGO-SEKTORAL\nGOTONG-ROYONG\nRELIGIUS\n"
	return synth.Ballots(n, synth.OptionCodes([]byte(extras)), 3)
}

// BenchmarkReaderBallots is BenchmarkReader on 10,000 ballot rows
// (about 1.6 MB): long fields.
func BenchmarkReaderBallots(b *testing.B) {
	benchRead(b, ballotFile(10000))
}
