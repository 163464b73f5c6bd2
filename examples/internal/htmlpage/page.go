// Package htmlpage writes the example programs' printable HTML reports:
// one self-contained page (no external stylesheet, font, script or image)
// with the CSS for the screen and for A4 paper, so that a browser's
// "Print → Save as PDF" gives a clean document. The page writes the
// report's heading (title, period, note) itself, and [Rules] gives the
// table of rules that ends each report's methods section, so that the
// reports share both. It also holds what the pages' tests share: the check that a page fetches nothing
// ([External]) and the WCAG contrast ratio of two colours ([Contrast]).
//
// A program builds its page's body with html/template, which escapes
// every input string, and passes it to [Write] as template.HTML. A chart
// drawn by hand as SVG escapes its strings with [EscapeText].
package htmlpage

import (
	"bytes"
	"fmt"
	"html/template"
	"io"

	"github.com/go-asn/berakhlak/examples/internal/lang"
	"github.com/go-asn/berakhlak/examples/internal/rules"
)

// Page is one printable report.
type Page struct {
	Lang   lang.Lang     // the language of the text, for <html lang>
	Title  string        // the document title (the browser tab, a PDF's title) and the page's heading
	Period string        // the line under the heading, if any (the survey's period)
	Note   string        // a note under it, if any (that a sample's data is invented)
	Body   template.HTML // the content of <main> after the heading, built by html/template
	CSS    template.CSS  // the page's own rules, after the shared ones
}

// BaseCSS is the style every report shares: readable 10–11pt text,
// tables and figures that a page break does not split, a chart at most
// 170 mm wide, the rules table ([Rules]) in smaller type, and an A4 page
// with 15 mm margins. Elements of class "keep" are not split either;
// figures keep their colours in print (print-color-adjust: exact), so a
// chart means the same on paper.
const BaseCSS template.CSS = `
:root { color: #1a1a1a; background: #fff; }
body { font-family: "Noto Sans", "DejaVu Sans", "Liberation Sans", Arial, sans-serif; font-size: 11pt; line-height: 1.4; margin: 0; }
main { max-width: 180mm; margin: 0 auto; padding: 10mm 8mm; }
h1 { font-size: 18pt; line-height: 1.2; margin: 0 0 1mm; }
h2 { font-size: 13pt; margin: 6mm 0 2mm; padding-bottom: 1mm; border-bottom: 1px solid #767676; break-after: avoid; page-break-after: avoid; }
p { margin: 1.5mm 0; }
.subtitle { color: #444; margin: 0 0 4mm; }
table { border-collapse: collapse; width: 100%; font-size: 10pt; break-inside: avoid; page-break-inside: avoid; }
th, td { text-align: left; vertical-align: top; padding: 1mm 2mm; border-bottom: 1px solid #c8c8c8; }
thead th { border-bottom: 1.5px solid #333; }
.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
figure { margin: 3mm 0; break-inside: avoid; page-break-inside: avoid; print-color-adjust: exact; -webkit-print-color-adjust: exact; }
figure svg { display: block; width: 100%; height: auto; }
.keep { break-inside: avoid; page-break-inside: avoid; }
.note { color: #444; font-size: 9pt; }
.rules { font-size: 9pt; }
.rules td:nth-child(2) { white-space: nowrap; }
figure svg { max-width: 170mm; }
@page { size: A4; margin: 15mm; }
@media print {
  body { font-size: 10pt; line-height: 1.3; }
  main { max-width: none; padding: 0; }
  h1 { font-size: 15pt; }
  h2 { font-size: 11.5pt; margin: 4mm 0 1.5mm; }
  th, td { padding: 0.5mm 1.5mm; }
  .subtitle { margin-bottom: 2mm; }
  .band { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
}
`

var page = template.Must(template.New("page").Parse(`<!DOCTYPE html>
<html lang="{{.Lang}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{.Title}}</title>
<link rel="icon" href="data:,">
<style>{{.Base}}{{.CSS}}</style>
</head>
<body>
<main>
<header>
<h1>{{.Title}}</h1>
{{- if .Period}}
<p class="subtitle">{{.Period}}</p>
{{- end}}
{{- if .Note}}
<p class="note">{{.Note}}</p>
{{- end}}
</header>
{{.Body}}
</main>
</body>
</html>
`))

// Write writes the page to w as one self-contained HTML document. The
// page is built completely before anything is written, and nothing is
// written if it fails.
func Write(w io.Writer, p Page) error {
	if p.Lang != lang.ID && p.Lang != lang.EN {
		return fmt.Errorf("htmlpage: page language %v", p.Lang)
	}
	var buf bytes.Buffer
	err := page.Execute(&buf, struct {
		Page
		Base template.CSS
	}{p, BaseCSS})
	if err != nil {
		return fmt.Errorf("htmlpage: %w", err)
	}
	_, err = buf.WriteTo(w)
	return err
}

// Render executes body with data as the page's Body and writes the page
// to w, as Write does: nothing is written if either fails. body is the
// program's html/template, which escapes every string of data.
func Render(w io.Writer, p Page, body *template.Template, data any) error {
	var b bytes.Buffer
	if err := body.Execute(&b, data); err != nil {
		return fmt.Errorf("htmlpage: %w", err)
	}
	p.Body = template.HTML(b.String()) // built by html/template above
	return Write(w, p)
}

var rulesTable = template.Must(template.New("rules").Parse(`<table class="rules">
<thead><tr><th scope="col">{{.Rule}}</th><th scope="col">{{.Status}}</th><th scope="col">{{.Source}}</th></tr></thead>
<tbody>
{{- range .Rows}}
<tr><td>{{.Statement}}</td><td>{{.Status}}</td><td>{{.Source}}</td></tr>
{{- end}}
</tbody>
</table>`))

// Column headings of the rules table.
var (
	columnRule   = lang.Text{ID: "Aturan", EN: "Rule"}
	columnStatus = lang.Text{ID: "Status", EN: "Status"}
	columnSource = lang.Text{ID: "Sumber", EN: "Source"}
)

// Rules returns the table of the rules a report used, for its methods
// section: each rule's statement, status and source, in language l.
func Rules(l lang.Lang, rs []rules.Rule) (template.HTML, error) {
	type row struct{ Statement, Status, Source string }
	d := struct {
		Rule, Status, Source string
		Rows                 []row
	}{Rule: columnRule.In(l), Status: columnStatus.In(l), Source: columnSource.In(l)}
	for _, r := range rs {
		d.Rows = append(d.Rows, row{r.Statement.In(l), r.Status.Text().In(l), r.Source.In(l)})
	}
	var b bytes.Buffer
	if err := rulesTable.Execute(&b, d); err != nil {
		return "", fmt.Errorf("htmlpage: %w", err)
	}
	return template.HTML(b.String()), nil // built by html/template above
}
