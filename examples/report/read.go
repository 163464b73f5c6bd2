package main

import (
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/go-asn/berakhlak/akhlak"
	"github.com/go-asn/berakhlak/internal/csvio"
	"github.com/go-asn/berakhlak/survey"
	"github.com/shopspring/decimal"
)

// surveyData is a scored survey file: exactly one of ballots or ratings.
type surveyData struct {
	ballots *akhlak.BallotTally
	ratings *akhlak.RatingTally
}

// readSurvey streams a ballot or rating file into a tally; the header
// says which. Memory does not grow with the number of rows.
func readSurvey(name string, r io.Reader, inst akhlak.Instrument, scale survey.RatingScale) (surveyData, error) {
	cr, err := csvio.NewReader(name, r)
	if err != nil {
		return surveyData{}, err
	}
	h := cr.Header()
	switch {
	case strings.Join(h, ",") == "respondent,personal,current,desired":
		t, err := readBallots(cr, inst)
		return surveyData{ballots: t}, err
	case len(h) > 1 && h[0] == "respondent" && h[1] != "personal":
		t, err := readRatings(cr, scale)
		return surveyData{ratings: t}, err
	}
	return surveyData{}, cr.Wrap("", fmt.Errorf("header %q is neither a ballot file (respondent,personal,current,desired) nor a rating file (respondent,BP1,…,KL3)", strings.Join(h, ",")))
}

func readBallots(cr *csvio.Reader, inst akhlak.Instrument) (*akhlak.BallotTally, error) {
	t, err := akhlak.NewBallotTally(inst)
	if err != nil {
		return nil, err
	}
	// The pick buffers are reused for every row.
	var lists [3][]akhlak.OptionID
	for {
		rec, _, err := cr.Read()
		if errors.Is(err, io.EOF) {
			return t, nil
		}
		if err != nil {
			return nil, err
		}
		id := rec[0]
		if id == "" {
			return nil, cr.Errorf("respondent", "empty")
		}
		for li, col := range []string{"personal", "current", "desired"} {
			lists[li] = lists[li][:0]
			cell := rec[li+1]
			for rest := cell; rest != ""; {
				var code string
				code, rest, _ = strings.Cut(rest, ";")
				code = strings.TrimSpace(code)
				if code == "" {
					return nil, cr.Errorf(col, "empty option code in %q", cell)
				}
				i, err := inst.Lookup(code)
				if err != nil {
					return nil, cr.Wrap(col, err)
				}
				lists[li] = append(lists[li], i)
			}
		}
		err = t.Add(id, akhlak.Ballot{Personal: lists[0], Current: lists[1], Desired: lists[2]})
		var ae *survey.AnswerError
		if errors.As(err, &ae) {
			return nil, cr.Wrap(ae.Field, fmt.Errorf("%s: %s", ae.Answer, ae.Reason))
		}
		if err != nil {
			return nil, cr.Wrap("", err)
		}
	}
}

func readRatings(cr *csvio.Reader, scale survey.RatingScale) (*akhlak.RatingTally, error) {
	h := cr.Header()
	if len(h) != 22 {
		return nil, cr.Wrap("", fmt.Errorf("rating header has %d columns, want respondent and the 21 behaviour codes BP1…KL3", len(h)))
	}
	// col[i] is the behaviour index (0–20) of column i+1.
	var col [21]int
	var names [21]string // the columns' codes, as errors name them
	var seen [21]bool
	for i, name := range h[1:] {
		b, err := akhlak.ParseBehaviour(name)
		if err != nil || len(name) > 4 {
			return nil, cr.Wrap(name, fmt.Errorf("header column %q is not a behaviour code BP1…KL3", name))
		}
		if seen[b-1] {
			return nil, cr.Wrap(name, fmt.Errorf("header names %s twice", b.Code()))
		}
		seen[b-1], col[i], names[i] = true, int(b-1), b.Code()
	}
	t, err := akhlak.NewRatingTally(scale)
	if err != nil {
		return nil, err
	}
	answers := make([]int8, 21)
	for {
		rec, _, err := cr.Read()
		if errors.Is(err, io.EOF) {
			return t, nil
		}
		if err != nil {
			return nil, err
		}
		if rec[0] == "" {
			return nil, cr.Errorf("respondent", "empty")
		}
		for i, cell := range rec[1:] {
			if cell == "" {
				answers[col[i]] = survey.NoAnswer
				continue
			}
			v, err := strconv.Atoi(cell)
			if err != nil || v < scale.Min() || v > scale.Max() {
				return nil, cr.Errorf(names[i], "%q is not an answer on the scale %s", cell, scale)
			}
			answers[col[i]] = int8(v)
		}
		if err := t.Add(rec[0], answers); err != nil {
			var ae *survey.AnswerError
			if errors.As(err, &ae) {
				return nil, cr.Wrap("", fmt.Errorf("%s: %w", ae.Reason, ae.Err))
			}
			return nil, cr.Wrap("", err)
		}
	}
}

// readInstrument reads extra ballot options: code,kind,text.
func readInstrument(name string, r io.Reader) ([]akhlak.Option, error) {
	cr, err := csvio.NewReader(name, r)
	if err != nil {
		return nil, err
	}
	if got := strings.Join(cr.Header(), ","); got != "code,kind,text" {
		return nil, cr.Wrap("", fmt.Errorf("header is %q, want code,kind,text", got))
	}
	var out []akhlak.Option
	for {
		rec, _, err := cr.Read()
		if errors.Is(err, io.EOF) {
			return out, nil
		}
		if err != nil {
			return nil, err
		}
		kind, err := akhlak.ParseOptionKind(rec[1])
		if err != nil || kind == akhlak.OptionBehaviour {
			return nil, cr.Errorf("kind", "%q: want limiting or positive", rec[1])
		}
		if rec[0] == "" {
			return nil, cr.Errorf("code", "empty")
		}
		if rec[2] == "" {
			return nil, cr.Errorf("text", "empty")
		}
		o := akhlak.Option{Code: rec[0], Kind: kind, Text: rec[2]}
		// Check each option as it comes, so the error names its line.
		if _, err := akhlak.NewInstrument(1, append(out, o)...); err != nil {
			return nil, cr.Wrap("code", err)
		}
		out = append(out, o)
	}
}

// readProfile reads a published profile: value,score, all seven values.
func readProfile(name string, r io.Reader) (akhlak.Profile, error) {
	cr, err := csvio.NewReader(name, r)
	if err != nil {
		return akhlak.Profile{}, err
	}
	if got := strings.Join(cr.Header(), ","); got != "value,score" {
		return akhlak.Profile{}, cr.Wrap("", fmt.Errorf("header is %q, want value,score", got))
	}
	scores := map[akhlak.Value]decimal.Decimal{}
	lines := map[akhlak.Value]int{}
	for {
		rec, line, err := cr.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return akhlak.Profile{}, err
		}
		v, err := akhlak.ParseValue(rec[0])
		if err != nil {
			return akhlak.Profile{}, cr.Wrap("value", err)
		}
		if first, dup := lines[v]; dup {
			return akhlak.Profile{}, cr.Errorf("value", "%s already appears on line %d", v, first)
		}
		s, err := decimal.NewFromString(rec[1])
		if err != nil {
			return akhlak.Profile{}, cr.Errorf("score", "%q is not a number", rec[1])
		}
		scores[v], lines[v] = s, line
	}
	p, err := akhlak.NewProfile(scores)
	if err != nil {
		return akhlak.Profile{}, fmt.Errorf("%s: %w", name, err)
	}
	return p, nil
}
