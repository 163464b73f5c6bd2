package survey_test

import (
	"errors"
	"fmt"

	"github.com/go-asn/berakhlak/survey"
)

func ExampleAttainment() {
	for _, a := range survey.Attainments() {
		fmt.Println(a)
	}
	// Output:
	// met
	// not met
	// not decidable within the sampling error
}

func ExampleVerdict() {
	fmt.Println(survey.VerdictNoMeasurableChange)
	// Output: no measurable change
}

func ExampleVerdicts() {
	fmt.Println(survey.Verdicts())
	// Output: [up down no measurable change]
}

func ExampleVerdict_IsValid() {
	fmt.Println(survey.VerdictUp.IsValid(), survey.Verdict(0).IsValid())
	// Output: true false
}

func ExampleVerdict_String() {
	fmt.Println(survey.VerdictDown.String())
	// Output: down
}

func ExampleVerdict_AppendText() {
	b, _ := survey.VerdictUp.AppendText([]byte("verdict: "))
	fmt.Println(string(b))
	// Output: verdict: up
}

func ExampleVerdict_MarshalText() {
	b, _ := survey.VerdictNoMeasurableChange.MarshalText()
	fmt.Println(string(b))
	// Output: no measurable change
}

func ExampleVerdict_UnmarshalText() {
	var v survey.Verdict
	err := v.UnmarshalText([]byte("naik"))
	fmt.Println(v, err)
	// Output: up <nil>
}

func ExampleParseVerdict() {
	v, err := survey.ParseVerdict("Tidak ada perubahan terukur")
	fmt.Println(v, err)
	_, err = survey.ParseVerdict("flat")
	fmt.Println(errors.Is(err, survey.ErrUnknownVerdict))
	// Output:
	// no measurable change <nil>
	// true
}

func ExampleMustParseVerdict() {
	fmt.Println(survey.MustParseVerdict("TURUN"))
	// Output: down
}

func ExampleAttainments() {
	fmt.Println(survey.Attainments())
	// Output: [met not met not decidable within the sampling error]
}

func ExampleAttainment_IsValid() {
	fmt.Println(survey.AttainmentMet.IsValid(), survey.Attainment(9).IsValid())
	// Output: true false
}

func ExampleAttainment_String() {
	fmt.Println(survey.AttainmentNotMet.String())
	// Output: not met
}

func ExampleAttainment_AppendText() {
	b, _ := survey.AttainmentMet.AppendText(nil)
	fmt.Println(string(b))
	// Output: met
}

func ExampleAttainment_MarshalText() {
	b, _ := survey.AttainmentUndecided.MarshalText()
	fmt.Println(string(b))
	// Output: not decidable within the sampling error
}

func ExampleAttainment_UnmarshalText() {
	var a survey.Attainment
	err := a.UnmarshalText([]byte("tercapai"))
	fmt.Println(a, err)
	// Output: met <nil>
}

func ExampleParseAttainment() {
	a, err := survey.ParseAttainment("belum dapat dipastikan")
	fmt.Println(a, err)
	// Output: not decidable within the sampling error <nil>
}

func ExampleMustParseAttainment() {
	fmt.Println(survey.MustParseAttainment("Tidak tercapai"))
	// Output: not met
}
