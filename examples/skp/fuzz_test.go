package main

import (
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
	header + "198501012010011001,Andi,Di Atas,Sesuai,Ahli Pertama,12\n198501012010011002,Budi,Sesuai,Sesuai,,\n",
	"perilaku_kerja,hasil_kerja,nama,nip\nSesuai,Sesuai,\"A,\nB\",198501012010011001\n",
}

func fuzzArgs(*testing.T) []string { return []string{"-in", "-", "-org", "Baik"} }
