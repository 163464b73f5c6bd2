package htmlpage

import (
	"bytes"
	"html/template"
	"math"
	"strings"
	"testing"

	"github.com/go-asn/berakhlak/examples/internal/lang"
	"github.com/go-asn/berakhlak/examples/internal/rules"
	"github.com/google/go-cmp/cmp"
)

func TestParseColour(t *testing.T) {
	tests := []struct {
		in      string
		want    Colour
		wantErr bool
	}{
		{"#000", Colour{}, false},
		{"#fff", Colour{255, 255, 255}, false},
		{"#FFFFFF", Colour{255, 255, 255}, false},
		{"#1a7f37", Colour{0x1a, 0x7f, 0x37}, false},
		{"#abc", Colour{0xaa, 0xbb, 0xcc}, false},
		{"", Colour{}, true},
		{"fff", Colour{}, true},
		{"#ff", Colour{}, true},
		{"#fffffff", Colour{}, true},
		{"#ggg", Colour{}, true},
		{"#+12345", Colour{}, true},
	}
	for _, tc := range tests {
		got, err := ParseColour(tc.in)
		if (err != nil) != tc.wantErr || got != tc.want {
			t.Errorf("ParseColour(%q) = %v, %v; want %v, error %v", tc.in, got, err, tc.want, tc.wantErr)
		}
		if err == nil && !strings.EqualFold(got.String(), tc.in) && len(tc.in) == 7 {
			t.Errorf("ParseColour(%q).String() = %q", tc.in, got)
		}
	}
}

// TestContrast checks the ratio against known pairs: WCAG's own extremes
// and the values contrast checkers publish (WebAIM: #777 on white 4.48,
// #767676 on white 4.54, the lightest grey that passes AA).
func TestContrast(t *testing.T) {
	tests := []struct {
		a, b string
		want float64
	}{
		{"#000", "#fff", 21},
		{"#fff", "#000", 21},
		{"#777", "#fff", 4.48},
		{"#767676", "#fff", 4.54},
		{"#555", "#fff", 7.46},
		{"#f00", "#fff", 4.00},
		{"#00f", "#fff", 8.59},
		{"#1a7f37", "#1a7f37", 1},
	}
	for _, tc := range tests {
		got := Contrast(MustParseColour(tc.a), MustParseColour(tc.b))
		if math.Abs(got-tc.want) > 0.005 {
			t.Errorf("Contrast(%s, %s) = %.3f, want %.2f", tc.a, tc.b, got, tc.want)
		}
	}
}

func TestExternal(t *testing.T) {
	tests := []struct {
		name string
		doc  string
		want []string
	}{
		{"none", `<p>a < b, href=http://x.example</p><a href="#top">top</a><link rel="icon" href="data:,">`, nil},
		{"svg fragment", `<svg><use xlink:href="#bar"/><rect style="fill:url(#g)"/></svg>`, nil},
		{"img", `<img src="https://cdn.example/a.png">`, []string{`<img src="https://cdn.example/a.png">`}},
		{"unquoted", `<script src=//cdn.example/x.js></script>`, []string{`<script src="//cdn.example/x.js">`}},
		{"single quotes and case", `<LINK REL=stylesheet HREF='a.css'>`, []string{`<link href="a.css">`}},
		{"relative", `<a href="report.pdf">pdf</a>`, []string{`<a href="report.pdf">`}},
		{"escaped scheme", `<a href="javascript&#58;x">x</a>`, []string{`<a href="javascript:x">`}},
		{"css url", `<style>body{background:url( "bg.png" )}</style>`, []string{"url(bg.png) in CSS"}},
		{"css data url", `<style>b{background:url(data:image/png;base64,AA)}</style>`, nil},
		{"import", `<style>@import "x.css";</style>`, []string{"@import in CSS"}},
		{"style attribute", `<div style="background-image:url(http://x/y)">`, []string{"url(http://x/y) in CSS"}},
		{"srcset", `<img srcset="a.png 2x" src="data:,">`, []string{`<img srcset="a.png 2x">`}},
		{"refresh", `<meta http-equiv="Refresh" content="0;url=x">`, []string{`<meta http-equiv="refresh">`}},
		{"base", `<base target="_blank">`, []string{"<base>"}},
		{"comment", `<!-- <img src="x.png"> --><p>`, nil},
		{"unterminated tag", `<img src="x.png`, []string{"an unterminated tag at byte 0"}},
		{"unterminated style", `<style>p{}`, []string{"an unterminated <style>"}},
		{"data attribute names", `<div data-x="http://x" aria-labelledby="t">`, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, External([]byte(tc.doc))); diff != "" {
				t.Errorf("External(%s) mismatch (-want +got):\n%s", tc.doc, diff)
			}
		})
	}
}

func TestWrite(t *testing.T) {
	for _, l := range []lang.Lang{lang.ID, lang.EN} {
		var buf bytes.Buffer
		err := Write(&buf, Page{Lang: l, Title: `Dinas <"A&B">`, Period: "2026 <b>", Note: "n&b", Body: template.HTML("<p>x</p>"), CSS: "h1{color:#000}"})
		if err != nil {
			t.Fatal(err)
		}
		out := buf.String()
		for _, want := range []string{
			"<!DOCTYPE html>\n<html lang=\"" + l.String() + "\">",
			`<meta charset="utf-8">`,
			`<title>Dinas &lt;&#34;A&amp;B&#34;&gt;</title>`,
			`<link rel="icon" href="data:,">`,
			"@page { size: A4; margin: 15mm; }",
			"h1{color:#000}</style>",
			"<main>\n<header>\n<h1>Dinas &lt;&#34;A&amp;B&#34;&gt;</h1>\n<p class=\"subtitle\">2026 &lt;b&gt;</p>\n<p class=\"note\">n&amp;b</p>\n</header>\n<p>x</p>\n</main>",
		} {
			if !strings.Contains(out, want) {
				t.Errorf("%v: page lacks %q:\n%s", l, want, out)
			}
		}
		if ext := External(buf.Bytes()); ext != nil {
			t.Errorf("%v: page refers to %q", l, ext)
		}
	}
	var bare bytes.Buffer
	if err := Write(&bare, Page{Lang: lang.EN, Title: "T", Body: "<p>x</p>"}); err != nil {
		t.Fatal(err)
	}
	if want := "<main>\n<header>\n<h1>T</h1>\n</header>\n<p>x</p>\n</main>"; !strings.Contains(bare.String(), want) {
		t.Errorf("a page without a period or a note lacks %q:\n%s", want, bare.String())
	}
	var buf bytes.Buffer
	if err := Write(&buf, Page{Title: "x"}); err == nil || buf.Len() != 0 {
		t.Errorf("Write with no language: error %v, %d bytes written", err, buf.Len())
	}
}

func TestColoursOf(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{`p { color: #444; border: 1px solid #C8C8C8 } .a{fill:#444444}`, []string{"#444444", "#c8c8c8"}},
		{`<rect fill="#17692e"/><a href="#top">&#34;x&#39;</a>`, []string{"#17692e"}},
		{`#abcd #12345 #abcdefg #fff;`, []string{"#ffffff"}},
		{"", nil},
	}
	for _, tc := range tests {
		if diff := cmp.Diff(tc.want, ColoursOf(tc.in)); diff != "" {
			t.Errorf("ColoursOf(%q) mismatch (-want +got):\n%s", tc.in, diff)
		}
	}
}

func TestEscapeText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"Berorientasi Pelayanan", "Berorientasi Pelayanan"},
		{`<script>alert('x')</script>`, "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"},
		{`a & "b"`, "a &amp; &#34;b&#34;"},
		{"a\tb\nc\rd", "a&#x9;b&#xA;c&#xD;d"},
	}
	for _, tt := range tests {
		if got := EscapeText(tt.in); got != tt.want {
			t.Errorf("EscapeText(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestRules(t *testing.T) {
	rs := []rules.Rule{
		{Status: rules.Official, Statement: lang.Text{ID: "a <b>", EN: "a <b>"}, Source: lang.Text{ID: "S&T", EN: "S&T"}},
		{Status: rules.LibraryDefault, Statement: lang.Text{ID: "kedua", EN: "second"}, Source: lang.Text{ID: "pustaka", EN: "library"}},
	}
	tests := []struct {
		l    lang.Lang
		rs   []rules.Rule
		want string
	}{
		{lang.EN, rs, `<table class="rules">
<thead><tr><th scope="col">Rule</th><th scope="col">Status</th><th scope="col">Source</th></tr></thead>
<tbody>
<tr><td>a &lt;b&gt;</td><td>` + rules.Official.Text().EN + `</td><td>S&amp;T</td></tr>
<tr><td>second</td><td>` + rules.LibraryDefault.Text().EN + `</td><td>library</td></tr>
</tbody>
</table>`},
		{lang.ID, rs[1:], `<table class="rules">
<thead><tr><th scope="col">Aturan</th><th scope="col">Status</th><th scope="col">Sumber</th></tr></thead>
<tbody>
<tr><td>kedua</td><td>` + rules.LibraryDefault.Text().ID + `</td><td>pustaka</td></tr>
</tbody>
</table>`},
	}
	for _, tc := range tests {
		got, err := Rules(tc.l, tc.rs)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(tc.want, string(got)); diff != "" {
			t.Errorf("Rules(%v) mismatch (-want +got):\n%s", tc.l, diff)
		}
	}
}

// TestRender checks that the body is executed into the page, its strings
// escaped, and that a body that fails writes nothing.
func TestRender(t *testing.T) {
	body := template.Must(template.New("b").Option("missingkey=error").Parse(`<p>{{.X}}</p>`))
	var buf bytes.Buffer
	if err := Render(&buf, Page{Lang: lang.EN, Title: "T"}, body, map[string]string{"X": "<b>"}); err != nil {
		t.Fatal(err)
	}
	if want := "</header>\n<p>&lt;b&gt;</p>\n</main>"; !strings.Contains(buf.String(), want) {
		t.Errorf("page lacks %q:\n%s", want, buf.String())
	}
	buf.Reset()
	if err := Render(&buf, Page{Lang: lang.EN, Title: "T"}, body, map[string]string{}); err == nil || buf.Len() != 0 {
		t.Errorf("a failing body: error %v, %d bytes written", err, buf.Len())
	}
}
