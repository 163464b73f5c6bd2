package ikm_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/go-asn/berakhlak/ikm"
	"github.com/go-asn/berakhlak/survey"
)

// tamper replaces old with new in a JSON document, once, and panics when old
// is not there, so that an example cannot pass on a document it left alone.
func tamper(doc []byte, old, new string) []byte {
	if !strings.Contains(string(doc), old) {
		panic("tamper: " + old + " not in " + string(doc))
	}
	return []byte(strings.Replace(string(doc), old, new, 1))
}

func ExampleResult_UnmarshalJSON() {
	want, _ := sample().Result(survey.FixedMinimum(1))
	doc, _ := json.Marshal(want)
	var r ikm.Result
	err := json.Unmarshal(doc, &r)
	fmt.Println(err, r.Equal(want), r.Index(), r.Band())

	// A figure the counts do not give is refused.
	err = json.Unmarshal(tamper(doc, `"index":"87.50"`, `"index":"88.50"`), &r)
	fmt.Println(err)
	fmt.Println(errors.Is(err, survey.ErrInvalidInput))
	// Output:
	// <nil> true 87.50 B Baik
	// ikm: Result JSON: the figures are not the ones the counts give: index: "88.50" against "87.50": invalid input
	// true
}

func ExampleTally_IsValid() {
	var zero ikm.Tally
	fmt.Println(zero.IsValid(), ikm.NewTally().IsValid())

	err := zero.Add("R1", []int8{4, 4, 4, 4, 4, 4, 4, 4, 4})
	fmt.Println(errors.Is(err, survey.ErrInvalidInstrument))
	// Output:
	// false true
	// true
}

func ExampleUnsurResult_UnmarshalJSON() {
	r, _ := sample().Result(survey.FixedMinimum(1))
	want := r.Unsur(ikm.BiayaTarif)
	doc, _ := json.Marshal(want)
	var u ikm.UnsurResult
	err := json.Unmarshal(doc, &u)
	fmt.Println(err, u.Equal(want), u.Unsur, u.NRR, u.Converted, u.Band)

	// An NRR that the answers and their sum do not give is refused.
	err = json.Unmarshal(tamper(doc, `"sum":14`, `"sum":15`), &u)
	fmt.Println(err)
	fmt.Println(errors.Is(err, survey.ErrInvalidInput))
	// Output:
	// <nil> true Biaya/Tarif 3.50 87.50 B Baik
	// ikm: UnsurResult JSON: U4: NRR 3.50, but 4 answers summing to 15 give 3.75: invalid input
	// true
}
