package main

import (
	"bytes"
	_ "embed"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/go-asn/berakhlak/engagement"
	"github.com/go-asn/berakhlak/examples/internal/lang"
	"github.com/go-asn/berakhlak/survey"
	"github.com/google/go-cmp/cmp"
)

func TestSampleIsGenerated(t *testing.T) {
	var b bytes.Buffer
	if err := writeSample(&b); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(b.Bytes(), sampleExport) {
		t.Fatal("embedded sample differs from writeSample: run go run ./examples/engagement -write-sample examples/engagement/sample.csv")
	}
}

//go:embed sample_baseline.csv
var sampleBaseline []byte

func TestBaselineSampleIsGenerated(t *testing.T) {
	var b bytes.Buffer
	if err := writeBaselineSample(&b); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(b.Bytes(), sampleBaseline) {
		t.Fatal("sample_baseline.csv differs from writeBaselineSample: run go run ./examples/engagement -write-baseline-sample examples/engagement/sample_baseline.csv")
	}
}

func TestSampleReport(t *testing.T) {
	tests := []struct {
		lang lang.Lang
		want []string
	}{
		{lang.EN, []string{
			"Respondents: 183 (minimum 140: met)",
			"Engagement index (percent favourable, top two boxes; library default): 54.5%",
			"Komitmen    3.57  54.2%       0.783 (n=161)",
			"eNPS: +14",
			"UPT Kecil           3 respondents   not reported (below the confidentiality threshold of 5)",
			"Bidang Pengawasan   29 respondents  not reported (complementary suppression:",
		}},
		{lang.ID, []string{
			"Responden: 183 (minimum 140: terpenuhi)",
			"Indeks engagement (persentase jawaban favorabel, dua pilihan teratas; bawaan pustaka): 54,5%",
			"Komitmen    3,57       54,2%      0,783 (n=161)",
			"eNPS: +14",
			"UPT Kecil           3 responden   tidak dilaporkan (di bawah ambang kerahasiaan 5)",
			"Bidang Pengawasan   29 responden  tidak dilaporkan (supresi komplementer:",
		}},
	}
	for _, tc := range tests {
		var out bytes.Buffer
		if err := run(&out, options{minimum: 140, lang: tc.lang}); err != nil {
			t.Fatal(err)
		}
		for _, want := range tc.want {
			if !strings.Contains(out.String(), want) {
				t.Errorf("%v: output lacks %q:\n%s", tc.lang, want, out.String())
			}
		}
	}
	if err := run(&bytes.Buffer{}, options{minimum: 200, lang: lang.EN}); err == nil || !strings.Contains(err.Error(), "183 respondents, fewer than the 200 required") {
		t.Errorf("below minimum: %v", err)
	}
}

// TestComplementary checks that the program names the same number of
// revealed respondents as the library's own (English) reason, for
// subgroups of many sizes, so that the translated reason says what the
// library decided.
func TestComplementary(t *testing.T) {
	in, err := engagement.NewInstrument(engagement.Definition{Items: []survey.Item{{Code: "A", Dimension: "D"}}})
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(5, 5))
	seen := 0
	for range 300 {
		tl, err := engagement.NewTally(in)
		if err != nil {
			t.Fatal(err)
		}
		id := 0
		for g := range 1 + rng.IntN(6) {
			n := 1 + rng.IntN(12)
			if rng.IntN(3) == 0 {
				n = 5 + rng.IntN(3)
			}
			for range n {
				id++
				if err := tl.Add(engagement.Response{Respondent: fmt.Sprint(id), Group: fmt.Sprint("U", g), Answers: []int8{4}}); err != nil {
					t.Fatal(err)
				}
			}
		}
		for range rng.IntN(4) { // in no unit
			id++
			if err := tl.Add(engagement.Response{Respondent: fmt.Sprint(id), Answers: []int8{4}}); err != nil {
				t.Fatal(err)
			}
		}
		res, err := tl.Result(survey.FixedMinimum(1), engagement.WithConfidentiality(defaultConfidentiality))
		if err != nil {
			t.Fatal(err)
		}
		groups := res.Groups()
		got := complementary(groups, res.Respondents(), defaultConfidentiality)
		want := make([]int, len(groups))
		for i, g := range groups {
			if g.Suppressed && g.Respondents >= defaultConfidentiality {
				if _, err := fmt.Sscanf(g.Reason, "complementary suppression: published, it would reveal by difference the %d respondents", &want[i]); err != nil {
					t.Fatalf("reason %q: %v", g.Reason, err)
				}
				seen++
			}
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Fatalf("groups %+v (-library +program):\n%s", groups, diff)
		}
	}
	if seen < 20 {
		t.Errorf("only %d complementary suppressions: the test checks too little", seen)
	}
}

func TestBadInput(t *testing.T) {
	dir := t.TempDir()
	inst := filepath.Join(dir, "i.csv")
	if err := os.WriteFile(inst, []byte("code,dimension,reverse\nA,D,no\nB,D,yes\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	tests := []struct{ name, export, want string }{
		{"header", "respondent,unit,A\n", `e.csv:1: column B: missing`},
		{"answer", "respondent,unit,A,B\nP1,U,6,1\n", `e.csv:2: column A: "6" is not an answer on 1–5`},
		{"recommend", "respondent,unit,A,B,recommend\nP1,U,1,1,11\n", `e.csv:2: column recommend: "11" is not an answer on 0–10`},
		{"blank", "respondent,unit,A,B\nP1,U,,\n", "e.csv:2: survey: respondent \"P1\": answers: none: no item answered"},
		{"no respondent", "respondent,unit,A,B\n,U,1,1\n", "e.csv:2: column respondent: empty"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			export := filepath.Join(dir, "e.csv")
			if err := os.WriteFile(export, []byte(tc.export), 0o600); err != nil {
				t.Fatal(err)
			}
			err := run(&bytes.Buffer{}, options{in: export, instrument: inst, minimum: 1})
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error = %v, want %q", err, tc.want)
			}
		})
	}
	badInst := filepath.Join(dir, "bad.csv")
	_ = os.WriteFile(badInst, []byte("code,dimension,reverse\nA,D,maybe\n"), 0o600)
	if err := run(&bytes.Buffer{}, options{in: inst, instrument: badInst, minimum: 1}); err == nil || !strings.Contains(err.Error(), `bad.csv:2: column reverse: "maybe"`) {
		t.Errorf("bad instrument: %v", err)
	}
	if err := run(&bytes.Buffer{}, options{in: inst, minimum: 1}); err == nil {
		t.Error("-in without -instrument accepted")
	}
}
