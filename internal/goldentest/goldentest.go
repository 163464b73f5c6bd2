// Package goldentest holds the golden files of the module's tests: the
// -update flag, declared once here for every test binary that links the
// package, and the check that compares what the code produces now with a
// committed file or, with go test -update, rewrites the file. It is used
// only by _test.go files and by test helpers.
package goldentest

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files with what the code produces now")

// Update reports whether the tests run with -update.
func Update() bool { return *update }

// File returns the content of the golden file at path, for a caller that
// compares it in its own way. With -update it first writes got there
// (making its directory), so that the comparison passes and version
// control shows the change. A missing file fails the test, saying how to
// write it.
func File(t testing.TB, path string, got []byte) []byte {
	t.Helper()
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return got
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (go test -update writes it)", err)
	}
	return want
}

// Check compares got, byte for byte, with the golden file at path (see
// File). A difference fails the test and shows the first lines that
// differ.
func Check(t testing.TB, path string, got []byte) {
	t.Helper()
	if diff := Diff(File(t, path, got), got); diff != "" {
		t.Errorf("%s differs (go test -update rewrites it) (-want +got):\n%s", path, diff)
	}
}

// Diff returns "" when want and got are equal. Otherwise it returns the
// first line that differs, by number, with up to two lines of context
// before it and two more lines of each side after it, as lines of "-"
// (want), "+" (got) and " " (both).
func Diff(want, got []byte) string {
	if bytes.Equal(want, got) {
		return ""
	}
	w, g := lines(want), lines(got)
	i := 0
	for i < len(w) && i < len(g) && w[i] == g[i] {
		i++
	}
	var b strings.Builder
	fmt.Fprintf(&b, "first difference at line %d; want has %d lines, got %d:\n", i+1, len(w), len(g))
	for _, l := range w[max(0, i-2):i] {
		b.WriteString(" " + quoteLine(l))
	}
	for _, l := range w[i:min(len(w), i+3)] {
		b.WriteString("-" + quoteLine(l))
	}
	for _, l := range g[i:min(len(g), i+3)] {
		b.WriteString("+" + quoteLine(l))
	}
	return b.String()
}

// lines returns the lines of text, each with its newline; a last line
// without one is a line too.
func lines(text []byte) []string {
	l := strings.SplitAfter(string(text), "\n")
	if l[len(l)-1] == "" {
		l = l[:len(l)-1]
	}
	return l
}

// quoteLine returns a line as it shows in a diff: as it is when it is
// printable text ending in a newline, quoted otherwise, so that a missing
// newline or a control byte shows.
func quoteLine(l string) string {
	body, ok := strings.CutSuffix(l, "\n")
	if ok && strings.IndexFunc(body, func(r rune) bool { return r < ' ' && r != '\t' || r == 0x7f || r == 0xfffd }) < 0 {
		return body + "\n"
	}
	return fmt.Sprintf("%q\n", l)
}
