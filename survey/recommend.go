package survey

import "strconv"

// Recommendation is one answer to a 0–10 recommendation item, the item an
// eNPS or NPS is computed from ("how likely are you to recommend …").
//
// The zero Recommendation is no answer, so that a response whose field is
// left unset is never counted as a detractor. [Recommend] makes an answer,
// 0 included:
//
//	Response{…, Recommend: survey.Recommend(0)} // a detractor
//	Response{…}                                 // no recommendation answer
//
// An answer outside 0–10 is kept as given, and the tally it is added to
// refuses it with an [*AnswerError] that names it.
type Recommendation struct {
	answer int8
	given  bool
}

// Recommend returns the answer n to a 0–10 recommendation item. An n
// outside 0–10 gives a Recommendation that every tally refuses, naming n
// (an n beyond −128…127 is named as the nearest of the two).
func Recommend(n int) Recommendation {
	return Recommendation{answer: int8(max(-128, min(127, n))), given: true}
}

// Answer returns the answer and true, or 0 and false for the zero
// Recommendation (no answer).
func (r Recommendation) Answer() (int, bool) { return int(r.answer), r.given }

// IsValid reports whether r is an answer within 0–10. The zero
// Recommendation is not an answer, so it is not valid, but a tally counts
// it as a missing answer, not as an error.
func (r Recommendation) IsValid() bool { return r.given && r.answer >= 0 && r.answer <= 10 }

// String returns the answer in digits, e.g. "9", or "no answer" for the
// zero Recommendation.
func (r Recommendation) String() string {
	if !r.given {
		return "no answer"
	}
	return strconv.Itoa(int(r.answer))
}

// Equal reports whether r and o are the same answer, or both no answer.
// It is the same as r == o.
func (r Recommendation) Equal(o Recommendation) bool { return r == o }
