package main

import (
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
// colour, the band behind the bars in the pale one (htmlpage.BandColours,
// each at least 4.5:1 with white and with every pale band a bar crosses).
// The text of the chart is svgText or svgMuted, which pass on every
// background too.
var bandColours = htmlpage.BandColours()

const (
	svgText  = htmlpage.ChartText  // labels and scores
	svgMuted = htmlpage.ChartMuted // the band legend and the source
	svgBack  = htmlpage.ChartBack
)

// svgLayout is the chart's geometry: the width of 100 is 600, a band 150
// wide, room for its name.
var svgLayout = htmlpage.ChartLayout{Left: 230, Width: 600, Top: 50, Row: 34, Bar: 22, Margin: 20}

// writeSVG draws the seven scores and the index as horizontal bars
// coloured by category, over the category bands, with its text in
// language l. A standalone chart (the -svg file) has an XML declaration
// and its title drawn at the top; the chart inside the HTML report has
// neither (the page's heading is the title).
func writeSVG(w io.Writer, r Report, l lang.Lang, standalone bool) error {
	scale := category.BerAKHLAK()
	places := scale.Places()
	c := htmlpage.BandChart{Lang: l, Scale: scale, Title: r.title(l), Standalone: standalone, Layout: svgLayout}
	if !standalone {
		c.Layout.Top = 16
	}

	// The description states every figure in words: what the chart shows
	// to a reader who cannot see it.
	var items []string
	add := func(name string, score decimal.Decimal, bold bool, v akhlak.Value) error {
		band, err := scale.Classify(score)
		if err != nil {
			return err
		}
		items = append(items, l.Sprintf(msg.ChartDescItem, name, l.Fixed(score, places), band.Letter+" "+band.Label))
		row := htmlpage.BandRow{Label: name, Name: name, Score: score, Band: band, Bold: bold}
		if r.Baseline != nil {
			// Last year's score, marked across the bar.
			row.MarkScore = r.Baseline.change(v).Before().Decimal()
			row.Mark = msg.ColumnBaseline.In(l) + ": " + l.Fixed(row.MarkScore, places)
		}
		c.Rows = append(c.Rows, row)
		return nil
	}
	for _, v := range akhlak.Values() {
		if err := add(v.String(), r.Profile.Score(v).Decimal(), false, v); err != nil {
			return err
		}
	}
	if err := add("Indeks BerAKHLAK", r.Index.Decimal(), true, 0); err != nil {
		return err
	}
	c.Desc = l.Sprintf(msg.ChartDesc, strings.Join(items, "; "))
	if r.Baseline != nil {
		c.Note = l.Sprintf(msg.ChartBaseline, r.Baseline.Name)
	}
	cat, _ := rules.Lookup(rules.Categories)
	c.Source = msg.ColumnCategory.In(l) + ": " + cat.Source.In(l)
	return c.Write(w)
}
