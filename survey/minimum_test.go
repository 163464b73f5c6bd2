package survey

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestFault23Item11PopulationSmallerThanSample: a sample larger than the
// population its minimum was made for is refused as invalid input (issue
// 23, item 11: "ikm -population 1" with 64 respondents printed "met");
// a fixed minimum has no population, and the required numbers do not
// change.
func TestFault23Item11PopulationSmallerThanSample(t *testing.T) {
	tests := []struct {
		name        string
		min         Minimum
		respondents int
		wantErr     error // nil, ErrInvalidInput or ErrInsufficientRespondents
		wantMsg     string
	}{
		{"Krejcie–Morgan 1, 64 respondents", KrejcieMorgan(1), 64, ErrInvalidInput,
			"survey: 64 respondents, more than the population of 1 (Krejcie–Morgan, population 1): invalid input"},
		{"Slovin 5, 1200 respondents", Slovin(5, 5), 1200, ErrInvalidInput,
			"survey: 1200 respondents, more than the population of 5 (Slovin, 5% margin, population 5): invalid input"},
		{"Slovin 2500, one more than all", Slovin(2500, 5), 2501, ErrInvalidInput,
			"survey: 2501 respondents, more than the population of 2500 (Slovin, 5% margin, population 2500): invalid input"},
		{"negative respondents", Slovin(2500, 5), -1, ErrInvalidInput, "survey: -1 respondents: invalid input"},
		{"negative respondents, fixed", FixedMinimum(140), -1, ErrInvalidInput, "survey: -1 respondents: invalid input"},
		{"the whole population", KrejcieMorgan(64), 64, nil, ""},
		{"Slovin 2500, all of them", Slovin(2500, 5), 2500, nil, ""},
		{"fixed minimum, any number", FixedMinimum(140), 1_000_000, nil, ""},
		{"below the minimum", Slovin(2500, 5), 10, ErrInsufficientRespondents,
			"survey: insufficient respondents: 10 of the 345 required (Slovin, 5% margin, population 2500)"},
		{"zero respondents", KrejcieMorgan(1), 0, ErrInsufficientRespondents,
			"survey: insufficient respondents: 0 of the 1 required (Krejcie–Morgan, population 1)"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.min.Check(tc.respondents)
			if tc.wantErr == nil {
				if err != nil {
					t.Fatalf("Check(%d) = %v, want nil", tc.respondents, err)
				}
				return
			}
			if !errors.Is(err, tc.wantErr) {
				t.Fatalf("Check(%d) = %v, want an error wrapping %v", tc.respondents, err, tc.wantErr)
			}
			if diff := cmp.Diff(tc.wantMsg, err.Error()); diff != "" {
				t.Errorf("message (-want +got):\n%s", diff)
			}
		})
	}
}
