package csvio

import (
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestReader(t *testing.T) {
	r, err := NewReader("f.csv", strings.NewReader("\ufeffA, B\n1, 2\n\"x\n"))
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"a", "b"}, r.Header()); diff != "" {
		t.Errorf("header mismatch (-want +got):\n%s", diff)
	}
	rec, line, err := r.Read()
	if err != nil || line != 2 {
		t.Fatalf("Read = %v, %d, %v", rec, line, err)
	}
	if diff := cmp.Diff([]string{"1", "2"}, rec); diff != "" {
		t.Errorf("row mismatch (-want +got):\n%s", diff)
	}
	if got := r.Errorf("b", "bad %d", 2).Error(); got != "f.csv:2: b: bad 2" {
		t.Errorf("Errorf = %q", got)
	}
	_, _, err = r.Read()
	var re *RowError
	if !errors.As(err, &re) || re.Line != 3 {
		t.Errorf("bad quoting: %v", err)
	}
	if r.Column("b") != 1 || r.Column("z") != -1 || r.Name() != "f.csv" {
		t.Error("Column or Name")
	}
}

func TestWrongFieldCount(t *testing.T) {
	r, _ := NewReader("f.csv", strings.NewReader("a,b\n1\n"))
	_, _, err := r.Read()
	if err == nil || !strings.Contains(err.Error(), "f.csv:2:") {
		t.Errorf("error = %v", err)
	}
}

func TestEmpty(t *testing.T) {
	_, err := NewReader("f.csv", strings.NewReader(""))
	if err == nil || !strings.Contains(err.Error(), "f.csv:1: empty file") {
		t.Errorf("error = %v", err)
	}
	r, _ := NewReader("f.csv", strings.NewReader("a\n"))
	if _, _, err := r.Read(); !errors.Is(err, io.EOF) {
		t.Errorf("error = %v, want EOF", err)
	}
	if got := r.Wrap("", errors.New("x")).Error(); got != "f.csv:1: x" {
		t.Errorf("Wrap = %q", got)
	}
}
