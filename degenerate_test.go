package berakhlak_test

import (
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/go-asn/berakhlak/akhlak"
	"github.com/go-asn/berakhlak/branding"
	"github.com/go-asn/berakhlak/category"
	"github.com/go-asn/berakhlak/engagement"
	"github.com/go-asn/berakhlak/figure"
	"github.com/go-asn/berakhlak/ikm"
	"github.com/go-asn/berakhlak/survey"
	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
)

// engagementScale is a caller's scale for an engagement index: the library
// publishes none.
func engagementScale() category.Scale {
	return category.MustNewScale("Engagement", 1, decimal.New(100, 0),
		category.Band{Letter: "T", Label: "Tinggi", Min: decimal.New(60, 0)},
		category.Band{Letter: "R", Label: "Rendah", Min: decimal.Zero})
}

// The degenerate-input walk (issue 22, item 2): every figure accessor of
// every result type, over inputs where a figure may not exist (one
// respondent, all lists empty but one, an instrument without limiting
// options, every answer the same, an item nobody answered). Each accessor
// returns either the figure worked out by hand in the case's comment, or
// an error wrapping survey.ErrNoFigure, written "no figure". A new
// accessor fails TestWalkCoversEveryAccessor until the walk reads it.

// walked is one accessor's answer, as text.
func walked(f any, err error) string {
	switch {
	case errors.Is(err, survey.ErrNoFigure):
		return "no figure"
	case err != nil:
		return "error: " + err.Error()
	}
	return fmt.Sprint(f)
}

func codes[T interface{ Code() string }](xs []T) string {
	var out []string
	for _, x := range xs {
		out = append(out, x.Code())
	}
	return strings.Join(out, " ")
}

// profileWalk reads every figure of a profile.
func profileWalk(p akhlak.Profile) map[string]string {
	m := map[string]string{"Index": p.Index().String(), "Band": p.Band().String(), "IsValid": fmt.Sprint(p.IsValid()),
		"Lowest": codes(p.Lowest()), "Highest": codes(p.Highest())}
	var scores, cats, ranks []string
	for _, v := range akhlak.Values() {
		scores = append(scores, v.Code()+" "+p.Score(v).String())
		cats = append(cats, p.ValueBand(v).Letter)
	}
	for _, r := range p.Ranked() {
		ranks = append(ranks, fmt.Sprintf("%d %s %s %v", r.Rank, r.Value.Code(), r.Score, r.Tied))
	}
	m["Score"], m["ValueBand"], m["Ranked"] = strings.Join(scores, ", "), strings.Join(cats, " "), strings.Join(ranks, ", ")
	return m
}

func ballotWalk(r akhlak.BallotResult) map[string]string {
	m := map[string]string{}
	for k, v := range profileWalk(r.Profile()) {
		if k == "Score" || k == "ValueBand" || k == "Index" || k == "Band" {
			m[k] = v
		}
	}
	m["Profile"] = fmt.Sprint(r.Profile().Equal(akhlak.MustNewProfile(decimals(r))))
	m["Respondents"] = fmt.Sprint(r.Respondents())
	m["Minimum"] = r.Minimum().String()
	m["Instrument"] = fmt.Sprint(r.Instrument().Len())
	m["IsValid"] = fmt.Sprint(r.IsValid())
	m["Entropy"] = walked(r.Entropy())
	m["EntropyPercent"] = walked(r.EntropyPercent())
	m["EntropyBand"] = walked(r.EntropyBand())
	m["PositiveEnergy"] = walked(r.PositiveEnergy())
	al := func(a akhlak.Alignment, err error) string {
		if err != nil {
			return walked(nil, err)
		}
		return fmt.Sprintf("%d tied %v", a.Matches, a.CutTied)
	}
	m["Alignment"] = al(r.Alignment(akhlak.ListPersonal, akhlak.ListCurrent)) + "; " + al(r.Alignment(akhlak.ListCurrent, akhlak.ListDesired))
	m["DesiredAlignmentBand"] = walked(r.DesiredAlignmentBand())
	m["ScoreInterval"], m["IndexInterval"] = intervals(r.ScoreInterval), walked(r.IndexInterval())
	var tv, mv, lv, top, tie, reach, votes, rank []string
	for _, l := range akhlak.Lists() {
		tv = append(tv, fmt.Sprint(r.TotalVotes(l)))
		mv = append(mv, "["+codes(r.MostVoted(l))+"]")
		lv = append(lv, fmt.Sprintf("[%d]", len(r.LeastVoted(l))))
		var tl []string
		for _, x := range r.Top(l, 3) {
			tl = append(tl, fmt.Sprintf("%s %d", x.Code, x.Votes))
		}
		top = append(top, "["+strings.Join(tl, ", ")+"]")
		tie = append(tie, fmt.Sprint(r.CutTied(l, 1)))
		var rc, vc []string
		for _, v := range akhlak.Values() {
			rc = append(rc, fmt.Sprint(r.Reach(l, v)))
		}
		for i := range r.Instrument().Len() {
			if n := r.Votes(l, akhlak.OptionID(i+1)); n > 0 {
				vc = append(vc, fmt.Sprintf("%d:%d", i+1, n))
			}
		}
		reach, votes = append(reach, strings.Join(rc, "")), append(votes, "["+strings.Join(vc, " ")+"]")
		rk := r.Ranking(l)
		rank = append(rank, fmt.Sprintf("%d lines, first %s %d tied %v", len(rk), rk[0].Code, rk[0].Votes, rk[0].Tied))
	}
	m["TotalVotes"], m["MostVoted"], m["LeastVoted"], m["Top"] = strings.Join(tv, " "), strings.Join(mv, " "), strings.Join(lv, " "), strings.Join(top, " ")
	m["CutTied"], m["Reach"], m["Votes"], m["Ranking"] = strings.Join(tie, " "), strings.Join(reach, " "), strings.Join(votes, " "), strings.Join(rank, "; ")
	return m
}

// decimals returns a result's seven scores, to build the same profile.
func decimals(r interface {
	Score(akhlak.Value) figure.Figure
}) map[akhlak.Value]decimal.Decimal {
	out := map[akhlak.Value]decimal.Decimal{}
	for _, v := range akhlak.Values() {
		out[v] = r.Score(v).Decimal()
	}
	return out
}

func ratingWalk(r akhlak.RatingResult) map[string]string {
	m := map[string]string{}
	for k, v := range profileWalk(r.Profile()) {
		if k == "Score" || k == "ValueBand" || k == "Index" || k == "Band" {
			m[k] = v
		}
	}
	m["Profile"] = r.Profile().Index().String()
	m["Respondents"], m["Minimum"], m["Scale"], m["IsValid"] = fmt.Sprint(r.Respondents()), r.Minimum().String(), r.Scale().String(), fmt.Sprint(r.IsValid())
	var mean, meanAt, ans, miss []string
	bs := akhlak.Behaviours()
	for _, b := range bs[:3] {
		mean = append(mean, walked(r.Mean(b)))
		meanAt = append(meanAt, walked(r.MeanAt(b, 3)))
		ans = append(ans, fmt.Sprint(r.Answered(b)))
		miss = append(miss, fmt.Sprint(r.Missing(b)))
	}
	m["Mean"], m["MeanAt"], m["Answered"], m["Missing"] = strings.Join(mean, ", "), strings.Join(meanAt, ", "), strings.Join(ans, " "), strings.Join(miss, " ")
	m["ScoreInterval"], m["IndexInterval"] = intervals(r.ScoreInterval), walked(r.IndexInterval())
	return m
}

// intervals returns the seven values' intervals.
func intervals(f func(akhlak.Value) (survey.Interval, error)) string {
	var out []string
	for _, v := range akhlak.Values() {
		out = append(out, v.Code()+" "+walked(f(v)))
	}
	return strings.Join(out, ", ")
}

func ikmWalk(r ikm.Result) map[string]string {
	m := map[string]string{"Index": r.Index().String(), "Band": r.Band().String(), "Respondents": fmt.Sprint(r.Respondents()),
		"Minimum": r.Minimum().String(), "IsValid": fmt.Sprint(r.IsValid()), "String": r.String()}
	m["Weight"] = walked(r.Weight())
	m["NRRPlaces"] = walked(r.NRRPlaces())
	var nrr, at, per []string
	us := ikm.AllUnsur()
	for _, u := range us[:3] {
		nrr = append(nrr, r.NRR(u).String())
		at = append(at, walked(r.NRRAt(u, 3)))
		x := r.Unsur(u)
		per = append(per, fmt.Sprintf("%s %s %s %s %d/%d/%d", x.Unsur.Code(), x.NRR, x.Converted, x.Band.Letter, x.Answers, x.Missing, x.Sum))
	}
	m["NRR"], m["NRRAt"], m["Unsur"] = strings.Join(nrr, " "), strings.Join(at, " "), strings.Join(per, ", ")
	m["PerUnsur"] = fmt.Sprint(len(r.PerUnsur()))
	m["Instrument"] = r.Instrument().String()
	m["Items"] = fmt.Sprint(len(r.Items()))
	m["Groups"] = fmt.Sprint(len(r.Groups()))
	m["IndexInterval"] = walked(r.IndexInterval())
	return m
}

// likertResult is what engagement.Result and branding.Result share.
type likertResult interface {
	Respondents() int
	IsValid() bool
	Minimum() survey.Minimum
	Scale() survey.RatingScale
	Total() (survey.Figures, error)
	Item(string) (survey.Figures, error)
	Dimension(string) (survey.Figures, error)
	Alpha(string) (figure.Figure, int, error)
	DimensionInterval(string) (survey.Interval, error)
}

func likertWalk(r likertResult, items, dims []string) map[string]string {
	fig := func(f survey.Figures, err error) string {
		if err != nil {
			return walked(nil, err)
		}
		return fmt.Sprintf("%s %s %d/%d", f.Mean, f.Favourable, f.Answers, f.Missing)
	}
	m := map[string]string{"Respondents": fmt.Sprint(r.Respondents()), "IsValid": fmt.Sprint(r.IsValid()),
		"Minimum": r.Minimum().String(), "Scale": r.Scale().String(), "Total": fig(r.Total())}
	var it, dm, al, di []string
	for _, c := range items {
		it = append(it, fig(r.Item(c)))
	}
	for _, d := range dims {
		dm = append(dm, fig(r.Dimension(d)))
		a, n, err := r.Alpha(d)
		al = append(al, walked(a, err)+fmt.Sprintf(" (n=%d)", n))
		di = append(di, walked(r.DimensionInterval(d)))
	}
	m["Item"], m["Dimension"], m["Alpha"] = strings.Join(it, ", "), strings.Join(dm, ", "), strings.Join(al, ", ")
	m["DimensionInterval"] = strings.Join(di, ", ")
	return m
}

func engagementWalk(r engagement.Result, items, dims []string) map[string]string {
	m := likertWalk(r, items, dims)
	m["Index"] = walked(r.Index())
	m["IndexInterval"] = walked(r.IndexInterval())
	m["Band"] = walked(r.Band(engagementScale()))
	seg, err := r.Segments()
	m["Segments"] = fmt.Sprintf("%+v", seg)
	if err != nil {
		m["Segments"] = err.Error()
	}
	m["ENPS"] = walked(r.ENPS())
	m["Groups"] = groupsText(r.Groups(), func(g engagement.Group) (string, int, bool, string) {
		return g.Name, g.Respondents, g.Suppressed, g.Reason
	})
	return m
}

func brandingWalk(r branding.Result, items, dims []string) map[string]string {
	m := likertWalk(r, items, dims)
	m["Attractiveness"] = walked(r.Attractiveness())
	m["AttractivenessInterval"] = walked(r.AttractivenessInterval())
	m["Band"] = walked(r.Band(engagementScale()))
	m["Intention"] = walked(r.Intention())
	m["NPS"] = walked(r.NPS())
	m["Groups"] = groupsText(r.Groups(), func(g branding.Group) (string, int, bool, string) {
		return g.Name, g.Respondents, g.Suppressed, g.Reason
	})
	return m
}

func groupsText[G any](gs []G, f func(G) (string, int, bool, string)) string {
	var out []string
	for _, g := range gs {
		name, n, sup, _ := f(g)
		out = append(out, fmt.Sprintf("%s %d suppressed %v", name, n, sup))
	}
	return strings.Join(out, "; ")
}

// ballotCase adds the ballots to a tally of the instrument and returns the
// result over a minimum of one.
func ballotResult(t *testing.T, in akhlak.Instrument, ballots ...akhlak.Ballot) akhlak.BallotResult {
	t.Helper()
	tl, err := akhlak.NewBallotTally(in)
	if err != nil {
		t.Fatal(err)
	}
	for i, b := range ballots {
		if err := tl.Add(fmt.Sprint("R", i+1), b); err != nil {
			t.Fatal(err)
		}
	}
	r, err := tl.Result(survey.FixedMinimum(1))
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// limitingInstrument is the 21 behaviours and one limiting option, id 22.
func limitingInstrument(t *testing.T) akhlak.Instrument {
	in, err := akhlak.NewInstrument(10, akhlak.Option{Code: "BIROKRATIS", Kind: akhlak.OptionLimiting, Text: "Birokratis"})
	if err != nil {
		t.Fatal(err)
	}
	return in
}

// check compares a walk with the hand-worked figures of the keys want
// lists.
func check(t *testing.T, name string, got, want map[string]string) {
	t.Helper()
	sub := map[string]string{}
	for k := range want {
		sub[k] = got[k]
	}
	if diff := cmp.Diff(want, sub); diff != "" {
		t.Errorf("%s (-hand +library):\n%s", name, diff)
	}
}

func TestDegenerateBallots(t *testing.T) {
	lim := limitingInstrument(t)
	ids := func(xs ...int) []akhlak.OptionID {
		out := make([]akhlak.OptionID, len(xs))
		for i, x := range xs {
			out[i] = akhlak.OptionID(x)
		}
		return out
	}
	const bp1, ak1, ko1, ad1 = 1, 4, 7, 16
	tests := []struct {
		name string
		r    akhlak.BallotResult
		want map[string]string
	}{
		{
			// One respondent, the default instrument (no limiting
			// option): BP and AK reached, 200/7 = 28.57 → 28.6, C. No
			// entropy without a limiting option. Personal top {BP1},
			// current top {BP1, AK1}: 1 shared; desired {AD1}: 0, D.
			name: "one respondent, no limiting option",
			r:    ballotResult(t, akhlak.DefaultInstrument(), akhlak.Ballot{Personal: ids(bp1), Current: ids(bp1, ak1), Desired: ids(ad1)}),
			want: map[string]string{
				"Index": "28.6", "Band": "C Tidak Sehat", "Respondents": "1",
				"Score":     "BP 100.0, AK 100.0, KO 0.0, HA 0.0, LO 0.0, AD 0.0, KL 0.0",
				"ValueBand": "A A D D D D D",
				"Entropy":   "no figure", "EntropyPercent": "no figure", "EntropyBand": "no figure", "PositiveEnergy": "no figure",
				"Alignment":            "1 tied false; 0 tied false",
				"DesiredAlignmentBand": "D Kurang",
				"TotalVotes":           "1 2 1",
				"MostVoted":            "[BP1] [BP1 AK1] [AD1]",
				"LeastVoted":           "[20] [19] [20]",
				"Reach":                "1000000 1100000 0000010",
				"CutTied":              "false true false",
			},
		},
		{
			// Only the current list, with a limiting pick: entropy 1 of
			// 2 votes, 50.0, critical (41+); positive energy 50.0. No
			// personal or desired votes: no alignment, no band, and no
			// least-voted behaviour in those lists.
			name: "only the current list",
			r:    ballotResult(t, lim, akhlak.Ballot{Current: ids(ko1, 22)}),
			want: map[string]string{
				"Index": "14.3", "Score": "BP 0.0, AK 0.0, KO 100.0, HA 0.0, LO 0.0, AD 0.0, KL 0.0",
				"Entropy": "50.0", "EntropyPercent": "50", "EntropyBand": "5 Kritis", "PositiveEnergy": "50.0",
				"Alignment":            "no figure; no figure",
				"DesiredAlignmentBand": "no figure",
				"TotalVotes":           "0 2 0",
				"MostVoted":            "[] [KO1] []",
				"LeastVoted":           "[0] [20] [0]",
				"Top":                  "[] [KO1 1, BIROKRATIS 1] []",
			},
		},
		{
			// Only the personal list: the respondent is in every score's
			// denominator and reaches no value: every score 0.0, index
			// 0.0, D. No current votes: no entropy, no alignment.
			name: "only the personal list",
			r:    ballotResult(t, lim, akhlak.Ballot{Personal: ids(ko1)}),
			want: map[string]string{
				"Index": "0.0", "Band": "D Sangat Tidak Sehat", "ValueBand": "D D D D D D D",
				"Entropy": "no figure", "PositiveEnergy": "no figure", "EntropyBand": "no figure",
				"Alignment": "no figure; no figure", "DesiredAlignmentBand": "no figure",
				"TotalVotes": "1 0 0", "Reach": "0010000 0000000 0000000",
			},
		},
		{
			// Only the desired list: as above, and personal–current has no
			// figure either.
			name: "only the desired list",
			r:    ballotResult(t, lim, akhlak.Ballot{Desired: ids(ad1, 22)}),
			want: map[string]string{
				"Index": "0.0", "Entropy": "no figure", "Alignment": "no figure; no figure", "DesiredAlignmentBand": "no figure",
				"TotalVotes": "0 0 2", "Votes": "[] [] [16:1 22:1]",
			},
		},
		{
			// Every answer the same: three respondents pick BP1 in every
			// list. BP 100.0, index 14.3; no limiting vote: entropy 0.0,
			// healthy, positive energy 100.0; 1 shared in each alignment.
			name: "every answer the same",
			r: ballotResult(t, lim,
				akhlak.Ballot{Personal: ids(bp1), Current: ids(bp1), Desired: ids(bp1)},
				akhlak.Ballot{Personal: ids(bp1), Current: ids(bp1), Desired: ids(bp1)},
				akhlak.Ballot{Personal: ids(bp1), Current: ids(bp1), Desired: ids(bp1)}),
			want: map[string]string{
				"Index": "14.3", "Score": "BP 100.0, AK 0.0, KO 0.0, HA 0.0, LO 0.0, AD 0.0, KL 0.0",
				"Entropy": "0.0", "EntropyPercent": "0", "EntropyBand": "1 Sehat", "PositiveEnergy": "100.0",
				"Alignment": "1 tied false; 1 tied false", "DesiredAlignmentBand": "D Kurang",
				"TotalVotes": "3 3 3", "Top": "[BP1 3] [BP1 3] [BP1 3]", "Profile": "true",
				// Wilson for 3 of 3, no population: 3/(3 + 1.96²) =
				// 0.43849 → 43.8, to 100.0; 0 of 3: 0.0 to 56.2. The
				// index: 100/7 ± 1.96·√(7·(1/7)²·0) = its point.
				"ScoreInterval": "BP 43.8–100.0 (95%), AK 0.0–56.2 (95%), KO 0.0–56.2 (95%), HA 0.0–56.2 (95%), LO 0.0–56.2 (95%), AD 0.0–56.2 (95%), KL 0.0–56.2 (95%)",
				"IndexInterval": "14.3–14.3 (95%)",
			},
		},
	}
	for _, tt := range tests {
		check(t, tt.name, ballotWalk(tt.r), tt.want)
	}
}

func TestDegenerateRatings(t *testing.T) {
	row := func(a int8) []int8 { return slices.Repeat([]int8{a}, 21) }
	result := func(rows ...[]int8) akhlak.RatingResult {
		tl, _ := akhlak.NewRatingTally(survey.DefaultRatingScale())
		for i, r := range rows {
			if err := tl.Add(fmt.Sprint("R", i), r); err != nil {
				t.Fatal(err)
			}
		}
		r, err := tl.Result(survey.FixedMinimum(1))
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	blankBP1 := row(5)
	blankBP1[0] = survey.NoAnswer
	tests := []struct {
		name string
		r    akhlak.RatingResult
		want map[string]string
	}{
		// One respondent answering 3 on 1–5: (3−1)/4 = 50.0 everywhere, B.
		// One answer has no standard deviation: no interval.
		{"one respondent", result(row(3)), map[string]string{
			"Index": "50.0", "Band": "B Cukup Sehat", "Mean": "3.00, 3.00, 3.00", "Answered": "1 1 1", "Missing": "0 0 0",
			"IndexInterval": "no figure",
			"Score":         "BP 50.0, AK 50.0, KO 50.0, HA 50.0, LO 50.0, AD 50.0, KL 50.0"}},
		// Every answer 1: every score 0.0, D.
		// Two answers of 1: s = 0, an interval of one point.
		{"every answer the lowest", result(row(1), row(1)), map[string]string{
			"IndexInterval": "0.0–0.0 (95%)", "Index": "0.0", "Band": "D Sangat Tidak Sehat", "ValueBand": "D D D D D D D"}},
		// BP1 unanswered: no mean for it, BP from BP2 and BP3 alone, 100.0.
		{"one behaviour unanswered", result(blankBP1), map[string]string{
			"Mean": "no figure, 5.00, 5.00", "Answered": "0 1 1", "Missing": "1 0 0", "Index": "100.0"}},
	}
	for _, tt := range tests {
		check(t, tt.name, ratingWalk(tt.r), tt.want)
	}
	// A value nobody answered has no score, and no result.
	blank := slices.Repeat([]int8{survey.NoAnswer}, 21)
	blank[20] = 3
	tl, _ := akhlak.NewRatingTally(survey.DefaultRatingScale())
	if err := tl.Add("R", blank); err != nil {
		t.Fatal(err)
	}
	if _, err := tl.Result(survey.FixedMinimum(1)); !errors.Is(err, survey.ErrNoFigure) {
		t.Errorf("a value nobody answered: %v, want ErrNoFigure", err)
	}
}

func TestDegenerateIKM(t *testing.T) {
	result := func(rows ...[]int8) ikm.Result {
		tl := ikm.NewTally()
		for i, r := range rows {
			if err := tl.Add(fmt.Sprint("R", i), r); err != nil {
				t.Fatal(err)
			}
		}
		r, err := tl.Result(survey.FixedMinimum(1))
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	row := func(a int8) []int8 { return slices.Repeat([]int8{a}, 9) }
	half := row(4)
	half[0] = survey.NoAnswer
	tests := []struct {
		name string
		r    ikm.Result
		want map[string]string
	}{
		// One respondent, all 4: NRR 4, index 4 × 25 = 100.00, A.
		{"one respondent", result(row(4)), map[string]string{
			"Index": "100.00", "Band": "A Sangat Baik", "NRR": "4.00 4.00 4.00", "NRRAt": "4.000 4.000 4.000",
			"Unsur": "U1 4.00 100.00 A 1/0/4, U2 4.00 100.00 A 1/0/4, U3 4.00 100.00 A 1/0/4", "Weight": "no figure", "NRRPlaces": "no figure"}},
		// Every answer 1: 25.00, D, the bottom of the bands.
		{"every answer the lowest", result(row(1), row(1)), map[string]string{"Index": "25.00", "Band": "D Tidak Baik"}},
		// U1 left blank by one of two: its NRR from the one answer, 4.
		{"one blank", result(row(4), half), map[string]string{
			"Unsur": "U1 4.00 100.00 A 1/1/4, U2 4.00 100.00 A 2/0/8, U3 4.00 100.00 A 2/0/8"}},
	}
	for _, tt := range tests {
		check(t, tt.name, ikmWalk(tt.r), tt.want)
	}
	// An unsur nobody answered has no NRR, and no result.
	tl := ikm.NewTally()
	if err := tl.Add("R", half); err != nil {
		t.Fatal(err)
	}
	if _, err := tl.Result(survey.FixedMinimum(1)); !errors.Is(err, survey.ErrNoFigure) {
		t.Errorf("an unsur nobody answered: %v, want ErrNoFigure", err)
	}
}

func TestDegenerateEngagement(t *testing.T) {
	confidentiality1 := engagement.WithConfidentiality(1)
	items := []survey.Item{{Code: "K1", Dimension: "Komitmen"}, {Code: "K2", Dimension: "Komitmen"}, {Code: "T1", Dimension: "Tunggal"}}
	codes, dims := []string{"K1", "K2", "T1"}, []string{"Komitmen", "Tunggal"}
	result := func(recommend bool, rs ...engagement.Response) engagement.Result {
		in, err := engagement.NewInstrument(engagement.Definition{Items: items, Recommend: recommend})
		if err != nil {
			t.Fatal(err)
		}
		tl, _ := engagement.NewTally(in)
		for _, r := range rs {
			if err := tl.Add(r); err != nil {
				t.Fatal(err)
			}
		}
		// A threshold of 1: these cases are about the figures, not the
		// confidentiality rule (TestFaultAnswersThreshold).
		r, err := tl.Result(survey.FixedMinimum(1), confidentiality1)
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	same := engagement.Response{Respondent: "R", Group: "Biro", Answers: []int8{4, 4, 4}}
	tests := []struct {
		name string
		r    engagement.Result
		want map[string]string
	}{
		// One respondent: mean 4.00, all favourable; alpha needs two
		// complete respondents; one item has no alpha; eNPS 9 → +100.
		{"one respondent", result(true, engagement.Response{Respondent: "R", Answers: []int8{4, 5, 2}, Recommend: survey.Recommend(9)}), map[string]string{
			"Total": "3.67 66.7 3/0", "Index": "66.7", "Item": "4.00 100.0 1/0, 5.00 100.0 1/0, 2.00 0.0 1/0",
			"Alpha": "no figure (n=1), no figure (n=1)", "ENPS": "{100 1 0 0 0}",
			"Segments": "{Engaged:0 Neutral:1 Disengaged:0 Unscored:0}"}},
		// Every answer the same: no variance, no alpha; no
		// recommendation item: no eNPS; a group of 2, at a threshold of 1,
		// published.
		{"every answer the same", result(false, same, same), map[string]string{
			"Total": "4.00 100.0 6/0", "Alpha": "no figure (n=2), no figure (n=2)", "ENPS": "no figure",
			"Groups": "Biro 2 suppressed false"}},
		// A recommendation item nobody answered: no eNPS, not −100.
		{"recommendation unanswered", result(true, same), map[string]string{"ENPS": "no figure", "Index": "100.0"}},
	}
	for _, tt := range tests {
		check(t, tt.name, engagementWalk(tt.r, codes, dims), tt.want)
	}
}

func TestDegenerateBranding(t *testing.T) {
	confidentiality1 := branding.WithConfidentiality(1)
	items := []survey.Item{{Code: "D1", Dimension: "Daya tarik"}, {Code: "N1", Dimension: "Niat"}}
	result := func(d branding.Definition, rs ...branding.Response) branding.Result {
		in, err := branding.NewInstrument(d)
		if err != nil {
			t.Fatal(err)
		}
		tl, _ := branding.NewTally(in)
		for _, r := range rs {
			if err := tl.Add(r); err != nil {
				t.Fatal(err)
			}
		}
		// A threshold of 1: these cases are about the figures, not the
		// confidentiality rule (TestFaultAnswersThreshold).
		r, err := tl.Result(survey.FixedMinimum(1), confidentiality1)
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	tests := []struct {
		name string
		r    branding.Result
		want map[string]string
	}{
		// No intention item and no recommendation item: neither figure.
		{"no intention, no NPS", result(branding.Definition{Items: items}, branding.Response{Respondent: "S", Answers: []int8{5, 4}}), map[string]string{
			"Attractiveness": "100.0", "Intention": "no figure", "NPS": "no figure", "Alpha": "no figure (n=1), no figure (n=1)"}},
		// An intention item nobody answered: no intention figure; one
		// answer 5 of the other: its top box, 100.0.
		{"intention unanswered", result(branding.Definition{Items: items, Intention: "N1"},
			branding.Response{Respondent: "S", Answers: []int8{5, survey.NoAnswer}}), map[string]string{
			"Intention": "no figure", "Item": "5.00 100.0 1/0, no figure"}},
		{"intention answered", result(branding.Definition{Items: items, Intention: "N1", Recommend: true},
			branding.Response{Respondent: "S", Answers: []int8{5, 4}, Recommend: survey.Recommend(0)}), map[string]string{
			"Intention": "0.0", "NPS": "{-100 0 0 1 0}"}},
	}
	for _, tt := range tests {
		check(t, tt.name, brandingWalk(tt.r, []string{"D1", "N1"}, []string{"Daya tarik", "Niat"}), tt.want)
	}
}

func TestDegenerateProfile(t *testing.T) {
	// Seven equal scores: every value is both lowest and highest, all
	// tied at rank 1.
	p := akhlak.MustNewProfile(allScores("50"))
	check(t, "equal scores", profileWalk(p), map[string]string{
		"Index": "50.0", "Band": "B Cukup Sehat", "Lowest": "BP AK KO HA LO AD KL", "Highest": "BP AK KO HA LO AD KL",
		"Ranked": "1 BP 50.0 true, 1 AK 50.0 true, 1 KO 50.0 true, 1 HA 50.0 true, 1 LO 50.0 true, 1 AD 50.0 true, 1 KL 50.0 true",
	})
}

// TestWalkCoversEveryAccessor checks that the walks above read every
// exported method of every result type: a new accessor must join a walk
// (and so a hand-worked case) or be listed here as not a figure.
func TestWalkCoversEveryAccessor(t *testing.T) {
	notFigures := []string{"Equal", "MarshalJSON", "UnmarshalJSON", "String"}
	cases := []struct {
		typ  reflect.Type
		walk map[string]string
		also []string // read by a walk under another key
	}{
		{reflect.TypeFor[akhlak.Profile](), profileWalk(akhlak.MustNewProfile(allScores("50"))), nil},
		{reflect.TypeFor[akhlak.BallotResult](), ballotWalk(ballotResult(t, akhlak.DefaultInstrument(), akhlak.Ballot{Current: []akhlak.OptionID{1}})), nil},
		{reflect.TypeFor[akhlak.RatingResult](), ratingWalk(akhlak.RatingResult{}), nil},
		{reflect.TypeFor[ikm.Result](), ikmWalk(ikm.Result{}), nil},
		{reflect.TypeFor[engagement.Result](), engagementWalk(engagement.Result{}, nil, nil), nil},
		{reflect.TypeFor[branding.Result](), brandingWalk(branding.Result{}, nil, nil), nil},
	}
	for _, c := range cases {
		for _, pt := range []reflect.Type{c.typ, reflect.PointerTo(c.typ)} {
			for i := range pt.NumMethod() {
				name := pt.Method(i).Name
				if _, ok := c.walk[name]; !ok && !slices.Contains(notFigures, name) && !slices.Contains(c.also, name) {
					t.Errorf("%s.%s: no walk reads it", c.typ, name)
				}
			}
		}
	}
}
