package wire

import (
	"encoding/binary"
	"errors"
	"testing"
)

func TestRoundTrip(t *testing.T) {
	b := AppendString(nil, "Kebanggaan")
	b = AppendBool(b, true)
	b = binary.AppendUvarint(b, 300)
	b = append(b, 7)
	r := NewReader(b)
	if s, ok, n, c := r.String(), r.Bool(), r.Uvarint(), r.Byte(); s != "Kebanggaan" || !ok || n != 300 || c != 7 || r.Err() != nil || len(r.Rest()) != 0 {
		t.Errorf("got %q %v %d %d %v", s, ok, n, c, r.Err())
	}
}

func TestTruncatedAndBad(t *testing.T) {
	full := AppendBool(AppendString(nil, "abc"), false)
	for n := 0; n < len(full); n++ {
		r := NewReader(full[:n])
		_, _ = r.String(), r.Bool()
		if !errors.Is(r.Err(), ErrCorrupt) {
			t.Errorf("%d of %d bytes: %v", n, len(full), r.Err())
		}
	}
	r := NewReader([]byte{2})
	if r.Bool(); !errors.Is(r.Err(), ErrCorrupt) || r.Err().Error() != "bad flag" {
		t.Errorf("flag 2: %v", r.Err())
	}
	r.Fail("later")
	if r.Err().Error() != "bad flag" {
		t.Error("a later failure replaced the first")
	}
}
