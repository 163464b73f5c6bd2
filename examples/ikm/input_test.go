package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/go-asn/berakhlak/examples/internal/progtest"
	"github.com/google/go-cmp/cmp"
)

// TestFault23Item10HostileStrings runs the program over inputs that
// carry strings that would drive a terminal (progtest.Hostile): bad
// cells and headers, a file's name in the text and in the JSON, flags.
// Nothing of them may reach standard output or standard error raw; the
// good runs must succeed, so that the strings are printed.
func TestFault23Item10HostileStrings(t *testing.T) {
	dir := t.TempDir()
	header := []string{"respondent", "U1", "U2", "U3", "U4", "U5", "U6", "U7", "U8", "U9"}
	type run struct {
		name       string
		stdin      string
		args       []string
		wantStatus int
	}
	var runs []run
	for i, h := range progtest.Hostile() {
		runs = append(runs,
			run{fmt.Sprintf("bad answer %d", i), progtest.CSV(header, []string{h, "1", "2", "3", "4", h, "1", "2", "3", "4"}), []string{"-in", "-", "-population", "70"}, 1},
			run{fmt.Sprintf("bad header %d", i), progtest.CSV([]string{"respondent", h}), []string{"-in", "-", "-population", "70"}, 1},
			run{fmt.Sprintf("no such file %d", i), "", []string{"-in", filepath.Join(dir, "missing"+h), "-population", "70"}, 1},
			run{fmt.Sprintf("population %d", i), "", []string{"-population", h}, 2},
			run{fmt.Sprintf("unknown flag %d", i), "", []string{"-" + h}, 2},
			run{fmt.Sprintf("argument %d", i), "", []string{h}, 2},
		)
		if !strings.ContainsAny(h, "/\x00") {
			name := filepath.Join(dir, fmt.Sprintf("%d-%s.csv", i, h))
			if err := os.WriteFile(name, sampleExport, 0o600); err != nil {
				t.Fatal(err)
			}
			runs = append(runs,
				run{fmt.Sprintf("file name %d", i), "", []string{"-in", name, "-population", "70"}, 0},
				run{fmt.Sprintf("file name, JSON %d", i), "", []string{"-in", name, "-population", "70", "-json"}, 0})
		}
	}
	for _, r := range runs {
		t.Run(r.name, func(t *testing.T) {
			got := runMain(r.stdin, r.args...)
			if got.Status != r.wantStatus {
				t.Errorf("status %d, want %d: %+v", got.Status, r.wantStatus, got)
			}
			progtest.CheckTerminal(t, got)
		})
	}
}

// TestFault23Item11MoreRespondentsThanPopulation: a survey cannot have
// more respondents than the people the unit served; -population below
// the respondents is refused, naming the flag and the counts (issue 23,
// item 11: -population 1 with 64 respondents printed "met").
func TestFault23Item11MoreRespondentsThanPopulation(t *testing.T) {
	tests := []struct {
		args []string
		want progtest.Result
	}{
		{[]string{"-population", "1", "-lang", "en"}, progtest.Result{Status: 1, Stderr: "ikm: -population 1 is smaller than the respondents: survey: 64 respondents, more than the population of 1 (Krejcie–Morgan, population 1): invalid input\n"}},
		{[]string{"-population", "63", "-json"}, progtest.Result{Status: 1, Stderr: "ikm: -population 63 lebih kecil dari jumlah responden: survey: 64 respondents, more than the population of 63 (Krejcie–Morgan, population 63): invalid input\n"}},
	}
	for _, tc := range tests {
		t.Run(strings.Join(tc.args, " "), func(t *testing.T) {
			if diff := cmp.Diff(tc.want, runMain("", tc.args...)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
	if got := runMain("", "-population", "64", "-lang", "en"); got.Status != 0 || !strings.Contains(got.Stdout, "Respondents: 64 (minimum") {
		t.Errorf("all 64 people answered: %+v", got)
	}
}

// TestFault23Item12FlagErrors: a flag whose value is out of range, or a
// flag another needs, is a usage error (exit status 2), as a malformed
// flag is (issue 23, item 12: -population -1 exited 1, and -max-line 0
// and -1 were silently the default).
func TestFault23Item12FlagErrors(t *testing.T) {
	tests := []struct {
		args []string
		want progtest.Result
	}{
		{[]string{"-population", "-1", "-lang", "en"}, progtest.Result{Status: 2, Stderr: "ikm: -population -1: want 1 to 100,000,000\n"}},
		{[]string{"-in", "x.csv", "-lang", "en"}, progtest.Result{Status: 2, Stderr: "ikm: -in needs -population, the number of people the unit served\n"}},
		{[]string{"-max-line", "0"}, progtest.Result{Status: 2, Stderr: "ikm: -max-line 0: want 1 to 1073741824 bytes (1 GiB)\n"}},
		{[]string{"-workers", "257"}, progtest.Result{Status: 2, Stderr: "ikm: -workers 257: want 0 (one per core) to 256\n"}},
		{[]string{"-max-line", "-1"}, progtest.Result{Status: 2, Stderr: "ikm: -max-line -1: want 1 to 1073741824 bytes (1 GiB)\n"}},
	}
	for _, tc := range tests {
		t.Run(strings.Join(tc.args, " "), func(t *testing.T) {
			if diff := cmp.Diff(tc.want, runMain("", tc.args...)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}
