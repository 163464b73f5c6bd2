package akhlak

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/go-asn/berakhlak/category"
	"github.com/go-asn/berakhlak/internal/exact"
	"github.com/go-asn/berakhlak/internal/likert"
	"github.com/shopspring/decimal"
)

// NoAnswer marks a behaviour the respondent did not rate. It is counted as
// missing, never as zero.
const NoAnswer int8 = likert.Missing

// RatingScale is the answer scale of a rating (Likert) instrument, set by
// the caller: min…max, with 0 ≤ min < max ≤ 100. The zero RatingScale is
// invalid.
type RatingScale struct{ min, max int8 }

// DefaultRatingScale returns 1–5, the library default.
func DefaultRatingScale() RatingScale { return RatingScale{1, 5} }

// NewRatingScale returns the scale min…max. It wraps [ErrInvalidInstrument]
// unless 0 ≤ min < max ≤ 100.
func NewRatingScale(min, max int) (RatingScale, error) {
	if min < 0 || max > likert.MaxPoint || min >= max {
		return RatingScale{}, fmt.Errorf("akhlak: rating scale %d–%d: need 0 ≤ min < max ≤ %d: %w", min, max, likert.MaxPoint, ErrInvalidInstrument)
	}
	return RatingScale{int8(min), int8(max)}, nil
}

// Min returns the lowest answer.
func (s RatingScale) Min() int { return int(s.min) }

// Max returns the highest answer.
func (s RatingScale) Max() int { return int(s.max) }

// IsValid reports whether s is a valid scale.
func (s RatingScale) IsValid() bool { return s.min >= 0 && s.min < s.max }

// String returns e.g. "1–5"; [ParseRatingScale] reads it back.
func (s RatingScale) String() string {
	return strconv.Itoa(int(s.min)) + "–" + strconv.Itoa(int(s.max))
}

// ParseRatingScale reads a scale written "MIN-MAX" or "MIN–MAX" (with an
// en dash, as String writes it), e.g. "1-5". The result is checked as by
// [NewRatingScale].
func ParseRatingScale(text string) (RatingScale, error) {
	lo, hi, ok := strings.Cut(text, "–")
	if !ok {
		lo, hi, ok = strings.Cut(text, "-")
	}
	a, errA := strconv.Atoi(strings.TrimSpace(lo))
	b, errB := strconv.Atoi(strings.TrimSpace(hi))
	if !ok || errA != nil || errB != nil {
		return RatingScale{}, fmt.Errorf("akhlak: rating scale %q: want MIN-MAX, e.g. 1-5: %w", text, ErrInvalidInstrument)
	}
	return NewRatingScale(a, b)
}

// RatingTally counts the answers of a rating instrument (make one with
// [NewRatingTally]; the zero RatingTally has no scale and refuses answers): one answer per
// behaviour, in the official order BP1…KL3, on a [RatingScale]. It holds a
// histogram per behaviour, in integers only; adding a respondent does not
// allocate. It merges and serialises like [BallotTally], and maps onto a
// distributed combiner the same way. It is not safe for concurrent use.
type RatingTally struct {
	scale RatingScale
	t     *likert.Tally
}

// NewRatingTally returns an empty tally on the scale.
func NewRatingTally(s RatingScale) (*RatingTally, error) {
	if !s.IsValid() {
		return nil, fmt.Errorf("akhlak: NewRatingTally with an invalid scale: %w", ErrInvalidInstrument)
	}
	t, err := likert.New(21, int(s.min), int(s.max))
	if err != nil {
		return nil, fmt.Errorf("akhlak: %v: %w", err, ErrInvalidInstrument)
	}
	return &RatingTally{scale: s, t: t}, nil
}

// Scale returns the tally's answer scale.
func (t *RatingTally) Scale() RatingScale { return t.scale }

// Respondents returns the number of respondents added.
func (t *RatingTally) Respondents() int {
	if t.t == nil {
		return 0
	}
	return int(t.t.Respondents())
}

// Add counts one respondent's 21 answers, in the order of [Behaviours];
// [NoAnswer] marks a missing answer. respondent names the respondent in
// errors only. The answers are checked before anything is counted, so a
// rejected row leaves the tally unchanged: a length other than 21 wraps
// [ErrInvalidInput]; an answer outside the scale, or a row with no answer
// at all (which must not count toward the minimum), is an [*AnswerError]
// wrapping [ErrInvalidAnswer].
func (t *RatingTally) Add(respondent string, answers []int8) error {
	if t.t == nil {
		return fmt.Errorf("akhlak: Add on a RatingTally not made by NewRatingTally: %w", ErrInvalidInstrument)
	}
	if len(answers) != 21 {
		return fmt.Errorf("akhlak: respondent %q: %d answers, want 21: %w", respondent, len(answers), ErrInvalidInput)
	}
	answered := false
	for _, a := range answers {
		answered = answered || a != NoAnswer
	}
	if !answered {
		return &AnswerError{Respondent: respondent, Field: "answers", Answer: "none",
			Reason: "no behaviour rated; a blank row is not a respondent", Err: ErrInvalidAnswer}
	}
	if i := t.t.Check(answers); i >= 0 {
		return &AnswerError{Respondent: respondent, Field: codes[i+1], Answer: strconv.Itoa(int(answers[i])),
			Reason: "outside the scale " + t.scale.String(), Err: ErrInvalidAnswer}
	}
	t.t.Add(answers)
	return nil
}

// Merge adds o's counts to t. Both must have the same scale; otherwise
// Merge returns an error wrapping [ErrInvalidInstrument] and changes
// nothing.
func (t *RatingTally) Merge(o *RatingTally) error {
	if t.t == nil || o.t == nil {
		return fmt.Errorf("akhlak: Merge with a RatingTally not made by NewRatingTally: %w", ErrInvalidInstrument)
	}
	if err := t.t.Merge(o.t); err != nil {
		return fmt.Errorf("akhlak: %v: %w", err, ErrInvalidInstrument)
	}
	return nil
}

// Equal reports whether t and o have the same scale and counts.
func (t *RatingTally) Equal(o *RatingTally) bool {
	if t.t == nil || o.t == nil {
		return t.t == nil && o.t == nil
	}
	return t.scale == o.scale && t.t.Equal(o.t)
}

// Result checks the tally against its minimum number of respondents and,
// if it qualifies, returns its result. Below the minimum it returns an
// [*InsufficientError]. A value none of whose three behaviours has a
// single answer has no score, and Result returns an error wrapping
// [ErrInsufficientRespondents] that names the value.
func (t *RatingTally) Result(min Minimum) (RatingResult, error) {
	if t.t == nil {
		return RatingResult{}, fmt.Errorf("akhlak: Result of a RatingTally not made by NewRatingTally: %w", ErrInvalidInstrument)
	}
	n := t.Respondents()
	if err := min.Check(n); err != nil {
		return RatingResult{}, err
	}
	if n == 0 {
		return RatingResult{}, &InsufficientError{Respondents: 0, Minimum: min}
	}
	r := RatingResult{scale: t.scale, min: min, n: n}
	for i := 0; i < 21; i++ {
		c, s := t.t.Answered(i)
		r.count[i], r.sum[i] = int64(c), int64(s)
		r.missing[i] = int64(t.t.MissingCount(i))
	}
	for _, v := range Values() {
		if c, _ := r.valueSums(v); c == 0 {
			return RatingResult{}, fmt.Errorf("akhlak: no answers for %s: %w", v, ErrInsufficientRespondents)
		}
	}
	return r, nil
}

// RatingResult is the result of a rating survey that met its minimum. Every
// figure is computed exactly from integer sums and rounded half-up once.
type RatingResult struct {
	scale   RatingScale
	min     Minimum
	n       int
	count   [21]int64 // answers per behaviour
	sum     [21]int64 // sum of answers per behaviour
	missing [21]int64
}

// Respondents returns the number of respondents.
func (r RatingResult) Respondents() int { return r.n }

// Minimum returns the minimum the result was checked against.
func (r RatingResult) Minimum() Minimum { return r.min }

// Scale returns the answer scale.
func (r RatingResult) Scale() RatingScale { return r.scale }

func (r RatingResult) valueSums(v Value) (count, sum int64) {
	for _, b := range v.Behaviours() {
		count += r.count[b-1]
		sum += r.sum[b-1]
	}
	return count, sum
}

// Score returns the value's score on 0–100: the mean of all answers to its
// three behaviours, rescaled as
//
//	(mean − min) / (max − min) × 100
//
// computed exactly and rounded half-up once to one decimal place. This is
// the library default for rating instruments (RULES.md §3.2: the
// government publishes no formula); missing answers are left out, never
// counted as zero. It returns zero for an invalid value.
func (r RatingResult) Score(v Value) decimal.Decimal {
	if !v.IsValid() {
		return decimal.Decimal{}
	}
	num, den := r.valueRatio(v)
	return exact.Ratio(num, den, IndexPlaces)
}

// valueRatio returns the value's score as num/den: (sum − min·count)·100 /
// (count·(max − min)).
func (r RatingResult) valueRatio(v Value) (num, den int64) {
	c, s := r.valueSums(v)
	return (s - int64(r.scale.min)*c) * 100, c * int64(r.scale.max-r.scale.min)
}

// Profile returns the seven published scores ([RatingResult.Score]).
func (r RatingResult) Profile() Profile { return profileOf(r.Score) }

// Index returns the Indeks BerAKHLAK: the unweighted mean of the seven
// exact value scores, rounded half-up once to one decimal place. It can
// differ by 0.1 from the mean of the seven published scores.
func (r RatingResult) Index() decimal.Decimal {
	var nums, dens [7]int64
	for i, v := range Values() {
		nums[i], dens[i] = r.valueRatio(v)
	}
	return exact.MeanOfRatios(nums[:], dens[:], IndexPlaces)
}

// Category returns the category of [RatingResult.Index] on
// [category.BerAKHLAK].
func (r RatingResult) Category() category.Band { return mustClassify(berakhlakScale, r.Index()) }

// Mean returns the mean answer to behaviour b, rounded half-up to places
// decimal places, and false when b has no answers.
func (r RatingResult) Mean(b Behaviour, places int32) (decimal.Decimal, bool) {
	if !b.IsValid() || r.count[b-1] == 0 {
		return decimal.Decimal{}, false
	}
	return exact.Ratio(r.sum[b-1], r.count[b-1], places), true
}

// Answered returns the number of answers to behaviour b.
func (r RatingResult) Answered(b Behaviour) int {
	if !b.IsValid() {
		return 0
	}
	return int(r.count[b-1])
}

// Missing returns the number of respondents who left behaviour b
// unanswered.
func (r RatingResult) Missing(b Behaviour) int {
	if !b.IsValid() {
		return 0
	}
	return int(r.missing[b-1])
}
