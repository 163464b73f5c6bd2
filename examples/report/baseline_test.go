package main

import (
	"bytes"
	"encoding/json"
	"os"
	"testing"

	"github.com/go-asn/berakhlak/akhlak"
	"github.com/go-asn/berakhlak/examples/internal/lang"
	"github.com/go-asn/berakhlak/examples/internal/progtest"
	"github.com/go-asn/berakhlak/survey"
	"github.com/google/go-cmp/cmp"
)

// TestBaselineFigures checks the comparison's figures against the
// library: the program shows what akhlak.Compare gives, and the
// baseline's own JSON (sample_baseline.json) and the program's -json of
// it compare alike.
func TestBaselineFigures(t *testing.T) {
	data, err := os.ReadFile("sample_baseline.json")
	if err != nil {
		t.Fatal(err)
	}
	var last akhlak.BallotResult
	if err := json.Unmarshal(data, &last); err != nil {
		t.Fatal(err)
	}
	r, err := build(config{picks: 10, scale: "1-5", lang: lang.EN, baseline: "sample_baseline.json"})
	if err != nil {
		t.Fatal(err)
	}
	want, err := akhlak.Compare(last, r.Current.(akhlak.Measured))
	if err != nil {
		t.Fatal(err)
	}
	if !r.Baseline.Comparison.Equal(want) || r.Baseline.Published || r.Baseline.Respondents != 1000 {
		t.Errorf("comparison differs from akhlak.Compare's, or published %v, respondents %d", r.Baseline.Published, r.Baseline.Respondents)
	}
	// The verdicts the invented baseline was built to show.
	var got []string
	for _, row := range r.Baseline.comparisonRows(lang.EN) {
		got = append(got, row.Code+" "+row.Delta+" "+row.Verdict+" "+row.Moved)
	}
	wantRows := []string{"BP -9.9 down ", "AK 0.0 no measurable change ", "KO -0.2 no measurable change ", "HA -1.1 no measurable change ",
		"LO 0.0 no measurable change ", "AD +12.4 up D → C", "KL +10.5 up C → B", " +1.7 up "}
	if diff := cmp.Diff(wantRows, got); diff != "" {
		t.Errorf("rows (-want +got):\n%s", diff)
	}

	// The program's own -json of last year reads back as the same
	// baseline.
	jsonOf := func(args ...string) string {
		res := progtest.Run(realMain, "", args...)
		if res.Status != 0 {
			t.Fatalf("%v: %+v", args, res)
		}
		return res.Stdout
	}
	dir := t.TempDir()
	prog := dir + "/last.json"
	if err := os.WriteFile(prog, []byte(jsonOf("-profile", "testdata/national2022.csv", "-json")), 0o600); err != nil {
		t.Fatal(err)
	}
	a := jsonOf("-baseline", prog, "-json")
	b := jsonOf("-baseline", "testdata/national2022.csv", "-json")
	var ja, jb map[string]any
	_ = json.Unmarshal([]byte(a), &ja)
	_ = json.Unmarshal([]byte(b), &jb)
	ca, cb := ja["baseline"].(map[string]any)["comparison"], jb["baseline"].(map[string]any)["comparison"]
	if diff := cmp.Diff(cb, ca); diff != "" {
		t.Errorf("the program's -json of a profile and its CSV compare differently (-csv +json):\n%s", diff)
	}
}

// TestBaselineJSON: -json carries the comparison and the targets, the
// same in every language.
func TestBaselineJSON(t *testing.T) {
	var out bytes.Buffer
	if err := run(&out, config{picks: 10, scale: "1-5", json: true, baseline: "sample_baseline.json", target: "sample_targets.csv"}); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Baseline struct {
			File       string            `json:"file"`
			Comparison akhlak.Comparison `json:"comparison"`
			Targets    []struct {
				Value      string            `json:"value"`
				Target     akhlak.Target     `json:"target"`
				Attainment survey.Attainment `json:"attainment"`
			} `json:"targets"`
		} `json:"baseline"`
	}
	if err := json.Unmarshal(out.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	if !doc.Baseline.Comparison.IsValid() || doc.Baseline.File != "sample_baseline.json" {
		t.Fatalf("baseline %+v", doc.Baseline)
	}
	var got []string
	for _, x := range doc.Baseline.Targets {
		got = append(got, x.Value+" "+x.Target.String()+" "+x.Attainment.String())
	}
	want := []string{"BP 60.0 not met", "AD +5.0 met", "KL B met", "index +1.0 not decidable within the sampling error"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("targets (-want +got):\n%s", diff)
	}
}

// TestBaselineRefusals: what -baseline and -target refuse, and how.
func TestBaselineRefusals(t *testing.T) {
	dir := t.TempDir()
	file := func(name, content string) string {
		path := dir + "/" + name
		if err := os.WriteFile(path, []byte(content), 0o600); err != nil {
			t.Fatal(err)
		}
		return path
	}
	ratings := file("ratings.csv", "respondent,BP1,BP2,BP3,AK1,AK2,AK3,KO1,KO2,KO3,HA1,HA2,HA3,LO1,LO2,LO3,AD1,AD2,AD3,KL1,KL2,KL3\n"+
		"R1,5,4,3,5,4,3,5,4,3,5,4,3,5,4,3,5,4,3,5,4,3\n")
	badTarget := file("t.csv", "value,target\nAD,+5.0\nKL,Z\n")
	twice := file("t2.csv", "value,target\nAD,+5.0\nadaptif,B\n")
	notJSON := file("b.json", "{\"method\":\"reach\",\"respondents\":3}")
	progtest.Cases(t, realMain, []progtest.Case{
		{Name: "target without baseline", Args: []string{"-target", "sample_targets.csv"}, Status: 2,
			Stderr: "report: -target memerlukan -baseline (target dinilai terhadap perubahan dari baseline)\n"},
		{Name: "a target that is none", Args: []string{"-lang", "en", "-baseline", "sample_baseline.json", "-target", badTarget}, Status: 1,
			Stderr: "report: " + badTarget + ":3: column target: akhlak: invalid target \"Z\"\n"},
		{Name: "a value with two targets", Args: []string{"-lang", "en", "-baseline", "sample_baseline.json", "-target", twice}, Status: 1,
			Stderr: "report: " + twice + ":3: column value: a second target, after line 2\n"},
		{Name: "reach against ratings", Args: []string{"-lang", "en", "-in", ratings, "-baseline", "sample_baseline.json"}, Status: 1,
			Stderr: "report: sample_baseline.json: akhlak: Compare: a score by reach against a score by rating: they measure different things: invalid input\n"},
		{Name: "a broken result", Args: []string{"-lang", "en", "-baseline", notJSON}, Status: 1,
			Stderr: "report: " + notJSON + ": akhlak: BallotResult JSON: no instrument, no minimum, or no respondents: a BallotResult's JSON carries all three: invalid input\n"},
	})
}
