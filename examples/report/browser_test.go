package main

import (
	"bytes"
	"image"
	"image/draw"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/go-asn/berakhlak/examples/internal/chromium"
	"github.com/go-asn/berakhlak/examples/internal/lang"
	"github.com/go-asn/berakhlak/examples/internal/progtest"
	"github.com/google/go-cmp/cmp"
)

// screenshot is the picture of the report for the README: the first page
// in a window of 1000×1400 CSS pixels, down to the heading of the methods
// section at its foot.
var screenshot = progtest.Screenshot{Width: 1000, Height: 1400, MaxBytes: 300 << 10, DrawnTo: 1360, MaxGap: 80}

// docsScreenshot returns the committed screenshot in language l.
func docsScreenshot(l lang.Lang) string {
	return filepath.Join("..", "..", "docs", "report-"+l.String()+".png")
}

// TestBrowser renders the HTML report in a real headless Chromium, in
// both languages, through a proxy that records every request: the
// rendered DOM has the headings and the figures in the language's
// notation, the browser fetched nothing but the page, a screenshot
// passes the screenshot's check (drawn down to its last section; see
// progtest.Screenshot.Take), and the page prints on one or two A4 pages.
// With -update the Indonesian and English screenshots that pass are
// written to docs/ for the README.
//
// Without a browser the test skips, unless BERAKHLAK_REQUIRE_CHROMIUM=1
// (as in CI), when it fails.
func TestBrowser(t *testing.T) {
	b, err := chromium.Find()
	if err != nil {
		if chromium.Required() {
			t.Fatalf("%v (%s=1: the browser test must run)", err, chromium.EnvRequire)
		}
		t.Skipf("no browser, the HTML report is not checked in one: %v", err)
	}
	tests := []struct {
		l        lang.Lang
		want     []string
		not      []string
		baseline bool // with -baseline sample_baseline.json -target sample_targets.csv: no screenshot, three pages at most
	}{
		{lang.ID, []string{
			`<html lang="id">`, "Indeks BerAKHLAK — instansi contoh sintetis (data rekaan)", "Periode survei: 2024",
			"Ringkasan", "1.200, minimum 345 (Slovin, margin 5%, populasi 2.500): terpenuhi", ">58,2<", "Cukup Sehat",
			"Tujuh nilai dasar", ">37,1<", "Tidak Sehat", "37,1 C", "Fokus perbaikan", "Bertindak proaktif",
			"Entropi budaya dan keselarasan nilai", "19,3% (19 dalam persen bulat) — Masalah Ringan", "80,7%", "4 — Baik",
			"Metode dan aturan", "bawaan pustaka", "SE MenPANRB No. 20 Tahun 2021",
		}, []string{">58.2<", ">Respondents<"}, false},
		{lang.EN, []string{
			`<html lang="en">`, "Indeks BerAKHLAK — synthetic sample agency (invented data)", "Survey period: 2024",
			"Summary", "1,200, minimum 345 (Slovin, 5% margin, population 2,500): met", ">58.2<", "Cukup Sehat (Fairly healthy)",
			"The seven core values", ">37.1<", "Tidak Sehat", "37.1 C", "Improvement focus", "Bertindak proaktif",
			"Cultural entropy and values alignment", "19.3% (19 in whole percent) — Minor issues", "80.7%", "4 — Good",
			"Methods and rules", "library default", "SE MenPANRB No. 20 Tahun 2021",
		}, []string{">58,2<", ">Responden<"}, false},
		{lang.ID, []string{
			"Perbandingan dengan baseline (sample_baseline.json)", "Baseline: 1.000 responden.", ">62,3<", ">-9,9<",
			"-13,0 s.d. -6,8", ">turun<", ">+12,4<", ">naik<", "tidak ada perubahan terukur", "Kategori yang berubah: AD D → C, KL C → B.",
			"Target (sample_targets.csv)", ">kategori B<", ">tercapai<", "belum dapat dipastikan", "Garis tegak: skor baseline",
			"Baseline: 62,3", "Fokus perbaikan",
		}, []string{">62.3<", "Comparison"}, true},
		{lang.EN, []string{
			"Comparison with the baseline (sample_baseline.json)", "Baseline: 1,000 respondents.", ">62.3<", ">-9.9<",
			"-13.0 to -6.8", ">down<", ">+12.4<", ">up<", "no measurable change", "Categories that moved: AD D → C, KL C → B.",
			"Targets (sample_targets.csv)", ">category B<", ">met<", "not decidable", "Vertical marks: the baseline",
			"Baseline: 62.3", "Improvement focus",
		}, []string{">62,3<", "Perbandingan"}, true},
	}
	for _, tc := range tests {
		name := tc.l.String()
		if tc.baseline {
			name += "-baseline"
		}
		t.Run(name, func(t *testing.T) {
			page := filepath.Join(t.TempDir(), "laporan.html")
			c := config{picks: 10, scale: "1-5", lang: tc.l, html: page, period: "2024"}
			if tc.baseline {
				c.baseline, c.target = "sample_baseline.json", "sample_targets.csv"
			}
			if err := run(&bytes.Buffer{}, c); err != nil {
				t.Fatal(err)
			}
			data, err := os.ReadFile(page)
			if err != nil {
				t.Fatal(err)
			}
			s := chromium.Serve(data)
			defer s.Close()
			browser := b.WithProxy(s.Proxy())
			ctx := t.Context()

			dom, err := browser.DumpDOM(ctx, chromium.PageURL)
			if err != nil {
				t.Fatal(err)
			}
			for _, want := range tc.want {
				if !strings.Contains(dom, want) {
					t.Errorf("the rendered DOM lacks %q", want)
				}
			}
			for _, not := range tc.not {
				if strings.Contains(dom, not) {
					t.Errorf("the rendered DOM has %q", not)
				}
			}
			if n := strings.Count(dom, "<tr>"); n < 20 {
				t.Errorf("the rendered DOM has %d table rows", n)
			}

			shots := 0
			if !tc.baseline {
				screenshot.Take(t, docsScreenshot(tc.l), func(file string) error {
					shots++
					return browser.Screenshot(ctx, chromium.PageURL, file, screenshot.Width, screenshot.Height)
				})
			}

			// "Print → Save as PDF" gives one or two A4 pages.
			pdf := filepath.Join(t.TempDir(), "laporan.pdf")
			if err := browser.PrintToPDF(ctx, chromium.PageURL, pdf); err != nil {
				t.Fatal(err)
			}
			printed, err := os.ReadFile(pdf)
			if err != nil {
				t.Fatal(err)
			}
			most := 2
			if tc.baseline {
				most = 3 // the comparison and the targets take most of a page
			}
			if n, err := chromium.PDFPages(printed); err != nil || n < 1 || n > most {
				t.Errorf("the printed report has %d pages (%v), want 1 to %d", n, err, most)
			}

			var want []string
			for range 2 + shots { // the DOM, the screenshots, the PDF
				want = append(want, "GET "+chromium.PageURL)
			}
			if diff := cmp.Diff(want, s.Requests()); diff != "" {
				t.Errorf("the browser made requests other than the page (-want +got):\n%s", diff)
			}
		})
	}
}

// TestCommittedScreenshot checks the committed screenshots, the README's
// Indonesian one and the English one, without a browser.
func TestCommittedScreenshot(t *testing.T) {
	for _, l := range []lang.Lang{lang.ID, lang.EN} {
		screenshot.CheckFile(t, docsScreenshot(l))
	}
}

// TestScreenshotCheckSeesTruncation checks that the screenshot's check
// refuses what a browser once wrote: the committed English screenshot with
// its alignment and methods sections blank, and with a section missing
// from its middle.
func TestScreenshotCheckSeesTruncation(t *testing.T) {
	data, err := os.ReadFile(docsScreenshot(lang.EN))
	if err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	for _, blank := range [][2]int{{1150, 1400}, {600, 800}} {
		rgba := image.NewRGBA(img.Bounds())
		draw.Draw(rgba, rgba.Bounds(), img, image.Point{}, draw.Src)
		draw.Draw(rgba, image.Rect(0, blank[0], screenshot.Width, blank[1]), image.White, image.Point{}, draw.Src)
		var b bytes.Buffer
		if err := png.Encode(&b, rgba); err != nil {
			t.Fatal(err)
		}
		if err := screenshot.Check(b.Bytes()); err == nil {
			t.Errorf("rows %d to %d blank: the check passes", blank[0], blank[1])
		}
	}
}
