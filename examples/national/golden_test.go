package main

import (
	"flag"
	"path/filepath"
	"strings"
	"testing"

	"github.com/go-asn/berakhlak/examples/internal/progtest"

	"github.com/go-asn/berakhlak/examples/internal/lang"
	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/ with the program's output")

// TestMessages checks that every message of the table is in both
// languages, with the same formatting verbs.
func TestMessages(t *testing.T) {
	if err := lang.Check(msg); err != nil {
		t.Error(err)
	}
}

// TestGolden runs the program on the embedded sample and compares its
// whole output, byte for byte, with testdata/national.LANG.txt. The
// default language is Indonesian. go test ./examples/national -update
// rewrites the files.
func TestGolden(t *testing.T) {
	tests := []struct {
		name, golden string
		args         []string
	}{
		{"default", "national.id.txt", nil},
		{"id", "national.id.txt", []string{"-lang", "id"}},
		{"en", "national.en.txt", []string{"-lang", "en"}},
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
	const h = "unit,respondents,employees,BP,AK,KO,HA,LO,AD,KL\n"
	none := h + "A,1,1000,1,1,1,1,1,1,1\nB,2,1200,1,1,1,1,1,1,1\n"
	tests := []struct {
		name, stdin string
		args        []string
		status      int
		wantStderr  string
	}{
		{"none qualifies, id", none, []string{"-in", "-"}, 1,
			"national: indeks nasional tidak diterbitkan: tidak satu pun dari 2 instansi memenuhi jumlah minimum respondennya\n"},
		{"none qualifies, en", none, []string{"-in", "-", "-lang", "en"}, 1,
			"national: no national index: none of the 2 units met its minimum\n"},
		{"no units, id", h, []string{"-in", "-"}, 1, "national: stdin: tidak ada instansi\n"},
		{"no units, en", h, []string{"-in", "-", "-lang", "en"}, 1, "national: stdin: no units\n"},
		{"margin, id", "", []string{"-margin", "60"}, 2, "national: -margin 60 di luar 1–50\n"},
		{"margin, en", "", []string{"-margin", "60", "-lang", "en"}, 2, "national: -margin 60 outside 1–50\n"},
		{"arguments, id", "", []string{"extra"}, 2, "national: argumen tak terduga [\"extra\"]\n"},
		{"arguments, en", "", []string{"-lang", "en", "extra"}, 2, "national: unexpected arguments [\"extra\"]\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := runMain(tc.stdin, tc.args...)
			want := result{Status: tc.status, Stderr: tc.wantStderr}
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
