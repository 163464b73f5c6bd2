package htmlpage

import (
	"encoding/xml"
	"strings"
)

// EscapeText escapes s for the text of an SVG (or any XML) element or a
// quoted attribute, as xml.EscapeText does: &, <, >, the quotes, tab,
// newline and carriage return become character references. A chart
// written by hand with fmt, rather than by html/template, passes every
// string it draws through EscapeText.
func EscapeText(s string) string {
	var b strings.Builder
	_ = xml.EscapeText(&b, []byte(s)) // a strings.Builder never fails
	return b.String()
}
