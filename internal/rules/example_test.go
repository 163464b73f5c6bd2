package rules_test

import (
	"fmt"

	"github.com/go-asn/berakhlak/internal/lang"
	"github.com/go-asn/berakhlak/internal/rules"
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
