package akhlak

import (
	"fmt"
	"math/big"

	"github.com/go-asn/berakhlak/figure"
	"github.com/go-asn/berakhlak/internal/sampling"
	"github.com/go-asn/berakhlak/survey"
	"github.com/shopspring/decimal"
)

// The sampling error of a survey's figures (derived: standard survey
// statistics; see the rule register in package berakhlak, "Baseline,
// target and progress"). A value's score is estimated exactly from the
// counts; its variance too, or bounded from above where the respondents'
// own figures are not counted. measurement holds what an interval and a
// comparison need.
type measurement struct {
	profile Profile
	values  [7]sampling.Estimate // in score points, 0–100
	index   sampling.Estimate
	// The published intervals of the scores and the index; the zero
	// Interval where there is none.
	valueIv [7]survey.Interval
	indexIv survey.Interval
	n, pop  int    // respondents and population; 0 for a published profile
	method  string // "reach" or "rating"; "" for a published profile
}

var (
	hundred  = big.NewRat(100, 1)
	seventh  = big.NewRat(1, 7)
	sevenths = [7]*big.Rat{seventh, seventh, seventh, seventh, seventh, seventh, seventh}
)

// indexOf returns the index's estimate from the seven values': their
// mean, with the conservative variance of [sampling.Combine], since the
// same respondents gave all seven.
func indexOf(values [7]sampling.Estimate) sampling.Estimate {
	return sampling.Combine(sevenths[:], values[:])
}

func (r BallotResult) measure() measurement {
	m := measurement{profile: r.Profile(), n: r.Respondents(), pop: r.min.Population(), method: "reach"}
	if !r.IsValid() {
		return m
	}
	var reached int64
	for i, c := range r.t.reach[ListCurrent-1] {
		m.values[i] = sampling.Share(int64(c), int64(r.t.n), int64(m.pop)).Affine(new(big.Rat), hundred)
		m.valueIv[i] = m.bounds(sampling.Wilson(int64(c), int64(r.t.n), int64(m.pop), indexPlaces))
		reached += int64(c)
	}
	if r.t.hasSq {
		// Each respondent's own contribution to the index is 100k/7, k
		// the values they reach: the index is the mean of those, and Σ k
		// and Σ k² give its exact variance.
		m.index = sampling.Exact(big.NewRat(100*reached, 7*int64(r.t.n)))
		if e, ok := sampling.Mean(reached, int64(r.t.sq), int64(r.t.n), int64(m.pop)); ok {
			m.index = e.Affine(new(big.Rat), big.NewRat(100, 7))
		}
	} else {
		m.index = indexOf(m.values)
	}
	m.indexIv, _ = m.interval("", m.index)
	return m
}

func (r RatingResult) measure() measurement {
	m := measurement{profile: r.Profile(), n: r.n, pop: r.min.Population(), method: "rating"}
	if !r.IsValid() {
		return m
	}
	lo, width := int64(r.scale.Min()), int64(r.scale.Max()-r.scale.Min())
	// score = (mean − min)·100/(max − min)
	a, b := big.NewRat(-lo*100, width), big.NewRat(100, width)
	for i, v := range Values() {
		c, _ := r.valueSums(v)
		var w []*big.Rat
		var e []sampling.Estimate
		for _, bh := range v.Behaviours() {
			k := bh - 1
			if r.count[k] == 0 {
				continue
			}
			est, ok := sampling.Mean(r.sum[k], r.sq[k], r.count[k], int64(m.pop))
			if !ok || !r.hasSq {
				est = sampling.Exact(big.NewRat(r.sum[k], r.count[k]))
			}
			w = append(w, big.NewRat(r.count[k], c))
			e = append(e, est)
		}
		m.values[i] = sampling.Combine(w, e).Affine(a, b)
		m.valueIv[i], _ = m.interval("", m.values[i])
	}
	m.index = indexOf(m.values)
	m.indexIv, _ = m.interval("", m.index)
	return m
}

func (p Profile) measure() measurement {
	m := measurement{profile: p}
	if !p.IsValid() {
		return m
	}
	for i := range p.scores {
		m.values[i] = sampling.Exact(p.scores[i].Decimal().Rat())
	}
	m.index = sampling.Exact(p.index.Decimal().Rat())
	return m
}

// interval returns the interval of e at one place, within 0–100.
func (m measurement) interval(what string, e sampling.Estimate) (survey.Interval, error) {
	if !e.Known() {
		return survey.Interval{}, fmt.Errorf("akhlak: %s: %w", what, errNoInterval)
	}
	lo, hi := sampling.Bounds(e, indexPlaces, new(big.Rat), hundred)
	return m.bounds(lo, hi), nil
}

// known returns iv, or the error of a figure without an interval.
func (measurement) known(what string, iv survey.Interval) (survey.Interval, error) {
	if !iv.IsValid() {
		return survey.Interval{}, fmt.Errorf("akhlak: %s: %w", what, errNoInterval)
	}
	return iv, nil
}

func (m measurement) bounds(lo, hi decimal.Decimal) survey.Interval {
	return survey.Interval{Lo: figure.MustNew(lo, indexPlaces), Hi: figure.MustNew(hi, indexPlaces),
		Level: sampling.Level, Respondents: m.n, Population: m.pop}
}

// errNoInterval is why a figure has no interval.
var errNoInterval = fmt.Errorf("no sampling error: a behaviour has fewer than two answers, or the result was read from JSON written before v1.1.0: %w", survey.ErrNoFigure)

// ScoreInterval returns the 95% confidence interval of v's score
// ([BallotResult.Score]), at one place: Wilson's interval of the share of
// respondents v reaches, with the finite-population correction when the
// result's minimum knows the population ([survey.Interval] says how).
// It is an error wrapping [survey.ErrNoFigure] for the zero BallotResult,
// and wrapping [survey.ErrInvalidInput] for an invalid value.
func (r BallotResult) ScoreInterval(v Value) (survey.Interval, error) {
	switch {
	case !r.IsValid():
		return survey.Interval{}, fmt.Errorf("akhlak: ScoreInterval of the zero BallotResult: %w", survey.ErrNoFigure)
	case !v.IsValid():
		return survey.Interval{}, fmt.Errorf("akhlak: ScoreInterval(%s): %w", v, survey.ErrInvalidInput)
	}
	return r.measure().valueIv[v-1], nil
}

// IndexInterval returns the 95% confidence interval of the index
// ([BallotResult.Index]), at one place, within 0–100. The index is the
// mean over respondents of each one's own contribution, 100k/7 for the k
// values they reach, so it has the interval of a mean, mean ± 1.96·s/√n
// × FPC, s from Σ k and Σ k², which the tally counts since v1.1.0 (its
// binary format version 2). A tally read from version 1 bytes, or a
// result read from JSON written before v1.1.0, lacks Σ k²: its seven
// scores come from the same respondents and are not independent, so the
// library bounds the index's variance from above by
// 7 × Σ (1/7)² × Var(score), a score's variance being p̂(1 − p̂)/n × FPC²
// (Cauchy–Schwarz): that interval is never narrower than the true one
// (conservative), and wider than the exact one. The zero BallotResult,
// and a survey of one respondent (no s) that is not its whole population,
// are an error wrapping [survey.ErrNoFigure].
func (r BallotResult) IndexInterval() (survey.Interval, error) {
	if !r.IsValid() {
		return survey.Interval{}, fmt.Errorf("akhlak: IndexInterval of the zero BallotResult: %w", survey.ErrNoFigure)
	}
	m := r.measure()
	return m.known("index", m.indexIv)
}

// ScoreInterval returns the 95% confidence interval of v's score
// ([RatingResult.Score]), at one place, within 0–100. Each behaviour's
// mean has the interval of a mean, mean ± 1.96·s/√n × FPC, with s from the
// integer sums of its answers and their squares and the
// finite-population correction when the result's minimum knows the
// population; the three behaviours of a value are answered by the same
// respondents, so the score's variance is bounded from above by
// 3 × Σ wᵢ² Var(meanᵢ), wᵢ a behaviour's share of the value's answers
// (Cauchy–Schwarz): never narrower than the true interval
// (conservative).
//
// It is an error wrapping [survey.ErrNoFigure] for the zero RatingResult,
// when a behaviour of v has a single answer (no s), and for a result read
// from JSON written before v1.1.0, which has no sums of squares; wrapping
// [survey.ErrInvalidInput] for an invalid value.
func (r RatingResult) ScoreInterval(v Value) (survey.Interval, error) {
	switch {
	case !r.IsValid():
		return survey.Interval{}, fmt.Errorf("akhlak: ScoreInterval of the zero RatingResult: %w", survey.ErrNoFigure)
	case !v.IsValid():
		return survey.Interval{}, fmt.Errorf("akhlak: ScoreInterval(%s): %w", v, survey.ErrInvalidInput)
	}
	m := r.measure()
	return m.known(v.String(), m.valueIv[v-1])
}

// IndexInterval returns the 95% confidence interval of the index
// ([RatingResult.Index]), at one place, within 0–100. The seven scores
// come from the same respondents, and a rating tally does not count each
// respondent's own contribution to the index, so the variance of their
// mean is bounded from above by 7 × Σ (1/7)² × Var(score) over the
// scores' variances of [RatingResult.ScoreInterval] (Cauchy–Schwarz):
// never narrower than the true interval (conservative). Its errors are
// those of ScoreInterval.
func (r RatingResult) IndexInterval() (survey.Interval, error) {
	if !r.IsValid() {
		return survey.Interval{}, fmt.Errorf("akhlak: IndexInterval of the zero RatingResult: %w", survey.ErrNoFigure)
	}
	m := r.measure()
	return m.known("index", m.indexIv)
}
