package akhlak

import (
	"fmt"
	"strconv"

	"github.com/go-asn/berakhlak/category"
	"github.com/go-asn/berakhlak/figure"
	"github.com/go-asn/berakhlak/internal/exact"
	"github.com/go-asn/berakhlak/internal/likert"
	"github.com/go-asn/berakhlak/internal/limit"
	"github.com/go-asn/berakhlak/survey"
)

// RatingTally counts the answers of a rating instrument (make one with
// [NewRatingTally]; the zero RatingTally has no scale and refuses answers):
// one answer per behaviour, in the official order BP1…KL3, on a
// [survey.RatingScale]. It holds a histogram per behaviour, in integers
// only; adding a respondent does not allocate. It merges and serialises like
// [BallotTally], and maps onto a distributed combiner the same way. It is
// not safe for concurrent use.
type RatingTally struct {
	scale survey.RatingScale
	t     *likert.Tally
}

// NewRatingTally returns an empty tally on the scale.
func NewRatingTally(s survey.RatingScale) (*RatingTally, error) {
	if !s.IsValid() {
		return nil, fmt.Errorf("akhlak: NewRatingTally with an invalid scale: %w", survey.ErrInvalidInstrument)
	}
	t, err := likert.New(21, s.Min(), s.Max())
	if err != nil {
		return nil, fmt.Errorf("akhlak: %v: %w", err, survey.ErrInvalidInstrument)
	}
	return &RatingTally{scale: s, t: t}, nil
}

// Scale returns the tally's answer scale.
func (t *RatingTally) Scale() survey.RatingScale { return t.scale }

// IsValid reports whether t was made by [NewRatingTally] or read by its
// UnmarshalBinary: the zero tally has no scale and refuses answers.
func (t *RatingTally) IsValid() bool { return t != nil && t.t != nil }

// Respondents returns the number of respondents added.
func (t *RatingTally) Respondents() int {
	if t.t == nil {
		return 0
	}
	return int(t.t.Respondents())
}

// Add counts one respondent's 21 answers, in the order of [Behaviours];
// [survey.NoAnswer] marks a missing answer. respondent names the respondent
// in errors only. The answers are checked before anything is counted, so a
// rejected row leaves the tally unchanged. A length other than 21, an
// answer outside the scale, or a row with no answer at all (which must not
// count toward the minimum) is a [*survey.AnswerError] wrapping
// [survey.ErrInvalidAnswer]. A tally that holds the module's limit of 2^35
// respondents refuses every row with an error wrapping
// [survey.ErrInvalidInput] (see [RatingTally.Merge]).
func (t *RatingTally) Add(respondent string, answers []int8) error {
	if t.t == nil || len(answers) != 21 {
		return t.refuse(respondent, answers, -1)
	}
	if n := t.t.Respondents(); n >= limit.MaxRespondents {
		return exceeded("Add", n, 1)
	}
	if bad, answered := t.t.AddChecked(answers); bad >= 0 || !answered {
		return t.refuse(respondent, answers, bad)
	}
	return nil
}

// AddRows counts a batch of respondents whose answers are laid out row
// after row in one slice: respondent r's 21 answers, in the order of
// [Behaviours], are answers[21*r : 21*r+21]. It applies the checks of
// [RatingTally.Add] to every row, in order, and returns the number of rows
// counted. The batch is not all-or-nothing, but each row is: when a row is
// refused, the rows before it stay counted, that row and the rows after it
// are not, and AddRows returns the refused row's index n (the row is
// answers[21*n : 21*n+21]) with the [*survey.AnswerError] of
// [RatingTally.Add], whose Respondent is "row n". A length that is not a
// multiple of 21 counts nothing and returns 0 with an AnswerError whose
// Field is "answers". Rows that would pass the module's limit of 2^35
// respondents are refused the same way, the first of them with the error
// of Add. It is faster than Add in a loop on a scale of at most
// 0–6: it checks a block of rows while they are in the cache, then counts
// each two adjacent answers with one increment in a table of the pair,
// added to the tally at the end of the call. It does not allocate, except
// those tables the first time, or when it returns an error.
func (t *RatingTally) AddRows(answers []int8) (int, error) {
	if t.t == nil {
		return 0, fmt.Errorf("akhlak: AddRows on a RatingTally not made by NewRatingTally: %w", survey.ErrInvalidInstrument)
	}
	if len(answers)%21 != 0 {
		return 0, &survey.AnswerError{Respondent: "batch", Field: "answers", Answer: strconv.Itoa(len(answers)) + " answers",
			Reason: "not a whole number of rows of 21"}
	}
	if room := limit.Room(t.t.Respondents()); uint64(len(answers)/21) > room {
		n, err := t.AddRows(answers[:21*room])
		if err != nil {
			return n, err
		}
		return n, exceeded("AddRows", t.t.Respondents(), 1)
	}
	n := t.t.AddRows(answers)
	if 21*n == len(answers) {
		return n, nil
	}
	row := answers[21*n : 21*n+21]
	bad, _ := t.t.Scan(row)
	return n, t.refuse("row "+strconv.Itoa(n), row, bad)
}

// refuse returns the error for a row that Add refuses: bad is the index of
// the first answer outside the scale, or -1. It is kept out of Add so that
// Add's path for a good row stays short.
func (t *RatingTally) refuse(respondent string, answers []int8, bad int) error {
	switch {
	case t.t == nil:
		return fmt.Errorf("akhlak: Add on a RatingTally not made by NewRatingTally: %w", survey.ErrInvalidInstrument)
	case len(answers) != 21:
		return &survey.AnswerError{Respondent: respondent, Field: "answers", Answer: strconv.Itoa(len(answers)) + " answers",
			Reason: "want 21, one per behaviour"}
	case bad < 0:
		return &survey.AnswerError{Respondent: respondent, Field: "answers", Answer: "none",
			Reason: "no behaviour rated; a blank row is not a respondent"}
	}
	return &survey.AnswerError{Respondent: respondent, Field: codes[bad+1], Answer: strconv.Itoa(int(answers[bad])),
		Reason: "outside the scale " + t.scale.String()}
}

// Merge adds o's counts to t, which may be o itself. Both must have the
// same scale; otherwise Merge returns an error wrapping
// [survey.ErrInvalidInstrument]. A merge that would pass the limit of
// every tally of the module, 2^35 (34,359,738,368) respondents, so that no
// count or sum can overflow, returns an error wrapping
// [survey.ErrInvalidInput]. A refused merge changes nothing.
func (t *RatingTally) Merge(o *RatingTally) error {
	if t.t == nil || o.t == nil {
		return fmt.Errorf("akhlak: Merge with a RatingTally not made by NewRatingTally: %w", survey.ErrInvalidInstrument)
	}
	if n, m := t.t.Respondents(), o.t.Respondents(); limit.Room(n) < m {
		return exceeded("Merge", n, m)
	}
	if err := t.t.Merge(o.t); err != nil {
		return fmt.Errorf("akhlak: %v: %w", err, survey.ErrInvalidInstrument)
	}
	return nil
}

// Equal reports whether t and o have the same scale and counts.
func (t *RatingTally) Equal(o *RatingTally) bool {
	if !t.IsValid() || !o.IsValid() {
		return t.IsValid() == o.IsValid()
	}
	return t.scale == o.scale && t.t.Equal(o.t)
}

// Result checks the tally against its minimum number of respondents and,
// if it qualifies, returns its result. Below the minimum it returns a
// [*survey.InsufficientError]. A value none of whose three behaviours has a
// single answer has no score, and Result returns an error wrapping
// [survey.ErrNoFigure] that names the value.
func (t *RatingTally) Result(min survey.Minimum) (RatingResult, error) {
	if t.t == nil {
		return RatingResult{}, fmt.Errorf("akhlak: Result of a RatingTally not made by NewRatingTally: %w", survey.ErrInvalidInstrument)
	}
	n := t.Respondents()
	if err := min.Check(n); err != nil {
		return RatingResult{}, err
	}
	if n == 0 {
		return RatingResult{}, &survey.InsufficientError{Respondents: 0, Minimum: min}
	}
	r := RatingResult{scale: t.scale, min: min, n: n}
	for i := 0; i < 21; i++ {
		c, s := t.t.Answered(i)
		r.count[i], r.sum[i] = int64(c), int64(s)
		r.missing[i] = int64(t.t.MissingCount(i))
		r.sq[i] = int64(t.t.SumSquares(i))
	}
	r.hasSq = true
	for _, v := range Values() {
		if c, _ := r.valueSums(v); c == 0 {
			return RatingResult{}, fmt.Errorf("akhlak: no answers for %s: %w", v, survey.ErrNoFigure)
		}
	}
	return r, nil
}

// RatingResult is the result of a rating survey that met its minimum. It is
// an immutable value, safe for concurrent use. Every figure is computed
// exactly from integer sums and rounded half-up once, and carries its
// published places.
type RatingResult struct {
	scale   survey.RatingScale
	min     survey.Minimum
	n       int
	count   [21]int64 // answers per behaviour
	sum     [21]int64 // sum of answers per behaviour
	missing [21]int64
	// The sums of the squares of the answers per behaviour, for the
	// sampling error; a result read from JSON written before v1.1.0 has
	// none (hasSq false).
	sq    [21]int64
	hasSq bool
}

// IsValid reports whether r was returned by [RatingTally.Result]. The zero
// RatingResult has no figures: its scores and index are the zero Figure,
// its category the zero Band, and its MarshalJSON an error wrapping
// [survey.ErrNoFigure].
func (r RatingResult) IsValid() bool { return r.n > 0 }

// Respondents returns the number of respondents.
func (r RatingResult) Respondents() int { return r.n }

// Minimum returns the minimum the result was checked against.
func (r RatingResult) Minimum() survey.Minimum { return r.min }

// Scale returns the answer scale.
func (r RatingResult) Scale() survey.RatingScale { return r.scale }

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
// the library default for rating instruments (an open rule: the
// government publishes no formula); missing answers are left out, never
// counted as zero. It returns the zero (invalid) Figure for an invalid
// value or the zero RatingResult.
func (r RatingResult) Score(v Value) figure.Figure {
	if !v.IsValid() || !r.IsValid() {
		return figure.Figure{}
	}
	num, den := r.valueRatio(v)
	return figure.MustNew(exact.Ratio(num, den, indexPlaces), indexPlaces)
}

// valueRatio returns the value's score as num/den: (sum − min·count)·100 /
// (count·(max − min)).
func (r RatingResult) valueRatio(v Value) (num, den int64) {
	c, s := r.valueSums(v)
	return (s - int64(r.scale.Min())*c) * 100, c * int64(r.scale.Max()-r.scale.Min())
}

// ValueBand returns the category of v's score on [category.BerAKHLAK],
// and the zero Band for an invalid value or the zero RatingResult.
func (r RatingResult) ValueBand(v Value) category.Band {
	if !v.IsValid() || !r.IsValid() {
		return category.Band{}
	}
	return mustClassify(berakhlakScale, r.Score(v))
}

// Profile returns the seven published scores ([RatingResult.Score]) with
// this result's index: r.Profile().Index() equals r.Index().
func (r RatingResult) Profile() Profile {
	if !r.IsValid() {
		return Profile{}
	}
	return profileOf(r.Score, r.Index())
}

// Index returns the Indeks BerAKHLAK: the unweighted mean of the seven
// exact value scores, rounded half-up once to one decimal place. It can
// differ by 0.1 from the mean of the seven published scores;
// [RatingResult.Profile] carries this index. The zero RatingResult
// returns the zero (invalid) Figure.
func (r RatingResult) Index() figure.Figure {
	if !r.IsValid() {
		return figure.Figure{}
	}
	var nums, dens [7]int64
	for i, v := range Values() {
		nums[i], dens[i] = r.valueRatio(v)
	}
	return figure.MustNew(exact.MeanOfRatios(nums[:], dens[:], indexPlaces), indexPlaces)
}

// Band returns the category of [RatingResult.Index] on
// [category.BerAKHLAK].
func (r RatingResult) Band() category.Band {
	if !r.IsValid() {
		return category.Band{}
	}
	return mustClassify(berakhlakScale, r.Index())
}

// meanPlaces are the places of [RatingResult.Mean] (library default).
const meanPlaces = 2

// Mean returns the mean answer to behaviour b, computed exactly and rounded
// half-up once to two places (library default, the places of
// [RatingResult.MarshalJSON]); [RatingResult.MeanAt] gives other places. A
// behaviour nobody answered has no mean: the error wraps
// [survey.ErrNoFigure]. An invalid behaviour is an error wrapping
// [survey.ErrInvalidInput].
func (r RatingResult) Mean(b Behaviour) (figure.Figure, error) { return r.MeanAt(b, meanPlaces) }

// MeanAt returns the mean answer to behaviour b as [RatingResult.Mean]
// does, rounded half-up once to places decimal places; places outside
// 0–18 are an error wrapping [survey.ErrInvalidInput].
func (r RatingResult) MeanAt(b Behaviour, places int32) (figure.Figure, error) {
	switch {
	case !r.IsValid():
		return figure.Figure{}, fmt.Errorf("akhlak: Mean of the zero RatingResult: %w", survey.ErrNoFigure)
	case !b.IsValid() || places < 0 || places > 18:
		return figure.Figure{}, fmt.Errorf("akhlak: MeanAt(%s, %d): want a behaviour and 0 to 18 places: %w", b, places, survey.ErrInvalidInput)
	case r.count[b-1] == 0:
		return figure.Figure{}, fmt.Errorf("akhlak: %s: nobody answered it, so it has no mean: %w", b.Code(), survey.ErrNoFigure)
	}
	return figure.MustNew(exact.Ratio(r.sum[b-1], r.count[b-1], places), places), nil
}

// Equal reports whether r and o hold the same counts, scale and minimum,
// so every figure of one is the same figure of the other.
func (r RatingResult) Equal(o RatingResult) bool {
	return r.scale == o.scale && r.min.Equal(o.min) && r.n == o.n && r.count == o.count && r.sum == o.sum && r.missing == o.missing &&
		r.sq == o.sq && r.hasSq == o.hasSq
}

// Answered returns the number of answers to behaviour b; 0 for an invalid
// behaviour or the zero RatingResult.
func (r RatingResult) Answered(b Behaviour) int {
	if !b.IsValid() {
		return 0
	}
	return int(r.count[b-1])
}

// Missing returns the number of respondents who left behaviour b
// unanswered; 0 for an invalid behaviour or the zero RatingResult.
func (r RatingResult) Missing(b Behaviour) int {
	if !b.IsValid() {
		return 0
	}
	return int(r.missing[b-1])
}
