package main

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/go-asn/berakhlak/akhlak"
	"github.com/go-asn/berakhlak/internal/csvio"
	"github.com/go-asn/berakhlak/internal/text"
	"github.com/go-asn/berakhlak/survey"
	"github.com/shopspring/decimal"
)

// readOptions are the reading flags every input shares.
type readOptions struct {
	csv             csvio.Options
	allowDuplicates bool // -allow-duplicates: do not check respondent ids
}

// surveyData is a scored survey file: exactly one of ballots or ratings.
type surveyData struct {
	ballots *akhlak.BallotTally
	ratings *akhlak.RatingTally
}

// readSurvey streams a ballot or rating file into a tally; the header
// says which. Memory does not grow with the number of rows, apart from
// the set of respondent ids (see package csvio).
func readSurvey(name string, r io.Reader, inst akhlak.Instrument, scale survey.RatingScale, o readOptions) (surveyData, error) {
	cr, err := csvio.NewReader(name, r, o.csv)
	if err != nil {
		return surveyData{}, err
	}
	ballot, rating := false, false
	for _, h := range cr.Header() {
		switch {
		case h == "personal" || h == "current" || h == "desired":
			ballot = true
		case isBehaviourCode(h):
			rating = true
		}
	}
	switch {
	case ballot && !rating:
		t, err := readBallots(cr, inst, o)
		return surveyData{ballots: t}, err
	case rating && !ballot:
		t, err := readRatings(cr, scale, o)
		return surveyData{ratings: t}, err
	}
	return surveyData{}, cr.Wrap("", fmt.Errorf("the header %s is neither a ballot file (respondent,personal,current,desired) nor a rating file (respondent,BP1,…,KL3)", text.Quote(strings.Join(cr.Header(), ","))))
}

// isBehaviourCode reports whether a header cell is a behaviour code.
func isBehaviourCode(h string) bool {
	if len(h) > 4 {
		return false
	}
	_, err := akhlak.ParseBehaviour(h)
	return err == nil
}

// codeTable finds an option from the bytes of its code without
// allocating: behaviour codes (BP1…KL3, any case) by arithmetic, the
// instrument's extra codes as written by a map lookup, and anything else
// through Instrument.Lookup, whose answer is the rule.
type codeTable struct {
	inst      akhlak.Instrument
	behaviour [26 * 26][3]akhlak.OptionID // by the value code's two letters, in lower case
	extras    [256][]extraCode            // by extraSlot of the code as written
}

type extraCode struct {
	code string
	id   akhlak.OptionID
}

// extraSlot hashes a code from its length and three of its bytes: cheaper
// than a map lookup for the instrument's few dozen codes.
func extraSlot(b []byte) int {
	n := len(b)
	return int((uint(n)*31 + uint(b[0])*7 + uint(b[n-1])*131 + uint(b[n/2])*17) & 255)
}

func newCodeTable(inst akhlak.Instrument) *codeTable {
	c := &codeTable{inst: inst}
	for _, v := range akhlak.Values() {
		code := strings.ToLower(v.Code())
		for i, b := range v.Behaviours() {
			c.behaviour[int(code[0]-'a')*26+int(code[1]-'a')][i] = akhlak.OptionID(b)
		}
	}
	for _, o := range inst.Options() {
		if id, err := inst.Lookup(o.Code); err == nil {
			if _, isBehaviour := id.Behaviour(); !isBehaviour && o.Code != "" {
				k := extraSlot([]byte(o.Code))
				c.extras[k] = append(c.extras[k], extraCode{o.Code, id})
			}
		}
	}
	return c
}

func (c *codeTable) lookup(code []byte) (akhlak.OptionID, error) {
	if len(code) == 3 && '1' <= code[2] && code[2] <= '3' {
		a, b := code[0]|0x20, code[1]|0x20
		if 'a' <= a && a <= 'z' && 'a' <= b && b <= 'z' {
			if id := c.behaviour[int(a-'a')*26+int(b-'a')][code[2]-'1']; id != 0 {
				return id, nil
			}
		}
	}
	if len(code) > 0 {
		for _, e := range c.extras[extraSlot(code)] {
			if e.code == string(code) {
				return e.id, nil
			}
		}
	}
	return c.inst.Lookup(string(code))
}

var listNames = [3]string{"personal", "current", "desired"}

func readBallots(cr *csvio.Reader, inst akhlak.Instrument, o readOptions) (*akhlak.BallotTally, error) {
	cols, err := cr.Bind(csvio.Column{Name: "respondent"}, csvio.Column{Name: "personal"}, csvio.Column{Name: "current"}, csvio.Column{Name: "desired"})
	if err != nil {
		return nil, err
	}
	if !o.allowDuplicates {
		cr.Unique(cols[0], "respondent")
	}
	t, err := akhlak.NewBallotTally(inst)
	if err != nil {
		return nil, err
	}
	codes := newCodeTable(inst)
	// The pick buffers are reused for every row.
	var lists [3][]akhlak.OptionID
	for {
		err := cr.Next()
		if errors.Is(err, io.EOF) {
			return t, nil
		}
		if err != nil {
			return nil, err
		}
		id := cr.Field(cols[0])
		if len(id) == 0 {
			return nil, cr.Errorf("respondent", "empty")
		}
		for li := range lists {
			lists[li] = lists[li][:0]
			cell := cr.Field(cols[li+1])
			for rest := cell; len(rest) > 0; {
				code := rest
				if i := indexSemicolon(rest); i >= 0 {
					code, rest = rest[:i], rest[i+1:]
				} else {
					rest = nil
				}
				code = trimSpace(code)
				if len(code) == 0 {
					return nil, cr.Errorf(listNames[li], "empty option code in %s", text.Quote(string(cell)))
				}
				opt, err := codes.lookup(code)
				if err != nil {
					return nil, cr.Wrap(listNames[li], err)
				}
				lists[li] = append(lists[li], opt)
			}
		}
		// The reader has checked the id; an error from Add is labelled
		// with the file and line, so the id is not copied for it.
		err = t.Add("", akhlak.Ballot{Personal: lists[0], Current: lists[1], Desired: lists[2]})
		if err != nil {
			var ae *survey.AnswerError
			if errors.As(err, &ae) {
				return nil, cr.Wrap(ae.Field, fmt.Errorf("%s: %s", ae.Answer, ae.Reason))
			}
			return nil, cr.Wrap("", err)
		}
	}
}

func indexSemicolon(b []byte) int {
	for i, c := range b {
		if c == ';' {
			return i
		}
	}
	return -1
}

// trimSpace drops ASCII spaces and tabs around a code.
func trimSpace(b []byte) []byte {
	for len(b) > 0 && (b[0] == ' ' || b[0] == '\t') {
		b = b[1:]
	}
	for len(b) > 0 && (b[len(b)-1] == ' ' || b[len(b)-1] == '\t') {
		b = b[:len(b)-1]
	}
	return b
}

// smallInt parses a cell of one to three decimal digits, without sign,
// space or allocation.
func smallInt(b []byte) (int, bool) {
	switch len(b) {
	case 1:
		c := b[0] - '0'
		return int(c), c <= 9
	case 2, 3:
		n := 0
		for _, c := range b {
			d := c - '0'
			if d > 9 {
				return 0, false
			}
			n = n*10 + int(d)
		}
		return n, true
	}
	return 0, false
}

func readRatings(cr *csvio.Reader, scale survey.RatingScale, o readOptions) (*akhlak.RatingTally, error) {
	want := []csvio.Column{{Name: "respondent"}}
	for _, b := range akhlak.Behaviours() {
		want = append(want, csvio.Column{Name: b.Code()})
	}
	cols, err := cr.Bind(want...)
	if err != nil {
		return nil, err
	}
	if !o.allowDuplicates {
		cr.Unique(cols[0], "respondent")
	}
	t, err := akhlak.NewRatingTally(scale)
	if err != nil {
		return nil, err
	}
	lo, hi := scale.Min(), scale.Max()
	answers := make([]int8, 21)
	item := cols[1:]
	for {
		err := cr.Next()
		if errors.Is(err, io.EOF) {
			return t, nil
		}
		if err != nil {
			return nil, err
		}
		id := cr.Field(cols[0])
		if len(id) == 0 {
			return nil, cr.Errorf("respondent", "empty")
		}
		for i, c := range item {
			cell := cr.Field(c)
			if len(cell) == 0 {
				answers[i] = survey.NoAnswer
				continue
			}
			v, ok := smallInt(cell)
			if !ok || v < lo || v > hi {
				return nil, cr.Errorf(want[i+1].Name, "%s is not an answer on the scale %s", text.Quote(string(cell)), scale)
			}
			answers[i] = int8(v)
		}
		// The reader has checked the id; an error from Add is labelled
		// with the file and line, so the id is not copied for it.
		if err := t.Add("", answers); err != nil {
			var ae *survey.AnswerError
			if errors.As(err, &ae) {
				return nil, cr.Wrap("", fmt.Errorf("%s: %w", ae.Reason, ae.Err))
			}
			return nil, cr.Wrap("", err)
		}
	}
}

// readInstrument reads extra ballot options: code,kind,text, in any
// column order.
func readInstrument(name string, r io.Reader, o readOptions) ([]akhlak.Option, error) {
	cr, err := csvio.NewReader(name, r, o.csv)
	if err != nil {
		return nil, err
	}
	cols, err := cr.Bind(csvio.Column{Name: "code"}, csvio.Column{Name: "kind"}, csvio.Column{Name: "text"})
	if err != nil {
		return nil, err
	}
	var out []akhlak.Option
	for {
		err := cr.Next()
		if errors.Is(err, io.EOF) {
			return out, nil
		}
		if err != nil {
			return nil, err
		}
		code, kindText, txt := cr.Text(cols[0]), cr.Text(cols[1]), cr.Text(cols[2])
		kind, err := akhlak.ParseOptionKind(kindText)
		if err != nil || kind == akhlak.OptionBehaviour {
			return nil, cr.Errorf("kind", "%s: want limiting or positive", text.Quote(kindText))
		}
		if code == "" {
			return nil, cr.Errorf("code", "empty")
		}
		if txt == "" {
			return nil, cr.Errorf("text", "empty")
		}
		o := akhlak.Option{Code: code, Kind: kind, Text: txt}
		// Check each option as it comes, so the error names its line.
		if _, err := akhlak.NewInstrument(1, append(out, o)...); err != nil {
			return nil, cr.Wrap("code", err)
		}
		out = append(out, o)
	}
}

// readProfile reads a published profile: value,score, all seven values.
func readProfile(name string, r io.Reader, o readOptions) (akhlak.Profile, error) {
	cr, err := csvio.NewReader(name, r, o.csv)
	if err != nil {
		return akhlak.Profile{}, err
	}
	cols, err := cr.Bind(csvio.Column{Name: "value"}, csvio.Column{Name: "score"})
	if err != nil {
		return akhlak.Profile{}, err
	}
	scores := map[akhlak.Value]decimal.Decimal{}
	lines := map[akhlak.Value]int{}
	for {
		err := cr.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return akhlak.Profile{}, err
		}
		v, err := akhlak.ParseValue(cr.Text(cols[0]))
		if err != nil {
			return akhlak.Profile{}, cr.Wrap("value", err)
		}
		if first, dup := lines[v]; dup {
			return akhlak.Profile{}, cr.Errorf("value", "%s already on line %d", v, first)
		}
		s, err := decimal.NewFromString(cr.Text(cols[1]))
		if err != nil || !plainNumber(cr.Field(cols[1])) {
			return akhlak.Profile{}, cr.Errorf("score", "%s is not a number", text.Quote(cr.Text(cols[1])))
		}
		scores[v], lines[v] = s, cr.Line()
	}
	p, err := akhlak.NewProfile(scores)
	if err != nil {
		return akhlak.Profile{}, fmt.Errorf("%s: %w", name, err)
	}
	return p, nil
}

// plainNumber reports whether b is a score as profiles write it: digits
// with at most one decimal point, at most 12 bytes (no exponent, so that
// "1e9999" is refused before it becomes a huge number).
func plainNumber(b []byte) bool {
	if len(b) == 0 || len(b) > 12 {
		return false
	}
	dot := false
	for _, c := range b {
		switch {
		case c == '.' && !dot:
			dot = true
		case c < '0' || c > '9':
			return false
		}
	}
	return true
}
