// Package wiretest holds the checks every tally's binary format gets in
// its package's tests: golden files, every single bit flipped, every
// truncation, and the fuzz property that an input either decodes to a
// tally that re-encodes to exactly that input, or is an error.
package wiretest

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"github.com/go-asn/berakhlak/internal/goldentest"
	"github.com/go-asn/berakhlak/internal/wire"
)

// Golden returns the bytes of the golden file at path (under testdata/),
// after writing fresh to it when the tests run with -update
// (goldentest.Update) and the file does not exist yet. A committed golden file is never overwritten:
// fresh must equal it, since a change is a change of the format, which
// needs a new version and a new golden file, the old one kept and still
// decoded.
func Golden(t testing.TB, path string, fresh []byte) []byte {
	t.Helper()
	if _, err := os.Stat(path); goldentest.Update() && errors.Is(err, os.ErrNotExist) {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, fresh, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (go test -update writes it)", err)
	}
	if !bytes.Equal(fresh, data) {
		t.Errorf("the encoding changed: %s holds\n% x\nMarshalBinary now writes\n% x", path, data, fresh)
	}
	return data
}

// EveryBitFlip checks that decode refuses data with any one of its bits
// flipped, with an error wrapping sentinel, and that check (which may
// look at the decoder's target) reports it unchanged.
func EveryBitFlip(t *testing.T, data []byte, decode func([]byte) error, sentinel error, unchanged func() bool) {
	t.Helper()
	for i := range len(data) * 8 {
		b := bytes.Clone(data)
		b[i/8] ^= 1 << (i % 8)
		if err := decode(b); !errors.Is(err, sentinel) {
			t.Fatalf("bit %d of byte %d flipped: error %v, want one wrapping %v", i%8, i/8, err, sentinel)
		}
		if !unchanged() {
			t.Fatalf("bit %d of byte %d flipped: a refused input changed the tally", i%8, i/8)
		}
	}
}

// EveryCut checks that decode refuses every proper prefix of data, and
// data with a byte appended, with an error wrapping sentinel.
func EveryCut(t *testing.T, data []byte, decode func([]byte) error, sentinel error, unchanged func() bool) {
	t.Helper()
	for n := range len(data) {
		if err := decode(data[:n]); !errors.Is(err, sentinel) {
			t.Fatalf("%d of %d bytes: error %v, want one wrapping %v", n, len(data), err, sentinel)
		}
	}
	if err := decode(append(bytes.Clone(data), 0)); !errors.Is(err, sentinel) {
		t.Fatalf("a byte appended: error %v, want one wrapping %v", err, sentinel)
	}
	if !unchanged() {
		t.Fatal("a refused input changed the tally")
	}
}

// Payload returns the payload of a valid envelope with the given magic.
func Payload(data []byte, magic string) []byte {
	return bytes.Clone(data[len(magic)+1 : len(data)-4])
}

// Seal returns payload in an envelope with the given magic and version
// and a valid checksum, so that a fuzzer's changes to a payload reach the
// decoder's own checks instead of stopping at the checksum.
func Seal(magic string, version byte, payload []byte) []byte {
	return wire.Seal(append(wire.Begin(nil, magic, version), payload...))
}

// Fuzz is the property of a fuzz target of a decoder: decode data (first
// sealed as format version 1, with a valid checksum, when reseal is set,
// so that data is a payload); an error must wrap
// sentinel and leave the tally unchanged; otherwise the tally must
// re-encode to exactly the bytes decoded. It returns whether data decoded.
func Fuzz(t *testing.T, magic string, data []byte, reseal bool, decode func([]byte) error, encode func() ([]byte, error), sentinel error, unchanged func() bool) bool {
	t.Helper()
	if reseal {
		data = Seal(magic, 1, data)
	}
	if err := decode(data); err != nil {
		if !errors.Is(err, sentinel) {
			t.Fatalf("error %v does not wrap %v", err, sentinel)
		}
		if !unchanged() {
			t.Fatal("a refused input changed the tally")
		}
		return false
	}
	again, err := encode()
	if err != nil {
		t.Fatalf("re-encoding a decoded tally: %v", err)
	}
	if !bytes.Equal(again, data) {
		t.Fatalf("decoded\n% x\nre-encodes to\n% x", data, again)
	}
	return true
}

// Allocation is a decode measured by Allocates.
type Allocation struct {
	Name  string
	Data  []byte
	Most  uint64 // the most bytes the decode may allocate, as its doc says
	Valid bool   // whether Data must decode
}

// Allocates decodes each case's data and checks that the decode allocates
// at most Most bytes, and that it decodes exactly the valid cases. It logs
// each case's bytes allocated per byte of input. The bytes are
// runtime.MemStats.TotalAlloc's growth over a decode, the least of three
// after one to warm up (fmt's buffers, for an error), so that what the
// runtime or another goroutine allocates meanwhile does not count. Under
// the race detector, which changes what is allocated, it only logs them.
func Allocates(t *testing.T, decode func([]byte) error, cases ...Allocation) {
	t.Helper()
	for _, c := range cases {
		err := decode(c.Data)
		got := ^uint64(0)
		for range 3 {
			var before, after runtime.MemStats
			runtime.ReadMemStats(&before)
			_ = decode(c.Data)
			runtime.ReadMemStats(&after)
			got = min(got, after.TotalAlloc-before.TotalAlloc)
		}
		t.Logf("%s: %d bytes allocated for %d bytes of input, %.1f per byte", c.Name, got, len(c.Data), float64(got)/float64(len(c.Data)))
		if (err == nil) != c.Valid {
			t.Errorf("%s: error %v, want an error: %v", c.Name, err, !c.Valid)
		}
		if got > c.Most && !race {
			t.Errorf("%s: %d bytes allocated for %d bytes of input, want at most %d", c.Name, got, len(c.Data), c.Most)
		}
	}
}
