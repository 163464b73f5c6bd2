package branding

import (
	"encoding/json"
	"fmt"
	"strconv"

	"github.com/go-asn/berakhlak/category"
	"github.com/go-asn/berakhlak/figure"
	"github.com/go-asn/berakhlak/internal/exact"
	"github.com/go-asn/berakhlak/internal/tally"
	"github.com/go-asn/berakhlak/survey"
	"github.com/shopspring/decimal"
)

// defaultConfidentiality is the smallest group of respondents that gets
// figures (library default: 5).
const defaultConfidentiality = 5

// kind names the package in the errors of the shared machinery.
var kind = tally.Kind{Pkg: "branding", Group: "group"}

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

// Instrument is a validated, immutable [Definition], safe for concurrent
// use. The zero Instrument is invalid.
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
	// Branding has no segments; the thresholds span the whole scale.
	lo, hi := decimal.New(int64(scale.Min()), 0), decimal.New(int64(scale.Max()), 0)
	s, err := kind.NewInstrument(d.Items, scale, d.Recommend, hi, lo, d.MaxGroups)
	if err != nil {
		return Instrument{}, err
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

// Equal reports whether in and o define the same instrument: the same
// items, scale, recommendation item and intention item.
func (in Instrument) Equal(o Instrument) bool { return in.s.Equal(o.s) && in.intention == o.intention }

// Items returns a copy of the items, in order.
func (in Instrument) Items() []survey.Item { return in.s.PublicItems() }

// Dimensions returns the dimensions in order of first appearance.
func (in Instrument) Dimensions() []string { return in.s.Dimensions() }

// Intention returns the code of the intention item, or "".
func (in Instrument) Intention() string { return in.intention }

// Response is one respondent's answers. Its zero Recommend is no
// recommendation answer; write survey.Recommend(n) for the answer n, 0
// (a detractor) included.
type Response struct {
	Respondent string                // names the respondent in errors; not stored
	Group      string                // the kind of respondent, e.g. "mahasiswa", "pekerja swasta"; empty for none
	Answers    []int8                // one per item, in the definition's order; survey.NoAnswer when missing
	Recommend  survey.Recommendation // the 0–10 recommendation answer; zero for none
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
// outside the scale, a recommendation outside 0–10 (or given without a
// recommendation item), or a response with no answer at all (a blank row is
// not a respondent and must not count toward the minimum) is a
// [*survey.AnswerError] naming the respondent and the item, wrapping
// [survey.ErrInvalidAnswer]. A response of a new group beyond
// [Definition.MaxGroups], or one beyond the limit of every tally of the
// module, 2^35 respondents (see [Tally.Merge]), is an error wrapping
// [survey.ErrInvalidInput]. A rejected response changes nothing.
func (t *Tally) Add(r Response) error {
	return kind.Add(t.s, r.Group, r.Respondent, r.Answers, r.Recommend)
}

// Merge adds o's counts to t, which may be o itself; both must use equal
// instruments (an error wrapping [survey.ErrInvalidInstrument] otherwise),
// the limits apart. A merge that would give t more groups than its
// [Definition.MaxGroups], or more than 2^35 (34,359,738,368) respondents,
// the limit of every tally of the module below which no count or sum can
// overflow, is refused with an error wrapping [survey.ErrInvalidInput]. A
// refused merge changes nothing.
func (t *Tally) Merge(o *Tally) error {
	if t.s != nil && o.s != nil && t.intention != o.intention {
		return fmt.Errorf("branding: merging tallies with different intention items: %w", survey.ErrInvalidInstrument)
	}
	return kind.Merge(t.s, o.s)
}

// Equal reports whether t and o hold the same counts.
func (t *Tally) Equal(o *Tally) bool {
	if !t.IsValid() || !o.IsValid() {
		return t.IsValid() == o.IsValid()
	}
	return t.intention == o.intention && t.s.Equal(o.s)
}

// IsValid reports whether t was made by [NewTally] or read by its
// UnmarshalBinary: the zero tally has no instrument and refuses answers.
func (t *Tally) IsValid() bool { return t != nil && t.s != nil }

// Respondents returns the number of responses counted.
func (t *Tally) Respondents() int { return tally.Respondents(t.s) }

// ResultOption changes a default of [Tally.Result]. A nil ResultOption is
// ignored.
type ResultOption func(*resultOptions)

type resultOptions struct{ tally.Options }

// WithTopBoxes counts the top n points of the scale as favourable instead
// of the top two (library default).
func WithTopBoxes(n int) ResultOption { return func(o *resultOptions) { o.TopBoxes = n } }

// WithConfidentiality gives figures only to groups of at least n
// respondents, and only figures with at least n answers behind them,
// instead of 5 (library default).
func WithConfidentiality(n int) ResultOption { return func(o *resultOptions) { o.Confidentiality = n } }

// Result checks the whole survey against min, the caller's minimum number
// of respondents (none is published for employer branding), and returns
// its figures, with those of each group of respondents ([Result.Groups]).
// Below the minimum it returns a [*survey.InsufficientError] with both
// numbers, and no figure, for the survey or any group. An option outside
// its domain is an error wrapping [survey.ErrInvalidInput].
func (t *Tally) Result(min survey.Minimum, opts ...ResultOption) (Result, error) {
	o := resultOptions{tally.Options{TopBoxes: 2, Confidentiality: defaultConfidentiality}}
	for _, opt := range opts {
		if opt != nil {
			opt(&o)
		}
	}
	o.TopShareItem = t.intention
	rep, groups, err := kind.Result(t.s, min, o.Options)
	if err != nil {
		return Result{}, err
	}
	scale := t.s.Instrument().RatingScale()
	result := func(rep tally.Report) Result { return t.result(rep, scale) }
	r := result(rep)
	r.c.Min, r.groups = min, tally.Groups[Group](groups, result)
	return r, nil
}

// result returns the figures of one report: branding has no segments, and
// its intention to apply is the top-box share of the intention item.
func (t *Tally) result(rep tally.Report, scale survey.RatingScale) Result {
	rep.Segments = [4]int{}
	r := Result{c: tally.Core{Kind: kind, Rep: &rep, Scale: scale}}
	switch {
	case t.intention == "":
		r.intentionReason = "the instrument has no intention item"
	case rep.TopShareReason != "":
		r.intentionReason = "intention item " + strconv.Quote(t.intention) + ": " + rep.TopShareReason
		r.intentionWithheld = rep.TopShareWithheld
	default:
		r.intention = rep.TopShare
	}
	rep.TopShare, rep.TopShareReason, rep.TopShareWithheld = decimal.Decimal{}, "", false // kept in the Result's own fields
	return r
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

// Equal reports whether g and o are the same group with the same figures.
func (g Group) Equal(o Group) bool {
	return tally.EqualGroups([]Group{g}, []Group{o}, Result.Equal)
}

// Result holds the figures of a survey that met its minimum, or of one
// group of respondents, computed once by [Tally.Result]. It is an
// immutable value, safe for concurrent use. Every figure is computed
// exactly and rounded half-up once: means to two places, percentages to
// one, alpha to three (library defaults), and carries those places. The
// zero Result has no figures: each is an error wrapping
// [survey.ErrNoFigure].
//
// A Result is stored as JSON ([Result.MarshalJSON]) and read back
// ([Result.UnmarshalJSON]) with every figure it holds; to merge a survey
// with more responses later, store the [Tally] instead.
type Result struct {
	c                 tally.Core
	intention         decimal.Decimal // when intentionReason is empty
	intentionReason   string
	intentionWithheld bool
	groups            []Group
}

// core returns r's core with the package's name for its errors, which
// the zero Result's core lacks.
func (r Result) core() tally.Core {
	r.c.Kind = kind
	return r.c
}

// IsValid reports whether r holds figures.
func (r Result) IsValid() bool { return r.c.IsValid() }

// Respondents returns the number of respondents.
func (r Result) Respondents() int { return r.c.Respondents() }

// Minimum returns the minimum the survey was checked against, and the
// zero Minimum for a group's result.
func (r Result) Minimum() survey.Minimum { return r.c.Min }

// Scale returns the instrument's answer scale, and the zero RatingScale
// for the zero Result.
func (r Result) Scale() survey.RatingScale { return r.c.Scale }

// Groups returns every group of respondents, sorted by name. A group
// smaller than the confidentiality threshold (5 by default,
// [WithConfidentiality]), or one that would reveal it by difference,
// reports only its count.
func (r Result) Groups() []Group { return append([]Group(nil), r.groups...) }

// Attractiveness returns the attractiveness index: percent favourable over
// all items, at one place (library default). The zero Result has no such
// figure: the error wraps [survey.ErrNoFigure], and [survey.ErrWithheld]
// too when the figure exists but too few answers are behind it (see
// [WithConfidentiality]).
func (r Result) Attractiveness() (figure.Figure, error) {
	f, err := r.Total()
	return f.Favourable, err
}

// AttractivenessInterval returns the 95% confidence interval of the
// attractiveness index ([Result.Attractiveness]), at one place, within
// 0–100, computed as engagement's IndexInterval is (derived: standard
// survey statistics; see the rule register in package berakhlak,
// "Baseline, target and progress"): each item's share of answers in the
// top boxes with the finite-population correction when the minimum knows
// the population ([survey.Interval]), and the variance of their
// combination bounded from above (conservative), since the same
// respondents answered every item. The errors are those of
// Attractiveness, and one wrapping [survey.ErrNoFigure] when an item has a
// single answer, or for a result read from JSON written before v1.1.0.
func (r Result) AttractivenessInterval() (survey.Interval, error) { return r.core().IndexInterval() }

// DimensionInterval returns the 95% confidence interval of the named
// dimension's mean ([Result.Dimension]), at two places, within the scale,
// as [Result.AttractivenessInterval] is computed, with each item's mean
// ± 1.96·s/√n × FPC. The errors are those of [Result.Dimension], and
// those of AttractivenessInterval.
func (r Result) DimensionInterval(name string) (survey.Interval, error) {
	return r.core().DimensionInterval(name)
}

// Band classifies the attractiveness index on a scale the caller
// supplies: no bands are published.
func (r Result) Band(s category.Scale) (category.Band, error) {
	a, err := r.Attractiveness()
	if err != nil {
		return category.Band{}, err
	}
	return s.Classify(a.Decimal())
}

// Total returns the figures over all items. The zero Result has no such
// figure: the error wraps [survey.ErrNoFigure], and [survey.ErrWithheld]
// too when the figure exists but too few answers are behind it (see
// [WithConfidentiality]).
func (r Result) Total() (survey.Figures, error) { return r.core().Total() }

// Item returns the figures of the item with the given code. A code the
// instrument lacks is an error wrapping [survey.ErrInvalidInput].
func (r Result) Item(code string) (survey.Figures, error) { return r.core().Item(code) }

// Dimension returns the figures of the named dimension: its
// attractiveness is Favourable. A name the instrument lacks is an error
// wrapping [survey.ErrInvalidInput].
func (r Result) Dimension(name string) (survey.Figures, error) { return r.core().Dimension(name) }

// Alpha returns Cronbach's alpha of the named dimension, at three places,
// over the respondents who answered all its items, and their number. A
// dimension with fewer than two items or two such respondents, or no
// variance, has no alpha: the error wraps [survey.ErrNoFigure] and says
// why. A name the instrument lacks is an error wrapping
// [survey.ErrInvalidInput].
func (r Result) Alpha(dimension string) (figure.Figure, int, error) { return r.core().Alpha(dimension) }

// NPS returns the net promoter score of "would you recommend an ASN
// career": % promoters (9–10) − % detractors (0–6), computed exactly and
// rounded half away from zero to an integer. Without a recommendation
// item, or with no answer to it, it returns an error wrapping
// [survey.ErrNoFigure].
func (r Result) NPS() (survey.NPS, error) { return r.core().NPS() }

// Intention returns the intention to apply: the percentage of the
// respondents who answered the intention item that chose its top box (the
// highest point of the scale), rounded half-up to one place. The formula
// is a library default: none is published. Without an intention item, or
// with no answer to it, it returns an error wrapping
// [survey.ErrNoFigure].
func (r Result) Intention() (figure.Figure, error) {
	switch {
	case !r.IsValid():
		return figure.Figure{}, r.core().ZeroResult()
	case r.intentionReason != "":
		return figure.Figure{}, kind.Missing(r.intentionReason, r.intentionWithheld)
	}
	return figure.MustNew(r.intention, tally.PercentPlaces), nil
}

// Equal reports whether r and o hold the same figures, scale, minimum and
// groups.
func (r Result) Equal(o Result) bool {
	return r.c.Equal(o.c) && r.intention.Equal(o.intention) && r.intentionReason == o.intentionReason && r.intentionWithheld == o.intentionWithheld &&
		tally.EqualGroups(r.groups, o.groups, Result.Equal)
}

type resultJSON struct {
	tally.Head
	Attractiveness    string `json:"attractiveness,omitempty"`
	Intention         string `json:"intention,omitempty"`
	IntentionReason   string `json:"intention_reason,omitempty"`
	IntentionWithheld bool   `json:"intention_withheld,omitempty"`
	tally.ReportJSON
	Groups []tally.GroupJSON `json:"groups,omitempty"`
}

// MarshalJSON writes the figures with every decimal as a string at its
// published places: the minimum (for a whole survey), the scale, the
// attractiveness, the intention to apply, respondents, the total, each
// dimension (with alpha) and item, the NPS, and the groups. A figure that
// cannot be computed is left out, never written as zero, and the reason it
// has none is written instead ("total_reason", "reason", "alpha_reason",
// "nps_reason", "intention_reason"). The zero Result is an error.
func (r Result) MarshalJSON() ([]byte, error) {
	h, rj, groups, err := tally.JSON(r.core(), r.groups)
	if err != nil {
		return nil, err
	}
	out := resultJSON{Head: h, ReportJSON: rj, IntentionReason: r.intentionReason, IntentionWithheld: r.intentionWithheld, Groups: groups}
	if a, err := r.Attractiveness(); err == nil {
		out.Attractiveness = a.String()
	}
	if i, err := r.Intention(); err == nil {
		out.Intention = i.String()
	}
	return json.Marshal(out)
}

// UnmarshalJSON reads a Result back from what [Result.MarshalJSON] wrote,
// with every figure, reason and group, so that every accessor returns what
// the original's did. It checks that the figures could have been computed,
// as engagement's Result does, and that the attractiveness is the total's
// percent favourable; anything else is an error wrapping
// [survey.ErrInvalidInput] that names the offending field. On an error r
// is unchanged.
func (r *Result) UnmarshalJSON(data []byte) error {
	x, err := decodeResult(data, true)
	if err != nil {
		return err
	}
	*r = x
	return nil
}

func decodeResult(data []byte, whole bool) (Result, error) {
	var in resultJSON
	if err := json.Unmarshal(data, &in); err != nil {
		return Result{}, kind.Bad("%v", err)
	}
	r := Result{intentionReason: in.IntentionReason, intentionWithheld: in.IntentionWithheld}
	c, err := kind.Decode(in.Head, in.ReportJSON, len(in.Groups), whole, func(c tally.Core) error {
		if in.IntentionWithheld && in.IntentionReason == "" {
			return kind.Bad("intention withheld without a reason")
		}
		switch i, ok := exact.ParseDecimal(in.Intention); {
		case (in.Intention == "") == (in.IntentionReason == ""):
			return kind.Bad("intention %q with reason %q: want one of the two", in.Intention, in.IntentionReason)
		case in.Intention == "":
		case !ok || i.Exponent() != -tally.PercentPlaces || i.Sign() < 0 || i.GreaterThan(decimal.New(100, 0)):
			return kind.Bad("intention %q is not a percentage at one place", in.Intention)
		default:
			r.intention = i
		}
		want := ""
		if a, err := (Result{c: c}).Attractiveness(); err == nil {
			want = a.String()
		}
		if in.Attractiveness != want {
			return kind.Bad("attractiveness %q, but the total's percent favourable is %q", in.Attractiveness, want)
		}
		return nil
	})
	if err != nil {
		return Result{}, err
	}
	r.c = c
	if r.groups, err = tally.DecodeGroups[Group](kind, c, in.Groups, func(b []byte) (Result, error) { return decodeResult(b, false) }); err != nil {
		return Result{}, err
	}
	return r, nil
}
