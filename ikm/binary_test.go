package ikm

import (
	"bytes"
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/go-asn/berakhlak/internal/wire/wiretest"
	"github.com/go-asn/berakhlak/survey"
	"github.com/google/go-cmp/cmp"
)

type goldenFigures struct {
	Respondents int
	Index       string
	Band        string
	NRR         map[string]string // unsur name: NRR at two places
}

// TestTallyGolden decodes the committed encoding of the published
// 29-respondent survey (see publishedRows) and checks its figures: the
// guide's index 91.48, mutu A (Sangat Baik), and each unsur's NRR, its
// sum of answers over 29.
func TestTallyGolden(t *testing.T) {
	fresh, err := tallyOf(t, publishedRows()).MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	data := wiretest.Golden(t, "testdata/tally-v1.bin", fresh)
	var back Tally
	if err := back.UnmarshalBinary(data); err != nil {
		t.Fatal(err)
	}
	r, err := back.Result(anyMin)
	if err != nil {
		t.Fatal(err)
	}
	got := goldenFigures{Respondents: r.Respondents(), Index: r.Index().String(), Band: r.Band().String(), NRR: map[string]string{}}
	for _, u := range AllUnsur() {
		got.NRR[u.String()] = r.Unsur(u).NRR.String()
	}
	want := goldenFigures{
		Respondents: 29, Index: "91.48", Band: "A Sangat Baik", // 88.31–100 on category.IKM
		NRR: map[string]string{
			"Persyaratan":                             "3.62", // 105/29
			"Sistem, Mekanisme dan Prosedur":          "3.48", // 101/29
			"Waktu Penyelesaian":                      "3.45", // 100/29
			"Biaya/Tarif":                             "4.00", // 116/29
			"Produk Spesifikasi Jenis Pelayanan":      "3.52", // 102/29
			"Kompetensi Pelaksana":                    "3.62", // 105/29
			"Perilaku Pelaksana":                      "3.66", // 106/29
			"Sarana dan Prasarana":                    "3.62", // 105/29
			"Penanganan Pengaduan, Saran dan Masukan": "3.97", // 115/29
		},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("figures of testdata/tally-v1.bin (-want +got):\n%s", diff)
	}
	if again, _ := back.MarshalBinary(); !bytes.Equal(again, data) {
		t.Error("the decoded tally re-encodes differently")
	}
}

// bitFlipTally is the published survey and a respondent who left three
// unsur blank.
func bitFlipTally(t testing.TB) *Tally {
	t.Helper()
	no := survey.NoAnswer
	return tallyOf(t, append(publishedRows(), []int8{1, no, 2, 3, no, 4, no, 1, 2}))
}

// TestTallyEveryBitFlip flips every bit of an encoding, one at a time, and
// cuts it at every length: each is refused, and the tally decoded into is
// left as it was.
func TestTallyEveryBitFlip(t *testing.T) {
	data, _ := bitFlipTally(t).MarshalBinary()
	target := tallyOf(t, same(1, 2))
	unchanged := func() bool { return target.Equal(tallyOf(t, same(1, 2))) }
	wiretest.EveryBitFlip(t, data, target.UnmarshalBinary, survey.ErrCorrupt, unchanged)
	wiretest.EveryCut(t, data, target.UnmarshalBinary, survey.ErrCorrupt, unchanged)
}

func TestTallyBinaryRefuses(t *testing.T) {
	valid, _ := bitFlipTally(t).MarshalBinary()
	if string(valid[:4]) != "IKM\x01" {
		t.Errorf("header %q, want IKM and version 1", valid[:4])
	}
	payload := wiretest.Payload(valid, binaryMagic)
	// hand writes a payload: unsur, min, max, respondents, then the same
	// row of counts (missing, 0, 1, 2, 3, 4) for every unsur.
	hand := func(items, min, max, n int, row ...int) []byte {
		var p []byte
		for _, x := range []int{items, min, max, n} {
			p = append(p, byte(x))
		}
		for range items {
			for _, c := range row {
				p = append(p, byte(c))
			}
		}
		return wiretest.Seal(binaryMagic, 1, p)
	}
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"empty", nil, "ikm: tally: 0 bytes, shorter than the 8 of an empty envelope: corrupt tally"},
		{"other magic", wiretest.Seal("EE", 1, payload), `ikm: tally: starts with "EE\x01", not the magic "IKM"`},
		{"the format before the checksum", append([]byte("IKM\x01LKT1"), payload...), "ikm: tally: checksum 0x"},
		{"version 3", wiretest.Seal(binaryMagic, 3, payload), "ikm: tally: format version 3 is unknown: this release reads versions 1 to 2"},
		{"truncated", valid[:len(valid)-1], "does not match"},
		{"trailing byte", wiretest.Seal(binaryMagic, 1, append(bytes.Clone(payload), 0)), "ikm: tally: 1 trailing bytes after byte"},
		{"14 unsur", hand(14, 1, 4, 1, 0, 0, 0, 1, 0, 0), "ikm: tally: 14 unsur on 1–4, want 9 on 1–4"},
		{"scale 1–5", hand(9, 1, 5, 1, 0, 0, 0, 1, 0, 0, 0), "9 unsur on 1–5, want 9 on 1–4"},
		{"a respondent with no answer", hand(9, 1, 4, 1, 1, 0, 0, 0, 0, 0), "ikm: tally: 0 answers from 1 respondents: a respondent answered no unsur"},
		{"answer 0", hand(9, 1, 4, 1, 0, 1, 0, 0, 0, 0), "item 1 has 1 answers 0, below the scale 1–4"},
		{"counts do not add up", hand(9, 1, 4, 2, 0, 0, 0, 1, 0, 0), "item 1 has 1 answers (missing included) for 2 respondents"},
		{"padded varint", wiretest.Seal(binaryMagic, 1, append([]byte{0x89, 0x00}, payload[1:]...)), "varint at byte 0 is longer than it needs to be"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := tallyOf(t, same(1, 2))
			err := got.UnmarshalBinary(tc.data)
			if !errors.Is(err, survey.ErrCorrupt) || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("error %v\nwant ErrCorrupt with %q", err, tc.want)
			}
			if !got.Equal(tallyOf(t, same(1, 2))) {
				t.Error("a refused decoding changed the tally")
			}
		})
	}
	if err := new(Tally).UnmarshalBinary(hand(9, 1, 4, 1, 0, 0, 0, 0, 1, 0)); err != nil {
		t.Errorf("a hand-written tally of one respondent: %v", err)
	}
	if _, err := (&Tally{}).MarshalBinary(); !errors.Is(err, survey.ErrInvalidInstrument) {
		t.Errorf("MarshalBinary of the zero Tally: %v", err)
	}
}

// FuzzTallyBinary checks that decoding arbitrary bytes never panics, that
// every refusal wraps survey.ErrCorrupt and leaves the tally unchanged,
// and that whatever decodes re-encodes to exactly the same bytes and gives
// a Result without panicking. With reseal, the input is a payload put in
// an envelope with a valid checksum, so that the fuzzer's changes reach
// the decoder's own checks.
func FuzzTallyBinary(f *testing.F) {
	seeds := [][]byte{wiretest.Golden(f, "testdata/tally-v1.bin", mustMarshal(f, tallyOf(f, publishedRows())))}
	for _, rows := range [][][]int8{nil, same(3, 4)} {
		seeds = append(seeds, mustMarshal(f, tallyOf(f, rows)))
	}
	seeds = append(seeds, mustMarshal(f, bitFlipTally(f)))
	v2, err := os.ReadFile("testdata/tally-v2.bin") // TestTallyV2's
	if err != nil {
		f.Fatal(err)
	}
	seeds = append(seeds, v2)
	for _, s := range seeds {
		f.Add(s, false)
		f.Add(wiretest.Payload(s, binaryMagic), true)
	}
	f.Fuzz(func(t *testing.T, data []byte, reseal bool) {
		tl := tallyOf(t, same(1, 2))
		if !wiretest.Fuzz(t, binaryMagic, data, reseal, tl.UnmarshalBinary, tl.MarshalBinary, survey.ErrCorrupt,
			func() bool { return tl.Equal(tallyOf(t, same(1, 2))) }) {
			return
		}
		if r, err := tl.Result(anyMin); err == nil && !r.IsValid() {
			t.Fatal("Result without error and without figures")
		}
	})
}

func mustMarshal(t testing.TB, tl *Tally) []byte {
	t.Helper()
	b, err := tl.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	return b
}
