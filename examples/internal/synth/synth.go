// Package synth writes synthetic survey exports in the shape of real ones,
// for the programs' benchmarks and for the 2-million-row files of the
// README's end-to-end figures. The data is invented, from fixed seeds.
package synth

import (
	"bufio"
	"bytes"
	"io"
	"math/rand/v2"
	"strconv"
	"strings"

	"github.com/go-asn/berakhlak/akhlak"
)

// WriteRatings writes a rating export of n respondents to w: the header
// (respondent, then the 21 behaviour codes), then a row per respondent of
// an id and 21 answers on 1–5, about one in 40 blank. The answers come
// from the seed.
func WriteRatings(w io.Writer, n int, seed uint64) error {
	rng := rand.New(rand.NewPCG(seed, seed+1))
	b := bufio.NewWriter(w)
	b.WriteString("respondent")
	for _, c := range akhlak.Behaviours() {
		b.WriteString("," + c.Code())
	}
	b.WriteByte('\n')
	for i := range n {
		writeID(b, i)
		for range 21 {
			b.WriteByte(',')
			if rng.IntN(40) != 0 {
				b.WriteByte(byte('1' + rng.IntN(5)))
			}
		}
		b.WriteByte('\n')
	}
	return b.Flush()
}

// WriteBallots writes a ballot export of n respondents to w: the header
// (respondent, personal, current, desired), then a row per respondent of
// an id and three lists of 6 to 10 distinct codes of codes, separated by
// ";". The picks come from the seed.
func WriteBallots(w io.Writer, n int, codes []string, seed uint64) error {
	rng := rand.New(rand.NewPCG(seed, seed+1))
	b := bufio.NewWriter(w)
	b.WriteString("respondent,personal,current,desired\n")
	for i := range n {
		writeID(b, i)
		for range 3 {
			b.WriteByte(',')
			for j, k := range rng.Perm(len(codes))[:6+rng.IntN(5)] {
				if j > 0 {
					b.WriteByte(';')
				}
				b.WriteString(codes[k])
			}
		}
		b.WriteByte('\n')
	}
	return b.Flush()
}

// writeID writes the id of respondent i, R and seven digits.
func writeID(b *bufio.Writer, i int) {
	id := strconv.Itoa(i)
	b.WriteByte('R')
	b.WriteString(strings.Repeat("0", max(0, 7-len(id))))
	b.WriteString(id)
}

// Ratings returns WriteRatings' export.
func Ratings(n int, seed uint64) []byte {
	var b bytes.Buffer
	_ = WriteRatings(&b, n, seed) // a bytes.Buffer does not fail
	return b.Bytes()
}

// Ballots returns WriteBallots' export.
func Ballots(n int, codes []string, seed uint64) []byte {
	var b bytes.Buffer
	_ = WriteBallots(&b, n, codes, seed) // a bytes.Buffer does not fail
	return b.Bytes()
}

// OptionCodes returns the codes of an instrument's options: the 21
// behaviours, then the first field of each row of instrument, a CSV file
// whose first row is its header (as examples/report reads with
// -instrument).
func OptionCodes(instrument []byte) []string {
	var codes []string
	for _, b := range akhlak.Behaviours() {
		codes = append(codes, b.Code())
	}
	rows := strings.Split(strings.TrimSpace(string(instrument)), "\n")
	for _, row := range rows[1:] {
		code, _, _ := strings.Cut(row, ",")
		codes = append(codes, strings.TrimSpace(code))
	}
	return codes
}
