package main

import (
	"bytes"
	"html"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/go-asn/berakhlak/category"
	"github.com/go-asn/berakhlak/examples/internal/htmlpage"
	"github.com/go-asn/berakhlak/examples/internal/lang"
	"github.com/go-asn/berakhlak/examples/internal/progtest"
	"github.com/go-asn/berakhlak/internal/goldentest"
	"github.com/google/go-cmp/cmp"
)

// TestMessages checks both languages (progtest.Languages), that the
// program uses every message, and that the categories' English source is
// the library's own.
func TestMessages(t *testing.T) {
	progtest.Languages(t, realMain, msg)
	// Every message is used: in the Go code as msg.Field, or in the HTML
	// template as .M.Field.
	if err := lang.CheckUsed(".", msg, "msg", "M"); err != nil {
		t.Error(err)
	}
	if got, want := msg.CategorySource.EN, category.BerAKHLAK().Source(); got != want {
		t.Errorf("msg.CategorySource.EN = %q, the scale's source %q", got, want)
	}
}

// golden compares got with testdata/name, byte for byte, or rewrites the
// file with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	goldentest.Check(t, filepath.Join("testdata", name), got)
}

// TestGolden freezes every output of the embedded sample and of the
// published 2022 national profile, in both languages.
func TestGolden(t *testing.T) {
	for _, l := range []lang.Lang{lang.ID, lang.EN} {
		dir := t.TempDir()
		svg, page := filepath.Join(dir, "r.svg"), filepath.Join(dir, "r.html")
		var out bytes.Buffer
		if err := run(&out, config{picks: 10, scale: "1-5", lang: l, svg: svg, html: page}); err != nil {
			t.Fatal(err)
		}
		golden(t, "report."+l.String()+".txt", out.Bytes())
		for _, f := range []struct{ path, name string }{{svg, "report." + l.String() + ".svg"}, {page, "report." + l.String() + ".html"}} {
			data, err := os.ReadFile(f.path)
			if err != nil {
				t.Fatal(err)
			}
			golden(t, f.name, data)
		}
		out.Reset()
		if err := run(&out, config{profile: "testdata/national2022.csv", picks: 10, scale: "1-5", lang: l}); err != nil {
			t.Fatal(err)
		}
		golden(t, "profile."+l.String()+".txt", out.Bytes())

		// The comparison with last year's survey (the invented
		// sample_baseline.json) and the targets: text, page and chart; and
		// with the 2022 national profile, which has no counts.
		out.Reset()
		if err := run(&out, config{picks: 10, scale: "1-5", lang: l, svg: svg, html: page,
			baseline: "sample_baseline.json", target: "sample_targets.csv"}); err != nil {
			t.Fatal(err)
		}
		golden(t, "baseline."+l.String()+".txt", out.Bytes())
		for _, f := range []struct{ path, name string }{{svg, "baseline." + l.String() + ".svg"}, {page, "baseline." + l.String() + ".html"}} {
			data, err := os.ReadFile(f.path)
			if err != nil {
				t.Fatal(err)
			}
			golden(t, f.name, data)
		}
		out.Reset()
		if err := run(&out, config{picks: 10, scale: "1-5", lang: l, baseline: "testdata/national2022.csv"}); err != nil {
			t.Fatal(err)
		}
		golden(t, "baseline-published."+l.String()+".txt", out.Bytes())
	}
}

// TestNotation checks that the figures follow the language: the 2022
// national index 60.9 and the sample's 1,200 respondents.
func TestNotation(t *testing.T) {
	tests := []struct {
		l    lang.Lang
		c    config
		want []string
		not  []string
	}{
		{lang.ID, config{}, []string{"58,2", "Responden: 1.200, minimum 345", "populasi 2.500", "19,3% (19 dalam persen bulat) — Masalah Ringan", "4 — Baik", "B Cukup Sehat\n"}, []string{"58.2", "Respondents", "Healthy"}},
		{lang.EN, config{}, []string{"58.2", "Respondents: 1,200, minimum 345", "population 2,500", "19.3% (19 in whole percent) — Minor issues", "4 — Good", "B Cukup Sehat (Fairly healthy)"}, []string{"58,2", "Responden:"}},
		{lang.ID, config{profile: "testdata/national2022.csv"}, []string{"Indeks BerAKHLAK           60,9", "Adaptif                 38,9", "Responden: tidak berlaku"}, nil},
		{lang.EN, config{profile: "testdata/national2022.csv"}, []string{"Indeks BerAKHLAK           60.9", "Adaptif                 38.9", "Respondents: not applicable"}, nil},
	}
	for _, tc := range tests {
		c := tc.c
		c.picks, c.scale, c.lang = 10, "1-5", tc.l
		var out bytes.Buffer
		if err := run(&out, c); err != nil {
			t.Fatal(err)
		}
		for _, want := range tc.want {
			if !strings.Contains(out.String(), want) {
				t.Errorf("%v %s: report lacks %q:\n%s", tc.l, c.profile, want, out.String())
			}
		}
		for _, not := range tc.not {
			if strings.Contains(out.String(), not) {
				t.Errorf("%v %s: report has %q:\n%s", tc.l, c.profile, not, out.String())
			}
		}
	}
}

// TestJSONIsLanguageIndependent: -json writes the same bytes whatever
// -lang, with the figures in Go's notation.
func TestJSONIsLanguageIndependent(t *testing.T) {
	for _, c := range []config{{}, {profile: "testdata/national2022.csv"}, {title: "Dinas X", period: "2024"}} {
		var outs []string
		for _, l := range []lang.Lang{lang.ID, lang.EN} {
			c.picks, c.scale, c.json, c.lang = 10, "1-5", true, l
			var out bytes.Buffer
			if err := run(&out, c); err != nil {
				t.Fatal(err)
			}
			outs = append(outs, out.String())
		}
		if diff := cmp.Diff(outs[0], outs[1]); diff != "" {
			t.Errorf("%+v: JSON differs between id and en (-id +en):\n%s", c, diff)
		}
		if strings.Contains(outs[0], `,`+`9"`) || !strings.Contains(outs[0], `"index": "`) {
			t.Errorf("JSON index not in Go's notation:\n%s", outs[0])
		}
	}
}

// TestProgramErrors: the program's own messages follow -lang.
func TestProgramErrors(t *testing.T) {
	one := write(t, "one.csv", ballotHeader+"R1,BP1,BP1,BP1\n")
	empty := write(t, "empty.csv", ballotHeader)
	tests := []struct {
		name   string
		c      config
		id, en string
	}{
		{"profile with in", config{profile: "p.csv", in: "x.csv"}, "-profile tidak dapat digabung dengan -in atau -instrument", "-profile cannot be combined with -in or -instrument"},
		{"instrument without in", config{instrument: "x.csv"}, "-instrument memerlukan -in (contoh bawaan punya instrumennya sendiri)", "-instrument needs -in (the embedded sample has its own instrument)"},
		{"negative employees", config{employees: -3}, "-employees -3 negatif", "-employees -3 is negative"},
		{"below minimum", config{in: "one", employees: 2500}, "tidak ada indeks yang diterbitkan: 1 responden, 345 diperlukan (Slovin, margin 5%, populasi 2.500)", "no index published: 1 respondents, 345 required (Slovin, 5% margin, population 2,500)"},
		{"bad picks", config{picks: -1}, "-picks -1: seharusnya sekurang-kurangnya 1", "-picks -1: want at least 1"},
		{"too many picks", config{in: "one", picks: 22}, "instrumen: akhlak: instrument: 22 picks per list, want 1–21", "instrument: akhlak: instrument: 22 picks per list, want 1–21"},
		{"too many employees", config{employees: 100_000_001}, "-employees 100000001 lebih dari 100.000.000, populasi terbesar suatu minimum", "-employees 100000001 is more than 100,000,000, the largest population of a minimum"},
		{"no respondents, fixed minimum", config{in: "empty"}, "tidak ada indeks yang diterbitkan: 0 responden, 1 diperlukan (minimum tetap 1)", "no index published: 0 respondents, 1 required (fixed minimum of 1)"},
	}
	for _, tc := range tests {
		for _, l := range []lang.Lang{lang.ID, lang.EN} {
			c := tc.c
			if c.picks == 0 {
				c.picks = 10
			}
			switch c.in {
			case "one":
				c.in = one
			case "empty":
				c.in = empty
			}
			c.scale, c.lang = "1-5", l
			err := run(&bytes.Buffer{}, c)
			want := tc.id
			if l == lang.EN {
				want = tc.en
			}
			if err == nil || !strings.HasPrefix(err.Error(), want) {
				t.Errorf("%s, %v: error %v, want %q", tc.name, l, err, want)
			}
		}
	}
}

// TestColourContrast checks the chart's and the page's colours against
// WCAG 2.x AA (4.5:1): every category colour, used for bars and for the
// category letters, against white and against every pale band a bar
// crosses; the text colours against every background they sit on.
func TestColourContrast(t *testing.T) {
	backgrounds := []string{svgBack}
	for _, c := range bandColours {
		backgrounds = append(backgrounds, c[1])
	}
	var foregrounds []string
	for _, c := range bandColours {
		foregrounds = append(foregrounds, c[0])
	}
	foregrounds = append(foregrounds, svgText, svgMuted, "#444444") // #444: the page's row labels and notes
	for _, fg := range foregrounds {
		for _, bg := range backgrounds {
			r := htmlpage.Contrast(htmlpage.MustParseColour(fg), htmlpage.MustParseColour(bg))
			if r < htmlpage.MinTextContrast {
				t.Errorf("%s on %s: contrast %.2f:1, below %.1f:1", fg, bg, r, htmlpage.MinTextContrast)
			}
		}
	}
	// The colours the check covers are the ones the outputs use.
	var page, svg bytes.Buffer
	r, err := build(config{picks: 10, scale: "1-5", lang: lang.ID})
	if err != nil {
		t.Fatal(err)
	}
	if err := writeHTML(&page, r, lang.ID); err != nil {
		t.Fatal(err)
	}
	if err := writeSVG(&svg, r, lang.ID, true); err != nil {
		t.Fatal(err)
	}
	known := strings.Join(append(append(foregrounds, backgrounds...), htmlpage.ColoursOf(htmlpage.BaseCSS)...), " ")
	for _, c := range htmlpage.ColoursOf(page.String() + svg.String()) {
		if !strings.Contains(known, c) {
			t.Errorf("colour %s in the outputs is not checked", c)
		}
	}
}

// TestHTML checks the page's contents, order and escaping.
func TestHTML(t *testing.T) {
	hostile := `Dinas <script>alert("x")</script> & "Co"`
	for _, l := range []lang.Lang{lang.ID, lang.EN} {
		dir := t.TempDir()
		path := filepath.Join(dir, "r.html")
		if err := run(&bytes.Buffer{}, config{picks: 10, scale: "1-5", lang: l, html: path, title: hostile, period: "2024 <b>"}); err != nil {
			t.Fatal(err)
		}
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		page := string(data)
		if ext := htmlpage.External(data); ext != nil {
			t.Errorf("%v: the page refers to %q", l, ext)
		}
		if strings.Contains(page, "<script") || strings.Contains(page, "<b>") || !strings.Contains(page, "Dinas &lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; &amp; &#34;Co&#34;") {
			t.Errorf("%v: the title is not escaped:\n%s", l, page)
		}
		if !strings.Contains(page, `<html lang="`+l.String()+`">`) {
			t.Errorf("%v: no <html lang>", l)
		}
		// The order.
		order := map[lang.Lang][]string{
			lang.ID: {"<h1>", "Periode survei: 2024 &lt;b&gt;", "Responden", "58,2", "Tujuh nilai dasar", "<svg", "Fokus perbaikan", "Entropi budaya dan keselarasan nilai", "Metode dan aturan", "SE MenPANRB No. 20 Tahun 2021"},
			lang.EN: {"<h1>", "Survey period: 2024 &lt;b&gt;", "Respondents", "58.2", "The seven core values", "<svg", "Improvement focus", "Cultural entropy and values alignment", "Methods and rules", "SE MenPANRB No. 20 Tahun 2021"},
		}[l]
		at := 0
		for _, want := range order {
			i := strings.Index(page[at:], want)
			if i < 0 {
				t.Errorf("%v: %q missing, or not after the one before it", l, want)
				continue
			}
			at += i
		}
		text := html.UnescapeString(page)
		for _, want := range []string{"<title id=\"chart-title\">", "<desc id=\"chart-desc\">", `role="img"`, "@page { size: A4; margin: 15mm; }"} {
			if !strings.Contains(text, want) {
				t.Errorf("%v: page lacks %q", l, want)
			}
		}
	}
}

// TestNothingWrittenOnError: a failing run writes no file and nothing to
// stdout.
func TestNothingWrittenOnError(t *testing.T) {
	dir := t.TempDir()
	page, svg := filepath.Join(dir, "r.html"), filepath.Join(dir, "r.svg")
	var out bytes.Buffer
	one := write(t, "one.csv", ballotHeader+"R1,BP1,BP1,BP1\n")
	err := run(&out, config{in: one, picks: 10, scale: "1-5", html: page, svg: svg, employees: 2500})
	if err == nil {
		t.Fatal("a survey under its minimum was reported")
	}
	entries, _ := os.ReadDir(dir)
	if out.Len() != 0 || len(entries) != 0 {
		t.Errorf("on error: %d bytes on stdout, files %v", out.Len(), entries)
	}
	// A file that cannot be written leaves the others unwritten too.
	err = run(&out, config{picks: 10, scale: "1-5", svg: svg, html: filepath.Join(dir, "no-such-dir", "r.html")})
	entries, _ = os.ReadDir(dir)
	if err == nil || out.Len() != 0 || len(entries) != 0 {
		t.Errorf("unwritable -html: error %v, %d bytes on stdout, files %v", err, out.Len(), entries)
	}
}
