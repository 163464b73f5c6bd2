package berakhlak_test

import (
	"fmt"

	"github.com/go-asn/berakhlak/akhlak"
	"github.com/go-asn/berakhlak/category"
	"github.com/go-asn/berakhlak/survey"
	"github.com/shopspring/decimal"
)

// Example_quickStart is the README's quick start, so that it compiles and
// runs as written.
func Example_quickStart() {
	band, _ := category.BerAKHLAK().Classify(decimal.RequireFromString("74.96"))
	fmt.Println(band) // A Sehat — 74.96 is published as 75.0

	v, _ := akhlak.ParseValue("berorientasi_pelayanan")
	for _, b := range v.Behaviours() {
		fmt.Println(b.Code(), b)
	}

	in := akhlak.DefaultInstrument()
	t, _ := akhlak.NewBallotTally(in)
	bp1 := in.MustLookup("BP1")
	if err := t.Add("R0001", akhlak.Ballot{Current: []akhlak.OptionID{bp1}}); err != nil {
		fmt.Println(err)
		return
	}
	res, err := t.Result(survey.Slovin(2500, 5))
	if err != nil {
		fmt.Println(err) // one respondent of the 345 required: no figure
		return
	}
	fmt.Println(res.Index(), res.Band())
	// Output:
	// A Sehat
	// BP1 Memahami dan memenuhi kebutuhan masyarakat
	// BP2 Ramah, cekatan, solutif, dan dapat diandalkan
	// BP3 Melakukan perbaikan tiada henti
	// survey: insufficient respondents: 1 of the 345 required (Slovin, 5% margin, population 2500)
}
