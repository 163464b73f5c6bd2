package jsoncmp

import (
	"strings"
	"testing"
)

func TestDiff(t *testing.T) {
	tests := []struct {
		name, a, b, want string
	}{
		{"same, reordered", `{"a":1,"b":[1,2,{"c":"x"}]}`, `{ "b":[1, 2, {"c":"x"}], "a":1 }`, ""},
		{"scalar", `{"a":{"b":"57.9"}}`, `{"a":{"b":"58.0"}}`, `a.b: "57.9" against "58.0"`},
		{"number text", `{"a":1.0}`, `{"a":1}`, `a: 1.0 against 1`},
		{"list length", `{"a":[1]}`, `{"a":[1,2]}`, `a: 1 entries against 2`},
		{"list entry", `[1,2]`, `[1,3]`, `[1]: 2 against 3`},
		{"missing", `{}`, `{"a":true}`, `a: missing, against true`},
		{"extra", `{"a":null}`, `{}`, `a: null, against nothing`},
		{"kind", `{"a":{}}`, `{"a":[]}`, `a: an object against a list`},
		{"bad", `{`, `{}`, "stored JSON: unexpected EOF"},
		{"long", `"` + strings.Repeat("x", 200) + `"`, `""`, `the document: "` + strings.Repeat("x", 80) + `"… (200 bytes) against ""`},
	}
	for _, tt := range tests {
		if got := Diff([]byte(tt.a), []byte(tt.b)); got != tt.want {
			t.Errorf("%s: Diff = %q, want %q", tt.name, got, tt.want)
		}
	}
}
