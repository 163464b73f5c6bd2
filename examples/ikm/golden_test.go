package main

import (
	"flag"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/go-asn/berakhlak/examples/internal/lang"
	"github.com/go-asn/berakhlak/examples/internal/progtest"
	"github.com/go-asn/berakhlak/survey"
	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/ with the program's output")

// runMain runs the program on stdin with args.
func runMain(stdin string, args ...string) progtest.Result {
	return progtest.Run(realMain, stdin, args...)
}

// TestMessages checks that every message of the table is in both
// languages, with the same formatting verbs.
func TestMessages(t *testing.T) {
	if err := lang.Check(msg); err != nil {
		t.Error(err)
	}
}

// TestGolden runs the program on the embedded sample and compares its
// whole output, byte for byte, with the files under testdata: the text in
// each language (Indonesian by default), and the JSON, which is the same
// bytes whatever -lang says. go test ./examples/ikm -update rewrites the
// files.
func TestGolden(t *testing.T) {
	tests := []struct {
		name, golden string
		args         []string
	}{
		{"default", "ikm.id.txt", nil},
		{"id", "ikm.id.txt", []string{"-lang", "id"}},
		{"en", "ikm.en.txt", []string{"-lang", "en"}},
		{"json", "ikm.json", []string{"-json"}},
		{"json id", "ikm.json", []string{"-json", "-lang", "id"}},
		{"json en", "ikm.json", []string{"-lang", "en", "-json"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := runMain("", tc.args...)
			if got.Status != 0 || got.Stderr != "" {
				t.Fatalf("%+v", got)
			}
			checkGolden(t, tc.golden, got.Stdout)
		})
	}
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
			"U1     Persyaratan                              4,00  100,00  A Sangat Baik  1.200    0",
			"U8     Penanganan Pengaduan, Saran dan Masukan  1,50  37,50   D Tidak Baik   1.200    0"},
		"en": {"Respondents: 1,200 (minimum 291 by Krejcie–Morgan for a population of 1,200: met)",
			"U1     Persyaratan                              4.00  100.00  A Sangat Baik  1,200    0",
			"U8     Penanganan Pengaduan, Saran dan Masukan  1.50  37.50   D Tidak Baik   1,200    0"},
	} {
		got := runMain("", "-in", path, "-population", "1200", "-lang", l)
		for _, w := range want {
			if !strings.Contains(got.Stdout, w) {
				t.Errorf("%s: output lacks %q:\n%+v", l, w, got)
			}
		}
	}
}

// checkGolden compares got with the golden file, or rewrites the file
// with -update.
func checkGolden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	want := progtest.Golden(t, path, []byte(got), *update)
	if diff := cmp.Diff(string(want), got); diff != "" {
		t.Errorf("output differs from %s (-want +got):\n%s", path, diff)
	}
}

// TestLanguageOfMessages checks the program's own messages in both
// languages, and that a bad -lang is a usage error.
func TestLanguageOfMessages(t *testing.T) {
	tests := []struct {
		name       string
		args       []string
		status     int
		wantStderr string
	}{
		{"below minimum, id", []string{"-population", "1000"}, 1,
			"ikm: IKM tidak diterbitkan: 64 responden, minimum 278 tidak terpenuhi\n"},
		{"below minimum, en", []string{"-population", "1000", "-lang", "en"}, 1,
			"ikm: no IKM published: 64 respondents, fewer than the 278 required\n"},
		{"below minimum, json", []string{"-population", "1000", "-json"}, 1,
			"ikm: IKM tidak diterbitkan: 64 responden, minimum 278 tidak terpenuhi\n"},
		{"-in without -population, id", []string{"-in", "x.csv"}, 2,
			"ikm: -in memerlukan -population, jumlah orang yang dilayani unit\n"},
		{"-in without -population, en", []string{"-lang", "en", "-in", "x.csv"}, 2,
			"ikm: -in needs -population, the number of people the unit served\n"},
		{"bad population, id", []string{"-population", "-5"}, 2,
			"ikm: -population -5: seharusnya 1 sampai 100.000.000\n"},
		{"bad population, en", []string{"-population", "-5", "-lang", "en"}, 2,
			"ikm: -population -5: want 1 to 100,000,000\n"},
		{"population too large, id", []string{"-population", "100000001"}, 2,
			"ikm: -population 100000001: seharusnya 1 sampai 100.000.000\n"},
		{"population too large, en", []string{"-population", "100000001", "-lang", "en"}, 2,
			"ikm: -population 100000001: want 1 to 100,000,000\n"},
		{"arguments, id", []string{"extra"}, 2, "ikm: argumen tak terduga [\"extra\"]\n"},
		{"arguments, en", []string{"-lang", "en", "extra"}, 2, "ikm: unexpected arguments [\"extra\"]\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := runMain("", tc.args...)
			want := progtest.Result{Status: tc.status, Stderr: tc.wantStderr}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
	for _, bad := range []string{"fr", "ID", ""} {
		got := runMain("", "-lang", bad)
		if got.Status != 2 || got.Stdout != "" || !strings.Contains(got.Stderr, "invalid value") {
			t.Errorf("-lang %q: %+v", bad, got)
		}
	}
}

// TestMaxPopulation checks that the bound the -population error names is
// the library's: survey.KrejcieMorgan accepts maxPopulation and refuses
// one more.
func TestMaxPopulation(t *testing.T) {
	if !survey.KrejcieMorgan(maxPopulation).IsValid() || survey.KrejcieMorgan(maxPopulation+1).IsValid() {
		t.Errorf("survey.KrejcieMorgan's largest population is not %d", maxPopulation)
	}
}
