package main

import (
	"errors"
	"os"
	"testing"

	"github.com/go-asn/berakhlak/examples/internal/csvio"
	"github.com/go-asn/berakhlak/ikm"

	"github.com/go-asn/berakhlak/examples/internal/progtest"
)

// FuzzInput runs the program on any bytes from standard input: no
// panic; either a report on stdout and status 0, or nothing on stdout,
// one short "file:line: …" error on stderr and status 1.
func FuzzInput(f *testing.F) { progtest.Fuzz(f, realMain, fuzzSeeds, fuzzArgs) }

var fuzzSeeds = []string{
	"respondent,U1,U2,U3,U4,U5,U6,U7,U8,U9\nA,4,4,4,4,4,4,4,1,3\nB,3,3,3,3,3,3,3,2,3\n",
	"Sarana dan Prasarana,RESPONDENT,Persyaratan,\"Sistem, Mekanisme dan Prosedur\",waktu penyelesaian,Biaya/Tarif,Produk Spesifikasi Jenis Pelayanan,Kompetensi Pelaksana,Perilaku_Pelaksana,\"Penanganan Pengaduan, Saran dan Masukan\"\n3,A,4,4,4,4,4,4,4,1\n",
}

// FuzzWorkers: an export, with or without a column map (a Google Forms
// export, with groups and a profile), gives the same report, or the same
// first error, on one goroutine and on four (progtest.FuzzWorkers).
func FuzzWorkers(f *testing.F) {
	seeds := append([]string{string(sampleExport)}, fuzzSeeds...)
	if forms, err := os.ReadFile("sample_gforms.csv"); err == nil {
		seeds = append(seeds, string(forms[:min(len(forms), 6<<10)]))
	}
	progtest.FuzzWorkers(f, seeds, func(t testing.TB, file string, o csvio.Options) (string, error) {
		// The same bytes are read plainly, and through the Google Forms
		// column map: both must agree across -workers.
		plain, err1 := runWith(options{in: file, population: 100000, instrument: ikm.Instrument2017, nrrPlaces: 3, csv: o})
		forms, err2 := runWith(options{in: file, population: 100000, instrument: ikm.Instrument2017, nrrPlaces: 3, csv: o,
			columnsPath: "sample_gforms_columns.csv", json: true})
		return string(plain) + string(forms), errors.Join(err1, err2)
	})
}

func fuzzArgs(testing.TB) []string { return []string{"-in", "-", "-population", "2"} }
