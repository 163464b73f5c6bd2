package ikm

import (
	"errors"
	"testing"

	"github.com/go-asn/berakhlak/internal/jsoncmp/jsontest"
	"github.com/go-asn/berakhlak/survey"
)

// groupRows reads rows of nine answers from data as rowsFrom does, each
// with a group: one of four names, or none, from the row's first byte.
func groupRows(data []byte) []Response {
	var out []Response
	for i, r := range rowsFrom(data) {
		out = append(out, Response{Respondent: "r", Group: []string{"", "A", "B", "C", "D"}[(int(uint8(r[0]))+i)%5], Answers: r})
	}
	return out
}

func groupTallyOf(t testing.TB, in Instrument, rs []Response) *Tally {
	t.Helper()
	tl, err := NewTallyFor(in)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rs {
		if err := tl.AddResponse(r); err != nil {
			t.Fatal(err)
		}
	}
	return tl
}

// FuzzGroups checks, for any responses in groups: merging the tallies of
// two shards equals one pass; each published group's result is the
// result of a tally of its responses alone, checked against its minimum;
// no published group has fewer respondents or answers to an unsur than
// the threshold; when a group is published, the respondents and answers
// in no published group are none or at least the threshold; the result's JSON and the tally's bytes
// round-trip.
func FuzzGroups(f *testing.F) {
	f.Add([]byte("123412341234123412341234123412341234"), uint8(1), uint8(3))
	f.Add([]byte{4, 4, 4, 4, 4, 4, 4, 4, 4, 3, 3, 3, 3, 3, 3, 3, 3, 3, 1, 2, 3, 4, 0, 1, 2, 3, 4, 2, 2, 2, 2, 2, 2, 2, 2, 2, 1, 2, 3, 4, 1, 2, 3, 4, 1}, uint8(2), uint8(2))
	f.Fuzz(func(t *testing.T, data []byte, cut, th uint8) {
		rs := groupRows(data)
		in := Instruments()[int(cut)%numInstruments]
		whole := groupTallyOf(t, in, rs)
		k := 0
		if len(rs) > 0 {
			k = int(cut) % (len(rs) + 1)
		}
		a, b := groupTallyOf(t, in, rs[:k]), groupTallyOf(t, in, rs[k:])
		if err := b.Merge(a); err != nil || !b.Equal(whole) {
			t.Fatalf("merged shards differ from one pass: %v", err)
		}
		var back Tally
		if err := back.UnmarshalBinary(mustMarshal(t, whole)); err != nil || !back.Equal(whole) {
			t.Fatalf("binary round trip: %v", err)
		}
		threshold := 1 + int(th)%4
		r, err := whole.Result(anyMin, WithConfidentiality(threshold))
		if err != nil {
			return // no answer to some unsur: no figures, no groups
		}
		residual := make([]int, 1+numUnsur)
		residual[0] = r.n
		for i := range numUnsur {
			residual[1+i] = int(r.count[i])
		}
		published := false
		for _, g := range r.Groups() {
			var own []Response
			for _, x := range rs {
				if x.Group == g.Name {
					x.Group = ""
					own = append(own, x)
				}
			}
			if g.Respondents != len(own) {
				t.Fatalf("group %s: %d respondents, want %d", g.Name, g.Respondents, len(own))
			}
			if g.Suppressed {
				continue
			}
			published = true
			alone, err := groupTallyOf(t, in, own).Result(survey.FixedMinimum(threshold))
			if err != nil || !alone.Equal(g.Result) {
				t.Fatalf("group %s: its figures are not those of its responses alone (%v)", g.Name, err)
			}
			if g.Respondents < threshold {
				t.Fatalf("group %s published with %d respondents", g.Name, g.Respondents)
			}
			residual[0] -= g.Respondents
			for i := range numUnsur {
				if g.Result.count[i] < int64(threshold) {
					t.Fatalf("group %s published with %d answers to U%d", g.Name, g.Result.count[i], i+1)
				}
				residual[1+i] -= int(g.Result.count[i])
			}
		}
		for i, n := range residual {
			if published && n > 0 && n < threshold {
				t.Fatalf("count %d: %d in no published group reveal a suppressed one", i, n)
			}
		}
		jsontest.RoundTrip(t, mustJSON(t, r), Result.Equal)
	})
}

func mustJSON(t testing.TB, r Result) []byte {
	t.Helper()
	b, err := r.MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func FuzzItemResultJSON(f *testing.F) {
	tl := groupTallyOf(f, Instrument2014, groupRows([]byte("123412341234123412341234123412341234")))
	r, err := tl.Result(anyMin)
	if err != nil {
		f.Fatal(err)
	}
	for _, it := range r.Items() {
		seed(f, it)
	}
	seed(f, fuzzResult(f).Items()[3])
	f.Fuzz(func(t *testing.T, data []byte) {
		jsontest.RoundTrip(t, data, ItemResult.Equal)
	})
}

// FuzzParseInstrument: whatever ParseInstrument accepts round-trips as
// text, and whatever it refuses is a *ParseError quoting the input.
func FuzzParseInstrument(f *testing.F) {
	for _, in := range Instruments() {
		f.Add(in.String())
	}
	for _, s := range []string{"2014", "16/2014", "permenpanrb_14-2017", "2004", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		in, err := ParseInstrument(s)
		if err != nil {
			var pe *ParseError
			if !errors.As(err, &pe) || pe.Input != s || !errors.Is(err, ErrUnknownInstrument) {
				t.Fatalf("ParseInstrument(%q): %v", s, err)
			}
			return
		}
		b, err := in.MarshalText()
		var back Instrument
		if !in.IsValid() || MustParseInstrument(in.String()) != in || err != nil || back.UnmarshalText(b) != nil || back != in {
			t.Fatalf("ParseInstrument(%q) = %v does not round-trip", s, in)
		}
	})
}
