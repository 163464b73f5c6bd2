package main

import (
	"encoding/xml"
	"fmt"
	"io"
	"strings"

	"github.com/go-asn/berakhlak/akhlak"
	"github.com/go-asn/berakhlak/category"
	"github.com/shopspring/decimal"
)

// bandColours colours the BerAKHLAK categories: the bar in the strong
// colour, the band behind the bars in the pale one.
var bandColours = map[string][2]string{
	"A": {"#1a7f37", "#e6f4ea"},
	"B": {"#2f6fb3", "#e8f0fa"},
	"C": {"#d9822b", "#fdf0e3"},
	"D": {"#c0392b", "#fbe9e7"},
}

const (
	svgLeft   = 200 // where 0 is
	svgWidth  = 500 // the width of 100
	svgTop    = 50
	svgRow    = 34
	svgBar    = 22
	svgMargin = 20
)

// x returns the horizontal position of score (0–100).
func x(score decimal.Decimal) string {
	return score.Mul(decimal.New(svgWidth, 0)).DivRound(decimal.New(100, 0), 1).Add(decimal.New(svgLeft, 0)).StringFixed(1)
}

func esc(s string) string {
	var b strings.Builder
	_ = xml.EscapeText(&b, []byte(s))
	return b.String()
}

// writeSVG draws the seven scores and the index as horizontal bars
// coloured by category, over the category bands.
func writeSVG(w io.Writer, r Report) error {
	scale := category.BerAKHLAK()
	bands := scale.Bands()
	rows := 8
	height := svgTop + rows*svgRow + 60
	width := svgLeft + svgWidth + 120
	var b strings.Builder
	fmt.Fprintf(&b, `<?xml version="1.0" encoding="UTF-8"?>`+"\n")
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d" font-family="sans-serif" font-size="13">`+"\n", width, height, width, height)
	fmt.Fprintf(&b, `<title>%s</title>`+"\n", esc(r.Title))
	fmt.Fprintf(&b, `<text x="%d" y="24" font-size="16" font-weight="bold">%s</text>`+"\n", svgMargin, esc(r.Title))
	// The bands, from their Min to the next band's Min (or the maximum).
	top := scale.Max()
	for _, bd := range bands {
		c := bandColours[bd.Letter]
		fmt.Fprintf(&b, `<rect x="%s" y="%d" width="%s" height="%d" fill="%s"><title>%s %s ≥ %s</title></rect>`+"\n",
			x(bd.Min), svgTop-8, top.Sub(bd.Min).Mul(decimal.New(svgWidth, 0)).DivRound(decimal.New(100, 0), 1).StringFixed(1),
			rows*svgRow+8, c[1], esc(bd.Letter), esc(bd.Label), bd.Min.StringFixed(1))
		fmt.Fprintf(&b, `<text x="%s" y="%d" font-size="11" fill="#555">%s %s</text>`+"\n", x(bd.Min), svgTop+rows*svgRow+16, esc(bd.Letter), esc(bd.Label))
		top = bd.Min
	}
	row := func(i int, label string, score decimal.Decimal, bold bool) error {
		band, err := scale.Classify(score)
		if err != nil {
			return err
		}
		y := svgTop + i*svgRow
		weight := "normal"
		if bold {
			weight = "bold"
		}
		fmt.Fprintf(&b, `<text x="%d" y="%d" font-weight="%s">%s</text>`+"\n", svgMargin, y+16, weight, esc(label))
		fmt.Fprintf(&b, `<rect x="%d" y="%d" width="%s" height="%d" fill="%s"><title>%s: %s (%s)</title></rect>`+"\n",
			svgLeft, y, score.Mul(decimal.New(svgWidth, 0)).DivRound(decimal.New(100, 0), 1).StringFixed(1), svgBar,
			bandColours[band.Letter][0], esc(label), score.StringFixed(1), esc(band.String()))
		fmt.Fprintf(&b, `<text x="%s" y="%d" dx="6" font-weight="%s">%s %s</text>`+"\n", x(score), y+16, weight, score.StringFixed(1), esc(band.Letter))
		return nil
	}
	for i, v := range akhlak.Values() {
		if err := row(i, v.String(), r.Profile.Score(v), false); err != nil {
			return err
		}
	}
	if err := row(7, "Indeks BerAKHLAK", r.Index, true); err != nil {
		return err
	}
	fmt.Fprintf(&b, `<text x="%d" y="%d" font-size="11" fill="#555">%s</text>`+"\n", svgMargin, height-14, esc("Categories: "+scale.Source()))
	b.WriteString("</svg>\n")
	_, err := io.WriteString(w, b.String())
	return err
}
