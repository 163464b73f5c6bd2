package main

import (
	"bytes"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/go-asn/berakhlak/examples/internal/chromium"
	"github.com/go-asn/berakhlak/examples/internal/lang"
	"github.com/google/go-cmp/cmp"
)

// The screenshot's window, in CSS pixels: the first page of the report.
const shotWidth, shotHeight = 1000, 1400

// TestBrowser renders the HTML report in a real headless Chromium, in
// both languages, through a proxy that records every request: the
// rendered DOM has the headings and the figures in the language's
// notation, the browser fetched nothing but the page, a screenshot
// decodes as a PNG of the window's size, and the page prints on one or
// two A4 pages. With -update the Indonesian and
// English screenshots are written to docs/ for the README.
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
		l    lang.Lang
		want []string
		not  []string
	}{
		{lang.ID, []string{
			`<html lang="id">`, "Indeks BerAKHLAK — instansi contoh sintetis (data rekaan)", "Periode survei: 2024",
			"Ringkasan", "1.200, minimum 345 (Slovin, margin 5%, populasi 2.500): terpenuhi", ">58,2<", "Cukup Sehat",
			"Tujuh nilai dasar", ">37,1<", "Tidak Sehat", "37,1 C", "Fokus perbaikan", "Bertindak proaktif",
			"Entropi budaya dan keselarasan nilai", "19,3% (19 dalam persen bulat) — Masalah Ringan", "80,7%", "4 — Baik",
			"Metode dan aturan", "bawaan pustaka", "SE MenPANRB No. 20 Tahun 2021",
		}, []string{">58.2<", ">Respondents<"}},
		{lang.EN, []string{
			`<html lang="en">`, "Indeks BerAKHLAK — synthetic sample agency (invented data)", "Survey period: 2024",
			"Summary", "1,200, minimum 345 (Slovin, 5% margin, population 2,500): met", ">58.2<", "Cukup Sehat (Fairly healthy)",
			"The seven core values", ">37.1<", "Tidak Sehat", "37.1 C", "Improvement focus", "Bertindak proaktif",
			"Cultural entropy and values alignment", "19.3% (19 in whole percent) — Minor issues", "80.7%", "4 — Good",
			"Methods and rules", "library default", "SE MenPANRB No. 20 Tahun 2021",
		}, []string{">58,2<", ">Responden<"}},
	}
	for _, tc := range tests {
		t.Run(tc.l.String(), func(t *testing.T) {
			page := filepath.Join(t.TempDir(), "laporan.html")
			if err := run(&bytes.Buffer{}, config{picks: 10, scale: "1-5", lang: tc.l, html: page, period: "2024"}); err != nil {
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

			shot := filepath.Join(t.TempDir(), "report.png")
			if *update {
				shot = filepath.Join("..", "..", "docs", "report-"+tc.l.String()+".png")
			}
			if err := browser.Screenshot(ctx, chromium.PageURL, shot, shotWidth, shotHeight); err != nil {
				t.Fatal(err)
			}
			checkPNG(t, shot)

			// "Print → Save as PDF" gives one or two A4 pages.
			pdf := filepath.Join(t.TempDir(), "laporan.pdf")
			if err := browser.PrintToPDF(ctx, chromium.PageURL, pdf); err != nil {
				t.Fatal(err)
			}
			printed, err := os.ReadFile(pdf)
			if err != nil {
				t.Fatal(err)
			}
			if n, err := chromium.PDFPages(printed); err != nil || n < 1 || n > 2 {
				t.Errorf("the printed report has %d pages (%v), want 1 or 2", n, err)
			}

			page3 := "GET " + chromium.PageURL
			if diff := cmp.Diff([]string{page3, page3, page3}, s.Requests()); diff != "" {
				t.Errorf("the browser made requests other than the page (-want +got):\n%s", diff)
			}
		})
	}
}

// checkPNG checks that file is a PNG of the screenshot's size, small
// enough for the repository.
func checkPNG(t *testing.T, file string) {
	t.Helper()
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("%s: %v", file, err)
	}
	if got := img.Bounds().Size(); got.X != shotWidth || got.Y != shotHeight {
		t.Errorf("%s is %v, want %d×%d", file, got, shotWidth, shotHeight)
	}
	if len(data) > 300<<10 {
		t.Errorf("%s has %d bytes, more than 300 KiB", file, len(data))
	}
}

// TestCommittedScreenshot checks the committed screenshots, the README's
// Indonesian one and the English one: each a PNG of the screenshot's
// size, within the size limit.
func TestCommittedScreenshot(t *testing.T) {
	for _, l := range []lang.Lang{lang.ID, lang.EN} {
		checkPNG(t, filepath.Join("..", "..", "docs", "report-"+l.String()+".png"))
	}
}
