package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/go-asn/berakhlak/akhlak"
	"github.com/go-asn/berakhlak/category"
	"github.com/shopspring/decimal"
)

// Report is what the program prints. It does not care where the profile
// came from.
type Report struct {
	Title   string
	Profile akhlak.Profile
}

const barWidth = 40

// bar draws score (0–100) as a text bar of barWidth cells, rounding to the
// nearest cell.
func bar(score decimal.Decimal) string {
	n := int(score.Mul(decimal.New(barWidth, 0)).DivRound(decimal.New(100, 0), 0).IntPart())
	return strings.Repeat("█", n) + strings.Repeat("·", barWidth-n)
}

func writeReport(w io.Writer, r Report) error {
	scale := category.BerAKHLAK()
	p := r.Profile
	var b strings.Builder
	fmt.Fprintf(&b, "%s\n%s\n\n", r.Title, strings.Repeat("=", len([]rune(r.Title))))
	for _, v := range akhlak.Values() {
		s := p.Score(v)
		band, err := scale.Classify(s)
		if err != nil {
			return err
		}
		fmt.Fprintf(&b, "%-2s %-22s %5s  %s  %s %s\n", v.Code(), v, s.StringFixed(scale.Places()), bar(s), band.Letter, band.Label)
	}
	idx := p.Index()
	cat := p.Category()
	fmt.Fprintf(&b, "\n%-25s %5s  %s  %s %s\n", "Indeks BerAKHLAK", idx.StringFixed(scale.Places()), bar(idx), cat.Letter, cat.Label)
	fmt.Fprintf(&b, "\nImprovement focus (lowest value):\n")
	for _, v := range p.Lowest() {
		fmt.Fprintf(&b, "  %s %s — %s\n", v.Code(), v, p.Score(v).StringFixed(scale.Places()))
		for _, bh := range v.Behaviours() {
			fmt.Fprintf(&b, "    %s  %s\n", bh.Code(), bh)
		}
	}
	fmt.Fprintf(&b, "\nCategories: %s. Source: %s.\n", bandList(scale), scale.Source())
	_, err := io.WriteString(w, b.String())
	return err
}

func bandList(s category.Scale) string {
	var parts []string
	for _, b := range s.Bands() {
		parts = append(parts, fmt.Sprintf("%s %s ≥ %s", b.Letter, b.Label, b.Min.StringFixed(s.Places())))
	}
	return strings.Join(parts, ", ")
}
