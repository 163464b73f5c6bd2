package csvio

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"io"
	"math/rand/v2"
	"testing"

	"github.com/go-asn/berakhlak/internal/benchtest"
)

// ratingFile writes n rows of respondent and 21 answers on 1–5, about one
// in 40 blank, like an Indeks BerAKHLAK rating export.
func ratingFile(n int) []byte {
	rng := rand.New(rand.NewPCG(1, 2))
	var b bytes.Buffer
	b.WriteString("respondent,BP1,BP2,BP3,AK1,AK2,AK3,KO1,KO2,KO3,HA1,HA2,HA3,LO1,LO2,LO3,AD1,AD2,AD3,KL1,KL2,KL3\n")
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

// ballotFile writes n rows of respondent and three lists of 6–10 option
// codes separated by ";", like an Indeks BerAKHLAK ballot export.
func ballotFile(n int) []byte {
	rng := rand.New(rand.NewPCG(3, 4))
	codes := []string{"BP1", "BP2", "BP3", "AK1", "AK2", "AK3", "KO1", "KO2", "KO3", "HA1", "HA2", "HA3", "LO1", "LO2", "LO3",
		"AD1", "AD2", "AD3", "KL1", "KL2", "KL3", "BIROKRATIS", "HIERARKIS", "SALING-MENYALAHKAN", "EGO-SEKTORAL", "GOTONG-ROYONG", "RELIGIUS"}
	var b bytes.Buffer
	b.WriteString("respondent,personal,current,desired\n")
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

// BenchmarkReaderBallots is BenchmarkReader on 10,000 ballot rows
// (about 1.6 MB): long fields.
func BenchmarkReaderBallots(b *testing.B) {
	benchRead(b, ballotFile(10000))
}
