package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/go-asn/berakhlak/examples/internal/htmlpage"
	"github.com/go-asn/berakhlak/examples/internal/lang"
	"github.com/go-asn/berakhlak/internal/text"
	"github.com/shopspring/decimal"
)

// The chart's colours. Each has a contrast of at least 4.5:1 (WCAG AA
// for text) against the chart's white background (TestColourContrast):
// the bars as well as the text, although WCAG asks only 3:1 of
// graphics. The colour is never the only sign of a figure: every bar is
// labelled with its percentage, and the index's bar and label are bold.
const (
	svgBar   = "#1f5f9e" // a dimension's bar (blue)
	svgIndex = "#17406b" // the engagement index's bar (dark blue)
	svgText  = "#1a1a1a" // labels and figures
	svgMuted = "#555555" // the scale
	svgMark  = "#1a1a1a" // the baseline's mark across a bar (-baseline)
	svgBack  = "#ffffff"
)

const (
	svgLeft     = 190 // where 0% is
	svgScale    = 4   // pixels per percentage point: 100% is 400 px wide
	svgTop      = 8
	svgRow      = 30
	svgBarH     = 20
	svgMargin   = 12
	svgWidth    = svgLeft + 100*svgScale + 70
	svgLabelMax = 24 // runes of a dimension's name on the chart; the table has it whole
)

// writeSVG draws the dimensions' percent favourable and the engagement
// index as horizontal bars on a 0–100% scale, for the HTML report, with
// its text in language l. It has a <title> and a <desc> that states every
// figure in words, and each bar has its own <title> and a text label.
func (r report) writeSVG(w io.Writer, l lang.Lang) error {
	type row struct {
		label, full string
		value       decimal.Decimal
		bold        bool
		mark        decimal.Decimal // the baseline's figure, when hasMark
		hasMark     bool
	}
	var rows []row
	var items []string
	for _, d := range r.dimensions {
		if d.withheld {
			continue // no figure to draw; the table says why
		}
		mark, ok := r.baseline.before(d.name)
		rows = append(rows, row{text.Terminal(d.name, svgLabelMax), text.Terminal(d.name, 0), d.figures.Favourable.Decimal(), false, mark, ok})
	}
	index := msg.ChartIndex.In(l)
	mark, ok := r.baseline.before("")
	rows = append(rows, row{index, index, r.index, true, mark, ok})
	for _, rw := range rows {
		if rw.hasMark {
			items = append(items, l.Sprintf(msg.ChartItemBaseline, rw.full, l.Fixed(rw.value, 1), l.Fixed(rw.mark, 1)))
		} else {
			items = append(items, l.Sprintf(msg.ChartItem, rw.full, l.Fixed(rw.value, 1)))
		}
	}
	height := svgTop + len(rows)*svgRow + 28
	axis := svgTop + len(rows)*svgRow // the scale's line, under the last bar

	var b strings.Builder
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d" font-family="sans-serif" font-size="13" fill="%s" role="img" aria-labelledby="chart-title chart-desc">`+"\n",
		svgWidth, height, svgWidth, height, svgText)
	fmt.Fprintf(&b, `<title id="chart-title">%s</title>`+"\n", htmlpage.EscapeText(msg.ChartTitle.In(l)))
	fmt.Fprintf(&b, `<desc id="chart-desc">%s</desc>`+"\n", htmlpage.EscapeText(l.Sprintf(msg.ChartDesc, strings.Join(items, "; "))))
	fmt.Fprintf(&b, `<rect width="%d" height="%d" fill="%s"/>`+"\n", svgWidth, height, svgBack)
	for i, rw := range rows {
		y := svgTop + i*svgRow
		weight, colour := "normal", svgBar
		if rw.bold {
			weight, colour = "bold", svgIndex
		}
		value := l.Sprintf(msg.Percent, l.Fixed(rw.value, 1))
		end := rw.value.Mul(decimal.NewFromInt(svgScale)).Add(decimal.NewFromInt(svgLeft))
		fmt.Fprintf(&b, `<text x="%d" y="%d" font-weight="%s">%s</text>`+"\n", svgMargin, y+15, weight, htmlpage.EscapeText(rw.label))
		fmt.Fprintf(&b, `<rect x="%d" y="%d" width="%s" height="%d" fill="%s"><title>%s: %s</title></rect>`+"\n",
			svgLeft, y, rw.value.Mul(decimal.NewFromInt(svgScale)).StringFixed(1), svgBarH, colour, htmlpage.EscapeText(rw.full), htmlpage.EscapeText(value))
		fmt.Fprintf(&b, `<text x="%s" y="%d" dx="6" font-weight="%s">%s</text>`+"\n", end.StringFixed(1), y+15, weight, htmlpage.EscapeText(value))
		if rw.hasMark {
			x := rw.mark.Mul(decimal.NewFromInt(svgScale)).Add(decimal.NewFromInt(svgLeft)).StringFixed(1)
			fmt.Fprintf(&b, `<line x1="%s" y1="%d" x2="%s" y2="%d" stroke="%s" stroke-width="3"><title>%s</title></line>`+"\n",
				x, y-3, x, y+svgBarH+3, svgMark, htmlpage.EscapeText(l.Sprintf(msg.ChartItemBaseline, rw.full, l.Fixed(rw.value, 1), l.Fixed(rw.mark, 1))))
		}
	}
	fmt.Fprintf(&b, `<line x1="%d" y1="%d" x2="%d" y2="%d" stroke="%s"/>`+"\n", svgLeft, svgTop-4, svgLeft, axis, svgMuted)
	fmt.Fprintf(&b, `<line x1="%d" y1="%d" x2="%d" y2="%d" stroke="%s"/>`+"\n", svgLeft, axis, svgLeft+100*svgScale, axis, svgMuted)
	for _, p := range []int{0, 25, 50, 75, 100} {
		x := svgLeft + p*svgScale
		fmt.Fprintf(&b, `<line x1="%d" y1="%d" x2="%d" y2="%d" stroke="%s"/>`+"\n", x, axis, x, axis+4, svgMuted)
		fmt.Fprintf(&b, `<text x="%d" y="%d" font-size="11" text-anchor="middle" fill="%s">%s</text>`+"\n", x, axis+17, svgMuted, htmlpage.EscapeText(l.Sprintf(msg.Percent, l.Int(p))))
	}
	b.WriteString("</svg>\n")
	_, err := io.WriteString(w, b.String())
	return err
}
