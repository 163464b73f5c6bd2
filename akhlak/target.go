package akhlak

import (
	"fmt"
	"strings"

	"github.com/go-asn/berakhlak/figure"
	"github.com/go-asn/berakhlak/internal/enum"
	"github.com/go-asn/berakhlak/survey"
	"github.com/shopspring/decimal"
)

// Target is a caller's target for a value's score or for the index. The
// government publishes no rule for setting one (an open rule; see the rule
// register in package berakhlak, "Baseline, target and progress"), so a
// target is always the caller's, and the library ships none. It is one of:
//
//   - a score to reach, "65.0": the figure at least that;
//   - a category to reach on [category.BerAKHLAK], "B": the figure at
//     least the category's lower bound (B: 50.0);
//   - a change from the baseline, "+5.0" or "-1.0" (with its sign): the
//     change at least that.
//
// [ParseTarget] reads that text and [Target.String] writes it. Target is a
// small comparable value; the zero Target is no target
// ([Target.IsValid] reports false).
type Target struct {
	kind   targetKind
	figure figure.Figure // the score, the band's lower bound, or the change
	letter string        // the band's letter
}

type targetKind uint8

const (
	targetScore targetKind = iota + 1
	targetBand
	targetChange
)

// maxTargetPlaces is the most places a target's figure may have.
const maxTargetPlaces = 4

// ParseTarget reads a target: a score within 0–100 in plain decimal
// notation ("65", "65.0"), a category letter A–D of [category.BerAKHLAK]
// in any case, or a change from the baseline with its sign ("+5.0",
// "-1.0") within ±100; at most four places. Spaces around the text are
// ignored. Anything else is a [*ParseError] wrapping [ErrInvalidTarget].
func ParseTarget(s string) (Target, error) {
	bad := func() (Target, error) { return Target{}, &ParseError{Input: s, Err: ErrInvalidTarget} }
	t := strings.TrimSpace(s)
	if len(t) == 1 {
		for _, b := range berakhlakScale.Bands() {
			if strings.EqualFold(t, b.Letter) {
				return Target{kind: targetBand, figure: figure.MustNew(b.Min, indexPlaces), letter: b.Letter}, nil
			}
		}
		if t[0] < '0' || t[0] > '9' {
			return bad()
		}
	}
	kind, body := targetScore, t
	if strings.HasPrefix(t, "+") || strings.HasPrefix(t, "-") {
		kind, body = targetChange, t[1:]
	}
	f, err := figure.Parse(body)
	if err != nil || f.Places() > maxTargetPlaces || f.Sign() < 0 || f.Cmp(figure.MustNew(hundredDecimal, 0)) > 0 {
		return bad()
	}
	if kind == targetChange && t[0] == '-' {
		f = figure.MustNew(f.Decimal().Neg(), f.Places())
	}
	return Target{kind: kind, figure: f}, nil
}

// MustParseTarget is like [ParseTarget] but panics on an error.
func MustParseTarget(s string) Target { return enum.Must(ParseTarget(s)) }

// IsValid reports whether t is a target, not the zero Target.
func (t Target) IsValid() bool { return t.kind != 0 }

// String returns the target as [ParseTarget] reads it: "65.0", "B" or
// "+5.0"; "no target" for the zero Target.
func (t Target) String() string {
	switch t.kind {
	case targetBand:
		return t.letter
	case targetChange:
		if t.figure.Sign() >= 0 {
			return "+" + t.figure.String()
		}
		return t.figure.String()
	case targetScore:
		return t.figure.String()
	}
	return "no target"
}

// AppendText appends the target's text to b, nothing for the zero Target.
func (t Target) AppendText(b []byte) ([]byte, error) {
	if !t.IsValid() {
		return b, nil
	}
	return append(b, t.String()...), nil
}

// MarshalText returns the target's text, and the empty text for the zero
// Target.
func (t Target) MarshalText() ([]byte, error) { return t.AppendText(nil) }

// UnmarshalText sets t from any text [ParseTarget] reads; the empty text
// sets the zero Target. On an error t is unchanged.
func (t *Target) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*t = Target{}
		return nil
	}
	x, err := ParseTarget(string(b))
	if err != nil {
		return err
	}
	*t = x
	return nil
}

// Equal reports whether t and o are the same target, written with the same
// places. It is the same as t == o.
func (t Target) Equal(o Target) bool { return t == o }

// Attain returns whether the change met t. A score or category target is
// judged on the current survey's figure ([Change.After]); a change target
// on [Change.Delta]. With the figure's 95% interval ([Change.AfterInterval]
// or [Change.Interval]), as published at one place, the target is met when
// the interval's lower bound reaches it, not met when the upper bound is
// below it, and not decidable otherwise: the survey cannot tell. Without
// an interval (a published profile without counts), the published figure
// alone decides, met or not met. An invalid c or t is an error wrapping
// [survey.ErrInvalidInput].
func (c Change) Attain(t Target) (survey.Attainment, error) {
	if !c.IsValid() || !t.IsValid() {
		return 0, fmt.Errorf("akhlak: Attain of a zero Change or Target (%s): %w", t, survey.ErrInvalidInput)
	}
	f, iv := c.after, c.afterIv
	if t.kind == targetChange {
		f, iv = c.delta, c.deltaIv
	}
	switch {
	case !iv.IsValid() && f.Cmp(t.figure) >= 0, iv.IsValid() && iv.Lo.Cmp(t.figure) >= 0:
		return survey.AttainmentMet, nil
	case !iv.IsValid(), iv.Hi.Cmp(t.figure) < 0:
		return survey.AttainmentNotMet, nil
	}
	return survey.AttainmentUndecided, nil
}

// Targets are a caller's targets for a survey: per value, and for the
// index. A value not in Values, or a zero Target, has no target.
type Targets struct {
	Values map[Value]Target
	Index  Target
}

// TargetRule is the caller's rule for [ProposeTargets]: the target of the
// baseline's lowest value (or values, when tied), of every other value,
// and of the index. A zero Target sets none. For example, "+5 points on
// the lowest value" is TargetRule{Lowest: MustParseTarget("+5.0")}, and
// "reach B on every value" is TargetRule{Lowest: MustParseTarget("B"),
// Others: MustParseTarget("B")}.
type TargetRule struct {
	Lowest Target
	Others Target
	Index  Target
}

// ProposeTargets proposes next year's targets from this year's profile
// (a survey's [BallotResult.Profile] or [RatingResult.Profile], or a
// published one) by the caller's rule: every value gets the rule's Lowest
// or Others target, and the index the rule's Index. A change target
// becomes the score it names, the baseline's figure plus the change, held
// within 0–100 ("+5.0" on 38.9 proposes "43.9"), which is the number a
// plan for next year writes down; a score or category target is kept as
// given. The library ships no target: every number comes from the
// caller's rule. The zero Profile is an error wrapping
// [survey.ErrInvalidInput].
func ProposeTargets(baseline Profile, rule TargetRule) (Targets, error) {
	if !baseline.IsValid() {
		return Targets{}, fmt.Errorf("akhlak: ProposeTargets from the zero Profile: %w", survey.ErrInvalidInput)
	}
	out := Targets{Values: map[Value]Target{}, Index: resolve(rule.Index, baseline.Index())}
	lowest := baseline.Lowest()
	for _, v := range Values() {
		t := rule.Others
		for _, l := range lowest {
			if l == v {
				t = rule.Lowest
			}
		}
		if t.IsValid() {
			out.Values[v] = resolve(t, baseline.Score(v))
		}
	}
	return out, nil
}

// resolve turns a change target into the score it names from base.
func resolve(t Target, base figure.Figure) Target {
	if t.kind != targetChange {
		return t
	}
	s := base.Decimal().Add(t.figure.Decimal())
	s = decimal.Min(decimal.Max(s, decimal.Zero), hundredDecimal)
	return Target{kind: targetScore, figure: figure.MustNew(s, max(base.Places(), t.figure.Places()))}
}
