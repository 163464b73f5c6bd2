package ikm

import (
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"math/big"
	"slices"
	"strconv"

	"github.com/go-asn/berakhlak/category"
	"github.com/go-asn/berakhlak/figure"
	"github.com/go-asn/berakhlak/internal/exact"
	"github.com/go-asn/berakhlak/internal/jsoncmp"
	"github.com/go-asn/berakhlak/internal/likert"
	"github.com/go-asn/berakhlak/internal/tally"
	"github.com/go-asn/berakhlak/internal/text"
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

// ResultOption changes how [Tally.Result] computes the index. Each option names
// a convention that public implementations of PermenPANRB No. 14 Tahun
// 2017 use in place of the library default; see the package
// documentation.
type ResultOption func(*options)

type options struct {
	weight    decimal.Decimal
	hasWeight bool
	nrrPlaces int32
	hasPlaces bool
	// group holds the options of the groups, nil unless one was given; a
	// Result keeps none of it (each group's Result has its minimum).
	group *groupOptions
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
func WithWeight(w decimal.Decimal) ResultOption {
	return func(o *options) { o.weight, o.hasWeight = w, true }
}

// WithNRRPlaces rounds each unsur's NRR half-up to places decimal places
// before it is weighted, as programs that store or print the NRR first do
// (2, 3 and 4 places are all in public use), instead of weighting the
// exact NRR (library default). [Result.NRR] then returns the rounded NRR
// the index used. places must be 0 to 9; otherwise [Tally.Result] returns
// an error wrapping [survey.ErrInvalidInput] that names the option.
func WithNRRPlaces(places int32) ResultOption {
	return func(o *options) { o.nrrPlaces, o.hasPlaces = places, true }
}

func (o options) check() error {
	if o.hasWeight {
		w := o.weight
		bad := func(reason string) error {
			return fmt.Errorf("ikm: WithWeight(%s): %s: %w", exact.Describe(w), reason, survey.ErrInvalidInput)
		}
		switch {
		case !exact.Bounded(w):
			return bad("more than 9 decimal places") // or a huge exponent, refused before any arithmetic
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
	return o.group.check()
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
func (t *Tally) Result(min survey.Minimum, opts ...ResultOption) (Result, error) {
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
	g := o.group.orDefault()
	o.group = nil
	for _, name := range slices.Sorted(maps.Keys(g.minimums)) {
		if t.groups[name] == nil {
			return Result{}, fmt.Errorf("ikm: WithGroupMinimum(%s, …): the tally has no such group: %w", text.Quote(name), survey.ErrInvalidInput)
		}
	}
	r, err := result(t.h, t.in, min, o)
	if err != nil {
		return Result{}, err
	}
	if len(t.groups) > 0 {
		r.groups = t.groupResults(r, g)
	}
	return r, nil
}

// result checks the counts of h, a survey of in, against min and returns
// their figures under o, or the error Tally.Result returns.
func result(h *likert.Tally, in Instrument, min survey.Minimum, o options) (Result, error) {
	n := int(h.Respondents())
	if err := min.Check(n); err != nil {
		return Result{}, err
	}
	if n == 0 {
		return Result{}, &survey.InsufficientError{Respondents: 0, Minimum: min}
	}
	r := Result{n: n, min: min, opts: o, in: in}
	for i := 0; i < numUnsur; i++ {
		c, s := h.Answered(i)
		r.count[i], r.sum[i], r.missing[i] = int64(c), int64(s), int64(h.MissingCount(i))
		r.sq[i] = int64(h.SumSquares(i))
		if c == 0 {
			return Result{}, fmt.Errorf("ikm: %s %s: no answers, so no NRR: %w", unsurCodes[i+1], in.Names()[i], survey.ErrNoFigure)
		}
	}
	r.hasSq = true
	if err := r.compute(); err != nil {
		return Result{}, err
	}
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
	// The sums of the squares of the answers per unsur, for the sampling
	// error; a result read from JSON written before v1.1.0 has none.
	sq     [numUnsur]int64
	hasSq  bool
	index  figure.Figure
	band   category.Band
	in     Instrument // the instrument asked: the zero one only in the zero Result
	groups *groupSet  // nil without groups; a pointer, so that Result stays comparable
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

// compute sets the index and its band from the counts and options, and
// returns an error wrapping category.ErrOutOfRange when a printed weight
// takes the index below the bands.
func (r *Result) compute() error {
	r.index = figure.MustNew(r.computeIndex(), indexPlaces)
	b, err := ikmScale.Classify(r.index.Decimal())
	if err != nil {
		return fmt.Errorf("ikm: index %s: %w", r.index, err)
	}
	r.band = b
	return nil
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
// Tahun 2017 publishes two). The zero Result returns the zero (invalid)
// Figure.
func (r Result) Index() figure.Figure { return r.index }

// Band returns the category of [Result.Index] on [category.IKM]
// (PermenPANRB No. 14 Tahun 2017): its Letter is the mutu pelayanan (A to
// D) and its Label the kinerja unit pelayanan ("Sangat Baik" to "Tidak
// Baik"). The zero Result returns the zero Band.
func (r Result) Band() category.Band { return r.band }

// Weight returns the printed weight given with [WithWeight]. When the
// index uses the exact weight 1/9 (library default) there is no printed
// weight, and the error wraps [survey.ErrNoFigure].
func (r Result) Weight() (decimal.Decimal, error) {
	if !r.opts.hasWeight {
		return decimal.Decimal{}, fmt.Errorf("ikm: the index uses the exact weight 1/%d, no printed one: %w", numUnsur, survey.ErrNoFigure)
	}
	return r.opts.weight, nil
}

// NRRPlaces returns the places given with [WithNRRPlaces]. When the index
// uses the exact NRR (library default) no places were given, and the
// error wraps [survey.ErrNoFigure].
func (r Result) NRRPlaces() (int32, error) {
	if !r.opts.hasPlaces {
		return 0, fmt.Errorf("ikm: the index uses the exact NRR, rounded at no places: %w", survey.ErrNoFigure)
	}
	return r.opts.nrrPlaces, nil
}

// NRR returns the nilai rata-rata of unsur u: the sum of its answers
// divided by their number, missing answers left out. It is the NRR the
// index used, rounded half-up to the places of [WithNRRPlaces] when given,
// and otherwise the exact NRR rounded half-up to two places for display
// (library default; the index itself then uses the exact NRR). Use
// [Result.NRRAt] for other places. It returns the zero (invalid) Figure
// for an invalid unsur, the zero Result, or an unsur the result's
// instrument does not ask (on [Instrument2014], the unsur are found by
// name: Persyaratan is there, Sarana dan Prasarana is not).
func (r Result) NRR(u Unsur) figure.Figure {
	i := r.in.position(u)
	if i < 0 || !r.IsValid() {
		return figure.Figure{}
	}
	return r.nrrDisplay(i)
}

// NRRAt returns the exact NRR of unsur u (the sum of its answers divided
// by their number) rounded half-up once to places, 0 to 18: agency
// reports print it to three. Reading it never changes the index, which
// uses the exact NRR, or the NRR rounded by [WithNRRPlaces]. An invalid
// unsur or places, or an unsur the result's instrument does not ask, is
// an error wrapping [survey.ErrInvalidInput], and the zero Result one
// wrapping [survey.ErrNoFigure].
func (r Result) NRRAt(u Unsur, places int32) (figure.Figure, error) {
	i := r.in.position(u)
	switch {
	case !r.IsValid():
		return figure.Figure{}, fmt.Errorf("ikm: NRRAt of the zero Result: %w", survey.ErrNoFigure)
	case i < 0 || places < 0 || places > 18:
		return figure.Figure{}, fmt.Errorf("ikm: NRRAt(%s, %d): want an unsur of %s and 0 to 18 places: %w", u, places, r.in, survey.ErrInvalidInput)
	}
	return nrrAt(r.sum[i], r.count[i], places), nil
}

// nrrAt returns sum ÷ count rounded half-up once to places.
func nrrAt(sum, count int64, places int32) figure.Figure {
	return figure.MustNew(exact.Ratio(sum, count, places), places)
}

func (r Result) nrrDisplay(i int) figure.Figure {
	places := int32(nrrDisplayPlaces)
	if r.opts.hasPlaces {
		places = r.opts.nrrPlaces
	}
	return nrrAt(r.sum[i], r.count[i], places)
}

// converted returns NRR × 25 for unsur i (0-based), with the NRR the index
// used, rounded half-up once to two places.
func (r Result) converted(i int) figure.Figure {
	p, q := r.nrr(i)
	p = new(big.Int).Mul(p, big.NewInt(conversion))
	return figure.MustNew(decimal.NewFromBigInt(p, 0).DivRound(decimal.NewFromBigInt(q, 0), indexPlaces), indexPlaces)
}

// UnsurResult holds the figures of one unsur. Compare two with
// [UnsurResult.Equal]: its Band holds a decimal, so == can tell apart
// bands that are the same.
type UnsurResult struct {
	Unsur Unsur
	// NRR is the nilai rata-rata, as [Result.NRR] returns it.
	NRR figure.Figure
	// Converted is the NRR × 25 on 25–100 (the NRR exact, or rounded as
	// with WithNRRPlaces), rounded half-up once to two places.
	Converted figure.Figure
	// Band is the category of Converted on [category.IKM]: the mutu
	// pelayanan of the unsur. PermenPANRB No. 14 Tahun 2017 gives the
	// intervals of the NRR (1.00–2.5996 D, 2.60–3.064 C, 3.0644–3.532 B,
	// 3.5324–4.00 A) next to those of the converted value, which are the
	// same divided by 25; the library classifies the converted value, as
	// agency reports that print a mutu per unsur do (derived).
	Band    category.Band
	Answers int // answers counted
	Missing int // respondents who left the unsur blank
	Sum     int // the sum of the answers: the exact NRR is Sum/Answers
}

// Equal reports whether u and o hold the same figures, at the same places.
func (u UnsurResult) Equal(o UnsurResult) bool {
	return u.Unsur == o.Unsur && u.NRR == o.NRR && u.Converted == o.Converted &&
		u.Band.Equal(o.Band) && u.Answers == o.Answers && u.Missing == o.Missing && u.Sum == o.Sum
}

// Unsur returns the figures of unsur u, and the zero UnsurResult for an
// invalid u, the zero Result, or an unsur the result's instrument does not
// ask (see [Result.NRR]; [Result.Items] gives every unsur of any
// instrument).
func (r Result) Unsur(u Unsur) UnsurResult {
	i := r.in.position(u)
	if i < 0 || !r.IsValid() {
		return UnsurResult{}
	}
	it := r.item(i)
	return UnsurResult{Unsur: u, NRR: it.NRR, Converted: it.Converted, Band: it.Band, Answers: it.Answers, Missing: it.Missing, Sum: it.Sum}
}

// PerUnsur returns the figures of the nine unsur in the order of [AllUnsur],
// or nil for the zero Result or a result of another instrument than
// [Instrument2017] (use [Result.Items]).
func (r Result) PerUnsur() []UnsurResult {
	if !r.IsValid() || r.in != Instrument2017 {
		return nil
	}
	out := make([]UnsurResult, numUnsur)
	for i, u := range AllUnsur() {
		out[i] = r.Unsur(u)
	}
	return out
}

// Equal reports whether r and o hold the same counts, minimum, options and
// figures.
func (r Result) Equal(o Result) bool {
	return r.n == o.n && r.min.Equal(o.min) && r.sum == o.sum && r.count == o.count && r.missing == o.missing &&
		r.sq == o.sq && r.hasSq == o.hasSq && r.opts.hasWeight == o.opts.hasWeight && (!r.opts.hasWeight || r.opts.weight.Equal(o.opts.weight)) &&
		r.opts.hasPlaces == o.opts.hasPlaces && r.opts.nrrPlaces == o.opts.nrrPlaces &&
		r.index == o.index && r.band.Equal(o.band) && r.in == o.in && r.groups.equal(o.groups)
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
// "IKM: no figures" for the zero Result; a result of another instrument
// than Instrument2017 names it ("…, PermenPANRB No. 16 Tahun 2014").
func (r Result) String() string {
	if !r.IsValid() {
		return "IKM: no figures"
	}
	s := "IKM " + r.index.String() + " " + r.band.String() + " (" + strconv.Itoa(r.n) + " respondents, weight " + r.weightText()
	if r.opts.hasPlaces {
		s += ", NRR rounded to " + strconv.Itoa(int(r.opts.nrrPlaces)) + " places"
	}
	if r.in != Instrument2017 {
		s += ", " + r.in.String()
	}
	return s + ")"
}

type unsurJSON struct {
	Code      string        `json:"code"`
	Name      string        `json:"name"`
	NRR       figure.Figure `json:"nrr"`
	Converted figure.Figure `json:"converted"`
	Mutu      string        `json:"mutu"`
	Kinerja   string        `json:"kinerja"`
	Answers   int           `json:"answers"`
	Missing   int           `json:"missing"`
	Sum       int           `json:"sum"`
}

// MarshalJSON encodes the unsur's figures with the decimals as strings at
// their places, e.g. {"code":"U1","name":"Persyaratan","nrr":"3.50",
// "converted":"87.50","mutu":"B","kinerja":"Baik","answers":4,"missing":0,"sum":14}.
func (u UnsurResult) MarshalJSON() ([]byte, error) {
	if !u.Unsur.IsValid() || !u.NRR.IsValid() || !u.Converted.IsValid() {
		return nil, fmt.Errorf("ikm: MarshalJSON of an UnsurResult without unsur or figures: %w", survey.ErrNoFigure)
	}
	return json.Marshal(unsurJSON{u.Unsur.Code(), u.Unsur.String(), u.NRR, u.Converted,
		u.Band.Letter, u.Band.Label, u.Answers, u.Missing, u.Sum})
}

// UnmarshalJSON reads what [UnsurResult.MarshalJSON] writes and checks it:
// the unsur named by "code" (or "name"); the counts not negative, with at
// least one answer and a sum of 1 to 4 per answer; the NRR the sum and
// answers give at its places (the index's NRR, rounded as the figure is
// written); the converted value at two places, sum ÷ answers × 25 or the
// written NRR × 25, rounded half-up once; "mutu" and "kinerja" the band of
// the converted value. Anything else is an error wrapping [survey.ErrInvalidInput]; on
// an error u is unchanged.
func (u *UnsurResult) UnmarshalJSON(data []byte) error {
	var in unsurJSON
	if err := json.Unmarshal(data, &in); err != nil {
		return badUnsurJSON("UnsurResult", "%v", err)
	}
	name := in.Code
	if name == "" {
		name = in.Name
	}
	un, err := ParseUnsur(name)
	if err != nil {
		return badUnsurJSON("UnsurResult", "%v", err)
	}
	b, err := in.check("UnsurResult", un.Code())
	if err != nil {
		return err
	}
	*u = UnsurResult{Unsur: un, NRR: in.NRR, Converted: in.Converted, Band: b, Answers: in.Answers, Missing: in.Missing, Sum: in.Sum}
	return nil
}

// badUnsurJSON returns the error of the JSON of one unsur's figures, of
// type typ, wrapping survey.ErrInvalidInput.
func badUnsurJSON(typ, format string, args ...any) error {
	return fmt.Errorf("ikm: "+typ+" JSON: "+format+": %w", append(args, survey.ErrInvalidInput)...)
}

// check checks the figures of the unsur coded code against their counts,
// as UnsurResult.UnmarshalJSON documents, and returns their band.
func (in unsurJSON) check(typ, code string) (category.Band, error) {
	bad := func(format string, args ...any) (category.Band, error) {
		return category.Band{}, badUnsurJSON(typ, code+": "+format, args...)
	}
	switch {
	case in.Answers < 1 || in.Missing < 0 || in.Sum < in.Answers || in.Sum > 4*in.Answers:
		return bad("%d answers summing to %d, %d missing", in.Answers, in.Sum, in.Missing)
	case !in.NRR.IsValid() || in.NRR.Places() > maxNRRPlaces:
		return bad("NRR %q", in.NRR.String())
	case !in.Converted.IsValid() || in.Converted.Places() != indexPlaces:
		return bad("converted %q is not a figure at two places", in.Converted.String())
	}
	p := in.NRR.Places()
	if want := nrrAt(int64(in.Sum), int64(in.Answers), p); in.NRR != want {
		return bad("NRR %s, but %d answers summing to %d give %s", in.NRR, in.Answers, in.Sum, want)
	}
	// The converted value comes from the exact NRR (sum ÷ answers), or from
	// the NRR rounded as written (WithNRRPlaces), × 25, rounded once.
	conv := in.Converted.Decimal()
	exactConv := figure.MustNew(exact.Ratio(int64(in.Sum)*conversion, int64(in.Answers), indexPlaces), indexPlaces)
	writtenConv := figure.MustNew(in.NRR.Decimal().Mul(decimal.New(conversion, 0)).DivRound(decimal.New(1, 0), indexPlaces), indexPlaces)
	if !in.Converted.Equal(exactConv) && !in.Converted.Equal(writtenConv) {
		return bad("converted %s, but %d answers summing to %d give %s (or %s from the NRR as written)", in.Converted, in.Answers, in.Sum, exactConv, writtenConv)
	}
	b, err := ikmScale.Classify(conv)
	if err != nil {
		return bad("converted %s: %v", in.Converted, err)
	}
	if in.Mutu != b.Letter || in.Kinerja != b.Label {
		return bad("mutu %q and kinerja %q, but %s is %s", in.Mutu, in.Kinerja, in.Converted, b)
	}
	return b, nil
}

type resultJSON struct {
	Index       string          `json:"index"`
	Mutu        string          `json:"mutu"`
	Kinerja     string          `json:"kinerja"`
	Respondents int             `json:"respondents"`
	Minimum     *survey.Minimum `json:"minimum"`
	Weight      string          `json:"weight"`
	NRRPlaces   *int32          `json:"nrrPlaces,omitempty"`
	Unsur       []unsurJSON     `json:"unsur"`
	// Since v1.1.0, per unsur, for the sampling error.
	SumsOfSquares []int64 `json:"sums_of_squares,omitempty"`
	// Written only when they are not the defaults, so that a result of
	// Instrument2017 without groups keeps the bytes it always had.
	Instrument      Instrument        `json:"instrument,omitempty"`
	Confidentiality int               `json:"confidentiality,omitempty"`
	Groups          []tally.GroupJSON `json:"groups,omitempty"`
}

// MarshalJSON encodes the result with every decimal as a string at its
// places: the index, its mutu (band letter) and kinerja (band label), the
// respondents, the minimum, the weight ("1/9" for the exact default, or
// the printed weight), the NRR places when set, and the unsur in the order
// of [AllUnsur], each with its counts ([UnsurResult.MarshalJSON]), and the
// sums of the squares of each unsur's answers, which the sampling error
// needs ([Result.IndexInterval]; JSON written before v1.1.0 has none, and
// its result no interval). A result of another instrument than
// Instrument2017 writes its unsur in the instrument's order and names
// ([Result.Items]), then "instrument" (its year, "2014"); a result with
// groups writes "confidentiality" (the threshold) and "groups", each with
// its name, respondents, whether it is suppressed and why, and the Result
// JSON of a published one. The zero Result is an error wrapping
// [survey.ErrNoFigure].
func (r Result) MarshalJSON() ([]byte, error) {
	if !r.IsValid() {
		return nil, fmt.Errorf("%w: %w", errNoFigures, survey.ErrNoFigure)
	}
	min := r.min
	out := resultJSON{Index: r.index.String(), Mutu: r.band.Letter, Kinerja: r.band.Label,
		Respondents: r.n, Minimum: &min, Weight: r.weightText()}
	for _, it := range r.Items() {
		out.Unsur = append(out.Unsur, it.json())
	}
	if r.opts.hasPlaces {
		p := r.opts.nrrPlaces
		out.NRRPlaces = &p
	}
	if r.hasSq {
		out.SumsOfSquares = r.sq[:]
	}
	if r.in != Instrument2017 {
		out.Instrument = r.in
	}
	if r.groups != nil {
		out.Confidentiality = r.groups.confidentiality
		for _, g := range r.groups.list {
			gj := tally.GroupJSON{Name: g.Name, Respondents: g.Respondents, Suppressed: g.Suppressed, Reason: g.Reason}
			if !g.Suppressed {
				b, err := g.Result.MarshalJSON()
				if err != nil {
					return nil, err
				}
				gj.Result = b
			}
			out.Groups = append(out.Groups, gj)
		}
	}
	return json.Marshal(out)
}

// errNoFigures is returned by MarshalJSON of the zero Result.
var errNoFigures = errors.New("ikm: MarshalJSON of the zero Result")

// UnmarshalJSON reads a Result back from what [Result.MarshalJSON] wrote:
// it rebuilds the counts (each unsur's answers, missing and sum, the
// respondents), the options (the weight, the NRR places) and the minimum,
// checks that the counts could come from answers (each unsur answered or
// left blank by every respondent, a sum of 1 to 4 per answer, the minimum
// met), and then checks that every figure in the document is the one those
// counts and options give. Every accessor of the decoded result then
// returns what the original's did. "sums_of_squares", when given, holds
// one per unsur, each one that answers 1–4 with the unsur's sum could
// give. Anything else is an error wrapping [survey.ErrInvalidInput] that
// names the field; on an error r is unchanged.
func (r *Result) UnmarshalJSON(data []byte) error {
	bad := func(format string, args ...any) error {
		return fmt.Errorf("ikm: Result JSON: "+format+": %w", append(args, survey.ErrInvalidInput)...)
	}
	var in resultJSON
	if err := json.Unmarshal(data, &in); err != nil {
		return bad("%v", err)
	}
	if in.Minimum == nil || in.Respondents < 1 || len(in.Unsur) != numUnsur {
		return bad("a Result's JSON carries a minimum, respondents and the %d unsur", numUnsur)
	}
	x := Result{n: in.Respondents, min: *in.Minimum, in: in.Instrument}
	if x.in == 0 {
		x.in = Instrument2017
	}
	switch {
	case in.Weight == "1/"+strconv.Itoa(numUnsur):
	default:
		w, ok := exact.ParseDecimal(in.Weight)
		if !ok {
			return bad("weight %q is neither 1/%d nor a decimal", in.Weight, numUnsur)
		}
		x.opts.weight, x.opts.hasWeight = w, true
	}
	if in.NRRPlaces != nil {
		x.opts.nrrPlaces, x.opts.hasPlaces = *in.NRRPlaces, true
	}
	if err := x.opts.check(); err != nil {
		return bad("%v", err)
	}
	for i, name := range x.in.Names() {
		uj, code := in.Unsur[i], unsurCodes[i+1]
		switch {
		case uj.Code != code || uj.Name != name:
			return bad("unsur %d is %q %q, want %s %q", i+1, uj.Code, uj.Name, code, name)
		case uj.Answers < 1 || uj.Missing < 0 || uj.Answers+uj.Missing != in.Respondents:
			return bad("%s: %d answers and %d missing of %d respondents", code, uj.Answers, uj.Missing, in.Respondents)
		case uj.Sum < uj.Answers || uj.Sum > 4*uj.Answers:
			return bad("%s: a sum of %d for %d answers on 1–4", code, uj.Sum, uj.Answers)
		}
		x.count[i], x.missing[i], x.sum[i] = int64(uj.Answers), int64(uj.Missing), int64(uj.Sum)
	}
	if err := x.readSquares(in.SumsOfSquares); err != nil {
		return bad("sums_of_squares: %v", err)
	}
	if err := x.min.Check(x.n); err != nil {
		return bad("%d respondents against the minimum: %v", x.n, err)
	}
	if err := x.compute(); err != nil {
		return bad("%v", err)
	}
	if in.Groups != nil || in.Confidentiality != 0 {
		g, err := x.decodeGroups(in.Confidentiality, in.Groups)
		if err != nil {
			return bad("%v", err)
		}
		x.groups = g
	}
	if err := jsoncmp.Recomputed(data, x.MarshalJSON); err != nil {
		return bad("%v", err)
	}
	*r = x
	return nil
}

// readSquares sets the sums of squares from the JSON, nil when it has
// none. The sum of squares of c answers summing to s on 1–4 is at least
// s²/c (Cauchy–Schwarz) and at most 5s − 4c (each (x − 1)(4 − x) ≥ 0).
func (r *Result) readSquares(sq []int64) error {
	if sq == nil {
		return nil
	}
	if len(sq) != numUnsur {
		return fmt.Errorf("%d sums, want %d", len(sq), numUnsur)
	}
	for i, q := range sq {
		c, s := r.count[i], r.sum[i]
		if q > 5*s-4*c || new(big.Int).Mul(big.NewInt(c), big.NewInt(q)).Cmp(new(big.Int).Mul(big.NewInt(s), big.NewInt(s))) < 0 {
			return fmt.Errorf("%s: %d for %d answers summing to %d", Unsur(i+1).Code(), q, c, s)
		}
		r.sq[i] = q
	}
	r.hasSq = true
	return nil
}
