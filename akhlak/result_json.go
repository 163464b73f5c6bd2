package akhlak

import (
	"encoding/json"
	"fmt"

	"github.com/go-asn/berakhlak/internal/exact"
	"github.com/go-asn/berakhlak/survey"
)

type alignmentJSON struct {
	Matches int    `json:"matches"`
	CutTied bool   `json:"cut_tied"`
	Band    string `json:"band,omitempty"`
}

type listJSON struct {
	TotalVotes int          `json:"total_votes"`
	Top        []OptionRank `json:"top"`
	MostVoted  []Behaviour  `json:"most_voted"`
	LeastVoted []Behaviour  `json:"least_voted"`
}

// MarshalJSON writes the result with every figure as a string at its
// published places, independent of shopspring/decimal's settings:
//
//	{"method":"reach","respondents":1200,"minimum":{…},"values":[…],
//	 "index":"61.0","category":"B","lowest":["AD"],
//	 "entropy":"12.3","entropy_percent":"12","entropy_band":"2","positive_energy":"87.7",
//	 "alignment":{"personal_current":{…},"current_desired":{…,"band":"A"}},
//	 "lists":{"personal":{…},"current":{…},"desired":{…}}}
//
// "values" is as in [Profile.MarshalJSON]; each list has its total votes,
// its top 10 with ties marked, and its most- and least-voted behaviours.
// The entropy fields are left out when there is no current-culture vote.
func (r BallotResult) MarshalJSON() ([]byte, error) {
	if !r.IsValid() {
		return nil, fmt.Errorf("akhlak: MarshalJSON of the zero BallotResult: %w", survey.ErrNoFigure)
	}
	p := r.Profile()
	out := struct {
		Method      string         `json:"method"`
		Respondents int            `json:"respondents"`
		Minimum     survey.Minimum `json:"minimum"`
		profileJSON
		Lowest         []Value                  `json:"lowest"`
		Entropy        string                   `json:"entropy,omitempty"`
		EntropyPercent string                   `json:"entropy_percent,omitempty"`
		EntropyBand    string                   `json:"entropy_band,omitempty"`
		PositiveEnergy string                   `json:"positive_energy,omitempty"`
		Alignment      map[string]alignmentJSON `json:"alignment"`
		Lists          map[string]listJSON      `json:"lists"`
	}{Method: "reach", Respondents: r.Respondents(), Minimum: r.min, profileJSON: p.json(), Lowest: p.Lowest(),
		Alignment: map[string]alignmentJSON{}, Lists: map[string]listJSON{}}
	if e, err := r.Entropy(); err == nil {
		pct, _ := r.EntropyPercent()
		band, _ := r.EntropyBand()
		pe, _ := r.PositiveEnergy()
		out.Entropy, out.EntropyPercent, out.EntropyBand, out.PositiveEnergy = exact.Fixed(e), exact.Fixed(pct), band.Letter, exact.Fixed(pe)
	}
	m, tied := r.Alignment(ListPersonal, ListCurrent)
	out.Alignment["personal_current"] = alignmentJSON{Matches: m, CutTied: tied}
	m, tied = r.Alignment(ListCurrent, ListDesired)
	out.Alignment["current_desired"] = alignmentJSON{Matches: m, CutTied: tied, Band: r.DesiredAlignmentBand().Letter}
	for _, l := range Lists() {
		out.Lists[l.String()] = listJSON{TotalVotes: r.TotalVotes(l), Top: r.Top(l, topN), MostVoted: r.MostVoted(l), LeastVoted: r.LeastVoted(l)}
	}
	return json.Marshal(out)
}

type behaviourJSON struct {
	Code     string `json:"code"`
	Mean     string `json:"mean,omitempty"`
	Answered int    `json:"answered"`
	Missing  int    `json:"missing"`
}

// MarshalJSON writes the result with every figure as a string at its
// published places, independent of shopspring/decimal's settings:
//
//	{"method":"rating","scale":"1–5","respondents":800,"minimum":{…},"values":[…],
//	 "index":"61.0","category":"B","lowest":["AD"],
//	 "behaviours":[{"code":"BP1","mean":"3.87","answered":790,"missing":10},…]}
//
// "values" is as in [Profile.MarshalJSON]; each behaviour's mean is at two
// places (library default), left out when it has no answer.
func (r RatingResult) MarshalJSON() ([]byte, error) {
	if !r.IsValid() {
		return nil, fmt.Errorf("akhlak: MarshalJSON of the zero RatingResult: %w", survey.ErrNoFigure)
	}
	p := r.Profile()
	out := struct {
		Method      string             `json:"method"`
		Scale       survey.RatingScale `json:"scale"`
		Respondents int                `json:"respondents"`
		Minimum     survey.Minimum     `json:"minimum"`
		profileJSON
		Lowest     []Value         `json:"lowest"`
		Behaviours []behaviourJSON `json:"behaviours"`
	}{Method: "rating", Scale: r.scale, Respondents: r.n, Minimum: r.min, profileJSON: p.json(), Lowest: p.Lowest()}
	for _, b := range Behaviours() {
		bj := behaviourJSON{Code: b.Code(), Answered: r.Answered(b), Missing: r.Missing(b)}
		if m, ok := r.Mean(b, 2); ok {
			bj.Mean = exact.Fixed(m)
		}
		out.Behaviours = append(out.Behaviours, bj)
	}
	return json.Marshal(out)
}
