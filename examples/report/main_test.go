package main

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/go-asn/berakhlak/berakhlaktest"
	"github.com/go-asn/berakhlak/examples/internal/lang"
	"github.com/google/go-cmp/cmp"
)

func write(t *testing.T, name, content string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestSampleIsGenerated checks that the embedded sample is exactly what the
// seeded generator writes, so it can always be reproduced.
func TestSampleIsGenerated(t *testing.T) {
	s := berakhlaktest.ReportSample()
	if !bytes.Equal(s.Instrument, sampleInstrument) || !bytes.Equal(s.Ballots, sampleBallots) {
		t.Fatal("embedded sample differs from the generator's output: run go generate ./examples/report")
	}
	if n := bytes.Count(sampleBallots, []byte("\n")) - 1; n != s.Respondents || n < 1000 {
		t.Errorf("sample has %d respondents", n)
	}
	if s.Employees != sampleEmployees {
		t.Errorf("sampleEmployees is %d, the sample's %d", sampleEmployees, s.Employees)
	}
}

func TestDefaultReport(t *testing.T) {
	var out bytes.Buffer
	if err := run(&out, config{picks: 10, scale: "1-5", lang: lang.EN}); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"synthetic sample agency (invented data)",
		"AD Adaptif                 37.1",
		"Indeks BerAKHLAK ",
		"Improvement focus (lowest value):\n  AD Adaptif — 37.1",
		"Most-voted behaviour:  AK1",
		"Least-voted behaviour: AD3",
		"Cultural entropy:      19.3% (19 in whole percent) — Minor issues",
		"Positive energy:       80.7%",
		"Current – desired:     4 — Good",
		"Respondents: 1,200, minimum 345 (Slovin, 5% margin, population 2,500): met.",
	} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("report lacks %q:\n%s", want, out.String())
		}
	}
}

func TestJSON(t *testing.T) {
	var out bytes.Buffer
	if err := run(&out, config{picks: 10, scale: "1-5", json: true}); err != nil {
		t.Fatal(err)
	}
	var top map[string]any
	if err := json.Unmarshal(out.Bytes(), &top); err != nil {
		t.Fatal(err)
	}
	if top["title"] == nil || top["minimum_checked"] != true {
		t.Errorf("title %v, minimum_checked %v", top["title"], top["minimum_checked"])
	}
	got, _ := top["result"].(map[string]any)
	for _, key := range []string{"respondents", "index", "category", "values", "entropy", "minimum", "alignment"} {
		if _, ok := got[key]; !ok {
			t.Errorf("JSON lacks %q", key)
		}
	}
	if got["entropy"] != "19.3" || got["respondents"] != float64(1200) {
		t.Errorf("entropy %v, respondents %v", got["entropy"], got["respondents"])
	}
	values, _ := got["values"].([]any)
	if len(values) != 7 {
		t.Fatalf("values: %v", got["values"])
	}
	first := values[5].(map[string]any)
	if diff := cmp.Diff(map[string]any{"value": "Adaptif", "code": "AD", "score": "37.1", "category": "C"}, first); diff != "" {
		t.Errorf("values[5] mismatch (-want +got):\n%s", diff)
	}
	if _, isString := got["index"].(string); !isString {
		t.Error("index is not a string")
	}
}

// TestSVGIsWellFormed parses the chart as XML and counts its bars.
func TestSVGIsWellFormed(t *testing.T) {
	path := filepath.Join(t.TempDir(), "r.svg")
	if err := run(io.Discard, config{picks: 10, scale: "1-5", svg: path}); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	dec := xml.NewDecoder(bytes.NewReader(data))
	rects, root := 0, ""
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatalf("SVG is not well-formed: %v", err)
		}
		if se, ok := tok.(xml.StartElement); ok {
			if root == "" {
				root = se.Name.Local
			}
			if se.Name.Local == "rect" {
				rects++
			}
		}
	}
	// The background, four category bands and eight bars (seven values
	// and the index).
	if root != "svg" || rects != 13 {
		t.Errorf("root %q, %d rects; want svg and 13", root, rects)
	}
	if !bytes.Contains(data, []byte("Adaptif: 37,1 (C Tidak Sehat)")) {
		t.Error("SVG lacks the Adaptif bar's title")
	}
}

func TestBallotFile(t *testing.T) {
	in := write(t, "b.csv", "respondent,personal,current,desired\n"+
		"R1,AK1;HA1,BP1;AK1;BIRO,AD1\n"+
		"R2,AK1,AK2;BIRO,AD1;AD2\n"+
		"R3,HA1,,\n") // no current picks: in every score's denominator
	inst := write(t, "i.csv", "code,kind,text\nBIRO,limiting,Birokratis\n")
	var out bytes.Buffer
	if err := run(&out, config{in: in, instrument: inst, picks: 10, scale: "1-5", json: true}); err != nil {
		t.Fatal(err)
	}
	var top struct {
		Result struct {
			Respondents int
			Index       string
			Entropy     string
			Values      []struct{ Code, Score string }
		}
	}
	if err := json.Unmarshal(out.Bytes(), &top); err != nil {
		t.Fatal(err)
	}
	got := top.Result
	// BP 1/3 = 33.3, AK 2/3 = 66.7; index (1+2)/21 = 14.3; entropy 2 of 5 votes = 40.0.
	if got.Respondents != 3 || got.Values[0].Score != "33.3" || got.Values[1].Score != "66.7" || got.Index != "14.3" || got.Entropy != "40.0" {
		t.Errorf("got %+v", got)
	}
	// A blank ballot is not a respondent: the row is an error naming its
	// line (issue 22, item 1).
	blank := write(t, "blank.csv", "respondent,personal,current,desired\nR1,AK1,BP1,AD1\nR2,,,\n")
	err := run(&out, config{in: blank, instrument: inst, picks: 10, scale: "1-5"})
	if err == nil || !strings.HasSuffix(err.Error(), "blank.csv:3: no pick in any list; a blank ballot is not a respondent") {
		t.Errorf("a blank ballot: %v", err)
	}
}

func TestRatingFile(t *testing.T) {
	header := "respondent,BP1,BP2,BP3,AK1,AK2,AK3,KO1,KO2,KO3,HA1,HA2,HA3,LO1,LO2,LO3,AD1,AD2,AD3,KL1,KL2,KL3\n"
	in := write(t, "r.csv", header+
		"A,5,5,5,4,4,4,3,3,3,2,2,2,1,1,1,5,,,4,4,4\n"+
		"B,5,5,5,4,4,4,3,3,3,2,2,2,1,1,1,3,,,4,4,4\n")
	var out bytes.Buffer
	if err := run(&out, config{in: in, picks: 10, scale: "1-5", employees: 2, lang: lang.EN}); err != nil {
		t.Fatal(err)
	}
	// AD: answers 5 and 3, mean 4: 75.0. Index (100+75+50+25+0+75+75)/7 = 57.1.
	for _, want := range []string{"BP Berorientasi Pelayanan 100.0", "AD Adaptif                 75.0", "Indeks BerAKHLAK           57.1", "Respondents: 2, minimum 2"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("report lacks %q:\n%s", want, out.String())
		}
	}
}

func TestPublishedProfile(t *testing.T) {
	var out bytes.Buffer
	// The 2022 national figures: index 60.9 B, Adaptif C.
	if err := run(&out, config{profile: "testdata/national2022.csv", picks: 10, scale: "1-5", lang: lang.EN}); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"AD Adaptif                 38.9", "C Tidak Sehat", "Indeks BerAKHLAK           60.9", "B Cukup Sehat"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("report lacks %q:\n%s", want, out.String())
		}
	}
}

func TestBadInput(t *testing.T) {
	ballotHeader := "respondent,personal,current,desired\n"
	ratingHeader := "respondent,BP1,BP2,BP3,AK1,AK2,AK3,KO1,KO2,KO3,HA1,HA2,HA3,LO1,LO2,LO3,AD1,AD2,AD3,KL1,KL2,KL3\n"
	row := ",3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3\n"
	tests := []struct {
		name string
		c    config
		file string
		want string
	}{
		{"wrong header", config{}, "id,a,b\n", `f.csv:1: the header "id,a,b" is neither a ballot file`},
		{"unknown option", config{}, ballotHeader + "R1,BP1,XX9,\n", `f.csv:2: column current: akhlak: unknown option "XX9"`},
		{"picked twice", config{}, ballotHeader + "R1,BP1;bp1,,\n", "f.csv:2: column personal: BP1: picked twice"},
		{"too many picks", config{picks: 2}, ballotHeader + "R1,,BP1;BP2;BP3,\n", "f.csv:2: column current: 3 picks: more than the 2 allowed"},
		{"empty code", config{}, ballotHeader + "R1,BP1;;BP2,,\n", `f.csv:2: column personal: empty option code in "BP1;;BP2"`},
		{"no respondent", config{}, ballotHeader + ",BP1,,\n", "f.csv:2: column respondent: empty"},
		{"short row", config{}, ballotHeader + "R1,BP1\n", "f.csv:2: column current: missing: the row has 2 fields, want 4 (respondent,personal,current,desired)"},
		{"answer off scale", config{}, ratingHeader + "R1" + strings.Replace(row, "3", "6", 1), `f.csv:2: column BP1: "6" is not an answer on the scale 1–5`},
		{"answer not a number", config{}, ratingHeader + "R1" + strings.Replace(row, ",3,3\n", ",x,3\n", 1), `f.csv:2: column KL2: "x" is not an answer`},
		{"rating header twice", config{}, strings.Replace(ratingHeader, "BP2", "BP1", 1), "f.csv:1: column BP1: appears twice: as BP1 (field 2) and BP1 (field 3)"},
		{"rating header short", config{}, "respondent,BP1,BP2\n", "f.csv:1: column BP3: missing: the header has no such column"},
		{"blank rating row", config{}, ratingHeader + "R1" + strings.Repeat(",", 21) + "\n", "f.csv:2: no behaviour rated; a blank row is not a respondent"},
		{"below minimum", config{employees: 2500}, ballotHeader + "R1,BP1,BP1,BP1\n", "no index published: 1 respondents, 345 required (Slovin, 5% margin, population 2,500)"},
		{"bad scale", config{scale: "5-1"}, ratingHeader, `-scale: survey: rating scale 5–1`},
		{"bad picks", config{picks: 0}, ballotHeader, "-picks 0: want at least 1"},
		{"negative employees", config{employees: -1}, ballotHeader, "-employees -1 is negative"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := tc.c
			if c.picks == 0 && tc.name != "bad picks" {
				c.picks = 10
			}
			if c.scale == "" {
				c.scale = "1-5"
			}
			c.in = write(t, "f.csv", tc.file)
			c.lang = lang.EN
			err := run(io.Discard, c)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error = %v, want it to contain %q", err, tc.want)
			}
		})
	}
}

func TestBadInstrument(t *testing.T) {
	in := write(t, "b.csv", "respondent,personal,current,desired\n")
	tests := []struct{ inst, want string }{
		{"code,kind,text\nX,scary,x\n", `i.csv:2: column kind: "scary": want limiting or positive`},
		{"code,kind,text\nBP1,limiting,x\n", `i.csv:2: column code: akhlak: instrument: option code "BP1" clashes with "BP1"`},
		{"code,kind,text\nX,limiting,x\nx,positive,y\n", `i.csv:3: column code:`},
		{"code,kind,text\nX,limiting,\n", `i.csv:2: column text: empty`},
		{"kode,jenis\n", `i.csv:1: column kode: unknown column: want code,kind,text`},
	}
	for _, tc := range tests {
		err := run(io.Discard, config{in: in, instrument: write(t, "i.csv", tc.inst), picks: 10, scale: "1-5"})
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("error = %v, want it to contain %q", err, tc.want)
		}
	}
	if err := run(io.Discard, config{instrument: "x.csv", picks: 10, scale: "1-5"}); err == nil {
		t.Error("-instrument without -in accepted")
	}
}

func TestReadProfileErrors(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"bad header", "nilai,skor\n", "header"},
		{"unknown value", "value,score\nJujur,50\n", `f.csv:2: column value: akhlak: unknown value "Jujur"`},
		{"bad score", "value,score\nLoyal,abc\n", `f.csv:2: column score: "abc" is not a number`},
		{"duplicate", "value,score\nLoyal,1\nloyal,2\n", "f.csv:3: column value: Loyal already on line 2"},
		{"incomplete", "value,score\nLoyal,1\n", "incomplete profile"},
		{"out of range", "value,score\nLoyal,101\n", "outside 0–100"},
		{"bad quoting", "value,score\n\"Loyal,1\n", "f.csv:2:"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := run(io.Discard, config{profile: write(t, "f.csv", tc.in), picks: 10, scale: "1-5"})
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error = %v, want it to contain %q", err, tc.want)
			}
		})
	}
}
