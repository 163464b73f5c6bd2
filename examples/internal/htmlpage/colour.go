package htmlpage

import (
	"fmt"
	"math"
	"strconv"
)

// Colour is an sRGB colour, as CSS and SVG write it: "#rgb" or "#rrggbb".
// The zero Colour is black.
type Colour struct{ R, G, B uint8 }

// ParseColour reads a colour written "#rgb" or "#rrggbb" (either case).
func ParseColour(s string) (Colour, error) {
	hex := s
	if len(hex) > 0 && hex[0] == '#' {
		hex = hex[1:]
	}
	if len(s) == 0 || s[0] != '#' || (len(hex) != 3 && len(hex) != 6) {
		return Colour{}, fmt.Errorf("htmlpage: colour %q: want #rgb or #rrggbb", s)
	}
	if len(hex) == 3 {
		hex = string([]byte{hex[0], hex[0], hex[1], hex[1], hex[2], hex[2]})
	}
	n, err := strconv.ParseUint(hex, 16, 32)
	if err != nil {
		return Colour{}, fmt.Errorf("htmlpage: colour %q: want #rgb or #rrggbb", s)
	}
	return Colour{uint8(n >> 16), uint8(n >> 8), uint8(n)}, nil
}

// MustParseColour is ParseColour for colours written in the program: it
// panics on a malformed one.
func MustParseColour(s string) Colour {
	c, err := ParseColour(s)
	if err != nil {
		panic(err)
	}
	return c
}

// String writes the colour as "#rrggbb".
func (c Colour) String() string {
	return fmt.Sprintf("#%02x%02x%02x", c.R, c.G, c.B)
}

// Luminance returns the colour's relative luminance, 0 for black to 1 for
// white, as WCAG 2.x defines it: each sRGB channel linearised
// (c/12.92 up to 0.04045, else ((c+0.055)/1.055)^2.4), then weighted
// 0.2126 R + 0.7152 G + 0.0722 B.
func (c Colour) Luminance() float64 {
	lin := func(v uint8) float64 {
		s := float64(v) / 255
		if s <= 0.04045 {
			return s / 12.92
		}
		return math.Pow((s+0.055)/1.055, 2.4)
	}
	return 0.2126*lin(c.R) + 0.7152*lin(c.G) + 0.0722*lin(c.B)
}

// Contrast returns the WCAG 2.x contrast ratio of two colours, from 1
// (the same luminance) to 21 (black on white): (L1 + 0.05) / (L2 + 0.05),
// L1 the lighter. The order of the arguments does not matter.
func Contrast(a, b Colour) float64 {
	la, lb := a.Luminance(), b.Luminance()
	if la < lb {
		la, lb = lb, la
	}
	return (la + 0.05) / (lb + 0.05)
}

// MinTextContrast is the contrast WCAG 2.x level AA requires for normal
// text (success criterion 1.4.3), and for text on a coloured bar.
const MinTextContrast = 4.5

// ColoursOf returns the colours written "#rgb" or "#rrggbb" in CSS, SVG
// or HTML text, each once, as "#rrggbb", in the order they first appear:
// what a test checks for contrast. A "#" after "&" (a character
// reference) or followed by more hex digits is not a colour.
func ColoursOf[S ~string](text S) []string {
	s := string(text)
	var out []string
	seen := map[string]bool{}
	for i := 0; i < len(s); i++ {
		if s[i] != '#' || i > 0 && s[i-1] == '&' {
			continue
		}
		n := 0
		for i+1+n < len(s) && isHex(s[i+1+n]) {
			n++
		}
		if n != 3 && n != 6 {
			continue
		}
		if i+1+n < len(s) && isLetter(s[i+1+n]) {
			continue // "#abcdefg…" is a name, not a colour
		}
		c, err := ParseColour(s[i : i+1+n])
		if err != nil {
			continue
		}
		if k := c.String(); !seen[k] {
			seen[k] = true
			out = append(out, k)
		}
	}
	return out
}

func isHex(c byte) bool {
	return c >= '0' && c <= '9' || c|0x20 >= 'a' && c|0x20 <= 'f'
}
