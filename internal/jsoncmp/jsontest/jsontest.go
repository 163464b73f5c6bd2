// Package jsontest holds the property the decoders' fuzz tests share:
// whatever a type's UnmarshalJSON accepts, it writes back, and reads back
// as the same value, and what it refuses leaves the value unchanged.
package jsontest

import (
	"bytes"
	"encoding/json"
	"testing"
)

// RoundTrip decodes data into a T. When that fails, the T must be
// unchanged (it is still the zero value). When it succeeds, writing the T
// and reading it back must give an equal T and the same bytes again, so
// that a decoded value is always one the library could have written.
func RoundTrip[T any](t *testing.T, data []byte, equal func(a, b T) bool) {
	t.Helper()
	var v T
	if err := json.Unmarshal(data, &v); err != nil {
		var zero T
		if !equal(v, zero) {
			t.Fatalf("a refused document changed the value: %v", err)
		}
		return
	}
	again, err := json.Marshal(v)
	if err != nil {
		t.Fatalf("a decoded value does not encode: %v\ninput: %q", err, data)
	}
	var w T
	if err := json.Unmarshal(again, &w); err != nil {
		t.Fatalf("what a decoded value writes does not decode: %v\n%s", err, again)
	}
	if !equal(v, w) {
		t.Fatalf("a decoded value changes through its own JSON:\n%s", again)
	}
	third, err := json.Marshal(w)
	if err != nil || !bytes.Equal(third, again) {
		t.Fatalf("the JSON of a decoded value is not stable: %v\n%s\n%s", err, again, third)
	}
}
