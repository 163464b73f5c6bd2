package csvio

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// records is what collect makes of a file: every record's fields, in
// order, and whether read was called on a part.
type records struct {
	rows  [][]string
	parts int
}

// collect reads every record, checking ids in the first column when
// unique, as a program does: a record whose first field is "bad" is an
// error naming its line.
func collect(unique bool, calls *atomic.Int32) func(*Reader) (records, error) {
	return func(r *Reader) (records, error) {
		calls.Add(1)
		var out records
		if r.part != nil {
			out.parts = 1
		}
		if unique {
			r.Unique(0, "id")
		}
		for {
			err := r.Next()
			if errors.Is(err, io.EOF) {
				return out, nil
			}
			if err != nil {
				return records{}, err
			}
			if string(r.Field(0)) == "bad" {
				return records{}, r.Errorf("id", "a bad row")
			}
			row := make([]string, len(r.Header()))
			for i := range row {
				row[i] = r.Text(i)
			}
			out.rows = append(out.rows, row)
		}
	}
}

func appendRecords(acc, next records) (records, error) {
	acc.rows = append(acc.rows, next.rows...)
	acc.parts += next.parts
	return acc, nil
}

// readBoth reads data on one goroutine and on workers, each part at least
// minPart bytes, and returns both results and errors, and how many
// times read was called on the second reading.
func readBoth(t *testing.T, data string, unique bool, workers, minPart int) (one, many records, calls int32, err1, err2 error) {
	t.Helper()
	var c1, c2 atomic.Int32
	one, err1 = Read("f.csv", bytes.NewReader([]byte(data)), Options{MaxLine: 1 << 10}, collect(unique, &c1), appendRecords)
	many, err2 = Read("f.csv", bytes.NewReader([]byte(data)), Options{MaxLine: 1 << 10, Workers: workers, MinPart: minPart}, collect(unique, &c2), appendRecords)
	return one, many, c2.Load(), err1, err2
}

// sameAsOne checks that reading data on workers gives what one goroutine
// gives: the same records in the same order, or the same error.
func sameAsOne(t *testing.T, data string, unique bool, workers, minPart int) (parts int, err error) {
	t.Helper()
	one, many, _, err1, err2 := readBoth(t, data, unique, workers, minPart)
	if fmt.Sprint(err1) != fmt.Sprint(err2) {
		t.Fatalf("workers %d, parts of %d bytes: error %v, one goroutine: %v\n%q", workers, minPart, err2, err1, data)
	}
	if diff := cmp.Diff(one.rows, many.rows); diff != "" {
		t.Fatalf("workers %d, parts of %d bytes: records differ (-one +many):\n%s\n%q", workers, minPart, diff, data)
	}
	return many.parts, err2
}

// TestReadCuts cuts files at every awkward place: inside a quoted field
// with a line break, at a CRLF, after a byte order mark, at an empty
// line, at a duplicate whose copies fall in different parts, at a bad row
// in a later part than another bad row.
func TestReadCuts(t *testing.T) {
	var clean strings.Builder
	clean.WriteString("id,a,b\n")
	for i := range 200 {
		fmt.Fprintf(&clean, "R%d,%d,x%d\n", i, i%7, i)
	}
	tests := []struct {
		name    string
		data    string
		unique  bool
		wantErr string // "" for none
	}{
		{"clean", clean.String(), true, ""},
		{"quoted line breaks", "id,a,b\n" + strings.Repeat("R,\"one\ntwo\nthree\",\"x\"\"y\"\n", 60), false, ""},
		{"quoted line breaks, long", "id,a,b\n" + strings.Repeat("R,\"one\nt\nw\no\n\nthree\",x\nS,1,2\n", 40), false, ""},
		{"CRLF", strings.ReplaceAll(clean.String(), "\n", "\r\n"), true, ""},
		{"BOM", "\ufeff" + clean.String(), true, ""},
		{"empty lines", strings.ReplaceAll(clean.String(), "\n", "\n\n"), true, ""},
		{"duplicate across parts", clean.String() + "R3,1,y\n", true, `f.csv:202: column id: "R3" already on line 5`},
		{"duplicate at the ends", "id,a,b\nR0,1,2\n" + strings.Repeat("S,1,2\n", 0) + clean.String()[len("id,a,b\n"):], true, `column id: "R0" already on line 2`},
		{"two bad rows", strings.Replace(strings.Replace(clean.String(), "R150,", "bad,", 1), "R20,", "bad,", 1), true, "f.csv:22: column id: a bad row"},
		{"short row late", clean.String() + "R999,1\n", true, "f.csv:202: column b: missing"},
		{"open quote at the end", clean.String() + "R999,\"1,2\n", true, "f.csv:202: a quoted field is not closed"},
		{"bare quote", strings.Replace(clean.String(), "x100\n", "x\"100\n", 1), true, "f.csv:102: a \" in a field"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			for _, workers := range []int{2, 3, 4, 8} {
				for _, minPart := range []int{1, 7, 64, 500} {
					_, err := sameAsOne(t, tc.data, tc.unique, workers, minPart)
					if (err == nil) != (tc.wantErr == "") || err != nil && !strings.Contains(err.Error(), tc.wantErr) {
						t.Fatalf("workers %d, parts of %d: error %v, want %q", workers, minPart, err, tc.wantErr)
					}
				}
			}
		})
	}
}

// TestReadUsesParts checks that a clean file is read in parts, once each,
// and not a second time.
func TestReadUsesParts(t *testing.T) {
	var b strings.Builder
	b.WriteString("id,a\n")
	for i := range 1000 {
		fmt.Fprintf(&b, "R%d,\"%d\"\n", i, i)
	}
	one, many, calls, err1, err2 := readBoth(t, b.String(), true, 4, 100)
	if err1 != nil || err2 != nil {
		t.Fatal(err1, err2)
	}
	if many.parts != 4 || calls != 4 || one.parts != 0 {
		t.Errorf("read in %d parts with %d calls (one goroutine: %d parts), want 4 and 4", many.parts, calls, one.parts)
	}
	// Standard input is read on one goroutine.
	var c atomic.Int32
	in, _ := Open("-", strings.NewReader(b.String()))
	got, err := Read("stdin", in, Options{Workers: 4, MinPart: 1}, collect(true, &c), appendRecords)
	if err != nil || got.parts != 0 || c.Load() != 1 || len(got.rows) != 1000 {
		t.Errorf("standard input: %d parts, %d calls, %d rows, %v", got.parts, c.Load(), len(got.rows), err)
	}
}

// TestReadMergeError: an error from merge makes Read read the file again
// on one goroutine, whose result is returned.
func TestReadMergeError(t *testing.T) {
	var b strings.Builder
	b.WriteString("id\n")
	for i := range 100 {
		fmt.Fprintf(&b, "R%d\n", i)
	}
	var calls atomic.Int32
	refuse := func(acc, next records) (records, error) { return acc, errors.New("refused") }
	got, err := Read("f.csv", strings.NewReader(b.String()), Options{Workers: 3, MinPart: 1}, collect(false, &calls), refuse)
	if err != nil || got.parts != 0 || len(got.rows) != 100 || calls.Load() != 4 {
		t.Errorf("%d parts, %d rows, %d calls, %v; want the single reading after three parts", got.parts, len(got.rows), calls.Load(), err)
	}
}

// FuzzRead: any input gives, on several goroutines, the records and the
// first error that one goroutine gives.
func FuzzRead(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s, uint8(3), uint8(4))
	}
	f.Add("id,a\nR1,2\nR2,3\nR1,4\n", uint8(2), uint8(1))
	f.Add("id,a\nR1,\"2\n\"\nR2,3\n\"R3\",\"\"\"\"\n", uint8(4), uint8(2))
	f.Fuzz(func(t *testing.T, data string, workers, minPart uint8) {
		if len(data) > 1<<12 {
			return
		}
		sameAsOne(t, data, true, int(workers%8)+2, int(minPart%32)+1)
	})
}
