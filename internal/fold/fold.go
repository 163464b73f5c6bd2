// Package fold normalises the spellings HR systems send before they are
// matched against official names: lower case, without spaces, "_" or "-",
// and optionally without punctuation. It writes into a caller's buffer so
// that matching does not allocate.
package fold

// Append appends s to dst in lower case (ASCII only), without the
// separators " ", "_", "-", tab, CR, LF and the no-break space U+00A0
// (common in spreadsheet exports); with punct, it also drops every
// other ASCII character that is neither a letter nor a digit. Non-ASCII
// bytes are kept as they are, so they never match an official name.
//
// It reports false when the result would not fit in dst's capacity: the
// caller's stack buffer is never grown onto the heap, and an over-long
// input simply does not match.
func Append(dst []byte, s string, punct bool) ([]byte, bool) {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == ' ' || c == '_' || c == '-' || c == '\t' || c == '\n' || c == '\r':
			continue
		case c == 0xC2 && i+1 < len(s) && s[i+1] == 0xA0: // U+00A0
			i++
			continue
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		case punct && c < 0x80 && !('a' <= c && c <= 'z') && !('0' <= c && c <= '9'):
			continue
		}
		if len(dst) == cap(dst) {
			return dst, false
		}
		dst = append(dst, c)
	}
	return dst, true
}
