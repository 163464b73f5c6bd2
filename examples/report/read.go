package main

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math/bits"
	"strings"

	"github.com/go-asn/berakhlak/akhlak"
	"github.com/go-asn/berakhlak/category"
	"github.com/go-asn/berakhlak/examples/internal/csvio"
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
// the set of respondent ids (see package csvio). A file is read on
// o.csv.Workers goroutines, each part into its own tally, merged in file
// order (csvio.Read).
func readSurvey(name string, r io.Reader, inst akhlak.Instrument, scale survey.RatingScale, o readOptions) (surveyData, error) {
	return csvio.Read(name, r, o.csv, func(cr *csvio.Reader) (surveyData, error) {
		return scanSurvey(cr, inst, scale, o)
	}, surveyData.merge)
}

// merge adds next's counts to d's: parts of one file, so of one kind.
func (d surveyData) merge(next surveyData) (surveyData, error) {
	switch {
	case d.ballots != nil && next.ballots != nil:
		return d, d.ballots.Merge(next.ballots)
	case d.ratings != nil && next.ratings != nil:
		return d, d.ratings.Merge(next.ratings)
	}
	return d, errors.New("parts of a file of different kinds") // unreachable: the parts share the header
}

// scanSurvey reads the records of cr, a ballot or a rating file.
func scanSurvey(cr *csvio.Reader, inst akhlak.Instrument, scale survey.RatingScale, o readOptions) (surveyData, error) {
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

// codeTable finds the options of a list cell ("BP1;AK2;…") without
// allocating. The codes as the instrument writes them, and the behaviour
// codes in lower case, are keyed by their bytes (up to 23, in three
// little-endian words) in a table where no two keys share a slot, so that
// a code is found with no branch on its length or on its spelling. Any
// other spelling goes through Instrument.Lookup, whose answer is the rule
// (TestCodeTable and FuzzOptionList check that both agree).
type codeTable struct {
	inst  akhlak.Instrument
	slots []codeSlot // by codeKey.slot
	mul   uint64
	shift uint
	buf   []byte // the cell being read, then ";" and zero bytes (see appendList)
}

// codeKey is a code of 1 to 23 bytes: its bytes in three little-endian
// words, zero past the end, and its length.
type codeKey struct {
	w0, w1, w2 uint64
	n          uint64
}

type codeSlot struct {
	key codeKey // n is 0 in an empty slot
	id  akhlak.OptionID
}

func (k codeKey) slot(mul uint64, shift uint) uint64 {
	return (k.w0 ^ bits.RotateLeft64(k.w1, 21) ^ bits.RotateLeft64(k.w2, 42) ^ k.n) * mul >> shift
}

// maxKeyed is the longest code found without Instrument.Lookup.
const maxKeyed = 23

// keyOf returns the key of code, and false when it is empty or longer
// than maxKeyed.
func keyOf(code []byte) (codeKey, bool) {
	if len(code) == 0 || len(code) > maxKeyed {
		return codeKey{}, false
	}
	var b [24]byte
	copy(b[:], code)
	return codeKey{binary.LittleEndian.Uint64(b[0:]), binary.LittleEndian.Uint64(b[8:]), binary.LittleEndian.Uint64(b[16:]), uint64(len(code))}, true
}

func newCodeTable(inst akhlak.Instrument) *codeTable {
	type entry struct {
		key codeKey
		id  akhlak.OptionID
	}
	var entries []entry
	add := func(code string) {
		id, err := inst.Lookup(code)
		k, ok := keyOf([]byte(code))
		if err == nil && ok {
			entries = append(entries, entry{k, id})
		}
	}
	for _, o := range inst.Options() {
		add(o.Code)
		if id, _ := inst.Lookup(o.Code); id != 0 {
			if _, isBehaviour := id.Behaviour(); isBehaviour {
				add(strings.ToLower(o.Code))
			}
		}
	}
	// At least 8 slots a key, and a multiplier under which no two keys
	// share a slot (a few tries find it).
	c := &codeTable{inst: inst}
	for size := 256; c.slots == nil; size *= 2 {
		if size < 8*len(entries) {
			continue
		}
		shift := uint(64 - bits.Len(uint(size-1)))
		for try := uint64(1); try <= 64 && c.slots == nil; try++ {
			mul := 0x9E3779B97F4A7C15 * (2*try + 1)
			slots := make([]codeSlot, size)
			ok := true
			for _, e := range entries {
				h := e.key.slot(mul, shift)
				if slots[h].key.n != 0 && slots[h].key != e.key {
					ok = false
					break
				}
				slots[h] = codeSlot(e)
			}
			if ok {
				c.slots, c.mul, c.shift = slots, mul, shift
			}
		}
	}
	return c
}

// find returns the option keyed by k, or 0.
func (c *codeTable) find(k codeKey) akhlak.OptionID {
	s := &c.slots[k.slot(c.mul, c.shift)&uint64(len(c.slots)-1)]
	if s.key == k {
		return s.id
	}
	return 0
}

// lookup finds one code: through the table, or else through
// Instrument.Lookup.
func (c *codeTable) lookup(code []byte) (akhlak.OptionID, error) {
	if k, ok := keyOf(code); ok {
		if id := c.find(k); id != 0 {
			return id, nil
		}
	}
	return c.inst.Lookup(string(code))
}

// semicolonBytes sets the high bit of each byte of w that is a ';', and
// of no other.
func semicolonBytes(w uint64) uint64 {
	const low7s, semicolons = 0x7f7f7f7f7f7f7f7f, 0x3b3b3b3b3b3b3b3b
	x := w ^ semicolons
	return ^((x&low7s + low7s) | x | low7s)
}

// appendList appends to dst the options of a list cell: codes separated
// by ";", white space around a code ignored, a final ";" allowed. window
// is the cell and at least csvio.WindowSlack more bytes (see
// csvio.Reader.Window), or nil. On an error it returns the code at fault
// (nil for an empty code) and the error from Instrument.Lookup.
func (c *codeTable) appendList(dst []akhlak.OptionID, cell, window []byte) ([]akhlak.OptionID, []byte, error) {
	end := len(cell)
	if len(window) < end+24 {
		// A copy, with room past the cell.
		if cap(c.buf) < end+24 {
			c.buf = make([]byte, 2*end+24)
		}
		window = c.buf[:end+24]
		copy(window, cell)
	}
	for i := 0; i < end; {
		// The code window[i:i+n] and its key: n is where the first ';'
		// is in the next three words (24 if none is), or the cell's end.
		w := window[i : i+24 : i+24]
		var k codeKey
		w0 := binary.LittleEndian.Uint64(w)
		if t0 := uint(bits.TrailingZeros64(semicolonBytes(w0))) >> 3; t0 < 8 && int(t0) <= end-i || end-i < 8 {
			// A code of up to 7 bytes, every behaviour code.
			n := min(t0, uint(end-i))
			k = codeKey{w0: w0 & (1<<(8*n) - 1), n: uint64(n)}
		} else {
			w1, w2 := binary.LittleEndian.Uint64(w[8:]), binary.LittleEndian.Uint64(w[16:])
			t1 := uint(bits.TrailingZeros64(semicolonBytes(w1)))
			t2 := uint(bits.TrailingZeros64(semicolonBytes(w2)))
			n := min(8+t1>>3+t1>>6*(t2>>3), uint(end-i))
			k = codeKey{w0: w0, w1: w1 & (1<<(8*n-64) - 1), w2: w2 & (1<<(8*n-128) - 1) & -uint64(n>>4), n: uint64(n)}
		}
		if id := c.find(k); id != 0 {
			dst = append(dst, id)
			i += int(k.n) + 1
			continue
		}
		// Any other code: spaces around it, another spelling, an
		// unknown, empty or long code.
		j := bytes.IndexByte(cell[i:], ';')
		if j < 0 {
			j = end - i
		}
		code := trimSpace(cell[i : i+j])
		if len(code) == 0 {
			return dst, nil, errEmptyCode
		}
		id, err := c.lookup(code)
		if err != nil {
			return dst, code, err
		}
		dst = append(dst, id)
		i += j + 1
	}
	return dst, nil, nil
}

// errEmptyCode is an empty code in a list: two ";" in a row, or a list
// that starts with one.
var errEmptyCode = errors.New("empty option code")

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
		if len(cr.Field(cols[0])) == 0 {
			return nil, cr.Errorf("respondent", "empty")
		}
		for li := range lists {
			cell, window := cr.Window(cols[li+1])
			var err error
			lists[li], _, err = codes.appendList(lists[li][:0], cell, window)
			if errors.Is(err, errEmptyCode) {
				return nil, cr.Errorf(listNames[li], "empty option code in %s", text.Quote(string(cell)))
			}
			if err != nil {
				return nil, cr.Wrap(listNames[li], err)
			}
		}
		// The reader has checked the id; an error from Add is labelled
		// with the file and line, so the id is not copied for it.
		err = t.Add("", akhlak.Ballot{Personal: lists[0], Current: lists[1], Desired: lists[2]})
		if err != nil {
			var ae *survey.AnswerError
			switch {
			case errors.As(err, &ae) && ae.Field == "ballot": // the whole row: a blank ballot
				return nil, cr.Wrap("", errors.New(ae.Reason))
			case errors.As(err, &ae):
				return nil, cr.Wrap(ae.Field, fmt.Errorf("%s: %s", ae.Answer, ae.Reason))
			}
			return nil, cr.Wrap("", err)
		}
	}
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
		if k := cr.Ints(item, lo, hi, survey.NoAnswer, answers); k >= 0 {
			return nil, cr.Errorf(want[k+1].Name, "%s is not an answer on the scale %s", text.Quote(cr.Text(item[k])), scale)
		}
		// The reader has checked the id; an error from Add is labelled
		// with the file and line, so the id is not copied for it.
		if err := t.Add("", answers); err != nil {
			var ae *survey.AnswerError
			if errors.As(err, &ae) {
				if ae.Err == nil { // a blank row: the reason says it all
					return nil, cr.Wrap("", errors.New(ae.Reason))
				}
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
	if errors.Is(err, category.ErrOutOfRange) {
		// Name the line of the score outside 0–100 (the rule of
		// akhlak.NewProfile, which reports the first in Values order).
		for _, v := range akhlak.Values() {
			if s, ok := scores[v]; ok && (s.Sign() < 0 || s.GreaterThan(decimal.New(100, 0))) {
				return akhlak.Profile{}, &csvio.RowError{File: name, Line: lines[v], Column: "score", Err: err}
			}
		}
	}
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
