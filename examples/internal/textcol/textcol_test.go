package textcol

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestWrite(t *testing.T) {
	tests := []struct {
		name  string
		rows  [][]string
		right map[int]bool
		want  string
	}{
		{"left", [][]string{{"a", "bb"}, {"ccc", "d"}}, nil, "a    bb\nccc  d\n"},
		{"right", [][]string{{"x", "1,0", "naik"}, {"yy", "12,5", "—"}}, map[int]bool{1: true},
			"x    1,0  naik\nyy  12,5  —\n"},
		{"runes", [][]string{{"—", "→"}, {"ab", "c"}}, nil, "—   →\nab  c\n"},
		{"short row, no trailing space", [][]string{{"a", "b", "c"}, {"dd"}}, nil, "a   b  c\ndd\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var b strings.Builder
			if err := Write(&b, tc.rows, tc.right); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tc.want, b.String()); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}
