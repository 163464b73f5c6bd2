package survey

import (
	"encoding/json"
	"fmt"

	"github.com/go-asn/berakhlak/figure"
)

// Item is one Likert item of a caller-defined instrument, as the engagement
// and branding packages take them. The government has not published the
// items of its Employee Engagement or Employer Branding instruments, so
// the library ships none.
type Item struct {
	Code      string // unique within the instrument, e.g. "EE01"
	Dimension string // e.g. "Komitmen"
	Reverse   bool   // reverse-coded: an answer a counts as min+max−a
}

// Figures are the mean answer and the percent favourable of an item, a
// dimension or a whole instrument. Each figure carries its published places
// (library defaults: 2 for the mean, 1 for the percentage), so it prints
// as published ("72.0", not "72"). Figures is a comparable value: == and
// [Figures.Equal] agree.
type Figures struct {
	Mean       figure.Figure // of the answers, reverse-coded items flipped; 2 places
	Favourable figure.Figure // percentage of answers in the top boxes; 1 place
	Answers    int           // answers counted
	Missing    int           // answers left blank, over the same items
}

// Equal reports whether f and o hold the same figures, with the same
// places.
func (f Figures) Equal(o Figures) bool { return f == o }

type figuresJSON struct {
	Mean       figure.Figure `json:"mean"`
	Favourable figure.Figure `json:"favourable"`
	Answers    int           `json:"answers"`
	Missing    int           `json:"missing"`
}

// MarshalJSON writes the figures with the decimals as strings at their
// published places, e.g. {"mean":"3.87","favourable":"72.0","answers":140,"missing":0}.
// Figures whose mean or percentage is missing (the zero Figures) are an
// error wrapping [ErrNoFigure].
func (f Figures) MarshalJSON() ([]byte, error) {
	if !f.Mean.IsValid() || !f.Favourable.IsValid() {
		return nil, fmt.Errorf("survey: MarshalJSON of Figures without a mean or a percentage: %w", ErrNoFigure)
	}
	return json.Marshal(figuresJSON(f))
}

// UnmarshalJSON reads what [Figures.MarshalJSON] writes. Both figures are
// required; the counts must not be negative, and the percentage must be
// within 0–100. Anything else is an error wrapping [ErrInvalidInput].
func (f *Figures) UnmarshalJSON(data []byte) error {
	var in figuresJSON
	if err := json.Unmarshal(data, &in); err != nil {
		return fmt.Errorf("survey: Figures JSON: %w: %w", err, ErrInvalidInput)
	}
	x := Figures(in)
	if err := x.check(); err != nil {
		return err
	}
	*f = x
	return nil
}

// check reports whether f could be a computed figure: a mean and a
// percentage within 0–100 at their places, and counts that are not
// negative with at least one answer.
func (f Figures) check() error {
	bad := func(what string) error {
		return fmt.Errorf("survey: Figures JSON: %s: %w", what, ErrInvalidInput)
	}
	switch {
	case !f.Mean.IsValid() || f.Mean.Places() != 2:
		return bad("the mean must be a figure at two places")
	case !f.Favourable.IsValid() || f.Favourable.Places() != 1:
		return bad("the percentage favourable must be a figure at one place")
	case f.Favourable.Sign() < 0 || f.Favourable.Cmp(figure.MustParse("100")) > 0:
		return bad("percentage favourable " + f.Favourable.String() + " outside 0–100")
	case f.Answers < 1 || f.Missing < 0:
		return bad(fmt.Sprintf("%d answers and %d missing", f.Answers, f.Missing))
	}
	return nil
}

// NPS is a net promoter score with its counts: the percentage of promoters
// (answers 9–10 on the 0–10 recommendation item) minus the percentage of
// detractors (0–6), computed exactly and rounded half away from zero to an
// integer from −100 to 100. A whole number by definition, Score is an int
// rather than a figure.Figure; an NPS comes with an error that says when
// there is none, so a zero NPS is never reported as a score of 0.
type NPS struct {
	Score                           int // −100 to 100
	Promoters, Passives, Detractors int
	Missing                         int // respondents who left the item blank
}
