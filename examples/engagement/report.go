package main

import (
	"errors"
	"fmt"
	"io"
	"text/tabwriter"

	"github.com/go-asn/berakhlak/engagement"
	"github.com/go-asn/berakhlak/examples/internal/lang"
	"github.com/go-asn/berakhlak/examples/internal/rules"
	"github.com/go-asn/berakhlak/internal/text"
	"github.com/go-asn/berakhlak/survey"
	"github.com/shopspring/decimal"
)

// defaultConfidentiality is the default of -confidentiality, the smallest
// unit, and the fewest answers behind a figure, that get figures (the
// library's default, passed explicitly so that the report can say it).
const defaultConfidentiality = 5

// report is every figure the program shows, computed before anything is
// written. It holds no prose: a writer (text now; other formats can reuse
// it) formats it in a language.
type report struct {
	source          string // the export's name
	sample          bool   // the embedded sample: the writer says it is invented
	title, period   string // -title and -period, as given (the writers escape them), or ""
	instrument      string // the instrument's name
	items           int    // the instrument's items
	respondents     int
	minimum         int
	index           decimal.Decimal // percent favourable, 1 place
	mean            decimal.Decimal // 2 places
	dimensions      []dimensionFigures
	segments        engagement.Segments
	enps            survey.NPS
	hasENPS         bool
	confidentiality int
	units           []unitFigures // sorted by name
	baseline        *baseline     // -baseline: the comparison; nil without
}

// dimensionFigures are one dimension's row.
type dimensionFigures struct {
	name     string
	figures  survey.Figures  // valid unless withheld
	withheld bool            // fewer answers than the confidentiality threshold: no figure
	alpha    decimal.Decimal // 3 places; valid only when noAlpha is 0
	alphaN   int             // respondents who answered every item of the dimension
	noAlpha  noAlpha
}

// noAlpha says why a dimension has no Cronbach's alpha.
type noAlpha uint8

const (
	hasAlpha      noAlpha = iota
	oneItem               // the dimension has one item
	fewAnswers            // fewer than two respondents answered every item
	noVariance            // every complete respondent has the same total
	alphaWithheld         // fewer complete respondents than the confidentiality threshold
)

// whyNoAlpha returns why a dimension of items items, n of whose
// respondents answered every item, has no alpha, from err, the error of
// [engagement.Result.Alpha]: hasAlpha when err is nil. The library's
// documented reasons (fewer than two items, fewer than two complete
// respondents, no variance) all wrap [survey.ErrNoFigure] and it exports
// no finer error, so the reason within ErrNoFigure comes from the counts
// the library returns with it; no variance is the reason left when both
// counts are at least two and the library did not withhold alpha
// (survey.ErrWithheld). Any error that does not wrap ErrNoFigure is
// not one of those reasons and is returned, so that it is never
// published as one.
func whyNoAlpha(err error, items, n int) (noAlpha, error) {
	switch {
	case err == nil:
		return hasAlpha, nil
	case !errors.Is(err, survey.ErrNoFigure):
		return hasAlpha, err
	case items < 2:
		return oneItem, nil
	case n < 2:
		return fewAnswers, nil
	case errors.Is(err, survey.ErrWithheld):
		return alphaWithheld, nil
	}
	return noVariance, nil
}

// unitFigures are one unit's row.
type unitFigures struct {
	name        string
	respondents int
	// suppressed: the unit reports only its count, because it is below
	// the confidentiality threshold (revealed is 0) or because publishing
	// it would reveal by difference the revealed respondents in no
	// published unit (complementary suppression).
	suppressed bool
	revealed   int
	index      decimal.Decimal // 1 place; valid when hasIndex
	hasIndex   bool            // false for a unit whose respondents answered no item
}

// refused is the error of a survey that publishes nothing: in the
// program's language, naming the respondents and the minimum when that is
// the reason.
func refused(l lang.Lang, err error) error {
	var ie *survey.InsufficientError
	if errors.As(err, &ie) {
		return errors.New(l.Sprintf(msg.RefusedMinimum, l.Int(ie.Respondents), l.Int(ie.Minimum.Required())))
	}
	return fmt.Errorf(msg.Refused.In(l), err)
}

// newReport computes every figure of the report from res. An error means
// nothing can be published; it is in language l.
func newReport(source string, sample bool, in engagement.Instrument, res engagement.Result, minimum, confidentiality int, l lang.Lang) (report, error) {
	segments, err := res.Segments()
	if err != nil {
		return report{}, refused(l, err)
	}
	r := report{source: source, sample: sample, respondents: res.Respondents(), minimum: minimum, segments: segments, confidentiality: confidentiality, items: len(in.Items())}
	idx, err := res.Index()
	if err != nil {
		return report{}, refused(l, err)
	}
	r.index = idx.Decimal()
	total, err := res.Total()
	if err != nil {
		return report{}, refused(l, err)
	}
	r.mean = total.Mean.Decimal()
	items := map[string]int{}
	for _, it := range in.Items() {
		items[it.Dimension]++
	}
	for _, d := range in.Dimensions() {
		f, err := res.Dimension(d)
		df := dimensionFigures{name: d, figures: f, withheld: errors.Is(err, survey.ErrWithheld)}
		if err != nil && !df.withheld {
			return report{}, refused(l, err)
		}
		alpha, n, aerr := res.Alpha(d)
		df.alpha, df.alphaN = alpha.Decimal(), n
		if df.noAlpha, aerr = whyNoAlpha(aerr, items[d], df.alphaN); aerr != nil {
			return report{}, refused(l, aerr)
		}
		r.dimensions = append(r.dimensions, df)
	}
	if n, err := res.ENPS(); err == nil {
		r.enps, r.hasENPS = n, true
	}
	groups := res.Groups()
	revealed := complementary(groups, r.respondents, confidentiality)
	for i, g := range groups {
		u := unitFigures{name: g.Name, respondents: g.Respondents, suppressed: g.Suppressed, revealed: revealed[i]}
		if !g.Suppressed {
			if idx, err := g.Result.Index(); err == nil {
				u.index, u.hasIndex = idx.Decimal(), true
			}
		}
		r.units = append(r.units, u)
	}
	return r, nil
}

// complementary returns, for a group suppressed by complementary
// suppression, how many respondents in no published group publishing it
// would reveal, and 0 for the other groups. The library suppresses the
// smallest published group while those respondents are at least one and
// fewer than threshold; since that group has at least threshold
// respondents, one such group is always enough, and the respondents it
// would reveal are those of the whole survey less the groups of at least
// threshold respondents.
func complementary(groups []engagement.Group, total, threshold int) []int {
	out := make([]int, len(groups))
	residual := total
	for _, g := range groups {
		if g.Respondents >= threshold {
			residual -= g.Respondents
		}
	}
	for i, g := range groups {
		if g.Suppressed && g.Respondents >= threshold {
			out[i] = residual
		}
	}
	return out
}

// name returns what the report's title names, unescaped: -title if
// given, else the export's file name (the embedded sample says it is
// invented).
func (r report) name(l lang.Lang) string {
	switch {
	case r.title != "":
		return r.title
	case r.sample:
		return msg.SampleSource.In(l)
	}
	return r.source
}

// rules returns the rules the report used, in the order of the rule
// register's copy: eNPS only when the report has one, the sampling error
// and the change only with -baseline.
func (r report) rules() []rules.Rule {
	ids := []rules.ID{rules.EngagementMinimum, rules.EngagementIndex, rules.EngagementSegments, rules.Alpha, rules.Confidentiality}
	if r.hasENPS {
		ids = append(ids, rules.ENPS)
	}
	if r.baseline != nil {
		ids = append(ids, rules.Interval, rules.Bound, rules.Change)
	}
	rs, err := rules.Select(ids...)
	if err != nil {
		panic(err) // the ids are the program's constants: a test runs them
	}
	return rs
}

// writeText writes the report as text in language l.
func (r report) writeText(w io.Writer, l lang.Lang) error {
	fmt.Fprintln(w, l.Sprintf(msg.Title, text.Terminal(r.name(l), 0)))
	if r.period != "" {
		fmt.Fprintln(w, l.Sprintf(msg.Period, text.Terminal(r.period, 0)))
	}
	if r.sample && r.title != "" {
		fmt.Fprintln(w, msg.SampleNote.In(l))
	}
	fmt.Fprintln(w)
	fmt.Fprint(w, l.Sprintf(msg.Respondents, l.Int(r.respondents), l.Int(r.minimum)))
	fmt.Fprint(w, l.Sprintf(msg.Index, l.Fixed(r.index, 1)))
	fmt.Fprint(w, l.Sprintf(msg.Mean, l.Fixed(r.mean, 2)))

	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprint(tw, msg.DimensionHeader.In(l))
	for _, d := range r.dimensions {
		mean, fav := "—", "—"
		if !d.withheld {
			mean, fav = l.Fixed(d.figures.Mean.Decimal(), 2), l.Fixed(d.figures.Favourable.Decimal(), 1)+"%"
		}
		fmt.Fprint(tw, l.Sprintf(msg.DimensionRow, text.Terminal(d.name, cellWidth), mean, fav, d.alphaText(l, r.confidentiality)))
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	s := r.segments
	fmt.Fprint(w, l.Sprintf(msg.Segments, l.Int(s.Engaged), l.Int(s.Neutral), l.Int(s.Disengaged)))
	if r.hasENPS {
		n := r.enps
		fmt.Fprint(w, l.Sprintf(msg.ENPS, l.Number(fmt.Sprintf("%+d", n.Score)), l.Int(n.Promoters), l.Int(n.Passives), l.Int(n.Detractors), l.Int(n.Missing)))
	}

	fmt.Fprint(w, l.Sprintf(msg.Units, l.Int(r.confidentiality)))
	tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	for _, u := range r.units {
		name, n := text.Terminal(u.name, cellWidth), l.Int(u.respondents)
		switch {
		case u.suppressed && u.revealed > 0:
			fmt.Fprint(tw, l.Sprintf(msg.UnitResidual, name, n, l.Int(u.revealed)))
		case u.suppressed:
			fmt.Fprint(tw, l.Sprintf(msg.UnitBelow, name, n, l.Int(r.confidentiality)))
		case u.hasIndex:
			fmt.Fprint(tw, l.Sprintf(msg.UnitIndex, name, n, l.Fixed(u.index, 1)))
		default:
			fmt.Fprint(tw, l.Sprintf(msg.UnitNoIndex, name, n))
		}
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	if r.baseline != nil {
		return r.baseline.writeText(w, l)
	}
	return nil
}
