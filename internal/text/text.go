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
