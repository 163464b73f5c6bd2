package engagement

import (
	"encoding/json"
	"fmt"

	"github.com/go-asn/berakhlak/category"
	"github.com/go-asn/berakhlak/figure"
	"github.com/go-asn/berakhlak/internal/tally"
	"github.com/go-asn/berakhlak/survey"
	"github.com/shopspring/decimal"
)

// OfficialMinimum returns the minimum number of respondents per agency for
// Employee Engagement set by KemenPANRB: 140 (official; see the rule
// register in package berakhlak). It is a function, not a constant, so that
// a future change of the rule is a new default, not a changed constant.
func OfficialMinimum() survey.Minimum { return survey.FixedMinimum(140) }

// defaultConfidentiality is the smallest subgroup that gets figures
// (library default: 5).
const defaultConfidentiality = 5

// kind names the package in the errors of the shared machinery.
var kind = tally.Kind{Pkg: "engagement", Group: "subgroup"}

// Definition is a caller's engagement instrument. The government has not
// published the items, dimensions or bands of its Employee Engagement
// instrument (an open rule), so the library ships none and scores whatever
// the caller defines.
type Definition struct {
	Items []survey.Item
	// Scale is the answer scale; the zero RatingScale means 1–5, the
	// library default.
	Scale survey.RatingScale
	// Recommend says the instrument has a 0–10 "would you recommend your
	// agency as a place to work" item, for eNPS.
	Recommend bool
	// Engaged and Neutral are the segment thresholds on a respondent's
	// mean answer: engaged ≥ Engaged, neutral ≥ Neutral, disengaged below.
	// Set both or neither: both zero means the library defaults 4.0 and
	// 3.0, which are defined for the 1–5 scale only (another scale must set
	// both); one zero and not the other is an error, since a zero
	// threshold means unset.
	Engaged, Neutral decimal.Decimal
	// MaxGroups is the most subgroups (distinct non-empty
	// [Response.Group] values) a [Tally] of this instrument holds; zero
	// means 10 000 (library default). Each subgroup costs memory for its
	// counts, 8 bytes each, and about 700 bytes besides:
	//
	//	8 × (items × (max + 4) + 3 × dimensions) + 700 bytes
	//
	// with max the scale's highest answer: 2.2 KB for 20 items on 1–5 in 4
	// dimensions, 170 KB for 200 items on 0–100. A response of one subgroup
	// more, or a merge that would bring more, is refused with an error
	// wrapping [survey.ErrInvalidInput] that names MaxGroups. It bounds
	// work and is not part of the instrument: tallies whose instruments
	// differ only in MaxGroups merge, the receiver's limit applying, and
	// the binary encoding does not carry it.
	MaxGroups int
}

// Instrument is a validated, immutable [Definition], safe for concurrent
// use. The zero Instrument is invalid.
type Instrument struct{ s tally.Instrument }

// NewInstrument validates d: at least one item; every code non-empty and
// unique; every dimension non-empty; a valid scale; both thresholds or
// neither, within the scale with Neutral ≤ Engaged; MaxGroups not
// negative. Errors wrap
// [survey.ErrInvalidInstrument] and name the offending item.
func NewInstrument(d Definition) (Instrument, error) {
	scale, engaged, neutral := d.Scale, d.Engaged, d.Neutral
	if scale == (survey.RatingScale{}) {
		scale = survey.DefaultRatingScale()
	}
	if engaged.IsZero() != neutral.IsZero() {
		return Instrument{}, fmt.Errorf("engagement: thresholds Engaged %s and Neutral %s: set both or neither (a zero threshold means unset): %w", engaged, neutral, survey.ErrInvalidInstrument)
	}
	if engaged.IsZero() && neutral.IsZero() {
		if scale != survey.DefaultRatingScale() {
			return Instrument{}, fmt.Errorf("engagement: scale %s: set the Engaged and Neutral thresholds (the defaults 4.0 and 3.0 are for 1–5): %w", scale, survey.ErrInvalidInstrument)
		}
		engaged, neutral = decimal.New(4, 0), decimal.New(3, 0)
	}
	s, err := kind.NewInstrument(d.Items, scale, d.Recommend, engaged, neutral, d.MaxGroups)
	return Instrument{s}, err
}

// IsValid reports whether in was made by [NewInstrument].
func (in Instrument) IsValid() bool { return in.s.IsValid() }

// Equal reports whether in and o define the same instrument: the same
// items, scale, recommendation item and thresholds.
func (in Instrument) Equal(o Instrument) bool { return in.s.Equal(o.s) }

// Items returns a copy of the items, in order.
func (in Instrument) Items() []survey.Item { return in.s.PublicItems() }

// Dimensions returns the dimensions in order of first appearance.
func (in Instrument) Dimensions() []string { return in.s.Dimensions() }

// Response is one respondent's answers. Its zero Recommend is no
// recommendation answer; write survey.Recommend(n) for the answer n, 0
// (a detractor) included.
type Response struct {
	Respondent string                // names the respondent in errors; not stored
	Group      string                // subgroup: unit, age band, any key; empty for none
	Answers    []int8                // one per item, in the definition's order; survey.NoAnswer when missing
	Recommend  survey.Recommendation // the 0–10 recommendation answer; zero for none (and always zero without a recommendation item)
}

// Tally counts the responses of an engagement survey, overall and per
// subgroup, in integers only: a histogram per item, segment counts, eNPS
// counts and the sums Cronbach's alpha needs. Adding a response does not
// allocate (except the first time a subgroup appears). Tallies merge and
// serialise like the BerAKHLAK tallies, so shards, units and days can be
// combined in any order. A Tally is not safe for concurrent use.
type Tally struct{ s *tally.Set }

// NewTally returns an empty tally for in.
func NewTally(in Instrument) (*Tally, error) {
	if !in.IsValid() {
		return nil, fmt.Errorf("engagement: NewTally with the zero Instrument: %w", survey.ErrInvalidInstrument)
	}
	return &Tally{tally.NewSet(in.s)}, nil
}

// Add checks and counts one response. A wrong number of answers, an answer
// outside the scale, a recommendation outside 0–10 (or given without a
// recommendation item), or a response with no answer at all (a blank row is
// not a respondent and must not count toward the minimum) is a
// [*survey.AnswerError] naming the respondent and the item, wrapping
// [survey.ErrInvalidAnswer]. A response of a new subgroup beyond
// [Definition.MaxGroups], or one beyond the limit of every tally of the
// module, 2^35 respondents (see [Tally.Merge]), is an error wrapping
// [survey.ErrInvalidInput]. A rejected response changes nothing.
func (t *Tally) Add(r Response) error {
	return kind.Add(t.s, r.Group, r.Respondent, r.Answers, r.Recommend)
}

// Merge adds o's counts to t, which may be o itself; both must use equal
// instruments (an error wrapping [survey.ErrInvalidInstrument] otherwise),
// the limits apart. A merge that would give t more subgroups than its
// [Definition.MaxGroups], or more than 2^35 (34,359,738,368) respondents,
// the limit of every tally of the module below which no count or sum can
// overflow, is refused with an error wrapping [survey.ErrInvalidInput]. A
// refused merge changes nothing.
func (t *Tally) Merge(o *Tally) error { return kind.Merge(t.s, o.s) }

// Equal reports whether t and o hold the same counts.
func (t *Tally) Equal(o *Tally) bool {
	if !t.IsValid() || !o.IsValid() {
		return t.IsValid() == o.IsValid()
	}
	return t.s.Equal(o.s)
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

// WithConfidentiality gives figures only to subgroups of at least n
// respondents, and only figures with at least n answers behind them,
// instead of 5 (library default).
func WithConfidentiality(n int) ResultOption { return func(o *resultOptions) { o.Confidentiality = n } }

// Result checks the whole survey against min (use [OfficialMinimum] for the
// KemenPANRB survey) and returns its figures, with the figures of each
// subgroup ([Result.Groups]). Below the minimum it returns a
// [*survey.InsufficientError] with both numbers, and no figure, for the
// survey or any subgroup. An option outside its domain (top boxes beyond
// the scale, a threshold below 1) is an error wrapping
// [survey.ErrInvalidInput].
func (t *Tally) Result(min survey.Minimum, opts ...ResultOption) (Result, error) {
	o := resultOptions{tally.Options{TopBoxes: 2, Confidentiality: defaultConfidentiality}}
	for _, opt := range opts {
		if opt != nil {
			opt(&o)
		}
	}
	rep, groups, err := kind.Result(t.s, min, o.Options)
	if err != nil {
		return Result{}, err
	}
	scale := t.s.Instrument().RatingScale()
	result := func(rep tally.Report) Result { return Result{tally.Core{Kind: kind, Rep: &rep, Scale: scale}, nil} }
	r := result(rep)
	r.c.Min, r.groups = min, tally.Groups[Group](groups, result)
	return r, nil
}

// Group is the result of one subgroup.
type Group struct {
	Name        string
	Respondents int
	// Suppressed is true when the subgroup reports nothing but its count:
	// it has fewer respondents than the confidentiality threshold, or
	// publishing it would reveal such a subgroup by difference from the
	// whole survey's figures (complementary suppression). Result is then
	// the zero Result.
	Suppressed bool
	Reason     string // why it is suppressed; empty when it is not
	Result     Result // the subgroup's figures; it has no groups and no minimum of its own
}

// Equal reports whether g and o are the same subgroup with the same
// figures.
func (g Group) Equal(o Group) bool {
	return tally.EqualGroups([]Group{g}, []Group{o}, Result.Equal)
}

// Result holds the figures of a survey that met its minimum, or of one of
// its subgroups, computed once by [Tally.Result]. It is an immutable
// value, safe for concurrent use. Every figure is computed exactly from
// integer counts and rounded half-up once: means to two places,
// percentages to one, alpha to three (library defaults), and carries those
// places. The zero Result has no figures: each is an error wrapping
// [survey.ErrNoFigure].
//
// A Result is stored as JSON ([Result.MarshalJSON]) and read back
// ([Result.UnmarshalJSON]) with every figure it holds; to merge a survey
// with more responses later, store the [Tally] instead.
type Result struct {
	c      tally.Core
	groups []Group
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
// zero Minimum for a subgroup's result.
func (r Result) Minimum() survey.Minimum { return r.c.Min }

// Scale returns the instrument's answer scale, and the zero RatingScale
// for the zero Result.
func (r Result) Scale() survey.RatingScale { return r.c.Scale }

// Groups returns every subgroup, sorted by name. A subgroup smaller than
// the confidentiality threshold (5 by default, [WithConfidentiality]), or
// one that would reveal it by difference, reports only its count.
func (r Result) Groups() []Group { return append([]Group(nil), r.groups...) }

// Index returns the engagement index: percent favourable over all items,
// the share of all answers in the top boxes, at one place (library default;
// the government publishes no formula). The zero Result has no such
// figure: the error wraps [survey.ErrNoFigure], and [survey.ErrWithheld]
// too when the figure exists but too few answers are behind it (see
// [WithConfidentiality]).
func (r Result) Index() (figure.Figure, error) {
	f, err := r.Total()
	return f.Favourable, err
}

// IndexInterval returns the 95% confidence interval of the index
// ([Result.Index]), at one place, within 0–100 (derived: standard survey
// statistics; see the rule register in package berakhlak, "Baseline,
// target and progress"). An item's share of answers in the top boxes has
// the variance p̂(1 − p̂)/n × FPC², with the finite-population correction
// when the survey's minimum knows the population ([survey.Interval]); the
// items are answered by the same respondents, so the index's variance is
// bounded from above by k × Σ wᵢ² Var(p̂ᵢ) over its k items, wᵢ an item's
// share of the answers (Cauchy–Schwarz): never narrower than the true
// interval (conservative). An instrument of one item has Wilson's
// interval. A subgroup's result ([Result.Groups]) knows no population.
// The errors are those of [Result.Index], and one wrapping
// [survey.ErrNoFigure] when an item has a single answer, or for a result
// read from JSON written before v1.1.0.
func (r Result) IndexInterval() (survey.Interval, error) { return r.core().IndexInterval() }

// DimensionInterval returns the 95% confidence interval of the named
// dimension's mean ([Result.Dimension]), at two places, within the scale:
// each item's mean has mean ± 1.96·s/√n × FPC, s from the integer sums of
// its answers and their squares, and the dimension's variance is bounded
// as for [Result.IndexInterval] (conservative). The errors are those of
// [Result.Dimension], and those of IndexInterval.
func (r Result) DimensionInterval(name string) (survey.Interval, error) {
	return r.core().DimensionInterval(name)
}

// Band classifies the index on a scale the caller supplies: no bands
// for engagement are published, so the library hides none.
func (r Result) Band(s category.Scale) (category.Band, error) {
	idx, err := r.Index()
	if err != nil {
		return category.Band{}, err
	}
	return s.Classify(idx.Decimal())
}

// Total returns the figures over all items. The zero Result has no such
// figure: the error wraps [survey.ErrNoFigure], and [survey.ErrWithheld]
// too when the figure exists but too few answers are behind it (see
// [WithConfidentiality]).
func (r Result) Total() (survey.Figures, error) { return r.core().Total() }

// Item returns the figures of the item with the given code. A code the
// instrument lacks is an error wrapping [survey.ErrInvalidInput].
func (r Result) Item(code string) (survey.Figures, error) { return r.core().Item(code) }

// Dimension returns the figures of the named dimension. A name the
// instrument lacks is an error wrapping [survey.ErrInvalidInput].
func (r Result) Dimension(name string) (survey.Figures, error) { return r.core().Dimension(name) }

// Alpha returns Cronbach's alpha of the named dimension, at three places,
// over the respondents who answered all its items, and their number. A
// dimension with fewer than two items or two such respondents, or no
// variance, has no alpha: the error wraps [survey.ErrNoFigure] and says
// why. A name the instrument lacks is an error wrapping
// [survey.ErrInvalidInput].
func (r Result) Alpha(dimension string) (figure.Figure, int, error) { return r.core().Alpha(dimension) }

// Segments counts respondents by their mean answer.
type Segments struct {
	Engaged    int `json:"engaged"`
	Neutral    int `json:"neutral"`
	Disengaged int `json:"disengaged"`
	Unscored   int `json:"unscored"` // answered only the recommendation item
}

// Segments returns the respondents by mean answer, on the instrument's
// thresholds (engaged ≥ 4.0, neutral ≥ 3.0 by default), compared exactly.
// The zero Result has none: the error wraps [survey.ErrNoFigure].
func (r Result) Segments() (Segments, error) {
	if !r.IsValid() {
		return Segments{}, r.core().ZeroResult()
	}
	s := r.c.Rep.Segments
	return Segments{s[0], s[1], s[2], s[3]}, nil
}

// ENPS returns the employee net promoter score of the recommendation item:
// % promoters (9–10) − % detractors (0–6), computed exactly and rounded
// half away from zero to an integer. Without a recommendation item, or
// with no answer to it, it returns an error wrapping [survey.ErrNoFigure].
func (r Result) ENPS() (survey.NPS, error) { return r.core().NPS() }

// Equal reports whether r and o hold the same figures, scale, minimum and
// subgroups.
func (r Result) Equal(o Result) bool {
	return r.c.Equal(o.c) && tally.EqualGroups(r.groups, o.groups, Result.Equal)
}

type resultJSON struct {
	tally.Head
	Index string `json:"index,omitempty"`
	tally.ReportJSON
	Segments *Segments         `json:"segments"`
	Groups   []tally.GroupJSON `json:"groups,omitempty"`
}

// MarshalJSON writes the figures with every decimal as a string at its
// published places: the minimum (for a whole survey), the scale, the
// index, respondents, the total, each dimension (with alpha) and item, the
// eNPS, the segments, and the subgroups. A figure that cannot be computed
// is left out, never written as zero, and the reason it has none is
// written instead ("total_reason", "reason", "alpha_reason",
// "nps_reason"). The zero Result is an error.
func (r Result) MarshalJSON() ([]byte, error) {
	h, rj, groups, err := tally.JSON(r.core(), r.groups)
	if err != nil {
		return nil, err
	}
	seg, _ := r.Segments() // valid: tally.JSON refused the zero Result
	out := resultJSON{Head: h, ReportJSON: rj, Segments: &seg, Groups: groups}
	if idx, err := r.Index(); err == nil {
		out.Index = idx.String()
	}
	return json.Marshal(out)
}

// UnmarshalJSON reads a Result back from what [Result.MarshalJSON] wrote,
// with every figure, reason and subgroup, so that every accessor returns
// what the original's did. It checks that the figures could have been
// computed, and returns an error wrapping [survey.ErrInvalidInput], naming
// the offending field, when they could not: a figure not at its places or
// outside its range (a mean off the scale, a percentage above 100, alpha
// above 1), counts that do not add up (an item's answers and blanks, the
// total against its items, the segments and the eNPS counts against the
// respondents, a subgroup larger than the survey), an eNPS score its
// counts do not give, an index other than the total's percent
// favourable, a suppressed subgroup with figures or a published one
// without. On an error r is unchanged.
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
	c, err := kind.Decode(in.Head, in.ReportJSON, len(in.Groups), whole, func(c tally.Core) error {
		if in.Segments == nil {
			return kind.Bad("no segments")
		}
		if err := c.Rep.SetSegments([4]int{in.Segments.Engaged, in.Segments.Neutral, in.Segments.Disengaged, in.Segments.Unscored}); err != nil {
			return kind.Bad("%v", err)
		}
		want := ""
		if idx, err := (Result{c: c}).Index(); err == nil {
			want = idx.String()
		}
		if in.Index != want {
			return kind.Bad("index %q, but the total's percent favourable is %q", in.Index, want)
		}
		return nil
	})
	if err != nil {
		return Result{}, err
	}
	groups, err := tally.DecodeGroups[Group](kind, c, in.Groups, func(b []byte) (Result, error) { return decodeResult(b, false) })
	if err != nil {
		return Result{}, err
	}
	return Result{c, groups}, nil
}
