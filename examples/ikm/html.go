package main

import (
	"bytes"
	"html/template"
	"math/big"
	"strings"

	"github.com/go-asn/berakhlak/category"
	"github.com/go-asn/berakhlak/examples/internal/htmlpage"
	"github.com/go-asn/berakhlak/examples/internal/lang"
	"github.com/go-asn/berakhlak/examples/internal/rules"
	"github.com/go-asn/berakhlak/ikm"
	"github.com/go-asn/berakhlak/internal/text"
	"github.com/shopspring/decimal"
)

// The Laporan Hasil SKM's body, under the page's heading (the unit and
// the period, and for the embedded sample the note that its data is
// invented; see htmlpage.Page), in this order: the respondents against the
// Krejcie–Morgan minimum, the IKM with its mutu and kinerja, the nine
// unsur (table and chart), the lowest unsur as the priority for
// improvement, the results per service, the respondent profile, and the
// methods with every rule used (htmlpage.Rules). html/template escapes
// every string, here and in the heading: -title, -period, the group
// column, the services and the profile's values included.
var body = template.Must(template.New("body").Option("missingkey=error").Parse(`<section aria-labelledby="summary">
<h2 id="summary">{{.M.HeadingSummary}}</h2>
<table class="summary">
<tr><th scope="row">{{.M.LabelRespondents}}</th><td>{{.Respondents}}</td></tr>
{{- with .Instrument}}
<tr><th scope="row">{{$.M.LabelInstrument}}</th><td>{{.}}</td></tr>
{{- end}}
<tr><th scope="row">IKM</th><td><span class="index">{{.Index}}</span></td></tr>
<tr><th scope="row">{{.M.LabelMutu}}</th><td><span class="cat cat-{{.Band.Letter}}">{{.Band.Letter}}</span></td></tr>
<tr><th scope="row">{{.M.LabelKinerja}}</th><td>{{.Band.Label}}</td></tr>
</table>
</section>
<section aria-labelledby="unsur">
<h2 id="unsur">{{.M.HeadingUnsur}}</h2>
<table class="unsur">
<thead><tr><th scope="col">{{.M.ColumnCode}}</th><th scope="col">{{.M.ColumnUnsur}}</th><th scope="col" class="num">{{.M.ColumnNRR}}</th><th scope="col" class="num">{{.M.ColumnWeighted}}</th><th scope="col" class="num">{{.M.ColumnConverted}}</th><th scope="col">{{.M.ColumnMutu}}</th><th scope="col" class="num">{{.M.ColumnAnswers}}</th></tr></thead>
<tbody>
{{- range .Unsur}}
<tr><td>{{.Code}}</td><td>{{.Name}}</td><td class="num">{{.NRR}}</td><td class="num">{{.Weighted}}</td><td class="num">{{.Converted}}</td><td class="mutu"><span class="cat cat-{{.Letter}}">{{.Letter}}</span> {{.Label}}</td><td class="num">{{.Answers}}</td></tr>
{{- end}}
<tr class="total"><th scope="row" colspan="3">{{.M.TotalRow}}</th><td class="num">{{.Weighted}}</td><td class="num">{{.Index}}</td><td class="mutu"><span class="cat cat-{{.Band.Letter}}">{{.Band.Letter}}</span> {{.Band.Label}}</td><td></td></tr>
</tbody>
</table>
<figure>
{{.Chart}}
</figure>
</section>
<section class="keep" aria-labelledby="priority">
<h2 id="priority">{{.M.HeadingPriority}}</h2>
<p>{{.PriorityLead}}</p>
<ul class="priority">
{{- range .Priority}}
<li>{{.}}</li>
{{- end}}
</ul>
</section>
{{- if .Groups}}
<section class="keep" aria-labelledby="groups">
<h2 id="groups">{{.M.HeadingGroups}}</h2>
<p>{{.GroupsIntro}}</p>
<table class="groups">
<thead><tr><th scope="col">{{.M.ColumnGroup}}</th><th scope="col" class="num">{{.M.LabelRespondents}}</th><th scope="col" class="num">IKM</th><th scope="col">{{.M.ColumnMutu}}</th></tr></thead>
<tbody>
{{- range .Groups}}
{{- if .Suppressed}}
<tr class="suppressed"><td>{{.Name}}</td><td class="num">{{.Respondents}}</td><td colspan="2">{{.Note}}</td></tr>
{{- else}}
<tr><td>{{.Name}}</td><td class="num">{{.Respondents}}</td><td class="num">{{.Index}}</td><td class="mutu"><span class="cat cat-{{.Letter}}">{{.Letter}}</span> {{.Label}}</td></tr>
{{- end}}
{{- end}}
</tbody>
</table>
<p class="note">{{.M.GroupsPooled}}</p>
</section>
{{- end}}
{{- if .Profile}}
<section class="keep" aria-labelledby="profile">
<h2 id="profile">{{.M.HeadingProfile}}</h2>
<p>{{.M.ProfileIntro}}</p>
<div class="profile">
{{- range .Profile}}
<table>
<caption>{{.Label}}</caption>
<tbody>
{{- range .Values}}
<tr><td>{{.Value}}</td><td class="num">{{.Count}}</td></tr>
{{- end}}
</tbody>
</table>
{{- end}}
</div>
</section>
{{- end}}
<section aria-labelledby="methods">
<h2 id="methods">{{.M.HeadingMethods}}</h2>
<p>{{.M.MethodsWeight}}</p>
{{- with .NRRPlaces}}
<p>{{.}}</p>
{{- end}}
<p class="note">{{.M.MethodsIntro}}</p>
{{.Rules}}
</section>`))

// htmlData is what the body template shows: every string already in the
// page's language, every number in its notation. Strings from the input
// are made printable by text.Terminal (a name with control characters or
// invalid UTF-8 is shown quoted, as in the text report); the template
// escapes them.
type htmlData struct {
	M            map[string]string // msg in the page's language (lang.Table): {{.M.HeadingUnsur}}
	Respondents  string
	Instrument   string // a superseded instrument, or ""
	Index        string
	Band         category.Band
	Unsur        []htmlUnsur
	Weighted     string // the sum of the NRR tertimbang
	Chart        template.HTML
	PriorityLead string
	Priority     []string
	GroupsIntro  string
	Groups       []htmlGroup
	Profile      []htmlProfile
	NRRPlaces    string        // what -nrr-places set, when not the rule's 3
	Rules        template.HTML // htmlpage.Rules
}

type htmlUnsur struct {
	Code, Name, NRR, Weighted, Converted, Letter, Label, Answers string
}

type htmlGroup struct {
	Name, Respondents, Index, Letter, Label, Note string
	Suppressed                                    bool
}

type htmlProfile struct {
	Label  string
	Values []struct{ Value, Count string }
}

// writeHTML returns the Laporan Hasil SKM of res as one self-contained,
// printable HTML page in the language of o; name is what its title names
// (o.titleName).
func writeHTML(res ikm.Result, ex *export, name string, population int, o options) ([]byte, error) {
	l, places := o.lang, int32(o.nrrPlaces)
	band := res.Band()
	d := htmlData{
		Respondents: l.Sprintf(msg.ValueRespondents, l.Int(res.Respondents()), l.Int(res.Minimum().Required()), l.Int(population)),
		Index:       l.Fixed(res.Index().Decimal(), 2),
		Band:        band,
	}
	if in := res.Instrument(); in.Superseded() {
		d.Instrument = l.Sprintf(msg.ValueInstrument, in)
	}
	page := htmlpage.Page{Lang: l, Title: l.Sprintf(msg.PageTitle, text.Terminal(name, 0)), CSS: ikmCSS + htmlpage.BandCSS()}
	if o.period != "" {
		page.Period = l.Sprintf(msg.Period, text.Terminal(o.period, 0))
	}
	if o.in == "" {
		page.Note = msg.SampleNote.In(l)
	}

	items := res.Items()
	n := int64(len(items))
	sum := new(big.Rat) // Σ NRR × 1/n, exact
	for _, it := range items {
		nrr, err := it.NRRAt(places)
		if err != nil {
			return nil, err
		}
		weighted := new(big.Rat).SetFrac64(int64(it.Sum), int64(it.Answers)*n)
		sum.Add(sum, weighted)
		d.Unsur = append(d.Unsur, htmlUnsur{
			Code: it.Code, Name: it.Name, NRR: l.Fixed(nrr.Decimal(), places),
			Weighted: l.Fixed(roundHalfUp(weighted, places), places), Converted: l.Fixed(it.Converted.Decimal(), 2),
			Letter: it.Band.Letter, Label: it.Band.Label, Answers: l.Int(it.Answers),
		})
	}
	d.Weighted = l.Fixed(roundHalfUp(sum, places), places)

	var chart bytes.Buffer
	if err := unsurChart(res, l).Write(&chart); err != nil {
		return nil, err
	}
	d.Chart = template.HTML(chart.String()) // BandChart escapes every string it draws

	lowest := lowestItems(items)
	d.PriorityLead = msg.PriorityOne.In(l)
	if len(lowest) > 1 {
		d.PriorityLead = l.Sprintf(msg.PriorityTied, l.Int(len(lowest)))
	}
	for _, it := range lowest {
		nrr, err := it.NRRAt(places)
		if err != nil {
			return nil, err
		}
		d.Priority = append(d.Priority, l.Sprintf(msg.PriorityItem, it.Code, it.Name, l.Fixed(nrr.Decimal(), places),
			l.Fixed(it.Converted.Decimal(), 2), it.Band.Letter+" "+it.Band.Label))
	}

	if groups := res.Groups(); len(groups) > 0 {
		d.GroupsIntro = l.Sprintf(msg.GroupsIntro, text.Terminal(ex.group, 0))
		for _, g := range groups {
			hg := htmlGroup{Name: text.Terminal(g.Name, 0), Respondents: l.Int(g.Respondents), Suppressed: g.Suppressed}
			if g.Suppressed {
				hg.Note = l.Sprintf(msg.GroupNotPublished, g.Reason)
			} else {
				gb := g.Result.Band()
				hg.Index, hg.Letter, hg.Label = l.Fixed(g.Result.Index().Decimal(), 2), gb.Letter, gb.Label
			}
			d.Groups = append(d.Groups, hg)
		}
	}
	for _, p := range ex.profile {
		hp := htmlProfile{Label: profileLabels[p.Name].In(l)}
		for _, v := range p.Values {
			value := text.Terminal(v.Value, 0)
			if v.Value == "" {
				value = msg.ProfileBlank.In(l)
			}
			hp.Values = append(hp.Values, struct{ Value, Count string }{value, l.Int(v.Count)})
		}
		d.Profile = append(d.Profile, hp)
	}

	if places != defaultNRRPlaces {
		d.NRRPlaces = l.Sprintf(msg.MethodsNRRPlaces, l.Int(int(places)))
	}
	var err error
	if d.Rules, err = htmlpage.Rules(l, usedRules(res, ex, places)); err != nil {
		return nil, err
	}
	d.M = lang.Table(l, msg)
	var b bytes.Buffer
	if err := htmlpage.Render(&b, page, body, d); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// chartLayout is the unsur chart's geometry: rows labelled by code (the
// table above names them), an axis of 640 for 25–100, so that each band's
// legend fits under it.
var chartLayout = htmlpage.ChartLayout{Left: 70, Width: 640, Top: 16, Row: 30, Bar: 22, Margin: 12}

// unsurChart returns the chart of the converted value of each unsur and of
// the IKM, on category.IKM, in language l.
func unsurChart(res ikm.Result, l lang.Lang) htmlpage.BandChart {
	c := htmlpage.BandChart{Lang: l, Scale: category.IKM(), Title: msg.ChartTitle.In(l), Source: msg.ChartSource.In(l), Layout: chartLayout}
	var desc []string
	add := func(label, name string, score decimal.Decimal, band category.Band, bold bool) {
		c.Rows = append(c.Rows, htmlpage.BandRow{Label: label, Name: name, Score: score, Band: band, Bold: bold})
		desc = append(desc, l.Sprintf(msg.ChartItem, name, l.Fixed(score, 2), band.Letter+" "+band.Label))
	}
	for _, it := range res.Items() {
		add(it.Code, it.Code+" "+it.Name, it.Converted.Decimal(), it.Band, false)
	}
	add("IKM", "IKM", res.Index().Decimal(), res.Band(), true)
	c.Desc = l.Sprintf(msg.ChartDesc, strings.Join(desc, "; "))
	return c
}

// lowestItems returns the unsur with the lowest exact NRR (Sum ÷ Answers),
// in their order: more than one when their NRR are exactly equal. A tie
// is reported, never broken.
func lowestItems(items []ikm.ItemResult) []ikm.ItemResult {
	var out []ikm.ItemResult
	var low *big.Rat
	for _, it := range items {
		nrr := new(big.Rat).SetFrac64(int64(it.Sum), int64(it.Answers))
		switch {
		case low == nil || nrr.Cmp(low) < 0:
			low, out = nrr, []ikm.ItemResult{it}
		case nrr.Cmp(low) == 0:
			out = append(out, it)
		}
	}
	return out
}

// roundHalfUp returns the non-negative r rounded half-up once to places.
func roundHalfUp(r *big.Rat, places int32) decimal.Decimal {
	scale := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(places)), nil)
	num := new(big.Int).Mul(r.Num(), scale)
	q, m := new(big.Int).QuoRem(num, r.Denom(), new(big.Int))
	if m.Lsh(m, 1).Cmp(r.Denom()) >= 0 {
		q.Add(q, big.NewInt(1))
	}
	return decimal.NewFromBigInt(q, -places)
}

// usedRules returns the rules the report used, in the register's order:
// the formula, the bands, the minimum and the weight always; the NRR's
// three places unless -nrr-places changed them; the answer words when a
// cell held one; the groups when there are any; the superseded instrument
// when it was read.
func usedRules(res ikm.Result, ex *export, places int32) []rules.Rule {
	ids := []rules.ID{rules.IKMFormula, rules.IKMCategories, rules.IKMMinimum, rules.IKMWeight}
	if places == defaultNRRPlaces {
		ids = append(ids, rules.IKMNRRPlaces)
	}
	if ex.words {
		ids = append(ids, rules.IKMWords)
	}
	if len(res.Groups()) > 0 {
		ids = append(ids, rules.IKMGroups)
	}
	if res.Instrument() == ikm.Instrument2014 {
		ids = append(ids, rules.IKM2014)
	}
	rs, err := rules.Select(ids...)
	if err != nil {
		panic(err) // the ids are the program's constants: a test runs them
	}
	return rs
}

// ikmCSS is the page's own style: the IKM in large type, the mutu letters
// boxed (in their band's colour, htmlpage.BandCSS), the total row, the
// suppressed services muted, and the profile's tables side by side.
// Every colour has at least 4.5:1 on white (TestColourContrast).
const ikmCSS template.CSS = `
.summary th { width: 30%; font-weight: normal; color: #444; }
.index { font-size: 16pt; font-weight: bold; }
.cat { display: inline-block; min-width: 1.4em; text-align: center; font-weight: bold; border: 1.5px solid currentColor; border-radius: 3px; padding: 0 0.2em; }
.unsur td:first-child { width: 2.5em; }
.mutu { white-space: nowrap; }
.total th, .total td { font-weight: bold; border-top: 1.5px solid #333; }
.groups tr.suppressed td { color: #555; }
.priority { margin: 1mm 0; padding-left: 6mm; }
.profile { display: grid; grid-template-columns: repeat(4, minmax(0, 1fr)); gap: 0 4mm; align-items: start; }
.profile table { font-size: 9pt; }
.profile caption { text-align: left; font-weight: bold; padding: 1mm 0; }
@media print {
  .index { font-size: 13pt; }
  .rules { font-size: 8.5pt; }
}
`
