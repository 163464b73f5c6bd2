package tally

import (
	"fmt"
	"math/big"

	"github.com/shopspring/decimal"
)

// Published places of the figures (library defaults), shared by the
// engagement and branding packages.
const (
	MeanPlaces    = 2
	PercentPlaces = 1
	AlphaPlaces   = 3
)

// View is the read-only figures of one tally with the result options
// applied. The zero View has no tally, and every figure is an error
// wrapping ErrNoFigure.
type View struct {
	t        *Tally
	topBoxes int
	pop      int64 // the population, for the finite-population correction; 0 when unknown
}

// NewView returns a view of a copy of t.
func NewView(t *Tally, topBoxes int) View { return View{t: t.Clone(), topBoxes: topBoxes} }

// Figures are the mean and percent favourable of some items.
type Figures struct {
	Mean       decimal.Decimal
	Favourable decimal.Decimal
	Answers    int
	Missing    int
	// The 95% intervals of Mean and Favourable at their places, when
	// Bounded: every item behind them has a standard deviation.
	MeanLo, MeanHi, FavLo, FavHi decimal.Decimal
	Bounded                      bool
	// The exact variance behind FavLo–FavHi, which a change between two
	// surveys adds up (see Compare): set with the intervals from a
	// tally's counts, nil when read from JSON, which stores the published
	// bounds only. Equal ignores it.
	FavVar *big.Rat
}

var errZero = errf(ErrNoFigure, "zero Result")

// IsValid reports whether v has a tally.
func (v View) IsValid() bool { return v.t != nil }

// Respondents returns the number of respondents.
func (v View) Respondents() int {
	if v.t == nil {
		return 0
	}
	return int(v.t.Respondents())
}

func (v View) figures(items []int) (Figures, error) {
	mean, ok := v.t.Mean(items, MeanPlaces)
	if !ok {
		return Figures{}, errf(ErrNoFigure, "no answers")
	}
	fav, _ := v.t.Favourable(items, v.topBoxes, PercentPlaces)
	f := Figures{Mean: mean, Favourable: fav}
	for _, i := range items {
		f.Answers += int(v.t.Answered(i))
		f.Missing += int(v.t.MissingCount(i))
	}
	v.bounds(items, &f)
	return f, nil
}

// Total returns the figures over all items.
func (v View) Total() (Figures, error) {
	if v.t == nil {
		return Figures{}, errZero
	}
	return v.figures(v.t.allItems())
}

// Item returns the figures of one item.
func (v View) Item(code string) (Figures, error) {
	if v.t == nil {
		return Figures{}, errZero
	}
	i := v.t.in.Lookup(code)
	if i < 0 {
		return Figures{}, errf(ErrNoFigure, "unknown item %q", code)
	}
	f, err := v.figures([]int{i})
	if err != nil {
		return Figures{}, fmt.Errorf("item %q: %w", code, err)
	}
	return f, nil
}

func (v View) dim(name string) (int, error) {
	if v.t == nil {
		return 0, errZero
	}
	d := v.t.in.Dimension(name)
	if d < 0 {
		return 0, errf(ErrNoFigure, "unknown dimension %q", name)
	}
	return d, nil
}

// Dimension returns the figures of one dimension.
func (v View) Dimension(name string) (Figures, error) {
	d, err := v.dim(name)
	if err != nil {
		return Figures{}, err
	}
	f, err := v.figures(v.t.dimItems(d))
	if err != nil {
		return Figures{}, fmt.Errorf("dimension %q: %w", name, err)
	}
	return f, nil
}

// Alpha returns Cronbach's alpha of one dimension and the number of
// complete respondents it is computed over.
func (v View) Alpha(name string) (decimal.Decimal, int, error) {
	d, err := v.dim(name)
	if err != nil {
		return decimal.Decimal{}, 0, err
	}
	a, n, err := v.t.Alpha(d, AlphaPlaces)
	return a, int(n), err
}

// Segments returns the respondents by mean answer: engaged, neutral,
// disengaged, unscored.
func (v View) Segments() [4]int {
	if v.t == nil {
		return [4]int{}
	}
	s := v.t.Segments()
	return [4]int{int(s[Engaged]), int(s[Neutral]), int(s[Disengaged]), int(s[Unscored])}
}

// NPSFigures is a net promoter score with its counts.
type NPSFigures struct {
	Score      int `json:"score"`
	Promoters  int `json:"promoters"`
	Passives   int `json:"passives"`
	Detractors int `json:"detractors"`
	Missing    int `json:"missing"`
}

// NPS returns the net promoter score of the recommendation item.
func (v View) NPS() (NPSFigures, error) {
	if v.t == nil {
		return NPSFigures{}, errZero
	}
	if !v.t.in.recommend {
		return NPSFigures{}, errf(ErrNoFigure, "the instrument has no recommendation item")
	}
	score, p, pa, d, ok := v.t.NPS()
	if !ok {
		return NPSFigures{}, errf(ErrNoFigure, "nobody answered the recommendation item")
	}
	return NPSFigures{Score: score, Promoters: int(p), Passives: int(pa), Detractors: int(d), Missing: int(v.t.recommendMissing())}, nil
}

// TopShare returns the percentage of an item's answers in its top box
// (the highest point of the scale), after reverse coding.
func (v View) TopShare(code string) (decimal.Decimal, error) {
	if v.t == nil {
		return decimal.Decimal{}, errZero
	}
	i := v.t.in.Lookup(code)
	if i < 0 {
		return decimal.Decimal{}, errf(ErrNoFigure, "unknown item %q", code)
	}
	s, ok := v.t.Favourable([]int{i}, 1, PercentPlaces)
	if !ok {
		return decimal.Decimal{}, errf(ErrNoFigure, "item %q: no answers", code)
	}
	return s, nil
}

// Options are the result options both packages offer.
type Options struct {
	TopBoxes        int
	Confidentiality int
	TopShareItem    string // an item whose top-box share Reports gives (branding's intention); empty for none
	Population      int    // the whole survey's population, from its minimum; 0 when unknown
}

// Check validates the options against the instrument's scale.
func (o Options) Check(in Instrument) error {
	if o.TopBoxes < 1 || o.TopBoxes > in.max-in.min {
		return errf(errInvalid, "%d top boxes on a %d–%d scale", o.TopBoxes, in.min, in.max)
	}
	if o.Confidentiality < 1 {
		return errf(errInvalid, "confidentiality threshold %d below 1", o.Confidentiality)
	}
	return nil
}

// GroupView is one subgroup's view, or only its count when it is
// suppressed.
type GroupView struct {
	Name        string
	Respondents int
	Suppressed  bool
	Reason      string // why it is suppressed; empty when it is not
	View        View
}

// GroupViews returns every subgroup of s, sorted by name. A subgroup below
// the confidentiality threshold is suppressed. Then, while the respondents
// not in a published subgroup (those of the suppressed subgroups and those
// in no subgroup) are at least one but fewer than the threshold, so that
// the whole survey's figures minus the published subgroups' would reveal
// them, the smallest published subgroup is suppressed too (complementary
// suppression).
func (s *Set) GroupViews(o Options) []GroupView {
	var out []GroupView
	var counts [][]int
	var suppressed []bool
	for _, name := range s.Groups() {
		n := int(s.groups[name].Respondents())
		gv := GroupView{Name: name, Respondents: n}
		if n < o.Confidentiality {
			gv.Suppressed = true
			gv.Reason = fmt.Sprintf("%d respondents, below the confidentiality threshold of %d", n, o.Confidentiality)
		}
		out = append(out, gv)
		counts = append(counts, []int{n})
		suppressed = append(suppressed, gv.Suppressed)
	}
	for _, c := range Complement(o.Confidentiality, []int{int(s.all.Respondents())}, counts, suppressed) {
		out[c.Group].Suppressed = true
		out[c.Group].Reason = fmt.Sprintf("complementary suppression: published, it would reveal by difference the %d respondents in no published subgroup", c.Residual)
	}
	for i := range out {
		if !out[i].Suppressed {
			out[i].View = NewView(s.groups[out[i].Name], o.TopBoxes)
		}
	}
	return out
}

// topShare returns TopShare's figure, or the reason it has none.
func (v View) topShare(code string) (decimal.Decimal, string) {
	s, err := v.TopShare(code)
	if err != nil {
		return decimal.Decimal{}, reason(err)
	}
	return s, ""
}
