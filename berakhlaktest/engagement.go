package berakhlaktest

import (
	"github.com/go-asn/berakhlak/engagement"
	"github.com/go-asn/berakhlak/survey"
	"strconv"
)

// units are the invented subgroups of the synthetic engagement survey, with
// their weights: the last is small, so that it is usually below the
// confidentiality threshold in a small survey.
var units = []struct {
	name   string
	weight int
}{
	{"Sekretariat", 30}, {"Bidang Pelayanan", 30}, {"Bidang Umum", 20}, {"Bidang Data", 16}, {"Unit Kecil", 4},
}

// EngagementResponses returns o.Rows synthetic responses to the
// definition's instrument, seeded by o.Seed: one answer per item on its
// scale (1–5 when the definition gives none), reverse-coded items answered
// in reverse, a unit as the Group ("Sekretariat", "Bidang Pelayanan",
// "Bidang Umum", "Bidang Data" and the small "Unit Kecil"), and a 0–10
// recommendation in line with the answers when the definition has one
// (the zero survey.Recommendation, no answer, otherwise). o.Missing is the percentage of answers,
// the recommendation included, left blank; a valid row keeps at least one
// item answered. IDs are "R00000001" onwards. The same rows fit
// branding.Response, field for field.
//
// A bad row breaks one rule of engagement's Tally.Add: an answer one above
// the scale, no answer at all, one answer too few, or (with a
// recommendation item) a recommendation of 11. A definition that
// engagement.NewInstrument refuses is its error; invalid Options an error
// wrapping survey.ErrInvalidInput that names the knob.
func EngagementResponses(d engagement.Definition, o Options) ([]Row[engagement.Response], error) {
	if _, err := engagement.NewInstrument(d); err != nil {
		return nil, err
	}
	scale := d.Scale
	if scale == (survey.RatingScale{}) {
		scale = survey.DefaultRatingScale()
	}
	lo, hi := scale.Min(), scale.Max()
	items := append([]survey.Item(nil), d.Items...)
	var weights []int
	for _, u := range units {
		weights = append(weights, u.weight)
	}
	build := func(i int, s *stream, bad bool) Row[engagement.Response] {
		disp := disposition(s, lo, hi)
		ans := make([]int8, len(items))
		answers(s, ans, disp, func(int) int { return 0 }, lo, hi, o.Missing, true)
		for j, it := range items {
			if it.Reverse && ans[j] != survey.NoAnswer {
				ans[j] = int8(lo + hi - int(ans[j]))
			}
		}
		rec := survey.NoAnswer
		if d.Recommend {
			// The recommendation follows the disposition, on 0–10.
			rec = int8(clamp((disp-lo)*10/max(hi-lo, 1)+s.intn(5)-2, 0, 10))
			if s.percent(o.Missing) {
				rec = survey.NoAnswer
			}
		}
		r := Row[engagement.Response]{ID: respondentID(i)}
		if bad {
			kinds := 3
			if d.Recommend {
				kinds = 4
			}
			if k := s.intn(kinds); k < 3 {
				ans, r.Bad = breakAnswers(s, ans, func(j int) string { return items[j].Code }, hi)
				if r.Bad == "no answer at all" {
					rec = survey.NoAnswer
				}
			} else {
				rec, r.Bad = 11, "recommend: 11 outside 0–10"
			}
		}
		r.Value = engagement.Response{Respondent: r.ID, Group: units[s.weighted(weights)].name, Answers: ans, Recommend: recommendation(rec)}
		return r
	}
	clone := func(v engagement.Response) engagement.Response {
		v.Answers = cloneAnswers(v.Answers)
		return v
	}
	return generate(kindEngagement, o, build, clone)
}

// EngagementCSV writes rows in the format of examples/engagement: the
// header respondent,unit, the item codes of the definition and, when it has
// a recommendation item, recommend; blanks are empty cells. A row with too
// few answers is written with too few fields.
func EngagementCSV(d engagement.Definition, rows []Row[engagement.Response]) []byte {
	header := []string{"respondent", "unit"}
	for _, it := range d.Items {
		header = append(header, it.Code)
	}
	if d.Recommend {
		header = append(header, "recommend")
	}
	return writeCSV(header, func(emit func([]string)) {
		var rec []string
		for _, r := range rows {
			rec = append(rec[:0], r.Value.Respondent, r.Value.Group)
			for _, a := range r.Value.Answers {
				rec = append(rec, answerText(a))
			}
			if d.Recommend {
				rec = append(rec, recommendText(r.Value.Recommend))
			}
			emit(rec)
		}
	})
}

// ItemsCSV writes an instrument's items in the format of examples/engagement's
// -instrument file: the header code,dimension,reverse, reverse "yes" or "no".
func ItemsCSV(items []survey.Item) []byte {
	return writeCSV([]string{"code", "dimension", "reverse"}, func(emit func([]string)) {
		for _, it := range items {
			emit([]string{it.Code, it.Dimension, map[bool]string{true: "yes", false: "no"}[it.Reverse]})
		}
	})
}

// recommendation returns the answer rec, or no answer for survey.NoAnswer.
func recommendation(rec int8) survey.Recommendation {
	if rec == survey.NoAnswer {
		return survey.Recommendation{}
	}
	return survey.Recommend(int(rec))
}

// recommendText writes a recommendation answer as a CSV cell: empty for
// no answer.
func recommendText(r survey.Recommendation) string {
	n, ok := r.Answer()
	if !ok {
		return ""
	}
	return strconv.Itoa(n)
}
