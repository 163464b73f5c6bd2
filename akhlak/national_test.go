package akhlak

import (
	"errors"
	"testing"

	"github.com/go-asn/berakhlak/survey"
	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
)

// TestFault23Item1BadUnitIsAnError: a unit with bad input (an invalid
// minimum, such as Slovin over more than 100,000,000 employees, a
// negative count, more respondents than employees, no profile) stops
// Aggregate with an error naming the unit; it is never listed as an
// exclusion, which only the minimum makes (issue 23, item 1: the unit
// was left out and the national index moved from 61.0 to 60.8).
func TestFault23Item1BadUnitIsAnError(t *testing.T) {
	scores := map[Value]decimal.Decimal{}
	for _, v := range Values() {
		scores[v] = decimal.RequireFromString("60.0")
	}
	good := Unit{Name: "A", Respondents: 400, Minimum: survey.Slovin(1000, 5), Profile: MustNewProfile(scores)}
	tests := []struct {
		name    string
		bad     Unit
		wantErr error
		wantMsg string
	}{
		{"employees over the limit", Unit{Name: "B", Respondents: 420, Minimum: survey.Slovin(100_000_001, 5), Profile: good.Profile},
			survey.ErrInvalidInput, `akhlak: national: unit "B": survey: invalid minimum (Slovin, 5% margin, population 100000001): invalid input`},
		{"zero minimum", Unit{Name: "B", Respondents: 420, Profile: good.Profile},
			survey.ErrInvalidInput, `akhlak: national: unit "B": survey: invalid minimum (no minimum): invalid input`},
		{"negative respondents", Unit{Name: "B", Respondents: -1, Minimum: survey.Slovin(1000, 5), Profile: good.Profile},
			survey.ErrInvalidInput, `akhlak: national: unit "B": survey: -1 respondents: invalid input`},
		{"more respondents than employees", Unit{Name: "B", Respondents: 1001, Minimum: survey.Slovin(1000, 5), Profile: good.Profile},
			survey.ErrInvalidInput, `akhlak: national: unit "B": survey: 1001 respondents, more than the population of 1000 (Slovin, 5% margin, population 1000): invalid input`},
		{"no profile", Unit{Name: "B", Respondents: 400, Minimum: survey.Slovin(1000, 5)},
			ErrIncompleteProfile, `akhlak: national: unit "B" has no valid profile: incomplete profile`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			n, err := Aggregate([]Unit{good, tc.bad})
			if !errors.Is(err, tc.wantErr) {
				t.Fatalf("Aggregate = %+v, %v; want an error wrapping %v", n, err, tc.wantErr)
			}
			if diff := cmp.Diff(tc.wantMsg, err.Error()); diff != "" {
				t.Errorf("message (-want +got):\n%s", diff)
			}
		})
	}
	// Below the minimum is the one reason for an exclusion.
	below := Unit{Name: "B", Respondents: 10, Minimum: survey.Slovin(1000, 5), Profile: good.Profile}
	n, err := Aggregate([]Unit{good, below})
	if err != nil {
		t.Fatal(err)
	}
	var ie *survey.InsufficientError
	if len(n.Excluded()) != 1 || n.Excluded()[0].Unit != "B" || !errors.As(n.Excluded()[0].Err, &ie) {
		t.Errorf("excluded = %+v, want B below its minimum", n.Excluded())
	}
}

// TestNationalImmutable: a National is a value; what its accessors return
// is the caller's to change, and the zero National is invalid.
func TestNationalImmutable(t *testing.T) {
	scores := map[Value]decimal.Decimal{}
	for _, v := range Values() {
		scores[v] = decimal.RequireFromString("61.0")
	}
	p := MustNewProfile(scores)
	n, err := Aggregate([]Unit{
		{Name: "A", Respondents: 10, Minimum: survey.FixedMinimum(5), Profile: p},
		{Name: "B", Respondents: 1, Minimum: survey.FixedMinimum(5), Profile: p},
	})
	if err != nil {
		t.Fatal(err)
	}
	c := n
	inc, exc := c.Included(), c.Excluded()
	inc[0], exc[0].Unit = "changed", "changed"
	if diff := cmp.Diff([]string{"A"}, n.Included()); diff != "" {
		t.Errorf("Included after a caller changed its copy (-want +got):\n%s", diff)
	}
	if got := n.Excluded()[0].Unit; got != "B" {
		t.Errorf("Excluded after a caller changed its copy: %q", got)
	}
	if !n.IsValid() || (National{}).IsValid() || !n.Profile().Index().Equal(n.Index()) || !n.Band().Equal(p.Band()) {
		t.Errorf("IsValid %v, zero %v, index %s, profile index %s, band %s", n.IsValid(), (National{}).IsValid(), n.Index(), n.Profile().Index(), n.Band())
	}
	if _, err := (National{}).MarshalJSON(); !errors.Is(err, ErrIncompleteProfile) {
		t.Errorf("MarshalJSON of the zero National: %v", err)
	}
}
