package text

import (
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
