package ikm

import (
	"errors"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"

	"github.com/go-asn/berakhlak/internal/likert"
	"github.com/go-asn/berakhlak/internal/tally"
	"github.com/go-asn/berakhlak/internal/text"
	"github.com/go-asn/berakhlak/survey"
)

// defaultConfidentiality is the confidentiality threshold of a group:
// library default, as for engagement subgroups (see the rule register).
const defaultConfidentiality = 5

// groupOptions are the options of the groups of a result.
type groupOptions struct {
	confidentiality int // 0 for the default
	minimums        map[string]survey.Minimum
}

// orDefault returns the options with the default threshold filled in.
func (g *groupOptions) orDefault() groupOptions {
	var o groupOptions
	if g != nil {
		o = *g
	}
	if o.confidentiality == 0 {
		o.confidentiality = defaultConfidentiality
	}
	return o
}

// minimum returns the minimum of the group named name: the one given, or
// the confidentiality threshold (library default).
func (g groupOptions) minimum(name string) survey.Minimum {
	if m, ok := g.minimums[name]; ok {
		return m
	}
	return survey.FixedMinimum(g.confidentiality)
}

func (g *groupOptions) check() error {
	if g == nil {
		return nil
	}
	if g.confidentiality < 0 {
		return fmt.Errorf("ikm: WithConfidentiality: want at least 1: %w", survey.ErrInvalidInput)
	}
	for _, name := range slices.Sorted(maps.Keys(g.minimums)) {
		if m := g.minimums[name]; name == "" || !m.IsValid() {
			return fmt.Errorf("ikm: WithGroupMinimum(%s, %v): want a group's name and a valid minimum: %w", text.Quote(name), m, survey.ErrInvalidInput)
		}
	}
	return nil
}

// WithConfidentiality gives figures only to groups with at least n
// respondents and at least n answers to every unsur, instead of 5 (library
// default, as for engagement subgroups); n must be at least 1. A group
// below it reports only its count, and complementary suppression keeps it
// from being recovered by difference (see [Result.Groups]).
func WithConfidentiality(n int) ResultOption {
	if n < 1 {
		n = -1 // refused by Tally.Result; 0 must not read as the default
	}
	return func(o *options) { o.groupOptions().confidentiality = n }
}

// WithGroupMinimum checks the group named name against min, e.g.
// survey.KrejcieMorgan of the number of people the jenis layanan served,
// instead of the confidentiality threshold alone (library default: the
// population of a group is seldom known). A group below its minimum
// reports only its count. Tally.Result refuses, with an error wrapping
// [survey.ErrInvalidInput], an empty name, an invalid minimum, or a name
// that is no group of the tally.
func WithGroupMinimum(name string, min survey.Minimum) ResultOption {
	return func(o *options) {
		g := o.groupOptions()
		if g.minimums == nil {
			g.minimums = map[string]survey.Minimum{}
		}
		g.minimums[name] = min
	}
}

// groupOptions returns o's group options, made on first use. Each
// ResultOption call gets its own options, so the map is never shared.
func (o *options) groupOptions() *groupOptions {
	if o.group == nil {
		o.group = &groupOptions{}
	}
	return o.group
}

// Group is the result of one group of respondents ([Response.Group]): a
// jenis layanan, a unit, a profile.
type Group struct {
	Name        string
	Respondents int
	// Suppressed is true when the group reports nothing but its count:
	// it has fewer respondents, or fewer answers to some unsur, than the
	// confidentiality threshold; it is below its own minimum
	// ([WithGroupMinimum]) or has no index; or publishing it would reveal
	// such a group by difference from the whole survey's figures
	// (complementary suppression). Result is then the zero Result.
	Suppressed bool
	Reason     string // why it is suppressed; empty when it is not
	// Result is the group's figures, pooled over its own respondents and
	// checked against its own minimum ([Result.Minimum]); it has no groups.
	Result Result
}

// Equal reports whether g and o are the same group with the same figures.
func (g Group) Equal(o Group) bool {
	return tally.EqualGroups([]Group{g}, []Group{o}, Result.Equal)
}

// groupSet is the groups of a result.
type groupSet struct {
	confidentiality int
	list            []Group
}

func (s *groupSet) equal(o *groupSet) bool {
	if s == nil || o == nil {
		return s == o
	}
	return s.confidentiality == o.confidentiality && tally.EqualGroups(s.list, o.list, Result.Equal)
}

// Groups returns the result of each group of respondents, sorted by name,
// or nil when the tally counted none ([Tally.AddResponse]). Each group's
// IKM is computed from its own respondents, as the unit's is from all of
// them: a published report pools, it does not average the groups' indices
// (derived). A group reports only its count (Suppressed, with the Reason)
// when it has fewer respondents, or fewer answers to some unsur, than the
// confidentiality threshold (5, [WithConfidentiality]); when it is below
// its own minimum, by default that threshold ([WithGroupMinimum]); or when
// an unsur has no answer in it. Then, while the respondents, or the
// answers to some unsur, of the whole survey that no published group
// holds are at least one but fewer than the threshold, the smallest
// published group is suppressed too (complementary suppression), so that
// the whole survey's figures minus the published groups' reveal nothing.
func (r Result) Groups() []Group {
	if r.groups == nil {
		return nil
	}
	return append([]Group(nil), r.groups.list...)
}

// groupResults returns the groups of t's result whole under g.
func (t *Tally) groupResults(whole Result, g groupOptions) *groupSet {
	th := g.confidentiality
	names := t.Groups()
	set := &groupSet{confidentiality: th, list: make([]Group, len(names))}
	counts := make([][]int, len(names))
	suppressed := make([]bool, len(names))
	for i, name := range names {
		h := t.groups[name]
		gr := Group{Name: name, Respondents: int(h.Respondents())}
		counts[i] = groupCounts(h)
		gr.Reason = belowThreshold(counts[i], th)
		if gr.Reason == "" {
			res, err := result(h, t.in, g.minimum(name), whole.opts)
			if err != nil {
				gr.Reason = noFigures(err)
			} else {
				gr.Result = res
			}
		}
		gr.Suppressed = gr.Reason != ""
		suppressed[i] = gr.Suppressed
		set.list[i] = gr
	}
	wholeCounts := make([]int, 1+numUnsur)
	wholeCounts[0] = whole.n
	for k := range numUnsur {
		wholeCounts[1+k] = int(whole.count[k])
	}
	for _, c := range tally.Complement(th, wholeCounts, counts, suppressed) {
		gr := &set.list[c.Group]
		what := "respondents"
		if c.Count > 0 {
			what = "answers to " + unsurCodes[c.Count]
		}
		gr.Suppressed, gr.Result = true, Result{}
		gr.Reason = fmt.Sprintf("complementary suppression: published, it would reveal by difference the %d %s in no published group", c.Residual, what)
	}
	return set
}

// groupCounts returns a group's respondents, then its answers to each
// unsur: the counts complementary suppression looks at.
func groupCounts(h *likert.Tally) []int {
	c := make([]int, 1+numUnsur)
	c[0] = int(h.Respondents())
	for k := range numUnsur {
		n, _ := h.Answered(k)
		c[1+k] = int(n)
	}
	return c
}

// belowThreshold returns why a group with counts c (groupCounts) is below
// the confidentiality threshold th, or "".
func belowThreshold(c []int, th int) string {
	if c[0] < th {
		return respondentsBelow(c[0], th)
	}
	for k := 1; k < len(c); k++ {
		if c[k] < th {
			return fmt.Sprintf("%d answers to %s, below the confidentiality threshold of %d", c[k], unsurCodes[k], th)
		}
	}
	return ""
}

// respondentsBelow returns the reason of a group of n respondents, fewer
// than the threshold th.
func respondentsBelow(n, th int) string {
	return fmt.Sprintf("%d respondents, below the confidentiality threshold of %d", n, th)
}

// noFigures returns why a group has no figures, from the error of its
// result.
func noFigures(err error) string {
	var ie *survey.InsufficientError
	if errors.As(err, &ie) {
		return fmt.Sprintf("%d respondents, below its minimum of %d (%s)", ie.Respondents, ie.Minimum.Required(), ie.Minimum)
	}
	return "no figures: " + err.Error()
}

// decodeGroups checks and returns the groups of x's JSON under the
// threshold th: at least one group and a threshold of at least 1; sorted
// by name, each listed once, with respondents; suppressed exactly when it
// has a reason and no figures; a published group's Result JSON valid (its
// own minimum met), of as many respondents, of x's instrument and
// options, without groups, with at least th respondents and th answers to
// every unsur; the groups together no more respondents than x; and the
// respondents and the answers to each unsur of x that no published group
// holds either none or at least th, so that no suppressed group can be
// recovered by difference.
func (x Result) decodeGroups(th int, in []tally.GroupJSON) (*groupSet, error) {
	if th < 1 || len(in) == 0 {
		return nil, fmt.Errorf("groups %d under a confidentiality threshold of %d", len(in), th)
	}
	set := &groupSet{confidentiality: th}
	residual := make([]int, 1+numUnsur)
	residual[0] = x.n
	for k := range numUnsur {
		residual[1+k] = int(x.count[k])
	}
	sum := 0
	for i, gj := range in {
		name := text.Quote(gj.Name)
		switch {
		case gj.Name == "" || i > 0 && gj.Name <= in[i-1].Name:
			return nil, fmt.Errorf("group %s unnamed, out of order or listed twice", name)
		case gj.Respondents < 1:
			return nil, fmt.Errorf("group %s: %d respondents", name, gj.Respondents)
		case gj.Suppressed != (len(gj.Result) == 0 || string(gj.Result) == "null"):
			return nil, fmt.Errorf("group %s: suppressed %v, with figures %v", name, gj.Suppressed, !gj.Suppressed)
		case gj.Suppressed != (gj.Reason != ""):
			return nil, fmt.Errorf("group %s: suppressed %v, with a reason %q", name, gj.Suppressed, gj.Reason)
		}
		// The one reason a reader can check: fewer respondents than th.
		claims := strings.HasPrefix(gj.Reason, strconv.Itoa(gj.Respondents)+" respondents, below the confidentiality threshold")
		if small := respondentsBelow(gj.Respondents, th); (gj.Respondents < th) != claims || claims && gj.Reason != small {
			return nil, fmt.Errorf("group %s: %d respondents under a threshold of %d, with the reason %q", name, gj.Respondents, th, gj.Reason)
		}
		sum += gj.Respondents
		g := Group{Name: gj.Name, Respondents: gj.Respondents, Suppressed: gj.Suppressed, Reason: gj.Reason}
		if !gj.Suppressed {
			var gr Result
			if err := gr.UnmarshalJSON(gj.Result); err != nil {
				return nil, fmt.Errorf("group %s: %w", name, err)
			}
			o := x.opts
			o.group = nil
			switch {
			case gr.groups != nil || gr.in != x.in || gr.n != gj.Respondents:
				return nil, fmt.Errorf("group %s: its figures are of %d respondents of %s, with groups %v", name, gr.n, gr.in, gr.groups != nil)
			case gr.opts.hasWeight != o.hasWeight || o.hasWeight && !gr.opts.weight.Equal(o.weight) ||
				gr.opts.hasPlaces != o.hasPlaces || gr.opts.nrrPlaces != o.nrrPlaces:
				return nil, fmt.Errorf("group %s: its weight and NRR places are not the survey's", name)
			}
			c := make([]int, 1+numUnsur)
			c[0] = gr.n
			for k := range numUnsur {
				c[1+k] = int(gr.count[k])
			}
			if why := belowThreshold(c, th); why != "" {
				return nil, fmt.Errorf("group %s: published with %s", name, why)
			}
			for k := range residual {
				residual[k] -= c[k]
			}
			g.Result = gr
		}
		set.list = append(set.list, g)
	}
	if sum > x.n {
		return nil, fmt.Errorf("groups of %d respondents in a survey of %d", sum, x.n)
	}
	for k, n := range residual {
		what := "respondents"
		if k > 0 {
			what = "answers to " + unsurCodes[k]
		}
		if n < 0 || n > 0 && n < th {
			return nil, fmt.Errorf("%d %s in no published group: negative, or revealed by difference (below %d)", n, what, th)
		}
	}
	return set, nil
}
