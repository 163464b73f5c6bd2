package rules

import (
	"strings"
	"testing"

	"github.com/go-asn/berakhlak/examples/internal/lang"
	"github.com/google/go-cmp/cmp"
)

// TestTable checks every entry: a unique id, a valid status, and a source
// and a statement in both languages.
func TestTable(t *testing.T) {
	seen := map[ID]bool{}
	for _, r := range All() {
		if r.ID == "" || seen[r.ID] {
			t.Errorf("rule id %q empty or repeated", r.ID)
		}
		seen[r.ID] = true
		if r.Status < Official || r.Status > LibraryDefault {
			t.Errorf("%s: status %v", r.ID, r.Status)
		}
		// Plain text, not formats: lang.Check's verb comparison does not apply.
		for _, s := range []string{r.Source.ID, r.Source.EN, r.Statement.ID, r.Statement.EN} {
			if strings.TrimSpace(s) == "" {
				t.Errorf("%s: empty source or statement in %+v", r.ID, r)
			}
		}
	}
	if len(seen) < 10 {
		t.Errorf("%d rules", len(seen))
	}
}

func TestStatus(t *testing.T) {
	tests := []struct {
		s      Status
		want   string
		id, en string
	}{
		{Official, "official", "resmi", "official"},
		{Derived, "derived", "turunan", "derived"},
		{LibraryDefault, "library default", "bawaan pustaka", "library default"},
		{0, "Status(0)", "Status(0)", "Status(0)"},
	}
	for _, tc := range tests {
		got := []string{tc.s.String(), tc.s.Text().In(lang.ID), tc.s.Text().In(lang.EN)}
		if diff := cmp.Diff([]string{tc.want, tc.id, tc.en}, got); diff != "" {
			t.Errorf("Status(%d) mismatch (-want +got):\n%s", tc.s, diff)
		}
	}
}

func TestSelect(t *testing.T) {
	got, err := Select(Minimum, Values, Minimum, Index)
	if err != nil {
		t.Fatal(err)
	}
	var ids []ID
	for _, r := range got {
		ids = append(ids, r.ID)
	}
	if diff := cmp.Diff([]ID{Values, Index, Minimum}, ids); diff != "" {
		t.Errorf("Select mismatch (-want +got):\n%s", diff)
	}
	if _, err := Select(Values, "nope"); err == nil || err.Error() != `rules: unknown rule "nope"` {
		t.Errorf("Select(nope) error = %v", err)
	}
	if _, ok := Lookup("nope"); ok {
		t.Error(`Lookup("nope") found a rule`)
	}
}

// TestAllIsACopy checks that a caller cannot change the table.
func TestAllIsACopy(t *testing.T) {
	a := All()
	a[0].Status = Derived
	if r, _ := Lookup(a[0].ID); r.Status != Official {
		t.Error("All returned the table itself")
	}
}
