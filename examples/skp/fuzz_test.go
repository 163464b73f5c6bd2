package main

import (
	"bytes"
	"testing"

	"github.com/go-asn/berakhlak/examples/internal/csvio"
	"github.com/go-asn/berakhlak/examples/internal/lang"

	"github.com/go-asn/berakhlak/examples/internal/progtest"
)

// FuzzInput runs the program on any bytes from standard input: no
// panic; either a report on stdout and status 0, or nothing on stdout,
// one short "file:line: …" error on stderr and status 1.
func FuzzInput(f *testing.F) { progtest.Fuzz(f, realMain, fuzzSeeds, fuzzArgs) }

var fuzzSeeds = []string{
	header + "198501012010011001,Andi,Di Atas,Sesuai,Ahli Pertama,12\n198501012010011002,Budi,Sesuai,Sesuai,,\n",
	"perilaku_kerja,hasil_kerja,nama,nip\nSesuai,Sesuai,\"A,\nB\",198501012010011001\n",
}

// FuzzWorkers: an employee file gives the same table and distribution
// check, or the same first error, on one goroutine and on four
// (progtest.FuzzWorkers).
func FuzzWorkers(f *testing.F) {
	seeds := append([]string{string(sample), string(sample) + "198501012010011001,Andi,Sesuai,Sesuai,,\n"}, fuzzSeeds...)
	progtest.FuzzWorkers(f, seeds, func(t testing.TB, file string, o csvio.Options) (string, error) {
		var out bytes.Buffer
		err := run(&out, options{in: file, org: "Baik", places: 3, csv: o, lang: lang.EN})
		return out.String(), err
	})
}

func fuzzArgs(testing.TB) []string { return []string{"-in", "-", "-org", "Baik"} }
