package main

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/go-asn/berakhlak/engagement"
	"github.com/go-asn/berakhlak/examples/internal/csvio"
	"github.com/go-asn/berakhlak/examples/internal/htmlpage"
	"github.com/go-asn/berakhlak/examples/internal/lang"
	"github.com/go-asn/berakhlak/examples/internal/progtest"
	"github.com/go-asn/berakhlak/examples/internal/rules"
	"github.com/go-asn/berakhlak/survey"
	"github.com/google/go-cmp/cmp"
)

// runHTML runs the program with -html into a temporary file and returns
// the run and the file's content ("" when no file was written).
func runHTML(t *testing.T, stdin string, args ...string) (result, string) {
	t.Helper()
	return progtest.RunHTML(t, realMain, stdin, args...)
}

// TestHTMLGolden writes the HTML report of the embedded sample in both
// languages and compares it, byte for byte, with
// testdata/engagement.LANG.html (-update rewrites them). Standard output
// is the text report, the same as without -html.
func TestHTMLGolden(t *testing.T) {
	progtest.Cases(t, realMain, []progtest.Case{
		{Name: "default", Golden: "engagement.id.txt", Page: "engagement.id.html"},
		{Name: "en", Golden: "engagement.en.txt", Page: "engagement.en.html", Args: []string{"-lang", "en"}},
		{Name: "baseline, id", Golden: "engagement-baseline.id.txt", Page: "engagement-baseline.id.html", Args: []string{"-baseline", "sample_baseline.csv"}},
		{Name: "baseline, en", Golden: "engagement-baseline.en.txt", Page: "engagement-baseline.en.html", Args: []string{"-lang", "en", "-baseline", "sample_baseline.csv"}},
	})
}

// TestHTMLContent checks that the page holds every figure of the sample
// in the language's notation, under the section headings, in the order
// the report sets.
func TestHTMLContent(t *testing.T) {
	tests := []struct {
		lang string
		want []string // in order
	}{
		{"id", []string{
			`<html lang="id">`,
			"<h1>Employee Engagement — sample.csv (tersemat, data rekaan)</h1>",
			">Ringkasan</h2>", "183 (minimum 140: terpenuhi)", `<span class="index">54,5%</span>`, "3,60 pada skala 1–5",
			">Dimensi</h2>", "<td>Komitmen</td><td class=\"num\">3,57</td><td class=\"num\">54,2%</td><td>0,783 (n=161)</td>",
			`<title id="chart-title">Persentase jawaban favorabel per dimensi</title>`, "Komitmen 54,2%; Kebanggaan 55,9%; Motivasi 53,4%; Indeks engagement 54,5%.",
			">Segmen responden</h2>", `<th scope="row">Engaged</th><td>≥ 4,0</td><td class="num">74</td>`,
			">eNPS</h2>", "&#43;14", `<th scope="row">Tidak menjawab</th><td class="num">6</td>`,
			">Unit kerja</h2>", "<td>Bidang Pelayanan</td><td class=\"num\">61</td><td class=\"num\">48,1%</td>",
			"mengungkap 3 responden", "<td>UPT Kecil</td><td class=\"num\">3</td><td class=\"num\">—</td><td>tidak dilaporkan: 3 responden, di bawah ambang kerahasiaan 5</td>",
			">Metode dan aturan</h2>", "instrument.csv: 12 butir dalam 3 dimensi", "Minimum yang diperiksa: 140 responden, minimum resmi.",
			"<td>resmi</td><td>KemenPANRB</td>", "<td>bawaan pustaka</td><td>mengikuti praktik lembaga statistik</td>",
		}},
		{"en", []string{
			`<html lang="en">`,
			"<h1>Employee Engagement — sample.csv (embedded, invented)</h1>",
			">Summary</h2>", "183 (minimum 140: met)", `<span class="index">54.5%</span>`, "3.60 on 1–5",
			">Dimensions</h2>", "<td>Komitmen</td><td class=\"num\">3.57</td><td class=\"num\">54.2%</td><td>0.783 (n=161)</td>",
			`<title id="chart-title">Percent favourable by dimension</title>`, "Komitmen 54.2%; Kebanggaan 55.9%; Motivasi 53.4%; Engagement index 54.5%.",
			">Segments</h2>", `<th scope="row">Engaged</th><td>≥ 4.0</td><td class="num">74</td>`,
			">eNPS</h2>", "&#43;14", `<th scope="row">No answer</th><td class="num">6</td>`,
			">Units</h2>", "<td>Bidang Pelayanan</td><td class=\"num\">61</td><td class=\"num\">48.1%</td>",
			"reveal by difference the 3 respondents", "<td>UPT Kecil</td><td class=\"num\">3</td><td class=\"num\">—</td><td>not reported: 3 respondents, below the confidentiality threshold of 5</td>",
			">Methods and rules</h2>", "instrument.csv: 12 items in 3 dimensions", "The minimum checked: 140 respondents, the official one.",
			"<td>official</td><td>KemenPANRB</td>", "<td>library default</td><td>after the practice of statistical agencies</td>",
		}},
	}
	for _, tc := range tests {
		t.Run(tc.lang, func(t *testing.T) {
			got, page := runHTML(t, "", "-lang", tc.lang)
			if got.Status != 0 {
				t.Fatalf("%+v", got)
			}
			progtest.InOrder(t, "page", page, tc.want)
		})
	}
}

// TestTitlePeriod checks -title and -period in both outputs: the text's
// heading lines and the page's title, escaped.
func TestTitlePeriod(t *testing.T) {
	tests := []struct {
		name     string
		args     []string
		wantText string // the text report's heading, up to the first blank line
		wantHTML []string
	}{
		{"title and period, id", []string{"-title", `Dinas <A&B> "X"`, "-period", "2024 <b>"},
			"Employee Engagement — Dinas <A&B> \"X\"\nPeriode survei: 2024 <b>\nData contoh ini rekaan, ditulis oleh pembangkit berbenih program ini (-write-sample); tidak menggambarkan instansi mana pun.\n",
			[]string{
				"<title>Employee Engagement — Dinas &lt;A&amp;B&gt; &#34;X&#34;</title>",
				"<h1>Employee Engagement — Dinas &lt;A&amp;B&gt; &#34;X&#34;</h1>",
				`<p class="subtitle">Periode survei: 2024 &lt;b&gt;</p>`,
			}},
		{"period only, en", []string{"-lang", "en", "-period", "2024"},
			"Employee Engagement — sample.csv (embedded, invented)\nSurvey period: 2024\n",
			[]string{"<h1>Employee Engagement — sample.csv (embedded, invented)</h1>", `<p class="subtitle">Survey period: 2024</p>`}},
		{"control characters, en", []string{"-lang", "en", "-title", "A\x1b[2JB"},
			"Employee Engagement — \"A\\x1b[2JB\"\nThis sample's data is invented, written by the program's seeded generator (-write-sample); it describes no real agency.\n",
			[]string{"<h1>Employee Engagement — &#34;A\\x1b[2JB&#34;</h1>"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, page := runHTML(t, "", tc.args...)
			if got.Status != 0 {
				t.Fatalf("%+v", got)
			}
			heading, _, _ := strings.Cut(got.Stdout, "\n\n")
			if diff := cmp.Diff(tc.wantText, heading+"\n"); diff != "" {
				t.Errorf("text heading (-want +got):\n%s", diff)
			}
			for _, w := range tc.wantHTML {
				if !strings.Contains(page, w) {
					t.Errorf("page lacks %q", w)
				}
			}
			if strings.Contains(page, "<b>") || strings.Contains(page, "\x1b") {
				t.Error("the page holds an input string unescaped")
			}
		})
	}
}

// TestHTMLEscapesInput runs the program on an export whose units and
// dimensions are hostile HTML: every one comes out as text, in the
// tables and in the chart, and the page fetches nothing.
func TestHTMLEscapesInput(t *testing.T) {
	hostile := []string{`<script>alert(1)</script>`, `"><img src=x>`, `</style><link rel=stylesheet href=http://x.example/a.css>`}
	inst := writeFile(t, "i.csv", "code,dimension\nA,\"\"\"><img src=x>\"\nB,<script>alert(1)</script>\n")
	var b strings.Builder
	b.WriteString("respondent,unit,A,B,recommend\n")
	units := []string{`"<script>alert(1)</script>"`, `"""><img src=x>"`, `</style><link rel=stylesheet href=http://x.example/a.css>`}
	for i := range 18 {
		b.WriteString("P" + string(rune('a'+i)) + "," + units[i%3] + ",4,5,9\n")
	}
	export := writeFile(t, "e.csv", b.String())
	for _, l := range []string{"id", "en"} {
		got, page := runHTML(t, "", "-in", export, "-instrument", inst, "-minimum", "1", "-lang", l,
			"-title", hostile[0], "-period", hostile[1])
		if got.Status != 0 {
			t.Fatalf("%s: %+v", l, got)
		}
		for _, h := range hostile {
			if strings.Contains(page, h) {
				t.Errorf("%s: the page holds %q unescaped", l, h)
			}
		}
		for tag, want := range map[string]int{"<script": 0, "<img": 0, "<link": 1} { // the page's own icon, data:,
			if n := strings.Count(page, tag); n != want {
				t.Errorf("%s: the page has %d %s tags, want %d", l, n, tag, want)
			}
		}
		for _, w := range []string{
			"<td>&lt;script&gt;alert(1)&lt;/script&gt;</td>", // a unit
			"<td>&#34;&gt;&lt;img src=x&gt;</td>",            // a unit and a dimension
			"<title>&lt;script&gt;alert(1)&lt;/script&gt;: ", // a dimension's bar on the chart
			"<title>Employee Engagement — &lt;script&gt;alert(1)&lt;/script&gt;</title>",
		} {
			if !strings.Contains(page, w) {
				t.Errorf("%s: page lacks %q", l, w)
			}
		}
		if ext := htmlpage.External([]byte(page)); ext != nil {
			t.Errorf("%s: the page refers to %q", l, ext)
		}
	}
}

// TestHTMLNothingWritten checks that a run that fails writes neither
// standard output nor the HTML file, and leaves an existing file as it
// was and no temporary file behind.
func TestHTMLNothingWritten(t *testing.T) {
	dir := t.TempDir()
	existing := filepath.Join(dir, "old.html")
	if err := os.WriteFile(existing, []byte("old"), 0o600); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, file string
		args       []string
		stderr     string
	}{
		{"below minimum", existing, []string{"-minimum", "200"}, "engagement: angka tidak diterbitkan: 183 responden, minimum 200 tidak terpenuhi\n"},
		{"bad row", existing, []string{"-in", writeFile(t, "e.csv", "respondent,unit,A\nP1,U,9\n"), "-instrument", writeFile(t, "i.csv", "code,dimension\nA,D\n")},
			"/e.csv:2: column A: \"9\" is not an answer on 1–5\n"},
		{"no such directory", filepath.Join(dir, "missing", "r.html"), nil, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := runMain("", append([]string{"-html", tc.file}, tc.args...)...)
			if got.Status != 1 || got.Stdout != "" || !strings.HasSuffix(got.Stderr, tc.stderr) || got.Stderr == "" {
				t.Errorf("%+v", got)
			}
			if tc.file == existing {
				if b, err := os.ReadFile(existing); err != nil || string(b) != "old" {
					t.Errorf("the existing file is now %q, %v", b, err)
				}
			} else if _, err := os.Stat(tc.file); !os.IsNotExist(err) {
				t.Errorf("%s written: %v", tc.file, err)
			}
			entries, err := os.ReadDir(dir)
			if err != nil {
				t.Fatal(err)
			}
			if len(entries) != 1 {
				t.Errorf("files left in the directory: %v", entries)
			}
		})
	}
}

var hexColour = regexp.MustCompile(`#[0-9a-fA-F]{6}\b|#[0-9a-fA-F]{3}\b`)

// TestColourContrast checks every colour the page adds to the shared
// style, and every colour of the chart but its background, against the
// white background: each must have at least 4.5:1 (WCAG AA for text).
func TestColourContrast(t *testing.T) {
	var chart bytes.Buffer
	r := sampleReport(t, lang.ID)
	if err := r.writeSVG(&chart, lang.ID); err != nil {
		t.Fatal(err)
	}
	back := htmlpage.MustParseColour(svgBack)
	colours := map[string]bool{}
	for _, c := range hexColour.FindAllString(string(engagementCSS)+chart.String(), -1) {
		colours[strings.ToLower(c)] = true
	}
	delete(colours, svgBack) // the chart's background
	for _, want := range []string{svgBar, svgIndex, svgText, svgMuted} {
		if !colours[want] {
			t.Errorf("the chart does not use %s: the scan is off", want)
		}
	}
	for c := range colours {
		if got := htmlpage.Contrast(htmlpage.MustParseColour(c), back); got < htmlpage.MinTextContrast {
			t.Errorf("%s on %s: %.2f:1, want at least %.1f:1", c, svgBack, got, htmlpage.MinTextContrast)
		}
	}
}

// TestChart checks the chart's accessibility: a title and a description
// naming every figure, and a label and a title on every bar.
func TestChart(t *testing.T) {
	for _, l := range []lang.Lang{lang.ID, lang.EN} {
		var b bytes.Buffer
		r := sampleReport(t, l)
		if err := r.writeSVG(&b, l); err != nil {
			t.Fatal(err)
		}
		svg := b.String()
		bars := regexp.MustCompile(`<rect x="190" [^>]*><title>([^<]*)</title></rect>\n<text [^>]*>([^<]*)</text>`).FindAllStringSubmatch(svg, -1)
		var got []string
		for _, m := range bars {
			got = append(got, m[1]+" | "+m[2])
		}
		want := map[lang.Lang][]string{
			lang.ID: {"Komitmen: 54,2% | 54,2%", "Kebanggaan: 55,9% | 55,9%", "Motivasi: 53,4% | 53,4%", "Indeks engagement: 54,5% | 54,5%"},
			lang.EN: {"Komitmen: 54.2% | 54.2%", "Kebanggaan: 55.9% | 55.9%", "Motivasi: 53.4% | 53.4%", "Engagement index: 54.5% | 54.5%"},
		}[l]
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%v: bars and their labels (-want +got):\n%s", l, diff)
		}
		for _, w := range []string{`role="img" aria-labelledby="chart-title chart-desc"`, `<title id="chart-title">`, `<desc id="chart-desc">`} {
			if !strings.Contains(svg, w) {
				t.Errorf("%v: chart lacks %q", l, w)
			}
		}
	}
}

// TestRulesUsed checks the methods section's rules: every one the report
// used, eNPS only when there is one, and the threshold the rule states
// is the one the program applies.
func TestRulesUsed(t *testing.T) {
	ids := func(rs []rules.Rule) []rules.ID {
		var out []rules.ID
		for _, r := range rs {
			out = append(out, r.ID)
		}
		return out
	}
	r := sampleReport(t, lang.EN)
	want := []rules.ID{rules.EngagementMinimum, rules.EngagementIndex, rules.EngagementSegments, rules.ENPS, rules.Alpha, rules.Confidentiality}
	if diff := cmp.Diff(want, ids(r.rules())); diff != "" {
		t.Errorf("rules (-want +got):\n%s", diff)
	}
	r.hasENPS = false
	if diff := cmp.Diff(append(want[:3:3], want[4:]...), ids(r.rules())); diff != "" {
		t.Errorf("rules without eNPS (-want +got):\n%s", diff)
	}
	c, _ := rules.Lookup(rules.Confidentiality)
	for _, l := range []lang.Lang{lang.ID, lang.EN} {
		if !strings.Contains(c.Statement.In(l), " "+l.Int(defaultConfidentiality)+" ") {
			t.Errorf("the confidentiality rule (%s) does not state the program's threshold %d", c.Statement.In(l), defaultConfidentiality)
		}
	}
	// A minimum other than the official one is said to be the caller's.
	_, page := runHTML(t, "", "-lang", "en", "-minimum", "150")
	if w := "The minimum checked: 150 respondents, given by -minimum; the official minimum is 140."; !strings.Contains(page, w) {
		t.Errorf("page lacks %q", w)
	}
}

// sampleReport returns the report of the embedded sample.
func sampleReport(t *testing.T, l lang.Lang) report {
	t.Helper()
	o := options{minimum: 140, lang: l, csv: csvio.Options{MaxLine: csvio.DefaultMaxLine()}}
	inst, err := readInstrument("instrument.csv", bytes.NewReader(sampleInstrument), o.csv, l)
	if err != nil {
		t.Fatal(err)
	}
	tl, err := readExport("sample.csv", bytes.NewReader(sampleExport), inst, o)
	if err != nil {
		t.Fatal(err)
	}
	res, err := tl.Result(survey.FixedMinimum(140), engagement.WithConfidentiality(defaultConfidentiality))
	if err != nil {
		t.Fatal(err)
	}
	r, err := newReport("sample.csv", true, inst, res, 140, defaultConfidentiality, l)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// TestHTMLOptionalRows checks the rows and notes that only some surveys
// have: the unscored respondents, no eNPS, no unit, a unit with no index.
func TestHTMLOptionalRows(t *testing.T) {
	inst := writeFile(t, "i.csv", "code,dimension\nA,D\nB,E\n")
	tests := []struct {
		name, export string
		want, not    []string
	}{
		{"unscored", "respondent,unit,A,B,recommend\nP1,U,4,4,9\nP2,U,2,1,9\nP3,U,3,3,9\nP4,U,5,5,9\nP5,U,1,1,9\nP6,V,,,8\nP7,V,,,8\nP8,V,,,8\nP9,V,,,8\nP10,V,,,8\n",
			[]string{`<th scope="row">Unscored</th><td>answered only the recommendation item</td><td class="num">5</td>`,
				`<td class="num">&#43;50</td>`,
				`<td>V</td><td class="num">5</td><td class="num">—</td><td>no index: no item answered</td>`},
			[]string{"No eNPS", "names no unit"}},
		{"no eNPS, no unit", "respondent,unit,A,B\nP1,,4,4\nP2,,2,1\n",
			[]string{"<p>No eNPS: the export has no recommend column, or no one answered it.</p>", "<p>The export names no unit.</p>"},
			[]string{"Unscored", "eNPS (% promoters", "<td>eNPS:"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, page := runHTML(t, "", "-in", writeFile(t, "e.csv", tc.export), "-instrument", inst, "-minimum", "1", "-confidentiality", "1", "-lang", "en")
			if got.Status != 0 {
				t.Fatalf("%+v", got)
			}
			for _, w := range tc.want {
				if !strings.Contains(page, w) {
					t.Errorf("page lacks %q", w)
				}
			}
			for _, w := range tc.not {
				if strings.Contains(page, w) {
					t.Errorf("page has %q", w)
				}
			}
		})
	}
}
