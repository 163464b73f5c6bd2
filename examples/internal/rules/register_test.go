package rules_test

import (
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/go-asn/berakhlak/category"
	"github.com/go-asn/berakhlak/engagement"
	"github.com/go-asn/berakhlak/examples/internal/rules"
)

// registerItems returns the items ("  - …" bullets) of the rule register
// in doc.go, each with its whitespace normalised to single spaces.
func registerItems(t *testing.T) []string {
	t.Helper()
	src, err := os.ReadFile("../../../doc.go") // the root package's doc, the users' copy of the register
	if err != nil {
		t.Fatal(err)
	}
	_, register, ok := strings.Cut(string(src), "// # The rule register\n")
	if !ok {
		t.Fatal(`doc.go has no "# The rule register" section`)
	}
	if end := strings.Index(register, "\n// # "); end >= 0 {
		register = register[:end]
	}
	var items []string
	var cur []string
	flush := func() {
		if cur != nil {
			items = append(items, strings.Join(strings.Fields(strings.Join(cur, " ")), " "))
		}
		cur = nil
	}
	for _, line := range strings.Split(register, "\n") {
		line = strings.TrimPrefix(line, "//")
		trimmed := strings.TrimSpace(line)
		switch {
		case strings.HasPrefix(trimmed, "- "):
			flush()
			cur = []string{strings.TrimPrefix(trimmed, "- ")}
		case trimmed == "" || !strings.HasPrefix(line, "   "):
			flush() // a blank line or a paragraph ends an item
		case cur != nil:
			cur = append(cur, trimmed)
		}
	}
	flush()
	return items
}

// registerClaims ties every rule the example programs cite
// (internal/rules) to the one item of the rule register that states it:
// anchor is a phrase found in that item and no other, and claim is the
// register's own words that give the rule its status. A rule whose status
// or source changes on one side only fails TestRuleRegister, and so does
// a rule added to internal/rules without a line here.
var registerClaims = map[rules.ID]struct{ anchor, claim string }{
	rules.Values:             {"The seven values, in the order of the acronym", "Official: SE MenPANRB No. 20 Tahun 2021"},
	rules.BallotScore:        {"A value's score from ballots", "from ballots: library default"},
	rules.RatingScore:        {"A value's score from ballots", "from ratings: library default"},
	rules.Index:              {"The overall index, the unweighted mean", "rounded half-up: derived from the 2022 national figures"},
	rules.Categories:         {"The categories A Sehat", "one place: official, the 2022 agency report format (KemenPANRB)"},
	rules.CategoryD:          {"The categories A Sehat", `its label "Sangat Tidak Sehat" is a library default`},
	rules.Entropy:            {"Cultural entropy (limiting votes", "official for the method, Barrett Values Centre, Cultural Values Assessment"},
	rules.Alignment:          {"Cultural entropy (limiting votes", "the current–desired bands 6+ and 4–5: official (Barrett)"},
	rules.AlignmentLower:     {"Cultural entropy (limiting votes", "2–3 and 0–1: derived"},
	rules.Picks:              {"Ten picks per list on a ballot", "Ten picks per list on a ballot: library default"},
	rules.Minimum:            {`The minimum number of respondents "differs per agency"`, "the formula is a library default, Slovin with a 5% margin"},
	rules.EngagementMinimum:  {"the engagement minimum of 140 respondents", "140 respondents per agency: official, KemenPANRB"},
	rules.EngagementIndex:    {"Mean, percent favourable (top two boxes", "the engagement index as percent favourable are library defaults"},
	rules.EngagementSegments: {"Mean, percent favourable (top two boxes", "their thresholds, the top boxes, the places (2 for means, 1 for percentages, 3 for alpha) and the engagement index as percent favourable are library defaults"},
	rules.ENPS:               {"Mean, percent favourable (top two boxes", "their thresholds, the top boxes, the places (2 for means, 1 for percentages, 3 for alpha) and the engagement index as percent favourable are library defaults"},
	rules.Alpha:              {"Mean, percent favourable (top two boxes", "3 for alpha) and the engagement index as percent favourable are library defaults"},
	rules.Confidentiality:    {"The confidentiality threshold of 5 respondents", "library default, after the practice of statistical agencies"},
}

// TestRuleRegister checks that the rules the example programs cite
// (internal/rules) are in step with the users' copy, the rule register in
// the package doc: every rule has its register item (registerClaims), the
// item cites the rule's source word for word in English, and the
// register's claim for the rule names the rule's status.
func TestRuleRegister(t *testing.T) {
	items := registerItems(t)
	if len(items) < 20 {
		t.Fatalf("found %d items in the rule register; the parser is off", len(items))
	}
	norm := func(s string) string { return strings.Join(strings.Fields(s), " ") }
	for _, r := range rules.All() {
		c, ok := registerClaims[r.ID]
		if !ok {
			t.Errorf("rule %s has no register item in registerClaims", r.ID)
			continue
		}
		var item string
		n := 0
		for _, it := range items {
			if strings.Contains(it, c.anchor) {
				item, n = it, n+1
			}
		}
		if n != 1 {
			t.Errorf("rule %s: %d register items contain %q, want exactly 1", r.ID, n, c.anchor)
			continue
		}
		if source := norm(r.Source.EN); !strings.Contains(item, source) {
			t.Errorf("rule %s: its source %q is not in its register item %q", r.ID, source, item)
		}
		if !strings.Contains(item, c.claim) {
			t.Errorf("rule %s: its register item no longer says %q: %q", r.ID, c.claim, item)
		}
		if !strings.Contains(strings.ToLower(c.claim), r.Status.String()) {
			t.Errorf("rule %s is %q, but the register says %q", r.ID, r.Status, c.claim)
		}
	}
	for id := range registerClaims {
		if _, ok := rules.Lookup(id); !ok {
			t.Errorf("registerClaims names %q, which is not a rule", id)
		}
	}
}

// TestRuleStatements checks the figures the rules' statements quote
// against the library that computes them, in both languages (the
// Indonesian text writes decimals with a comma).
func TestRuleStatements(t *testing.T) {
	statement := func(id rules.ID) (string, string) {
		r, ok := rules.Lookup(id)
		if !ok {
			t.Fatalf("no rule %s", id)
		}
		return r.Statement.EN, r.Statement.ID
	}
	en, id := statement(rules.EngagementMinimum)
	n := strconv.Itoa(engagement.OfficialMinimum().Required())
	if !strings.Contains(en, n) || !strings.Contains(id, n) {
		t.Errorf("rule %s does not state the official minimum %s: %q / %q", rules.EngagementMinimum, n, en, id)
	}
	scale := category.BerAKHLAK()
	en, id = statement(rules.Categories)
	for _, b := range scale.Bands() {
		if b.Letter == "D" {
			continue // band D is rule CategoryD's
		}
		min := b.Min.StringFixed(scale.Places())
		wantEN := b.Letter + " " + b.Label + " ≥ " + min
		wantID := b.Letter + " " + b.Label + " ≥ " + strings.ReplaceAll(min, ".", ",")
		if !strings.Contains(en, wantEN) || !strings.Contains(id, wantID) {
			t.Errorf("rule %s does not state band %q / %q: %q / %q", rules.Categories, wantEN, wantID, en, id)
		}
	}
	en, id = statement(rules.CategoryD)
	for _, b := range scale.Bands() {
		if b.Letter == "D" && (!strings.Contains(en, b.Label) || !strings.Contains(id, b.Label)) {
			t.Errorf("rule %s does not name band D's label %q", rules.CategoryD, b.Label)
		}
	}
}

// TestRegisterItems checks the parser TestRuleRegister relies on.
func TestRegisterItems(t *testing.T) {
	items := registerItems(t)
	want := "Ten picks per list on a ballot: library default, after Barrett's instrument as run in 2022–2023."
	for _, item := range items {
		if item == want {
			return
		}
	}
	t.Errorf("no register item is %q; items:\n%s", want, strings.Join(items, "\n"))
}
