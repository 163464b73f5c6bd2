package category_test

import (
	"fmt"

	"github.com/go-asn/berakhlak/category"
	"github.com/shopspring/decimal"
)

func ExampleBand() {
	// A band is found by classifying a score, or by its letter within a scale.
	s := category.BerAKHLAK()
	b, _ := s.Classify(decimal.RequireFromString("58.4"))
	fmt.Printf("%s %q %q ≥ %s\n", b.Letter, b.Label, b.English, b.Min.StringFixed(1))

	c, _ := s.Band("B")
	fmt.Println(b.Equal(c))
	// Output:
	// B "Cukup Sehat" "Fairly healthy" ≥ 50.0
	// true
}

func ExampleScale() {
	s := category.MustNewScale("Capaian", 0, decimal.New(100, 0),
		category.Band{Letter: "T", Label: "Tercapai", English: "Met", Min: decimal.New(80, 0)},
		category.Band{Letter: "B", Label: "Belum Tercapai", English: "Not met", Min: decimal.Zero},
	)
	for _, score := range []string{"79.5", "79.4"} {
		b, _ := s.Classify(decimal.RequireFromString(score))
		fmt.Println(score, "→", b)
	}

	var zero category.Scale
	_, err := zero.Classify(decimal.New(50, 0))
	fmt.Println(err)
	// Output:
	// 79.5 → T Tercapai
	// 79.4 → B Belum Tercapai
	// category: Classify on the zero Scale: invalid scale
}

func ExampleScale_Equal() {
	a, b := category.BerAKHLAK(), category.BerAKHLAK()
	fmt.Println(a.Equal(b))

	// A different source or year is a different scale.
	fmt.Println(a.Equal(b.WithSource("library default", 2026)))
	fmt.Println(a.Equal(category.IKM()))
	// Output:
	// true
	// false
	// false
}
