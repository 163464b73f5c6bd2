package main

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/go-asn/berakhlak/examples/internal/progtest"

	"github.com/go-asn/berakhlak/survey"
	"github.com/google/go-cmp/cmp"
)

// TestMessages checks both languages: every message of the table in both,
// with the same formatting verbs, and a bad -lang refused.
func TestMessages(t *testing.T) { progtest.Languages(t, realMain, msg) }

// TestGolden runs the program on the embedded sample and compares its
// whole output, byte for byte, with testdata/engagement.LANG.txt. The
// default language is Indonesian. go test ./examples/engagement -update
// rewrites the files.
func TestGolden(t *testing.T) {
	progtest.Cases(t, realMain, []progtest.Case{
		{Name: "default", Golden: "engagement.id.txt"},
		{Name: "id", Golden: "engagement.id.txt", Args: []string{"-lang", "id"}},
		{Name: "en", Golden: "engagement.en.txt", Args: []string{"-lang", "en"}},
		{Name: "baseline, id", Golden: "engagement-baseline.id.txt", Args: []string{"-baseline", "sample_baseline.csv"}},
		{Name: "baseline, en", Golden: "engagement-baseline.en.txt", Args: []string{"-lang", "en", "-baseline", "sample_baseline.csv"}},
	})
}

// TestLanguageOfMessages checks the program's own messages in both
// languages.
func TestLanguageOfMessages(t *testing.T) {
	progtest.Cases(t, realMain, []progtest.Case{
		{Name: "below minimum, id", Args: []string{"-minimum", "200"}, Status: 1, Stderr: "engagement: angka tidak diterbitkan: 183 responden, minimum 200 tidak terpenuhi\n"},
		{Name: "below minimum, en", Args: []string{"-minimum", "200", "-lang", "en"}, Status: 1, Stderr: "engagement: no figures published: 183 respondents, fewer than the 200 required\n"},
		{Name: "below minimum, thousands, id", Args: []string{"-minimum", "1500"}, Status: 1, Stderr: "engagement: angka tidak diterbitkan: 183 responden, minimum 1.500 tidak terpenuhi\n"},
		{Name: "below minimum, thousands, en", Args: []string{"-lang", "en", "-minimum", "1500"}, Status: 1, Stderr: "engagement: no figures published: 183 respondents, fewer than the 1,500 required\n"},
		{Name: "-in without -instrument, id", Args: []string{"-in", "x.csv"}, Status: 2, Stderr: "engagement: -in memerlukan -instrument\n"},
		{Name: "-in without -instrument, en", Args: []string{"-lang", "en", "-in", "x.csv"}, Status: 2, Stderr: "engagement: -in needs -instrument\n"},
		{Name: "both stdin, id", Args: []string{"-in", "-", "-instrument", "-"}, Status: 2, Stderr: "engagement: -in dan -instrument tidak dapat sama-sama membaca masukan standar\n"},
		{Name: "baseline and -in on stdin, id", Args: []string{"-in", "-", "-instrument", "instrument.csv", "-baseline", "-"}, Status: 2, Stderr: "engagement: -baseline tidak dapat membaca masukan standar bersama -in atau -instrument\n"},
		{Name: "baseline and -instrument on stdin, en", Args: []string{"-lang", "en", "-in", "sample.csv", "-instrument", "-", "-baseline", "-"}, Status: 2, Stderr: "engagement: -baseline cannot read standard input with -in or -instrument\n"},
		{Name: "baseline below minimum, id", Args: []string{"-minimum", "175", "-baseline", "sample_baseline.csv"}, Status: 1, Stderr: "engagement: -baseline \"sample_baseline.csv\": angka tidak diterbitkan: 171 responden, minimum 175 tidak terpenuhi\n"},
		{Name: "baseline below minimum, en", Args: []string{"-lang", "en", "-minimum", "175", "-baseline", "sample_baseline.csv"}, Status: 1, Stderr: "engagement: -baseline \"sample_baseline.csv\": no figures published: 171 respondents, fewer than the 175 required\n"},
		{Name: "baseline missing", Args: []string{"-baseline", "no-such.csv"}, Status: 1, Stderr: "engagement: open no-such.csv: no such file or directory\n"},
		{Name: "both samples, en", Args: []string{"-lang", "en", "-write-sample", "a.csv", "-write-baseline-sample", "b.csv"}, Status: 2, Stderr: "engagement: -write-sample and -write-baseline-sample cannot go together\n"},
		{Name: "arguments, id", Args: []string{"extra"}, Status: 2, Stderr: "engagement: argumen tak terduga [\"extra\"]\n"},
		{Name: "arguments, en", Args: []string{"-lang", "en", "extra"}, Status: 2, Stderr: "engagement: unexpected arguments [\"extra\"]\n"},
	})
}

// TestNoAlpha checks the three reasons a dimension has no alpha, in both
// languages: one item, fewer than two complete respondents, no variance.
func TestNoAlpha(t *testing.T) {
	inst := writeFile(t, "i.csv", "code,dimension\nA,Satu\nB,Sedikit\nC,Sedikit\nD,Rata\nE,Rata\n")
	export := writeFile(t, "e.csv", "respondent,unit,A,B,C,D,E\nP1,U,4,4,5,3,3\nP2,U,3,,2,4,2\nP3,U,2,1,,2,4\n")
	tests := []struct {
		lang string
		want []string
	}{
		{"id", []string{
			"Satu     3,00       33,3%      tidak ada: dimensi ini hanya memiliki satu butir\n",
			"Sedikit  3,00       50,0%      tidak ada: kurang dari dua responden yang menjawab semua butir (n=1)\n",
			"Rata     3,00       33,3%      tidak ada: semua responden yang menjawab semua butir memiliki total skor yang sama (n=3)\n",
		}},
		{"en", []string{
			"Satu       3.00  33.3%       none: the dimension has one item\n",
			"Sedikit    3.00  50.0%       none: fewer than two respondents answered every item (n=1)\n",
			"Rata       3.00  33.3%       none: every respondent who answered every item has the same total (n=3)\n",
		}},
	}
	for _, tc := range tests {
		got := runMain("", "-in", export, "-instrument", inst, "-minimum", "1", "-confidentiality", "1", "-lang", tc.lang)
		for _, w := range tc.want {
			if !strings.Contains(got.Stdout, w) {
				t.Errorf("%s: output lacks %q:\n%+v", tc.lang, w, got)
			}
		}
	}
}

// TestWhyNoAlpha checks how the error of engagement.Result.Alpha becomes
// the reason the report gives: the reasons wrapping survey.ErrNoFigure by
// the counts, and any other error returned, never published as a reason.
// TestNoAlpha checks the library's own errors end to end.
func TestWhyNoAlpha(t *testing.T) {
	noFigure := fmt.Errorf("engagement: dimension %q: %w", "D", survey.ErrNoFigure)
	withheld := fmt.Errorf("engagement: dimension %q: %w (%w)", "D", survey.ErrNoFigure, survey.ErrWithheld)
	other := errors.New("engagement: something else went wrong")
	invalid := fmt.Errorf("engagement: %w", survey.ErrInvalidInput)
	tests := []struct {
		name     string
		err      error
		items, n int
		want     noAlpha
		wantErr  error
	}{
		{"alpha", nil, 3, 10, hasAlpha, nil},
		{"one item", noFigure, 1, 10, oneItem, nil},
		{"one item, one respondent", noFigure, 1, 1, oneItem, nil},
		{"fewer than two complete", noFigure, 2, 1, fewAnswers, nil},
		{"no complete respondent", noFigure, 4, 0, fewAnswers, nil},
		{"no variance", noFigure, 2, 3, noVariance, nil},
		{"withheld for confidentiality", withheld, 2, 3, alphaWithheld, nil},
		{"unknown error, counts of no variance", other, 2, 3, hasAlpha, other},
		{"unknown error, counts of one item", other, 1, 0, hasAlpha, other},
		{"another sentinel", invalid, 2, 3, hasAlpha, survey.ErrInvalidInput},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := whyNoAlpha(tc.err, tc.items, tc.n)
			if !errors.Is(err, tc.wantErr) || (err == nil) != (tc.wantErr == nil) {
				t.Errorf("error = %v, want %v", err, tc.wantErr)
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("reason (-want +got):\n%s", diff)
			}
		})
	}
}
