package csvio

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/google/go-cmp/cmp"
)

// readAll reads every record of in as strings, or the first error.
func readAll(name string, in io.Reader, opts Options, unique bool) ([]string, [][]string, error) {
	r, err := NewReader(name, in, opts)
	if err != nil {
		return nil, nil, err
	}
	if unique {
		r.Unique(0, "id")
	}
	var out [][]string
	for {
		err := r.Next()
		if errors.Is(err, io.EOF) {
			return r.Header(), out, nil
		}
		if err != nil {
			return r.Header(), out, err
		}
		rec := make([]string, len(r.Header()))
		for i := range rec {
			rec[i] = r.Text(i)
		}
		out = append(out, rec)
	}
}

func TestReader(t *testing.T) {
	tests := []struct {
		name       string
		in         string
		wantHeader []string
		want       [][]string
		wantErr    string
	}{
		{name: "plain", in: "A,B\n1,2\n3,4\n", wantHeader: []string{"a", "b"}, want: [][]string{{"1", "2"}, {"3", "4"}}},
		{name: "spaces trimmed", in: " A , B \n 1 ,\t2 \n", wantHeader: []string{"a", "b"}, want: [][]string{{"1", "2"}}},
		{name: "crlf and no final newline", in: "a,b\r\n1,2\r\n3,4", wantHeader: []string{"a", "b"}, want: [][]string{{"1", "2"}, {"3", "4"}}},
		{name: "empty lines skipped", in: "a,b\n\n1,2\r\n\r\n", wantHeader: []string{"a", "b"}, want: [][]string{{"1", "2"}}},
		{name: "quoted fields", in: "a,b\n\"x,y\",\"he said \"\"hi\"\"\"\n \"multi\nline\",z\n", wantHeader: []string{"a", "b"},
			want: [][]string{{"x,y", `he said "hi"`}, {"multi\nline", "z"}}},
		// Fault 5: Excel's "CSV UTF-8" writes a BOM, then a quoted cell.
		{name: "BOM then quoted header", in: "\ufeff\"respondent\",\"b\"\n1,2\n", wantHeader: []string{"respondent", "b"}, want: [][]string{{"1", "2"}}},
		{name: "BOM", in: "\ufeffa\n1\n", wantHeader: []string{"a"}, want: [][]string{{"1"}}},
		{name: "empty", in: "", wantErr: "f.csv:1: empty file: no header row"},
		{name: "short row", in: "a,b,c\n1\n", wantHeader: []string{"a", "b", "c"}, wantErr: "f.csv:2: column b: missing: the row has 1 fields, want 3 (a,b,c)"},
		{name: "long row", in: "a,b\n1,2,3\n", wantHeader: []string{"a", "b"}, wantErr: "f.csv:2: the row has 3 fields, want 2 (a,b)"},
		{name: "bare quote", in: "a,b\n1,x\"y\n", wantHeader: []string{"a", "b"}, wantErr: `f.csv:2: a " in a field that does not start with a quote`},
		{name: "unclosed quote", in: "a,b\n1,\"xy\n", wantHeader: []string{"a", "b"}, wantErr: "f.csv:2: a quoted field is not closed"},
		{name: "UTF-16", in: "\xff\xfea\x00", wantErr: `f.csv:1: the file is UTF-16 text`},
		// Fault 4: CR-only line endings are refused with a way out.
		{name: "CR only", in: "a,b\r1,2\r3,4\r", wantErr: `f.csv:1: the lines end with a carriage return alone (old Mac line endings), so the file reads as one line: convert it first, e.g. tr '\r' '\n'`},
		{name: "line too long", in: "a\n" + strings.Repeat("x", 200) + "\n", wantHeader: []string{"a"}, wantErr: "f.csv:2: line longer than 100 bytes (the limit; raise it with -max-line)"},
		{name: "quoted record too long", in: "a\n\"" + strings.Repeat("x\n", 100) + "\"\n", wantHeader: []string{"a"}, wantErr: "f.csv:2: line longer than 100 bytes"},
		{name: "header too long", in: strings.Repeat("x", 200) + "\n", wantErr: "f.csv:1: line longer than 100 bytes"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			h, got, err := readAll("f.csv", strings.NewReader(tc.in), Options{MaxLine: 100}, false)
			if tc.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
					t.Errorf("error = %v, want %q", err, tc.wantErr)
				}
			} else if err != nil {
				t.Fatal(err)
			} else if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("records (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tc.wantHeader, h); diff != "" {
				t.Errorf("header (-want +got):\n%s", diff)
			}
		})
	}
}

// TestSmallReads reads through a reader that returns one byte at a time,
// so every record crosses a buffer refill.
func TestSmallReads(t *testing.T) {
	in := "a,b\n\"x\ny\",2\n3,\"4\"\"\"\n"
	_, got, err := readAll("f.csv", iotest.OneByteReader(strings.NewReader(in)), Options{}, false)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([][]string{{"x\ny", "2"}, {"3", `4"`}}, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// TestFault4LongCellNotEchoed checks that a huge cell is never repeated
// whole in an error message (fault 4).
func TestFault4LongCellNotEchoed(t *testing.T) {
	cell := strings.Repeat("z", 10<<20)
	tests := []struct{ name, in string }{
		{"CR-only 10 MB", "a,b\r" + cell + "\r"},
		{"10 MB cell", "a\n" + cell + "\n"},
		{"10 MB header", cell + "\n"},
		{"10 MB quoted", "a\n\"" + cell + "\"\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, _, err := readAll("f.csv", strings.NewReader(tc.in), Options{}, false)
			if err == nil {
				t.Fatal("no error")
			}
			if len(err.Error()) > 300 {
				t.Errorf("error is %d bytes long: %.300s…", len(err.Error()), err)
			}
		})
	}
}

func TestBind(t *testing.T) {
	cols := []Column{{Name: "respondent"}, {Name: "unit"}, {Name: "K1"}, {Name: "recommend", Optional: true}}
	tests := []struct {
		name, header string
		want         []int
		wantErr      string
	}{
		{"in order", "respondent,unit,K1,recommend", []int{0, 1, 2, 3}, ""},
		{"any order, any case", "K1,Recommend,UNIT,respondent", []int{3, 2, 0, 1}, ""},
		{"optional absent", "unit,respondent,k1", []int{1, 0, 2, -1}, ""},
		{"unknown", "respondent,unit,K1,K9", nil, `f.csv:1: column K9: unknown column: want respondent,unit,K1,recommend (optional)`},
		{"twice", "respondent,unit,K1,k1", nil, "f.csv:1: column K1: appears twice: as K1 (field 3) and k1 (field 4)"},
		{"missing", "respondent,K1", nil, "f.csv:1: column unit: missing"},
		{"odd name quoted", "respondent,unit,K1,\"a\x01b\"", nil, `f.csv:1: column "a\x01b": unknown column`},
		{"empty name", "respondent,unit,K1,", nil, `f.csv:1: column "": unknown column`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, err := NewReader("f.csv", strings.NewReader(tc.header+"\n"), Options{})
			if err != nil {
				t.Fatal(err)
			}
			got, err := r.Bind(cols...)
			if tc.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
					t.Errorf("error = %v, want %q", err, tc.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// onlyReader hides a reader's ReadAt, as standard input is.
type onlyReader struct{ io.Reader }

func TestUnique(t *testing.T) {
	var many strings.Builder
	many.WriteString("id,x\n")
	for i := range 5000 {
		many.WriteString("R")
		many.WriteString(strings.Repeat("0", 5))
		many.WriteString(string(rune('a' + i%26)))
		many.WriteString(strings.Repeat("b", i/26))
		many.WriteString(",1\n")
	}
	tests := []struct {
		name     string
		in       string
		seekable bool
		wantErr  string
	}{
		{"distinct", "id,x\nA,1\nB,2\n", true, ""},
		{"distinct, many", many.String(), true, ""},
		{"repeated", "id,x\nA,1\nB,2\nA,3\n", true, `f.csv:4: column id: "A" already on line 2`},
		{"repeated after spaces", "id,x\nA,1\n A ,3\n", true, `f.csv:3: column id: "A" already on line 2`},
		{"repeated after many", many.String() + "R00000a,2\n", true, `f.csv:5002: column id: "R00000a" already on line 2`},
		{"stdin: probably", "id,x\nA,1\nB,2\nA,3\n", false, `f.csv:4: column id: "A" is probably a duplicate of line 2 (the same 64-bit hash; f.csv cannot be re-read to confirm`},
		{"empty ids are not ids", "id,x\n,1\n,2\n", true, ""},
		{"a repeat before a bad row wins", "id,x\nA,1\nA,2\nB\n", true, `f.csv:3: column id: "A" already on line 2`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var in io.Reader = strings.NewReader(tc.in)
			if !tc.seekable {
				in = onlyReader{in}
			}
			_, _, err := readAll("f.csv", in, Options{}, true)
			if tc.wantErr == "" {
				if err != nil {
					t.Fatal(err)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
				t.Errorf("error = %v, want %q", err, tc.wantErr)
			}
		})
	}
}

// TestCollision forces every id onto one hash: the re-read tells
// different ids apart and still finds the real repeat.
func TestCollision(t *testing.T) {
	r, err := NewReader("f.csv", strings.NewReader("id\nA\nB\nC\nB\n"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	r.Unique(0, "id")
	var errs []string
	for {
		err := r.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			errs = append(errs, err.Error())
			break
		}
		// Replace the queued hash with a constant.
		for i := range r.ids.pending {
			r.ids.pending[i].h = 42
		}
	}
	if diff := cmp.Diff([]string{`f.csv:5: column id: "B" already on line 3`}, errs); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestErrorf(t *testing.T) {
	r, err := NewReader("f.csv", strings.NewReader("a,b\n1,2\n"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := r.Next(); err != nil {
		t.Fatal(err)
	}
	if got := r.Errorf("b", "bad %d", 2).Error(); got != "f.csv:2: column b: bad 2" {
		t.Errorf("Errorf = %q", got)
	}
	if got := r.Wrap("", errors.New("x")).Error(); got != "f.csv:2: x" {
		t.Errorf("Wrap = %q", got)
	}
	var re *RowError
	if !errors.As(r.Errorf("b", "x"), &re) || re.Line != 2 || re.Column != "b" {
		t.Errorf("RowError = %+v", re)
	}
}

func TestOpenStdin(t *testing.T) {
	in, err := Open("-", bytes.NewReader([]byte("a\n1\n")))
	if err != nil {
		t.Fatal(err)
	}
	defer in.Close()
	if _, ok := in.Reader.(io.ReaderAt); ok || in.Name != "stdin" {
		t.Errorf("stdin: name %q, ReaderAt %v", in.Name, ok)
	}
	if _, err := Open("/nonexistent/x.csv", nil); err == nil {
		t.Error("a missing file opened")
	}
}

// TestMaxLineLimit: a record's field offsets are int32, so a maximum line
// above 1 GiB is refused rather than read wrongly.
func TestMaxLineLimit(t *testing.T) {
	if _, err := NewReader("f.csv", strings.NewReader("a\n1\n"), Options{MaxLine: 1<<30 + 1}); err == nil || !strings.Contains(err.Error(), "f.csv: a maximum line of 1073741825 bytes") {
		t.Errorf("MaxLine above 1 GiB: %v", err)
	}
	if _, err := NewReader("f.csv", strings.NewReader("a\n1\n"), Options{MaxLine: 1 << 30}); err != nil {
		t.Errorf("MaxLine of 1 GiB: %v", err)
	}
}

// TestCheckMaxLine: a -max-line of 0 or less, or over 1 GiB, is a bad
// flag (issue 23, item 12: 0 and -1 silently meant the default).
func TestCheckMaxLine(t *testing.T) {
	tests := []struct {
		n       int
		wantErr string
	}{
		{-1, "-max-line -1: want 1 to 1073741824 bytes (1 GiB)"},
		{0, "-max-line 0: want 1 to 1073741824 bytes (1 GiB)"},
		{1, ""},
		{DefaultMaxLine(), ""},
		{1 << 30, ""},
		{1<<30 + 1, "-max-line 1073741825: want 1 to 1073741824 bytes (1 GiB)"},
	}
	for _, tc := range tests {
		got := ""
		if err := CheckMaxLine(tc.n); err != nil {
			got = err.Error()
		}
		if diff := cmp.Diff(tc.wantErr, got); diff != "" {
			t.Errorf("CheckMaxLine(%d) (-want +got):\n%s", tc.n, diff)
		}
	}
}
