package htmlpage_test

import (
	"fmt"
	"html/template"
	"os"
	"strings"

	"github.com/go-asn/berakhlak/examples/internal/htmlpage"
	"github.com/go-asn/berakhlak/examples/internal/lang"
	"github.com/go-asn/berakhlak/examples/internal/rules"
)

func ExampleContrast() {
	white := htmlpage.MustParseColour("#fff")
	for _, c := range []string{"#777", "#767676"} {
		r := htmlpage.Contrast(htmlpage.MustParseColour(c), white)
		fmt.Printf("%s on white: %.2f:1, AA %v\n", c, r, r >= htmlpage.MinTextContrast)
	}
	// Output:
	// #777 on white: 4.48:1, AA false
	// #767676 on white: 4.54:1, AA true
}

func ExampleParseColour() {
	c, err := htmlpage.ParseColour("#abc")
	fmt.Println(c, err)
	_, err = htmlpage.ParseColour("red")
	fmt.Println(err)
	// Output:
	// #aabbcc <nil>
	// htmlpage: colour "red": want #rgb or #rrggbb
}

func ExampleColour_Luminance() {
	fmt.Printf("%.4f %.4f\n", htmlpage.MustParseColour("#000").Luminance(), htmlpage.MustParseColour("#808080").Luminance())
	// Output: 0.0000 0.2159
}

func ExampleExternal() {
	doc := `<link rel="icon" href="data:,"><img src="logo.png"><style>p{background:url(x.png)}</style>`
	fmt.Println(strings.Join(htmlpage.External([]byte(doc)), "\n"))
	// Output:
	// <img src="logo.png">
	// url(x.png) in CSS
}

func ExampleWrite() {
	var b strings.Builder
	body := template.HTML("<p>Isi</p>")
	if err := htmlpage.Write(&b, htmlpage.Page{Lang: lang.ID, Title: "Laporan", Period: "2026", Body: body}); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return
	}
	fmt.Println(strings.SplitN(b.String(), "\n", 3)[1])
	fmt.Println(len(htmlpage.External([]byte(b.String()))))
	// Output:
	// <html lang="id">
	// 0
}

func ExampleColoursOf() {
	fmt.Println(htmlpage.ColoursOf(`.a { color: #444 } <rect fill="#17692E"/>`))
	// Output: [#444444 #17692e]
}

func ExampleEscapeText() {
	fmt.Println(htmlpage.EscapeText(`Dinas "A" & <B>`))
	// Output:
	// Dinas &#34;A&#34; &amp; &lt;B&gt;
}

func ExampleRules() {
	minimum, _ := rules.Lookup(rules.Minimum)
	table, err := htmlpage.Rules(lang.EN, []rules.Rule{minimum})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return
	}
	fmt.Println(strings.Split(string(table), "\n")[1])
	// Output:
	// <thead><tr><th scope="col">Rule</th><th scope="col">Status</th><th scope="col">Source</th></tr></thead>
}
