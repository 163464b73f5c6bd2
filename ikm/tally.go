package ikm

import (
	"fmt"
	"maps"
	"slices"
	"strconv"

	"github.com/go-asn/berakhlak/internal/likert"
	"github.com/go-asn/berakhlak/internal/limit"
	"github.com/go-asn/berakhlak/internal/text"
	"github.com/go-asn/berakhlak/survey"
)

// errZeroTally is returned by the methods of a Tally not made by NewTally
// or UnmarshalBinary.
var errZeroTally = fmt.Errorf("ikm: Tally not made by NewTally or UnmarshalBinary: %w", survey.ErrInvalidInstrument)

// Tally counts the answers of a Survei Kepuasan Masyarakat: for each unsur,
// how many respondents gave each answer 1–4 and how many left it blank, in
// integers only. Adding a respondent does not allocate. Tallies of shards
// of a survey merge into the tally of the whole, in any order, and travel
// between processes with [Tally.MarshalBinary].
//
// Make a Tally with [NewTally]; the zero Tally has no unsur and refuses
// answers. A Tally is not safe for concurrent use: give each goroutine its
// own and [Tally.Merge] them.
//
// A tally also counts each group of respondents ([Response.Group]: the
// jenis layanan, a unit, a profile) apart, for [Result.Groups].
type Tally struct {
	h      *likert.Tally // numUnsur items on 1–4
	hist   []uint64      // h's storage: unsur i, answer a at i*histWidth + a + 1
	in     Instrument
	groups map[string]*likert.Tally // nil until a group is added
}

// maxGroups is the most groups a tally holds (library limit): a group
// costs about 500 bytes.
const maxGroups = 10_000

// The classes of an answer byte: classOK for 1–4 and survey.NoAnswer,
// classAnswered for 1–4.
const (
	classOK       = 1
	classAnswered = 2
)

// answerClass maps every int8, as a byte, to its class.
var answerClass = func() (c [256]uint8) {
	for a := 1; a <= 4; a++ {
		c[a] = classOK | classAnswered
	}
	missing := survey.NoAnswer
	c[uint8(missing)] = classOK
	return c
}()

// histWidth is the row width of the histogram: missing, 0, then 1–4.
const histWidth = 6

// NewTally returns an empty tally of a survey of the nine unsur of
// PermenPANRB No. 14 Tahun 2017, in the order of [AllUnsur]
// ([Instrument2017]); [NewTallyFor] counts another instrument. (The 14
// unsur of the older KepmenPAN No. KEP/25/M.PAN/2/2004 are out of scope;
// see the package documentation.)
func NewTally() *Tally { return newTally(Instrument2017) }

// NewTallyFor returns an empty tally of a survey of in's nine unsur, in
// its order ([Instrument.Names]): NewTallyFor(Instrument2014) counts a
// survey of PermenPANRB No. 16 Tahun 2014. An invalid instrument is an
// error wrapping [survey.ErrInvalidInstrument].
func NewTallyFor(in Instrument) (*Tally, error) {
	if !in.IsValid() {
		return nil, fmt.Errorf("ikm: NewTallyFor(%s): %w", in, survey.ErrInvalidInstrument)
	}
	return newTally(in), nil
}

func newTally(in Instrument) *Tally { return tallyWith(in, newHist()) }

// tallyWith returns a tally of in whose whole survey is h.
func tallyWith(in Instrument, h *likert.Tally) *Tally {
	hist, w := h.Raw()
	if w != histWidth || len(hist) != numUnsur*histWidth {
		panic("ikm: unexpected histogram layout") // unreachable
	}
	return &Tally{h: h, hist: hist, in: in}
}

// newHist returns an empty histogram of the nine unsur on 1–4.
func newHist() *likert.Tally {
	h, err := likert.New(numUnsur, 1, 4)
	if err != nil {
		panic("ikm: " + err.Error()) // unreachable: the arguments are constants
	}
	return h
}

// Instrument returns the instrument the tally counts: Instrument2017 for
// a tally of [NewTally], and the zero Instrument for the zero Tally.
func (t *Tally) Instrument() Instrument {
	if t == nil {
		return 0
	}
	return t.in
}

// Groups returns the names of the groups counted ([Tally.AddResponse]), in
// increasing byte order.
func (t *Tally) Groups() []string {
	if t == nil {
		return nil
	}
	return slices.Sorted(maps.Keys(t.groups))
}

// IsValid reports whether t was made by [NewTally] or read by its
// UnmarshalBinary: the zero tally has no unsur and refuses answers.
func (t *Tally) IsValid() bool { return t != nil && t.h != nil }

// Respondents returns the number of respondents added.
func (t *Tally) Respondents() int {
	if t.h == nil {
		return 0
	}
	return int(t.h.Respondents())
}

// Add counts one respondent's answers: one per unsur in the order of
// [AllUnsur] (U1 to U9), or of the tally's [Instrument.Names], each 1
// (Tidak Baik) to 4 (Sangat Baik) or [survey.NoAnswer]. A missing answer
// is left out of its unsur's NRR, never counted as zero. respondent names
// the respondent in errors only.
//
// The answers are checked before anything is counted, so a rejected row
// leaves the tally unchanged. The errors are [*survey.AnswerError]s
// wrapping [survey.ErrInvalidAnswer]:
//   - a number of answers other than 9 (Field "answers");
//   - an answer outside 1–4 other than NoAnswer (Field the unsur's code,
//     e.g. "U3");
//   - a row with no answer at all (Field "answers"), which must not count
//     toward the minimum sample.
//
// A tally that holds the module's limit of 2^35 respondents refuses every
// row with an error wrapping [survey.ErrInvalidInput] (see [Tally.Merge]).
// Add does not allocate when it accepts the row.
func (t *Tally) Add(respondent string, answers []int8) error {
	return t.add(respondent, "", answers)
}

// Response is one respondent's answers, and the group the respondent is
// counted in besides the whole survey.
type Response struct {
	Respondent string // names the respondent in errors only
	// Group is the group the respondent belongs to, e.g. the jenis
	// layanan used; empty for none. [Result.Groups] gives each group's
	// figures, pooled over its own respondents.
	Group   string
	Answers []int8 // one per unsur, as for [Tally.Add]
}

// AddResponse counts r as [Tally.Add] counts its answers, in the whole
// survey and, when r.Group is not empty, in its group as well. It refuses,
// with an error wrapping [survey.ErrInvalidInput] and changing nothing, a
// group that would be one more than the 10,000 a tally holds (library
// limit). It allocates only the first time a group appears.
func (t *Tally) AddResponse(r Response) error {
	return t.add(r.Respondent, r.Group, r.Answers)
}

func (t *Tally) add(respondent, group string, answers []int8) error {
	if t.h == nil {
		return errZeroTally
	}
	if n := t.h.Respondents(); n >= limit.MaxRespondents {
		return fmt.Errorf("ikm: Add: %v: %w", limit.Respondents(n, 1), survey.ErrInvalidInput)
	}
	if len(answers) != numUnsur {
		return &survey.AnswerError{Respondent: respondent, Field: "answers", Answer: strconv.Itoa(len(answers)) + " answers",
			Reason: "want " + strconv.Itoa(numUnsur) + ", one per unsur"}
	}
	// Classify the nine answers without a branch per answer: the AND of
	// the classes has bit 0 unless an answer is invalid, the OR has bit 1
	// if any answer is given.
	and, or := uint8(classOK|classAnswered), uint8(0)
	for _, a := range answers[:numUnsur] {
		c := answerClass[uint8(a)]
		and &= c
		or |= c
	}
	if and&classOK == 0 {
		for i, a := range answers {
			if answerClass[uint8(a)]&classOK == 0 {
				return &survey.AnswerError{Respondent: respondent, Field: unsurCodes[i+1], Answer: strconv.Itoa(int(a)),
					Reason: "outside 1–4 (Tidak Baik to Sangat Baik); survey.NoAnswer marks a missing answer"}
			}
		}
	}
	if or&classAnswered == 0 {
		return &survey.AnswerError{Respondent: respondent, Field: "answers", Answer: "none",
			Reason: "no unsur answered; a blank row is not a respondent"}
	}
	var g *likert.Tally
	if group != "" {
		if g = t.groups[group]; g == nil {
			if len(t.groups) >= maxGroups {
				return fmt.Errorf("ikm: group %s would be one more than the %d groups a tally holds: %w", text.Quote(group), maxGroups, survey.ErrInvalidInput)
			}
			if t.groups == nil {
				t.groups = map[string]*likert.Tally{}
			}
			g = newHist()
			t.groups[group] = g
		}
	}
	// One increment per answer, missing (-1) included, as likert.Tally.Add
	// does, with the row width a constant.
	h := t.hist[:numUnsur*histWidth]
	for i, a := range answers[:numUnsur] {
		h[i*histWidth+int(a)+1]++
	}
	t.h.CountRespondent()
	if g != nil {
		g.Add(answers)
	}
	return nil
}

// Merge adds o's counts to t, which may be o itself, group by group, so
// that the tallies of shards of a survey merge into the tally of the
// whole, in any order. It returns an error wrapping
// [survey.ErrInvalidInstrument] when either tally was not made by
// [NewTally], [NewTallyFor] or [Tally.UnmarshalBinary], or when they count
// different instruments, and one wrapping [survey.ErrInvalidInput] when
// the sum would pass the limit of every tally of the module, 2^35
// (34,359,738,368) respondents, or the 10,000 groups a tally holds; a
// refused merge changes nothing.
func (t *Tally) Merge(o *Tally) error {
	if t.h == nil || o == nil || o.h == nil {
		return errZeroTally
	}
	if t.in != o.in {
		return fmt.Errorf("ikm: merging a tally of %s into one of %s: %w", o.in, t.in, survey.ErrInvalidInstrument)
	}
	if err := limit.Respondents(t.h.Respondents(), o.h.Respondents()); err != nil {
		return fmt.Errorf("ikm: Merge: %v: %w", err, survey.ErrInvalidInput)
	}
	if o != t {
		added := 0
		for name := range o.groups {
			if t.groups[name] == nil {
				added++
			}
		}
		if added > maxGroups-len(t.groups) {
			return fmt.Errorf("ikm: Merge: %d groups and %d more would pass the %d a tally holds: %w", len(t.groups), added, maxGroups, survey.ErrInvalidInput)
		}
	}
	// Nothing below fails: the same unsur and scale, and a group has no
	// more respondents than its tally.
	if err := t.h.Merge(o.h); err != nil {
		return fmt.Errorf("ikm: %v: %w", err, survey.ErrInvalidInstrument) // unreachable
	}
	for _, name := range slices.Sorted(maps.Keys(o.groups)) { // o may be t
		og, g := o.groups[name], t.groups[name]
		if g == nil {
			if t.groups == nil {
				t.groups = map[string]*likert.Tally{}
			}
			g = newHist()
			t.groups[name] = g
		}
		if err := g.Merge(og); err != nil {
			return fmt.Errorf("ikm: %v: %w", err, survey.ErrInvalidInstrument) // unreachable
		}
	}
	return nil
}

// Equal reports whether t and o count the same instrument and hold the
// same counts, in the whole survey and in each group. Two zero Tallies are
// equal.
func (t *Tally) Equal(o *Tally) bool {
	if !t.IsValid() || !o.IsValid() {
		return t.IsValid() == o.IsValid()
	}
	if t.in != o.in || !t.h.Equal(o.h) || len(t.groups) != len(o.groups) {
		return false
	}
	for name, g := range t.groups {
		if og := o.groups[name]; og == nil || !g.Equal(og) {
			return false
		}
	}
	return true
}
