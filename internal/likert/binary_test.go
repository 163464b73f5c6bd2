package likert

import (
	"bytes"
	"encoding/binary"
	"errors"
	"strings"
	"testing"

	"github.com/go-asn/berakhlak/internal/wire"
)

// encode writes a tally by hand: header, then the counts.
func encode(items, min, max, n uint64, counts ...uint64) []byte {
	var b []byte
	for _, x := range append([]uint64{items, min, max, n}, counts...) {
		b = binary.AppendUvarint(b, x)
	}
	return b
}

func TestDecode(t *testing.T) {
	a, _ := New(2, 1, 3)
	a.Add([]int8{1, 3})
	a.Add([]int8{Missing, 3})
	good := a.AppendBinary(nil)
	// missing, 0, 1, 2, 3 for each item
	if want := encode(2, 1, 3, 2, 1, 0, 1, 0, 0, 0, 0, 0, 0, 2); !bytes.Equal(good, want) {
		t.Fatalf("encoding % x, want % x", good, want)
	}
	r := wire.NewReader(append(bytes.Clone(good), 'x'))
	back := Decode(r)
	if r.Err() != nil || !back.Equal(a) || r.Len() != 1 {
		t.Fatalf("round trip: %v, %d bytes left", r.Err(), r.Len())
	}
	for n := range len(good) {
		r := wire.NewReader(good[:n])
		if Decode(r) != nil || !errors.Is(r.Err(), wire.ErrCorrupt) {
			t.Fatalf("Decode of %d of %d bytes: %v", n, len(good), r.Err())
		}
	}
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"no items", encode(0, 1, 3, 0), "0 items, want 1 to 65536"},
		{"too many items", encode(1<<16+1, 1, 3, 0), "65537 items"},
		{"min = max", encode(1, 3, 3, 0, 0, 0, 0, 0, 0), "scale 3–3"},
		{"max above 100", encode(1, 1, 101, 0), "scale 1–101"},
		{"too many respondents", encode(1, 1, 3, 1<<35+1, 0, 0, 0, 0, 1<<35+1), "34359738369 respondents, more than the 34359738368 (2^35) a tally holds"},
		{"short of counts", encode(1, 1, 3, 0, 0, 0, 0), "5 counts of 1 items on 1–3, in 3 bytes"},
		{"answer below the scale", encode(1, 1, 3, 1, 0, 1, 0, 0, 0), "item 1 has 1 answers 0, below the scale 1–3"},
		{"counts short of respondents", encode(2, 1, 3, 2, 1, 0, 1, 0, 0, 0, 0, 0, 0, 1), "item 2 has 1 answers (missing included) for 2 respondents"},
		{"counts over respondents", encode(1, 1, 3, 1, 1, 0, 1, 0, 0), "item 1 has 2 answers (missing included) for 1 respondents"},
		{"counts overflow", encode(1, 1, 3, 1, 1<<63, 0, 1<<63, 0, 1), "item 1: its counts overflow 64 bits"},
		{"padded varint", append(encode(1, 1, 3, 1, 0, 0, 1, 0), 0x80, 0x00), "longer than it needs to be"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := wire.NewReader(tc.data)
			if got := Decode(r); got != nil || !errors.Is(r.Err(), wire.ErrCorrupt) || !strings.Contains(r.Err().Error(), tc.want) {
				t.Errorf("Decode = %v, error %v, want ErrCorrupt with %q", got, r.Err(), tc.want)
			}
		})
	}
}

// FuzzDecode checks that Decode never panics and that whatever it accepts
// encodes back to exactly the bytes it read.
func FuzzDecode(f *testing.F) {
	a, _ := New(2, 1, 5)
	a.Add([]int8{1, Missing})
	f.Add(a.AppendBinary(nil))
	f.Add(encode(1, 0, 1, 0, 0, 0, 0))
	f.Fuzz(func(t *testing.T, b []byte) {
		r := wire.NewReader(b)
		tl := Decode(r)
		if r.Err() != nil {
			if tl != nil || !errors.Is(r.Err(), wire.ErrCorrupt) {
				t.Fatalf("Decode = %v with error %v", tl, r.Err())
			}
			return
		}
		if read := b[:len(b)-r.Len()]; !bytes.Equal(tl.AppendBinary(nil), read) {
			t.Fatalf("accepted % x, re-encodes to % x", read, tl.AppendBinary(nil))
		}
	})
}
