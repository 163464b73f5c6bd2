package main

import (
	"errors"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"

	"github.com/go-asn/berakhlak/examples/internal/csvio"
	"github.com/go-asn/berakhlak/examples/internal/lang"
	"github.com/go-asn/berakhlak/ikm"
	"github.com/go-asn/berakhlak/internal/fold"
	"github.com/go-asn/berakhlak/internal/text"
	"github.com/go-asn/berakhlak/survey"
)

// A role is what a column of an export holds, as the column map says.
type role struct {
	header  string // the column's header as the map writes it
	kind    roleKind
	unsur   int    // the unsur's index (0–8) on the instrument, for roleUnsur
	profile string // the profile's name, for roleProfile
}

type roleKind uint8

const (
	roleUnsur roleKind = iota + 1
	roleRespondent
	roleTimestamp
	roleGroup
	roleIgnore
	roleProfile
)

// profiles are the respondent profile a column map can name, in the
// order the report lists them, as the column map writes them.
var profiles = []string{"jenis kelamin", "usia", "pendidikan", "pekerjaan"}

// profileLabels are the profiles as the report shows them.
var profileLabels = map[string]lang.Text{
	"jenis kelamin": {ID: "Jenis kelamin", EN: "Sex"},
	"usia":          {ID: "Usia", EN: "Age"},
	"pendidikan":    {ID: "Pendidikan", EN: "Education"},
	"pekerjaan":     {ID: "Pekerjaan", EN: "Occupation"},
}

// columnMap maps the header text of an export's columns, trimmed and in
// lower case (as csvio matches headers), to their roles.
type columnMap map[string]role

// readColumns reads a column map: a CSV with the header "column,role",
// one row per column of the export: its header text as written, and its
// role: an unsur of the instrument (its official name in any case and
// spacing, or its code U1–U9), "respondent", "timestamp" (the respondent's
// id when there is no respondent column), "group" (the jenis layanan),
// one of the profiles ("jenis kelamin", "usia", "pendidikan",
// "pekerjaan"), or "ignore". Nothing is guessed from a question's wording.
func readColumns(name string, r io.Reader, o options) (columnMap, error) {
	cr, err := csvio.NewReader(name, r, o.csv)
	if err != nil {
		return nil, err
	}
	cols, err := cr.Bind(csvio.Column{Name: "column"}, csvio.Column{Name: "role"})
	if err != nil {
		return nil, err
	}
	m := columnMap{}
	seen := map[string]int{}
	for {
		err := cr.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, err
		}
		header := strings.ToLower(strings.TrimSpace(cr.Text(cols[0])))
		if header == "" {
			return nil, cr.Errorf("column", "empty")
		}
		if line, ok := seen[header]; ok {
			return nil, cr.Errorf("column", "%s already on line %d", text.Quote(cr.Text(cols[0])), line)
		}
		seen[header] = cr.Line()
		ro, ok := parseRole(cr.Text(cols[1]), o.instrument)
		if !ok {
			return nil, cr.Errorf("role", "%s is no role: want an unsur of %s (its name or U1–U9), respondent, timestamp, group, ignore, or a profile (%s)",
				text.Quote(cr.Text(cols[1])), o.instrument, strings.Join(profiles, ", "))
		}
		ro.header = strings.TrimSpace(cr.Text(cols[0]))
		m[header] = ro
	}
	if len(m) == 0 {
		return nil, fmt.Errorf("%s: the column map maps no column", name)
	}
	return m, nil
}

// parseRole reads a role of the column map.
func parseRole(s string, in ikm.Instrument) (role, bool) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "respondent":
		return role{kind: roleRespondent}, true
	case "timestamp":
		return role{kind: roleTimestamp}, true
	case "group":
		return role{kind: roleGroup}, true
	case "ignore":
		return role{kind: roleIgnore}, true
	}
	for _, p := range profiles {
		if strings.EqualFold(strings.TrimSpace(s), p) {
			return role{kind: roleProfile, profile: p}, true
		}
	}
	if i := unsurIndex(s, in); i >= 0 {
		return role{kind: roleUnsur, unsur: i}, true
	}
	return role{}, false
}

// unsurIndex returns the index (0–8) of the unsur of in named by s (its
// official name in any case, spacing and punctuation, or its code U1–U9),
// or -1.
func unsurIndex(s string, in ikm.Instrument) int {
	var a, b [64]byte
	key, ok := fold.Append(a[:0], s, true)
	if !ok {
		return -1
	}
	for i, name := range in.Names() {
		n, _ := fold.Append(b[:0], name, true)
		if string(key) == string(n) || string(key) == "u"+strconv.Itoa(i+1) {
			return i
		}
	}
	return -1
}

// export is what read makes of an export: the tally, the group column's
// header (empty when there is none), the respondent profile, and whether
// a cell held an answer word rather than a digit.
type export struct {
	tally   *ikm.Tally
	group   string
	profile []profileCounts
	words   bool
	counts  []map[string]int // per profile, the respondents of each value; nil for a profile the export lacks
}

// merge adds next, the next part of the file, to ex.
func (ex *export) merge(next *export) (*export, error) {
	if err := ex.tally.Merge(next.tally); err != nil {
		return nil, err
	}
	ex.words = ex.words || next.words
	for k, c := range next.counts {
		if c == nil {
			continue
		}
		if ex.counts[k] == nil {
			ex.counts[k] = map[string]int{}
		}
		for v, n := range c {
			ex.counts[k][v] += n
		}
	}
	return ex, nil
}

// profileCounts counts the respondents of each value of one profile.
type profileCounts struct {
	Name   string         `json:"name"`
	Values []profileValue `json:"values"`
}

type profileValue struct {
	Value string `json:"value"` // "" for respondents who left it blank
	Count int    `json:"count"`
}

// read reads an export into a tally. Columns are matched by name: the
// column map's header texts when one is given, otherwise "respondent" and
// the unsur's names or codes. A file is read on o.csv.Workers goroutines,
// each part into its own tally, merged in file order (csvio.Read).
func read(name string, r io.Reader, o options) (*export, error) {
	ex, err := csvio.Read(name, r, o.csv, func(cr *csvio.Reader) (*export, error) { return scan(cr, o) }, (*export).merge)
	if err != nil {
		return nil, err
	}
	for k, c := range ex.counts {
		if c != nil {
			ex.profile = append(ex.profile, sortProfile(profiles[k], c))
		}
	}
	return ex, nil
}

// scan reads the records of cr into a tally, and counts the profile.
func scan(cr *csvio.Reader, o options) (*export, error) {
	in := o.instrument
	names := in.Names()
	// The columns bound: the id, the nine unsur, then the optional ones.
	want := []csvio.Column{{Name: "respondent"}}
	for i := range names {
		want = append(want, csvio.Column{Name: "U" + strconv.Itoa(i+1), Match: func(h string) bool { return unsurIndex(h, in) == i }})
	}
	const (
		colTimestamp = 10
		colGroup     = 11
		colProfile   = 12
	)
	if o.columns != nil {
		mapped := func(k roleKind, i int, p string) func(string) bool {
			return func(h string) bool {
				ro, ok := o.columns[strings.TrimSpace(h)]
				return ok && ro.kind == k && (k != roleUnsur || ro.unsur == i) && (k != roleProfile || ro.profile == p)
			}
		}
		hasTimestamp := false
		for _, ro := range o.columns {
			hasTimestamp = hasTimestamp || ro.kind == roleTimestamp
		}
		want[0] = csvio.Column{Name: "respondent", Optional: hasTimestamp, Match: mapped(roleRespondent, 0, "")}
		for i := range names {
			want[1+i].Match = mapped(roleUnsur, i, "")
		}
		want = append(want, csvio.Column{Name: "timestamp", Optional: true, Match: mapped(roleTimestamp, 0, "")},
			csvio.Column{Name: "group", Optional: true, Match: mapped(roleGroup, 0, "")})
		for _, p := range profiles {
			want = append(want, csvio.Column{Name: p, Optional: true, Match: mapped(roleProfile, 0, p)})
		}
		var ignored []string
		for h, ro := range o.columns {
			if ro.kind == roleIgnore {
				ignored = append(ignored, h)
			}
		}
		sort.Strings(ignored)
		for _, h := range ignored {
			want = append(want, csvio.Column{Name: h, Optional: true, Match: func(c string) bool { return strings.TrimSpace(c) == h }})
		}
	}
	cols, err := cr.Bind(want...)
	if err != nil {
		return nil, err
	}
	idCol, idName := cols[0], "respondent"
	if idCol < 0 {
		idCol, idName = cols[colTimestamp], "timestamp"
	}
	if !o.allowDuplicates {
		cr.Unique(idCol, idName)
	}
	groupCol := -1
	ex := &export{tally: ikm.NewTally()}
	if in != ikm.Instrument2017 {
		if ex.tally, err = ikm.NewTallyFor(in); err != nil {
			return nil, err
		}
	}
	if len(cols) > colGroup && cols[colGroup] >= 0 {
		groupCol = cols[colGroup]
		ex.group = o.columns[strings.TrimSpace(cr.Header()[groupCol])].header
	}
	// The unsur of 2017 whose answer words each column reads, if any.
	var unsur [9]ikm.Unsur
	for i, n := range names {
		unsur[i], _ = ikm.ParseUnsur(n)
	}
	counts := make([]map[string]int, len(profiles))
	answers := make([]int8, 9)
	for {
		err := cr.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, err
		}
		id := cr.Field(idCol)
		if len(id) == 0 {
			return nil, cr.Errorf(idName, "empty")
		}
		for i := range names {
			cell := cr.Field(cols[1+i])
			a, err := readAnswer(cell, unsur[i])
			if err != nil {
				return nil, cr.Errorf("U"+strconv.Itoa(i+1), "%v", err)
			}
			answers[i] = a
			ex.words = ex.words || len(cell) > 1 // an answer of two bytes or more is a word
		}
		resp := ikm.Response{Respondent: string(id), Answers: answers}
		if groupCol >= 0 {
			resp.Group = cr.Text(groupCol)
		}
		if err := ex.tally.AddResponse(resp); err != nil {
			return nil, cr.Wrap("", err)
		}
		for k := range profiles {
			if c := colProfile + k; len(cols) > c && cols[c] >= 0 {
				if counts[k] == nil {
					counts[k] = map[string]int{}
				}
				counts[k][profileValueOf(profiles[k], cr.Text(cols[c]))]++
			}
		}
	}
	ex.counts = counts
	return ex, nil
}

// readAnswer reads one cell: empty for no answer, a digit 1–4, or an
// answer word of u (or the generic labels when u is zero: an unsur of
// another instrument that 2017 does not ask).
func readAnswer(cell []byte, u ikm.Unsur) (int8, error) {
	switch {
	case len(cell) == 0:
		return survey.NoAnswer, nil
	case len(cell) == 1 && '1' <= cell[0] && cell[0] <= '4':
		return int8(cell[0] - '0'), nil
	}
	var a ikm.Answer
	var err error
	if u.IsValid() {
		a, err = u.ParseAnswer(string(cell))
	} else {
		a, err = ikm.ParseAnswer(string(cell))
	}
	var we *ikm.AnswerWordError
	switch {
	case errors.As(err, &we) && len(we.Owners) > 0:
		return 0, fmt.Errorf("%s is not an answer: it answers %s, not %s", text.Quote(string(cell)), ownerNames(we.Owners), u)
	case err != nil:
		return 0, fmt.Errorf("%s is not an answer: want 1–4 (Tidak Baik to Sangat Baik), the questionnaire's answer words, or empty", text.Quote(string(cell)))
	}
	return int8(a), nil
}

func ownerNames(us []ikm.Unsur) string {
	var s []string
	for _, u := range us {
		s = append(s, u.String())
	}
	return strings.Join(s, " and ")
}

// ageBands are the bands of the usia profile, in years (library default
// of the program): a cell that is a whole number is counted in its band,
// any other text as written (a form may offer bands of its own).
var ageBands = []struct {
	label string
	below int
}{{"< 20", 20}, {"20–29", 30}, {"30–39", 40}, {"40–49", 50}, {"50–59", 60}, {"≥ 60", 1 << 30}}

// profileValueOf returns the value a cell counts as in a profile.
func profileValueOf(profile, cell string) string {
	cell = strings.TrimSpace(cell)
	if profile == "usia" {
		if n, err := strconv.Atoi(cell); err == nil && n >= 0 && len(cell) <= 3 {
			for _, b := range ageBands {
				if n < b.below {
					return b.label
				}
			}
		}
	}
	return cell
}

// sortProfile lists a profile's counts: the age bands in order, then
// every other value by count, most first, then by name; a blank last.
func sortProfile(name string, c map[string]int) profileCounts {
	rank := func(v string) int {
		for i, b := range ageBands {
			if name == "usia" && v == b.label {
				return i
			}
		}
		if v == "" {
			return len(ageBands) + 1
		}
		return len(ageBands)
	}
	p := profileCounts{Name: name}
	for v, n := range c {
		p.Values = append(p.Values, profileValue{v, n})
	}
	sort.Slice(p.Values, func(i, j int) bool {
		a, b := p.Values[i], p.Values[j]
		if ra, rb := rank(a.Value), rank(b.Value); ra != rb {
			return ra < rb
		}
		if a.Count != b.Count {
			return a.Count > b.Count
		}
		return a.Value < b.Value
	})
	return p
}
