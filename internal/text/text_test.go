package text

import (
	"strings"
	"testing"
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
