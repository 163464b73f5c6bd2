package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/go-asn/berakhlak/examples/internal/chromium"
	"github.com/go-asn/berakhlak/examples/internal/csvio"
	"github.com/go-asn/berakhlak/examples/internal/lang"
	"github.com/go-asn/berakhlak/examples/internal/progtest"
)

// screenshot is the picture of the Indonesian page that the package's
// documentation shows, docs/engagement-id.png: the whole page, in a window
// of 820×2150 CSS pixels, down to the last row of the methods table.
var screenshot = progtest.Screenshot{Width: 820, Height: 2150, MaxBytes: 300 << 10, DrawnTo: 1900, MaxGap: 80}

// docsScreenshot is the committed screenshot; go test
// ./examples/engagement -update rewrites it.
var docsScreenshot = filepath.Join("..", "..", "docs", "engagement-id.png")

// samplePage returns the HTML report of the embedded sample in language l,
// compared with the baseline file when it is not "".
func samplePage(t *testing.T, l lang.Lang, baseline string) []byte {
	t.Helper()
	file := filepath.Join(t.TempDir(), "report.html")
	var out bytes.Buffer
	if err := run(&out, options{minimum: 140, lang: l, html: file, baseline: baseline, csv: csvio.Options{MaxLine: csvio.DefaultMaxLine()}}); err != nil {
		t.Fatal(err)
	}
	page, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	return page
}

// TestBrowser renders the sample's HTML report in headless Chromium, in
// both languages, served through a recording proxy: the DOM after load
// holds the headings and the figures in the language's notation, the page
// prints ("Print → Save as PDF") on one or two A4 pages, and the browser
// requested nothing but the page; with -baseline, on up to three.
func TestBrowser(t *testing.T) {
	b := progtest.FindBrowser(t)
	tests := []struct {
		lang     lang.Lang
		baseline string
		want     []string
	}{
		{lang.ID, "", []string{
			`<html lang="id">`,
			"<h1>Employee Engagement — sample.csv (tersemat, data rekaan)</h1>",
			">Ringkasan</h2>", "183 (minimum 140: terpenuhi)", `<span class="index">54,5%</span>`,
			">Dimensi</h2>", `<td>Komitmen</td><td class="num">3,57</td><td class="num">54,2%</td><td>0,783 (n=161)</td>`,
			"<title id=\"chart-title\">Persentase jawaban favorabel per dimensi</title>", ">55,9%</text>",
			">Segmen responden</h2>", `<td class="num">74</td>`,
			">eNPS</h2>", `<td class="num">+14</td>`,
			">Unit kerja</h2>", `<td class="num">48,1%</td>`, "tidak dilaporkan: 3 responden, di bawah ambang kerahasiaan 5",
			">Metode dan aturan</h2>", "<td>resmi</td><td>KemenPANRB</td>",
		}},
		{lang.EN, "", []string{
			`<html lang="en">`,
			"<h1>Employee Engagement — sample.csv (embedded, invented)</h1>",
			">Summary</h2>", "183 (minimum 140: met)", `<span class="index">54.5%</span>`,
			">Dimensions</h2>", `<td>Komitmen</td><td class="num">3.57</td><td class="num">54.2%</td><td>0.783 (n=161)</td>`,
			"<title id=\"chart-title\">Percent favourable by dimension</title>", ">55.9%</text>",
			">Segments</h2>", `<td class="num">74</td>`,
			">eNPS</h2>", `<td class="num">+14</td>`,
			">Units</h2>", `<td class="num">48.1%</td>`, "not reported: 3 respondents, below the confidentiality threshold of 5",
			">Methods and rules</h2>", "<td>official</td><td>KemenPANRB</td>",
		}},
	}
	// With -baseline: the comparison after the units, and last year's
	// marks on the chart.
	tests = append(tests, []struct {
		lang     lang.Lang
		baseline string
		want     []string
	}{
		{lang.ID, "sample_baseline.csv", []string{
			"<title>Komitmen 54,2% (baseline 43,7%)</title>", ">Unit kerja</h2>", ">Perbandingan dengan baseline (sample_baseline.csv)</h2>", "Baseline: 171 responden",
			`<td>Indeks engagement</td><td class="num">43,7%</td><td class="num">54,5%</td><td class="num">+10,8</td><td class="num">+0,3 s.d. +21,3</td><td>naik</td>`,
			`<td>Motivasi</td><td class="num">43,9%</td><td class="num">53,4%</td><td class="num">+9,5</td><td class="num">-1,0 s.d. +20,0</td><td>tidak ada perubahan terukur</td>`,
			">Metode dan aturan</h2>", "<td>turunan</td>",
		}},
		{lang.EN, "sample_baseline.csv", []string{
			"<title>Komitmen 54.2% (baseline 43.7%)</title>", ">Units</h2>", ">Comparison with the baseline (sample_baseline.csv)</h2>", "Baseline: 171 respondents",
			`<td>Engagement index</td><td class="num">43.7%</td><td class="num">54.5%</td><td class="num">+10.8</td><td class="num">+0.3 to +21.3</td><td>up</td>`,
			">Methods and rules</h2>", "<td>derived</td>",
		}},
	}...)
	for _, tc := range tests {
		name := tc.lang.String()
		if tc.baseline != "" {
			name += ", baseline"
		}
		t.Run(name, func(t *testing.T) {
			most := 2
			if tc.baseline != "" {
				most = 3 // the comparison's section adds a page
			}
			progtest.CheckInBrowserPages(t, b, samplePage(t, tc.lang, tc.baseline), tc.want, most)
		})
	}
}

// TestScreenshot renders the Indonesian page as a PNG and checks it is
// the screenshot (drawn down to its last section; see
// progtest.Screenshot.Take); with -update it writes it to
// docs/engagement-id.png (at the module root). TestCommittedScreenshot
// checks the committed picture, with or without a browser.
func TestScreenshot(t *testing.T) {
	b := progtest.FindBrowser(t)
	s := chromium.Serve(samplePage(t, lang.ID, ""))
	defer s.Close()
	screenshot.Take(t, docsScreenshot, func(file string) error {
		return b.WithProxy(s.Proxy()).Screenshot(t.Context(), chromium.PageURL, file, screenshot.Width, screenshot.Height)
	})
}

// TestCommittedScreenshot checks the picture the documentation shows,
// without a browser.
func TestCommittedScreenshot(t *testing.T) {
	screenshot.CheckFile(t, docsScreenshot)
}
