package main

import (
	"bytes"
	"fmt"
	"html/template"
	"io"

	"github.com/go-asn/berakhlak/engagement"
	"github.com/go-asn/berakhlak/examples/internal/htmlpage"
	"github.com/go-asn/berakhlak/examples/internal/lang"
	"github.com/go-asn/berakhlak/internal/text"
)

// The report's body, under the page's heading (the title, the period and
// the sample's note; see htmlpage.Page), in the order of the text report:
// the respondents against the minimum, the engagement index, the
// dimensions (table and chart), the segments, eNPS, the units with the
// suppressed ones and why, and the methods with every rule used
// (htmlpage.Rules). html/template escapes every string, here and in the
// heading: the unit and dimension names, -title and -period included.
var body = template.Must(template.New("body").Option("missingkey=error").Parse(`<section aria-labelledby="summary">
<h2 id="summary">{{.M.HeadingSummary}}</h2>
<table class="summary">
<tr><th scope="row">{{.M.LabelRespondents}}</th><td>{{.Respondents}}</td></tr>
<tr><th scope="row">{{.M.LabelIndex}}</th><td><span class="index">{{.Index}}</span> <span class="note">({{.M.ValueIndex}})</span></td></tr>
<tr><th scope="row">{{.M.LabelMean}}</th><td>{{.Mean}}</td></tr>
</table>
</section>
<section aria-labelledby="dimensions">
<h2 id="dimensions">{{.M.HeadingDimensions}}</h2>
<table class="dimensions">
<thead><tr><th scope="col">{{.M.ColumnDimension}}</th><th scope="col" class="num">{{.M.ColumnMean}}</th><th scope="col" class="num">{{.M.ColumnFavourable}}</th><th scope="col">{{.M.ColumnAlpha}}</th></tr></thead>
<tbody>
{{- range .Dimensions}}
<tr><td>{{.Name}}</td><td class="num">{{.Mean}}</td><td class="num">{{.Favourable}}</td><td>{{.Alpha}}</td></tr>
{{- end}}
</tbody>
</table>
<figure>
{{.Chart}}
</figure>
</section>
<section class="keep" aria-labelledby="segments">
<h2 id="segments">{{.M.HeadingSegments}}</h2>
<table class="segments">
<thead><tr><th scope="col">{{.M.ColumnSegment}}</th><th scope="col">{{.M.ColumnCriterion}}</th><th scope="col" class="num">{{.M.ColumnRespondents}}</th></tr></thead>
<tbody>
{{- range .Segments}}
<tr><th scope="row">{{.Label}}</th><td>{{.Criterion}}</td><td class="num">{{.Count}}</td></tr>
{{- end}}
</tbody>
</table>
</section>
<section class="keep" aria-labelledby="enps">
<h2 id="enps">{{.M.HeadingENPS}}</h2>
{{- if .ENPS}}
<table class="enps">
{{- range .ENPS}}
<tr><th scope="row">{{.Label}}</th><td class="num">{{.Value}}</td></tr>
{{- end}}
</table>
{{- else}}
<p>{{.M.ENPSNone}}</p>
{{- end}}
</section>
<section class="keep" aria-labelledby="units">
<h2 id="units">{{.M.HeadingUnits}}</h2>
<p>{{.UnitsIntro}}</p>
{{- if .Units}}
<table class="units">
<thead><tr><th scope="col">{{.M.ColumnUnit}}</th><th scope="col" class="num">{{.M.ColumnRespondents}}</th><th scope="col" class="num">{{.M.ColumnIndex}}</th><th scope="col">{{.M.ColumnNote}}</th></tr></thead>
<tbody>
{{- range .Units}}
<tr{{if .Suppressed}} class="suppressed"{{end}}><td>{{.Name}}</td><td class="num">{{.Respondents}}</td><td class="num">{{.Index}}</td><td>{{.Note}}</td></tr>
{{- end}}
</tbody>
</table>
{{- else}}
<p>{{.M.NoUnits}}</p>
{{- end}}
</section>
{{- with .Baseline}}
<section class="keep" aria-labelledby="baseline">
<h2 id="baseline">{{.Heading}}</h2>
<p>{{.Intro}}</p>
<table class="compare">
<thead><tr>{{range .Head}}<th scope="col">{{.}}</th>{{end}}</tr></thead>
<tbody>
{{- range .Rows}}
<tr><td>{{index . 0}}</td><td class="num">{{index . 1}}</td><td class="num">{{index . 2}}</td><td class="num">{{index . 3}}</td><td class="num">{{index . 4}}</td><td>{{index . 5}}</td></tr>
{{- end}}
</tbody>
</table>
<p class="note">{{.Note}}</p>
</section>
{{- end}}
<section aria-labelledby="methods">
<h2 id="methods">{{.M.HeadingMethods}}</h2>
<p>{{.Instrument}}</p>
<p>{{.Minimum}}</p>
<p class="note">{{.M.MethodsIntro}}</p>
{{.Rules}}
</section>`))

// htmlData is what the body template shows: every string already in the
// page's language, every number in its notation. Strings from the input
// are made printable by text.Terminal (a name with control characters
// or invalid UTF-8 is shown quoted, as in the text report); the template
// escapes them.
type htmlData struct {
	M                   map[string]string // msg in the page's language (lang.Table): {{.M.HeadingUnits}}
	Respondents         string
	Index, Mean         string
	Dimensions          []struct{ Name, Mean, Favourable, Alpha string }
	Chart               template.HTML
	Segments            []struct{ Label, Criterion, Count string }
	ENPS                []struct{ Label, Value string }
	UnitsIntro          string
	Units               []htmlUnit
	Instrument, Minimum string
	Rules               template.HTML // htmlpage.Rules
	Baseline            *htmlBaseline // -baseline; nil without
}

// htmlBaseline is the comparison with the baseline: the head of its
// table, and each row's cells (the name, both years, the change, its
// interval, the verdict or why there is none).
type htmlBaseline struct {
	Heading, Intro, Note string
	Head                 []string
	Rows                 [][6]string
}

type htmlUnit struct {
	Name, Respondents, Index, Note string
	Suppressed                     bool
}

// htmlTitle returns the title of the page in language l, unescaped (the
// template escapes it).
func (r report) htmlTitle(l lang.Lang) string {
	return l.Sprintf(msg.Title, text.Terminal(r.name(l), 0))
}

// alphaText writes a dimension's alpha and its n, or why it has none.
func (d dimensionFigures) alphaText(l lang.Lang, threshold int) string {
	switch {
	case d.withheld:
		return l.Sprintf(msg.DimensionWithheld, l.Int(threshold))
	case d.noAlpha == hasAlpha:
		return l.Sprintf(msg.Alpha, l.Fixed(d.alpha, 3), l.Int(d.alphaN))
	case d.noAlpha == oneItem:
		return msg.AlphaOneItem.In(l)
	case d.noAlpha == fewAnswers:
		return l.Sprintf(msg.AlphaFew, l.Int(d.alphaN))
	case d.noAlpha == alphaWithheld:
		return l.Sprintf(msg.AlphaWithheld, l.Int(d.alphaN), l.Int(threshold))
	}
	return l.Sprintf(msg.AlphaNoVariance, l.Int(d.alphaN))
}

// writeHTML writes the report as one self-contained, printable HTML page
// in language l.
func (r report) writeHTML(w io.Writer, l lang.Lang) error {
	pct := func(s string) string { return l.Sprintf(msg.Percent, s) }
	d := htmlData{
		Respondents: l.Sprintf(msg.ValueRespondents, l.Int(r.respondents), l.Int(r.minimum)),
		Index:       pct(l.Fixed(r.index, 1)),
		Mean:        l.Sprintf(msg.ValueMean, l.Fixed(r.mean, 2)),
		UnitsIntro:  l.Sprintf(msg.UnitsIntro, l.Int(r.confidentiality)),
		Instrument:  l.Sprintf(msg.MethodsInstrument, text.Terminal(r.instrument, 0), l.Int(r.items), l.Int(len(r.dimensions))),
		Minimum:     l.Sprintf(msg.MethodsMinimum, l.Int(r.minimum)),
	}
	if official := engagement.OfficialMinimum().Required(); r.minimum != official {
		d.Minimum = l.Sprintf(msg.MethodsOwnMinimum, l.Int(r.minimum), l.Int(official))
	}
	page := htmlpage.Page{Lang: l, Title: r.htmlTitle(l), CSS: engagementCSS}
	if r.period != "" {
		page.Period = l.Sprintf(msg.Period, text.Terminal(r.period, 0))
	}
	if r.sample {
		page.Note = msg.SampleNote.In(l)
	}
	for _, dim := range r.dimensions {
		mean, fav := "—", "—"
		if !dim.withheld {
			mean, fav = l.Fixed(dim.figures.Mean.Decimal(), 2), pct(l.Fixed(dim.figures.Favourable.Decimal(), 1))
		}
		d.Dimensions = append(d.Dimensions, struct{ Name, Mean, Favourable, Alpha string }{
			text.Terminal(dim.name, 0), mean, fav, dim.alphaText(l, r.confidentiality)})
	}
	var chart bytes.Buffer
	if err := r.writeSVG(&chart, l); err != nil {
		return err
	}
	d.Chart = template.HTML(chart.String()) // writeSVG escapes every string it draws

	s := r.segments
	d.Segments = []struct{ Label, Criterion, Count string }{
		{msg.SegmentEngaged.In(l), msg.CriterionEngaged.In(l), l.Int(s.Engaged)},
		{msg.SegmentNeutral.In(l), msg.CriterionNeutral.In(l), l.Int(s.Neutral)},
		{msg.SegmentDisengaged.In(l), msg.CriterionDisengaged.In(l), l.Int(s.Disengaged)},
	}
	if s.Unscored > 0 {
		d.Segments = append(d.Segments, struct{ Label, Criterion, Count string }{msg.SegmentUnscored.In(l), msg.CriterionUnscored.In(l), l.Int(s.Unscored)})
	}
	if r.hasENPS {
		n := r.enps
		d.ENPS = []struct{ Label, Value string }{
			{msg.ENPSScore.In(l), l.Number(fmt.Sprintf("%+d", n.Score))},
			{msg.ENPSPromoters.In(l), l.Int(n.Promoters)},
			{msg.ENPSPassives.In(l), l.Int(n.Passives)},
			{msg.ENPSDetractors.In(l), l.Int(n.Detractors)},
			{msg.ENPSNoAnswer.In(l), l.Int(n.Missing)},
		}
	}
	for _, u := range r.units {
		hu := htmlUnit{Name: text.Terminal(u.name, 0), Respondents: l.Int(u.respondents), Index: "—", Suppressed: u.suppressed}
		switch {
		case u.suppressed && u.revealed > 0:
			hu.Note = l.Sprintf(msg.NoteResidual, l.Int(u.revealed))
		case u.suppressed:
			hu.Note = l.Sprintf(msg.NoteBelow, l.Int(u.respondents), l.Int(r.confidentiality))
		case u.hasIndex:
			hu.Index = pct(l.Fixed(u.index, 1))
		default:
			hu.Note = msg.NoteNoIndex.In(l)
		}
		d.Units = append(d.Units, hu)
	}
	if b := r.baseline; b != nil {
		h := &htmlBaseline{Heading: l.Sprintf(msg.BaselineHeading, text.Terminal(b.name, 0)),
			Intro: l.Sprintf(msg.BaselineRespondents, l.Int(b.respondents)) + " " + msg.ChartBaseline.In(l),
			Note:  msg.ChangeNote.In(l),
			Head: []string{msg.ColumnDimension.In(l), msg.ColumnBaseline.In(l), msg.ColumnNow.In(l), msg.ColumnChange.In(l),
				l.Sprintf(msg.ColumnInterval), msg.ColumnVerdict.In(l)}}
		for _, row := range b.rows {
			c := row.cells(l)
			c[0] = row.label(l, 0)
			h.Rows = append(h.Rows, c)
		}
		d.Baseline = h
	}
	var err error
	if d.Rules, err = htmlpage.Rules(l, r.rules()); err != nil {
		return err
	}
	d.M = lang.Table(l, msg)
	return htmlpage.Render(w, page, body, d)
}

// engagementCSS is the report's own style: the index in large type, the
// label columns' widths, and suppressed units in the muted colour. Every
// colour has at least 4.5:1 on white (TestColourContrast).
const engagementCSS template.CSS = `
.summary th, .enps th, .segments th { font-weight: normal; color: #444; }
.summary th { width: 30%; }
.enps th { width: 50%; }
.index { font-size: 16pt; font-weight: bold; }
.dimensions td:last-child { width: 45%; }
.units td:first-child { width: 30%; }
.units tr.suppressed td { color: #555; }
`
