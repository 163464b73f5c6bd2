package engagement

import (
	"errors"
	"fmt"

	"github.com/go-asn/berakhlak/akhlak"
	"github.com/go-asn/berakhlak/category"
	"github.com/go-asn/berakhlak/internal/tally"
	"github.com/shopspring/decimal"
)

// Published places of the figures (library defaults).
const (
	MeanPlaces    = 2 // means, e.g. 3.87
	PercentPlaces = 1 // percentages, e.g. 72.4
	AlphaPlaces   = 3 // Cronbach's alpha, e.g. 0.812
)

// OfficialMinimum is the minimum number of respondents per agency for
// Employee Engagement set by KemenPANRB (RULES.md §3.1, §4.3: official).
const OfficialMinimum = 140

// DefaultConfidentiality is the smallest subgroup that gets figures
// (library default, RULES.md §4.2: a parameter).
const DefaultConfidentiality = 5

// NoAnswer marks an unanswered item or recommendation.
const NoAnswer = akhlak.NoAnswer

// Errors wrapped by this package. ErrInsufficientRespondents is the same
// error as [akhlak.ErrInsufficientRespondents].
// errZeroTally is returned by the methods of a Tally not made by NewTally
// or UnmarshalBinary.
var errZeroTally = fmt.Errorf("engagement: Tally not made by NewTally or UnmarshalBinary: %w", ErrInvalidInstrument)

var (
	ErrInvalidInstrument       = errors.New("invalid instrument")
	ErrInvalidAnswer           = errors.New("invalid answer")
	ErrNoFigure                = errors.New("no figure")
	ErrCorrupt                 = errors.New("corrupt tally")
	ErrInsufficientRespondents = akhlak.ErrInsufficientRespondents
)

// Item is one Likert item of a caller-defined instrument.
type Item struct {
	Code      string // unique, e.g. "EE01"
	Dimension string // e.g. "Komitmen"
	Reverse   bool   // reverse-coded: an answer a counts as min+max−a
}

// Definition is a caller's engagement instrument. The government has not
// published the items, dimensions or bands of its Employee Engagement
// instrument (RULES.md §4.1: open), so the library ships none and scores
// whatever the caller defines.
type Definition struct {
	Items []Item
	// Scale is the answer scale; the zero RatingScale means 1–5.
	Scale akhlak.RatingScale
	// Recommend says the instrument has a 0–10 "would you recommend your
	// agency as a place to work" item, for eNPS.
	Recommend bool
	// Engaged and Neutral are the segment thresholds on a respondent's
	// mean answer: engaged ≥ Engaged, neutral ≥ Neutral, disengaged below.
	// Zero means the library defaults 4.0 and 3.0, which are defined for
	// the 1–5 scale only: another scale must set both.
	Engaged, Neutral decimal.Decimal
}

// Instrument is a validated, immutable [Definition]. The zero Instrument
// is invalid.
type Instrument struct{ s tally.Instrument }

// NewInstrument validates d: at least one item; every code non-empty and
// unique; every dimension non-empty; a valid scale; thresholds within the
// scale with Neutral ≤ Engaged. Errors wrap [ErrInvalidInstrument] and name
// the offending item.
func NewInstrument(d Definition) (Instrument, error) {
	s, err := newSurveyInstrument(d.Items, d.Scale, d.Recommend, d.Engaged, d.Neutral)
	if err != nil {
		return Instrument{}, fmt.Errorf("engagement: %v: %w", err, ErrInvalidInstrument)
	}
	return Instrument{s}, nil
}

func newSurveyInstrument(items []Item, scale akhlak.RatingScale, recommend bool, engaged, neutral decimal.Decimal) (tally.Instrument, error) {
	if scale == (akhlak.RatingScale{}) {
		scale = akhlak.DefaultRatingScale()
	}
	if engaged.IsZero() && neutral.IsZero() {
		if scale != akhlak.DefaultRatingScale() {
			return tally.Instrument{}, fmt.Errorf("scale %s: set the Engaged and Neutral thresholds (the defaults 4.0 and 3.0 are for 1–5)", scale)
		}
		engaged, neutral = decimal.New(4, 0), decimal.New(3, 0)
	}
	si := make([]tally.Item, len(items))
	for i, it := range items {
		si[i] = tally.Item(it)
	}
	return tally.NewInstrument(si, scale.Min(), scale.Max(), recommend, engaged, neutral)
}

// IsValid reports whether in was made by [NewInstrument].
func (in Instrument) IsValid() bool { return in.s.IsValid() }

// Items returns a copy of the items, in order.
func (in Instrument) Items() []Item {
	var out []Item
	for _, it := range in.s.Items() {
		out = append(out, Item(it))
	}
	return out
}

// Dimensions returns the dimensions in order of first appearance.
func (in Instrument) Dimensions() []string { return in.s.Dimensions() }

// Response is one respondent's answers.
type Response struct {
	Respondent string // names the respondent in errors; not stored
	Group      string // subgroup: unit, age band, any key; empty for none
	Answers    []int8 // one per item, in the definition's order; NoAnswer when missing
	Recommend  int8   // 0–10, or NoAnswer (must be NoAnswer without a recommendation item)
}

// Tally counts the responses of an engagement survey, overall and per
// subgroup, in integers only: a histogram per item, segment counts, eNPS
// counts and the sums Cronbach's alpha needs. Adding a response does not
// allocate (except the first time a subgroup appears). Tallies merge and
// serialise like the BerAKHLAK tallies (see package akhlak), so shards,
// units and days can be combined in any order. A Tally is not safe for
// concurrent use.
type Tally struct{ s *tally.Set }

// NewTally returns an empty tally for in.
func NewTally(in Instrument) (*Tally, error) {
	if !in.IsValid() {
		return nil, fmt.Errorf("engagement: NewTally with the zero Instrument: %w", ErrInvalidInstrument)
	}
	return &Tally{tally.NewSet(in.s)}, nil
}

// Add checks and counts one response. A wrong number of answers, an answer
// outside the scale, or a recommendation outside 0–10 is an error wrapping
// [ErrInvalidAnswer] that names the respondent and the item; a rejected
// response changes nothing.
func (t *Tally) Add(r Response) error {
	if t.s == nil {
		return errZeroTally
	}
	if err := t.s.Add(r.Group, r.Respondent, r.Answers, r.Recommend); err != nil {
		return fmt.Errorf("engagement: %v: %w", err, ErrInvalidAnswer)
	}
	return nil
}

// Merge adds o's counts to t; both must use equal instruments.
func (t *Tally) Merge(o *Tally) error {
	if t.s == nil || o.s == nil {
		return errZeroTally
	}
	if err := t.s.Merge(o.s); err != nil {
		return fmt.Errorf("engagement: %v: %w", err, ErrInvalidInstrument)
	}
	return nil
}

// Equal reports whether t and o hold the same counts.
func (t *Tally) Equal(o *Tally) bool {
	if t.s == nil || o.s == nil {
		return t.s == nil && o.s == nil
	}
	return t.s.Equal(o.s)
}

// Respondents returns the number of responses counted.
func (t *Tally) Respondents() int {
	if t.s == nil {
		return 0
	}
	return int(t.s.All().Respondents())
}

// MarshalBinary encodes the tally, its instrument and subgroups included.
func (t *Tally) MarshalBinary() ([]byte, error) {
	if t.s == nil {
		return nil, errZeroTally
	}
	return t.s.AppendBinary([]byte("EE1")), nil
}

// UnmarshalBinary replaces t with an encoded tally. Corrupt or truncated
// bytes return an error wrapping [ErrCorrupt], never a panic.
func (t *Tally) UnmarshalBinary(data []byte) error {
	if len(data) < 3 || string(data[:3]) != "EE1" {
		return fmt.Errorf("engagement: not an engagement tally: %w", ErrCorrupt)
	}
	s, err := tally.DecodeSet(data[3:])
	if err != nil {
		return fmt.Errorf("engagement: %v: %w", err, ErrCorrupt)
	}
	t.s = s
	return nil
}

// ResultOption changes a default of [Tally.Result] or [Tally.Groups].
type ResultOption func(*options)

type options struct {
	min akhlak.Minimum
	tally.Options
}

// WithMinimum replaces the official minimum of 140 respondents, e.g. for a
// survey that is not the KemenPANRB one.
func WithMinimum(m akhlak.Minimum) ResultOption { return func(o *options) { o.min = m } }

// WithTopBoxes counts the top n points of the scale as favourable instead
// of the top two (library default).
func WithTopBoxes(n int) ResultOption { return func(o *options) { o.TopBoxes = n } }

// WithConfidentiality gives figures only to subgroups of at least n
// respondents instead of [DefaultConfidentiality].
func WithConfidentiality(n int) ResultOption { return func(o *options) { o.Confidentiality = n } }

func (t *Tally) options(opts []ResultOption) (options, error) {
	if t.s == nil {
		return options{}, errZeroTally
	}
	o := options{min: akhlak.FixedMinimum(OfficialMinimum), Options: tally.Options{TopBoxes: 2, Confidentiality: DefaultConfidentiality}}
	for _, opt := range opts {
		opt(&o)
	}
	if err := o.Check(t.s.Instrument()); err != nil {
		return o, fmt.Errorf("engagement: %v: %w", err, ErrInvalidInstrument)
	}
	return o, nil
}

// Result checks the whole survey against its minimum (140 respondents,
// official, unless [WithMinimum]) and returns its figures. Below the
// minimum it returns an [*akhlak.InsufficientError] with both numbers, and
// no figure.
func (t *Tally) Result(opts ...ResultOption) (Result, error) {
	o, err := t.options(opts)
	if err != nil {
		return Result{}, err
	}
	all := t.s.All()
	if err := o.min.Check(int(all.Respondents())); err != nil {
		return Result{}, err
	}
	if all.Respondents() == 0 {
		return Result{}, &akhlak.InsufficientError{Respondents: 0, Minimum: o.min}
	}
	return Result{tally.NewView(all, o.TopBoxes)}, nil
}

// Group is the result of one subgroup.
type Group struct {
	Name        string
	Respondents int
	// Suppressed is true when the subgroup has fewer respondents than the
	// confidentiality threshold: it reports nothing but its count, and
	// Result is the zero Result.
	Suppressed bool
	Result     Result
}

// Groups returns every subgroup, sorted by name. A subgroup smaller than
// the confidentiality threshold (5 by default, [WithConfidentiality])
// reports only its count. The minimum of [Tally.Result] applies to the
// whole survey, not to subgroups.
func (t *Tally) Groups(opts ...ResultOption) ([]Group, error) {
	o, err := t.options(opts)
	if err != nil {
		return nil, err
	}
	var out []Group
	for _, g := range t.s.GroupViews(o.Options) {
		out = append(out, Group{Name: g.Name, Respondents: g.Respondents, Suppressed: g.Suppressed, Result: Result{g.View}})
	}
	return out, nil
}

// Result holds the figures of a survey or subgroup. Every figure is
// computed exactly from integer counts and rounded half-up once: means to
// [MeanPlaces], percentages to [PercentPlaces], alpha to [AlphaPlaces].
// The zero Result has no figures: each is an error wrapping [ErrNoFigure].
type Result struct{ v tally.View }

func wrap(err error) error {
	if err == nil {
		return nil
	}
	return fmt.Errorf("engagement: %v: %w", err, ErrNoFigure)
}

// IsValid reports whether r holds figures.
func (r Result) IsValid() bool { return r.v.IsValid() }

// Respondents returns the number of respondents.
func (r Result) Respondents() int { return r.v.Respondents() }

// Index returns the engagement index: percent favourable over all items,
// the share of all answers in the top boxes (library default; the
// government publishes no formula).
func (r Result) Index() (decimal.Decimal, error) {
	f, err := r.v.Total()
	return f.Favourable, wrap(err)
}

// Category classifies the index on a scale the caller supplies: no bands
// for engagement are published, so the library hides none.
func (r Result) Category(s category.Scale) (category.Band, error) {
	idx, err := r.Index()
	if err != nil {
		return category.Band{}, err
	}
	return s.Classify(idx)
}

// Figures are the mean and percent favourable of an item, a dimension or
// the whole instrument.
type Figures struct {
	Mean       decimal.Decimal // of the answers, reverse-coded items flipped
	Favourable decimal.Decimal // percentage of answers in the top boxes
	Answers    int             // answers counted
	Missing    int             // answers left blank, over the same items
}

// Total returns the figures over all items.
func (r Result) Total() (Figures, error) {
	f, err := r.v.Total()
	return Figures(f), wrap(err)
}

// Item returns the figures of the item with the given code.
func (r Result) Item(code string) (Figures, error) {
	f, err := r.v.Item(code)
	return Figures(f), wrap(err)
}

// Dimension returns the figures of the named dimension.
func (r Result) Dimension(name string) (Figures, error) {
	f, err := r.v.Dimension(name)
	return Figures(f), wrap(err)
}

// Alpha returns Cronbach's alpha of the named dimension, over the
// respondents who answered all its items, and their number. A dimension
// with fewer than two items or two such respondents, or no variance, has
// no alpha: the error wraps [ErrNoFigure] and says why.
func (r Result) Alpha(dimension string) (decimal.Decimal, int, error) {
	a, n, err := r.v.Alpha(dimension)
	return a, n, wrap(err)
}

// Segments counts respondents by their mean answer.
type Segments struct {
	Engaged, Neutral, Disengaged int
	Unscored                     int // answered only the recommendation item
}

// Segments returns the respondents by mean answer, on the instrument's
// thresholds (engaged ≥ 4.0, neutral ≥ 3.0 by default), compared exactly.
func (r Result) Segments() Segments {
	s := r.v.Segments()
	return Segments{s[0], s[1], s[2], s[3]}
}

// NPS is a net promoter score with its counts.
type NPS struct {
	Score                           int // −100 to 100
	Promoters, Passives, Detractors int
	Missing                         int
}

// ENPS returns the employee net promoter score of the recommendation item:
// % promoters (9–10) − % detractors (0–6), computed exactly and rounded
// half away from zero to an integer. Without a recommendation item, or
// with no answer to it, it returns an error wrapping [ErrNoFigure].
func (r Result) ENPS() (NPS, error) {
	n, err := r.v.NPS()
	return NPS(n), wrap(err)
}
