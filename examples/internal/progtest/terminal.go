package progtest

import (
	"encoding/csv"
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"
)

// Hostile returns strings that would drive a terminal if a program printed
// them raw: escape sequences that clear the screen or forge a line, C1
// controls, separators, every bidirectional control and bytes that are
// not UTF-8. A program's tests put them in every input that can reach
// its output, and check the output with CheckTerminal.
func Hostile() []string {
	return []string{
		"a\x1b[2J\x07b\n3. id fake",
		"x\r\x1b]0;title\x07y",
		"c1\u009b31mz",
		"del\x7f",
		"line\u2028para\u2029",
		"rlo\u202egpj.exe",
		"lre\u202ax\u202bx\u202cx\u202dx",
		"iso\u2066x\u2067x\u2068x\u2069",
		"marks\u200ex\u200fx\u061cx",
		"bad\xff\xfeutf8",
	}
}

// Unsafe describes the first rune of s that a terminal may not receive
// raw: a control character other than "\n" and "\t" (C0, DEL, C1), a
// line or paragraph separator, a bidirectional control (U+061C, U+200E,
// U+200F, U+202A–U+202E, U+2066–U+2069) or a byte that is not UTF-8; ""
// when there is none. It is written apart from package text, so that the
// programs' tests do not take the escaping function's word for what is
// safe.
func Unsafe(s string) string {
	for i, r := range s {
		bad := false
		switch {
		case r == utf8.RuneError && !strings.HasPrefix(s[i:], "\uFFFD"):
			return fmt.Sprintf("byte %#x at %d is not UTF-8", s[i], i)
		case r == '\n' || r == '\t':
		case r < 0x20, r == 0x7f, 0x80 <= r && r <= 0x9f:
			bad = true
		case r == 0x2028, r == 0x2029:
			bad = true
		case r == 0x061c, r == 0x200e, r == 0x200f, 0x202a <= r && r <= 0x202e, 0x2066 <= r && r <= 0x2069:
			bad = true
		}
		if bad {
			return fmt.Sprintf("%U at byte %d, in …%q…", r, i, s[max(0, i-30):min(len(s), i+30)])
		}
	}
	return ""
}

// CheckTerminal fails t when got's stdout or stderr holds a rune Unsafe
// reports.
func CheckTerminal(t testing.TB, got Result) {
	t.Helper()
	if u := Unsafe(got.Stdout); u != "" {
		t.Errorf("stdout holds %s", u)
	}
	if u := Unsafe(got.Stderr); u != "" {
		t.Errorf("stderr holds %s", u)
	}
}

// CSV returns rows as CSV, every field quoted where encoding/csv needs
// it, so that a hostile string with a newline or a quote stays one field.
func CSV(rows ...[]string) string {
	var b strings.Builder
	w := csv.NewWriter(&b)
	if err := w.WriteAll(rows); err != nil {
		panic(err) // a strings.Builder does not fail
	}
	return b.String()
}
