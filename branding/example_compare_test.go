package branding_test

import (
	"fmt"
	"strconv"

	"github.com/go-asn/berakhlak/branding"
	"github.com/go-asn/berakhlak/survey"
)

// lastYear is an invented baseline: the same instrument, forty
// respondents less taken with the agency.
func lastYear() branding.Result {
	t, _ := branding.NewTally(instrument())
	for i := range 40 {
		a := int8(i%4 + 1)
		if err := t.Add(branding.Response{Respondent: strconv.Itoa(i), Answers: []int8{a, a, 3, a, 2}}); err != nil {
			panic(err)
		}
	}
	r, err := t.Result(survey.FixedMinimum(6))
	if err != nil {
		panic(err)
	}
	return r
}

func ExampleCompare() {
	c, err := branding.Compare(lastYear(), result())
	if err != nil {
		fmt.Println(err)
		return
	}
	a := c.Attractiveness()
	iv, _ := a.Interval()
	v, _ := a.Verdict()
	fmt.Println(a.Before(), "→", a.After(), a.Delta(), iv, v)
	for _, d := range c.Dimensions() {
		ch, _ := c.Dimension(d)
		v, err := ch.Verdict()
		fmt.Println(d, ch.Delta(), v, err)
	}
	// Output:
	// 15.0 → 56.7 41.7 2.7–80.7 (95%) up
	// Reputasi 41.7 up <nil>
	// Karier 29.2 no measurable change <nil>
	// Minat Melamar 66.7 up <nil>
}
