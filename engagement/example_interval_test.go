package engagement_test

import (
	"fmt"
)

func ExampleResult_IndexInterval() {
	r := result()
	idx, _ := r.Index()
	iv, _ := r.IndexInterval()
	// Six respondents and no population: a wide interval.
	fmt.Println(idx, iv)
	// Output: 65.5 27.6–100.0 (95%)
}

func ExampleResult_DimensionInterval() {
	r := result()
	for _, d := range []string{"Komitmen", "Kebanggaan"} {
		f, _ := r.Dimension(d)
		iv, err := r.DimensionInterval(d)
		fmt.Println(d, f.Mean, iv, err)
	}
	// Output:
	// Komitmen 3.50 2.44–4.56 (95%) <nil>
	// Kebanggaan 4.00 3.14–4.86 (95%) <nil>
}
