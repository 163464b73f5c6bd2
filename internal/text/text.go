// Package text holds the small string helpers shared by the packages'
// error messages: quoting an input without echoing more than a bounded
// number of bytes of it; and, for the example programs, escaping what
// came from an input before it reaches a terminal.
//
// # Terminals
//
// A string from an input may not reach a terminal raw when it holds a
// control character (C0, DEL, C1: "\x1b[2J" clears the screen, "\n" forges
// a line), a line or paragraph separator (U+2028, U+2029), a
// bidirectional control (U+061C, U+200E, U+200F, U+202A–U+202E,
// U+2066–U+2069: "\u202e" shows the rest of a line reversed), or bytes
// that are not UTF-8. That is one rule, kept in [Terminal] for text and
// applied by [TerminalJSON] to JSON; [Quote], which error messages use,
// escapes all of them too (as strconv.Quote does).
package text

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxEcho is the most bytes of an input an error message repeats.
const maxEcho = 80

// Cut returns s unchanged when it has at most maxEcho bytes, and otherwise
// its first maxEcho bytes, cut back to a rune boundary, with an ellipsis.
func Cut(s string) string {
	if len(s) <= maxEcho {
		return s
	}
	cut := maxEcho
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return s[:cut] + "…"
}

// Quote returns s as a Go string literal, like strconv.Quote, cut to at
// most maxEcho bytes of s (at a rune boundary) with an ellipsis and the
// full length when it is longer, so that a huge or hostile input never
// makes a huge error message.
func Quote(s string) string {
	if len(s) <= maxEcho {
		return strconv.Quote(s)
	}
	return strconv.Quote(strings.TrimSuffix(Cut(s), "…")) + "… (" + strconv.Itoa(len(s)) + " bytes)"
}

// Terminal returns s made safe to print in a terminal: s itself when it
// is valid UTF-8 without a control character, separator or bidirectional
// control (see the package doc), otherwise s as a Go string literal
// (strconv.Quote escapes all of them, as "\x1b" or "\u202e"); an unsafe s
// longer than 4×max(width, 80) bytes is cut before it is quoted, with an
// ellipsis after the quote. When the result has more than width runes it
// is cut to width, its last rune an ellipsis "…"; width ≤ 0 means no
// limit.
func Terminal(s string, width int) string {
	if !safe(s) {
		if n := 4 * max(width, maxEcho); len(s) > n {
			for n > 0 && !utf8.RuneStart(s[n]) {
				n--
			}
			s = strconv.Quote(s[:n]) + "…"
		} else {
			s = strconv.Quote(s)
		}
	}
	if width <= 0 || utf8.RuneCountInString(s) <= width {
		return s
	}
	n := 0
	for i := range s {
		if n == width-1 {
			return s[:i] + "…"
		}
		n++
	}
	return s
}

// safe reports whether s may reach a terminal as it is: valid UTF-8
// without a rune that unsafe reports.
func safe(s string) bool {
	for _, r := range s {
		if r == utf8.RuneError || unsafe(r) {
			return false
		}
	}
	return true
}

// unsafe reports whether r may not reach a terminal raw: a control
// character (C0, DEL, C1), a line or paragraph separator, or a
// bidirectional control (the Unicode property Bidi_Control: U+061C,
// U+200E, U+200F, U+202A–U+202E, U+2066–U+2069). It is the one
// definition Terminal and TerminalJSON share.
func unsafe(r rune) bool {
	return r < 0x20 || 0x7f <= r && r < 0xa0 || r == 0x2028 || r == 0x2029 || unicode.Is(unicode.Bidi_Control, r)
}

// TerminalJSON returns the JSON text b, as encoding/json writes it, with
// every rune from DEL on that unsafe reports written as a \uXXXX escape,
// so that a JSON document printed to a terminal cannot drive it. The
// document means the same: such runes can only stand inside a JSON
// string, where the escape is the same character. encoding/json already
// escapes C0 controls in strings (outside them, "\n" and "\t" are JSON's
// white space and stay), U+2028 and U+2029, and replaces bytes that are
// not UTF-8; it writes DEL, C1 controls and bidirectional controls raw.
// b is returned unchanged when it holds none.
func TerminalJSON(b []byte) []byte {
	var out []byte
	last := 0
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if r >= 0x7f && r != utf8.RuneError && unsafe(r) {
			out = append(out, b[last:i]...)
			out = append(out, `\u`...)
			out = append(out, hex[r>>12&0xf], hex[r>>8&0xf], hex[r>>4&0xf], hex[r&0xf])
			last = i + size
		}
		i += size
	}
	if out == nil {
		return b
	}
	return append(out, b[last:]...)
}

const hex = "0123456789abcdef"

// Pad returns s followed by spaces up to width runes.
func Pad(s string, width int) string {
	n := utf8.RuneCountInString(s)
	if n >= width {
		return s
	}
	b := make([]byte, 0, len(s)+width-n)
	b = append(b, s...)
	for ; n < width; n++ {
		b = append(b, ' ')
	}
	return string(b)
}
