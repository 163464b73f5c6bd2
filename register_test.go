package berakhlak

import (
	"os"
	"strings"
	"testing"

	"github.com/go-asn/berakhlak/internal/rules"
)

// registerItems returns the items ("  - …" bullets) of the rule register
// in doc.go, each with its whitespace normalised to single spaces.
func registerItems(t *testing.T) []string {
	t.Helper()
	src, err := os.ReadFile("doc.go")
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

// TestRuleRegister checks that the rules the example programs cite
// (internal/rules) are in step with the users' copy, the rule register in
// the package doc: for every rule, one item of the register contains its
// source, word for word in English, and its status (in any case).
func TestRuleRegister(t *testing.T) {
	items := registerItems(t)
	if len(items) < 20 {
		t.Fatalf("found %d items in the rule register; the parser is off", len(items))
	}
	for _, r := range rules.All() {
		source := strings.Join(strings.Fields(r.Source.EN), " ")
		found, withStatus := 0, 0
		for _, item := range items {
			if strings.Contains(item, source) {
				found++
				if strings.Contains(strings.ToLower(item), r.Status.String()) {
					withStatus++
				}
			}
		}
		switch {
		case found == 0:
			t.Errorf("rule %s: its source %q is in no item of the rule register", r.ID, source)
		case withStatus == 0:
			t.Errorf("rule %s: no item of the rule register that cites %q says %q", r.ID, source, r.Status)
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
