package main

import (
	"testing"

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

func fuzzArgs(testing.TB) []string { return []string{"-in", "-", "-org", "Baik"} }
