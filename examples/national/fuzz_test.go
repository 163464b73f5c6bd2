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
	"unit,respondents,employees,BP,AK,KO,HA,LO,AD,KL\nA,420,3200,58.2,75.1,57.0,64.3,66.1,39.4,70.2\n",
	"KL,AD,LO,HA,KO,AK,BP,employees,respondents,unit\n1,1,1,1,1,1,1,10,10,\"A, B\"\n",
	"unit,respondents,employees,BP,AK,KO,HA,LO,AD,KL\nA,1,10,1e9999,1,1,1,1,1,1\n",
}

// FuzzWorkers: a units file gives the same report, or the same first
// error, on one goroutine and on four (progtest.FuzzWorkers).
func FuzzWorkers(f *testing.F) {
	seeds := append([]string{string(sample), string(sample) + "Instansi A,1,2,1,1,1,1,1,1,1\n"}, fuzzSeeds...)
	progtest.FuzzWorkers(f, seeds, func(t testing.TB, file string, o csvio.Options) (string, error) {
		var out bytes.Buffer
		err := run(&out, file, 5, o, nil, lang.EN)
		return out.String(), err
	})
}

func fuzzArgs(testing.TB) []string { return []string{"-in", "-"} }
