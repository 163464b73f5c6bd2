package rules_test

import (
	"fmt"

	"github.com/go-asn/berakhlak/examples/internal/lang"
	"github.com/go-asn/berakhlak/examples/internal/rules"
)

func ExampleLookup() {
	r, _ := rules.Lookup(rules.Index)
	fmt.Println(r.Status, "—", r.Source.In(lang.EN))
	fmt.Println(r.Status.Text().In(lang.ID), "—", r.Source.In(lang.ID))
	// Output:
	// derived — the 2022 national figures
	// turunan — angka nasional 2022
}

func ExampleSelect() {
	rs, _ := rules.Select(rules.Picks, rules.Values)
	for _, r := range rs {
		fmt.Println(r.ID, r.Status)
	}
	// Output:
	// values official
	// picks library default
}

func ExampleSelect_engagement() {
	rs, _ := rules.Select(rules.Confidentiality, rules.EngagementMinimum, rules.EngagementIndex, rules.EngagementSegments, rules.ENPS, rules.Alpha)
	for _, r := range rs {
		fmt.Printf("%s: %s, %s\n", r.ID, r.Status, r.Source.In(lang.EN))
	}
	// Output:
	// engagement-minimum: official, KemenPANRB
	// engagement-index: library default, the well-known public formulas
	// engagement-segments: library default, the well-known public formulas
	// enps: library default, the well-known public formulas
	// alpha: library default, the well-known public formulas
	// confidentiality: library default, after the practice of statistical agencies
}
