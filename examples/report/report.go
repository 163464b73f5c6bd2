package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/go-asn/berakhlak/akhlak"
	"github.com/go-asn/berakhlak/category"
	"github.com/go-asn/berakhlak/survey"
	"github.com/shopspring/decimal"
)

// Report is what the program prints. It does not care where the figures
// came from: a ballot surveyData, a rating surveyData, or a published profile.
type Report struct {
	Title       string
	Method      string // how the value scores were computed
	Respondents int    // 0 for a published profile
	Minimum     survey.Minimum
	Checked     bool // the minimum was checked against a real number of employees
	Profile     akhlak.Profile
	Index       decimal.Decimal
	Category    category.Band
	Ballot      *BallotFigures // only for ballot surveys
	// Result is what -json writes: the library's own JSON of the
	// BallotResult, RatingResult or Profile the report comes from.
	Result json.Marshaler
}

// BallotFigures are the measures only a vote-based surveyData has.
type BallotFigures struct {
	MostVoted, LeastVoted           []akhlak.Behaviour // in the current culture
	Entropy, PositiveEnergy         decimal.Decimal
	EntropyWhole                    decimal.Decimal // whole percent, what the bands classify
	EntropyBand                     category.Band
	PersonalCurrent, CurrentDesired int
	// The top 10 ended inside a tie, so the count depends on catalogue order.
	PersonalCurrentTied, CurrentDesiredTied bool
	DesiredBand                             category.Band
	CurrentVotes                            int
}

func fromProfile(title string, p akhlak.Profile) Report {
	return Report{Title: title, Method: "published scores", Profile: p, Index: p.Index(), Category: p.Category(), Result: p}
}

func (s surveyData) report(title string, min survey.Minimum, checked bool) (Report, error) {
	r := Report{Title: title, Minimum: min, Checked: checked}
	if s.ratings != nil {
		res, err := s.ratings.Result(min)
		if err != nil {
			return Report{}, refusal(err)
		}
		r.Method = fmt.Sprintf("ratings on %s: (mean − min)/(max − min) × 100 (library default)", res.Scale())
		r.Respondents, r.Profile, r.Index, r.Category, r.Result = res.Respondents(), res.Profile(), res.Index(), res.Category(), res
		return r, nil
	}
	res, err := s.ballots.Result(min)
	if err != nil {
		return Report{}, refusal(err)
	}
	r.Method = "ballots: reach, the share of respondents who picked at least one of the value's behaviours in the current culture (library default)"
	r.Respondents, r.Profile, r.Index, r.Category, r.Result = res.Respondents(), res.Profile(), res.Index(), res.Category(), res
	bf := &BallotFigures{
		MostVoted: res.MostVoted(akhlak.ListCurrent), LeastVoted: res.LeastVoted(akhlak.ListCurrent),
		DesiredBand:  res.DesiredAlignmentBand(),
		CurrentVotes: res.TotalVotes(akhlak.ListCurrent),
	}
	bf.PersonalCurrent, bf.PersonalCurrentTied = res.Alignment(akhlak.ListPersonal, akhlak.ListCurrent)
	bf.CurrentDesired, bf.CurrentDesiredTied = res.Alignment(akhlak.ListCurrent, akhlak.ListDesired)
	if bf.CurrentVotes > 0 {
		bf.Entropy, _ = res.Entropy()
		bf.EntropyWhole, _ = res.EntropyPercent()
		bf.PositiveEnergy, _ = res.PositiveEnergy()
		bf.EntropyBand, _ = res.EntropyBand()
	}
	r.Ballot = bf
	return r, nil
}

// refusal turns a refused result into the program's error, saying plainly
// that no index is published.
func refusal(err error) error {
	var ie *survey.InsufficientError
	if errors.As(err, &ie) {
		return fmt.Errorf("no index published: %d respondents, %d required (%s)", ie.Respondents, ie.Minimum.Required(), ie.Minimum)
	}
	return fmt.Errorf("no index published: %w", err)
}

const barWidth = 40

// bar draws score (0–100) as a text bar of barWidth cells, rounding to the
// nearest cell.
func bar(score decimal.Decimal) string {
	n := int(score.Mul(decimal.New(barWidth, 0)).DivRound(decimal.New(100, 0), 0).IntPart())
	return strings.Repeat("█", n) + strings.Repeat("·", barWidth-n)
}

func codes(bs []akhlak.Behaviour) string {
	var out []string
	for _, b := range bs {
		out = append(out, b.Code())
	}
	return strings.Join(out, ", ")
}

func writeText(w io.Writer, r Report) error {
	scale := category.BerAKHLAK()
	places := scale.Places()
	p := r.Profile
	var b strings.Builder
	fmt.Fprintf(&b, "%s\n%s\n", r.Title, strings.Repeat("=", len([]rune(r.Title))))
	fmt.Fprintf(&b, "Method: %s\n\n", r.Method)
	for _, v := range akhlak.Values() {
		s := p.Score(v)
		band, err := scale.Classify(s)
		if err != nil {
			return err
		}
		fmt.Fprintf(&b, "%-2s %-22s %5s  %s  %s %s\n", v.Code(), v, s.StringFixed(places), bar(s), band.Letter, band.Label)
	}
	fmt.Fprintf(&b, "\n%-25s %5s  %s  %s %s\n", "Indeks BerAKHLAK", r.Index.StringFixed(places), bar(r.Index), r.Category.Letter, r.Category.Label)

	fmt.Fprintf(&b, "\nImprovement focus (lowest value):\n")
	for _, v := range p.Lowest() {
		fmt.Fprintf(&b, "  %s %s — %s\n", v.Code(), v, p.Score(v).StringFixed(places))
		for _, bh := range v.Behaviours() {
			fmt.Fprintf(&b, "    %s  %s\n", bh.Code(), bh)
		}
	}
	if bf := r.Ballot; bf != nil {
		fmt.Fprintf(&b, "\nCurrent culture:\n")
		fmt.Fprintf(&b, "  Most-voted behaviour:   %s\n", describe(bf.MostVoted))
		fmt.Fprintf(&b, "  Least-voted behaviour:  %s\n", describe(bf.LeastVoted))
		if bf.CurrentVotes > 0 {
			fmt.Fprintf(&b, "  Cultural entropy:       %s%% (%s in whole percent) — %s\n", bf.Entropy.StringFixed(1), bf.EntropyWhole, bf.EntropyBand.English)
			fmt.Fprintf(&b, "  Positive energy:        %s%%\n", bf.PositiveEnergy.StringFixed(1))
		} else {
			fmt.Fprintf(&b, "  Cultural entropy:       none (no current-culture votes)\n")
		}
		fmt.Fprintf(&b, "\nValues alignment (shared options in the top %d):\n", 10)
		fmt.Fprintf(&b, "  Personal – current:     %d (no published bands)%s\n", bf.PersonalCurrent, tieNote(bf.PersonalCurrentTied))
		fmt.Fprintf(&b, "  Current – desired:      %d — %s%s\n", bf.CurrentDesired, bf.DesiredBand.English, tieNote(bf.CurrentDesiredTied))
	}
	fmt.Fprintf(&b, "\n")
	switch {
	case r.Respondents == 0:
		fmt.Fprintf(&b, "Respondents: not applicable (published profile).\n")
	case r.Checked:
		fmt.Fprintf(&b, "Respondents: %d, minimum %d (%s): met.\n", r.Respondents, r.Minimum.Required(), r.Minimum)
	default:
		fmt.Fprintf(&b, "Respondents: %d. Minimum not checked: give -employees N to check it (Slovin, 5%%).\n", r.Respondents)
	}
	fmt.Fprintf(&b, "Categories: %s. Source: %s.\n", bandList(scale), scale.Source())
	_, err := io.WriteString(w, b.String())
	return err
}

func tieNote(tied bool) string {
	if tied {
		return " (a top 10 ends inside a tie: the count depends on catalogue order)"
	}
	return ""
}

// describe lists behaviours with their codes, or says there is a tie.
func describe(bs []akhlak.Behaviour) string {
	switch len(bs) {
	case 0:
		return "none"
	case 1:
		return bs[0].Code() + " " + bs[0].String()
	}
	return fmt.Sprintf("tie between %d: %s", len(bs), codes(bs))
}

func bandList(s category.Scale) string {
	var parts []string
	for _, b := range s.Bands() {
		parts = append(parts, fmt.Sprintf("%s %s ≥ %s", b.Letter, b.Label, b.Min.StringFixed(s.Places())))
	}
	return strings.Join(parts, ", ")
}

// writeJSON writes the report's title, whether the minimum was checked
// against a real number of employees, and the result as the library
// marshals it (every figure a string at its published places).
func writeJSON(w io.Writer, r Report) error {
	out := struct {
		Title          string         `json:"title"`
		MinimumChecked bool           `json:"minimum_checked"`
		Result         json.Marshaler `json:"result"`
	}{r.Title, r.Checked, r.Result}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}
