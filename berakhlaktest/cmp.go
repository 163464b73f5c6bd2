package berakhlaktest

import (
	"bytes"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"reflect"

	"github.com/go-asn/berakhlak/akhlak"
	"github.com/go-asn/berakhlak/branding"
	"github.com/go-asn/berakhlak/category"
	"github.com/go-asn/berakhlak/engagement"
	"github.com/go-asn/berakhlak/figure"
	"github.com/go-asn/berakhlak/ikm"
	"github.com/go-asn/berakhlak/kinerja"
	"github.com/go-asn/berakhlak/kinerja/siasn"
	"github.com/go-asn/berakhlak/survey"
	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
)

// EquateDecimals returns a go-cmp option that compares decimal.Decimal
// values by value, as Decimal.Equal does: 60.9 equals 60.90. A diff shows
// each decimal's String, e.g. s"60.9", never its internal big.Int.
//
// go-cmp already uses Decimal.Equal when nothing else applies; the option
// states it, for an app's own structs and for use with other options.
func EquateDecimals() cmp.Option {
	return cmp.Comparer(func(a, b decimal.Decimal) bool { return a.Equal(b) })
}

// CmpOptions returns the go-cmp options under which cmp.Diff and cmp.Equal
// work on every exported value and result type of the module, and on an
// app's own types that hold them, without panicking on unexported fields:
//
//   - decimals by value ([EquateDecimals]);
//   - errors by their concrete type and message, and the same for every
//     error they wrap (an error in a field, such as akhlak.Exclusion.Err,
//     or a typed error such as *survey.AnswerError); it does not combine
//     with cmpopts.EquateErrors, which compares with errors.Is;
//   - an opaque value by what its exported methods report, shown field by
//     field under readable names: category.Scale (name, source, year,
//     places, maximum, bands), akhlak.Instrument (options, picks),
//     akhlak.Profile (the seven scores by value name, the index),
//     akhlak.BallotResult and *akhlak.BallotTally (respondents, minimum,
//     votes per list and option code, reach per list and value code),
//     akhlak.RatingResult (per behaviour code: answers, blanks and the sum
//     of the answers), kinerja.PerilakuKerja, siasn.SKP and
//     siasn.KinerjaPeriodik (every field and accessor);
//   - engagement.Result and branding.Result by the figures they publish
//     (their JSON), their instruments by items, dimensions and the rest of
//     the definition;
//   - a tally (*akhlak.RatingTally, *engagement.Tally, *branding.Tally,
//     *ikm.Tally) by its own Equal method, with its respondents and
//     figures shown beside it, and its counts as a digest of its binary
//     encoding when only they differ;
//   - ikm.Result by its figures (index, band, respondents, minimum,
//     options, each unsur's figures) and by its Equal method for the exact
//     sums behind them; category.Band, survey.Figures and
//     ikm.UnsurResult field by field, so a diff shows the decimal that
//     differs;
//   - everything else as go-cmp does by default: survey.Minimum by its
//     Equal method, printed with its String method; the other types field
//     by field.
//
// The options do not combine with another option that applies to the same
// types (go-cmp panics on such an ambiguity): pass an app's own options for
// its own types only.
func CmpOptions() cmp.Option {
	return cmp.Options{
		EquateDecimals(),
		cmp.Comparer(equalErrors),
		cmp.Comparer(func(a, b survey.RatingScale) bool { return a == b }),
		cmp.Transformer("category.Band", func(b category.Band) band { return band(b) }),
		cmp.Transformer("survey.Figures", func(f survey.Figures) figures { return figures(f) }),
		cmp.Transformer("ikm.UnsurResult", func(u ikm.UnsurResult) unsurResult { return unsurResult(u) }),
		cmp.Transformer("ikm.Result", ikmResultOf),
		cmp.Transformer("category.Scale", scaleOf),
		cmp.Transformer("akhlak.Instrument", instrumentOf),
		cmp.Transformer("akhlak.Profile", profileOf),
		cmp.Transformer("akhlak.BallotResult", ballotResultOf),
		cmp.Transformer("akhlak.BallotTally", func(t akhlak.BallotTally) ballotTally { return ballotTallyOf(&t) }),
		cmp.Transformer("akhlak.BallotTally", ballotTallyOf),
		cmp.Transformer("akhlak.RatingResult", ratingResultOf),
		cmp.Transformer("akhlak.RatingTally", func(t akhlak.RatingTally) ratingTally { return ratingTallyOf(&t) }),
		cmp.Transformer("akhlak.RatingTally", ratingTallyOf),
		cmp.Transformer("engagement.Instrument", engagementInstrumentOf),
		cmp.Transformer("engagement.Result", func(r engagement.Result) published { return publishedOf(r.IsValid(), r) }),
		cmp.Transformer("engagement.Tally", func(t engagement.Tally) engagementTally { return engagementTallyOf(&t) }),
		cmp.Transformer("engagement.Tally", engagementTallyOf),
		cmp.Transformer("branding.Instrument", brandingInstrumentOf),
		cmp.Transformer("branding.Result", func(r branding.Result) published { return publishedOf(r.IsValid(), r) }),
		cmp.Transformer("branding.Tally", func(t branding.Tally) brandingTally { return brandingTallyOf(&t) }),
		cmp.Transformer("branding.Tally", brandingTallyOf),
		cmp.Transformer("ikm.Tally", func(t ikm.Tally) ikmTally { return ikmTallyOf(&t) }),
		cmp.Transformer("ikm.Tally", ikmTallyOf),
		cmp.Transformer("kinerja.PerilakuKerja", perilakuKerjaOf),
		cmp.Transformer("siasn.SKP", skpOf),
		cmp.Transformer("siasn.KinerjaPeriodik", kinerjaPeriodikOf),
	}
}

// equalErrors compares two errors by their concrete types and messages,
// and then the errors they wrap, in order, the same way, so that two
// errors with the same text but different causes (a *survey.AnswerError
// wrapping another sentinel) differ. A nil error, or a nil pointer of an
// error type, equals only another.
func equalErrors(a, b error) bool {
	if isNil(a) || isNil(b) {
		return isNil(a) && isNil(b)
	}
	if reflect.TypeOf(a) != reflect.TypeOf(b) || a.Error() != b.Error() {
		return false
	}
	wa, wb := unwrapped(a), unwrapped(b)
	if len(wa) != len(wb) {
		return false
	}
	for i := range wa {
		if !equalErrors(wa[i], wb[i]) {
			return false
		}
	}
	return true
}

// unwrapped returns the errors err wraps, with Unwrap() error or
// Unwrap() []error.
func unwrapped(err error) []error {
	switch u := err.(type) {
	case interface{ Unwrap() error }:
		if w := u.Unwrap(); w != nil {
			return []error{w}
		}
	case interface{ Unwrap() []error }:
		return u.Unwrap()
	}
	return nil
}

func isNil(err error) bool {
	if err == nil {
		return true
	}
	v := reflect.ValueOf(err)
	switch v.Kind() {
	case reflect.Pointer, reflect.Map, reflect.Slice, reflect.Func, reflect.Interface, reflect.Chan:
		return v.IsNil()
	}
	return false
}

// The views below are what CmpOptions compares in place of an opaque
// value: exported fields, named as a reader of a diff knows them.

// band, figures and unsurResult are their types without methods, so that
// a diff goes down to the field that differs (go-cmp would otherwise stop
// at their Equal method and print the whole value, decimals as big.Ints
// when their String methods agree).
type (
	band        category.Band
	figures     survey.Figures
	unsurResult ikm.UnsurResult
)

// ikmResult is an ikm.Result as its accessors report it, with the exact
// sums behind the rounded NRR compared by its Equal method.
type ikmResult struct {
	Valid       bool
	Index       figure.Figure
	Band        category.Band
	Respondents int
	Minimum     survey.Minimum
	Weight      string // the printed weight, or "1/9"
	NRRPlaces   string // the NRR places, or "exact"
	Unsur       []ikm.UnsurResult
	Exact       exactResult
}

type exactResult struct{ r ikm.Result }

func (e exactResult) Equal(o exactResult) bool { return e.r.Equal(o.r) }
func (e exactResult) String() string           { return e.r.String() }

func ikmResultOf(r ikm.Result) ikmResult {
	v := ikmResult{
		Valid: r.IsValid(), Index: r.Index(), Band: r.Band(), Respondents: r.Respondents(), Minimum: r.Minimum(),
		Weight: "1/9", NRRPlaces: "exact", Unsur: r.PerUnsur(), Exact: exactResult{r},
	}
	if w, err := r.Weight(); err == nil {
		v.Weight = w.String()
	}
	if p, err := r.NRRPlaces(); err == nil {
		v.NRRPlaces = fmt.Sprint(p)
	}
	return v
}

type scale struct {
	Name, Source string
	Year         int
	Places       int32
	Max          decimal.Decimal
	Bands        []category.Band
}

func scaleOf(s category.Scale) scale {
	return scale{Name: s.Name(), Source: s.Source(), Year: s.Year(), Places: s.Places(), Max: s.Max(), Bands: s.Bands()}
}

type instrument struct {
	MaxPicks int
	Options  []akhlak.Option
}

func instrumentOf(in akhlak.Instrument) instrument {
	return instrument{MaxPicks: in.MaxPicks(), Options: in.Options()}
}

type profile struct {
	Valid                 bool
	BerorientasiPelayanan figure.Figure
	Akuntabel             figure.Figure
	Kompeten              figure.Figure
	Harmonis              figure.Figure
	Loyal                 figure.Figure
	Adaptif               figure.Figure
	Kolaboratif           figure.Figure
	Index                 figure.Figure
}

func profileOf(p akhlak.Profile) profile {
	return profile{
		Valid:                 p.IsValid(),
		BerorientasiPelayanan: p.Score(akhlak.BerorientasiPelayanan),
		Akuntabel:             p.Score(akhlak.Akuntabel),
		Kompeten:              p.Score(akhlak.Kompeten),
		Harmonis:              p.Score(akhlak.Harmonis),
		Loyal:                 p.Score(akhlak.Loyal),
		Adaptif:               p.Score(akhlak.Adaptif),
		Kolaboratif:           p.Score(akhlak.Kolaboratif),
		Index:                 p.Index(),
	}
}

// votes are a ballot survey's counts: per list, per option code and per
// value code.
type votes struct {
	Votes map[string]map[string]int // list → option code → votes
	Reach map[string]map[string]int // list → value code → respondents who picked one of its behaviours
}

func votesOf(r akhlak.BallotResult) votes {
	if !r.IsValid() {
		return votes{}
	}
	out := votes{Votes: map[string]map[string]int{}, Reach: map[string]map[string]int{}}
	for _, l := range akhlak.Lists() {
		vs, rs := map[string]int{}, map[string]int{}
		for i, o := range r.Instrument().Options() {
			vs[o.Code] = r.Votes(l, akhlak.OptionID(i+1))
		}
		for _, v := range akhlak.Values() {
			rs[v.Code()] = r.Reach(l, v)
		}
		out.Votes[l.String()], out.Reach[l.String()] = vs, rs
	}
	return out
}

type ballotResult struct {
	Valid       bool
	Respondents int
	Minimum     survey.Minimum
	Profile     akhlak.Profile
	Instrument  akhlak.Instrument
	Counts      votes
}

func ballotResultOf(r akhlak.BallotResult) ballotResult {
	return ballotResult{Valid: r.IsValid(), Respondents: r.Respondents(), Minimum: r.Minimum(), Profile: r.Profile(), Instrument: r.Instrument(), Counts: votesOf(r)}
}

type ballotTally struct {
	Nil         bool
	Respondents int
	Instrument  akhlak.Instrument
	Counts      votes
}

// ballotTallyOf reads a tally through the result of its counts: a tally is
// its instrument, its respondents, its votes and its reach, all of which
// the result reports.
func ballotTallyOf(t *akhlak.BallotTally) ballotTally {
	if t == nil {
		return ballotTally{Nil: true}
	}
	v := ballotTally{Respondents: t.Respondents(), Instrument: t.Instrument()}
	if v.Respondents > 0 {
		if r, err := t.Result(survey.FixedMinimum(1)); err == nil {
			v.Counts = votesOf(r)
		}
	}
	return v
}

// ratingLine is one behaviour's counts in a rating survey.
type ratingLine struct {
	Answered, Missing int
	Sum               int64 // of the answers
}

func ratingLinesOf(r akhlak.RatingResult) map[string]ratingLine {
	if !r.IsValid() {
		return nil
	}
	// The sums are in the result's JSON, which carries every count.
	var in struct {
		Behaviours []struct {
			Code string `json:"code"`
			Sum  int64  `json:"sum"`
		} `json:"behaviours"`
	}
	if b, err := json.Marshal(r); err == nil {
		_ = json.Unmarshal(b, &in)
	}
	sums := map[string]int64{}
	for _, b := range in.Behaviours {
		sums[b.Code] = b.Sum
	}
	out := map[string]ratingLine{}
	for _, b := range akhlak.Behaviours() {
		out[b.Code()] = ratingLine{Answered: r.Answered(b), Missing: r.Missing(b), Sum: sums[b.Code()]}
	}
	return out
}

type ratingResult struct {
	Valid       bool
	Scale       survey.RatingScale
	Respondents int
	Minimum     survey.Minimum
	Profile     akhlak.Profile
	Behaviours  map[string]ratingLine // behaviour code → counts
}

func ratingResultOf(r akhlak.RatingResult) ratingResult {
	return ratingResult{Valid: r.IsValid(), Scale: r.Scale(), Respondents: r.Respondents(), Minimum: r.Minimum(), Profile: r.Profile(), Behaviours: ratingLinesOf(r)}
}

// exactly holds a tally whose whole state only its own Equal method sees
// (a histogram per item). It compares with that method and prints as the
// length and FNV-1a digest of its binary encoding.
type exactly[T any, P interface {
	*T
	Equal(*T) bool
	MarshalBinary() ([]byte, error)
}] struct{ p P }

func (e exactly[T, P]) Equal(o exactly[T, P]) bool {
	if e.p == nil || o.p == nil {
		return e.p == nil && o.p == nil
	}
	return e.p.Equal(o.p)
}

func (e exactly[T, P]) String() string {
	if e.p == nil {
		return "none"
	}
	b, err := e.p.MarshalBinary()
	if err != nil {
		return "no encoding: " + err.Error()
	}
	h := fnv.New64a()
	h.Write(b)
	return fmt.Sprintf("%d bytes, FNV-1a %016x", len(b), h.Sum64())
}

type ratingTally struct {
	Nil         bool
	Scale       survey.RatingScale
	Respondents int
	Behaviours  map[string]ratingLine
	Counts      exactly[akhlak.RatingTally, *akhlak.RatingTally]
}

func ratingTallyOf(t *akhlak.RatingTally) ratingTally {
	if t == nil {
		return ratingTally{Nil: true}
	}
	v := ratingTally{Scale: t.Scale(), Respondents: t.Respondents(), Counts: exactly[akhlak.RatingTally, *akhlak.RatingTally]{t}}
	if v.Respondents > 0 {
		if r, err := t.Result(survey.FixedMinimum(1)); err == nil {
			v.Behaviours = ratingLinesOf(r)
		}
	}
	return v
}

// published is a result as it publishes its figures: its JSON, decoded
// with numbers kept as written.
type published struct {
	Valid   bool
	Figures any
}

func publishedOf(valid bool, m json.Marshaler) published {
	if !valid {
		return published{}
	}
	data, err := m.MarshalJSON()
	if err != nil {
		return published{Valid: true, Figures: "no JSON: " + err.Error()}
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		return published{Valid: true, Figures: "no JSON: " + err.Error()}
	}
	return published{Valid: true, Figures: v}
}

type engagementInstrument struct {
	Valid      bool
	Items      []survey.Item
	Dimensions []string
	// Definition is the rest (scale, recommendation item, thresholds), as
	// an empty tally of the instrument holds it.
	Definition exactly[engagement.Tally, *engagement.Tally]
}

func engagementInstrumentOf(in engagement.Instrument) engagementInstrument {
	v := engagementInstrument{Valid: in.IsValid(), Items: in.Items(), Dimensions: in.Dimensions()}
	if t, err := engagement.NewTally(in); err == nil {
		v.Definition.p = t
	}
	return v
}

type engagementTally struct {
	Nil         bool
	Respondents int
	Figures     published // of the tally's result with a minimum of 1
	Counts      exactly[engagement.Tally, *engagement.Tally]
}

func engagementTallyOf(t *engagement.Tally) engagementTally {
	if t == nil {
		return engagementTally{Nil: true}
	}
	v := engagementTally{Respondents: t.Respondents(), Counts: exactly[engagement.Tally, *engagement.Tally]{t}}
	if r, err := t.Result(survey.FixedMinimum(1)); err == nil {
		v.Figures = publishedOf(r.IsValid(), r)
	}
	return v
}

type brandingInstrument struct {
	Valid      bool
	Items      []survey.Item
	Dimensions []string
	Intention  string
	// Definition is the rest (scale, recommendation item), as an empty
	// tally of the instrument holds it.
	Definition exactly[branding.Tally, *branding.Tally]
}

func brandingInstrumentOf(in branding.Instrument) brandingInstrument {
	v := brandingInstrument{Valid: in.IsValid(), Items: in.Items(), Dimensions: in.Dimensions(), Intention: in.Intention()}
	if t, err := branding.NewTally(in); err == nil {
		v.Definition.p = t
	}
	return v
}

type brandingTally struct {
	Nil         bool
	Respondents int
	Figures     published // of the tally's result with a minimum of 1
	Counts      exactly[branding.Tally, *branding.Tally]
}

func brandingTallyOf(t *branding.Tally) brandingTally {
	if t == nil {
		return brandingTally{Nil: true}
	}
	v := brandingTally{Respondents: t.Respondents(), Counts: exactly[branding.Tally, *branding.Tally]{t}}
	if r, err := t.Result(survey.FixedMinimum(1)); err == nil {
		v.Figures = publishedOf(r.IsValid(), r)
	}
	return v
}

type ikmTally struct {
	Nil         bool
	Respondents int
	Result      ikm.Result // with a minimum of 1; zero when an unsur has no answer
	Counts      exactly[ikm.Tally, *ikm.Tally]
}

func ikmTallyOf(t *ikm.Tally) ikmTally {
	if t == nil {
		return ikmTally{Nil: true}
	}
	v := ikmTally{Respondents: t.Respondents(), Counts: exactly[ikm.Tally, *ikm.Tally]{t}}
	if r, err := t.Result(survey.FixedMinimum(1)); err == nil {
		v.Result = r
	}
	return v
}

type perilakuKerja struct {
	Valid  bool
	Rating kinerja.Rating
	Items  [7]kinerja.Ekspektasi
}

func perilakuKerjaOf(pk kinerja.PerilakuKerja) perilakuKerja {
	return perilakuKerja{Valid: pk.IsValid(), Rating: pk.Rating(), Items: pk.Items()}
}

type skp struct {
	Valid                       bool
	ID, PNSDinilaiOrang         string
	Penilai                     siasn.Penilai
	Path                        []siasn.Dokumen
	Tahun                       int
	HasilKinerja, PerilakuKerja kinerja.Rating
	Predikat                    kinerja.Predikat
}

func skpOf(s siasn.SKP) skp {
	return skp{
		Valid: s.IsValid(), ID: s.ID, PNSDinilaiOrang: s.PNSDinilaiOrang, Penilai: s.Penilai, Path: s.Path,
		Tahun: s.Tahun(), HasilKinerja: s.HasilKinerja(), PerilakuKerja: s.PerilakuKerja(), Predikat: s.Predikat(),
	}
}

type kinerjaPeriodik struct {
	Valid                       bool
	ID, PNSDinilaiID            string
	Penilai                     siasn.Penilai
	Path                        []siasn.Dokumen
	Tahun                       int
	BulanMulai, BulanSelesai    int
	Periodik                    siasn.Periodik
	Jenjang                     kinerja.Jenjang
	HasilKinerja, PerilakuKerja kinerja.Rating
	Predikat                    kinerja.Predikat
}

func kinerjaPeriodikOf(k siasn.KinerjaPeriodik) kinerjaPeriodik {
	mulai, selesai := k.Bulan()
	return kinerjaPeriodik{
		Valid: k.IsValid(), ID: k.ID, PNSDinilaiID: k.PNSDinilaiID, Penilai: k.Penilai, Path: k.Path,
		Tahun: k.Tahun(), BulanMulai: mulai, BulanSelesai: selesai, Periodik: k.Periodik(), Jenjang: k.Jenjang(),
		HasilKinerja: k.HasilKinerja(), PerilakuKerja: k.PerilakuKerja(), Predikat: k.Predikat(),
	}
}
