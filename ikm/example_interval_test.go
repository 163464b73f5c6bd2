package ikm_test

import (
	"fmt"

	"github.com/go-asn/berakhlak/ikm"
	"github.com/go-asn/berakhlak/survey"
)

func ExampleResult_IndexInterval() {
	// 120 respondents of the 400 people a unit served (Krejcie–Morgan
	// requires 196; a fixed minimum of 100 here, so no population and no
	// correction), answers 2 to 4.
	t := ikm.NewTally()
	for i := range 120 {
		row := make([]int8, 9)
		for u := range row {
			row[u] = int8(2 + (i+u)%3)
		}
		_ = t.Add(fmt.Sprint("R", i), row)
	}
	r, _ := t.Result(survey.FixedMinimum(100))
	iv, _ := r.IndexInterval()
	fmt.Println(r.Index(), iv)
	// Output: 75.00 71.33–78.67 (95%)
}
