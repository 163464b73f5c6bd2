package main

import (
	"bytes"
	"html/template"
	"io"
	"strings"

	"github.com/go-asn/berakhlak/akhlak"
	"github.com/go-asn/berakhlak/category"
	"github.com/go-asn/berakhlak/examples/internal/htmlpage"
	"github.com/go-asn/berakhlak/examples/internal/lang"
)

// The report's body, under the page's heading (the title, the period
// and, for the embedded sample, the note that its data is invented; see
// htmlpage.Page), in this order: the respondents against the minimum,
// the index and its category, the seven values (table and chart), the
// improvement focus, entropy and alignment, and the methods with every
// rule used (htmlpage.Rules). html/template escapes every string, here
// and in the heading, the agency's name included.
var body = template.Must(template.New("body").Option("missingkey=error").Parse(`<section aria-labelledby="summary">
<h2 id="summary">{{.M.HeadingSummary}}</h2>
<table class="summary">
<tr><th scope="row">{{.M.RespondentsLabel}}</th><td>{{.Respondents}}</td></tr>
<tr><th scope="row">Indeks BerAKHLAK</th><td><span class="index">{{.Index}}</span> <span class="cat cat-{{.Category.Letter}}">{{.Category.Letter}}</span> {{.Category.Name}}</td></tr>
</table>
</section>
<section aria-labelledby="values">
<h2 id="values">{{.M.HeadingValues}}</h2>
<table class="values">
<thead><tr><th scope="col">{{.M.ColumnCode}}</th><th scope="col">{{.M.ColumnValue}}</th><th scope="col" class="num">{{.M.ColumnScore}}</th><th scope="col">{{.M.ColumnCategory}}</th></tr></thead>
<tbody>
{{- range .Values}}
<tr><td>{{.Code}}</td><td>{{.Name}}</td><td class="num">{{.Score}}</td><td><span class="cat cat-{{.Letter}}">{{.Letter}}</span> {{.Label}}</td></tr>
{{- end}}
<tr class="total"><td></td><th scope="row">Indeks BerAKHLAK</th><td class="num">{{.Index}}</td><td><span class="cat cat-{{.Category.Letter}}">{{.Category.Letter}}</span> {{.Category.Label}}</td></tr>
</tbody>
</table>
<figure>
{{.Chart}}
</figure>
</section>
{{- with .Baseline}}
<section class="keep" aria-labelledby="baseline">
<h2 id="baseline">{{.Heading}}</h2>
<p>{{.Intro}}</p>
<table class="compare">
<thead><tr>{{range .Head}}<th scope="col">{{.}}</th>{{end}}</tr></thead>
<tbody>
{{- range .Rows}}
<tr{{if not .Code}} class="total"{{end}}><td>{{.Code}}</td><td>{{.Name}}</td><td class="num">{{.Before}}</td><td class="num">{{.After}}</td><td class="num">{{.Delta}}</td><td class="num">{{.Interval}}</td><td>{{.Verdict}}</td></tr>
{{- end}}
</tbody>
</table>
<p>{{.Moved}}</p>
{{- if .Note}}
<p class="note">{{.Note}}</p>
{{- end}}
{{- if .Targets}}
<table class="targets">
<caption>{{.TargetsCaption}}</caption>
<thead><tr>{{range .TargetsHead}}<th scope="col">{{.}}</th>{{end}}</tr></thead>
<tbody>
{{- range .Targets}}
<tr><td>{{.Code}}</td><td>{{.Name}}</td><td class="num">{{.Target}}</td><td>{{.Attainment}}</td></tr>
{{- end}}
</tbody>
</table>
<p class="note">{{.TargetNote}}</p>
{{- end}}
</section>
{{- end}}
<section class="keep" aria-labelledby="focus">
<h2 id="focus">{{.M.HeadingFocus}}</h2>
{{- range .Focus}}
<p>{{.Sentence}}</p>
<table class="behaviours">
<thead><tr><th scope="col">{{$.M.ColumnCode}}</th><th scope="col">{{$.M.ColumnBehaviour}}</th></tr></thead>
<tbody>
{{- range .Behaviours}}
<tr><td>{{.Code}}</td><td>{{.Text}}</td></tr>
{{- end}}
</tbody>
</table>
{{- end}}
</section>
{{- with .Culture}}
<section class="keep" aria-labelledby="culture">
<h2 id="culture">{{$.M.HeadingCulture}}</h2>
<table class="culture">
<caption>{{.CurrentCaption}}</caption>
{{- range .Current}}
<tr><th scope="row">{{.Label}}</th><td>{{.Value}}</td></tr>
{{- end}}
</table>
<table class="culture">
<caption>{{.AlignmentCaption}}</caption>
{{- range .Alignment}}
<tr><th scope="row">{{.Label}}</th><td>{{.Value}}</td></tr>
{{- end}}
</table>
</section>
{{- end}}
<section aria-labelledby="methods">
<h2 id="methods">{{.M.HeadingMethods}}</h2>
<p>{{.Method}}</p>
{{- if .Picks}}
<p>{{.Picks}}</p>
{{- end}}
<p>{{.Categories}}</p>
<p class="note">{{.M.MethodsIntro}}</p>
{{.Rules}}
</section>`))

// htmlBand is a category as the page shows it.
type htmlBand struct{ Letter, Label, Name string }

type htmlRow struct{ Label, Value string }

// htmlData is what the body template shows: every string already in the
// page's language, every number in its notation.
type htmlData struct {
	M                         map[string]string // msg in the page's language (lang.Table): {{.M.HeadingValues}}
	Respondents               string
	Index                     string
	Category                  htmlBand
	Values                    []struct{ Code, Name, Score, Letter, Label string }
	Chart                     template.HTML
	Focus                     []htmlFocus
	Culture                   *htmlCulture
	Method, Picks, Categories string
	Rules                     template.HTML // htmlpage.Rules
	Baseline                  *htmlBaseline
}

// htmlBaseline is the comparison with the baseline and the targets.
type htmlBaseline struct {
	Heading, Intro, Moved, Note string
	Head                        []string
	Rows                        []comparisonRow
	TargetsCaption, TargetNote  string
	TargetsHead                 []string
	Targets                     []struct{ Code, Name, Target, Attainment string }
}

type htmlFocus struct {
	Sentence   string
	Behaviours []struct{ Code, Text string }
}

type htmlCulture struct {
	CurrentCaption, AlignmentCaption string
	Current, Alignment               []htmlRow
}

// writeHTML writes the report as one self-contained, printable HTML page
// in language l.
func writeHTML(w io.Writer, r Report, l lang.Lang) error {
	scale := category.BerAKHLAK()
	places := scale.Places()
	d := htmlData{
		Respondents: r.respondents(l),
		Index:       l.Fixed(r.Index.Decimal(), places),
		Category:    htmlBand{r.Category.Letter, r.Category.Label, bandName(l, r.Category)},
		Method:      l.Sprintf(msg.Method, r.method(l)),
		Picks:       r.picks(l),
		Categories:  l.Sprintf(msg.Categories, bandList(l, scale), msg.CategorySource.In(l)),
	}
	page := htmlpage.Page{Lang: l, Title: r.title(l), CSS: reportCSS()}
	if r.Period != "" {
		page.Period = l.Sprintf(msg.Period, r.Period)
	}
	if r.Sample {
		page.Note = msg.SampleNote.In(l)
	}
	for _, v := range akhlak.Values() {
		s := r.Profile.Score(v)
		band, err := scale.Classify(s.Decimal())
		if err != nil {
			return err
		}
		d.Values = append(d.Values, struct{ Code, Name, Score, Letter, Label string }{v.Code(), v.String(), l.Fixed(s.Decimal(), places), band.Letter, band.Label})
	}
	var chart bytes.Buffer
	if err := writeSVG(&chart, r, l, false); err != nil {
		return err
	}
	d.Chart = template.HTML(chart.String()) // writeSVG escapes every string it draws
	for _, v := range r.Profile.Lowest() {
		f := htmlFocus{Sentence: l.Sprintf(msg.FocusSentence, v.String(), l.Fixed(r.Profile.Score(v).Decimal(), places))}
		for _, b := range v.Behaviours() {
			f.Behaviours = append(f.Behaviours, struct{ Code, Text string }{b.Code(), b.String()})
		}
		d.Focus = append(d.Focus, f)
	}
	if bf := r.Ballot; bf != nil {
		c := &htmlCulture{
			CurrentCaption:   msg.CurrentCulture.In(l),
			AlignmentCaption: l.Sprintf(msg.Alignment, topN),
		}
		c.Current = append(c.Current,
			htmlRow{msg.MostVoted.In(l), describe(l, bf.MostVoted)},
			htmlRow{msg.LeastVoted.In(l), describe(l, bf.LeastVoted)})
		if bf.CurrentVotes > 0 {
			c.Current = append(c.Current,
				htmlRow{msg.Entropy.In(l), entropyText(l, bf)},
				htmlRow{msg.PositiveEnergy.In(l), l.Fixed(bf.PositiveEnergy.Decimal(), 1) + "%"})
		} else {
			c.Current = append(c.Current, htmlRow{msg.Entropy.In(l), msg.EntropyNone.In(l)})
		}
		c.Alignment = []htmlRow{
			{msg.PersonalCurrent.In(l), personalCurrentText(l, bf)},
			{msg.CurrentDesired.In(l), currentDesiredText(l, bf)},
		}
		d.Culture = c
	}
	if b := r.Baseline; b != nil {
		d.Baseline = htmlBaselineOf(b, l)
	}
	var err error
	if d.Rules, err = htmlpage.Rules(l, r.rules()); err != nil {
		return err
	}
	d.M = lang.Table(l, msg)
	return htmlpage.Render(w, page, body, d)
}

// htmlBaselineOf returns the page's comparison section in language l,
// from the same rows as the text report's.
func htmlBaselineOf(b *Baseline, l lang.Lang) *htmlBaseline {
	h := &htmlBaseline{Heading: l.Sprintf(msg.BaselineHeading, b.Name), Rows: b.comparisonRows(l),
		Head: []string{msg.ColumnCode.In(l), msg.ColumnValue.In(l), msg.ColumnBaseline.In(l), msg.ColumnNow.In(l),
			msg.ColumnChange.In(l), l.Sprintf(msg.ColumnInterval), msg.ColumnVerdict.In(l)}}
	if b.Published {
		h.Intro = msg.BaselinePublished.In(l)
	} else {
		h.Intro, h.Note = l.Sprintf(msg.BaselineRespondents, l.Int(b.Respondents)), msg.ChangeNote.In(l)
	}
	h.Moved = movedText(b, l)
	if b.TargetsName != "" {
		h.TargetsCaption, h.TargetNote = l.Sprintf(msg.TargetsHeading, b.TargetsName), l.Sprintf(msg.TargetNote)
		h.TargetsHead = []string{msg.ColumnCode.In(l), msg.ColumnValue.In(l), msg.ColumnTarget.In(l), msg.ColumnAttainment.In(l)}
		for _, t := range b.Targets {
			code, name := rowName(t.Value)
			h.Targets = append(h.Targets, struct{ Code, Name, Target, Attainment string }{code, name, targetText(l, t.Target), attainmentText(l, t.Attainment)})
		}
	}
	return h
}

// reportCSS is the report's own style: the category letters in their
// colours (each at least 4.5:1 on white) and the index in large type.
func reportCSS() template.CSS {
	var b strings.Builder
	b.WriteString(`
.summary th { width: 30%; font-weight: normal; color: #444; }
.index { font-size: 16pt; font-weight: bold; }
.cat { display: inline-block; min-width: 1.4em; text-align: center; font-weight: bold; border: 1.5px solid currentColor; border-radius: 3px; padding: 0 0.2em; }
.values td:first-child, .behaviours td:first-child { width: 3.5em; }
.values .num { width: 4em; }
.total th, .total td { font-weight: bold; border-top: 1.5px solid #333; }
caption { text-align: left; font-weight: bold; padding: 2mm 0 1mm; }
.culture th { width: 38%; font-weight: normal; color: #444; }
.compare, .targets { font-size: 9.5pt; }
.compare .num, .targets .num, .compare td:nth-child(2) { white-space: nowrap; }
.compare td, .compare th { padding-left: 0.3em; padding-right: 0.3em; }
@media print {
  .index { font-size: 13pt; }
  .rules { font-size: 8.5pt; }
}
`)
	b.WriteString(string(htmlpage.BandCSS()))
	return template.CSS(b.String()) // constants of the program
}
