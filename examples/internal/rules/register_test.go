package rules_test

import (
	"os"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"github.com/go-asn/berakhlak/category"
	"github.com/go-asn/berakhlak/engagement"
	"github.com/go-asn/berakhlak/examples/internal/rules"
)

// TestDocCurrent fails while the root package's doc is stale: its
// register section must be what Doc generates from the register.
func TestDocCurrent(t *testing.T) {
	src, err := os.ReadFile("../../../doc.go")
	if err != nil {
		t.Fatal(err)
	}
	want, err := rules.Splice(string(src))
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(strings.Split(want, "\n"), strings.Split(string(src), "\n")); diff != "" {
		t.Errorf("doc.go's rule register is not the register's (-generated +doc.go); run go generate in the module's root:\n%s", diff)
	}
}

// TestRegister checks the register against itself: every rule a report
// cites is stated in its item, with its status and in its source's words,
// and named once.
func TestRegister(t *testing.T) {
	norm := func(s string) string { return strings.Join(strings.Fields(s), " ") }
	seen := map[rules.ID]bool{}
	items := 0
	for _, s := range rules.Register() {
		if !strings.HasSuffix(s.Heading, ":") || len(s.Items) == 0 {
			t.Errorf("section %q: a heading ends with a colon and has items", s.Heading)
		}
		for _, it := range s.Items {
			items++
			for _, r := range it.Rules {
				if seen[r.ID] {
					t.Errorf("rule %s is in the register twice", r.ID)
				}
				seen[r.ID] = true
				if src := norm(r.Source.EN); !strings.Contains(norm(it.Text), src) {
					t.Errorf("rule %s: its source %q is not in its item %q", r.ID, src, it.Text)
				}
				if !strings.Contains(strings.ToLower(it.Text), r.Status.String()) {
					t.Errorf("rule %s is %s, which its item does not say: %q", r.ID, r.Status, it.Text)
				}
				if r.Source.ID == "" || r.Statement.ID == "" || r.Statement.EN == "" {
					t.Errorf("rule %s: a source and a statement in both languages", r.ID)
				}
			}
		}
	}
	if items < 30 {
		t.Errorf("the register has %d items; it has lost some", items)
	}
	ids := []rules.ID{rules.Values, rules.BallotScore, rules.RatingScore, rules.Index, rules.Categories, rules.CategoryD,
		rules.Entropy, rules.Alignment, rules.AlignmentLower, rules.Picks, rules.Minimum, rules.EngagementMinimum,
		rules.EngagementIndex, rules.EngagementSegments, rules.ENPS, rules.Alpha, rules.Confidentiality,
		rules.IKMFormula, rules.IKMCategories, rules.IKMMinimum, rules.IKMWeight, rules.IKMNRRPlaces, rules.IKMWords, rules.IKMGroups, rules.IKM2014, rules.IKM2004,
		rules.Interval, rules.Bound, rules.Change, rules.Target}
	for _, id := range ids {
		if !seen[id] {
			t.Errorf("rule %s is in no item of the register", id)
		}
	}
	if len(seen) != len(ids) {
		t.Errorf("the register has %d rules, the constants %d", len(seen), len(ids))
	}
}

// TestDocWrap checks the doc's lines: at most 76 columns unless one word
// is longer, no line ending on a lone symbol, and every item's text whole.
func TestDocWrap(t *testing.T) {
	doc := rules.Doc()
	for _, line := range strings.Split(strings.TrimSuffix(doc, "\n"), "\n") {
		if n := utf8.RuneCountInString(line); n > 76 && len(strings.Fields(line)) > 3 {
			t.Errorf("line of %d columns: %q", n, line)
		}
		if f := strings.Fields(line); len(f) > 1 && utf8.RuneCountInString(f[len(f)-1]) == 1 && strings.ContainsAny(f[len(f)-1], "≥×−=→÷") {
			t.Errorf("line ends on a lone symbol: %q", line)
		}
	}
	flat := strings.Join(strings.Fields(strings.NewReplacer("//   - ", " ", "//", " ").Replace(doc)), " ")
	for _, s := range rules.Register() {
		for _, it := range s.Items {
			if !strings.Contains(flat, strings.Join(strings.Fields(it.Text), " ")) {
				t.Errorf("the doc lost words of %q", it.Text)
			}
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
