package main

import (
	"strings"
	"testing"

	"github.com/go-asn/berakhlak/examples/internal/progtest"
)

// TestMessages checks both languages: every message of the table in both,
// with the same formatting verbs, and a bad -lang refused.
func TestMessages(t *testing.T) { progtest.Languages(t, realMain, msg) }

// TestGolden runs the program on the embedded sample and compares its
// whole output, byte for byte, with testdata/national.LANG.txt. The
// default language is Indonesian. go test ./examples/national -update
// rewrites the files.
func TestGolden(t *testing.T) {
	progtest.Cases(t, realMain, []progtest.Case{
		{Name: "default", Golden: "national.id.txt"},
		{Name: "id", Golden: "national.id.txt", Args: []string{"-lang", "id"}},
		{Name: "en", Golden: "national.en.txt", Args: []string{"-lang", "en"}},
	})
}

// TestLanguageOfMessages checks the program's own messages in both
// languages.
func TestLanguageOfMessages(t *testing.T) {
	const h = "unit,respondents,employees,BP,AK,KO,HA,LO,AD,KL\n"
	none := h + "A,1,1000,1,1,1,1,1,1,1\nB,2,1200,1,1,1,1,1,1,1\n"
	progtest.Cases(t, realMain, []progtest.Case{
		{Name: "none qualifies, id", Stdin: none, Args: []string{"-in", "-"}, Status: 1, Stderr: "national: indeks nasional tidak diterbitkan: tidak satu pun dari 2 instansi memenuhi jumlah minimum respondennya\n"},
		{Name: "none qualifies, en", Stdin: none, Args: []string{"-in", "-", "-lang", "en"}, Status: 1, Stderr: "national: no national index: none of the 2 units met its minimum\n"},
		{Name: "no units, id", Stdin: h, Args: []string{"-in", "-"}, Status: 1, Stderr: "national: stdin: tidak ada instansi\n"},
		{Name: "no units, en", Stdin: h, Args: []string{"-in", "-", "-lang", "en"}, Status: 1, Stderr: "national: stdin: no units\n"},
		{Name: "margin, id", Args: []string{"-margin", "60"}, Status: 2, Stderr: "national: -margin 60 di luar 1–50\n"},
		{Name: "margin, en", Args: []string{"-margin", "60", "-lang", "en"}, Status: 2, Stderr: "national: -margin 60 outside 1–50\n"},
		{Name: "arguments, id", Args: []string{"extra"}, Status: 2, Stderr: "national: argumen tak terduga [\"extra\"]\n"},
		{Name: "arguments, en", Args: []string{"-lang", "en", "extra"}, Status: 2, Stderr: "national: unexpected arguments [\"extra\"]\n"},
	})
}

// TestThousands checks counts of 1,000 and more in both notations, and
// that the value table keeps its columns: scores are right-aligned, so
// that 100,0 and 39,4 end in the same column.
func TestThousands(t *testing.T) {
	in := "unit,respondents,employees,BP,AK,KO,HA,LO,AD,KL\n" +
		"Big,1900,2000,58.2,75.1,57.0,64.3,66.1,39.4,100\n" +
		"Small,1000,1200000,58.2,75.1,57.0,64.3,66.1,39.4,70.2\n"
	tests := []struct {
		lang string
		want []string
	}{
		{"id", []string{"  AD Adaptif                 39,4\n  KL Kolaboratif            100,0\n",
			"  Small: 1.000 responden, kurang dari minimum 9.918 (Slovin, margin 1%, populasi 1.200.000 pegawai)\n"}},
		{"en", []string{"  AD Adaptif                 39.4\n  KL Kolaboratif            100.0\n",
			"  Small: 1,000 respondents, 9,918 required (Slovin, 1% margin, population 1,200,000)\n"}},
	}
	for _, tc := range tests {
		got := runMain(in, "-in", "-", "-margin", "1", "-lang", tc.lang)
		for _, w := range tc.want {
			if !strings.Contains(got.Stdout, w) {
				t.Errorf("%s: output lacks %q:\n%+v", tc.lang, w, got)
			}
		}
	}
}
