package wire

import (
	"bytes"
	"encoding/binary"
	"errors"
	"hash/crc32"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestRoundTrip(t *testing.T) {
	b := AppendString(nil, "Kebanggaan")
	b = AppendBool(b, true)
	b = binary.AppendUvarint(b, 300)
	b = append(b, 7)
	b = binary.AppendUvarint(b, 1<<63)
	r := NewReader(b)
	type read struct {
		S    string
		OK   bool
		N    uint64
		C    byte
		Big  uint64
		Left int
	}
	got := read{r.String(), r.Bool(), r.Uvarint(), r.Byte(), r.Uvarint(), r.Len()}
	r.End()
	if diff := cmp.Diff(read{"Kebanggaan", true, 300, 7, 1 << 63, 0}, got); diff != "" || r.Err() != nil {
		t.Errorf("mismatch (-want +got):\n%s\nerror %v", diff, r.Err())
	}
}

func TestReaderRefuses(t *testing.T) {
	tests := []struct {
		name string
		data []byte
		read func(r *Reader)
		want string
	}{
		{"empty varint", nil, func(r *Reader) { r.Uvarint() }, "truncated at byte 0"},
		{"varint cut", []byte{0x80}, func(r *Reader) { r.Uvarint() }, "truncated at byte 0"},
		{"zero in two bytes", []byte{0x80, 0x00}, func(r *Reader) { r.Uvarint() }, "varint at byte 0 is longer than it needs to be"},
		{"one in two bytes", []byte{0x81, 0x00}, func(r *Reader) { r.Uvarint() }, "longer than it needs to be"},
		{"second varint padded", []byte{0x05, 0xff, 0x80, 0x00}, func(r *Reader) { r.Uvarint(); r.Uvarint() }, "varint at byte 1 is longer"},
		{"overflow", append(bytes.Repeat([]byte{0xff}, 9), 0x02), func(r *Reader) { r.Uvarint() }, "overflows 64 bits"},
		{"long string", []byte{5, 'a', 'b'}, func(r *Reader) { _ = r.String() }, "string at byte 0: 5 bytes, only 2 left"},
		{"empty byte", nil, func(r *Reader) { r.Byte() }, "truncated at byte 0"},
		{"flag 2", []byte{2}, func(r *Reader) { r.Bool() }, "flag at byte 0 is 2, not 0 or 1"},
		{"trailing", []byte{1, 2, 3}, func(r *Reader) { r.Byte(); r.End() }, "2 trailing bytes after byte 1"},
		{"first error kept", []byte{2}, func(r *Reader) { r.Bool(); r.Fail("later") }, "flag at byte 0"},
		{"within", []byte{2}, func(r *Reader) { r.Bool(); r.Within(`group "A"`) }, `group "A": flag at byte 0`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := NewReader(tc.data)
			tc.read(r)
			if err := r.Err(); !errors.Is(err, ErrCorrupt) || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %v, want ErrCorrupt with %q", err, tc.want)
			}
			if r.Uvarint() != 0 || r.String() != "" || r.Byte() != 0 || r.Bool() {
				t.Error("a read after an error returned a value")
			}
		})
	}
	r := NewReader(nil)
	r.Within("nowhere")
	if r.Err() != nil {
		t.Errorf("Within made an error of nothing: %v", r.Err())
	}
}

func TestTruncatedEverywhere(t *testing.T) {
	full := AppendBool(binary.AppendUvarint(AppendString(nil, "abc"), 1000), false)
	for n := 0; n < len(full); n++ {
		r := NewReader(full[:n])
		_, _, _ = r.String(), r.Uvarint(), r.Bool()
		if !errors.Is(r.Err(), ErrCorrupt) {
			t.Errorf("%d of %d bytes: %v", n, len(full), r.Err())
		}
	}
}

func TestEnvelope(t *testing.T) {
	payload := []byte("payload")
	sealed := Seal(append(Begin(nil, "MAG", 1), payload...))
	// The layout: magic, version, payload, CRC-32C (Castagnoli) of the
	// rest, big-endian.
	body := len(sealed) - 4
	want := crc32.Checksum(sealed[:body], crc32.MakeTable(crc32.Castagnoli))
	if string(sealed[:4]) != "MAG\x01" || string(sealed[4:body]) != "payload" || binary.BigEndian.Uint32(sealed[body:]) != want {
		t.Fatalf("envelope % x", sealed)
	}
	v, p, err := Open(sealed, "MAG", 3)
	if err != nil || v != 1 || !bytes.Equal(p, payload) {
		t.Fatalf("Open = %d %q %v", v, p, err)
	}
	v3 := Seal(append(Begin(nil, "MAG", 3), payload...))
	if v, _, err := Open(v3, "MAG", 3); err != nil || v != 3 {
		t.Errorf("version 3 of 3: %d %v", v, err)
	}
	badSum := bytes.Clone(sealed)
	badSum[len(badSum)-1] ^= 0xff
	badVersion := bytes.Clone(sealed) // damaged, not newer: the checksum says so
	badVersion[3] = 4
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"nil", nil, "0 bytes, shorter than the 8 of an empty envelope"},
		{"magic only", []byte("MAG\x01abc"), "7 bytes, shorter than the 8"},
		{"other magic", Seal(append(Begin(nil, "EEE", 1), payload...)), `starts with "EEE", not the magic "MAG"`},
		{"version 0", Seal(append(Begin(nil, "MAG", 0), payload...)), "format version 0 does not exist"},
		{"newer version", Seal(append(Begin(nil, "MAG", 4), payload...)), "format version 4 is unknown: this release reads versions 1 to 3"},
		{"checksum", badSum, "checksum 0x" + hex8(binary.BigEndian.Uint32(badSum[body:])) + " does not match 0x" + hex8(want)},
		{"cut", sealed[:len(sealed)-1], "does not match"},
		{"damaged version byte", badVersion, "checksum 0x"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, _, err := Open(tc.data, "MAG", 3)
			if !errors.Is(err, ErrCorrupt) || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %v, want ErrCorrupt with %q", err, tc.want)
			}
		})
	}
}

// TestEveryBitFlip flips each bit of an envelope in turn: the magic, the
// version or the checksum refuses every one.
func TestEveryBitFlip(t *testing.T) {
	sealed := Seal(append(Begin(nil, "MAG", 1), []byte("a payload of some length")...))
	for i := range len(sealed) * 8 {
		b := bytes.Clone(sealed)
		b[i/8] ^= 1 << (i % 8)
		if _, _, err := Open(b, "MAG", 1); !errors.Is(err, ErrCorrupt) {
			t.Fatalf("bit %d flipped: %v", i, err)
		}
	}
}

func hex8(x uint32) string {
	const digits = "0123456789abcdef"
	var b [8]byte
	for i := range b {
		b[7-i] = digits[x>>(4*i)&0xf]
	}
	return string(b[:])
}

// TestDecode: each version goes to its own decoder, the newest readable
// version is the number of decoders, and an Open error stops it.
func TestDecode(t *testing.T) {
	v1 := func(p []byte) (string, error) { return "v1:" + string(p), nil }
	v2 := func(p []byte) (string, error) { return "v2:" + string(p), nil }
	seal := func(version byte) []byte { return Seal(append(Begin(nil, "MAG", version), "x"...)) }
	for _, tc := range []struct {
		data     []byte
		decoders []func([]byte) (string, error)
		want     string
		err      string
	}{
		{seal(1), []func([]byte) (string, error){v1, v2}, "v1:x", ""},
		{seal(2), []func([]byte) (string, error){v1, v2}, "v2:x", ""},
		{seal(2), []func([]byte) (string, error){v1}, "", "format version 2 is unknown: this release reads versions 1 to 1"},
		{seal(1)[:5], []func([]byte) (string, error){v1}, "", "shorter than"},
	} {
		got, err := Decode(tc.data, "MAG", tc.decoders...)
		if got != tc.want || (tc.err == "") != (err == nil) || (err != nil && !strings.Contains(err.Error(), tc.err)) {
			t.Errorf("Decode(% x) = %q, %v; want %q, %q", tc.data, got, err, tc.want, tc.err)
		}
	}
}
