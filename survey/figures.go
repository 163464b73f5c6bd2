package survey

import (
	"encoding/json"

	"github.com/go-asn/berakhlak/internal/exact"
	"github.com/shopspring/decimal"
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
// dimension or a whole instrument. Each decimal carries its published
// places (library defaults: 2 for the mean, 1 for the percentage), so it
// prints as published ("72.0", not "72") whatever shopspring/decimal's
// settings.
type Figures struct {
	Mean       decimal.Decimal // of the answers, reverse-coded items flipped; 2 places
	Favourable decimal.Decimal // percentage of answers in the top boxes; 1 place
	Answers    int             // answers counted
	Missing    int             // answers left blank, over the same items
}

// Equal reports whether f and o hold the same figures, comparing the
// decimals by value.
func (f Figures) Equal(o Figures) bool {
	return f.Mean.Equal(o.Mean) && f.Favourable.Equal(o.Favourable) && f.Answers == o.Answers && f.Missing == o.Missing
}

type figuresJSON struct {
	Mean       string `json:"mean"`
	Favourable string `json:"favourable"`
	Answers    int    `json:"answers"`
	Missing    int    `json:"missing"`
}

// MarshalJSON writes the figures with the decimals as strings at their
// published places, e.g. {"mean":"3.87","favourable":"72.0","answers":140,"missing":0}.
func (f Figures) MarshalJSON() ([]byte, error) {
	return json.Marshal(figuresJSON{exact.Fixed(f.Mean), exact.Fixed(f.Favourable), f.Answers, f.Missing})
}

// NPS is a net promoter score with its counts: the percentage of promoters
// (answers 9–10 on the 0–10 recommendation item) minus the percentage of
// detractors (0–6), an integer from −100 to 100.
type NPS struct {
	Score                           int // −100 to 100
	Promoters, Passives, Detractors int
	Missing                         int // respondents who left the item blank
}
