package csvio

import (
	"encoding/csv"
	"errors"
	"io"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/google/go-cmp/cmp"
)

var fuzzSeeds = []string{
	"a,b\n1,2\n",
	"a,b\r\n1,2\r\n",
	" a , \"b\" \n\"x\"\"y\",\"multi\nline\"\n",
	"\"a\",\"b\"\n\"\",\"\"\n",
	"a\n\n\n1\r\n\r\nx\r",
	"a,\"b\nc",
	"a,b\"c\n",
	"\"a\" ,b\n",
	"\ufeff\"respondent\",b\n1,2\n",
	"a\u00a0,\u2028b, \"c\"\n",
	"a,\"\r\n\",\"\r\"\n",
	"\"a\rb\"\r",
	"x\xff,\"\xfe\"\n",
	// Long fields switch the scanner to byte searches.
	"R1,BP1;AK1;KO1;HA1;LO1;AD1;KL1;BP2;AK2,  SALING-MENYALAHKAN;EGO-SEKTORAL\r\nR2,x,\"y,z\"\n\n" + "a,b\n",
	"id,list\nR0000001,BIROKRATIS;HIERARKIS;LAMBAT;MENCARI-AMAN\n,,\nR2,\u00a0\u00a0KONTROL-BERLEBIHAN;GOTONG-ROYONG;RELIGIUS\rx",
}

// encodingCSV reads data with encoding/csv set as the scanner claims to
// behave: the records up to the first error, and whether there was one.
func encodingCSV(data string) ([][]string, bool) {
	r := csv.NewReader(strings.NewReader(data))
	r.TrimLeadingSpace = true
	r.FieldsPerRecord = -1
	var out [][]string
	for {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			return out, false
		}
		if err != nil {
			return out, true
		}
		out = append(out, rec)
	}
}

// scanAll reads data with the scanner, in reads of at most chunk bytes.
func scanAll(data string, chunk int) ([][]string, bool) {
	var in io.Reader = strings.NewReader(data)
	if chunk > 0 {
		in = iotest.HalfReader(in)
	}
	s := newScanner(in, len(data)+1)
	var out [][]string
	for {
		err := s.next()
		if errors.Is(err, io.EOF) {
			return out, false
		}
		if err != nil {
			return out, true
		}
		rec := make([]string, s.nfields())
		for i := range rec {
			rec[i] = string(s.field(i))
		}
		out = append(out, rec)
	}
}

// FuzzDifferential checks the scanner against encoding/csv: the same
// records, and an error for exactly the inputs it refuses.
func FuzzDifferential(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, data string) {
		want, wantErr := encodingCSV(data)
		for _, chunk := range []int{0, 1} {
			got, gotErr := scanAll(data, chunk)
			if gotErr != wantErr {
				t.Fatalf("%q: scanner error %v, encoding/csv error %v", data, gotErr, wantErr)
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Fatalf("%q: records (-encoding/csv +scanner):\n%s", data, diff)
			}
		}
	})
}

// FuzzReader checks the Reader on any input: no panic; an error is a
// *RowError of bounded length; a record has the header's width; reading
// in small pieces changes nothing.
func FuzzReader(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s, uint16(64))
	}
	f.Fuzz(func(t *testing.T, data string, maxLine uint16) {
		opts := Options{MaxLine: int(maxLine)%512 + 1}
		h1, recs1, err1 := readAll("f.csv", strings.NewReader(data), opts, true)
		h2, recs2, err2 := readAll("f.csv", iotest.OneByteReader(strings.NewReader(data)), opts, true)
		if diff := cmp.Diff(recs1, recs2); diff != "" || (err1 == nil) != (err2 == nil) || !cmp.Equal(h1, h2) {
			t.Fatalf("%q: whole reads %v, one-byte reads %v (-whole +bytes):\n%s", data, err1, err2, diff)
		}
		for _, rec := range recs1 {
			if len(rec) != len(h1) {
				t.Fatalf("%q: record %q, header %q", data, rec, h1)
			}
		}
		if err1 != nil {
			var re *RowError
			if !errors.As(err1, &re) || re.Line < 1 {
				t.Fatalf("%q: error %T %v", data, err1, err1)
			}
			if len(err1.Error()) > 600 {
				t.Fatalf("%q: error of %d bytes", data, len(err1.Error()))
			}
		}
	})
}
