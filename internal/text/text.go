// Package text holds the small string helpers shared by the packages'
// error messages: quoting an input without echoing more than a bounded
// number of bytes of it.
package text

import (
	"strconv"
	"strings"
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

// Terminal returns s made safe to print in a terminal table cell: s itself
// when it is valid UTF-8 without control characters, otherwise s as a Go
// string literal (strconv.Quote escapes control characters and invalid
// bytes). When the result has more than width runes it is cut to width,
// its last rune an ellipsis "…"; width ≤ 0 means no limit.
func Terminal(s string, width int) string {
	if !safe(s) {
		s = strconv.Quote(s[:min(len(s), 4*max(width, maxEcho))])
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

// safe reports whether s is valid UTF-8 without control characters.
func safe(s string) bool {
	for _, r := range s {
		if r == utf8.RuneError || r < 0x20 || 0x7f <= r && r < 0xa0 || r == 0x2028 || r == 0x2029 {
			return false
		}
	}
	return true
}

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
