package text

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestQuote(t *testing.T) {
	long := strings.Repeat("é", 100) // 200 bytes
	tests := []struct {
		name, in, want string
	}{
		{"short", "BP1", `"BP1"`},
		{"control", "a\nb", `"a\nb"`},
		{"exactly the limit", strings.Repeat("x", 80), `"` + strings.Repeat("x", 80) + `"`},
		{"long, cut at a rune boundary", long, `"` + strings.Repeat("é", 40) + `"… (200 bytes)`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Quote(tt.in); got != tt.want {
				t.Errorf("Quote(%.20q…) = %s, want %s", tt.in, got, tt.want)
			}
		})
	}
}

func TestCut(t *testing.T) {
	if got := Cut("abc"); got != "abc" {
		t.Errorf("Cut(abc) = %q", got)
	}
	if got, want := Cut(strings.Repeat("é", 100)), strings.Repeat("é", 40)+"…"; got != want {
		t.Errorf("Cut(é×100) = %q, want %q", got, want)
	}
}

func TestTerminal(t *testing.T) {
	tests := []struct {
		name  string
		in    string
		width int
		want  string
	}{
		{"plain", "Biro Umum", 20, "Biro Umum"},
		{"cut", "Sekretariat Jenderal", 10, "Sekretari…"},
		{"no limit", strings.Repeat("x", 100), 0, strings.Repeat("x", 100)},
		{"runes, not bytes", "Gedung Sate — Bandung", 13, "Gedung Sate …"},
		{"control characters", "a\x1b[2Jb", 20, `"a\x1b[2Jb"`},
		{"newline", "a\nb", 20, `"a\nb"`},
		{"invalid UTF-8", "a\xffb", 20, `"a\xffb"`},
		{"C1 control", "a\u0085b", 20, `"a\u0085b"`},
		{"escaped and cut", "\x00" + strings.Repeat("y", 50), 10, `"\x00yyyy…`},
		{"right-to-left override", "abc\u202efdp.exe", 0, `"abc\u202efdp.exe"`},
		{"left-to-right and right-to-left marks", "a\u200eb\u200fc", 0, `"a\u200eb\u200fc"`},
		{"Arabic letter mark", "a\u061cb", 0, `"a\u061cb"`},
		{"isolates", "\u2066a\u2067b\u2068c\u2069", 0, `"\u2066a\u2067b\u2068c\u2069"`},
		{"embeddings", "\u202aa\u202bb\u202cc\u202d", 0, `"\u202aa\u202bb\u202cc\u202d"`},
		{"line separator", "a\u2028b", 0, `"a\u2028b"`},
		{"DEL", "a\x7fb", 0, `"a\x7fb"`},
		{"not controls", "Dinas Pendidikan — Bandung, Aceh: نور\u200cالله", 0, "Dinas Pendidikan — Bandung, Aceh: نور\u200cالله"},
		{"long unsafe, no width", "\x1b" + strings.Repeat("z", 400), 0, `"\x1b` + strings.Repeat("z", 319) + `"…`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, Terminal(tc.in, tc.width)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

func TestPad(t *testing.T) {
	if diff := cmp.Diff([]string{"ab   ", "abcdef", "é    "}, []string{Pad("ab", 5), Pad("abcdef", 3), Pad("é", 5)}); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// TestTerminalJSON: the runes a terminal may not receive raw and that
// encoding/json leaves raw are escaped; the document decodes to the same
// value.
func TestTerminalJSON(t *testing.T) {
	tests := []struct {
		name string
		in   any
		want string
	}{
		{"plain", map[string]string{"title": "Dinas X"}, `{"title":"Dinas X"}`},
		{"bidi", map[string]string{"title": "a\u202eb\u2066c\u200f"}, `{"title":"a\u202eb\u2066c\u200f"}`},
		{"C0, already escaped", map[string]string{"title": "a\x1b[2J\n"}, `{"title":"a\u001b[2J\n"}`},
		{"DEL and C1", map[string]string{"title": "a\x7fb\u009bc"}, `{"title":"a\u007fb\u009bc"}`},
		{"indented", []string{"\u061c"}, "[\n  \"\\u061c\"\n]"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			b, err := json.MarshalIndent(tc.in, "", "  ")
			if _, isMap := tc.in.(map[string]string); isMap {
				b, err = json.Marshal(tc.in)
			}
			if err != nil {
				t.Fatal(err)
			}
			got := TerminalJSON(b)
			if diff := cmp.Diff(tc.want, string(got)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
			var back, orig any
			if err := json.Unmarshal(got, &back); err != nil {
				t.Fatal(err)
			}
			_ = json.Unmarshal(b, &orig)
			if diff := cmp.Diff(orig, back); diff != "" {
				t.Errorf("the value changed (-before +after):\n%s", diff)
			}
		})
	}
}
