package branding

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/go-asn/berakhlak/internal/tally"
	"github.com/go-asn/berakhlak/internal/wire"
	"github.com/go-asn/berakhlak/internal/wire/wiretest"
	"github.com/go-asn/berakhlak/survey"
	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
)

var goldenItems = []survey.Item{
	{Code: "R1", Dimension: "Reputasi"},
	{Code: "K1", Dimension: "Karier", Reverse: true},
	{Code: "MINAT", Dimension: "Minat"},
}

// goldenTally counts the fixed answers of testdata/tally-v1.bin: K1 is
// reverse-coded, MINAT (spelled "minat" in the definition) is the
// intention item; the fourth respondent skips K1 and the recommendation,
// the fifth answers only the recommendation.
func goldenTally(t testing.TB) *Tally {
	t.Helper()
	in, err := NewInstrument(Definition{Items: goldenItems, Recommend: true, Intention: "minat"})
	if err != nil {
		t.Fatal(err)
	}
	tl, _ := NewTally(in)
	const no = survey.NoAnswer
	for i, r := range []Response{
		{Group: "mahasiswa", Answers: []int8{5, 2, 5}, Recommend: survey.Recommend(9)},   // 5, 4, 5
		{Group: "mahasiswa", Answers: []int8{4, 1, 4}, Recommend: survey.Recommend(8)},   // 4, 5, 4
		{Group: "profesional", Answers: []int8{3, 4, 5}, Recommend: survey.Recommend(6)}, // 3, 2, 5
		{Group: "profesional", Answers: []int8{2, no, 3}},                                // 2, 3
		{Answers: []int8{no, no, no}, Recommend: survey.Recommend(10)},
	} {
		if err := tl.Add(r); err != nil {
			t.Fatalf("response %d: %v", i+1, err)
		}
	}
	return tl
}

type figures struct {
	Respondents    int
	Attractiveness string
	Total          [2]string // mean, favourable
	K1             [2]string
	Intention      string
	NPS            survey.NPS
	Groups         map[string]int
}

// TestTallyGolden decodes the committed encoding of the golden answers and
// checks the figures they give, worked out by hand:
//
//   - all items, K1 reversed: 11 answers summing to 42, mean 3.82; 7 of
//     them 4 or 5, 63.6% favourable, which is the attractiveness;
//   - K1 reversed: 4, 5, 2, mean 3.67, 66.7% favourable;
//   - intention: MINAT 5, 4, 5, 3, two in the top box, 50.0%;
//   - recommendation 9, 8, 6, 10 and one blank: NPS (2 − 1)/4 = 25.
func TestTallyGolden(t *testing.T) {
	fresh, err := goldenTally(t).MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	data := wiretest.Golden(t, "testdata/tally-v1.bin", fresh)
	var back Tally
	if err := back.UnmarshalBinary(data); err != nil {
		t.Fatal(err)
	}
	r, err := back.Result(survey.FixedMinimum(1), WithConfidentiality(1)) // figures of fewer than 5 answers

	if err != nil {
		t.Fatal(err)
	}
	pair := func(f survey.Figures, err error) [2]string {
		if err != nil {
			t.Fatal(err)
		}
		return [2]string{f.Mean.String(), f.Favourable.String()}
	}
	attr, err := r.Attractiveness()
	if err != nil {
		t.Fatal(err)
	}
	intention, err := r.Intention()
	if err != nil {
		t.Fatal(err)
	}
	nps, err := r.NPS()
	if err != nil {
		t.Fatal(err)
	}
	got := figures{Respondents: r.Respondents(), Attractiveness: attr.String(), Total: pair(r.Total()), K1: pair(r.Item("K1")),
		Intention: intention.String(), NPS: nps, Groups: map[string]int{}}
	for _, g := range r.Groups() {
		got.Groups[g.Name] = g.Respondents
	}
	want := figures{Respondents: 5, Attractiveness: "63.6", Total: [2]string{"3.82", "63.6"}, K1: [2]string{"3.67", "66.7"},
		Intention: "50.0", NPS: survey.NPS{Score: 25, Promoters: 2, Passives: 1, Detractors: 1, Missing: 1},
		Groups: map[string]int{"mahasiswa": 2, "profesional": 2}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("figures of testdata/tally-v1.bin (-want +got):\n%s", diff)
	}
	if back.intention != "MINAT" {
		t.Errorf("intention item %q", back.intention)
	}
	if again, _ := back.MarshalBinary(); !bytes.Equal(again, data) {
		t.Error("the decoded tally re-encodes differently")
	}
}

// TestTallyEveryBitFlip flips every bit of the golden encoding, one at a
// time, and cuts it at every length: each is refused, and the tally
// decoded into is left as it was.
func TestTallyEveryBitFlip(t *testing.T) {
	data, _ := goldenTally(t).MarshalBinary()
	target, before := goldenTally(t), goldenTally(t)
	add(t, target, "pencari kerja", 3, 1, 1, 1)
	add(t, before, "pencari kerja", 3, 1, 1, 1)
	unchanged := func() bool { return target.Equal(before) }
	wiretest.EveryBitFlip(t, data, target.UnmarshalBinary, survey.ErrCorrupt, unchanged)
	wiretest.EveryCut(t, data, target.UnmarshalBinary, survey.ErrCorrupt, unchanged)
}

func TestTallyBinaryRefuses(t *testing.T) {
	valid, _ := goldenTally(t).MarshalBinary()
	payload := wiretest.Payload(valid, binaryMagic)
	// withIntention replaces the intention item's code at the start of the
	// payload.
	withIntention := func(code string) []byte {
		r := wire.NewReader(payload)
		old := r.String()
		p := wire.AppendString(nil, code)
		return wiretest.Seal(binaryMagic, 1, append(p, payload[1+len(old):]...))
	}
	// Segment thresholds that NewInstrument never sets for branding.
	thresholds := func() []byte {
		in, err := tally.NewInstrument([]tally.Item{{Code: "R1", Dimension: "D"}}, 1, 5, false, decimal.New(4, 0), decimal.New(3, 0))
		if err != nil {
			t.Fatal(err)
		}
		return wiretest.Seal(binaryMagic, 1, tally.NewSet(in).AppendBinary([]byte{0}))
	}
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"empty", nil, "branding: tally: 0 bytes, shorter than the 7 of an empty envelope: corrupt tally"},
		{"an engagement tally", wiretest.Seal("EE", 1, payload), `branding: tally: starts with "EE", not the magic "EB"`},
		{"the old format", append([]byte("EB1"), valid[3:]...), "branding: tally: checksum 0x"}, // the pre-v1.0 format had no checksum
		{"version 2", wiretest.Seal(binaryMagic, 2, payload), "branding: tally: format version 2 is unknown: this release reads versions 1 to 1"},
		{"checksum", append(bytes.Clone(valid[:len(valid)-1]), valid[len(valid)-1]^0x80), "branding: tally: checksum 0x"},
		{"trailing byte", wiretest.Seal(binaryMagic, 1, append(bytes.Clone(payload), 0)), "branding: tally: 1 trailing bytes"},
		{"intention not an item", withIntention("NIAT"), `branding: tally: intention item "NIAT" is not one of the items`},
		{"intention spelled otherwise", withIntention("minat"), `branding: tally: intention item "minat" is spelled "MINAT" in the instrument`},
		{"segment thresholds", thresholds(), "branding: tally: the instrument differs from the one NewInstrument makes of it"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			target := goldenTally(t)
			err := target.UnmarshalBinary(tc.data)
			if !errors.Is(err, survey.ErrCorrupt) || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %v\nwant ErrCorrupt with %q", err, tc.want)
			}
			if !target.Equal(goldenTally(t)) {
				t.Error("a refused input changed the tally")
			}
		})
	}
}

// FuzzTallyBinary checks that decoding arbitrary bytes never panics, that
// every refusal wraps survey.ErrCorrupt and leaves the tally as it was,
// and that whatever decodes re-encodes to exactly the same bytes and
// reports without panicking. With reseal, the input is a payload put in an
// envelope with a valid checksum, so that the fuzzer's changes reach the
// decoder's own checks.
func FuzzTallyBinary(f *testing.F) {
	seeds := [][]byte{wiretest.Golden(f, "testdata/tally-v1.bin", mustMarshal(f, goldenTally(f)))}
	tl, _ := NewTally(testInstrument(f))
	seeds = append(seeds, mustMarshal(f, tl))
	_ = tl.Add(Response{Group: "mahasiswa", Answers: []int8{1, 2, 3, 4, 5}, Recommend: survey.Recommend(9)})
	seeds = append(seeds, mustMarshal(f, tl))
	for _, s := range seeds {
		f.Add(s, false)
		f.Add(wiretest.Payload(s, binaryMagic), true)
	}
	f.Fuzz(func(t *testing.T, data []byte, reseal bool) {
		target := goldenTally(t)
		if !wiretest.Fuzz(t, binaryMagic, data, reseal, target.UnmarshalBinary, target.MarshalBinary, survey.ErrCorrupt,
			func() bool { return target.Equal(goldenTally(t)) }) {
			return
		}
		if r, err := target.Result(survey.FixedMinimum(1)); err == nil {
			_, _ = r.Attractiveness()
			_, _ = r.NPS()
			_, _ = r.Intention()
			for _, d := range target.s.Instrument().Dimensions() {
				_, _, _ = r.Alpha(d)
			}
			if _, err := r.MarshalJSON(); err != nil {
				t.Fatalf("MarshalJSON: %v", err)
			}
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
