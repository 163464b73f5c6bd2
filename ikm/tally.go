package ikm

import (
	"fmt"
	"strconv"

	"github.com/go-asn/berakhlak/internal/likert"
	"github.com/go-asn/berakhlak/internal/limit"
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
type Tally struct {
	h    *likert.Tally // numUnsur items on 1–4
	hist []uint64      // h's storage: unsur i, answer a at i*histWidth + a + 1
}

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
// PermenPANRB No. 14 Tahun 2017, in the order of [AllUnsur]. (The 14 unsur
// of the older KepmenPAN No. KEP/25/M.PAN/2/2004 are out of scope; see
// the package documentation.)
func NewTally() *Tally {
	h, err := likert.New(numUnsur, 1, 4)
	if err != nil {
		panic("ikm: " + err.Error()) // unreachable: the arguments are constants
	}
	return newTally(h)
}

func newTally(h *likert.Tally) *Tally {
	hist, w := h.Raw()
	if w != histWidth || len(hist) != numUnsur*histWidth {
		panic("ikm: unexpected histogram layout") // unreachable
	}
	return &Tally{h: h, hist: hist}
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
// [AllUnsur] (U1 to U9), each 1 (Tidak Baik) to 4 (Sangat Baik) or
// [survey.NoAnswer]. A missing answer is left out of its unsur's NRR,
// never counted as zero. respondent names the respondent in errors only.
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
	// One increment per answer, missing (-1) included, as likert.Tally.Add
	// does, with the row width a constant.
	h := t.hist[:numUnsur*histWidth]
	for i, a := range answers[:numUnsur] {
		h[i*histWidth+int(a)+1]++
	}
	t.h.CountRespondent()
	return nil
}

// Merge adds o's counts to t, which may be o itself, so that the tallies
// of shards of a survey merge into the tally of the whole, in any order.
// It returns an error wrapping [survey.ErrInvalidInstrument] when either
// tally was not made by [NewTally] or [Tally.UnmarshalBinary], and one
// wrapping [survey.ErrInvalidInput] when the sum would pass the limit of
// every tally of the module, 2^35 (34,359,738,368) respondents; a refused
// merge changes nothing.
func (t *Tally) Merge(o *Tally) error {
	if t.h == nil || o == nil || o.h == nil {
		return errZeroTally
	}
	if err := limit.Respondents(t.h.Respondents(), o.h.Respondents()); err != nil {
		return fmt.Errorf("ikm: Merge: %v: %w", err, survey.ErrInvalidInput)
	}
	if err := t.h.Merge(o.h); err != nil {
		return fmt.Errorf("ikm: %v: %w", err, survey.ErrInvalidInstrument) // unreachable: the same unsur and scale
	}
	return nil
}

// Equal reports whether t and o hold the same counts. Two zero Tallies are
// equal.
func (t *Tally) Equal(o *Tally) bool {
	if !t.IsValid() || !o.IsValid() {
		return t.IsValid() == o.IsValid()
	}
	return t.h.Equal(o.h)
}
