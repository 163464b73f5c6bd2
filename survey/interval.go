package survey

import (
	"encoding/json"
	"fmt"

	"github.com/go-asn/berakhlak/figure"
)

// Interval is the 95% confidence interval of a published survey figure,
// or of the change of a figure between two surveys: the range that holds
// the figure's value in the whole population with 95% confidence, given
// that only a sample answered (derived: standard survey statistics; see
// the rule register in package berakhlak, "Baseline, target and
// progress"). Lo and Hi are at the figure's published places, each
// rounded half-up (away from zero) once from an exact computation.
//
// A share of respondents (a value's reach) has Wilson's interval; a mean
// of answers has mean ± 1.96·s/√n; both are narrowed by the
// finite-population correction √((N − n)/(N − 1)) when the survey's
// [Minimum] knows the population N ([Minimum.Population]), and a survey of
// the whole population (n = N) has an interval of one point. A
// [FixedMinimum] knows no population: then the correction is 1 and the
// interval is wider, which is conservative.
//
// Interval is a comparable value: == and [Interval.Equal] agree. The zero
// Interval is not valid ([Interval.IsValid]): no figure has it.
type Interval struct {
	Lo, Hi      figure.Figure // the bounds, at the figure's places
	Level       int           // the confidence level in percent: 95
	Respondents int           // n, the respondents behind the figure; 0 for a change between two surveys
	Population  int           // N, the population the correction used; 0 when none was known
}

// IsValid reports whether i is an interval the library could return:
// both bounds valid figures at the same places, Lo ≤ Hi, a level of 1 to
// 99, and counts not negative, with at most Population respondents when
// the population is known.
func (i Interval) IsValid() bool {
	return i.Lo.IsValid() && i.Hi.IsValid() && i.Lo.Places() == i.Hi.Places() && i.Lo.Cmp(i.Hi) <= 0 &&
		i.Level >= 1 && i.Level <= 99 && i.Respondents >= 0 && i.Population >= 0 &&
		(i.Population == 0 || i.Respondents <= i.Population)
}

// Equal reports whether i and o are the same interval, with the same
// places and counts. It is the same as i == o.
func (i Interval) Equal(o Interval) bool { return i == o }

// Contains reports whether f lies within i, bounds included, comparing
// values whatever their places; false for an invalid i or f.
func (i Interval) Contains(f figure.Figure) bool {
	return i.IsValid() && f.IsValid() && i.Lo.Cmp(f) <= 0 && f.Cmp(i.Hi) <= 0
}

// String returns e.g. "57.1–62.3 (95%)", and "invalid Interval" for an
// invalid one.
func (i Interval) String() string {
	if !i.IsValid() {
		return "invalid Interval"
	}
	return fmt.Sprintf("%s–%s (%d%%)", i.Lo, i.Hi, i.Level)
}

type intervalJSON struct {
	Lo          figure.Figure `json:"lo"`
	Hi          figure.Figure `json:"hi"`
	Level       int           `json:"level"`
	Respondents int           `json:"respondents"`
	Population  int           `json:"population,omitempty"`
}

// MarshalJSON writes the interval with its bounds as strings at their
// places, e.g.
// {"lo":"57.1","hi":"62.3","level":95,"respondents":345,"population":2500};
// "population" is left out when none was known. An invalid Interval is an
// error wrapping [ErrNoFigure].
func (i Interval) MarshalJSON() ([]byte, error) {
	if !i.IsValid() {
		return nil, fmt.Errorf("survey: MarshalJSON of an invalid Interval: %w", ErrNoFigure)
	}
	return json.Marshal(intervalJSON(i))
}

// UnmarshalJSON reads what [Interval.MarshalJSON] writes. The result must
// be valid ([Interval.IsValid]); anything else is an error wrapping
// [ErrInvalidInput], and leaves i unchanged.
func (i *Interval) UnmarshalJSON(data []byte) error {
	var in intervalJSON
	if err := json.Unmarshal(data, &in); err != nil {
		return fmt.Errorf("survey: Interval JSON: %w: %w", err, ErrInvalidInput)
	}
	x := Interval(in)
	if !x.IsValid() {
		return fmt.Errorf("survey: Interval JSON: bounds %s and %s, level %d, %d respondents of %d: not an interval: %w",
			x.Lo, x.Hi, x.Level, x.Respondents, x.Population, ErrInvalidInput)
	}
	*i = x
	return nil
}
