package htmlpage

import (
	"regexp"
	"strings"
	"testing"

	"github.com/go-asn/berakhlak/category"
	"github.com/go-asn/berakhlak/examples/internal/lang"
	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
)

// TestBandColours checks the palette against WCAG 2.x AA (4.5:1): every
// bar colour, and the chart's text colours, against white and against
// every pale band.
func TestBandColours(t *testing.T) {
	backgrounds := []string{ChartBack}
	foregrounds := []string{ChartText, ChartMuted}
	for _, c := range BandColours() {
		foregrounds = append(foregrounds, c[0])
		backgrounds = append(backgrounds, c[1])
	}
	for _, fg := range foregrounds {
		for _, bg := range backgrounds {
			if r := Contrast(MustParseColour(fg), MustParseColour(bg)); r < MinTextContrast {
				t.Errorf("%s on %s: %.2f:1, below %.1f:1", fg, bg, r, MinTextContrast)
			}
		}
	}
	if got, want := ColoursOf(BandCSS()), []string{"#17692e", "#1f5f9e", "#a04d00", "#b03a2e"}; !cmp.Equal(want, got) {
		t.Errorf("BandCSS colours %v, want %v", got, want)
	}
	c := BandColours()
	c["A"] = [2]string{"#fff", "#fff"}
	if BandColours()["A"][0] != "#17692e" {
		t.Error("BandColours returns the package's own map")
	}
}

// TestBandChart draws a chart on the IKM scale, whose axis starts at 25,
// with hostile strings: every string escaped, the bars and bands placed on
// the axis, the scores in the language's notation.
func TestBandChart(t *testing.T) {
	scale := category.IKM()
	band := func(s string) category.Band {
		b, err := scale.Classify(decimal.RequireFromString(s))
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	c := BandChart{
		Lang: lang.ID, Scale: scale, Title: `<script>x</script>`, Desc: `a & "b"`,
		Rows: []BandRow{
			{Label: "U1", Name: "<b>Persyaratan</b>", Score: decimal.RequireFromString("25.00"), Band: band("25.00")},
			{Label: "IKM", Name: "IKM", Score: decimal.RequireFromString("100.00"), Band: band("100.00"), Bold: true},
		},
		Source: "<i>src</i>",
		Layout: ChartLayout{Left: 100, Width: 600, Top: 10, Row: 30, Bar: 22, Margin: 8},
	}
	var b strings.Builder
	if err := c.Write(&b); err != nil {
		t.Fatal(err)
	}
	svg := b.String()
	for _, w := range []string{
		`<svg xmlns="http://www.w3.org/2000/svg" width="800" height="120" `,
		`<title id="chart-title">&lt;script&gt;x&lt;/script&gt;</title>`,
		`<desc id="chart-desc">a &amp; &#34;b&#34;</desc>`,
		`<rect x="100.0" y="2" width="320.0" height="68" fill="#fbe9e7"><title>D Tidak Baik ≥ 25,00</title></rect>`,
		`<rect x="100" y="10" width="0.0" height="22" fill="#b03a2e"><title>&lt;b&gt;Persyaratan&lt;/b&gt;: 25,00 (D Tidak Baik)</title></rect>`,
		`<rect x="100" y="40" width="600.0" height="22" fill="#17692e"><title>IKM: 100,00 (A Sangat Baik)</title></rect>`,
		`<text x="700.0" y="57" dx="6" font-weight="bold">100,00 A</text>`,
		`&lt;i&gt;src&lt;/i&gt;</text>`,
	} {
		if !strings.Contains(svg, w) {
			t.Errorf("chart lacks %q:\n%s", w, svg)
		}
	}
	if strings.Contains(svg, "<?xml") || regexp.MustCompile(`<(script|b|i)>`).MatchString(svg) {
		t.Errorf("chart has a declaration or an unescaped string:\n%s", svg)
	}
	if ext := External([]byte(svg)); ext != nil {
		t.Errorf("chart refers to %q", ext)
	}
}
