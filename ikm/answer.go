package ikm

import (
	"strconv"
	"strings"

	"github.com/go-asn/berakhlak/internal/enum"

	"github.com/go-asn/berakhlak/internal/fold"
)

// Answer is one answer to an unsur on the four-point scale of PermenPANRB
// No. 14 Tahun 2017. Its value is the nilai persepsi that enters the NRR:
// 1 Tidak Baik to 4 Sangat Baik. The zero Answer is invalid; a missing
// answer is [survey.NoAnswer], not an Answer.
//
// [Tally.Add] takes answers as int8 (int8(ikm.Baik) is 3), so that a
// reader can pass a row it decoded without converting it.
type Answer int8

// The four answers, lowest first.
const (
	TidakBaik  Answer = 1 // 1 Tidak Baik
	KurangBaik Answer = 2 // 2 Kurang Baik
	Baik       Answer = 3 // 3 Baik
	SangatBaik Answer = 4 // 4 Sangat Baik
)

var answerLabels = [...]string{"", "Tidak Baik", "Kurang Baik", "Baik", "Sangat Baik"}

// Answers returns the four answers, lowest first.
func Answers() [4]Answer { return [4]Answer{TidakBaik, KurangBaik, Baik, SangatBaik} }

// IsValid reports whether a is one of the four answers.
func (a Answer) IsValid() bool { return a >= TidakBaik && a <= SangatBaik }

// String returns the official label, e.g. "Sangat Baik", or
// "ikm.Answer(N)" for an invalid Answer.
func (a Answer) String() string {
	if !a.IsValid() {
		return "ikm.Answer(" + strconv.Itoa(int(a)) + ")"
	}
	return answerLabels[a]
}

// AppendText appends the answer's digit, "1" to "4", to b. The zero Answer
// appends nothing; any other invalid Answer is a [*ParseError].
func (a Answer) AppendText(b []byte) ([]byte, error) {
	return enum.AppendFunc(b, a, a.IsValid(), func() string { return string(rune('0' + a)) },
		func() error { return &ParseError{Input: a.String(), Err: ErrUnknownAnswer} })
}

// MarshalText returns the answer's digit, as [Answer.AppendText] appends
// it.
func (a Answer) MarshalText() ([]byte, error) { return a.AppendText(nil) }

// UnmarshalText sets a from any spelling [ParseAnswer] accepts; the empty
// text sets the zero Answer.
func (a *Answer) UnmarshalText(b []byte) error { return enum.Unmarshal(a, b, ParseAnswer) }

// ParseAnswer returns the answer named by s: its digit "1" to "4", or its
// label in any case and spacing ("Sangat Baik", "sangat_baik",
// "KURANG-BAIK"). Anything else returns a [*ParseError] that quotes s.
func ParseAnswer(s string) (Answer, error) {
	if a, ok := parseDigit(s); ok {
		return a, nil
	}
	var buf [16]byte
	key, ok := fold.Append(buf[:0], s, false)
	if ok {
		if a := genericLabel(key); a != 0 {
			return a, nil
		}
	}
	return 0, &ParseError{Input: s, Err: ErrUnknownAnswer}
}

// parseDigit reads an answer written as its digit. The digit is matched as
// written (bar spaces), so that "-1" or "1.0" is not an answer; only the
// labels are folded.
func parseDigit(s string) (Answer, bool) {
	if d := strings.TrimSpace(s); len(d) == 1 && d[0] >= '1' && d[0] <= '4' {
		return Answer(d[0] - '0'), true
	}
	return 0, false
}

// genericLabel returns the answer whose label folds to key, or 0.
func genericLabel(key []byte) Answer {
	switch string(key) {
	case "tidakbaik":
		return TidakBaik
	case "kurangbaik":
		return KurangBaik
	case "baik":
		return Baik
	case "sangatbaik":
		return SangatBaik
	}
	return 0
}

// MustParseAnswer is like [ParseAnswer] but panics on an unknown answer.
// It is meant for tests.
func MustParseAnswer(s string) Answer { return enum.Must(ParseAnswer(s)) }
