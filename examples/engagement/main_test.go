package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
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

func TestSampleReport(t *testing.T) {
	var out bytes.Buffer
	if err := run(&out, options{minimum: 140}); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"Respondents: 183 (minimum 140: met)",
		"Engagement index (percent favourable, top two boxes; library default): 54.5%",
		"Komitmen    3.57  54.2%       0.783 (n=161)",
		"eNPS: +14",
		"UPT Kecil           3 respondents   not reported (3 respondents, below the confidentiality threshold of 5)",
		"Bidang Pengawasan   29 respondents  not reported (complementary suppression:",
	} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
	if err := run(&bytes.Buffer{}, options{minimum: 200}); err == nil || !strings.Contains(err.Error(), "183 of the 200 required") {
		t.Errorf("below minimum: %v", err)
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
