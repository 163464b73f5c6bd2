package branding

import (
	"errors"
	"fmt"

	"github.com/go-asn/berakhlak/akhlak"
	"github.com/go-asn/berakhlak/category"
	"github.com/go-asn/berakhlak/internal/tally"
	"github.com/go-asn/berakhlak/internal/wire"
	"github.com/shopspring/decimal"
)

// Published places of the figures (library defaults).
const (
	MeanPlaces    = 2 // means, e.g. 3.87
	PercentPlaces = 1 // percentages, e.g. 72.4
	AlphaPlaces   = 3 // Cronbach's alpha, e.g. 0.812
)

// DefaultConfidentiality is the smallest kind of respondent that gets
// figures (library default).
const DefaultConfidentiality = 5

// NoAnswer marks an unanswered item or recommendation.
const NoAnswer = akhlak.NoAnswer

// Errors wrapped by this package. ErrInsufficientRespondents is the same
// error as [akhlak.ErrInsufficientRespondents].
// errZeroTally is returned by the methods of a Tally not made by NewTally
// or UnmarshalBinary.
var errZeroTally = fmt.Errorf("branding: Tally not made by NewTally or UnmarshalBinary: %w", ErrInvalidInstrument)

var (
	ErrInvalidInstrument       = errors.New("invalid instrument")
	ErrInvalidAnswer           = errors.New("invalid answer")
	ErrNoFigure                = errors.New("no figure")
	ErrCorrupt                 = errors.New("corrupt tally")
	ErrInsufficientRespondents = akhlak.ErrInsufficientRespondents
)

// Item is one Likert item of a caller-defined instrument.
type Item struct {
	Code      string // unique, e.g. "EB01"
	Dimension string // e.g. "Reputasi"
	Reverse   bool   // reverse-coded: an answer a counts as min+max−a
}

// Definition is a caller's employer branding instrument.
type Definition struct {
	Items []Item
	// Scale is the answer scale; the zero RatingScale means 1–5.
	Scale akhlak.RatingScale
	// Recommend says the instrument has a 0–10 "would you recommend an ASN
	// career" item, for NPS.
	Recommend bool
	// Intention is the code of the item that asks whether the respondent
	// intends to apply; empty for none. It counts toward the
	// attractiveness index like every other item: give it a dimension of
	// its own to read it apart.
	Intention string
}

// Instrument is a validated, immutable [Definition]. The zero Instrument
// is invalid.
type Instrument struct {
	s         tally.Instrument
	intention string
}

// NewInstrument validates d: at least one item; every code non-empty and
// unique; every dimension non-empty; a valid scale; an Intention, if set,
// naming one of the items. Errors wrap [ErrInvalidInstrument] and name the
// offending item.
func NewInstrument(d Definition) (Instrument, error) {
	scale := d.Scale
	if scale == (akhlak.RatingScale{}) {
		scale = akhlak.DefaultRatingScale()
	}
	si := make([]tally.Item, len(d.Items))
	for i, it := range d.Items {
		si[i] = tally.Item(it)
	}
	// Branding has no segments; the thresholds span the whole scale.
	lo, hi := decimal.New(int64(scale.Min()), 0), decimal.New(int64(scale.Max()), 0)
	s, err := tally.NewInstrument(si, scale.Min(), scale.Max(), d.Recommend, hi, lo)
	if err != nil {
		return Instrument{}, fmt.Errorf("branding: %v: %w", err, ErrInvalidInstrument)
	}
	intention := ""
	if d.Intention != "" {
		i := s.Lookup(d.Intention)
		if i < 0 {
			return Instrument{}, fmt.Errorf("branding: intention item %q is not one of the items: %w", d.Intention, ErrInvalidInstrument)
		}
		intention = s.Items()[i].Code // as the definition spells it
	}
	return Instrument{s: s, intention: intention}, nil
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

// Intention returns the code of the intention item, or "".
func (in Instrument) Intention() string { return in.intention }

// Response is one respondent's answers.
type Response struct {
	Respondent string // names the respondent in errors; not stored
	Kind       string // e.g. "mahasiswa", "pekerja swasta"; empty for none
	Answers    []int8 // one per item, in the definition's order; NoAnswer when missing
	Recommend  int8   // 0–10, or NoAnswer
}

// Tally counts the responses of an employer branding survey, overall and
// per kind of respondent, in integers only. Adding a response does not
// allocate (except the first time a kind appears). Tallies merge and
// serialise, so shards and days combine in any order. A Tally is not safe
// for concurrent use.
type Tally struct {
	s         *tally.Set
	intention string
}

// NewTally returns an empty tally for in.
func NewTally(in Instrument) (*Tally, error) {
	if !in.IsValid() {
		return nil, fmt.Errorf("branding: NewTally with the zero Instrument: %w", ErrInvalidInstrument)
	}
	return &Tally{s: tally.NewSet(in.s), intention: in.intention}, nil
}

// Add checks and counts one response. A wrong number of answers, an answer
// outside the scale, a recommendation outside 0–10, or a response with no
// answer at all is an error wrapping [ErrInvalidAnswer] that names the
// respondent and the item; a rejected response changes nothing.
func (t *Tally) Add(r Response) error {
	if t.s == nil {
		return errZeroTally
	}
	if err := t.s.Add(r.Kind, r.Respondent, r.Answers, r.Recommend); err != nil {
		return fmt.Errorf("branding: %v: %w", err, ErrInvalidAnswer)
	}
	return nil
}

// Merge adds o's counts to t; both must use equal instruments.
func (t *Tally) Merge(o *Tally) error {
	if t.s == nil || o.s == nil {
		return errZeroTally
	}
	if t.intention != o.intention {
		return fmt.Errorf("branding: merging tallies with different intention items: %w", ErrInvalidInstrument)
	}
	if err := t.s.Merge(o.s); err != nil {
		return fmt.Errorf("branding: %v: %w", err, ErrInvalidInstrument)
	}
	return nil
}

// Equal reports whether t and o hold the same counts.
func (t *Tally) Equal(o *Tally) bool {
	if t.s == nil || o.s == nil {
		return t.s == nil && o.s == nil
	}
	return t.intention == o.intention && t.s.Equal(o.s)
}

// Respondents returns the number of responses counted.
func (t *Tally) Respondents() int {
	if t.s == nil {
		return 0
	}
	return int(t.s.All().Respondents())
}

// MarshalBinary encodes the tally, its instrument and kinds included.
func (t *Tally) MarshalBinary() ([]byte, error) {
	if t.s == nil {
		return nil, errZeroTally
	}
	return t.s.AppendBinary(wire.AppendString([]byte("EB1"), t.intention)), nil
}

// UnmarshalBinary replaces t with an encoded tally. Corrupt or truncated
// bytes return an error wrapping [ErrCorrupt], never a panic.
func (t *Tally) UnmarshalBinary(data []byte) error {
	if len(data) < 3 || string(data[:3]) != "EB1" {
		return fmt.Errorf("branding: not a branding tally: %w", ErrCorrupt)
	}
	r := wire.NewReader(data[3:])
	intention := r.String()
	if r.Err() != nil {
		return fmt.Errorf("branding: %v: %w", r.Err(), ErrCorrupt)
	}
	s, err := tally.DecodeSet(r.Rest())
	if err != nil {
		return fmt.Errorf("branding: %v: %w", err, ErrCorrupt)
	}
	if intention != "" && s.Instrument().Lookup(intention) < 0 {
		return fmt.Errorf("branding: intention item %q is not in the instrument: %w", intention, ErrCorrupt)
	}
	t.s, t.intention = s, intention
	return nil
}

// ResultOption changes a default of [Tally.Result] or [Tally.Kinds].
type ResultOption func(*options)

type options struct{ tally.Options }

// WithTopBoxes counts the top n points of the scale as favourable instead
// of the top two (library default).
func WithTopBoxes(n int) ResultOption { return func(o *options) { o.TopBoxes = n } }

// WithConfidentiality gives figures only to kinds of respondent with at
// least n respondents instead of [DefaultConfidentiality].
func WithConfidentiality(n int) ResultOption { return func(o *options) { o.Confidentiality = n } }

func (t *Tally) options(opts []ResultOption) (options, error) {
	if t.s == nil {
		return options{}, errZeroTally
	}
	o := options{tally.Options{TopBoxes: 2, Confidentiality: DefaultConfidentiality}}
	for _, opt := range opts {
		opt(&o)
	}
	if err := o.Check(t.s.Instrument()); err != nil {
		return o, fmt.Errorf("branding: %v: %w", err, ErrInvalidInstrument)
	}
	return o, nil
}

// Result checks the whole survey against min, the caller's minimum number
// of respondents (none is published for employer branding), and returns
// its figures. Below the minimum it returns an [*akhlak.InsufficientError]
// with both numbers, and no figure.
func (t *Tally) Result(min akhlak.Minimum, opts ...ResultOption) (Result, error) {
	o, err := t.options(opts)
	if err != nil {
		return Result{}, err
	}
	all := t.s.All()
	if err := min.Check(int(all.Respondents())); err != nil {
		return Result{}, err
	}
	if all.Respondents() == 0 {
		return Result{}, &akhlak.InsufficientError{Respondents: 0, Minimum: min}
	}
	return Result{v: tally.NewView(all, o.TopBoxes), intention: t.intention}, nil
}

// Kind is the result of one kind of respondent.
type Kind struct {
	Name        string
	Respondents int
	// Suppressed is true below the confidentiality threshold: the kind
	// reports nothing but its count, and Result is the zero Result.
	Suppressed bool
	Result     Result
}

// Kinds returns every kind of respondent, sorted by name, suppressing
// those below the confidentiality threshold.
func (t *Tally) Kinds(opts ...ResultOption) ([]Kind, error) {
	o, err := t.options(opts)
	if err != nil {
		return nil, err
	}
	var out []Kind
	for _, g := range t.s.GroupViews(o.Options) {
		out = append(out, Kind{Name: g.Name, Respondents: g.Respondents, Suppressed: g.Suppressed, Result: Result{v: g.View, intention: t.intention}})
	}
	return out, nil
}

// Result holds the figures of a survey or kind of respondent. The zero
// Result has no figures: each is an error wrapping [ErrNoFigure].
type Result struct {
	v         tally.View
	intention string
}

func wrap(err error) error {
	if err == nil {
		return nil
	}
	return fmt.Errorf("branding: %v: %w", err, ErrNoFigure)
}

// IsValid reports whether r holds figures.
func (r Result) IsValid() bool { return r.v.IsValid() }

// Respondents returns the number of respondents.
func (r Result) Respondents() int { return r.v.Respondents() }

// Attractiveness returns the attractiveness index: percent favourable over
// all items (library default).
func (r Result) Attractiveness() (decimal.Decimal, error) {
	f, err := r.v.Total()
	return f.Favourable, wrap(err)
}

// Category classifies the attractiveness index on a scale the caller
// supplies: no bands are published.
func (r Result) Category(s category.Scale) (category.Band, error) {
	a, err := r.Attractiveness()
	if err != nil {
		return category.Band{}, err
	}
	return s.Classify(a)
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

// Dimension returns the figures of the named dimension: its
// attractiveness is Favourable.
func (r Result) Dimension(name string) (Figures, error) {
	f, err := r.v.Dimension(name)
	return Figures(f), wrap(err)
}

// Alpha returns Cronbach's alpha of the named dimension and the number of
// respondents who answered all its items.
func (r Result) Alpha(dimension string) (decimal.Decimal, int, error) {
	a, n, err := r.v.Alpha(dimension)
	return a, n, wrap(err)
}

// NPS is a net promoter score with its counts.
type NPS struct {
	Score                           int // −100 to 100
	Promoters, Passives, Detractors int
	Missing                         int
}

// NPS returns the net promoter score of "would you recommend an ASN
// career": % promoters (9–10) − % detractors (0–6), computed exactly and
// rounded half away from zero to an integer.
func (r Result) NPS() (NPS, error) {
	n, err := r.v.NPS()
	return NPS(n), wrap(err)
}

// Intention returns the intention to apply: the percentage of the
// respondents who answered the intention item that chose its top box (the
// highest point of the scale), rounded half-up to [PercentPlaces]. The
// formula is a library default; RULES.md publishes none. Without an
// intention item, or with no answer to it, it returns an error wrapping
// [ErrNoFigure].
func (r Result) Intention() (decimal.Decimal, error) {
	if r.intention == "" {
		return decimal.Decimal{}, fmt.Errorf("branding: the instrument has no intention item: %w", ErrNoFigure)
	}
	s, err := r.v.TopShare(r.intention)
	return s, wrap(err)
}
