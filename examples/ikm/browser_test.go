package main

import (
	"strings"
	"testing"

	"github.com/go-asn/berakhlak/examples/internal/htmlpage"
	"github.com/go-asn/berakhlak/examples/internal/lang"
	"github.com/go-asn/berakhlak/examples/internal/progtest"
)

// TestBrowser renders the Laporan Hasil SKM of the Google Forms sample
// (every section: services and profile) and of the embedded sample in
// headless Chromium, in both languages, served through a recording proxy:
// the DOM after load holds the sections in order with the figures in the
// language's notation, the page prints ("Print → Save as PDF") on one or
// two A4 pages, and the browser requested nothing but the page.
func TestBrowser(t *testing.T) {
	b := progtest.FindBrowser(t)
	tests := []struct {
		name string
		args []string
		want []string // in order
	}{
		{"gforms id", gformsArgs, []string{
			`<html lang="id">`, "<h1>Laporan Hasil Survei Kepuasan Masyarakat — Dinas X</h1>", "Periode survei: 2024",
			">Ringkasan</h2>", "88 (minimum 86 menurut Krejcie–Morgan untuk populasi 110: terpenuhi)", ">81,13<",
			">Nilai per unsur</h2>", `<td class="num">3,284</td><td class="num">0,365</td><td class="num">82,10</td>`,
			`<title id="chart-title">`, ">72,09 C</text>",
			">Prioritas perbaikan</h2>", "U3 Waktu Penyelesaian: NRR 2,884",
			">Hasil per jenis layanan</h2>", "<td>Akta Kelahiran</td>",
			">Profil responden</h2>", "<caption>Pekerjaan</caption>",
			">Metode dan aturan</h2>", "<td>resmi</td><td>PermenPANRB No. 14 Tahun 2017</td>",
		}},
		{"gforms en", append([]string{"-lang", "en"}, gformsArgs...), []string{
			`<html lang="en">`, "<h1>Survei Kepuasan Masyarakat report — Dinas X</h1>", "Survey period: 2024",
			">Summary</h2>", "88 (minimum 86 by Krejcie–Morgan for a population of 110: met)", ">81.13<",
			">Results per unsur</h2>", `<td class="num">3.284</td><td class="num">0.365</td><td class="num">82.10</td>`,
			`<title id="chart-title">`, ">72.09 C</text>",
			">Priority for improvement</h2>", "U3 Waktu Penyelesaian: NRR 2.884",
			">Results per service</h2>", "<td>Akta Kelahiran</td>",
			">Respondent profile</h2>", "<caption>Occupation</caption>",
			">Methods and rules</h2>", "<td>official</td><td>PermenPANRB No. 14 Tahun 2017</td>",
		}},
		{"sample id", nil, []string{`<html lang="id">`, ">78,64<", "U3 Waktu Penyelesaian: NRR 2,156", ">Metode dan aturan</h2>"}},
		{"sample en", []string{"-lang", "en"}, []string{`<html lang="en">`, ">78.64<", "U3 Waktu Penyelesaian: NRR 2.156", ">Methods and rules</h2>"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, page := runHTML(t, "", append([]string{"-title", "Dinas X", "-period", "2024"}, tc.args...)...)
			if got.Status != 0 || page == "" {
				t.Fatalf("%+v", got)
			}
			if ext := htmlpage.External([]byte(page)); ext != nil {
				t.Fatalf("the page refers to %q", ext)
			}
			t.Logf("printed on %d A4 pages", progtest.CheckInBrowser(t, b, []byte(page), tc.want))
		})
	}
}

// TestColourContrast checks every colour the page adds to the shared
// style (htmlpage.BaseCSS, whose borders are lighter), and every colour of
// the chart, against the backgrounds they sit on: each must have at least 4.5:1 (WCAG AA for text). The chart's bars
// and bands are htmlpage's palette, which its own test checks on every
// band; the page's text sits on white.
func TestColourContrast(t *testing.T) {
	got, page := runHTML(t, "", gformsArgs...)
	if got.Status != 0 {
		t.Fatalf("%+v", got)
	}
	white := htmlpage.MustParseColour(htmlpage.ChartBack)
	palette := map[string]bool{}
	base := map[string]bool{} // the shared style's colours, its borders among them: htmlpage's own
	for _, c := range htmlpage.ColoursOf(htmlpage.BaseCSS) {
		base[c] = true
	}
	for _, c := range htmlpage.BandColours() {
		palette[c[0]], palette[c[1]] = true, true
	}
	seen := 0
	for _, c := range htmlpage.ColoursOf(page) {
		switch {
		case palette[c]:
			seen++
		case c == htmlpage.ChartBack, base[c] && !strings.Contains(string(ikmCSS), c):
		default:
			if r := htmlpage.Contrast(htmlpage.MustParseColour(c), white); r < htmlpage.MinTextContrast {
				t.Errorf("%s on white: %.2f:1, below %.1f:1", c, r, htmlpage.MinTextContrast)
			}
		}
	}
	if seen != len(palette) {
		t.Errorf("the page uses %d of the %d palette colours: the scan is off", seen, len(palette))
	}
	for _, c := range htmlpage.ColoursOf(ikmCSS) {
		if r := htmlpage.Contrast(htmlpage.MustParseColour(c), white); r < htmlpage.MinTextContrast {
			t.Errorf("ikmCSS: %s on white: %.2f:1", c, r)
		}
	}
}

// TestChart checks the chart's accessibility in both languages: a title,
// a description naming every unsur and the IKM with its figure and mutu,
// and a title on every bar.
func TestChart(t *testing.T) {
	for _, l := range []lang.Lang{lang.ID, lang.EN} {
		got, page := runHTML(t, "", "-lang", l.String())
		if got.Status != 0 {
			t.Fatalf("%+v", got)
		}
		desc := page[strings.Index(page, `<desc id="chart-desc">`):]
		desc = desc[:strings.Index(desc, "</desc>")]
		for _, w := range []string{
			map[lang.Lang]string{lang.ID: "U3 Waktu Penyelesaian 53,91, mutu D Tidak Baik", lang.EN: "U3 Waktu Penyelesaian 53.91, mutu D Tidak Baik"}[l],
			map[lang.Lang]string{lang.ID: "IKM 78,64, mutu B Baik.", lang.EN: "IKM 78.64, mutu B Baik."}[l],
		} {
			if !strings.Contains(desc, w) {
				t.Errorf("%v: the chart's description lacks %q: %s", l, w, desc)
			}
		}
		if n := strings.Count(page, `<rect x="70" `); n != 10 {
			t.Errorf("%v: %d bars, want 10 (nine unsur and the IKM)", l, n)
		}
		for _, w := range []string{`role="img" aria-labelledby="chart-title chart-desc"`, `<title id="chart-title">`, "<title>U9 Sarana dan Prasarana: "} {
			if !strings.Contains(page, w) {
				t.Errorf("%v: chart lacks %q", l, w)
			}
		}
	}
}
