package berakhlak_test

import (
	"bufio"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// idRows is the number of rows of BenchmarkDuplicateCheckMemory's inputs:
// the README's "2-million-row file".
const idRows = 2_000_000

// An idProgram is an example program that checks an input's ids for
// duplicates, and how to give it a large input.
type idProgram struct {
	name  string
	args  []string                     // besides -in FILE (or -in -) and -allow-duplicates
	write func(w *bufio.Writer, n int) // writes an input of n rows, ids unique
}

// idPrograms are the programs whose duplicate check can be turned off
// (national, whose units are always checked, reads a few hundred units).
var idPrograms = []idProgram{
	{"report", nil, func(w *bufio.Writer, n int) {
		rng := rand.New(rand.NewPCG(1, 2))
		w.WriteString("respondent")
		for _, v := range []string{"BP", "AK", "KO", "HA", "LO", "AD", "KL"} {
			fmt.Fprintf(w, ",%s1,%s2,%s3", v, v, v)
		}
		w.WriteByte('\n')
		for i := range n {
			fmt.Fprintf(w, "R%07d", i)
			for range 21 {
				w.WriteByte(',')
				w.WriteByte(byte('1' + rng.IntN(5)))
			}
			w.WriteByte('\n')
		}
	}},
	{"skp", nil, func(w *bufio.Writer, n int) {
		ratings := []string{"Di Atas Ekspektasi", "Sesuai Ekspektasi", "Di Bawah Ekspektasi"}
		rng := rand.New(rand.NewPCG(3, 4))
		w.WriteString("nip,nama,hasil_kerja,perilaku_kerja\n")
		for i := range n {
			fmt.Fprintf(w, "19850101%010d,Pegawai Contoh %d,%s,%s\n", i, i, ratings[rng.IntN(3)], ratings[rng.IntN(3)])
		}
	}},
	{"ikm", []string{"-population", "100000000"}, func(w *bufio.Writer, n int) {
		rng := rand.New(rand.NewPCG(5, 6))
		w.WriteString("respondent,U1,U2,U3,U4,U5,U6,U7,U8,U9\n")
		for i := range n {
			fmt.Fprintf(w, "R%07d", i)
			for range 9 {
				w.WriteByte(',')
				w.WriteByte(byte('1' + rng.IntN(4)))
			}
			w.WriteByte('\n')
		}
	}},
	{"engagement", []string{"-instrument", "examples/engagement/instrument.csv"}, func(w *bufio.Writer, n int) {
		rng := rand.New(rand.NewPCG(7, 8))
		w.WriteString("respondent,unit,K1,K2,K3,K4,B1,B2,B3,B4,M1,M2,M3,M4,recommend\n")
		for i := range n {
			fmt.Fprintf(w, "P%07d,Unit %d", i, i%20)
			for range 12 {
				w.WriteByte(',')
				w.WriteByte(byte('1' + rng.IntN(5)))
			}
			fmt.Fprintf(w, ",%d\n", rng.IntN(11))
		}
	}},
}

// BenchmarkDuplicateCheckMemory measures what the duplicate-id check costs
// each program, in the README's terms: the peak resident memory of a run
// with the check less that of the same run with -allow-duplicates, per
// id, for a file of 2 million rows on one core ("B/id-file", -workers 1)
// and on every core ("B/id-file-cores"), and for the same rows on
// standard input, a pipe ("B/id-stdin"). It runs the programs as a
// user does, built, and reads the peak from the kernel (getrusage's
// ru_maxrss, through the small starter testdata/peakrss), so it counts
// what the garbage collector lets the heap grow to around the table, not
// only the table. Each figure is the median of three runs with the check
// less the median of three without.
//
//	go test -run '^$' -bench DuplicateCheckMemory .
func BenchmarkDuplicateCheckMemory(b *testing.B) {
	files := moduleFiles(b)
	var names []string
	for _, p := range idPrograms {
		names = append(names, p.name)
	}
	bin := buildPrograms(b, files, names)
	peakrss := filepath.Join(b.TempDir(), "peakrss")
	if out, err := exec.Command("go", "build", "-o", peakrss, "./testdata/peakrss").CombinedOutput(); err != nil {
		b.Fatalf("go build ./testdata/peakrss: %v\n%s", err, out)
	}
	root, err := os.Getwd()
	if err != nil {
		b.Fatal(err)
	}
	for _, p := range idPrograms {
		b.Run(p.name, func(b *testing.B) {
			input := filepath.Join(b.TempDir(), "in.csv")
			f, err := os.Create(input)
			if err != nil {
				b.Fatal(err)
			}
			w := bufio.NewWriterSize(f, 1<<20)
			p.write(w, idRows)
			if err := w.Flush(); err != nil {
				b.Fatal(err)
			}
			if err := f.Close(); err != nil {
				b.Fatal(err)
			}
			peak := func(stdin bool, args ...string) int64 {
				var rss []int64
				for range 3 {
					rss = append(rss, peakRSS(b, peakrss, filepath.Join(bin, p.name), root, input, stdin, append(slices.Clone(p.args), args...)...))
				}
				slices.Sort(rss)
				return rss[1]
			}
			b.ResetTimer()
			for range b.N {
				for _, m := range []struct {
					unit  string
					stdin bool
					args  []string
				}{
					{"B/id-file", false, []string{"-workers", "1"}},
					{"B/id-file-cores", false, nil}, // every core: the parts' hashes, then a table per range
					{"B/id-stdin", true, nil},
				} {
					with, without := peak(m.stdin, m.args...), peak(m.stdin, append(m.args, "-allow-duplicates")...)
					b.ReportMetric(float64(with-without)/idRows, m.unit)
				}
			}
		})
	}
}

// peakRSS runs program in dir on input, as -in FILE or on standard input
// through a pipe, with args, under peakrss, and returns its peak resident
// memory in bytes.
func peakRSS(b *testing.B, peakrss, program, dir, input string, stdin bool, args ...string) int64 {
	b.Helper()
	cmd := exec.Command(peakrss)
	if stdin {
		cmd.Args = append(cmd.Args, "-stdin", input, program, "-in", "-")
	} else {
		cmd.Args = append(cmd.Args, program, "-in", input)
	}
	cmd.Args = append(cmd.Args, args...)
	cmd.Dir = dir
	var errOut strings.Builder
	cmd.Stderr = &errOut
	out, err := cmd.Output()
	if err != nil {
		b.Fatalf("%s: %v\n%s", strings.Join(cmd.Args, " "), err, errOut.String())
	}
	n, err := strconv.ParseInt(strings.TrimSpace(string(out)), 10, 64)
	if err != nil {
		b.Fatalf("%s: %v", strings.Join(cmd.Args, " "), err)
	}
	return n
}
