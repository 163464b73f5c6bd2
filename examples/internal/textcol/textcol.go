// Package textcol writes the programs' text tables: cells in aligned
// columns, two spaces apart, some columns right-aligned (figures), the
// widths counted in runes so that "—" and "→" align. Unlike
// text/tabwriter it aligns each column its own way.
package textcol

import (
	"io"
	"strings"
	"unicode/utf8"
)

// Write writes rows as aligned columns, two spaces apart, the columns
// whose index is in right right-aligned and the others left-aligned; the
// last column is not padded, and no line ends in a space. A row shorter
// than the others leaves its missing cells empty.
func Write(w io.Writer, rows [][]string, right map[int]bool) error {
	var widths []int
	for _, row := range rows {
		for i, c := range row {
			if i == len(widths) {
				widths = append(widths, 0)
			}
			widths[i] = max(widths[i], utf8.RuneCountInString(c))
		}
	}
	var b strings.Builder
	for _, row := range rows {
		var line strings.Builder
		for i := range widths {
			c := ""
			if i < len(row) {
				c = row[i]
			}
			pad := strings.Repeat(" ", widths[i]-utf8.RuneCountInString(c))
			switch {
			case i == len(widths)-1:
				line.WriteString(c)
			case right[i]:
				line.WriteString(pad + c + "  ")
			default:
				line.WriteString(c + pad + "  ")
			}
		}
		b.WriteString(strings.TrimRight(line.String(), " "))
		b.WriteByte('\n')
	}
	_, err := io.WriteString(w, b.String())
	return err
}
