package berakhlaktest

import (
	"fmt"
	"strconv"

	"github.com/go-asn/berakhlak/akhlak"
	"github.com/go-asn/berakhlak/survey"
)

// behaviourBias shifts a synthetic respondent's answer to each of the 21
// behaviours: Akuntabel up, Adaptif down (invented, after the 2022 national
// picture).
var behaviourBias = [21]int{0, 0, 0, 1, 1, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, -1, -1, -1, 0, 0, 0}

// disposition returns a respondent's typical answer on lo…hi: the mean of
// two uniform draws, rounded up, so the middle of the scale is likelier.
func disposition(s *stream, lo, hi int) int {
	span := hi - lo
	return lo + (s.intn(span+1)+s.intn(span+1)+1)/2
}

// noise is a respondent's deviation from their typical answer.
var noise = [4]int{-1, 0, 0, 1}

// answer returns a respondent's answer near their disposition: shifted by
// bias and by −1, 0, 0 or +1 (one of the four, uniformly), kept on lo…hi.
func answer(s *stream, disp, bias, lo, hi int) int8 {
	return int8(clamp(disp+bias+noise[s.intn(4)], lo, hi))
}

func clamp(a, lo, hi int) int { return min(max(a, lo), hi) }

// answers fills dst with answers near the disposition disp on lo…hi,
// leaving each blank with probability missing percent; when keepOne, a row
// left all blank gets one answer back.
func answers(s *stream, dst []int8, disp int, bias func(i int) int, lo, hi, missing int, keepOne bool) {
	blank := 0
	for i := range dst {
		dst[i] = answer(s, disp, bias(i), lo, hi)
		if s.percent(missing) {
			dst[i] = survey.NoAnswer
			blank++
		}
	}
	if keepOne && blank == len(dst) && len(dst) > 0 {
		dst[s.intn(len(dst))] = answer(s, disp, 0, lo, hi)
	}
}

// Ratings returns o.Rows synthetic rows of a rating instrument on the scale:
// 21 answers each, in the order of akhlak.Behaviours, seeded by o.Seed.
// A respondent answers near a typical level of their own, shifted per
// behaviour (invented: Akuntabel higher, Adaptif lower); o.Missing is the
// percentage of answers left blank (survey.NoAnswer), and a valid row keeps
// at least one answer. IDs are "R00000001" onwards.
//
// A bad row breaks one rule of RatingTally.Add: an answer one above the
// scale, no answer at all, or 20 answers instead of 21. An invalid scale is
// an error wrapping survey.ErrInvalidInstrument; invalid Options an error
// wrapping survey.ErrInvalidInput that names the knob.
func Ratings(scale survey.RatingScale, o Options) ([]Row[[]int8], error) {
	if !scale.IsValid() {
		return nil, fmt.Errorf("berakhlaktest: Ratings with an invalid scale %s: %w", scale, survey.ErrInvalidInstrument)
	}
	lo, hi := scale.Min(), scale.Max()
	bias := func(i int) int { return behaviourBias[i] }
	var arena []int8
	build := func(i int, s *stream, bad bool) Row[[]int8] {
		if cap(arena)-len(arena) < 21 {
			arena = make([]int8, 0, 21*1024)
		}
		row := arena[len(arena) : len(arena)+21 : len(arena)+21]
		arena = arena[:len(arena)+21]
		answers(s, row, disposition(s, lo, hi), bias, lo, hi, o.Missing, true)
		r := Row[[]int8]{ID: respondentID(i), Value: row}
		if bad {
			r.Value, r.Bad = breakAnswers(s, row, func(j int) string { return akhlak.Behaviours()[j].Code() }, hi)
		}
		return r
	}
	return generate(kindRatings, o, build, cloneAnswers)
}

// breakAnswers returns a copy of a row of Likert answers that breaks one
// rule of the tallies, and the reason: an answer one above the scale's
// max, no answer at all, or one answer too few. code names item j.
func breakAnswers(s *stream, row []int8, code func(j int) string, hi int) ([]int8, string) {
	out := append([]int8(nil), row...)
	switch s.intn(3) {
	case 0:
		j := s.intn(len(out))
		out[j] = int8(hi + 1)
		return out, fmt.Sprintf("%s: answer %d outside the scale", code(j), hi+1)
	case 1:
		for j := range out {
			out[j] = survey.NoAnswer
		}
		return out, "no answer at all"
	default:
		return out[:len(out)-1], fmt.Sprintf("%d answers, want %d", len(out)-1, len(out))
	}
}

func cloneAnswers(a []int8) []int8 { return append([]int8{}, a...) }

// answerText writes an answer as a CSV cell: empty for survey.NoAnswer.
func answerText(a int8) string {
	if a == survey.NoAnswer {
		return ""
	}
	return strconv.Itoa(int(a))
}

// RatingsCSV writes rows in the rating format of examples/report: the
// header respondent,BP1,…,KL3, then the answers, empty for
// survey.NoAnswer. A row with too few answers is written with too few
// fields.
func RatingsCSV(rows []Row[[]int8]) []byte {
	header := []string{"respondent"}
	for _, b := range akhlak.Behaviours() {
		header = append(header, b.Code())
	}
	return writeCSV(header, func(emit func([]string)) {
		rec := make([]string, 0, 22)
		for _, r := range rows {
			rec = append(rec[:0], r.ID)
			for _, a := range r.Value {
				rec = append(rec, answerText(a))
			}
			emit(rec)
		}
	})
}
