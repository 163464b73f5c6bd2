package ikm

import (
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"strconv"

	"github.com/go-asn/berakhlak/category"
	"github.com/go-asn/berakhlak/internal/exact"
	"github.com/go-asn/berakhlak/survey"
	"github.com/shopspring/decimal"
)

// Published places: the index and the converted values have two decimal
// places (PermenPANRB No. 14 Tahun 2017 prints 88.31, 76.60, …); an NRR is
// shown with two unless WithNRRPlaces sets them (library default).
const (
	indexPlaces      = 2
	nrrDisplayPlaces = 2
	maxNRRPlaces     = 9
	conversion       = 25 // the nilai dasar: 1–4 becomes 25–100
)

// ikmScale is category.IKM(), an immutable value.
var ikmScale = category.IKM()

// Option changes how [Tally.Result] computes the index. Each option names
// a convention that public implementations of PermenPANRB No. 14 Tahun
// 2017 use in place of the library default; see the package
// documentation.
type Option func(*options)

type options struct {
	weight    decimal.Decimal
	hasWeight bool
	nrrPlaces int32
	hasPlaces bool
}

// WithWeight weighs every NRR with the printed weight w instead of the
// exact 1/n (library default). The weight is 1 divided by the number of
// unsur; printed texts round it, to 0,111 on some agency pages and to 0,11
// in some guides, and programs that copy the printed figure get an index a
// little below the exact one: all answers 4 give 99.90 with 0.111 and
// 99.00 with 0.11, against 100.00.
//
// w must be positive, have at most 9 decimal places, and not exceed 1/n
// by so much that the weights sum above 1 (n·w ≤ 1); otherwise
// [Tally.Result] returns an error wrapping [survey.ErrInvalidInput] that
// names the option. The index is still computed exactly and rounded once.
func WithWeight(w decimal.Decimal) Option {
	return func(o *options) { o.weight, o.hasWeight = w, true }
}

// WithNRRPlaces rounds each unsur's NRR half-up to places decimal places
// before it is weighted, as programs that store or print the NRR first do
// (2, 3 and 4 places are all in public use), instead of weighting the
// exact NRR (library default). [Result.NRR] then returns the rounded NRR
// the index used. places must be 0 to 9; otherwise [Tally.Result] returns
// an error wrapping [survey.ErrInvalidInput] that names the option.
func WithNRRPlaces(places int32) Option {
	return func(o *options) { o.nrrPlaces, o.hasPlaces = places, true }
}

func (o options) check() error {
	if o.hasWeight {
		w := o.weight
		bad := func(reason string) error {
			return fmt.Errorf("ikm: WithWeight(%s): %s: %w", exact.String(w), reason, survey.ErrInvalidInput)
		}
		switch {
		case w.Sign() <= 0:
			return bad("the weight must be positive")
		case w.Exponent() < -maxNRRPlaces && !w.Round(maxNRRPlaces).Equal(w):
			return bad("more than 9 decimal places")
		case w.Mul(decimal.New(numUnsur, 0)).Cmp(decimal.New(1, 0)) > 0:
			return bad(fmt.Sprintf("%d unsur × %s exceeds 1", numUnsur, exact.String(w)))
		}
	}
	if o.hasPlaces && (o.nrrPlaces < 0 || o.nrrPlaces > maxNRRPlaces) {
		return fmt.Errorf("ikm: WithNRRPlaces(%d): places must be 0 to %d: %w", o.nrrPlaces, maxNRRPlaces, survey.ErrInvalidInput)
	}
	return nil
}

// Result checks the tally against the minimum sample and, if it qualifies,
// returns the survey's figures. Use [survey.KrejcieMorgan] with the number
// of people the unit served: it is the sample rule of PermenPANRB No. 14
// Tahun 2017.
//
// Result returns, and no figure:
//   - an error wrapping [survey.ErrInvalidInput] for an invalid option,
//     naming it, or for an invalid minimum or one that refuses the
//     respondents (more than its population: [survey.Minimum.Check]);
//   - an [*survey.InsufficientError] with both numbers when the tally has
//     fewer respondents than the minimum (or none);
//   - an error wrapping [survey.ErrNoFigure] naming the unsur when an unsur
//     has no answer at all, so has no NRR;
//   - an error wrapping [category.ErrOutOfRange] when a printed weight
//     ([WithWeight]) takes the index below 25.00, the bottom of the
//     published bands (all answers 1 with 0.11 give 24.75).
func (t *Tally) Result(min survey.Minimum, opts ...Option) (Result, error) {
	if t.h == nil {
		return Result{}, errZeroTally
	}
	var o options
	for _, opt := range opts {
		if opt != nil {
			opt(&o)
		}
	}
	if err := o.check(); err != nil {
		return Result{}, err
	}
	n := t.Respondents()
	if err := min.Check(n); err != nil {
		return Result{}, err
	}
	if n == 0 {
		return Result{}, &survey.InsufficientError{Respondents: 0, Minimum: min}
	}
	r := Result{n: n, min: min, opts: o}
	for i := 0; i < numUnsur; i++ {
		c, s := t.h.Answered(i)
		r.count[i], r.sum[i], r.missing[i] = int64(c), int64(s), int64(t.h.MissingCount(i))
		if c == 0 {
			u := Unsur(i + 1)
			return Result{}, fmt.Errorf("ikm: %s %s: no answers, so no NRR: %w", u.Code(), u, survey.ErrNoFigure)
		}
	}
	r.index = r.computeIndex()
	b, err := ikmScale.Classify(r.index)
	if err != nil {
		return Result{}, fmt.Errorf("ikm: index %s: %w", exact.Fixed(r.index), err)
	}
	r.band = b
	return r, nil
}

// Result holds the figures of a survey that met its minimum. It is an
// immutable value, safe for concurrent use. Every figure is computed
// exactly from integer counts and rounded half-up once, at its published
// places. The zero Result has no figures: [Result.IsValid] reports false.
type Result struct {
	n     int
	min   survey.Minimum
	opts  options
	sum   [numUnsur]int64
	count [numUnsur]int64 // answers per unsur
	// missing answers per unsur
	missing [numUnsur]int64
	index   decimal.Decimal
	band    category.Band
}

// nrr returns the NRR of unsur i (0-based) as the index uses it, num/den:
// the exact sum/count, or the NRR rounded half-up to the option's places
// as an integer over 10^places.
func (r Result) nrr(i int) (num, den *big.Int) {
	s, c := big.NewInt(r.sum[i]), big.NewInt(r.count[i])
	if !r.opts.hasPlaces {
		return s, c
	}
	p := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(r.opts.nrrPlaces)), nil)
	// round(s·10^k / c) half-up = ⌊(2·s·10^k + c) / (2c)⌋ for s, c > 0.
	num = new(big.Int).Mul(s, p)
	num.Lsh(num, 1).Add(num, c)
	num.Quo(num, new(big.Int).Lsh(c, 1))
	return num, p
}

// computeIndex returns Σ (NRR × weight) × 25, rounded half-up once to two
// places. The sum of the NRR is put over a common denominator with big
// integers, so the only rounding is the final DivRound.
func (r Result) computeIndex() decimal.Decimal {
	num, den := big.NewInt(0), big.NewInt(1)
	for i := 0; i < numUnsur; i++ {
		p, q := r.nrr(i)
		// num/den + p/q = (num·q + p·den) / (den·q)
		num.Mul(num, q).Add(num, new(big.Int).Mul(p, den))
		den.Mul(den, q)
	}
	num.Mul(num, big.NewInt(conversion))
	if r.opts.hasWeight {
		w := r.opts.weight
		num.Mul(num, w.Coefficient())
		if e := w.Exponent(); e < 0 {
			den.Mul(den, new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(-e)), nil))
		} else {
			num.Mul(num, new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(e)), nil))
		}
	} else {
		den.Mul(den, big.NewInt(numUnsur))
	}
	return decimal.NewFromBigInt(num, 0).DivRound(decimal.NewFromBigInt(den, 0), indexPlaces)
}

// IsValid reports whether r holds figures, that is, whether it was
// returned by [Tally.Result] without an error.
func (r Result) IsValid() bool { return r.n > 0 }

// Respondents returns the number of respondents.
func (r Result) Respondents() int { return r.n }

// Minimum returns the minimum sample the result was checked against.
func (r Result) Minimum() survey.Minimum { return r.min }

// Index returns the IKM on 25–100: Σ (NRR × weight) × 25, with the exact
// NRR and the exact weight 1/9 unless [WithNRRPlaces] or [WithWeight] was
// given, rounded half-up once to two decimal places (PermenPANRB No. 14
// Tahun 2017 publishes two). The zero Result returns zero.
func (r Result) Index() decimal.Decimal { return r.index }

// Band returns the category of [Result.Index] on [category.IKM]
// (PermenPANRB No. 14 Tahun 2017): its Letter is the mutu pelayanan (A to
// D) and its Label the kinerja unit pelayanan ("Sangat Baik" to "Tidak
// Baik"). The zero Result returns the zero Band.
func (r Result) Band() category.Band { return r.band }

// Weight returns the printed weight given with [WithWeight], and false
// when the index uses the exact 1/9 (library default).
func (r Result) Weight() (decimal.Decimal, bool) { return r.opts.weight, r.opts.hasWeight }

// NRRPlaces returns the places given with [WithNRRPlaces], and false when
// the index uses the exact NRR (library default).
func (r Result) NRRPlaces() (int32, bool) { return r.opts.nrrPlaces, r.opts.hasPlaces }

// NRR returns the nilai rata-rata of unsur number unsur, 1 to 9 in the
// order of [Unsurs]: the sum of its answers divided by their number,
// missing answers left out. It is rounded half-up to the places of
// [WithNRRPlaces] when given (the figure the index used), and otherwise to
// two places for display (library default; the index itself uses the
// exact NRR). An unsur outside 1–9, or the zero Result, returns zero.
func (r Result) NRR(unsur int) decimal.Decimal {
	if unsur < 1 || unsur > numUnsur || !r.IsValid() {
		return decimal.Decimal{}
	}
	return r.nrrDisplay(unsur - 1)
}

func (r Result) nrrDisplay(i int) decimal.Decimal {
	places := int32(nrrDisplayPlaces)
	if r.opts.hasPlaces {
		places = r.opts.nrrPlaces
	}
	return exact.Ratio(r.sum[i], r.count[i], places)
}

// converted returns NRR × 25 for unsur i (0-based), with the NRR the index
// used, rounded half-up once to two places.
func (r Result) converted(i int) decimal.Decimal {
	p, q := r.nrr(i)
	p = new(big.Int).Mul(p, big.NewInt(conversion))
	return decimal.NewFromBigInt(p, 0).DivRound(decimal.NewFromBigInt(q, 0), indexPlaces)
}

// UnsurResult holds the figures of one unsur.
type UnsurResult struct {
	Unsur Unsur
	// NRR is the nilai rata-rata, as [Result.NRR] returns it.
	NRR decimal.Decimal
	// Converted is the NRR × 25 on 25–100 (the NRR exact, or rounded as
	// with WithNRRPlaces), rounded half-up once to two places.
	Converted decimal.Decimal
	// Band is the category of Converted on [category.IKM]: the mutu
	// pelayanan of the unsur. PermenPANRB No. 14 Tahun 2017 gives the
	// intervals of the NRR (1.00–2.5996 D, 2.60–3.064 C, 3.0644–3.532 B,
	// 3.5324–4.00 A) next to those of the converted value, which are the
	// same divided by 25; the library classifies the converted value, as
	// agency reports that print a mutu per unsur do (derived).
	Band    category.Band
	Answers int // answers counted
	Missing int // respondents who left the unsur blank
}

// Equal reports whether u and o hold the same figures. Use it rather than
// ==, which compares decimals by pointer.
func (u UnsurResult) Equal(o UnsurResult) bool {
	return u.Unsur == o.Unsur && u.NRR.Equal(o.NRR) && u.Converted.Equal(o.Converted) &&
		u.Band.Equal(o.Band) && u.Answers == o.Answers && u.Missing == o.Missing
}

// Unsur returns the figures of unsur u, and the zero UnsurResult for an
// invalid u or the zero Result.
func (r Result) Unsur(u Unsur) UnsurResult {
	if !u.IsValid() || !r.IsValid() {
		return UnsurResult{}
	}
	i := int(u) - 1
	conv := r.converted(i)
	b, err := ikmScale.Classify(conv)
	if err != nil {
		panic("ikm: converted NRR outside 25–100: " + err.Error()) // unreachable: 1 ≤ NRR ≤ 4
	}
	return UnsurResult{Unsur: u, NRR: r.nrrDisplay(i), Converted: conv, Band: b,
		Answers: int(r.count[i]), Missing: int(r.missing[i])}
}

// PerUnsur returns the figures of the nine unsur in the order of [Unsurs],
// or nil for the zero Result.
func (r Result) PerUnsur() []UnsurResult {
	if !r.IsValid() {
		return nil
	}
	out := make([]UnsurResult, numUnsur)
	for i, u := range Unsurs() {
		out[i] = r.Unsur(u)
	}
	return out
}

// Equal reports whether r and o hold the same counts, minimum, options and
// figures.
func (r Result) Equal(o Result) bool {
	return r.n == o.n && r.min.Equal(o.min) && r.sum == o.sum && r.count == o.count && r.missing == o.missing &&
		r.opts.hasWeight == o.opts.hasWeight && (!r.opts.hasWeight || r.opts.weight.Equal(o.opts.weight)) &&
		r.opts.hasPlaces == o.opts.hasPlaces && r.opts.nrrPlaces == o.opts.nrrPlaces &&
		r.index.Equal(o.index) && r.band.Equal(o.band)
}

// weightText returns the weight as the JSON and String show it: "1/9" for
// the exact default, or the printed weight.
func (r Result) weightText() string {
	if r.opts.hasWeight {
		return exact.String(r.opts.weight)
	}
	return "1/" + strconv.Itoa(numUnsur)
}

// String returns e.g. "IKM 87.50 B Baik (4 respondents, weight 1/9)", or
// "IKM: no figures" for the zero Result.
func (r Result) String() string {
	if !r.IsValid() {
		return "IKM: no figures"
	}
	s := "IKM " + exact.Fixed(r.index) + " " + r.band.String() + " (" + strconv.Itoa(r.n) + " respondents, weight " + r.weightText()
	if r.opts.hasPlaces {
		s += ", NRR rounded to " + strconv.Itoa(int(r.opts.nrrPlaces)) + " places"
	}
	return s + ")"
}

type unsurJSON struct {
	Code      string `json:"code"`
	Name      string `json:"name"`
	NRR       string `json:"nrr"`
	Converted string `json:"converted"`
	Mutu      string `json:"mutu"`
	Kinerja   string `json:"kinerja"`
	Answers   int    `json:"answers"`
	Missing   int    `json:"missing"`
}

// MarshalJSON encodes the unsur's figures with the decimals as strings at
// their places, e.g. {"code":"U1","name":"Persyaratan","nrr":"3.50",
// "converted":"87.50","mutu":"B","kinerja":"Baik","answers":4,"missing":0}.
func (u UnsurResult) MarshalJSON() ([]byte, error) {
	if !u.Unsur.IsValid() {
		return nil, fmt.Errorf("ikm: MarshalJSON of an UnsurResult without unsur: %w", survey.ErrNoFigure)
	}
	return json.Marshal(unsurJSON{u.Unsur.Code(), u.Unsur.String(), exact.Fixed(u.NRR), exact.Fixed(u.Converted),
		u.Band.Letter, u.Band.Label, u.Answers, u.Missing})
}

type resultJSON struct {
	Index       string         `json:"index"`
	Mutu        string         `json:"mutu"`
	Kinerja     string         `json:"kinerja"`
	Respondents int            `json:"respondents"`
	Minimum     survey.Minimum `json:"minimum"`
	Weight      string         `json:"weight"`
	NRRPlaces   *int32         `json:"nrrPlaces,omitempty"`
	Unsur       []UnsurResult  `json:"unsur"`
}

// errNoFigures is returned by MarshalJSON of the zero Result.
var errNoFigures = errors.New("ikm: MarshalJSON of the zero Result")

// MarshalJSON encodes the result with every decimal as a string at its
// places: the index, its mutu (band letter) and kinerja (band label), the
// respondents, the minimum, the weight ("1/9" for the exact default, or
// the printed weight), the NRR places when set, and the unsur in the order
// of [Unsurs]. The zero Result is an error wrapping [survey.ErrNoFigure].
func (r Result) MarshalJSON() ([]byte, error) {
	if !r.IsValid() {
		return nil, fmt.Errorf("%w: %w", errNoFigures, survey.ErrNoFigure)
	}
	out := resultJSON{Index: exact.Fixed(r.index), Mutu: r.band.Letter, Kinerja: r.band.Label,
		Respondents: r.n, Minimum: r.min, Weight: r.weightText(), Unsur: r.PerUnsur()}
	if r.opts.hasPlaces {
		p := r.opts.nrrPlaces
		out.NRRPlaces = &p
	}
	return json.Marshal(out)
}
