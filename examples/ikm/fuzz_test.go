package main

import (
	"bytes"
	"strings"
	"testing"
)

// FuzzInput runs the program on any bytes from standard input: no
// panic; either a report on stdout and status 0, or nothing on stdout,
// one short "file:line: …" error on stderr and status 1.
func FuzzInput(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		got := runMain(string(data), fuzzArgs(t)...)
		switch got.Status {
		case 0:
			if got.Stdout == "" || got.Stderr != "" {
				t.Fatalf("%+v", got)
			}
		case 1:
			if got.Stdout != "" || strings.Count(got.Stderr, "\n") != 1 || len(got.Stderr) > 1000 {
				t.Fatalf("%+v", got)
			}
		default:
			t.Fatalf("%+v", got)
		}
	})
}

var fuzzSeeds = []string{
	"respondent,U1,U2,U3,U4,U5,U6,U7,U8,U9\nA,4,4,4,4,4,4,4,1,3\nB,3,3,3,3,3,3,3,2,3\n",
	"Sarana dan Prasarana,RESPONDENT,Persyaratan,\"Sistem, Mekanisme dan Prosedur\",waktu penyelesaian,Biaya/Tarif,Produk Spesifikasi Jenis Pelayanan,Kompetensi Pelaksana,Perilaku_Pelaksana,\"Penanganan Pengaduan, Saran dan Masukan\"\n3,A,4,4,4,4,4,4,4,1\n",
}

func fuzzArgs(*testing.T) []string { return []string{"-in", "-", "-population", "2"} }

type result struct {
	Status         int
	Stdout, Stderr string
}

func runMain(stdin string, args ...string) result {
	var out, errOut bytes.Buffer
	st := realMain(args, strings.NewReader(stdin), &out, &errOut)
	return result{st, out.String(), errOut.String()}
}
