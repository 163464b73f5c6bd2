package tally

import (
	"fmt"
	"slices"
	"strconv"

	"github.com/go-asn/berakhlak/internal/exact"
	"github.com/go-asn/berakhlak/internal/fold"
	"github.com/go-asn/berakhlak/internal/text"
	"github.com/shopspring/decimal"
)

// Report is the figures of one tally under the result options, computed
// once: what an engagement or branding result holds, compares, and writes
// to JSON and reads back. Every decimal is rounded at its published places
// (MeanPlaces, PercentPlaces, AlphaPlaces), and a figure that cannot be
// given has a reason instead.
type Report struct {
	Respondents int
	Total       Part
	Dimensions  []Part
	Items       []Part
	Segments    [4]int // engaged, neutral, disengaged, unscored
	NPS         NPSFigures
	NPSReason   string // why there is no NPS; empty when there is one
	NPSWithheld bool   // the NPS exists but is withheld (confidentiality)
	// The share of one item's answers in its top box (branding's
	// intention to apply), when Options.TopShareItem names it; it is
	// withheld with its item.
	TopShare         decimal.Decimal
	TopShareReason   string
	TopShareWithheld bool
	// The top boxes counted as favourable, for Compare; 0 when read
	// from JSON, which does not store them.
	TopBoxes int
}

// Part is the figures of the whole instrument, a dimension or an item.
type Part struct {
	Name     string
	Figures  Figures // when Reason is empty
	Reason   string  // why there are no figures; empty when there are
	Withheld bool    // the figures exist but are withheld (confidentiality)
	// Dimensions only: Cronbach's alpha, or why there is none, and the
	// respondents who answered all the dimension's items.
	Alpha         decimal.Decimal
	AlphaN        int
	AlphaReason   string
	AlphaWithheld bool
}

// Report computes v's figures; the zero View gives the zero Report.
func (v View) Report() Report {
	if v.t == nil {
		return Report{}
	}
	r := Report{Respondents: v.Respondents(), Segments: v.Segments(), TopBoxes: v.topBoxes}
	part := func(name string, f Figures, err error) Part {
		if err != nil {
			return Part{Name: name, Reason: reason(err)}
		}
		return Part{Name: name, Figures: f}
	}
	f, err := v.Total()
	r.Total = part("", f, err)
	for _, d := range v.t.in.dims {
		f, err := v.Dimension(d)
		p := part(d, f, err)
		a, n, err := v.Alpha(d)
		p.AlphaN = n
		if err != nil {
			p.AlphaReason = reason(err)
		} else {
			p.Alpha = a
		}
		r.Dimensions = append(r.Dimensions, p)
	}
	for _, it := range v.t.in.items {
		f, err := v.Item(it.Code)
		r.Items = append(r.Items, part(it.Code, f, err))
	}
	if n, err := v.NPS(); err != nil {
		r.NPSReason = reason(err)
	} else {
		r.NPS = n
	}
	return r
}

// reason returns the message of a figure's error without the sentinel's
// text, which the public packages add with their own prefix.
func reason(err error) string {
	if e, ok := err.(*sentinelError); ok {
		return e.msg
	}
	return err.Error()
}

// IsValid reports whether r holds figures.
func (r *Report) IsValid() bool { return r != nil && r.Respondents > 0 }

// Dimension returns the part of the named dimension, and false when there
// is none.
func (r *Report) Dimension(name string) (Part, bool) { return find(r.Dimensions, name) }

// Item returns the part of the item with the code, ignoring case, spaces,
// "_" and "-" as Instrument.Lookup does, and false when there is none.
func (r *Report) Item(code string) (Part, bool) {
	var buf, pbuf [64]byte
	key, ok := fold.Append(buf[:0], code, false)
	if !ok {
		return Part{}, false
	}
	for _, p := range r.Items {
		if k, ok := fold.Append(pbuf[:0], p.Name, false); ok && string(k) == string(key) {
			return p, true
		}
	}
	return Part{}, false
}

func find(parts []Part, name string) (Part, bool) {
	for _, p := range parts {
		if p.Name == name {
			return p, true
		}
	}
	return Part{}, false
}

// Equal reports whether r and o hold the same figures and reasons.
func (r *Report) Equal(o *Report) bool {
	if r == nil || o == nil {
		return r == o
	}
	return r.Respondents == o.Respondents && r.Total.equal(o.Total) &&
		slices.EqualFunc(r.Dimensions, o.Dimensions, Part.equal) && slices.EqualFunc(r.Items, o.Items, Part.equal) &&
		r.Segments == o.Segments && r.NPS == o.NPS && r.NPSReason == o.NPSReason && r.NPSWithheld == o.NPSWithheld &&
		r.TopShare.Equal(o.TopShare) && r.TopShareReason == o.TopShareReason && r.TopShareWithheld == o.TopShareWithheld
}

func (p Part) equal(o Part) bool {
	return p.Name == o.Name && p.Figures.Equal(o.Figures) && p.Reason == o.Reason && p.Withheld == o.Withheld &&
		p.Alpha.Equal(o.Alpha) && p.Alpha.Exponent() == o.Alpha.Exponent() && p.AlphaN == o.AlphaN &&
		p.AlphaReason == o.AlphaReason && p.AlphaWithheld == o.AlphaWithheld
}

// Equal reports whether f and o hold the same figures at the same places.
func (f Figures) Equal(o Figures) bool {
	return f.Mean.Equal(o.Mean) && f.Mean.Exponent() == o.Mean.Exponent() &&
		f.Favourable.Equal(o.Favourable) && f.Favourable.Exponent() == o.Favourable.Exponent() &&
		f.Answers == o.Answers && f.Missing == o.Missing && f.Bounded == o.Bounded &&
		(!f.Bounded || sameFigure(f.MeanLo, o.MeanLo) && sameFigure(f.MeanHi, o.MeanHi) &&
			sameFigure(f.FavLo, o.FavLo) && sameFigure(f.FavHi, o.FavHi))
}

func sameFigure(a, b decimal.Decimal) bool { return a.Equal(b) && a.Exponent() == b.Exponent() }

// FiguresJSON is the JSON form of Figures, decimals as strings at their
// places.
type FiguresJSON struct {
	Mean       string `json:"mean"`
	Favourable string `json:"favourable"`
	Answers    int    `json:"answers"`
	Missing    int    `json:"missing"`
	// The 95% intervals, since v1.1.0.
	MeanLo       string `json:"mean_lo,omitempty"`
	MeanHi       string `json:"mean_hi,omitempty"`
	FavourableLo string `json:"favourable_lo,omitempty"`
	FavourableHi string `json:"favourable_hi,omitempty"`
}

// JSON returns f's JSON form.
func (f Figures) JSON() FiguresJSON {
	j := FiguresJSON{Mean: exact.Fixed(f.Mean), Favourable: exact.Fixed(f.Favourable), Answers: f.Answers, Missing: f.Missing}
	if f.Bounded {
		j.MeanLo, j.MeanHi, j.FavourableLo, j.FavourableHi = exact.Fixed(f.MeanLo), exact.Fixed(f.MeanHi), exact.Fixed(f.FavLo), exact.Fixed(f.FavHi)
	}
	return j
}

// PartJSON is an item's or a dimension's figures in JSON: its figures, or
// the reason it has none; for a dimension, its alpha or the reason it has
// none.
type PartJSON struct {
	Name string `json:"name"`
	*FiguresJSON
	Reason           string `json:"reason,omitempty"`
	Withheld         bool   `json:"withheld,omitempty"`
	Alpha            string `json:"alpha,omitempty"`
	AlphaRespondents int    `json:"alpha_respondents,omitempty"`
	AlphaReason      string `json:"alpha_reason,omitempty"`
	AlphaWithheld    bool   `json:"alpha_withheld,omitempty"`
}

// ReportJSON is the JSON form of a Report.
type ReportJSON struct {
	Respondents   int          `json:"respondents"`
	Total         *FiguresJSON `json:"total,omitempty"`
	TotalReason   string       `json:"total_reason,omitempty"`
	TotalWithheld bool         `json:"total_withheld,omitempty"`
	Dimensions    []PartJSON   `json:"dimensions"`
	Items         []PartJSON   `json:"items"`
	NPS           *NPSFigures  `json:"nps,omitempty"`
	NPSReason     string       `json:"nps_reason,omitempty"`
	NPSWithheld   bool         `json:"nps_withheld,omitempty"`
}

// JSON returns the JSON form of r: a figure that cannot be given is left
// out, never written as zero, and its reason is written instead.
func (r *Report) JSON() ReportJSON {
	out := ReportJSON{Respondents: r.Respondents, Dimensions: []PartJSON{}, Items: []PartJSON{}, NPSReason: r.NPSReason, NPSWithheld: r.NPSWithheld}
	if r.Total.Reason == "" {
		j := r.Total.Figures.JSON()
		out.Total = &j
	} else {
		out.TotalReason, out.TotalWithheld = r.Total.Reason, r.Total.Withheld
	}
	for _, p := range r.Dimensions {
		out.Dimensions = append(out.Dimensions, p.json())
	}
	for _, p := range r.Items {
		out.Items = append(out.Items, p.json())
	}
	if r.NPSReason == "" {
		n := r.NPS
		out.NPS = &n
	}
	return out
}

func (p Part) json() PartJSON {
	j := PartJSON{Name: p.Name, Reason: p.Reason, Withheld: p.Withheld, AlphaReason: p.AlphaReason, AlphaWithheld: p.AlphaWithheld}
	if p.Reason == "" {
		f := p.Figures.JSON()
		j.FiguresJSON = &f
	}
	j.AlphaRespondents = p.AlphaN
	if p.AlphaReason == "" && p.AlphaN > 0 {
		j.Alpha = exact.Fixed(p.Alpha)
	}
	return j
}

// Shape is what a Report's JSON is checked against: the instrument's
// scale and, when known, its item codes and dimensions.
type Shape struct {
	Min, Max int
}

// Report reads a Report back from its JSON form and checks that it could
// have been computed: every figure at its places and within its range,
// counts that add up (each item's answers and missing make the
// respondents; a dimension's and the total's are the sums of their items';
// the segments and the NPS counts make the respondents; the NPS score is
// the one its counts give), alpha at most 1, and a reason wherever a
// figure is missing. dims says which items each dimension holds, in the
// order of j.Dimensions, by index into j.Items; nil when the caller does
// not know (then dimension sums are not checked).
func (j ReportJSON) Report(s Shape, dims [][]int) (Report, error) {
	bad := func(format string, args ...any) (Report, error) {
		return Report{}, errf(errInvalid, format, args...)
	}
	if j.Respondents < 1 {
		return bad("%d respondents", j.Respondents)
	}
	if j.NPSWithheld && j.NPSReason == "" {
		return bad("NPS withheld without a reason")
	}
	r := Report{Respondents: j.Respondents, NPSReason: j.NPSReason, NPSWithheld: j.NPSWithheld}
	var err error
	if r.Total, err = s.part("total", PartJSON{FiguresJSON: j.Total, Reason: j.TotalReason, Withheld: j.TotalWithheld}, j.Respondents, false); err != nil {
		return Report{}, err
	}
	for _, p := range j.Dimensions {
		x, err := s.part("dimension "+strconv.Quote(p.Name), p, j.Respondents, true)
		if err != nil {
			return Report{}, err
		}
		r.Dimensions = append(r.Dimensions, x)
	}
	seen := map[string]bool{}
	var ans, miss int
	whole := true // every item has figures, so the total is their sum
	for _, p := range j.Items {
		if seen[p.Name] || p.Name == "" {
			return bad("item %q listed twice, or without a code", p.Name)
		}
		seen[p.Name] = true
		x, err := s.part("item "+strconv.Quote(p.Name), p, j.Respondents, false)
		if err != nil {
			return Report{}, err
		}
		// An item's answers and blanks are its respondents. An item
		// without figures (none answered it, or they are withheld) says
		// nothing of the sums.
		a, m := x.counts()
		if x.Reason != "" {
			whole = false
		} else if a+m != j.Respondents {
			return bad("item %q: %d answers and %d missing for %d respondents", p.Name, a, m, j.Respondents)
		}
		ans, miss = ans+a, miss+m
		r.Items = append(r.Items, x)
	}
	if len(r.Items) == 0 {
		return bad("no items")
	}
	if a, m := r.Total.counts(); whole && r.Total.Reason == "" && (a != ans || m != miss) {
		return bad("total: %d answers and %d missing, but its items have %d and %d", a, m, ans, miss)
	}
	if dims != nil {
		if len(dims) != len(r.Dimensions) {
			return bad("%d dimensions for %d item lists", len(r.Dimensions), len(dims))
		}
		for d, items := range dims {
			var a, m int
			complete := r.Dimensions[d].Reason == ""
			for _, i := range items {
				ia, im := r.Items[i].counts()
				a, m = a+ia, m+im
				complete = complete && r.Items[i].Reason == ""
			}
			if da, dm := r.Dimensions[d].counts(); complete && (da != a || dm != m) {
				return bad("dimension %q: %d answers and %d missing, but its items have %d and %d", r.Dimensions[d].Name, da, dm, a, m)
			}
		}
	}
	if j.NPS != nil {
		if j.NPSReason != "" {
			return bad("NPS with a reason it has none")
		}
		n := *j.NPS
		answered := n.Promoters + n.Passives + n.Detractors
		if n.Promoters < 0 || n.Passives < 0 || n.Detractors < 0 || n.Missing < 0 || answered < 1 || answered+n.Missing != j.Respondents {
			return bad("NPS counts %d, %d, %d and %d missing for %d respondents", n.Promoters, n.Passives, n.Detractors, n.Missing, j.Respondents)
		}
		if want := int(exact.Percent(int64(n.Promoters-n.Detractors), int64(answered), 0).IntPart()); n.Score != want {
			return bad("NPS score %d, but its counts give %d", n.Score, want)
		}
		r.NPS = n
	} else if j.NPSReason == "" {
		return bad("no NPS and no reason")
	}
	return r, nil
}

// SetSegments sets the segment counts read from JSON, checking that they
// make the respondents.
func (r *Report) SetSegments(s [4]int) error {
	sum := 0
	for _, c := range s {
		if c < 0 {
			return errf(errInvalid, "segments %v: a negative count", s)
		}
		sum += c
	}
	if sum != r.Respondents {
		return errf(errInvalid, "segments %v add up to %d, not the %d respondents", s, sum, r.Respondents)
	}
	r.Segments = s
	return nil
}

// counts returns the part's answers and missing answers, or 0 and 0 when
// it has no figures.
func (p Part) counts() (answers, missing int) {
	if p.Reason != "" {
		return 0, 0
	}
	return p.Figures.Answers, p.Figures.Missing
}

// part reads one part and checks its figures: the mean at two places on
// the scale, the percentage at one within 0–100, counts within the
// respondents; alpha (dimensions only) at three places, at most 1, over
// 2 to n respondents.
func (s Shape) part(what string, j PartJSON, n int, dim bool) (Part, error) {
	bad := func(format string, args ...any) (Part, error) {
		return Part{}, errf(errInvalid, "%s: "+format, append([]any{what}, args...)...)
	}
	p := Part{Name: j.Name, Reason: j.Reason, Withheld: j.Withheld, AlphaReason: j.AlphaReason, AlphaWithheld: j.AlphaWithheld}
	switch {
	case j.Withheld && j.Reason == "", j.AlphaWithheld && j.AlphaReason == "":
		return bad("withheld without a reason")
	case j.FiguresJSON == nil && j.Reason == "":
		return bad("no figures and no reason")
	case j.FiguresJSON != nil && j.Reason != "":
		return bad("figures and a reason it has none")
	case j.FiguresJSON != nil:
		f := j.FiguresJSON
		mean, ok1 := exact.ParseDecimal(f.Mean)
		fav, ok2 := exact.ParseDecimal(f.Favourable)
		switch {
		case !ok1 || mean.Exponent() != -MeanPlaces || mean.LessThan(decimal.New(int64(s.Min), 0)) || mean.GreaterThan(decimal.New(int64(s.Max), 0)):
			return bad("mean %q is not a figure at %d places on the scale %d–%d", text.Cut(f.Mean), MeanPlaces, s.Min, s.Max)
		case !ok2 || fav.Exponent() != -PercentPlaces || fav.Sign() < 0 || fav.GreaterThan(decimal.New(100, 0)):
			return bad("percentage favourable %q is not a figure at %d place within 0–100", text.Cut(f.Favourable), PercentPlaces)
		case f.Answers < 1 || f.Missing < 0:
			return bad("%d answers and %d missing", f.Answers, f.Missing)
		}
		p.Figures = Figures{Mean: mean, Favourable: fav, Answers: f.Answers, Missing: f.Missing}
		if err := s.bounds(f, &p.Figures); err != nil {
			return bad("%v", err)
		}
	}
	switch {
	case !dim && (j.Alpha != "" || j.AlphaReason != ""):
		return bad("alpha belongs to a dimension")
	case !dim:
	case j.Alpha == "" && j.AlphaReason == "":
		return bad("no alpha and no reason")
	case j.Alpha != "" && j.AlphaReason != "":
		return bad("alpha and a reason it has none")
	case j.Alpha == "" && (j.AlphaRespondents < 0 || j.AlphaRespondents > n):
		return bad("%d respondents answered all its items, of %d", j.AlphaRespondents, n)
	case j.Alpha == "":
		p.AlphaN = j.AlphaRespondents
	case j.Alpha != "":
		a, ok := exact.ParseDecimal(j.Alpha)
		if !ok || a.Exponent() != -AlphaPlaces || a.GreaterThan(decimal.New(1, 0)) || j.AlphaRespondents < 2 || j.AlphaRespondents > n {
			return bad("alpha %q over %d respondents is not a figure at %d places, at most 1, over 2 to %d respondents",
				text.Cut(j.Alpha), j.AlphaRespondents, AlphaPlaces, n)
		}
		p.Alpha, p.AlphaN = a, j.AlphaRespondents
	}
	return p, nil
}

// GroupReport is one subgroup's figures, or only its count when it is
// suppressed.
type GroupReport struct {
	Name        string
	Respondents int
	Suppressed  bool
	Reason      string // why it is suppressed; empty when it is not
	Report      Report // its figures, when it is not suppressed
}

// Reports returns the figures of the whole survey and of each subgroup,
// sorted by name, under the confidentiality threshold o.Confidentiality,
// which applies to respondents and to answers alike:
//
//   - a subgroup with fewer respondents than the threshold, or one whose
//     publication would reveal such respondents by difference, reports
//     only its count (GroupViews);
//   - in the whole survey and in every published subgroup, a figure with
//     fewer answers behind it than the threshold is withheld, with its
//     reason: the total, a dimension or an item with fewer answers, alpha
//     with fewer complete respondents, the NPS with fewer answers to the
//     recommendation item;
//   - then, figure by figure, while the answers in the whole survey's
//     figure that no published subgroup's figure holds are at least one
//     but fewer than the threshold (so that the whole survey minus the
//     published subgroups would reveal them), the subgroup figure with the
//     fewest answers is withheld too (complementary suppression).
//
// This follows the per-question minimum of survey platforms (Culture Amp,
// Qualtrics): a result is hidden when too few people answered that
// question, not only when the group is small.
func (s *Set) Reports(o Options) (Report, []GroupReport) {
	report := func(v View) Report {
		r := v.Report()
		if o.TopShareItem != "" {
			r.TopShare, r.TopShareReason = v.topShare(o.TopShareItem)
		}
		return r
	}
	whole := NewView(s.all, o.TopBoxes)
	whole.pop = int64(o.Population)
	all := report(whole)
	var groups []GroupReport
	for _, g := range s.GroupViews(o) {
		gr := GroupReport{Name: g.Name, Respondents: g.Respondents, Suppressed: g.Suppressed, Reason: g.Reason}
		if !g.Suppressed {
			gr.Report = report(g.View)
		}
		groups = append(groups, gr)
	}
	t := o.Confidentiality
	// The answers behind each figure, before anything is withheld, by key.
	keys := all.keys()
	for _, k := range keys {
		whole, ok := all.answers(k)
		withheld := !ok || whole < t
		if withheld {
			all.withhold(k, fmt.Sprintf("%d answers, below the confidentiality threshold of %d", whole, t))
		}
		published := 0
		for i := range groups {
			g := &groups[i]
			if g.Suppressed {
				continue
			}
			n, ok := g.Report.answers(k)
			switch {
			case !ok:
			case n < t:
				g.Report.withhold(k, fmt.Sprintf("%d answers, below the confidentiality threshold of %d", n, t))
			default:
				published += n
			}
		}
		if withheld || k.alpha {
			continue // no whole-survey figure to subtract from; alpha is not a sum
		}
		for residual := whole - published; residual > 0 && residual < t; {
			best := -1
			var bestN int
			for i := range groups {
				if groups[i].Suppressed {
					continue
				}
				if n, ok := groups[i].Report.answers(k); ok && n >= t && (best < 0 || n < bestN) {
					best, bestN = i, n
				}
			}
			if best < 0 {
				break
			}
			groups[best].Report.withhold(k, fmt.Sprintf("complementary suppression: published, it would reveal by difference the %d answers in no published subgroup", residual))
			residual += bestN
		}
	}
	all.withholdTop(o.TopShareItem)
	for i := range groups {
		groups[i].Report.withholdTop(o.TopShareItem)
	}
	return all, groups
}

// withholdTop withholds the top share with its item.
func (r *Report) withholdTop(item string) {
	if p, ok := r.Item(item); item != "" && ok && p.Withheld && r.TopShareReason == "" {
		r.TopShare, r.TopShareReason, r.TopShareWithheld = decimal.Decimal{}, p.Reason, true
	}
}

// figureKey names one figure of a Report: the total (part -1, not
// dimension or item), a dimension's or an item's figures, a dimension's
// alpha, or the NPS.
type figureKey struct {
	dim, item, alpha, nps bool
	i                     int
}

func (r *Report) keys() []figureKey {
	out := []figureKey{{i: -1}}
	for i := range r.Dimensions {
		out = append(out, figureKey{dim: true, i: i}, figureKey{dim: true, alpha: true, i: i})
	}
	for i := range r.Items {
		out = append(out, figureKey{item: true, i: i})
	}
	return append(out, figureKey{nps: true})
}

// answers returns the answers behind the figure k, and false when the
// figure is missing (no answers, no variance, no recommendation item, or
// already withheld).
func (r *Report) answers(k figureKey) (int, bool) {
	switch {
	case k.nps:
		return r.NPS.Promoters + r.NPS.Passives + r.NPS.Detractors, r.NPSReason == ""
	case k.alpha:
		p := r.Dimensions[k.i]
		return p.AlphaN, p.AlphaReason == ""
	}
	p := r.part(k)
	return p.Figures.Answers, p.Reason == ""
}

func (r *Report) part(k figureKey) *Part {
	switch {
	case k.dim:
		return &r.Dimensions[k.i]
	case k.item:
		return &r.Items[k.i]
	}
	return &r.Total
}

// withhold removes the figure k, giving why.
func (r *Report) withhold(k figureKey, why string) {
	switch {
	case k.nps:
		if r.NPSReason == "" {
			r.NPS, r.NPSReason, r.NPSWithheld = NPSFigures{}, why, true
		}
	case k.alpha:
		if p := &r.Dimensions[k.i]; p.AlphaReason == "" {
			p.Alpha, p.AlphaReason, p.AlphaWithheld = decimal.Decimal{}, why, true
		}
	default:
		if p := r.part(k); p.Reason == "" {
			p.Figures, p.Reason, p.Withheld = Figures{}, why, true
		}
	}
}
