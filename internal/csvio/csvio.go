// Package csvio reads the CSV exports the example programs take, streaming
// one row at a time, and reports a bad row as "file:line: column: reason".
// It is shared by the programs under examples/ so that every one of them
// reports bad input the same way.
package csvio

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"
)

// RowError is a bad row or cell: the file, the 1-based line, the column's
// header name (empty for a whole row) and the reason.
type RowError struct {
	File   string
	Line   int
	Column string
	Err    error
}

// Error returns "file:line: column: reason", or "file:line: reason" when
// the error is not about one column.
func (e *RowError) Error() string {
	if e.Column == "" {
		return fmt.Sprintf("%s:%d: %v", e.File, e.Line, e.Err)
	}
	return fmt.Sprintf("%s:%d: %s: %v", e.File, e.Line, e.Column, e.Err)
}

// Unwrap returns the reason.
func (e *RowError) Unwrap() error { return e.Err }

// Reader reads a CSV file with a header row.
type Reader struct {
	name   string
	r      *csv.Reader
	header []string
	line   int
}

// NewReader reads the header row from r and returns a Reader for the rest.
// name is the file's name, used in errors. Cells are trimmed of spaces; a
// header cell is compared in lower case.
func NewReader(name string, r io.Reader) (*Reader, error) {
	cr := csv.NewReader(r)
	cr.TrimLeadingSpace = true
	cr.ReuseRecord = true
	h, err := cr.Read()
	if errors.Is(err, io.EOF) {
		return nil, &RowError{File: name, Line: 1, Err: errors.New("empty file: no header row")}
	}
	if err != nil {
		return nil, &RowError{File: name, Line: 1, Err: err}
	}
	header := make([]string, len(h))
	for i, c := range h {
		header[i] = strings.ToLower(strings.TrimSpace(strings.TrimPrefix(c, "\ufeff")))
	}
	cr.FieldsPerRecord = len(header)
	return &Reader{name: name, r: cr, header: header, line: 1}, nil
}

// Header returns the header row, in lower case.
func (r *Reader) Header() []string { return r.header }

// Name returns the file's name.
func (r *Reader) Name() string { return r.name }

// Read returns the next row's cells, trimmed, and its line number, or
// io.EOF. The slice is reused by the next call. A malformed row (wrong
// number of cells, bad quoting) is a *RowError.
func (r *Reader) Read() ([]string, int, error) {
	rec, err := r.r.Read()
	if errors.Is(err, io.EOF) {
		return nil, 0, io.EOF
	}
	if err != nil {
		line := r.line + 1
		var pe *csv.ParseError
		if errors.As(err, &pe) {
			line = pe.StartLine
			err = pe.Err
		}
		r.line = line
		return nil, line, &RowError{File: r.name, Line: line, Err: err}
	}
	line, _ := r.r.FieldPos(0)
	r.line = line
	for i, c := range rec {
		rec[i] = strings.TrimSpace(c)
	}
	return rec, line, nil
}

// Errorf returns a *RowError for the given column of the row last read.
func (r *Reader) Errorf(column string, format string, args ...any) error {
	return &RowError{File: r.name, Line: r.line, Column: column, Err: fmt.Errorf(format, args...)}
}

// Wrap returns a *RowError for the given column of the row last read.
func (r *Reader) Wrap(column string, err error) error {
	return &RowError{File: r.name, Line: r.line, Column: column, Err: err}
}

// Column returns the index of the named header column, or -1.
func (r *Reader) Column(name string) int {
	for i, h := range r.header {
		if h == name {
			return i
		}
	}
	return -1
}
