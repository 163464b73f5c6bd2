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
	"unit,respondents,employees,BP,AK,KO,HA,LO,AD,KL\nA,420,3200,58.2,75.1,57.0,64.3,66.1,39.4,70.2\n",
	"KL,AD,LO,HA,KO,AK,BP,employees,respondents,unit\n1,1,1,1,1,1,1,10,10,\"A, B\"\n",
	"unit,respondents,employees,BP,AK,KO,HA,LO,AD,KL\nA,1,10,1e9999,1,1,1,1,1,1\n",
}

func fuzzArgs(*testing.T) []string { return []string{"-in", "-"} }
