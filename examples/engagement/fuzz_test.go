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
	"respondent,unit,A,B,recommend\nP1,U,4,5,9\nP2,U,3,,\n",
	"B,A,unit,respondent\n1,2,V,P1\n",
	"\ufeff\"respondent\",unit,A,B\r\nP1,\"U\nV\",1,1\r\n",
}

// FuzzWorkers: an export gives the same report, or the same first error,
// on one goroutine and on four (progtest.FuzzWorkers).
func FuzzWorkers(f *testing.F) {
	seeds := append([]string{string(sampleExport[:4<<10]), string(sampleExport[:1<<10]) + "P0002,U,1,1,1,1,1,1,1,1,1,1,1,1,\n"}, fuzzSeeds...)
	progtest.FuzzWorkers(f, seeds, func(t testing.TB, file string, o csvio.Options) (string, error) {
		var out bytes.Buffer
		err := run(&out, options{in: file, instrument: "instrument.csv", minimum: 1, confidentiality: 1, csv: o, lang: lang.EN})
		return out.String(), err
	})
}

func fuzzArgs(t testing.TB) []string {
	return []string{"-in", "-", "-instrument", writeFile(t, "i.csv", "code,dimension,reverse\nA,D,no\nB,E,yes\n"), "-minimum", "1"}
}
