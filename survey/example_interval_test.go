package survey_test

import (
	"encoding/json"
	"fmt"

	"github.com/go-asn/berakhlak/figure"
	"github.com/go-asn/berakhlak/survey"
)

// interval is an interval as a survey of 345 of an agency's 2,500
// employees reports it.
func interval() survey.Interval {
	return survey.Interval{Lo: figure.MustParse("47.2"), Hi: figure.MustParse("57.1"), Level: 95, Respondents: 345, Population: 2500}
}

func ExampleInterval() {
	iv := interval()
	fmt.Println(iv)
	fmt.Println(iv.Contains(figure.MustParse("52.2")), iv.Contains(figure.MustParse("57.2")))
	// Output:
	// 47.2–57.1 (95%)
	// true false
}

func ExampleInterval_IsValid() {
	fmt.Println(interval().IsValid(), survey.Interval{}.IsValid())
	// Output: true false
}

func ExampleInterval_Equal() {
	fmt.Println(interval().Equal(interval()), interval().Equal(survey.Interval{}))
	// Output: true false
}

func ExampleInterval_Contains() {
	fmt.Println(interval().Contains(figure.MustParse("47.20")), interval().Contains(figure.MustParse("47.1")))
	// Output: true false
}

func ExampleInterval_String() {
	fmt.Println(interval().String())
	fmt.Println(survey.Interval{})
	// Output:
	// 47.2–57.1 (95%)
	// invalid Interval
}

func ExampleInterval_MarshalJSON() {
	b, _ := json.Marshal(interval())
	fmt.Println(string(b))
	// Output: {"lo":"47.2","hi":"57.1","level":95,"respondents":345,"population":2500}
}

func ExampleInterval_UnmarshalJSON() {
	var iv survey.Interval
	err := json.Unmarshal([]byte(`{"lo":"47.2","hi":"57.1","level":95,"respondents":345,"population":2500}`), &iv)
	fmt.Println(iv, err)
	err = json.Unmarshal([]byte(`{"lo":"57.2","hi":"57.1","level":95,"respondents":345}`), &iv)
	fmt.Println(err != nil)
	// Output:
	// 47.2–57.1 (95%) <nil>
	// true
}

func ExampleMinimum_Population() {
	fmt.Println(survey.Slovin(2500, 5).Population(), survey.KrejcieMorgan(400).Population(), survey.FixedMinimum(140).Population())
	// Output: 2500 400 0
}
