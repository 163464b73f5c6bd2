package engagement

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/go-asn/berakhlak/figure"
	"github.com/go-asn/berakhlak/internal/tally"
	"github.com/go-asn/berakhlak/internal/wire/wiretest"
	"github.com/go-asn/berakhlak/survey"
	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
)

// goldenTally counts the fixed answers of testdata/tally-v1.bin: K2 is
// reverse-coded; R4 skips K2, R5 answers only the recommendation, R6
// skips it.
func goldenTally(t testing.TB) *Tally {
	t.Helper()
	in, err := NewInstrument(Definition{
		Items: []survey.Item{
			{Code: "K1", Dimension: "Komitmen"},
			{Code: "K2", Dimension: "Komitmen", Reverse: true},
			{Code: "B1", Dimension: "Kebanggaan"},
		},
		Recommend: true,
	})
	if err != nil {
		t.Fatal(err)
	}
	tl, _ := NewTally(in)
	const no = survey.NoAnswer
	for i, r := range []Response{
		{Respondent: "R1", Group: "A", Answers: []int8{5, 1, 4}, Recommend: survey.Recommend(9)},  // 5, 5, 4: engaged
		{Respondent: "R2", Group: "A", Answers: []int8{4, 2, 4}, Recommend: survey.Recommend(10)}, // 4, 4, 4: engaged
		{Respondent: "R3", Group: "B", Answers: []int8{3, 3, 2}, Recommend: survey.Recommend(7)},  // 3, 3, 2: disengaged
		{Respondent: "R4", Group: "B", Answers: []int8{2, no, 3}, Recommend: survey.Recommend(6)}, // 2, 3: disengaged
		{Respondent: "R5", Answers: []int8{no, no, no}, Recommend: survey.Recommend(8)},           // unscored
		{Respondent: "R6", Group: "A", Answers: []int8{4, 3, 3}},                                  // 4, 3, 3: neutral
	} {
		if err := tl.Add(r); err != nil {
			t.Fatalf("response %d: %v", i+1, err)
		}
	}
	return tl
}

type figures struct {
	Respondents int
	Index       string
	Total       [2]string // mean, favourable
	K2          [2]string
	Kebanggaan  [2]string
	Segments    Segments
	ENPS        survey.NPS
	Alpha       string
	AlphaN      int
	Groups      map[string]int
}

// TestTallyGolden decodes the committed encoding of the golden answers and
// checks the figures they give, worked out by hand:
//
//   - all items, after K2 is reversed: 14 answers summing to 49, mean
//     3.50; 7 of them 4 or 5, 50.0% favourable, which is the index;
//   - K2 reversed: 5, 4, 3, 3, mean 3.75, 50.0% favourable;
//   - Kebanggaan (B1): 4, 4, 2, 3, 3, mean 3.20, 40.0% favourable;
//   - recommendation 9, 10, 7, 6, 8 and one blank: 2 promoters, 2
//     passives, 1 detractor, eNPS (2 − 1)/5 = 20;
//   - Komitmen's alpha over R1, R2, R3, R6: item variances 0.5 and 0.6875,
//     totals 10, 8, 6, 7 with variance 2.1875; α = 2·(1 − 1.1875/2.1875)
//     = 0.91428… → 0.914.
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
	r, err := back.Result(survey.FixedMinimum(1), WithConfidentiality(1)) // six respondents: figures of fewer than 5 answers

	if err != nil {
		t.Fatal(err)
	}
	pair := func(f survey.Figures, err error) [2]string {
		if err != nil {
			t.Fatal(err)
		}
		return [2]string{f.Mean.String(), f.Favourable.String()}
	}
	idx, err := r.Index()
	if err != nil {
		t.Fatal(err)
	}
	enps, err := r.ENPS()
	if err != nil {
		t.Fatal(err)
	}
	alpha, alphaN, err := r.Alpha("Komitmen")
	if err != nil {
		t.Fatal(err)
	}
	got := figures{
		Respondents: r.Respondents(), Index: idx.String(),
		Total: pair(r.Total()), K2: pair(r.Item("K2")), Kebanggaan: pair(r.Dimension("Kebanggaan")),
		Segments: must(r.Segments()), ENPS: enps, Alpha: alpha.String(), AlphaN: alphaN, Groups: map[string]int{},
	}
	for _, g := range r.Groups() {
		got.Groups[g.Name] = g.Respondents
	}
	want := figures{
		Respondents: 6, Index: "50.0",
		Total: [2]string{"3.50", "50.0"}, K2: [2]string{"3.75", "50.0"}, Kebanggaan: [2]string{"3.20", "40.0"},
		Segments: Segments{Engaged: 2, Neutral: 1, Disengaged: 2, Unscored: 1},
		ENPS:     survey.NPS{Score: 20, Promoters: 2, Passives: 2, Detractors: 1, Missing: 1},
		Alpha:    "0.914", AlphaN: 4,
		Groups: map[string]int{"A": 3, "B": 2},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("figures of testdata/tally-v1.bin (-want +got):\n%s", diff)
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
	target := goldenTally(t)
	add(t, target, "C", 5, 1, 1, 1)
	before := goldenTally(t)
	add(t, before, "C", 5, 1, 1, 1)
	unchanged := func() bool { return target.Equal(before) }
	wiretest.EveryBitFlip(t, data, target.UnmarshalBinary, survey.ErrCorrupt, unchanged)
	wiretest.EveryCut(t, data, target.UnmarshalBinary, survey.ErrCorrupt, unchanged)
}

func TestTallyBinaryRefuses(t *testing.T) {
	valid, _ := goldenTally(t).MarshalBinary()
	payload := wiretest.Payload(valid, binaryMagic)
	// An instrument the machinery accepts but NewInstrument does not: no
	// thresholds on 0–10.
	noThresholds := func() []byte {
		in, err := tally.NewInstrument([]tally.Item{{Code: "K1", Dimension: "D"}}, 0, 10, false, decimal.Zero, decimal.Zero)
		if err != nil {
			t.Fatal(err)
		}
		return wiretest.Seal(binaryMagic, 1, tally.NewSet(in).AppendBinary(nil))
	}
	// The last count is group B's sum of squared Kebanggaan totals, 2² +
	// 3² = 13.
	lastPlusOne := bytes.Clone(payload)
	lastPlusOne[len(lastPlusOne)-1]++
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"empty", nil, "engagement: tally: 0 bytes, shorter than the 7 of an empty envelope: corrupt tally"},
		{"a branding tally", wiretest.Seal("EB", 1, payload), `engagement: tally: starts with "EB", not the magic "EE"`},
		{"the old format", append([]byte("EE1"), valid[3:]...), "engagement: tally: checksum 0x"}, // the pre-v1.0 format had no checksum
		{"version 2", wiretest.Seal(binaryMagic, 2, payload), "engagement: tally: format version 2 is unknown: this release reads versions 1 to 1"},
		{"checksum", append(bytes.Clone(valid[:len(valid)-1]), valid[len(valid)-1]^1), "engagement: tally: checksum 0x"},
		{"trailing byte", wiretest.Seal(binaryMagic, 1, append(bytes.Clone(payload), 0)), "engagement: tally: 1 trailing bytes"},
		{"instrument NewInstrument refuses", noThresholds(), "engagement: tally: scale 0–10: set the Engaged and Neutral thresholds"},
		{"counts that disagree", wiretest.Seal(binaryMagic, 1, lastPlusOne),
			`engagement: tally: group "B": dimension "Kebanggaan": the squares of 2 complete respondents' totals sum to 14`},
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
	tl, _ := NewTally(testInstrumentF())
	seeds = append(seeds, mustMarshal(f, tl))
	for _, r := range responsesFrom([]byte("\x01\x09\x01\x02\x03\x04\x05\x02\x00\x00\x03\x03\x03\x03\x00\x0b\x05\x00\x02\x01\x04")) {
		_ = tl.Add(r)
	}
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
		// Whatever decodes must also report without panicking.
		r, err := target.Result(survey.FixedMinimum(1))
		if err != nil {
			return
		}
		hundred := figure.MustParse("100")
		if idx, err := r.Index(); err == nil && (idx.Sign() < 0 || idx.Cmp(hundred) > 0) {
			t.Fatalf("index %s outside 0–100", idx)
		}
		if n, err := r.ENPS(); err == nil && (n.Score < -100 || n.Score > 100) {
			t.Fatalf("eNPS %d outside −100…100", n.Score)
		}
		_, _ = r.Segments()
		// Alpha is read but not bounded: the decoder checks that the alpha
		// sums fit the histograms, not that real respondents gave them, so
		// crafted bytes may give any alpha.
		for _, d := range target.s.Instrument().Dimensions() {
			_, _, _ = r.Alpha(d)
		}
		_ = r.Groups()
		if _, err := r.MarshalJSON(); err != nil {
			t.Fatalf("MarshalJSON: %v", err)
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
