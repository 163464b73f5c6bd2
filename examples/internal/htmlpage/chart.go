package htmlpage

import (
	"fmt"
	"html/template"
	"io"
	"sort"
	"strings"

	"github.com/go-asn/berakhlak/category"
	"github.com/go-asn/berakhlak/examples/internal/lang"
	"github.com/shopspring/decimal"
)

// The colours of the bands A to D, for the bar (strong) and for the band
// behind the bars (pale). Every strong colour has a contrast of at least
// 4.5:1 (WCAG AA for text) with white and with every pale band a bar
// crosses, and so do ChartText and ChartMuted (TestBandColours). The colour
// is never the only sign of a band: each bar is labelled with its score
// and its band's letter.
var bandColours = map[string][2]string{
	"A": {"#17692e", "#e6f4ea"}, // green
	"B": {"#1f5f9e", "#e8f0fa"}, // blue
	"C": {"#a04d00", "#fdf0e3"}, // orange
	"D": {"#b03a2e", "#fbe9e7"}, // red
}

// The colours of a BandChart's text and background.
const (
	ChartText  = "#1a1a1a" // labels and scores
	ChartMuted = "#555555" // the band legend and the source
	ChartBack  = "#ffffff"
)

// BandColours returns the colours of the bands A to D: for each letter,
// the bar's colour and the band's. The map is the caller's own copy.
func BandColours() map[string][2]string {
	out := make(map[string][2]string, len(bandColours))
	for k, v := range bandColours {
		out[k] = v
	}
	return out
}

// BandCSS returns a rule per band letter, ".cat-A { color: #17692e; }",
// in the letters' order: a band's letter in a page's text has its bar's
// colour.
func BandCSS() template.CSS {
	letters := make([]string, 0, len(bandColours))
	for k := range bandColours {
		letters = append(letters, k)
	}
	sort.Strings(letters)
	var b strings.Builder
	for _, k := range letters {
		fmt.Fprintf(&b, ".cat-%s { color: %s; }\n", k, bandColours[k][0])
	}
	return template.CSS(b.String()) // constants of the package
}

// BandChart is a chart of scores on a category scale: one horizontal bar a
// row, coloured by the row's band, over the scale's bands from its lowest
// band's Min to its maximum, each row labelled with its score and band
// letter. It is drawn by hand as SVG, every string escaped (EscapeText),
// with a <title> and a <desc> for a reader who cannot see it.
type BandChart struct {
	Lang  lang.Lang      // the notation of the scores
	Scale category.Scale // the bands, their places and the axis
	Title string         // the chart's <title>; drawn at its top too when Standalone
	Desc  string         // its <desc>: every figure in words
	Rows  []BandRow
	// Note is a line above Source, explaining the rows' marks; "" for none.
	Note string
	// Source is the line at the chart's foot (the bands' source).
	Source string
	// Standalone is a chart written as its own file: with an XML
	// declaration and its title drawn (the chart inside a page has
	// neither: the page's heading is the title).
	Standalone bool
	Layout     ChartLayout
}

// BandRow is one bar of a BandChart.
type BandRow struct {
	Label string          // drawn left of the bar
	Name  string          // the bar's name in its <title>
	Score decimal.Decimal // at the scale's places
	Band  category.Band   // the score's band on the scale
	Bold  bool            // a total, drawn in bold
	// Mark, when not "", draws a dark line across the bar at MarkScore
	// (for example last year's score), with Mark as its <title>.
	Mark      string
	MarkScore decimal.Decimal
}

// ChartLayout is a BandChart's geometry, in SVG units. The chart is Left
// + Width + 100 wide (the room for the last score) and Top + Row × rows +
// 50 high.
type ChartLayout struct {
	Left   int // where the axis starts: the labels' room
	Width  int // the axis's length
	Top    int // the first bar's top
	Row    int // from one bar's top to the next
	Bar    int // a bar's height
	Margin int // the labels' left margin
}

// Write writes the chart to w.
func (c BandChart) Write(w io.Writer) error {
	lo := c.Layout
	l, places := c.Lang, c.Scale.Places()
	min, max := c.Scale.Min(), c.Scale.Max()
	span := max.Sub(min)
	length := func(d decimal.Decimal) decimal.Decimal {
		return d.Mul(decimal.New(int64(lo.Width), 0)).DivRound(span, 1)
	}
	x := func(score decimal.Decimal) string {
		return length(score.Sub(min)).Add(decimal.New(int64(lo.Left), 0)).StringFixed(1)
	}
	rows := len(c.Rows)
	height := lo.Top + rows*lo.Row + 50
	if c.Note != "" {
		height += 20
	}
	width := lo.Left + lo.Width + 100

	var b strings.Builder
	if c.Standalone {
		b.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n")
	}
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d" font-family="sans-serif" font-size="16" fill="%s" role="img" aria-labelledby="chart-title chart-desc">`+"\n",
		width, height, width, height, ChartText)
	fmt.Fprintf(&b, `<title id="chart-title">%s</title>`+"\n", EscapeText(c.Title))
	fmt.Fprintf(&b, `<desc id="chart-desc">%s</desc>`+"\n", EscapeText(c.Desc))
	fmt.Fprintf(&b, `<rect width="%d" height="%d" fill="%s"/>`+"\n", width, height, ChartBack)
	if c.Standalone {
		fmt.Fprintf(&b, `<text x="%d" y="24" font-size="18" font-weight="bold">%s</text>`+"\n", lo.Margin, EscapeText(c.Title))
	}
	// The bands, from their Min to the next band's Min (or the maximum).
	upper := max
	for _, bd := range c.Scale.Bands() {
		colour := bandColours[bd.Letter]
		fmt.Fprintf(&b, `<rect x="%s" y="%d" width="%s" height="%d" fill="%s"><title>%s %s ≥ %s</title></rect>`+"\n",
			x(bd.Min), lo.Top-8, length(upper.Sub(bd.Min)).StringFixed(1),
			rows*lo.Row+8, colour[1], EscapeText(bd.Letter), EscapeText(bd.Label), l.Fixed(bd.Min, places))
		fmt.Fprintf(&b, `<text x="%s" y="%d" dx="3" font-size="14" fill="%s">%s %s</text>`+"\n", x(bd.Min), lo.Top+rows*lo.Row+16, ChartMuted, EscapeText(bd.Letter), EscapeText(bd.Label))
		upper = bd.Min
	}
	for i, rw := range c.Rows {
		y := lo.Top + i*lo.Row
		weight := "normal"
		if rw.Bold {
			weight = "bold"
		}
		score := l.Fixed(rw.Score, places)
		fmt.Fprintf(&b, `<text x="%d" y="%d" font-weight="%s">%s</text>`+"\n", lo.Margin, y+17, weight, EscapeText(rw.Label))
		fmt.Fprintf(&b, `<rect x="%d" y="%d" width="%s" height="%d" fill="%s"><title>%s: %s (%s)</title></rect>`+"\n",
			lo.Left, y, length(rw.Score.Sub(min)).StringFixed(1), lo.Bar,
			bandColours[rw.Band.Letter][0], EscapeText(rw.Name), score, EscapeText(rw.Band.Letter+" "+rw.Band.Label))
		fmt.Fprintf(&b, `<text x="%s" y="%d" dx="6" font-weight="%s">%s %s</text>`+"\n", x(rw.Score), y+17, weight, score, EscapeText(rw.Band.Letter))
		if rw.Mark != "" {
			// A dark mark across the bar, with a white edge so that it
			// shows on the bar's colour too.
			mx := x(rw.MarkScore)
			fmt.Fprintf(&b, `<line x1="%s" y1="%d" x2="%s" y2="%d" stroke="%s" stroke-width="5"/>`+"\n", mx, y-4, mx, y+lo.Bar+4, ChartBack)
			fmt.Fprintf(&b, `<line x1="%s" y1="%d" x2="%s" y2="%d" stroke="%s" stroke-width="2.5"><title>%s</title></line>`+"\n",
				mx, y-4, mx, y+lo.Bar+4, ChartText, EscapeText(rw.Mark))
		}
	}
	if c.Note != "" {
		fmt.Fprintf(&b, `<text x="%d" y="%d" font-size="13" fill="%s">%s</text>`+"\n", lo.Margin, height-30, ChartMuted, EscapeText(c.Note))
	}
	if c.Source != "" {
		fmt.Fprintf(&b, `<text x="%d" y="%d" font-size="13" fill="%s">%s</text>`+"\n", lo.Margin, height-10, ChartMuted, EscapeText(c.Source))
	}
	b.WriteString("</svg>\n")
	_, err := io.WriteString(w, b.String())
	return err
}
