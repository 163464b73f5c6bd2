package main

import (
	"bytes"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/go-asn/berakhlak/examples/internal/htmlpage"
	"github.com/go-asn/berakhlak/examples/internal/lang"
	"github.com/go-asn/berakhlak/examples/internal/progtest"
	"github.com/go-asn/berakhlak/examples/internal/rules"
	"github.com/go-asn/berakhlak/ikm"
	"github.com/go-asn/berakhlak/survey"
	"github.com/google/go-cmp/cmp"
)

// gformsArgs run the program on the committed Google Forms sample, as the
// README does: the page with every section (services and profile).
var gformsArgs = []string{"-in", "sample_gforms.csv", "-columns", "sample_gforms_columns.csv", "-population", "110"}

// runHTML runs the program with -html into a temporary file and returns
// the run and the file's content ("" when no file was written).
func runHTML(t *testing.T, stdin string, args ...string) (progtest.Result, string) {
	t.Helper()
	return progtest.RunHTML(t, realMain, stdin, args...)
}

// TestLanguageTable checks that every message of the table is used, by
// the program or by the page's template ({{.M.Name}}).
func TestLanguageTable(t *testing.T) {
	if err := lang.CheckUsed(".", msg, "msg", "M"); err != nil {
		t.Error(err)
	}
}

// TestHTMLGolden writes the page of the embedded sample in both languages,
// and of the Google Forms sample (services and profile) in both, and
// compares each, byte for byte, with testdata/*.html (go test
// ./examples/ikm -update rewrites them). Standard output is the text
// report, the same as without -html, and the page fetches nothing.
func TestHTMLGolden(t *testing.T) {
	progtest.Cases(t, realMain, []progtest.Case{
		{Name: "default", Golden: "ikm.id.txt", Page: "ikm.id.html"},
		{Name: "en", Golden: "ikm.en.txt", Page: "ikm.en.html", Args: []string{"-lang", "en"}},
		{Name: "gforms", Page: "ikm.gforms.id.html", Args: gformsArgs},
		{Name: "gforms en", Page: "ikm.gforms.en.html", Args: append([]string{"-lang", "en", "-title", "Dinas Kependudukan dan Pencatatan Sipil", "-period", "Maret 2024"}, gformsArgs...)},
	})
}

// TestHTMLContent checks that the page of the Google Forms sample holds
// every section, in the order the Laporan Hasil SKM sets, with its figures
// in the language's notation: the unit and period, the respondents
// against the minimum, the IKM with its mutu and kinerja, the nine unsur
// (NRR at 3 places, NRR tertimbang, the converted value, mutu) and the
// chart, the priority, the services, the profile and the methods.
func TestHTMLContent(t *testing.T) {
	tests := []struct {
		lang string
		want []string // in order
	}{
		{"id", []string{
			`<html lang="id">`,
			"<h1>Laporan Hasil Survei Kepuasan Masyarakat — Dinas X</h1>", `<p class="subtitle">Periode survei: 2024</p>`,
			">Ringkasan</h2>", "88 (minimum 86 menurut Krejcie–Morgan untuk populasi 110: terpenuhi)",
			`<span class="index">81,13</span>`, `<span class="cat cat-B">B</span>`, "<td>Baik</td>",
			">Nilai per unsur</h2>",
			`<td>U1</td><td>Persyaratan</td><td class="num">3,284</td><td class="num">0,365</td><td class="num">82,10</td><td class="mutu"><span class="cat cat-B">B</span> Baik</td><td class="num">88</td>`,
			`<td>U3</td><td>Waktu Penyelesaian</td><td class="num">2,884</td><td class="num">0,320</td><td class="num">72,09</td><td class="mutu"><span class="cat cat-C">C</span> Kurang Baik</td>`,
			`IKM (jumlah NRR tertimbang × 25)</th><td class="num">3,245</td><td class="num">81,13</td>`,
			`<title id="chart-title">Nilai konversi (NRR × 25) per unsur dan IKM</title>`, "U3 Waktu Penyelesaian 72,09, mutu C Kurang Baik",
			">Prioritas perbaikan</h2>", "<p>Unsur dengan NRR terendah menjadi prioritas perbaikan:</p>",
			"<li>U3 Waktu Penyelesaian: NRR 2,884, nilai konversi 72,09, mutu C Kurang Baik</li>",
			">Hasil per jenis layanan</h2>", "Kelompok dari kolom Jenis layanan yang Saudara terima.",
			`<tr><td>Akta Kelahiran</td><td class="num">24</td><td class="num">98,25</td><td class="mutu"><span class="cat cat-A">A</span> Sangat Baik</td></tr>`,
			`<tr><td>Kartu Keluarga</td><td class="num">34</td><td class="num">74,30</td>`,
			">Profil responden</h2>", "<caption>Jenis kelamin</caption>", `<tr><td>Laki-laki</td><td class="num">45</td></tr>`,
			"<caption>Usia</caption>", `<tr><td>&lt; 20</td><td class="num">4</td></tr>`, "<caption>Pekerjaan</caption>",
			">Metode dan aturan</h2>", "bobot tepat 1/9", "<td>resmi</td><td>PermenPANRB No. 14 Tahun 2017</td>",
			"<td>turunan</td><td>kuesioner instansi berlabel PermenPANRB 14/2017 dan aplikasi SKM publik</td>",
			"<td>resmi</td><td>Krejcie–Morgan (survey.KrejcieMorgan)</td>", "<td>turunan</td><td>laporan SKM instansi</td>",
			"<td>bawaan pustaka</td><td>seperti subkelompok engagement</td>",
		}},
		{"en", []string{
			`<html lang="en">`,
			"<h1>Survei Kepuasan Masyarakat report — Dinas X</h1>", `<p class="subtitle">Survey period: 2024</p>`,
			">Summary</h2>", "88 (minimum 86 by Krejcie–Morgan for a population of 110: met)",
			`<span class="index">81.13</span>`,
			">Results per unsur</h2>",
			`<td>U1</td><td>Persyaratan</td><td class="num">3.284</td><td class="num">0.365</td><td class="num">82.10</td>`,
			`IKM (the sum of NRR tertimbang × 25)</th><td class="num">3.245</td><td class="num">81.13</td>`,
			">Priority for improvement</h2>", "<li>U3 Waktu Penyelesaian: NRR 2.884, converted value 72.09, mutu C Kurang Baik</li>",
			">Results per service</h2>", `<td>Akta Kelahiran</td><td class="num">24</td><td class="num">98.25</td>`,
			">Respondent profile</h2>", "<caption>Sex</caption>",
			">Methods and rules</h2>", "the weight exactly 1/9", "<td>official</td><td>PermenPANRB No. 14 Tahun 2017</td>",
		}},
	}
	for _, tc := range tests {
		t.Run(tc.lang, func(t *testing.T) {
			got, page := runHTML(t, "", append([]string{"-lang", tc.lang, "-title", "Dinas X", "-period", "2024"}, gformsArgs...)...)
			if got.Status != 0 {
				t.Fatalf("%+v", got)
			}
			progtest.InOrder(t, "page", page, tc.want)
			if strings.Contains(page, "(tersemat, data rekaan)") || strings.Contains(page, "invented") {
				t.Error("the page of a real export says its data is invented")
			}
		})
	}
}

// TestTitlePeriod checks -title and -period in both outputs: the text's
// heading lines and the page's heading, and that the embedded sample
// still says its data is invented under another title.
func TestTitlePeriod(t *testing.T) {
	tests := []struct {
		name     string
		args     []string
		wantText string // the text report up to its first blank line
		wantHTML []string
	}{
		{"title and period, id", []string{"-title", `Dinas <A&B> "X"`, "-period", "2024 <b>"},
			"Indeks Kepuasan Masyarakat — Dinas <A&B> \"X\"\nPeriode survei: 2024 <b>\nData contoh ini rekaan, ditulis oleh pembangkit berbenih program ini (-write-sample); tidak menggambarkan unit pelayanan mana pun.\n",
			[]string{
				"<title>Laporan Hasil Survei Kepuasan Masyarakat — Dinas &lt;A&amp;B&gt; &#34;X&#34;</title>",
				"<h1>Laporan Hasil Survei Kepuasan Masyarakat — Dinas &lt;A&amp;B&gt; &#34;X&#34;</h1>",
				`<p class="subtitle">Periode survei: 2024 &lt;b&gt;</p>`,
				`<p class="note">Data contoh ini rekaan`,
			}},
		{"period only, en", []string{"-lang", "en", "-period", "2024"},
			"Indeks Kepuasan Masyarakat — sample.csv (embedded, invented)\nSurvey period: 2024\n",
			[]string{"<h1>Survei Kepuasan Masyarakat report — sample.csv (embedded, invented)</h1>", `<p class="subtitle">Survey period: 2024</p>`}},
		{"control characters, en", []string{"-lang", "en", "-title", "A\x1b[2JB"},
			"Indeks Kepuasan Masyarakat — \"A\\x1b[2JB\"\nThis sample's data is invented, written by the program's seeded generator (-write-sample); it describes no real service unit.\n",
			[]string{"<h1>Survei Kepuasan Masyarakat report — &#34;A\\x1b[2JB&#34;</h1>"}},
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

// hostileExport returns an export with a column map whose group column,
// services and profile values are hostile HTML, and its column map.
func hostileExport(t *testing.T) (export, columns string) {
	var b strings.Builder
	b.WriteString("id,<i>layanan</i>,kelamin,U1,U2,U3,U4,U5,U6,U7,U8,U9\n")
	groups := []string{`"<script>alert(1)</script>"`, `"""><img src=x>"`, `</style><link rel=stylesheet href=http://x.example/a.css>`}
	for i := range 18 {
		fmt.Fprintf(&b, "R%d,%s,<b>x</b>,4,3,%d,4,3,3,4,3,3\n", i, groups[i%3], 1+i%4)
	}
	b.WriteString("R99,Kecil,,4,4,4,4,4,4,4,4,4\n") // suppressed, and so one more by complementary suppression
	columns = "column,role\nid,respondent\n<i>layanan</i>,group\nkelamin,jenis kelamin\n"
	for i := 1; i <= 9; i++ {
		columns += fmt.Sprintf("U%d,U%d\n", i, i)
	}
	return write(t, b.String()), writeNamed(t, "columns.csv", columns)
}

func writeNamed(t *testing.T, name, content string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestHTMLEscapesInput runs the program on an export whose services, group
// column and profile values are hostile HTML, with a hostile -title and
// -period: every one comes out as text, and the page fetches nothing.
func TestHTMLEscapesInput(t *testing.T) {
	hostile := []string{`<script>alert(1)</script>`, `"><img src=x>`, `</style><link rel=stylesheet href=http://x.example/a.css>`, "<b>x</b>", "<i>layanan</i>"}
	export, columns := hostileExport(t)
	for _, l := range []string{"id", "en"} {
		got, page := runHTML(t, "", "-in", export, "-columns", columns, "-population", "19", "-lang", l,
			"-title", hostile[0], "-period", hostile[1])
		if got.Status != 0 {
			t.Fatalf("%s: %+v", l, got)
		}
		for _, h := range hostile {
			if strings.Contains(page, h) {
				t.Errorf("%s: the page holds %q unescaped", l, h)
			}
		}
		for tag, want := range map[string]int{"<script": 0, "<img": 0, "<b>": 0, "<i>": 0, "<link": 1} { // the page's own icon, data:,
			if n := strings.Count(page, tag); n != want {
				t.Errorf("%s: the page has %d %s tags, want %d", l, n, tag, want)
			}
		}
		for _, w := range []string{
			"<h1>" + map[string]string{"id": "Laporan Hasil Survei Kepuasan Masyarakat", "en": "Survei Kepuasan Masyarakat report"}[l] + " — &lt;script&gt;alert(1)&lt;/script&gt;</h1>",
			"<td>&lt;script&gt;alert(1)&lt;/script&gt;</td>", // a service
			"<td>&#34;&gt;&lt;img src=x&gt;</td>",            // a service
			"<td>&lt;/style&gt;&lt;link rel=stylesheet href=http://x.example/a.css&gt;</td>",
			"&lt;i&gt;layanan&lt;/i&gt;",    // the group column
			"<td>&lt;b&gt;x&lt;/b&gt;</td>", // a profile value
			`<tr class="suppressed"><td>Kecil</td><td class="num">1</td><td colspan="2">`,
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
// standard output nor the page, leaves an existing file as it was and no
// temporary file behind, and that -html over an input is refused.
func TestHTMLNothingWritten(t *testing.T) {
	dir := t.TempDir()
	existing := filepath.Join(dir, "old.html")
	if err := os.WriteFile(existing, []byte("old"), 0o600); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, file string
		args       []string
		status     int
		stderr     string
	}{
		{"below minimum", existing, []string{"-population", "1000"}, 1, "ikm: IKM tidak diterbitkan: 64 responden, minimum 278 tidak terpenuhi\n"},
		{"bad row", existing, []string{"-in", write(t, "respondent,U1,U2,U3,U4,U5,U6,U7,U8,U9\nA,5,4,4,4,4,4,4,4,4\n"), "-population", "1"}, 1, "column U1: \"5\" is not an answer"},
		{"over the input", existing, []string{"-in", existing, "-population", "1"}, 2, "is the same file as the input -in"},
		{"no such directory", filepath.Join(dir, "missing", "r.html"), nil, 1, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := runMain("", append([]string{"-html", tc.file}, tc.args...)...)
			if got.Status != tc.status || got.Stdout != "" || !strings.Contains(got.Stderr, tc.stderr) || got.Stderr == "" {
				t.Errorf("%+v", got)
			}
			if tc.file == existing {
				if b, err := os.ReadFile(existing); err != nil || string(b) != "old" {
					t.Errorf("the existing file is now %q, %v", b, err)
				}
			} else if _, err := os.Stat(tc.file); !os.IsNotExist(err) {
				t.Errorf("%s written: %v", tc.file, err)
			}
			if entries, err := os.ReadDir(dir); err != nil || len(entries) != 1 {
				t.Errorf("files left in the directory: %v %v", entries, err)
			}
		})
	}
}

// TestPriorityTies checks the priority for improvement: the unsur with
// the lowest exact NRR, every one of them when several tie exactly, and
// not one that is only equal once rounded to the places shown.
func TestPriorityTies(t *testing.T) {
	const header = "respondent,U1,U2,U3,U4,U5,U6,U7,U8,U9\n"
	tests := []struct {
		name, rows string
		want       []string
		not        []string
	}{
		// U3 and U7 both average 2 exactly (2+2, and 1+3).
		{"tie", "A,4,4,2,4,4,4,1,4,4\nB,4,4,2,4,4,4,3,4,4\n",
			[]string{"<p>2 unsur share the lowest NRR (exactly, not only once rounded); each is a priority for improvement:</p>",
				"<li>U3 Waktu Penyelesaian: NRR 2.000, converted value 50.00, mutu D Tidak Baik</li>",
				"<li>U7 Perilaku Pelaksana: NRR 2.000, converted value 50.00, mutu D Tidak Baik</li>"},
			nil},
		// Of 2,000 respondents, U2 averages 4001/2000 = 2.0005 and U5
		// exactly 2: at -nrr-places 2 both show 2.00, and only U5 is lowest.
		{"equal once rounded", "", []string{"<p>The unsur with the lowest NRR is the priority for improvement:</p>", "<li>U5 Produk Spesifikasi Jenis Pelayanan: NRR 2.00,"},
			[]string{"<li>U2 "}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rows, args := tc.rows, []string{"-population", "2"}
			if rows == "" {
				var b strings.Builder
				for i := range 2000 {
					u2 := 2
					if i == 0 {
						u2 = 3
					}
					fmt.Fprintf(&b, "R%d,4,%d,4,4,2,4,4,4,4\n", i, u2)
				}
				rows, args = b.String(), []string{"-population", "2000", "-nrr-places", "2"}
			}
			got, page := runHTML(t, "", append([]string{"-in", write(t, header+rows), "-lang", "en"}, args...)...)
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

// TestNRRTertimbang checks the weighted NRR: each unsur's Sum ÷ (Answers
// × 9) and their sum rounded half-up once, and that the sum × 25 is the
// IKM (Σ NRR × 1/9 × 25), computed here with big.Rat apart from the
// program's rounding.
func TestNRRTertimbang(t *testing.T) {
	for _, tc := range []struct {
		num, den int64
		places   int32
		want     string
	}{
		{1, 8, 2, "0.13"}, {1, 8, 3, "0.125"}, {5, 1000, 2, "0.01"}, {4, 1000, 2, "0.00"}, {0, 1, 3, "0.000"}, {7, 2, 0, "4"},
	} {
		if got := roundHalfUp(big.NewRat(tc.num, tc.den), tc.places).StringFixed(tc.places); got != tc.want {
			t.Errorf("roundHalfUp(%d/%d, %d) = %s, want %s", tc.num, tc.den, tc.places, got, tc.want)
		}
	}
	o := options{lang: lang.EN, nrrPlaces: defaultNRRPlaces, population: samplePopulation}
	ex, err := read("sample.csv", bytes.NewReader(sampleExport), options{instrument: ikm.Instrument2017, csv: o.csv})
	if err != nil {
		t.Fatal(err)
	}
	res, err := ex.tally.Result(survey.KrejcieMorgan(samplePopulation))
	if err != nil {
		t.Fatal(err)
	}
	sum := new(big.Rat)
	for _, it := range res.Items() {
		sum.Add(sum, big.NewRat(int64(it.Sum), int64(it.Answers)*9))
	}
	ikm25 := roundHalfUp(new(big.Rat).Mul(sum, big.NewRat(25, 1)), 2)
	if !ikm25.Equal(res.Index().Decimal()) {
		t.Errorf("Σ NRR tertimbang × 25 = %s, the IKM %s", ikm25, res.Index())
	}
	page, err := writeHTML(res, ex, "x", samplePopulation, o)
	if err != nil {
		t.Fatal(err)
	}
	want := `<td class="num">` + roundHalfUp(sum, 3).StringFixed(3) + `</td><td class="num">` + res.Index().Decimal().StringFixed(2) + `</td>`
	if !strings.Contains(string(page), want) {
		t.Errorf("the total row lacks %q", want)
	}
}

// TestRulesUsed checks the methods section's rules: the formula, bands,
// minimum and weight always; the NRR's three places only at 3; the answer
// words only when a cell held one; the services only with groups; the
// 2014 instrument only when read. A -nrr-places other than 3 is said.
func TestRulesUsed(t *testing.T) {
	base := []rules.ID{rules.IKMFormula, rules.IKMCategories, rules.IKMMinimum, rules.IKMWeight}
	tests := []struct {
		name string
		args []string
		want []rules.ID
	}{
		{"sample", nil, append(base[:4:4], rules.IKMNRRPlaces)},
		{"nrr places", []string{"-nrr-places", "2"}, base},
		{"gforms", gformsArgs, append(base[:4:4], rules.IKMNRRPlaces, rules.IKMWords, rules.IKMGroups)},
		{"2014", []string{"-instrument", "2014", "-in", write(t, "respondent,U1,U2,U3,U4,U5,U6,U7,U8,U9\nA,4,3,2,4,3,3,4,3,3\n"), "-population", "1"},
			append(base[:4:4], rules.IKMNRRPlaces, rules.IKM2014)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, page := runHTML(t, "", append([]string{"-lang", "en"}, tc.args...)...)
			if got.Status != 0 {
				t.Fatalf("%+v", got)
			}
			rs, err := rules.Select(tc.want...)
			if err != nil {
				t.Fatal(err)
			}
			table, err := htmlpage.Rules(lang.EN, rs)
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(page, string(table)) {
				t.Errorf("the page's rules are not %v:\n%s", tc.want, page[strings.Index(page, `<table class="rules">`):])
			}
			said := strings.Contains(page, "as -nrr-places asked")
			if want := tc.name == "nrr places"; said != want {
				t.Errorf("the page says what -nrr-places set: %v, want %v", said, want)
			}
		})
	}
}
