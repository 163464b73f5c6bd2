package main

import (
	"fmt"
	"strings"
	"testing"

	"github.com/go-asn/berakhlak/examples/internal/progtest"
	"github.com/go-asn/berakhlak/survey"
	"github.com/google/go-cmp/cmp"
)

// runMain runs the program on stdin with args.
func runMain(stdin string, args ...string) progtest.Result {
	return progtest.Run(realMain, stdin, args...)
}

// TestMessages checks both languages: every message of the table in both,
// with the same formatting verbs, and a bad -lang refused.
func TestMessages(t *testing.T) { progtest.Languages(t, realMain, msg) }

// TestGolden runs the program on the embedded sample and compares its
// whole output, byte for byte, with the files under testdata: the text in
// each language (Indonesian by default), and the JSON, which is the same
// bytes whatever -lang says. go test ./examples/ikm -update rewrites the
// files.
func TestGolden(t *testing.T) {
	progtest.Cases(t, realMain, []progtest.Case{
		{Name: "default", Golden: "ikm.id.txt"},
		{Name: "id", Golden: "ikm.id.txt", Args: []string{"-lang", "id"}},
		{Name: "en", Golden: "ikm.en.txt", Args: []string{"-lang", "en"}},
		{Name: "json", Golden: "ikm.json", Args: []string{"-json"}},
		{Name: "json id", Golden: "ikm.json", Args: []string{"-json", "-lang", "id"}},
		{Name: "json en", Golden: "ikm.json", Args: []string{"-lang", "en", "-json"}},
	})
}

// TestJSONIndependentOfLang checks, on an input of 1,200 respondents,
// that -json writes the same bytes in both languages, with numbers as
// 1200 and "1.50".
func TestJSONIndependentOfLang(t *testing.T) {
	var in strings.Builder
	in.WriteString("respondent,U1,U2,U3,U4,U5,U6,U7,U8,U9\n")
	for i := range 1200 {
		fmt.Fprintf(&in, "R%d,4,4,4,4,4,4,4,%d,3\n", i, 1+i%2)
	}
	path := write(t, in.String())
	id := runMain("", "-in", path, "-population", "1200", "-json", "-lang", "id")
	en := runMain("", "-in", path, "-population", "1200", "-json", "-lang", "en")
	if id.Status != 0 || !strings.Contains(id.Stdout, `"respondents": 1200`) || !strings.Contains(id.Stdout, `"nrr": "1.50"`) {
		t.Fatalf("%+v", id)
	}
	if diff := cmp.Diff(en, id); diff != "" {
		t.Errorf("(-en +id):\n%s", diff)
	}
	// The text writes the same counts with the language's separator, and
	// the columns keep their alignment.
	for l, want := range map[string][]string{
		"id": {"Responden: 1.200 (minimum 291 menurut Krejcie–Morgan untuk populasi 1.200: terpenuhi)",
			"U1     Persyaratan                              4,000  100,00  A Sangat Baik  1.200    0",
			"U8     Penanganan Pengaduan, Saran dan Masukan  1,500  37,50   D Tidak Baik   1.200    0"},
		"en": {"Respondents: 1,200 (minimum 291 by Krejcie–Morgan for a population of 1,200: met)",
			"U1     Persyaratan                              4.000  100.00  A Sangat Baik  1,200    0",
			"U8     Penanganan Pengaduan, Saran dan Masukan  1.500  37.50   D Tidak Baik   1,200    0"},
	} {
		got := runMain("", "-in", path, "-population", "1200", "-lang", l)
		for _, w := range want {
			if !strings.Contains(got.Stdout, w) {
				t.Errorf("%s: output lacks %q:\n%+v", l, w, got)
			}
		}
	}
}

// TestLanguageOfMessages checks the program's own messages in both
// languages.
func TestLanguageOfMessages(t *testing.T) {
	progtest.Cases(t, realMain, []progtest.Case{
		{Name: "below minimum, id", Args: []string{"-population", "1000"}, Status: 1, Stderr: "ikm: IKM tidak diterbitkan: 64 responden, minimum 278 tidak terpenuhi\n"},
		{Name: "below minimum, en", Args: []string{"-population", "1000", "-lang", "en"}, Status: 1, Stderr: "ikm: no IKM published: 64 respondents, fewer than the 278 required\n"},
		{Name: "below minimum, json", Args: []string{"-population", "1000", "-json"}, Status: 1, Stderr: "ikm: IKM tidak diterbitkan: 64 responden, minimum 278 tidak terpenuhi\n"},
		{Name: "-in without -population, id", Args: []string{"-in", "x.csv"}, Status: 2, Stderr: "ikm: -in memerlukan -population, jumlah orang yang dilayani unit\n"},
		{Name: "-in without -population, en", Args: []string{"-lang", "en", "-in", "x.csv"}, Status: 2, Stderr: "ikm: -in needs -population, the number of people the unit served\n"},
		{Name: "bad population, id", Args: []string{"-population", "-5"}, Status: 2, Stderr: "ikm: -population -5: seharusnya 1 sampai 100.000.000\n"},
		{Name: "bad population, en", Args: []string{"-population", "-5", "-lang", "en"}, Status: 2, Stderr: "ikm: -population -5: want 1 to 100,000,000\n"},
		{Name: "population too large, id", Args: []string{"-population", "100000001"}, Status: 2, Stderr: "ikm: -population 100000001: seharusnya 1 sampai 100.000.000\n"},
		{Name: "population too large, en", Args: []string{"-population", "100000001", "-lang", "en"}, Status: 2, Stderr: "ikm: -population 100000001: want 1 to 100,000,000\n"},
		{Name: "arguments, id", Args: []string{"extra"}, Status: 2, Stderr: "ikm: argumen tak terduga [\"extra\"]\n"},
		{Name: "arguments, en", Args: []string{"-lang", "en", "extra"}, Status: 2, Stderr: "ikm: unexpected arguments [\"extra\"]\n"},
	})
}

// TestMaxPopulation checks that the bound the -population error names is
// the library's: survey.KrejcieMorgan accepts maxPopulation and refuses
// one more.
func TestMaxPopulation(t *testing.T) {
	if !survey.KrejcieMorgan(maxPopulation).IsValid() || survey.KrejcieMorgan(maxPopulation+1).IsValid() {
		t.Errorf("survey.KrejcieMorgan's largest population is not %d", maxPopulation)
	}
}
