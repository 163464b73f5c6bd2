// Package csvio is the one reading layer of the example programs: it
// reads the CSV exports they take, streaming, in constant memory, so that
// every program treats its input the same way.
//
// # What it accepts
//
//   - CSV as encoding/csv reads it (RFC 4180 quotes, embedded commas,
//     quotes and newlines in quoted fields), with leading white space of
//     a field dropped before a quote is looked for, trailing white space
//     dropped after, and empty lines skipped; "\n" or "\r\n" line endings.
//   - A UTF-8 byte order mark is dropped before anything else is read, so
//     Excel's "CSV UTF-8" (`\ufeff"respondent",…`) reads like plain CSV.
//   - A header row whose cells are matched by name, in any order and any
//     case ([Reader.Bind]): an unknown, missing or repeated column is an
//     error naming it.
//
// # What it refuses
//
//   - A record longer than the limit (1 MiB by default, [Options].MaxLine):
//     memory stays bounded whatever the input.
//   - Old-Mac line endings, a lone "\r": the whole file would be one line.
//     The error says so and how to convert the file (tr '\r' '\n').
//   - UTF-16 (a UTF-16 byte order mark): the error asks for "CSV UTF-8".
//   - A row with too few or too many fields, a bare or unclosed quote.
//
// Every error is a *[RowError], "file:line: column NAME: reason", and no
// error repeats more than about 80 bytes of the input.
//
// # Duplicates
//
// [Reader.Unique] makes a column an id that may not repeat. The reader
// keeps a 64-bit hash of each id (hash/maphash), not the id, in an
// open-addressing table of 8 bytes a slot. For a file, the table is sized
// once, from the file's size and the length of its first rows, at about
// 10 bytes per id (20 MB for 2 million rows, ~43 MB for the 4.3 million
// respondents of a national survey); on Linux it asks for huge pages,
// since its slots are written at random. When the size is not known
// (standard input) the table grows by half when seven eighths full and
// also keeps each id's line, 4 bytes more a slot, to name it: 14–21
// bytes per id, and up to ~38 while it grows (76 MB for 2 million ids).
// A hash hit is confirmed by re-reading the input from the start when it
// is an [io.ReaderAt] (a file), so a report of a duplicate is certain and
// names the line of the first occurrence; otherwise it is reported as
// "probably a duplicate of line N" (two different ids share a 64-bit hash
// with a chance of about n²/2⁶⁵: 1 in 2 million for 4.3 million ids).
//
// # Every core
//
// [Read] reads a file on Options.Workers goroutines: the records after the
// header are cut at line ends into parts, each read by its own Reader
// (the header, then the part) into its own value, a tally, and the values
// merged in file order. What one goroutine gives is the rule: any error,
// or an id that may repeat across parts, makes Read read the file again
// on one goroutine, so that the output and the first error are the same
// whatever the number of goroutines. Standard input is read on one.
//
// # Speed
//
// A line without a quote is cut in place, over a large reused buffer,
// with no allocation and no copy: a line of short fields eight bytes at a
// time, a line of long fields with byte searches. Its fields are kept as
// offsets, and nothing is trimmed unless a field starts or ends with
// white space or a byte outside ASCII; only a line with a quote takes the
// full quoting rules (see scanner). Ids are hashed from the buffer's
// bytes and looked up in batches whose table slots are loaded first, so
// that their cache misses overlap. [Reader.Ints] parses small integer
// cells by byte arithmetic, and [Reader.Window] lets a parser load whole
// words of a field.
package csvio

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/go-asn/berakhlak/internal/text"
)

// defaultMaxLine is the longest record read when Options.MaxLine is 0.
const defaultMaxLine = 1 << 20

// maxMaxLine is the largest Options.MaxLine: a field's offsets within a
// record are int32.
const maxMaxLine = 1 << 30

// DefaultMaxLine returns the longest record a Reader reads by default:
// 1 MiB.
func DefaultMaxLine() int { return defaultMaxLine }

// CheckMaxLine returns an error for a -max-line flag of n bytes, for a
// program to report as a bad flag: n must be 1 to 1 GiB. (Options.MaxLine
// 0 means the default; the flag's value is never 0, its default is
// DefaultMaxLine.)
func CheckMaxLine(n int) error {
	if n < 1 || n > maxMaxLine {
		return fmt.Errorf("-max-line %d: want 1 to %d bytes (1 GiB)", n, maxMaxLine)
	}
	return nil
}

// Options changes a Reader's defaults.
type Options struct {
	// MaxLine is the longest record in bytes (a line, or the lines a
	// quoted field spans); 0 means DefaultMaxLine(), and more than 1 GiB
	// is an error.
	MaxLine int
	// Workers is how many goroutines [Read] reads a file on; 0 or 1 is
	// one, the reading of NewReader.
	Workers int
	// MinPart is the fewest bytes of records [Read] gives a goroutine;
	// 0 means 4 MiB. Tests set it small to cut small files.
	MinPart int
}

// RowError is a bad file, row or cell: the file, the 1-based line, the
// column's name as errors print it (empty when the error is about the
// whole row) and the reason.
type RowError struct {
	File   string
	Line   int
	Column string
	Err    error
}

// Error returns "file:line: column NAME: reason", or "file:line: reason"
// when the error is not about one column.
func (e *RowError) Error() string {
	if e.Column == "" {
		return fmt.Sprintf("%s:%d: %v", e.File, e.Line, e.Err)
	}
	return fmt.Sprintf("%s:%d: column %s: %v", e.File, e.Line, e.Column, e.Err)
}

// Unwrap returns the reason.
func (e *RowError) Unwrap() error { return e.Err }

// Reader reads a CSV file with a header row, one record at a time.
type Reader struct {
	name   string
	src    io.Reader
	opts   Options
	s      *scanner
	header []string // lower case, trimmed
	raw    []string // as written, trimmed
	names  []string // each column's name as errors print it
	line   int
	err    error // sticky: once Next fails, it keeps failing

	ids  *idSet // nil: ids are not checked
	part *part  // nil, or the part of a file this Reader reads (see Read)
}

// NewReader reads the header row from r and returns a Reader for the
// rest. name is the file's name, used in every error. When r is an
// [io.ReaderAt] positioned at its start (an *os.File, a *bytes.Reader),
// [Reader.Unique] confirms duplicates by re-reading it.
func NewReader(name string, r io.Reader, opts Options) (*Reader, error) {
	return newReader(name, r, opts, nil)
}

func newReader(name string, r io.Reader, opts Options, p *part) (*Reader, error) {
	if opts.MaxLine <= 0 {
		opts.MaxLine = defaultMaxLine
	}
	if opts.MaxLine > maxMaxLine {
		return nil, fmt.Errorf("%s: a maximum line of %d bytes is more than the %d (1 GiB) a record may have", name, opts.MaxLine, maxMaxLine)
	}
	if in, ok := r.(*Input); ok {
		r = in.Reader // a file's ReadAt, if any, confirms duplicates
	}
	s := newScanner(r, opts.MaxLine)
	rd := &Reader{name: name, src: r, opts: opts, s: s, line: 1, part: p}
	if err := rd.start(); err != nil {
		return nil, err
	}
	return rd, nil
}

// start drops a byte order mark, refuses UTF-16 and CR-only line endings,
// and reads the header.
func (r *Reader) start() error {
	s := r.s
	// Buffer the first line, or as much of it as a record may have.
	for bytes.IndexByte(s.buf[s.pos:s.end], '\n') < 0 && s.end-s.pos <= s.max && s.fill() {
	}
	data := s.buf[s.pos:s.end]
	switch {
	case bytes.HasPrefix(data, []byte("\xEF\xBB\xBF")):
		s.pos += 3
		data = data[3:]
	case bytes.HasPrefix(data, []byte("\xFF\xFE")), bytes.HasPrefix(data, []byte("\xFE\xFF")):
		return r.errAt(1, "", errors.New("the file is UTF-16 text: save it as \"CSV UTF-8\" (comma delimited)"))
	}
	if i := bytes.IndexByte(data, '\r'); i >= 0 && i+1 < len(data) && data[i+1] != '\n' {
		if j := bytes.IndexByte(data, '\n'); j < 0 || i < j {
			return r.errAt(1, "", errors.New(`the lines end with a carriage return alone (old Mac line endings), so the file reads as one line: convert it first, e.g. tr '\r' '\n' < in.csv > out.csv`))
		}
	}
	err := s.next()
	if errors.Is(err, io.EOF) {
		return r.errAt(1, "", errors.New("empty file: no header row"))
	}
	if err != nil {
		return r.errAt(max(s.recLine, 1), "", err)
	}
	r.line = s.recLine
	for i := range s.nfields() {
		c := trimRight(s.field(i))
		r.raw = append(r.raw, string(c))
		r.header = append(r.header, strings.ToLower(string(c)))
	}
	r.names = make([]string, len(r.raw))
	for i, h := range r.raw {
		r.names[i] = columnName(h)
	}
	return nil
}

// columnName is how an error names a header cell: as written when it is
// a plain name, quoted (and cut) otherwise.
func columnName(h string) string {
	if h == "" || len(h) > 40 || !utf8.ValidString(h) {
		return text.Quote(h)
	}
	for _, c := range h {
		if c == '"' || !unicode.IsPrint(c) {
			return text.Quote(h)
		}
	}
	return h
}

// Name returns the file's name.
func (r *Reader) Name() string { return r.name }

// Header returns the header row, trimmed and in lower case. The slice
// must not be changed.
func (r *Reader) Header() []string { return r.header }

// Line returns the line of the record last read (of its first line, when
// a quoted field spans several).
func (r *Reader) Line() int { return r.line }

// Next reads the next record. It returns io.EOF after the last one, and a
// *RowError for a malformed record (bad quotes, wrong number of fields,
// a line over the limit) or a repeated id.
func (r *Reader) Next() error {
	if r.err != nil {
		return r.err
	}
	if r.part != nil && r.part.stop.Load() {
		r.err = errStopped
		return r.err
	}
	s := r.s
	err := s.next()
	if err != nil {
		if errors.Is(err, io.EOF) {
			if err := r.flushIDs(); err != nil {
				r.err = err
				return err
			}
			r.err = io.EOF
			return io.EOF
		}
		if derr := r.flushIDs(); derr != nil {
			r.err = derr
			return derr
		}
		r.err = r.errAt(s.recLine, "", err)
		return r.err
	}
	r.line = s.recLine
	if !s.plain {
		// Trailing white space; a plain record has none.
		for i, c := range s.fields {
			if n := len(c); n > 0 && (c[n-1] >= utf8.RuneSelf || isSpaceASCII[c[n-1]]) {
				s.fields[i] = trimRight(c)
			}
		}
	}
	if nf := s.nfields(); nf != len(r.header) {
		if derr := r.flushIDs(); derr != nil {
			r.err = derr
			return derr
		}
		want := strconv.Itoa(len(r.header)) + " (" + strings.Join(r.names, ",") + ")"
		if len(want) > 120 {
			want = strconv.Itoa(len(r.header))
		}
		if nf < len(r.header) {
			r.err = r.errAt(r.line, r.names[nf], fmt.Errorf("missing: the row has %d fields, want %s", nf, want))
		} else {
			r.err = r.errAt(r.line, "", fmt.Errorf("the row has %d fields, want %s", nf, want))
		}
		return r.err
	}
	if r.ids != nil {
		if err := r.ids.add(r, s.field(r.ids.col), r.line); err != nil {
			r.err = err
			return err
		}
	}
	return nil
}

// Field returns the i-th field of the record last read, trimmed. It is
// valid until the next call to Next, and must not be changed.
func (r *Reader) Field(i int) []byte { return r.s.field(i) }

// Ints reads small integers from the record last read: for each k, the
// field cols[k] into dst[k]. An empty field is missing; any other must be
// one to three decimal digits, without sign or space, between lo and hi
// (hi at most 127). It returns the first k whose field is not, or -1. It
// parses by byte arithmetic, without strconv or allocation.
func (r *Reader) Ints(cols []int, lo, hi int, missing int8, dst []int8) int {
	s := r.s
	if !s.plain {
		for k, c := range cols {
			v, ok := smallInt(s.fields[c], lo, hi, missing)
			if !ok {
				return k
			}
			dst[k] = v
		}
		return -1
	}
	rec, cuts := s.rec, s.cuts
	dst = dst[:len(cols)]
	for k, c := range cols {
		a, b := int(cuts[c])+1, int(cuts[c+1])
		if b == a+1 {
			// The common case: one digit.
			if d := int(rec[a]) - '0'; uint(d) <= 9 && lo <= d && d <= hi {
				dst[k] = int8(d)
				continue
			}
			return k
		}
		v, ok := smallInt(rec[a:b], lo, hi, missing)
		if !ok {
			return k
		}
		dst[k] = v
	}
	return -1
}

// smallInt parses a field for Ints.
func smallInt(b []byte, lo, hi int, missing int8) (int8, bool) {
	if len(b) == 0 {
		return missing, true
	}
	if len(b) > 3 {
		return 0, false
	}
	n := 0
	for _, c := range b {
		d := int(c) - '0'
		if d < 0 || d > 9 {
			return 0, false
		}
		n = n*10 + d
	}
	if n < lo || n > hi || n > 127 {
		return 0, false
	}
	return int8(n), true
}

// WindowSlack is how many bytes past a field its window has.
const WindowSlack = 24

// The read buffer has room for a field's window.
var _ [slack - WindowSlack]struct{}

// Window returns the i-th field of the record last read, as Field does,
// and a window onto the buffer that starts with the field and goes on for
// at least WindowSlack bytes past it, so that a parser can load a word at
// any byte of the field; the bytes past the field are unspecified. The
// window is nil when the record had a quote or a field to trim; it is
// valid until the next call to Next, and must not be changed.
func (r *Reader) Window(i int) (field, window []byte) { return r.s.window(i) }

// Text returns the i-th field of the record last read as a new string.
func (r *Reader) Text(i int) string { return string(r.s.field(i)) }

// Errorf returns a *RowError for the named column of the record last
// read. A repeated id found on an earlier row is reported first.
func (r *Reader) Errorf(column string, format string, args ...any) error {
	if err := r.flushIDs(); err != nil {
		return err
	}
	return r.errAt(r.line, column, fmt.Errorf(format, args...))
}

// Wrap returns a *RowError for the named column of the record last read.
// A repeated id found on an earlier row is reported first.
func (r *Reader) Wrap(column string, err error) error {
	if derr := r.flushIDs(); derr != nil {
		return derr
	}
	return r.errAt(r.line, column, err)
}

func (r *Reader) errAt(line int, column string, err error) error {
	return &RowError{File: r.name, Line: line, Column: column, Err: err}
}

// trimRight drops trailing white space, as unicode.IsSpace defines it.
func trimRight(b []byte) []byte {
	for len(b) > 0 {
		c := b[len(b)-1]
		if c < utf8.RuneSelf {
			if !isSpaceASCII[c] {
				return b
			}
			b = b[:len(b)-1]
			continue
		}
		r, size := utf8.DecodeLastRune(b)
		if !unicode.IsSpace(r) {
			return b
		}
		b = b[:len(b)-size]
	}
	return b
}

// byteCount writes n bytes for a message: "1 MiB", "300 bytes".
func byteCount(n int) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return strconv.Itoa(n>>20) + " MiB"
	case n >= 1<<10 && n%(1<<10) == 0:
		return strconv.Itoa(n>>10) + " KiB"
	}
	return strconv.Itoa(n) + " bytes"
}

// Input is an opened input: a file, or standard input for "-".
type Input struct {
	// Name is what errors call it: the path, or "stdin".
	Name string
	io.Reader
	close func() error
}

// Close closes the file; it does nothing for standard input.
func (in *Input) Close() error { return in.close() }

// Open opens path for reading, or returns stdin when path is "-". Standard
// input is never re-read: duplicates found in it are reported as probable.
func Open(path string, stdin io.Reader) (*Input, error) {
	if path == "-" {
		// Hide any ReadAt: a pipe cannot be re-read, and a redirected
		// file may not start at offset 0.
		return &Input{Name: "stdin", Reader: struct{ io.Reader }{stdin}, close: func() error { return nil }}, nil
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	return &Input{Name: path, Reader: f, close: f.Close}, nil
}

// Column is a column a program reads.
type Column struct {
	// Name is the column's name as errors print it, e.g. "respondent",
	// "BP1".
	Name string
	// Optional columns may be absent.
	Optional bool
	// Match reports whether a header cell (trimmed, in lower case) names
	// the column; nil means it equals Name in lower case.
	Match func(h string) bool
}

// Bind matches the header's cells with cols by name, in any order, and
// returns for each of cols the index of its field, or -1 for an optional
// column that is absent. A cell that names no column, or a column named
// twice, or a required column that is missing, is an error naming the
// column. From then on errors about a row name its columns by Name.
func (r *Reader) Bind(cols ...Column) ([]int, error) {
	idx := make([]int, len(cols))
	for i := range idx {
		idx[i] = -1
	}
	for i, h := range r.header {
		found := -1
		for j, c := range cols {
			if c.Match != nil && c.Match(h) || c.Match == nil && h == strings.ToLower(c.Name) {
				found = j
				break
			}
		}
		if found < 0 {
			return nil, r.errAt(1, columnName(r.raw[i]), fmt.Errorf("unknown column: want %s", wantList(cols)))
		}
		if prev := idx[found]; prev >= 0 {
			return nil, r.errAt(1, cols[found].Name, fmt.Errorf("appears twice: as %s (field %d) and %s (field %d)", columnName(r.raw[prev]), prev+1, columnName(r.raw[i]), i+1))
		}
		idx[found] = i
	}
	for j, c := range cols {
		if idx[j] < 0 && !c.Optional {
			return nil, r.errAt(1, c.Name, fmt.Errorf("missing: the header has no such column (want %s)", wantList(cols)))
		}
	}
	for j, c := range cols {
		if idx[j] >= 0 {
			r.names[idx[j]] = c.Name
		}
	}
	return idx, nil
}

// wantList lists the columns for a message, cut after about 200 bytes.
func wantList(cols []Column) string {
	var b strings.Builder
	for i, c := range cols {
		if i > 0 {
			b.WriteString(",")
		}
		if b.Len() > 200 {
			b.WriteString("…")
			break
		}
		b.WriteString(c.Name)
		if c.Optional {
			b.WriteString(" (optional)")
		}
	}
	return b.String()
}
