package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/go-asn/berakhlak/akhlak"
	"github.com/go-asn/berakhlak/category"
	"github.com/go-asn/berakhlak/examples/internal/htmlpage"
	"github.com/go-asn/berakhlak/examples/internal/lang"
	"github.com/go-asn/berakhlak/examples/internal/rules"
	"github.com/shopspring/decimal"
)

// bandColours colours the BerAKHLAK categories: the bar in the strong
// colour, the band behind the bars in the pale one. Every strong colour
// has a contrast of at least 4.5:1 (WCAG AA for text) with white and with
// every pale band a bar crosses (TestColourContrast); the text of the
// chart is svgText or svgMuted, which pass on every background too. The
// colour is never the only sign of a category: each bar is labelled with
// its score and its category's letter.
var bandColours = map[string][2]string{
	"A": {"#17692e", "#e6f4ea"}, // green
	"B": {"#1f5f9e", "#e8f0fa"}, // blue
	"C": {"#a04d00", "#fdf0e3"}, // orange
	"D": {"#b03a2e", "#fbe9e7"}, // red
}

const (
	svgText  = "#1a1a1a" // labels and scores
	svgMuted = "#555555" // the band legend and the source
	svgBack  = "#ffffff"
)

const (
	svgLeft   = 230 // where 0 is
	svgWidth  = 600 // the width of 100: a band is 150 wide, room for its name
	svgTop    = 50
	svgRow    = 34
	svgBar    = 22
	svgMargin = 20
)

// x returns the horizontal position of score (0–100).
func x(score decimal.Decimal) string {
	return score.Mul(decimal.New(svgWidth, 0)).DivRound(decimal.New(100, 0), 1).Add(decimal.New(svgLeft, 0)).StringFixed(1)
}

// writeSVG draws the seven scores and the index as horizontal bars
// coloured by category, over the category bands, with its text in
// language l. A standalone chart (the -svg file) has an XML declaration
// and its title drawn at the top; the chart inside the HTML report has
// neither (the page's heading is the title).
func writeSVG(w io.Writer, r Report, l lang.Lang, standalone bool) error {
	scale := category.BerAKHLAK()
	bands := scale.Bands()
	places := scale.Places()
	rows := 8
	top := svgTop
	if !standalone {
		top = 16
	}
	height := top + rows*svgRow + 50
	if r.Baseline != nil {
		height += 20 // the line that explains the baseline's marks
	}
	width := svgLeft + svgWidth + 100
	title := r.title(l)

	// The description states every figure in words: what the chart shows
	// to a reader who cannot see it.
	var items []string
	label := func(name string, score decimal.Decimal) (category.Band, error) {
		band, err := scale.Classify(score)
		if err != nil {
			return category.Band{}, err
		}
		items = append(items, l.Sprintf(msg.ChartDescItem, name, l.Fixed(score, places), band.Letter+" "+band.Label))
		return band, nil
	}
	type row struct {
		label string
		score decimal.Decimal
		band  category.Band
		bold  bool
		base  string // the baseline's score, in the language's notation; "" without -baseline
	}
	baseOf := func(v akhlak.Value) string {
		if r.Baseline == nil {
			return ""
		}
		return l.Fixed(r.Baseline.change(v).Before().Decimal(), places)
	}
	var rs []row
	for _, v := range akhlak.Values() {
		s := r.Profile.Score(v)
		band, err := label(v.String(), s.Decimal())
		if err != nil {
			return err
		}
		rs = append(rs, row{v.String(), s.Decimal(), band, false, baseOf(v)})
	}
	band, err := label("Indeks BerAKHLAK", r.Index.Decimal())
	if err != nil {
		return err
	}
	rs = append(rs, row{"Indeks BerAKHLAK", r.Index.Decimal(), band, true, baseOf(0)})

	var b strings.Builder
	if standalone {
		b.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n")
	}
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d" font-family="sans-serif" font-size="16" fill="%s" role="img" aria-labelledby="chart-title chart-desc">`+"\n",
		width, height, width, height, svgText)
	fmt.Fprintf(&b, `<title id="chart-title">%s</title>`+"\n", htmlpage.EscapeText(title))
	fmt.Fprintf(&b, `<desc id="chart-desc">%s</desc>`+"\n", htmlpage.EscapeText(l.Sprintf(msg.ChartDesc, strings.Join(items, "; "))))
	fmt.Fprintf(&b, `<rect width="%d" height="%d" fill="%s"/>`+"\n", width, height, svgBack)
	if standalone {
		fmt.Fprintf(&b, `<text x="%d" y="24" font-size="18" font-weight="bold">%s</text>`+"\n", svgMargin, htmlpage.EscapeText(title))
	}
	// The bands, from their Min to the next band's Min (or the maximum).
	upper := scale.Max()
	for _, bd := range bands {
		c := bandColours[bd.Letter]
		fmt.Fprintf(&b, `<rect x="%s" y="%d" width="%s" height="%d" fill="%s"><title>%s %s ≥ %s</title></rect>`+"\n",
			x(bd.Min), top-8, upper.Sub(bd.Min).Mul(decimal.New(svgWidth, 0)).DivRound(decimal.New(100, 0), 1).StringFixed(1),
			rows*svgRow+8, c[1], htmlpage.EscapeText(bd.Letter), htmlpage.EscapeText(bd.Label), l.Fixed(bd.Min, places))
		fmt.Fprintf(&b, `<text x="%s" y="%d" dx="3" font-size="14" fill="%s">%s %s</text>`+"\n", x(bd.Min), top+rows*svgRow+16, svgMuted, htmlpage.EscapeText(bd.Letter), htmlpage.EscapeText(bd.Label))
		upper = bd.Min
	}
	for i, rw := range rs {
		y := top + i*svgRow
		weight := "normal"
		if rw.bold {
			weight = "bold"
		}
		score := l.Fixed(rw.score, places)
		fmt.Fprintf(&b, `<text x="%d" y="%d" font-weight="%s">%s</text>`+"\n", svgMargin, y+17, weight, htmlpage.EscapeText(rw.label))
		fmt.Fprintf(&b, `<rect x="%d" y="%d" width="%s" height="%d" fill="%s"><title>%s: %s (%s)</title></rect>`+"\n",
			svgLeft, y, rw.score.Mul(decimal.New(svgWidth, 0)).DivRound(decimal.New(100, 0), 1).StringFixed(1), svgBar,
			bandColours[rw.band.Letter][0], htmlpage.EscapeText(rw.label), score, htmlpage.EscapeText(rw.band.Letter+" "+rw.band.Label))
		fmt.Fprintf(&b, `<text x="%s" y="%d" dx="6" font-weight="%s">%s %s</text>`+"\n", x(rw.score), y+17, weight, score, htmlpage.EscapeText(rw.band.Letter))
		if rw.base != "" {
			// Last year's score: a dark mark across the bar, with a
			// white edge so that it shows on the bar's colour too.
			bx := x(r.Baseline.change(rowValue(i)).Before().Decimal())
			fmt.Fprintf(&b, `<line x1="%s" y1="%d" x2="%s" y2="%d" stroke="%s" stroke-width="5"/>`+"\n", bx, y-4, bx, y+svgBar+4, svgBack)
			fmt.Fprintf(&b, `<line x1="%s" y1="%d" x2="%s" y2="%d" stroke="%s" stroke-width="2.5"><title>%s: %s</title></line>`+"\n",
				bx, y-4, bx, y+svgBar+4, svgText, htmlpage.EscapeText(msg.ColumnBaseline.In(l)), rw.base)
		}
	}
	if r.Baseline != nil {
		fmt.Fprintf(&b, `<text x="%d" y="%d" font-size="13" fill="%s">%s</text>`+"\n", svgMargin, height-30, svgMuted,
			htmlpage.EscapeText(l.Sprintf(msg.ChartBaseline, r.Baseline.Name)))
	}
	cat, _ := rules.Lookup(rules.Categories)
	fmt.Fprintf(&b, `<text x="%d" y="%d" font-size="13" fill="%s">%s</text>`+"\n", svgMargin, height-10, svgMuted,
		htmlpage.EscapeText(msg.ColumnCategory.In(l)+": "+cat.Source.In(l)))
	b.WriteString("</svg>\n")
	_, err = io.WriteString(w, b.String())
	return err
}

// rowValue returns the value of the chart's row i, the zero Value for
// the index's.
func rowValue(i int) akhlak.Value {
	if i < 7 {
		return akhlak.Values()[i]
	}
	return 0
}
