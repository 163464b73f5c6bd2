package branding

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/go-asn/berakhlak/category"
	"github.com/go-asn/berakhlak/internal/exact"
	"github.com/go-asn/berakhlak/internal/limit"
	"github.com/go-asn/berakhlak/internal/tally"
	"github.com/go-asn/berakhlak/survey"
	"github.com/shopspring/decimal"
)

// defaultConfidentiality is the smallest group of respondents that gets
// figures (library default: 5).
const defaultConfidentiality = 5

// errZeroTally is returned by the methods of a Tally not made by NewTally
// or UnmarshalBinary.
var errZeroTally = fmt.Errorf("branding: Tally not made by NewTally or UnmarshalBinary: %w", survey.ErrInvalidInstrument)

// Definition is a caller's employer branding instrument.
type Definition struct {
	Items []survey.Item
	// Scale is the answer scale; the zero RatingScale means 1–5, the
	// library default.
	Scale survey.RatingScale
	// Recommend says the instrument has a 0–10 "would you recommend an ASN
	// career" item, for NPS.
	Recommend bool
	// Intention is the code of the item that asks whether the respondent
	// intends to apply; empty for none. It counts toward the
	// attractiveness index like every other item: give it a dimension of
	// its own to read it apart.
	Intention string
	// MaxGroups is the most groups (distinct non-empty
	// [Response.Group] values) a [Tally] of this instrument holds; zero
	// means 10 000 (library default). Each group costs memory for its
	// counts, 8 bytes each, and about 700 bytes besides:
	//
	//	8 × (items × (max + 4) + 3 × dimensions) + 700 bytes
	//
	// with max the scale's highest answer: 2.2 KB for 20 items on 1–5 in 4
	// dimensions, 170 KB for 200 items on 0–100. A response of one group
	// more, or a merge that would bring more, is refused with an error
	// wrapping [survey.ErrInvalidInput] that names MaxGroups. It bounds
	// work and is not part of the instrument: tallies whose instruments
	// differ only in MaxGroups merge, the receiver's limit applying, and
	// the binary encoding does not carry it.
	MaxGroups int
}

// Instrument is a validated, immutable [Definition]. The zero Instrument
// is invalid.
type Instrument struct {
	s         tally.Instrument
	intention string
}

// NewInstrument validates d: at least one item; every code non-empty and
// unique; every dimension non-empty; a valid scale; an Intention, if set,
// naming one of the items; MaxGroups not negative. Errors wrap
// [survey.ErrInvalidInstrument] and name the offending item.
func NewInstrument(d Definition) (Instrument, error) {
	scale := d.Scale
	if scale == (survey.RatingScale{}) {
		scale = survey.DefaultRatingScale()
	}
	si := make([]tally.Item, len(d.Items))
	for i, it := range d.Items {
		si[i] = tally.Item(it)
	}
	// Branding has no segments; the thresholds span the whole scale.
	lo, hi := decimal.New(int64(scale.Min()), 0), decimal.New(int64(scale.Max()), 0)
	s, err := tally.NewInstrument(si, scale.Min(), scale.Max(), d.Recommend, hi, lo)
	if err != nil {
		return Instrument{}, fmt.Errorf("branding: %v: %w", err, survey.ErrInvalidInstrument)
	}
	if d.MaxGroups != 0 {
		if s, err = s.WithMaxGroups(d.MaxGroups); err != nil {
			return Instrument{}, fmt.Errorf("branding: %v (zero for the default): %w", err, survey.ErrInvalidInstrument)
		}
	}
	intention := ""
	if d.Intention != "" {
		i := s.Lookup(d.Intention)
		if i < 0 {
			return Instrument{}, fmt.Errorf("branding: intention item %q is not one of the items: %w", d.Intention, survey.ErrInvalidInstrument)
		}
		intention = s.Items()[i].Code // as the definition spells it
	}
	return Instrument{s: s, intention: intention}, nil
}

// IsValid reports whether in was made by [NewInstrument].
func (in Instrument) IsValid() bool { return in.s.IsValid() }

// Items returns a copy of the items, in order.
func (in Instrument) Items() []survey.Item {
	var out []survey.Item
	for _, it := range in.s.Items() {
		out = append(out, survey.Item(it))
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
	Group      string // the kind of respondent, e.g. "mahasiswa", "pekerja swasta"; empty for none
	Answers    []int8 // one per item, in the definition's order; survey.NoAnswer when missing
	Recommend  int8   // 0–10, or survey.NoAnswer
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
		return nil, fmt.Errorf("branding: NewTally with the zero Instrument: %w", survey.ErrInvalidInstrument)
	}
	return &Tally{s: tally.NewSet(in.s), intention: in.intention}, nil
}

// Add checks and counts one response. A wrong number of answers, an answer
// outside the scale, a recommendation outside 0–10, or a response with no
// answer at all is a [*survey.AnswerError] naming the respondent and the
// item, wrapping [survey.ErrInvalidAnswer]. A response of a new group
// beyond [Definition.MaxGroups], or one beyond the limit of every tally of
// the module, 2^35 respondents (see [Tally.Merge]), is an error wrapping
// [survey.ErrInvalidInput]. A rejected response changes nothing.
func (t *Tally) Add(r Response) error {
	if t.s == nil {
		return errZeroTally
	}
	if err := t.s.Add(r.Group, r.Respondent, r.Answers, r.Recommend); err != nil {
		var e *tally.AnswerError
		if errors.As(err, &e) {
			return &survey.AnswerError{Respondent: e.Respondent, Field: e.Item, Answer: e.Answer, Reason: e.Reason}
		}
		return fmt.Errorf("branding: Add: %v: %w", err, survey.ErrInvalidInput) // a limit
	}
	return nil
}

// Merge adds o's counts to t, which may be o itself; both must use equal
// instruments (an error wrapping [survey.ErrInvalidInstrument] otherwise),
// the limits apart. A merge that would give t more groups than its
// [Definition.MaxGroups], or more than 2^35 (34,359,738,368) respondents,
// the limit of every tally of the module below which no count or sum can
// overflow, is refused with an error wrapping [survey.ErrInvalidInput]. A
// refused merge changes nothing.
func (t *Tally) Merge(o *Tally) error {
	if t.s == nil || o.s == nil {
		return errZeroTally
	}
	if t.intention != o.intention {
		return fmt.Errorf("branding: merging tallies with different intention items: %w", survey.ErrInvalidInstrument)
	}
	if err := t.s.Merge(o.s); err != nil {
		if errors.Is(err, limit.ErrExceeded) {
			return fmt.Errorf("branding: Merge: %v: %w", err, survey.ErrInvalidInput)
		}
		return fmt.Errorf("branding: %v: %w", err, survey.ErrInvalidInstrument)
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

// ResultOption changes a default of [Tally.Result]. A nil ResultOption is
// ignored.
type ResultOption func(*resultOptions)

type resultOptions struct{ tally.Options }

// WithTopBoxes counts the top n points of the scale as favourable instead
// of the top two (library default).
func WithTopBoxes(n int) ResultOption { return func(o *resultOptions) { o.TopBoxes = n } }

// WithConfidentiality gives figures only to groups of at least n
// respondents instead of 5 (library default).
func WithConfidentiality(n int) ResultOption { return func(o *resultOptions) { o.Confidentiality = n } }

// Result checks the whole survey against min, the caller's minimum number
// of respondents (none is published for employer branding), and returns
// its figures, with those of each group of respondents ([Result.Groups]).
// Below the minimum it returns a [*survey.InsufficientError] with both
// numbers, and no figure, for the survey or any group. An option outside
// its domain is an error wrapping [survey.ErrInvalidInput].
func (t *Tally) Result(min survey.Minimum, opts ...ResultOption) (Result, error) {
	if t.s == nil {
		return Result{}, errZeroTally
	}
	o := resultOptions{tally.Options{TopBoxes: 2, Confidentiality: defaultConfidentiality}}
	for _, opt := range opts {
		if opt != nil {
			opt(&o)
		}
	}
	if err := o.Check(t.s.Instrument()); err != nil {
		return Result{}, fmt.Errorf("branding: %v: %w", err, survey.ErrInvalidInput)
	}
	all := t.s.All()
	if err := min.Check(int(all.Respondents())); err != nil {
		return Result{}, err
	}
	if all.Respondents() == 0 {
		return Result{}, &survey.InsufficientError{Respondents: 0, Minimum: min}
	}
	r := Result{v: tally.NewView(all, o.TopBoxes), intention: t.intention, min: min}
	for _, g := range t.s.GroupViews(o.Options) {
		r.groups = append(r.groups, Group{Name: g.Name, Respondents: g.Respondents, Suppressed: g.Suppressed, Reason: g.Reason,
			Result: Result{v: g.View, intention: t.intention}})
	}
	return r, nil
}

// Group is the result of one kind of respondent (students, private-sector
// workers, …).
type Group struct {
	Name        string
	Respondents int
	// Suppressed is true when the group reports nothing but its count: it
	// has fewer respondents than the confidentiality threshold, or
	// publishing it would reveal such a group by difference from the whole
	// survey's figures (complementary suppression). Result is then the zero
	// Result.
	Suppressed bool
	Reason     string // why it is suppressed; empty when it is not
	Result     Result // the group's figures; it has no groups and no minimum of its own
}

// Result holds the figures of a survey that met its minimum, or of one
// group of respondents. It is an immutable value, safe for concurrent use.
// Every figure is computed exactly and rounded half-up once: means to two
// places, percentages to one, alpha to three (library defaults), and
// carries those places. The zero Result has no figures: each is an error
// wrapping [survey.ErrNoFigure].
type Result struct {
	v         tally.View
	intention string
	min       survey.Minimum
	groups    []Group
}

func wrap(err error) error {
	if err == nil {
		return nil
	}
	return fmt.Errorf("branding: %v: %w", err, survey.ErrNoFigure)
}

// IsValid reports whether r holds figures.
func (r Result) IsValid() bool { return r.v.IsValid() }

// Respondents returns the number of respondents.
func (r Result) Respondents() int { return r.v.Respondents() }

// Minimum returns the minimum the survey was checked against, and the
// zero Minimum for a group's result.
func (r Result) Minimum() survey.Minimum { return r.min }

// Groups returns every group of respondents, sorted by name. A group
// smaller than the confidentiality threshold (5 by default,
// [WithConfidentiality]), or one that would reveal it by difference,
// reports only its count.
func (r Result) Groups() []Group { return append([]Group(nil), r.groups...) }

// Attractiveness returns the attractiveness index: percent favourable over
// all items, at one place (library default).
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

// Total returns the figures over all items.
func (r Result) Total() (survey.Figures, error) {
	f, err := r.v.Total()
	return survey.Figures(f), wrap(err)
}

// Item returns the figures of the item with the given code.
func (r Result) Item(code string) (survey.Figures, error) {
	f, err := r.v.Item(code)
	return survey.Figures(f), wrap(err)
}

// Dimension returns the figures of the named dimension: its
// attractiveness is Favourable.
func (r Result) Dimension(name string) (survey.Figures, error) {
	f, err := r.v.Dimension(name)
	return survey.Figures(f), wrap(err)
}

// Alpha returns Cronbach's alpha of the named dimension and the number of
// respondents who answered all its items.
func (r Result) Alpha(dimension string) (decimal.Decimal, int, error) {
	a, n, err := r.v.Alpha(dimension)
	return a, n, wrap(err)
}

// NPS returns the net promoter score of "would you recommend an ASN
// career": % promoters (9–10) − % detractors (0–6), computed exactly and
// rounded half away from zero to an integer.
func (r Result) NPS() (survey.NPS, error) {
	n, err := r.v.NPS()
	return survey.NPS(n), wrap(err)
}

// Intention returns the intention to apply: the percentage of the
// respondents who answered the intention item that chose its top box (the
// highest point of the scale), rounded half-up to one place. The formula
// is a library default: none is published. Without an
// intention item, or with no answer to it, it returns an error wrapping
// [survey.ErrNoFigure].
func (r Result) Intention() (decimal.Decimal, error) {
	if r.intention == "" {
		return decimal.Decimal{}, fmt.Errorf("branding: the instrument has no intention item: %w", survey.ErrNoFigure)
	}
	s, err := r.v.TopShare(r.intention)
	return s, wrap(err)
}

type groupJSON struct {
	Name        string  `json:"name"`
	Respondents int     `json:"respondents"`
	Suppressed  bool    `json:"suppressed"`
	Reason      string  `json:"reason,omitempty"`
	Result      *Result `json:"result,omitempty"`
}

// MarshalJSON writes the figures with every decimal as a string at its
// published places: respondents, the minimum (for a whole survey), the
// attractiveness, the intention to apply, the total, each dimension (with
// alpha) and item, the NPS, and the groups. A figure that cannot be
// computed is left out, never written as zero. The zero Result is an
// error.
func (r Result) MarshalJSON() ([]byte, error) {
	if !r.IsValid() {
		return nil, fmt.Errorf("branding: MarshalJSON of the zero Result: %w", survey.ErrNoFigure)
	}
	out := struct {
		Minimum        *survey.Minimum `json:"minimum,omitempty"`
		Attractiveness string          `json:"attractiveness,omitempty"`
		Intention      string          `json:"intention,omitempty"`
		tally.ViewJSON
		Groups []groupJSON `json:"groups,omitempty"`
	}{ViewJSON: r.v.JSON()}
	if r.min.IsValid() {
		out.Minimum = &r.min
	}
	if a, err := r.Attractiveness(); err == nil {
		out.Attractiveness = exact.Fixed(a)
	}
	if i, err := r.Intention(); err == nil {
		out.Intention = exact.Fixed(i)
	}
	for _, g := range r.groups {
		gj := groupJSON{Name: g.Name, Respondents: g.Respondents, Suppressed: g.Suppressed, Reason: g.Reason}
		if !g.Suppressed {
			gr := g.Result
			gj.Result = &gr
		}
		out.Groups = append(out.Groups, gj)
	}
	return json.Marshal(out)
}
