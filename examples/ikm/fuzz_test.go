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
	"respondent,U1,U2,U3,U4,U5,U6,U7,U8,U9\nA,4,4,4,4,4,4,4,1,3\nB,3,3,3,3,3,3,3,2,3\n",
	"Sarana dan Prasarana,RESPONDENT,Persyaratan,\"Sistem, Mekanisme dan Prosedur\",waktu penyelesaian,Biaya/Tarif,Produk Spesifikasi Jenis Pelayanan,Kompetensi Pelaksana,Perilaku_Pelaksana,\"Penanganan Pengaduan, Saran dan Masukan\"\n3,A,4,4,4,4,4,4,4,1\n",
}

func fuzzArgs(testing.TB) []string { return []string{"-in", "-", "-population", "2"} }
