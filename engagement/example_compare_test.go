package engagement_test

import (
	"fmt"

	"github.com/go-asn/berakhlak/engagement"
	"github.com/go-asn/berakhlak/survey"
)

// lastYear is an invented baseline: the same instrument, answered a
// little less favourably.
func lastYear() engagement.Result {
	t, _ := engagement.NewTally(instrument())
	for i, a := range [][]int8{
		{4, 4, 2, 4, 3}, {3, 3, 3, 3, 3}, {2, 3, 4, 3, 3}, {4, 3, 2, 4, 4}, {3, 2, 4, 2, 3}, {2, 2, 4, 3, 2},
	} {
		if err := t.Add(engagement.Response{Respondent: fmt.Sprint(i), Answers: a}); err != nil {
			panic(err)
		}
	}
	r, err := t.Result(survey.FixedMinimum(6))
	if err != nil {
		panic(err)
	}
	return r
}

// Six respondents a year: even a move of 38.8 points is within the
// sampling error of the change (and the index's interval is a
// conservative bound).
func ExampleCompare() {
	c, err := engagement.Compare(lastYear(), result())
	if err != nil {
		fmt.Println(err)
		return
	}
	ch := c.Index()
	iv, _ := ch.Interval()
	v, _ := ch.Verdict()
	fmt.Println(ch.Before(), "→", ch.After(), ch.Delta(), iv, v)
	// Output: 26.7 → 65.5 38.8 -12.7–90.3 (95%) no measurable change
}

func ExampleComparison_Dimension() {
	c, _ := engagement.Compare(lastYear(), result())
	for _, d := range c.Dimensions() {
		ch, err := c.Dimension(d)
		if err != nil {
			fmt.Println(d, err)
			continue
		}
		v, err := ch.Verdict()
		fmt.Println(d, ch.Before(), "→", ch.After(), v, err)
	}
	_, err := c.Dimension("Kepuasan")
	fmt.Println(err)
	// Output:
	// Komitmen 27.8 → 61.1 no measurable change <nil>
	// Kebanggaan 25.0 → 72.7 no measurable change <nil>
	// engagement: Comparison.Dimension: "Kepuasan": not a dimension of both surveys: invalid input
}

// A survey compared with itself has no measurable change.
func ExampleChange_Verdict() {
	c, _ := engagement.Compare(result(), result())
	v, err := c.Index().Verdict()
	fmt.Println(c.Index().Delta(), v, err)
	// Output: 0.0 no measurable change <nil>
}
