package ikm

import (
	"bytes"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/go-asn/berakhlak/internal/wire/wiretest"
	"github.com/go-asn/berakhlak/survey"
	"github.com/google/go-cmp/cmp"
)

// row returns the nine answers a, a, …, a.
func row(a int8) []int8 { return []int8{a, a, a, a, a, a, a, a, a} }

// groupTally counts, for each group, n respondents answering every unsur
// with a; group "" counts in no group.
func groupTally(t testing.TB, in Instrument, groups ...struct {
	name string
	n    int
	a    int8
}) *Tally {
	t.Helper()
	tl, err := NewTallyFor(in)
	if err != nil {
		t.Fatal(err)
	}
	for _, g := range groups {
		for i := range g.n {
			if err := tl.AddResponse(Response{Respondent: g.name + string(rune('a'+i%26)), Group: g.name, Answers: row(g.a)}); err != nil {
				t.Fatal(err)
			}
		}
	}
	return tl
}

type grp = struct {
	name string
	n    int
	a    int8
}

type groupFigures struct {
	Name        string
	Respondents int
	Index       string
	Reason      string
}

func figuresOf(gs []Group) []groupFigures {
	var out []groupFigures
	for _, g := range gs {
		f := groupFigures{Name: g.Name, Respondents: g.Respondents, Reason: g.Reason}
		if !g.Suppressed {
			f.Index = g.Result.Index().String()
		}
		out = append(out, f)
	}
	return out
}

// TestGroupsPooled: each group's IKM from its own respondents (all 4:
// 100.00; all 2: 50.00), and the whole survey's pooled over all of them,
// (5×4 + 5×2 + 10×4) / 20 = 3.5, × 25 = 87.50, not the mean of the three
// groups' indices (83.33).
func TestGroupsPooled(t *testing.T) {
	tl := groupTally(t, Instrument2017, grp{"Layanan A", 5, 4}, grp{"Layanan B", 5, 2}, grp{"Layanan C", 10, 4})
	r, err := tl.Result(survey.FixedMinimum(20))
	if err != nil {
		t.Fatal(err)
	}
	if r.Index().String() != "87.50" {
		t.Errorf("pooled index %s, want 87.50", r.Index())
	}
	want := []groupFigures{{"Layanan A", 5, "100.00", ""}, {"Layanan B", 5, "50.00", ""}, {"Layanan C", 10, "100.00", ""}}
	if diff := cmp.Diff(want, figuresOf(r.Groups())); diff != "" {
		t.Errorf("groups (-want +got):\n%s", diff)
	}
	if g := r.Groups()[0].Result; g.Minimum().Required() != 5 || len(g.Groups()) != 0 {
		t.Errorf("a group's minimum %v (want the threshold, 5), its groups %v", g.Minimum(), g.Groups())
	}
	if diff := cmp.Diff([]string{"Layanan A", "Layanan B", "Layanan C"}, tl.Groups()); diff != "" {
		t.Errorf("Tally.Groups (-want +got):\n%s", diff)
	}
	// A tally without groups has none; Add counts in no group.
	plain := NewTally()
	_ = plain.Add("x", row(3))
	if pr, _ := plain.Result(anyMin); pr.Groups() != nil || plain.Groups() != nil {
		t.Errorf("groups of a tally without any: %v %v", pr.Groups(), plain.Groups())
	}
}

func TestGroupsSuppression(t *testing.T) {
	tests := []struct {
		name   string
		groups []grp
		opts   []ResultOption
		want   []groupFigures
	}{
		{"a small group, and the next-smallest by complement", []grp{{"A", 3, 4}, {"B", 6, 2}, {"C", 10, 3}}, nil,
			[]groupFigures{{"A", 3, "", "3 respondents, below the confidentiality threshold of 5"},
				{"B", 6, "", "complementary suppression: published, it would reveal by difference the 3 respondents in no published group"},
				{"C", 10, "75.00", ""}}},
		{"respondents in no group count", []grp{{"", 2, 4}, {"B", 6, 2}, {"C", 10, 3}}, nil,
			[]groupFigures{{"B", 6, "", "complementary suppression: published, it would reveal by difference the 2 respondents in no published group"},
				{"C", 10, "75.00", ""}}},
		{"a threshold of 3", []grp{{"A", 3, 4}, {"B", 6, 2}, {"C", 10, 3}}, []ResultOption{WithConfidentiality(3)},
			[]groupFigures{{"A", 3, "100.00", ""}, {"B", 6, "50.00", ""}, {"C", 10, "75.00", ""}}},
		{"a group's own minimum", []grp{{"A", 6, 4}, {"B", 6, 2}, {"C", 10, 3}}, []ResultOption{WithGroupMinimum("C", survey.KrejcieMorgan(20))},
			[]groupFigures{{"A", 6, "100.00", ""}, {"B", 6, "50.00", ""}, {"C", 10, "", "10 respondents, below its minimum of 19 (Krejcie–Morgan, population 20)"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, err := groupTally(t, Instrument2017, tc.groups...).Result(anyMin, tc.opts...)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tc.want, figuresOf(r.Groups())); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// TestGroupsAnswerThreshold: a group of 6 respondents of whom 4 answered
// Biaya/Tarif has fewer than 5 answers behind that NRR: it is suppressed,
// and so is the next-smallest group, whose publication would reveal the 4
// answers by difference.
func TestGroupsAnswerThreshold(t *testing.T) {
	tl := groupTally(t, Instrument2017, grp{"B", 7, 2}, grp{"C", 10, 3})
	no := survey.NoAnswer
	for i := range 6 {
		a := row(4)
		if i >= 4 {
			a[BiayaTarif-1] = no
		}
		if err := tl.AddResponse(Response{Respondent: "x", Group: "A", Answers: a}); err != nil {
			t.Fatal(err)
		}
	}
	r, err := tl.Result(anyMin)
	if err != nil {
		t.Fatal(err)
	}
	want := []groupFigures{{"A", 6, "", "4 answers to U4, below the confidentiality threshold of 5"},
		{"B", 7, "", "complementary suppression: published, it would reveal by difference the 4 answers to U4 in no published group"},
		{"C", 10, "75.00", ""}}
	if diff := cmp.Diff(want, figuresOf(r.Groups())); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestGroupOptionsRefused(t *testing.T) {
	tl := groupTally(t, Instrument2017, grp{"A", 6, 4})
	for name, opt := range map[string]ResultOption{
		"threshold 0":      WithConfidentiality(0),
		"threshold -2":     WithConfidentiality(-2),
		"unknown group":    WithGroupMinimum("Z", survey.FixedMinimum(1)),
		"empty group name": WithGroupMinimum("", survey.FixedMinimum(1)),
		"zero minimum":     WithGroupMinimum("A", survey.Minimum{}),
	} {
		if _, err := tl.Result(anyMin, opt); !errors.Is(err, survey.ErrInvalidInput) {
			t.Errorf("%s: %v, want ErrInvalidInput", name, err)
		}
	}
	var full Tally = *NewTally()
	for i := range maxGroups {
		if err := full.AddResponse(Response{Group: "g" + string(rune(i)), Answers: row(3)}); err != nil {
			t.Fatal(err)
		}
	}
	if err := full.AddResponse(Response{Group: "one more", Answers: row(3)}); !errors.Is(err, survey.ErrInvalidInput) {
		t.Errorf("group %d: %v", maxGroups+1, err)
	}
	if full.Respondents() != maxGroups {
		t.Errorf("a refused response was counted: %d respondents", full.Respondents())
	}
}

// TestGroupsMerge: shards merged give the tally of one pass, groups
// included, in any order; tallies of different instruments do not merge.
func TestGroupsMerge(t *testing.T) {
	one := groupTally(t, Instrument2017, grp{"A", 6, 4}, grp{"B", 7, 2}, grp{"", 3, 1})
	a := groupTally(t, Instrument2017, grp{"A", 6, 4}, grp{"", 3, 1})
	b := groupTally(t, Instrument2017, grp{"B", 7, 2})
	if err := b.Merge(a); err != nil {
		t.Fatal(err)
	}
	if !b.Equal(one) {
		t.Error("merged shards differ from one pass")
	}
	twice := groupTally(t, Instrument2017, grp{"A", 12, 4})
	self := groupTally(t, Instrument2017, grp{"A", 6, 4})
	if err := self.Merge(self); err != nil || !self.Equal(twice) {
		t.Errorf("merging a tally into itself: %v", err)
	}
	old := groupTally(t, Instrument2014, grp{"A", 6, 4})
	if err := one.Merge(old); !errors.Is(err, survey.ErrInvalidInstrument) {
		t.Errorf("merging a 2014 tally into a 2017 one: %v", err)
	}
	if one.Equal(groupTally(t, Instrument2017, grp{"A", 6, 4}, grp{"B", 7, 2}, grp{"C", 3, 1})) {
		t.Error("tallies with different groups are equal")
	}
}

func TestInstrument2014(t *testing.T) {
	tl := groupTally(t, Instrument2014, grp{"A", 6, 4})
	no := survey.NoAnswer
	if err := tl.Add("b", []int8{2, 2, 2, 2, 2, 2, 2, 2, no}); err != nil {
		t.Fatal(err)
	}
	r, err := tl.Result(anyMin)
	if err != nil {
		t.Fatal(err)
	}
	if r.Instrument() != Instrument2014 || tl.Instrument() != Instrument2014 || NewTally().Instrument() != Instrument2017 {
		t.Errorf("instruments %v %v", r.Instrument(), tl.Instrument())
	}
	// (6×4 + 2) / 7 = 26/7 for the first eight, 24/6 = 4 for the ninth;
	// IKM = (8 × 26/7 + 4) / 9 × 25 = 93.6507… → 93.65.
	if r.Index().String() != "93.65" {
		t.Errorf("index %s, want 93.65", r.Index())
	}
	var names []string
	for _, it := range r.Items() {
		names = append(names, it.Code+" "+it.Name+" "+it.NRR.String())
	}
	want := []string{"U1 Persyaratan 3.71", "U2 Prosedur 3.71", "U3 Waktu Pelayanan 3.71", "U4 Biaya/Tarif 3.71",
		"U5 Produk Spesifikasi Jenis Pelayanan 3.71", "U6 Kompetensi Pelaksana 3.71", "U7 Perilaku Pelaksana 3.71",
		"U8 Maklumat Pelayanan 3.71", "U9 Penanganan Pengaduan, Saran dan Masukan 4.00"}
	if diff := cmp.Diff(want, names); diff != "" {
		t.Errorf("Items (-want +got):\n%s", diff)
	}
	// By name: Penanganan Pengaduan is the ninth here; Sarana dan
	// Prasarana is not asked.
	if got := r.Unsur(PenangananPengaduan); got.NRR.String() != "4.00" || got.Unsur != PenangananPengaduan {
		t.Errorf("Unsur(PenangananPengaduan) = %+v", got)
	}
	if r.NRR(SaranaPrasarana).IsValid() || r.Unsur(SistemMekanismeProsedur).NRR.IsValid() || r.PerUnsur() != nil {
		t.Error("an unsur the 2014 instrument does not ask has figures")
	}
	if _, err := r.NRRAt(SaranaPrasarana, 3); !errors.Is(err, survey.ErrInvalidInput) {
		t.Errorf("NRRAt(SaranaPrasarana): %v", err)
	}
	if !strings.HasSuffix(r.String(), ", PermenPANRB No. 16 Tahun 2014)") {
		t.Errorf("String %q", r)
	}
	doc, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(doc, []byte(`"name":"Maklumat Pelayanan"`)) || !bytes.Contains(doc, []byte(`"instrument":"2014"`)) {
		t.Errorf("JSON %s", doc)
	}
	var back Result
	if err := json.Unmarshal(doc, &back); err != nil || !back.Equal(r) {
		t.Errorf("JSON round trip: %v", err)
	}
	if _, err := NewTallyFor(0); !errors.Is(err, survey.ErrInvalidInstrument) {
		t.Errorf("NewTallyFor(0): %v", err)
	}
	bad := bytes.Replace(doc, []byte(`"Maklumat Pelayanan"`), []byte(`"Sarana dan Prasarana"`), 1)
	if err := json.Unmarshal(bad, &back); !errors.Is(err, survey.ErrInvalidInput) {
		t.Errorf("a 2014 result naming a 2017 unsur: %v", err)
	}
}

// TestGroupsJSON: a result with groups round-trips, and a document that
// publishes what the threshold would have suppressed is refused.
func TestGroupsJSON(t *testing.T) {
	r, err := groupTally(t, Instrument2017, grp{"A", 3, 4}, grp{"B", 6, 2}, grp{"C", 10, 3}, grp{"D", 5, 4}).Result(anyMin)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	var back Result
	if err := json.Unmarshal(doc, &back); err != nil {
		t.Fatal(err)
	}
	if !back.Equal(r) || !back.Groups()[2].Equal(r.Groups()[2]) || back.Groups()[2].Suppressed {
		t.Error("a result with groups does not round-trip")
	}
	for name, edit := range map[string]func(map[string]any){
		"no threshold": func(m map[string]any) { delete(m, "confidentiality") },
		"threshold 2 (A's 3 respondents would be published)": func(m map[string]any) { m["confidentiality"] = 2 },
		"more respondents in groups than in the survey": func(m map[string]any) {
			m["groups"].([]any)[0].(map[string]any)["respondents"] = 1000
		},
		"a small group's reason changed": func(m map[string]any) {
			m["groups"].([]any)[0].(map[string]any)["reason"] = "complementary suppression"
		},
		"groups swapped": func(m map[string]any) {
			g := m["groups"].([]any)
			g[0], g[1] = g[1], g[0]
		},
		"suppressed without a reason": func(m map[string]any) { delete(m["groups"].([]any)[0].(map[string]any), "reason") },
		"a group's figures edited": func(m map[string]any) {
			for _, g := range m["groups"].([]any) {
				if res, ok := g.(map[string]any)["result"].(map[string]any); ok {
					res["index"] = "99.00"
				}
			}
		},
	} {
		var m map[string]any
		if err := json.Unmarshal(doc, &m); err != nil {
			t.Fatal(err)
		}
		edit(m)
		edited, _ := json.Marshal(m)
		if err := json.Unmarshal(edited, &back); !errors.Is(err, survey.ErrInvalidInput) {
			t.Errorf("%s: %v", name, err)
		}
	}
}

// TestTallyV2 checks the committed version-2 encoding of a 2014 survey
// with groups: it decodes to the tally that wrote it, re-encodes to the
// same bytes, and every bit flip and cut is refused. A 2017 tally without
// groups still writes version 1.
func TestTallyV2(t *testing.T) {
	tl := groupTally(t, Instrument2014, grp{"Layanan A", 6, 4}, grp{"Layanan B", 7, 2}, grp{"", 2, 3})
	data := wiretest.Golden(t, "testdata/tally-v2.bin", mustMarshal(t, tl))
	if data[3] != 2 {
		t.Errorf("version %d, want 2", data[3])
	}
	var back Tally
	if err := back.UnmarshalBinary(data); err != nil {
		t.Fatal(err)
	}
	if !back.Equal(tl) || !bytes.Equal(mustMarshal(t, &back), data) {
		t.Error("the version-2 tally does not round-trip")
	}
	if v := mustMarshal(t, groupTally(t, Instrument2017, grp{"", 3, 3})); v[3] != 1 {
		t.Errorf("a 2017 tally without groups writes version %d", v[3])
	}
	target := tallyOf(t, same(1, 2))
	unchanged := func() bool { return target.Equal(tallyOf(t, same(1, 2))) }
	wiretest.EveryBitFlip(t, data, target.UnmarshalBinary, survey.ErrCorrupt, unchanged)
	wiretest.EveryCut(t, data, target.UnmarshalBinary, survey.ErrCorrupt, unchanged)
}
