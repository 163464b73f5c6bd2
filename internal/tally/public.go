package tally

import (
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/go-asn/berakhlak/figure"
	"github.com/go-asn/berakhlak/internal/limit"
	"github.com/go-asn/berakhlak/internal/sampling"
	"github.com/go-asn/berakhlak/internal/wire"
	"github.com/go-asn/berakhlak/survey"
	"github.com/shopspring/decimal"
)

// This file holds the bodies of what engagement and branding export: their
// Tally's Add, Merge and Result, their Result's accessors and JSON. Each
// package keeps its exported types and their docs, and only what differs
// (engagement's segments and index; branding's intention to apply and
// attractiveness). It is why this package sits above survey and figure in
// the root doc's layer map, unlike the module's other internal packages.

// Kind names the public package a value belongs to, in its errors.
type Kind struct {
	Pkg   string // "engagement", the prefix of every error
	Group string // what the package calls a Group: "subgroup", "group"
}

// ZeroTally is the error of a public Tally not made by NewTally or
// UnmarshalBinary.
func (k Kind) ZeroTally() error {
	return fmt.Errorf("%s: Tally not made by NewTally or UnmarshalBinary: %w", k.Pkg, survey.ErrInvalidInstrument)
}

// NoFigure is the error of a figure that cannot be computed.
func (k Kind) NoFigure(what string) error {
	return fmt.Errorf("%s: %s: %w", k.Pkg, what, survey.ErrNoFigure)
}

// Missing is the error of a figure that has none: withheld for
// confidentiality (wrapping survey.ErrWithheld too), or not computable.
func (k Kind) Missing(what string, withheld bool) error {
	if withheld {
		return fmt.Errorf("%s: %s: %w (%w)", k.Pkg, what, survey.ErrNoFigure, survey.ErrWithheld)
	}
	return k.NoFigure(what)
}

// Instrument wraps an error of NewInstrument or WithMaxGroups in
// survey.ErrInvalidInstrument.
func (k Kind) Instrument(err error) error {
	return fmt.Errorf("%s: %v: %w", k.Pkg, err, survey.ErrInvalidInstrument)
}

// NewInstrument is the part of a public NewInstrument that both packages
// share: the items, the scale (the zero RatingScale is 1–5), the
// thresholds, and MaxGroups (zero for the default).
func (k Kind) NewInstrument(items []survey.Item, scale survey.RatingScale, recommend bool, engaged, neutral decimal.Decimal, maxGroups int) (Instrument, error) {
	ti := make([]Item, len(items))
	for i, it := range items {
		ti[i] = Item(it)
	}
	in, err := NewInstrument(ti, scale.Min(), scale.Max(), recommend, engaged, neutral)
	if err != nil {
		return Instrument{}, k.Instrument(err)
	}
	if maxGroups != 0 {
		if in, err = in.WithMaxGroups(maxGroups); err != nil {
			return Instrument{}, fmt.Errorf("%s: %v (zero for the default): %w", k.Pkg, err, survey.ErrInvalidInstrument)
		}
	}
	return in, nil
}

// PublicItems returns a copy of the instrument's items as the module's.
func (in Instrument) PublicItems() []survey.Item {
	out := make([]survey.Item, len(in.items))
	for i, it := range in.items {
		out[i] = survey.Item(it)
	}
	return out
}

// RatingScale returns the instrument's answer scale as the module's.
func (in Instrument) RatingScale() survey.RatingScale {
	return survey.MustNewRatingScale(in.min, in.max)
}

// Add checks and counts one response into s, and returns the module's
// errors: a *survey.AnswerError for a bad answer, survey.ErrInvalidInput
// for a limit.
func (k Kind) Add(s *Set, group, respondent string, answers []int8, rec survey.Recommendation) error {
	if s == nil {
		return k.ZeroTally()
	}
	n, given := rec.Answer()
	code, err := RecommendCode(respondent, n, given)
	if err == nil {
		err = s.Add(group, respondent, answers, code)
	}
	if err == nil {
		return nil
	}
	return k.addError(err)
}

// addError returns an error of Set.Add as the module's (apart from Add, so
// that Add allocates nothing when it succeeds).
func (k Kind) addError(err error) error {
	var e *AnswerError
	if errors.As(err, &e) {
		return &survey.AnswerError{Respondent: e.Respondent, Field: e.Item, Answer: e.Answer, Reason: e.Reason}
	}
	return fmt.Errorf("%s: Add: %v: %w", k.Pkg, err, survey.ErrInvalidInput) // a limit
}

// Merge adds o's counts to s, and returns the module's errors:
// survey.ErrInvalidInput for a limit, survey.ErrInvalidInstrument for
// instruments that differ.
func (k Kind) Merge(s, o *Set) error {
	if s == nil || o == nil {
		return k.ZeroTally()
	}
	if err := s.Merge(o); err != nil {
		if errors.Is(err, limit.ErrExceeded) {
			return fmt.Errorf("%s: Merge: %v: %w", k.Pkg, err, survey.ErrInvalidInput)
		}
		return k.Instrument(err)
	}
	return nil
}

// Respondents returns the number of responses s counted; 0 for nil.
func Respondents(s *Set) int {
	if s == nil {
		return 0
	}
	return int(s.All().Respondents())
}

// Result checks the options and the minimum, and returns the reports of
// the whole survey and of each group, and the scale.
func (k Kind) Result(s *Set, min survey.Minimum, o Options) (Report, []GroupReport, error) {
	if s == nil {
		return Report{}, nil, k.ZeroTally()
	}
	if err := o.Check(s.Instrument()); err != nil {
		return Report{}, nil, fmt.Errorf("%s: %v: %w", k.Pkg, err, survey.ErrInvalidInput)
	}
	n := int(s.All().Respondents())
	if err := min.Check(n); err != nil {
		return Report{}, nil, err
	}
	if n == 0 {
		return Report{}, nil, &survey.InsufficientError{Respondents: 0, Minimum: min}
	}
	o.Population = min.Population()
	rep, groups := s.Reports(o)
	return rep, groups, nil
}

// Group is a public package's Group, whose fields are the same, so that
// each converts one to the other: Group[engagement.Result] and
// engagement.Group.
type Group[R any] struct {
	Name        string
	Respondents int
	Suppressed  bool
	Reason      string
	Result      R
}

// Groups returns the groups of a result, each published one's figures
// made by result.
func Groups[G ~struct {
	Name        string
	Respondents int
	Suppressed  bool
	Reason      string
	Result      R
}, R any](gs []GroupReport, result func(Report) R) []G {
	out := make([]G, 0, len(gs))
	for _, g := range gs {
		x := Group[R]{Name: g.Name, Respondents: g.Respondents, Suppressed: g.Suppressed, Reason: g.Reason}
		if !g.Suppressed {
			x.Result = result(g.Report)
		}
		out = append(out, G(x))
	}
	return out
}

// Core is what a public Result holds beside its groups and its own
// figures: the report (nil in the zero Result), the scale and the minimum
// (the zero Minimum for a group's result).
type Core struct {
	Kind  Kind
	Rep   *Report // immutable once made
	Scale survey.RatingScale
	Min   survey.Minimum
}

// IsValid reports whether c holds figures.
func (c Core) IsValid() bool { return c.Rep.IsValid() }

// Respondents returns the number of respondents; 0 for the zero Result.
func (c Core) Respondents() int {
	if !c.IsValid() {
		return 0
	}
	return c.Rep.Respondents
}

// ZeroResult is the error of every figure of the zero Result.
func (c Core) ZeroResult() error { return c.Kind.NoFigure("the zero Result") }

// figures returns the part's figures, or the reason it has none.
func (c Core) figures(what string, p Part, ok bool) (survey.Figures, error) {
	switch {
	case !c.IsValid():
		return survey.Figures{}, c.ZeroResult()
	case !ok:
		return survey.Figures{}, c.notInInstrument(what)
	case p.Reason != "":
		return survey.Figures{}, c.Kind.Missing(what+": "+p.Reason, p.Withheld)
	}
	f := p.Figures
	return survey.Figures{Mean: figure.MustNew(f.Mean, MeanPlaces), Favourable: figure.MustNew(f.Favourable, PercentPlaces),
		Answers: f.Answers, Missing: f.Missing}, nil
}

func (c Core) notInInstrument(what string) error {
	return fmt.Errorf("%s: %s: not in the instrument: %w", c.Kind.Pkg, what, survey.ErrInvalidInput)
}

// Total returns the figures over all items.
func (c Core) Total() (survey.Figures, error) {
	if !c.IsValid() {
		return survey.Figures{}, c.ZeroResult()
	}
	return c.figures("total", c.Rep.Total, true)
}

// Item returns the figures of the item with the given code.
func (c Core) Item(code string) (survey.Figures, error) {
	if !c.IsValid() {
		return survey.Figures{}, c.ZeroResult()
	}
	p, ok := c.Rep.Item(code)
	return c.figures("item "+strconv.Quote(code), p, ok)
}

// Dimension returns the figures of the named dimension.
func (c Core) Dimension(name string) (survey.Figures, error) {
	if !c.IsValid() {
		return survey.Figures{}, c.ZeroResult()
	}
	p, ok := c.Rep.Dimension(name)
	return c.figures("dimension "+strconv.Quote(name), p, ok)
}

// DimensionInterval returns the 95% interval of the named dimension's
// mean.
func (c Core) DimensionInterval(name string) (survey.Interval, error) {
	if !c.IsValid() {
		return survey.Interval{}, c.ZeroResult()
	}
	p, ok := c.Rep.Dimension(name)
	return c.interval("dimension "+strconv.Quote(name), p, ok, true)
}

// IndexInterval returns the 95% interval of the percent favourable over
// all items.
func (c Core) IndexInterval() (survey.Interval, error) {
	if !c.IsValid() {
		return survey.Interval{}, c.ZeroResult()
	}
	return c.interval("total", c.Rep.Total, true, false)
}

// interval returns the interval of the part's mean, or of its percent
// favourable, or why it has none.
func (c Core) interval(what string, p Part, ok, mean bool) (survey.Interval, error) {
	if _, err := c.figures(what, p, ok); err != nil {
		return survey.Interval{}, err
	}
	f := p.Figures
	if !f.Bounded {
		return survey.Interval{}, c.Kind.NoFigure(what + ": no sampling error: an item has a single answer, or the result was read from JSON written before v1.1.0")
	}
	lo, hi, places := f.FavLo, f.FavHi, int32(PercentPlaces)
	if mean {
		lo, hi, places = f.MeanLo, f.MeanHi, MeanPlaces
	}
	return survey.Interval{Lo: figure.MustNew(lo, places), Hi: figure.MustNew(hi, places), Level: sampling.Level,
		Respondents: c.Rep.Respondents, Population: c.Min.Population()}, nil
}

// Alpha returns Cronbach's alpha of the named dimension and the number of
// respondents behind it.
func (c Core) Alpha(dimension string) (figure.Figure, int, error) {
	if !c.IsValid() {
		return figure.Figure{}, 0, c.ZeroResult()
	}
	p, ok := c.Rep.Dimension(dimension)
	switch {
	case !ok:
		return figure.Figure{}, 0, c.notInInstrument("dimension " + strconv.Quote(dimension))
	case p.AlphaReason != "":
		return figure.Figure{}, p.AlphaN, c.Kind.Missing(p.AlphaReason, p.AlphaWithheld)
	}
	return figure.MustNew(p.Alpha, AlphaPlaces), p.AlphaN, nil
}

// NPS returns the net promoter score of the recommendation item.
func (c Core) NPS() (survey.NPS, error) {
	switch {
	case !c.IsValid():
		return survey.NPS{}, c.ZeroResult()
	case c.Rep.NPSReason != "":
		return survey.NPS{}, c.Kind.Missing(c.Rep.NPSReason, c.Rep.NPSWithheld)
	}
	return survey.NPS(c.Rep.NPS), nil
}

// Equal reports whether c and o hold the same figures, scale and minimum.
func (c Core) Equal(o Core) bool {
	return c.Rep.Equal(o.Rep) && c.Scale == o.Scale && c.Min.Equal(o.Min)
}

// EqualGroups reports whether two public results' groups are the same,
// given how their results compare.
func EqualGroups[G ~struct {
	Name        string
	Respondents int
	Suppressed  bool
	Reason      string
	Result      R
}, R any](a, b []G, equal func(R, R) bool) bool {
	return slices.EqualFunc(a, b, func(x, y G) bool {
		g, h := Group[R](x), Group[R](y)
		return g.Name == h.Name && g.Respondents == h.Respondents && g.Suppressed == h.Suppressed &&
			g.Reason == h.Reason && equal(g.Result, h.Result)
	})
}

// Head is the start of a public Result's JSON: the minimum (of a whole
// survey) and the scale. A package's JSON struct embeds it first, then its
// own figures, then ReportJSON, then its groups ([]GroupJSON), so that
// every key keeps its place in the bytes.
type Head struct {
	Minimum *survey.Minimum     `json:"minimum,omitempty"`
	Scale   *survey.RatingScale `json:"scale"`
}

// GroupJSON is one group of a public Result's JSON; Result is the group's
// own Result JSON, absent when the group is suppressed.
type GroupJSON struct {
	Name        string          `json:"name"`
	Respondents int             `json:"respondents"`
	Suppressed  bool            `json:"suppressed"`
	Reason      string          `json:"reason,omitempty"`
	Result      json.RawMessage `json:"result,omitempty"`
}

// JSON returns the head, the report and the groups of c's JSON, each
// published group's result written by its MarshalJSON.
func JSON[G ~struct {
	Name        string
	Respondents int
	Suppressed  bool
	Reason      string
	Result      R
}, R json.Marshaler](c Core, groups []G) (Head, ReportJSON, []GroupJSON, error) {
	if !c.IsValid() {
		return Head{}, ReportJSON{}, nil, fmt.Errorf("%s: MarshalJSON of the zero Result: %w", c.Kind.Pkg, survey.ErrNoFigure)
	}
	scale := c.Scale
	h := Head{Scale: &scale}
	if c.Min.IsValid() {
		m := c.Min
		h.Minimum = &m
	}
	var out []GroupJSON
	for _, x := range groups {
		g := Group[R](x)
		gj := GroupJSON{Name: g.Name, Respondents: g.Respondents, Suppressed: g.Suppressed, Reason: g.Reason}
		if !g.Suppressed {
			b, err := g.Result.MarshalJSON()
			if err != nil {
				return Head{}, ReportJSON{}, nil, err
			}
			gj.Result = b
		}
		out = append(out, gj)
	}
	return h, c.Rep.JSON(), out, nil
}

// Bad returns an error of a Result JSON that could not have been
// written, wrapping survey.ErrInvalidInput.
func (k Kind) Bad(format string, args ...any) error {
	return fmt.Errorf("%s: Result JSON: "+format+": %w", append([]any{k.Pkg}, append(args, survey.ErrInvalidInput)...)...)
}

// Decode checks and returns the core of a Result JSON: the scale, the
// report, and for a whole survey (whole) a minimum the respondents meet;
// a group's result has neither minimum nor groups. check, if not nil,
// checks the package's own figures against the core before the minimum
// is looked at.
func (k Kind) Decode(h Head, rj ReportJSON, groups int, whole bool, check func(Core) error) (Core, error) {
	if h.Scale == nil || !h.Scale.IsValid() {
		return Core{}, k.Bad("no scale")
	}
	rep, err := rj.Report(Shape{Min: h.Scale.Min(), Max: h.Scale.Max()}, nil)
	if err != nil {
		return Core{}, k.Bad("%v", err)
	}
	c := Core{Kind: k, Rep: &rep, Scale: *h.Scale}
	if check != nil {
		if err := check(c); err != nil {
			return Core{}, err
		}
	}
	switch {
	case whole && h.Minimum == nil:
		return Core{}, k.Bad("no minimum")
	case !whole && (h.Minimum != nil || groups > 0):
		return Core{}, k.Bad("a %s's result with a minimum or %ss of its own", k.Group, k.Group)
	case whole:
		if err := h.Minimum.Check(rep.Respondents); err != nil {
			return Core{}, k.Bad("%d respondents against %s: %v", rep.Respondents, h.Minimum, err)
		}
		c.Min = *h.Minimum
	}
	return c, nil
}

// DecodeGroups checks and returns the groups of a whole survey's Result
// JSON, whose core is c: sorted by name, each listed once, with
// respondents, suppressed exactly when it has a reason and no figures,
// its figures (read by decode) of as many respondents on c's scale, and
// together no more respondents than the survey.
func DecodeGroups[G ~struct {
	Name        string
	Respondents int
	Suppressed  bool
	Reason      string
	Result      R
}, R interface {
	Respondents() int
	Scale() survey.RatingScale
}](k Kind, c Core, in []GroupJSON, decode func([]byte) (R, error)) ([]G, error) {
	var out []G
	prev, sum := "", 0
	for i, g := range in {
		switch {
		case i > 0 && g.Name <= prev:
			return nil, k.Bad("%s %q out of order or listed twice", k.Group, g.Name)
		case g.Respondents < 1:
			return nil, k.Bad("%s %q: %d respondents", k.Group, g.Name, g.Respondents)
		case g.Suppressed != (len(g.Result) == 0 || string(g.Result) == "null"):
			return nil, k.Bad("%s %q: suppressed %v, with figures %v", k.Group, g.Name, g.Suppressed, !g.Suppressed)
		case g.Suppressed != (g.Reason != ""):
			return nil, k.Bad("%s %q: suppressed %v, with a reason %q", k.Group, g.Name, g.Suppressed, g.Reason)
		}
		prev, sum = g.Name, sum+g.Respondents
		x := Group[R]{Name: g.Name, Respondents: g.Respondents, Suppressed: g.Suppressed, Reason: g.Reason}
		if !g.Suppressed {
			gr, err := decode(g.Result)
			if err != nil {
				return nil, fmt.Errorf("%s: Result JSON: %s %q: %w", k.Pkg, k.Group, g.Name, err)
			}
			if gr.Respondents() != g.Respondents || gr.Scale() != c.Scale {
				return nil, k.Bad("%s %q: %d respondents on %s, its figures %d on %s", k.Group, g.Name, g.Respondents, c.Scale, gr.Respondents(), gr.Scale())
			}
			x.Result = gr
		}
		out = append(out, G(x))
	}
	if sum > c.Rep.Respondents {
		return nil, k.Bad("%ss of %d respondents in a survey of %d", k.Group, sum, c.Rep.Respondents)
	}
	return out, nil
}

// Corrupt wraps err, found decoding a public Tally, in survey.ErrCorrupt.
func (k Kind) Corrupt(err error) error {
	return fmt.Errorf("%s: tally: %v: %w", k.Pkg, err, survey.ErrCorrupt)
}

// MarshalBinary returns the envelope of s under magic and version.
func (k Kind) MarshalBinary(s *Set, magic string, version byte, prefix func([]byte) []byte) ([]byte, error) {
	if s == nil {
		return nil, k.ZeroTally()
	}
	b := wire.Begin(make([]byte, 0, 512), magic, version)
	if prefix != nil {
		b = prefix(b)
	}
	return wire.Seal(s.AppendBinary(b)), nil
}

// Remade checks a decoded instrument, got, against the one the public
// NewInstrument makes of its definition (want, err): version 1 bytes must
// keep decoding, so if NewInstrument ever gets stricter, the decoder of
// version 1 must keep today's rules rather than call it.
func (k Kind) Remade(got, want Instrument, err error) error {
	switch {
	case err != nil:
		return wire.Errorf("%s", strings.TrimPrefix(err.Error(), k.Pkg+": "))
	case !want.Equal(got):
		return wire.Errorf("the instrument differs from the one NewInstrument makes of it")
	}
	return nil
}
