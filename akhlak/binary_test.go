package akhlak

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/go-asn/berakhlak/internal/wire"
	"github.com/go-asn/berakhlak/internal/wire/wiretest"
	"github.com/go-asn/berakhlak/survey"
	"github.com/google/go-cmp/cmp"
)

// goldenBallots are the fixed answers of testdata/ballot-v1.bin, on an
// instrument with three picks per list and two extra options.
var goldenBallots = [][3][]string{
	{{"BP1", "AK2", "INOVATIF"}, {"BP1", "BP2", "BIROKRATIS"}, {"AD1", "KL1", "INOVATIF"}},
	{{"KO1"}, {"BP3", "HA1", "LO2"}, {"AD2"}},
	{{}, {"BIROKRATIS"}, {"BP1", "AK1", "KO1"}},
	{{"LO3", "AD3"}, {"BP1", "AK3", "KL2"}, {"KL1", "HA3"}},
}

func goldenInstrument(t testing.TB) Instrument {
	t.Helper()
	in, err := NewInstrument(3,
		Option{Code: "INOVATIF", Kind: OptionPositive, Text: "Inovatif"},
		Option{Code: "BIROKRATIS", Kind: OptionLimiting, Text: "Birokratis"})
	if err != nil {
		t.Fatal(err)
	}
	return in
}

func goldenBallotTally(t testing.TB) *BallotTally {
	t.Helper()
	in := goldenInstrument(t)
	tl, _ := NewBallotTally(in)
	for i, lists := range goldenBallots {
		var b [3][]OptionID
		for l, codes := range lists {
			for _, c := range codes {
				b[l] = append(b[l], in.MustLookup(c))
			}
		}
		if err := tl.Add("R", Ballot{Personal: b[0], Current: b[1], Desired: b[2]}); err != nil {
			t.Fatalf("ballot %d: %v", i+1, err)
		}
	}
	return tl
}

// goldenBallotTallyV1 is goldenBallotTally as format version 1 holds it,
// without Σ k²: what v1.0.0 wrote, and v1.1.0 writes for such a tally.
func goldenBallotTallyV1(t testing.TB) *BallotTally {
	tl := goldenBallotTally(t)
	tl.sq, tl.hasSq = 0, false
	return tl
}

// goldenRatings are the fixed answers of testdata/rating-v1.bin on 1–5:
// the first respondent rates every behaviour 5, the second 3, the third 4
// for the first three values, 2 for the next three, and skips Kolaboratif.
func goldenRatings() [][]int8 {
	rows := make([][]int8, 3)
	for i := range rows {
		rows[i] = make([]int8, 21)
	}
	for b := range 21 {
		rows[0][b], rows[1][b] = 5, 3
		switch {
		case b < 9:
			rows[2][b] = 4
		case b < 18:
			rows[2][b] = 2
		default:
			rows[2][b] = survey.NoAnswer
		}
	}
	return rows
}

func goldenRatingTally(t testing.TB) *RatingTally {
	t.Helper()
	tl, _ := NewRatingTally(survey.DefaultRatingScale())
	for i, r := range goldenRatings() {
		if err := tl.Add("R", r); err != nil {
			t.Fatalf("row %d: %v", i+1, err)
		}
	}
	return tl
}

// ballotFigures are what a ballot tally publishes, as text.
type ballotFigures struct {
	Respondents int
	Votes       map[string]map[string]int // list, option code: the options with votes
	Scores      map[string]string
	Index       string
	Entropy     string
}

func figuresOfBallots(t *testing.T, tl *BallotTally) ballotFigures {
	t.Helper()
	r, err := tl.Result(survey.FixedMinimum(1))
	if err != nil {
		t.Fatal(err)
	}
	f := ballotFigures{Respondents: r.Respondents(), Votes: map[string]map[string]int{}, Scores: map[string]string{}, Index: r.Index().String()}
	for _, l := range Lists() {
		f.Votes[l.String()] = map[string]int{}
		for i, o := range tl.Instrument().Options() {
			if v := r.Votes(l, OptionID(i+1)); v != 0 {
				f.Votes[l.String()][o.Code] = v
			}
		}
	}
	for _, v := range Values() {
		f.Scores[v.Code()] = r.Score(v).String()
	}
	e, err := r.Entropy()
	if err != nil {
		t.Fatal(err)
	}
	f.Entropy = e.String()
	return f
}

// TestBallotTallyGolden decodes the committed encoding of the golden
// ballots and checks the figures those ballots give, counted by hand.
func TestBallotTallyGolden(t *testing.T) {
	fresh, err := goldenBallotTallyV1(t).MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	data := wiretest.Golden(t, "testdata/ballot-v1.bin", fresh)
	var back BallotTally
	if err := back.UnmarshalBinary(data); err != nil {
		t.Fatal(err)
	}
	// Current-culture reach: BP by ballots 1, 2 and 4; AK, HA, LO and KL
	// by one ballot each; KO and AD by none. Entropy: 2 BIROKRATIS of 10
	// current votes.
	want := ballotFigures{
		Respondents: 4,
		Votes: map[string]map[string]int{
			"personal": {"BP1": 1, "AK2": 1, "KO1": 1, "LO3": 1, "AD3": 1, "INOVATIF": 1},
			"current":  {"BP1": 2, "BP2": 1, "BP3": 1, "AK3": 1, "HA1": 1, "LO2": 1, "KL2": 1, "BIROKRATIS": 2},
			"desired":  {"BP1": 1, "AK1": 1, "KO1": 1, "HA3": 1, "AD1": 1, "AD2": 1, "KL1": 2, "INOVATIF": 1},
		},
		Scores:  map[string]string{"BP": "75.0", "AK": "25.0", "KO": "0.0", "HA": "25.0", "LO": "25.0", "AD": "0.0", "KL": "25.0"},
		Index:   "25.0", // 175 / 7
		Entropy: "20.0",
	}
	if diff := cmp.Diff(want, figuresOfBallots(t, &back)); diff != "" {
		t.Errorf("figures of %s (-want +got):\n%s", "testdata/ballot-v1.bin", diff)
	}
	if !back.Instrument().Equal(goldenInstrument(t)) {
		t.Error("the instrument changed")
	}
	if again, _ := back.MarshalBinary(); !bytes.Equal(again, data) {
		t.Error("the decoded tally re-encodes differently")
	}
	// Version 1 has no Σ k²: the index's interval is the bound from the
	// seven scores, and merging a version 2 tally into it keeps it so.
	if back.hasSq {
		t.Error("a version 1 tally has Σ k²")
	}
	if err := back.Merge(goldenBallotTally(t)); err != nil || back.hasSq {
		t.Errorf("merging a version 2 tally into a version 1 one: %v, Σ k² %v", err, back.hasSq)
	}
	if b, _ := back.MarshalBinary(); b[4] != 1 {
		t.Errorf("a tally without Σ k² is written as version %d", b[4])
	}
}

// TestBallotTallyGoldenV2 decodes the committed version 2 encoding of the
// golden ballots: version 1's counts and Σ k², worked out by hand.
func TestBallotTallyGoldenV2(t *testing.T) {
	fresh, err := goldenBallotTally(t).MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	data := wiretest.Golden(t, "testdata/ballot-v2.bin", fresh)
	if data[4] != 2 {
		t.Fatalf("version %d", data[4])
	}
	var back BallotTally
	if err := back.UnmarshalBinary(data); err != nil {
		t.Fatal(err)
	}
	// The current lists reach k = 1 (BP), 3 (BP, HA, LO), 0 and 3 (BP,
	// AK, KL) values: Σ k = 7, Σ k² = 1 + 9 + 0 + 9 = 19.
	if !back.hasSq || back.sq != 19 {
		t.Errorf("Σ k² = %d (%v), want 19", back.sq, back.hasSq)
	}
	v1, _ := goldenBallotTallyV1(t).MarshalBinary()
	if !bytes.Equal(data[5:len(data)-5], v1[5:len(v1)-4]) || data[len(data)-5] != 19 {
		t.Error("version 2 is not version 1's payload followed by Σ k²")
	}
	// The index 25.0, the mean of 100k/7 = 14.29, 42.86, 0, 42.86: s² =
	// (10000·19/49 − 4·25²)/3 = 459.18, s²/n = 114.80, ± 1.96·10.714 =
	// 21.0: 4.0–46.0 (no population, no correction).
	r, err := back.Result(survey.FixedMinimum(1))
	if err != nil {
		t.Fatal(err)
	}
	if iv, err := r.IndexInterval(); err != nil || iv.String() != "4.0–46.0 (95%)" {
		t.Errorf("index interval %v, %v; want 4.0–46.0", iv, err)
	}
	if again, _ := back.MarshalBinary(); !bytes.Equal(again, data) {
		t.Error("the decoded tally re-encodes differently")
	}
}

// ratingFigures are what a rating tally publishes, as text.
type ratingFigures struct {
	Respondents int
	Scores      map[string]string
	Index       string
	Missing     map[string]int // behaviour code: the behaviours with missing answers
}

// TestRatingTallyGolden decodes the committed encoding of the golden
// ratings and checks the figures those ratings give, computed by hand.
func TestRatingTallyGolden(t *testing.T) {
	fresh, err := goldenRatingTally(t).MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	data := wiretest.Golden(t, "testdata/rating-v1.bin", fresh)
	var back RatingTally
	if err := back.UnmarshalBinary(data); err != nil {
		t.Fatal(err)
	}
	r, err := back.Result(survey.FixedMinimum(1))
	if err != nil {
		t.Fatal(err)
	}
	got := ratingFigures{Respondents: r.Respondents(), Scores: map[string]string{}, Index: r.Index().String(), Missing: map[string]int{}}
	for _, v := range Values() {
		got.Scores[v.Code()] = r.Score(v).String()
	}
	for _, b := range Behaviours() {
		if m := r.Missing(b); m != 0 {
			got.Missing[b.Code()] = m
		}
	}
	// BP, AK, KO: mean (5+3+4)/3 = 4, (4−1)/4 = 75%. HA, LO, AD: mean
	// 10/3, (10/3−1)/4 = 58.33%. KL: mean (5+3)/2 = 4, 75%. Index: the
	// mean of the exact scores, (4·75 + 3·175/3)/7 = 475/7 = 67.857….
	want := ratingFigures{
		Respondents: 3,
		Scores:      map[string]string{"BP": "75.0", "AK": "75.0", "KO": "75.0", "HA": "58.3", "LO": "58.3", "AD": "58.3", "KL": "75.0"},
		Index:       "67.9",
		Missing:     map[string]int{"KL1": 1, "KL2": 1, "KL3": 1},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("figures of %s (-want +got):\n%s", "testdata/rating-v1.bin", diff)
	}
	if back.Scale() != survey.DefaultRatingScale() {
		t.Errorf("scale %s", back.Scale())
	}
	if again, _ := back.MarshalBinary(); !bytes.Equal(again, data) {
		t.Error("the decoded tally re-encodes differently")
	}
}

// TestBallotTallyEveryBitFlip flips every bit of the golden encoding, one
// at a time, and cuts it at every length: each is refused, and the tally
// decoded into is left as it was.
func TestBallotTallyEveryBitFlip(t *testing.T) {
	data, _ := goldenBallotTally(t).MarshalBinary()
	target, before := decodeTarget(t), decodeTarget(t)
	decode := target.UnmarshalBinary
	unchanged := func() bool { return target.Equal(before) }
	wiretest.EveryBitFlip(t, data, decode, survey.ErrCorrupt, unchanged)
	wiretest.EveryCut(t, data, decode, survey.ErrCorrupt, unchanged)
}

// decodeTarget returns a tally of one ballot on the default instrument,
// to decode into.
func decodeTarget(t testing.TB) *BallotTally {
	t.Helper()
	tl, _ := NewBallotTally(DefaultInstrument())
	if err := tl.Add("R", Ballot{Current: []OptionID{1, 5}}); err != nil {
		t.Fatal(err)
	}
	return tl
}

func TestRatingTallyEveryBitFlip(t *testing.T) {
	data, _ := goldenRatingTally(t).MarshalBinary()
	target, _ := NewRatingTally(survey.MustNewRatingScale(0, 10))
	decode := target.UnmarshalBinary
	unchanged := func() bool { return target.Respondents() == 0 && target.Scale() == survey.MustNewRatingScale(0, 10) }
	wiretest.EveryBitFlip(t, data, decode, survey.ErrCorrupt, unchanged)
	wiretest.EveryCut(t, data, decode, survey.ErrCorrupt, unchanged)
}

// sealed encodes a ballot tally whose state a test has changed: the
// checksum is valid, so only the decoder's own checks can refuse it.
func sealed(t *testing.T, tl *BallotTally) []byte {
	t.Helper()
	b, err := tl.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestBallotTallyRefuses(t *testing.T) {
	valid, _ := goldenBallotTallyV1(t).MarshalBinary()
	valid2, _ := goldenBallotTally(t).MarshalBinary()
	payload2 := wiretest.Payload(valid2, ballotMagic)
	payload := wiretest.Payload(valid, ballotMagic)
	hp := OptionID(MustParseBehaviour("HA1"))
	tests := []struct {
		name   string
		data   func(t *testing.T) []byte
		mutate func(tl *BallotTally)
		want   string
	}{
		{name: "empty", data: func(*testing.T) []byte { return nil },
			want: "akhlak: ballot tally: 0 bytes, shorter than the 9 of an empty envelope: corrupt tally"},
		{name: "a rating tally", data: func(t *testing.T) []byte { b, _ := goldenRatingTally(t).MarshalBinary(); return b },
			want: `akhlak: ballot tally: starts with "BAKR", not the magic "BAKB"`},
		{name: "the old format", data: func(*testing.T) []byte { return append([]byte("BAKB1"), valid[5:]...) },
			want: "akhlak: ballot tally: checksum 0x"}, // the pre-v1.0 format had no checksum
		{name: "version 3", data: func(*testing.T) []byte { return wiretest.Seal(ballotMagic, 3, payload2) },
			want: "akhlak: ballot tally: format version 3 is unknown: this release reads versions 1 to 2"},
		{name: "version 1 bytes as version 2", data: func(*testing.T) []byte { return wiretest.Seal(ballotMagic, 2, payload) },
			want: "truncated"},
		{name: "version 2 bytes as version 1", data: func(*testing.T) []byte { return wiretest.Seal(ballotMagic, 1, payload2) },
			want: "1 trailing bytes"},
		{name: "Σ k² below Σ k", data: func(t *testing.T) []byte { return withSq(t, 6) },
			want: "current list: Σ k² = 6 for a reach of 7 over 4 respondents"},
		{name: "Σ k² above 7 Σ k", data: func(t *testing.T) []byte { return withSq(t, 50) },
			want: "current list: Σ k² = 50 for a reach of 7 over 4 respondents"},
		{name: "Σ k² below (Σ k)²/n", data: func(t *testing.T) []byte { return withSq(t, 12) },
			want: "current list: Σ k² = 12 for a reach of 7 over 4 respondents"},
		{name: "checksum", data: func(*testing.T) []byte {
			b := bytes.Clone(valid)
			b[len(b)-1]++
			return b
		}, want: "akhlak: ballot tally: checksum 0x"},
		{name: "trailing byte", data: func(*testing.T) []byte { return wiretest.Seal(ballotMagic, 1, append(bytes.Clone(payload), 0)) },
			want: "1 trailing bytes"},
		{name: "too many extras", data: func(*testing.T) []byte { return wiretest.Seal(ballotMagic, 1, []byte{3, 44}) },
			want: "44 extra options, at most 43"},
		{name: "too many picks", data: func(*testing.T) []byte { return wiretest.Seal(ballotMagic, 1, []byte{65, 0}) },
			want: "65 picks per list, at most 64"},
		{name: "extra option of no kind", data: func(*testing.T) []byte {
			p := bytes.Clone(payload)
			p[2+1+len("INOVATIF")] = 0 // INOVATIF's kind
			return wiretest.Seal(ballotMagic, 1, p)
		}, want: `akhlak: ballot tally: instrument: option "INOVATIF" has kind`},
		{name: "too many respondents", mutate: func(tl *BallotTally) { tl.n = 1<<35 + 1 },
			want: "34359738369 respondents, more than the 34359738368 (2^35) a tally holds"},
		{name: "option with more votes than respondents", mutate: func(tl *BallotTally) { tl.votes[ListCurrent-1][22] = 5 },
			want: "akhlak: ballot tally: current: option BIROKRATIS has 5 votes from 4 respondents"},
		{name: "more votes than picks", mutate: func(tl *BallotTally) {
			for i := range 23 {
				tl.votes[ListDesired-1][i] = 1
			}
		}, want: "desired: 23 votes from 4 respondents, more than 3 picks each"},
		{name: "reach below a behaviour's votes", mutate: func(tl *BallotTally) { tl.reach[ListCurrent-1][0] = 1 },
			want: "current: Berorientasi Pelayanan reaches 1 respondents, fewer than the 2 votes of one of its behaviours"},
		{name: "reach above its behaviours' votes", mutate: func(tl *BallotTally) { tl.reach[ListPersonal-1][2] = 2 },
			want: "personal: Kompeten reaches 2 respondents, more than the 1 votes of its behaviours"},
		{name: "more votes than picks from the respondents reached", data: func(t *testing.T) []byte {
			in, _ := NewInstrument(2)
			tl, _ := NewBallotTally(in)
			tl.n, tl.hasSq = 3, false
			// Harmonis reaches 2 respondents with 5 votes, at most 2
			// picks each; 6 votes in all from 3 respondents is within
			// the list's bound.
			v, r := &tl.votes[ListCurrent-1], &tl.reach[ListCurrent-1]
			v[hp-1], v[hp], v[hp+1], v[0] = 2, 2, 1, 1
			r[3], r[0] = 2, 1
			return sealed(t, tl)
		}, want: "current: Harmonis has 5 votes from the 2 respondents it reaches, more than 2 each"},
		{name: "reach above respondents", mutate: func(tl *BallotTally) {
			tl.n = 5
			tl.votes[ListCurrent-1][hp-1], tl.votes[ListCurrent-1][hp] = 4, 2
			tl.reach[ListCurrent-1][3] = 6
		}, want: "current: Harmonis reaches 6 of 5 respondents"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var data []byte
			if tc.data != nil {
				data = tc.data(t)
			} else {
				tl := goldenBallotTallyV1(t)
				tc.mutate(tl)
				data = sealed(t, tl)
			}
			target, before := decodeTarget(t), decodeTarget(t)
			err := target.UnmarshalBinary(data)
			if !errors.Is(err, survey.ErrCorrupt) || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %v\nwant ErrCorrupt with %q", err, tc.want)
			}
			if !target.Equal(before) {
				t.Error("a refused input changed the tally")
			}
		})
	}
}

// withSq returns the version 2 encoding of the golden ballots with Σ k²
// set to sq.
func withSq(t *testing.T, sq uint64) []byte {
	tl := goldenBallotTally(t)
	tl.sq = sq
	return sealed(t, tl)
}

// TestBallotTallyV1EveryBitFlip is TestBallotTallyEveryBitFlip for the
// version 1 encoding.
func TestBallotTallyV1EveryBitFlip(t *testing.T) {
	data, _ := goldenBallotTallyV1(t).MarshalBinary()
	target, before := decodeTarget(t), decodeTarget(t)
	decode := target.UnmarshalBinary
	unchanged := func() bool { return target.Equal(before) }
	wiretest.EveryBitFlip(t, data, decode, survey.ErrCorrupt, unchanged)
	wiretest.EveryCut(t, data, decode, survey.ErrCorrupt, unchanged)
}

func TestRatingTallyRefuses(t *testing.T) {
	valid, _ := goldenRatingTally(t).MarshalBinary()
	payload := wiretest.Payload(valid, ratingMagic)
	// hand writes a likert payload: items, min, max, respondents, counts.
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
		return wiretest.Seal(ratingMagic, 1, p)
	}
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"a ballot tally", func() []byte { b, _ := goldenBallotTally(t).MarshalBinary(); return b }(),
			`akhlak: rating tally: starts with "BAKB", not the magic "BAKR"`},
		{"version 2", wiretest.Seal(ratingMagic, 2, payload), "akhlak: rating tally: format version 2 is unknown"},
		{"trailing byte", wiretest.Seal(ratingMagic, 1, append(bytes.Clone(payload), 0)), "1 trailing bytes"},
		{"20 items", hand(20, 1, 5, 1, 0, 0, 1, 0, 0, 0, 0), "akhlak: rating tally: 20 items, want the 21 behaviours"},
		{"scale 5–5", hand(21, 5, 5, 0), "scale 5–5: need 0 ≤ min < max ≤ 100"},
		{"answer below the scale", hand(21, 1, 5, 1, 0, 1, 0, 0, 0, 0, 0), "item 1 has 1 answers 0, below the scale 1–5"},
		{"counts do not add up", hand(21, 1, 5, 2, 0, 0, 1, 0, 0, 0, 0), "item 1 has 1 answers (missing included) for 2 respondents"},
		{"a respondent with no answer", hand(21, 1, 5, 1, 1, 0, 0, 0, 0, 0, 0), "0 answers from 1 respondents: a respondent rated no behaviour"},
		{"padded varint", wiretest.Seal(ratingMagic, 1, append([]byte{0x95, 0x00}, payload[1:]...)), "varint at byte 0 is longer than it needs to be"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			target := goldenRatingTally(t)
			err := target.UnmarshalBinary(tc.data)
			if !errors.Is(err, survey.ErrCorrupt) || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %v\nwant ErrCorrupt with %q", err, tc.want)
			}
			if !target.Equal(goldenRatingTally(t)) {
				t.Error("a refused input changed the tally")
			}
		})
	}
	if err := new(RatingTally).UnmarshalBinary(hand(21, 1, 5, 1, 0, 0, 1, 0, 0, 0, 0)); err != nil {
		t.Errorf("a hand-written tally of one respondent: %v", err)
	}
}

// FuzzBallotTallyBinary checks that decoding arbitrary bytes never panics,
// that every refusal wraps survey.ErrCorrupt and leaves the tally as it
// was, and that whatever decodes re-encodes to exactly the same bytes and
// scores. With reseal, the input is a payload put in an envelope with a
// valid checksum, so that the fuzzer's changes reach the decoder's own
// checks.
func FuzzBallotTallyBinary(f *testing.F) {
	seeds := [][]byte{wiretest.Golden(f, "testdata/ballot-v1.bin", mustMarshal(f, goldenBallotTallyV1(f))),
		wiretest.Golden(f, "testdata/ballot-v2.bin", mustMarshal(f, goldenBallotTally(f)))}
	tl, _ := NewBallotTally(DefaultInstrument())
	seeds = append(seeds, mustMarshal(f, tl))
	_ = tl.Add("r", Ballot{Personal: []OptionID{2, 3}, Current: []OptionID{4}, Desired: []OptionID{5, 6, 7}})
	seeds = append(seeds, mustMarshal(f, tl))
	for _, s := range seeds {
		f.Add(s, false)
		f.Add(wiretest.Payload(s, ballotMagic), true)
	}
	f.Fuzz(func(t *testing.T, data []byte, reseal bool) {
		target, before := decodeTarget(t), decodeTarget(t)
		if !wiretest.Fuzz(t, ballotMagic, data, reseal, target.UnmarshalBinary, target.MarshalBinary, survey.ErrCorrupt,
			func() bool { return target.Equal(before) }) {
			return
		}
		// Whatever decodes must also score without panicking.
		if res, err := target.Result(survey.FixedMinimum(1)); err == nil {
			for _, v := range Values() {
				_ = res.Score(v)
			}
			_ = res.Index()
			_, _ = res.Entropy()
			_, _ = res.Alignment(ListCurrent, ListDesired)
		}
	})
}

// FuzzRatingTallyBinary is FuzzBallotTallyBinary for rating tallies.
func FuzzRatingTallyBinary(f *testing.F) {
	seeds := [][]byte{wiretest.Golden(f, "testdata/rating-v1.bin", mustMarshal(f, goldenRatingTally(f)))}
	rt, _ := NewRatingTally(survey.MustNewRatingScale(0, 10))
	seeds = append(seeds, mustMarshal(f, rt))
	row := make([]int8, 21)
	for i := range row {
		row[i] = int8(i % 11)
	}
	_ = rt.Add("r", row)
	seeds = append(seeds, mustMarshal(f, rt))
	for _, s := range seeds {
		f.Add(s, false)
		f.Add(wiretest.Payload(s, ratingMagic), true)
	}
	f.Fuzz(func(t *testing.T, data []byte, reseal bool) {
		target := goldenRatingTally(t)
		if !wiretest.Fuzz(t, ratingMagic, data, reseal, target.UnmarshalBinary, target.MarshalBinary, survey.ErrCorrupt,
			func() bool { return target.Equal(goldenRatingTally(t)) }) {
			return
		}
		if res, err := target.Result(survey.FixedMinimum(1)); err == nil {
			for _, v := range Values() {
				_ = res.Score(v)
			}
			_ = res.Index()
		}
	})
}

func mustMarshal(t testing.TB, m interface{ MarshalBinary() ([]byte, error) }) []byte {
	t.Helper()
	b, err := m.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestWireErrorsStayInside checks that a public error never lets the
// internal sentinel out: callers branch on survey.ErrCorrupt only.
func TestWireErrorsStayInside(t *testing.T) {
	err := new(BallotTally).UnmarshalBinary(nil)
	if !errors.Is(err, survey.ErrCorrupt) || errors.Is(err, wire.ErrCorrupt) {
		t.Errorf("error %v", err)
	}
}
