package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/go-asn/berakhlak/akhlak"
	"github.com/go-asn/berakhlak/examples/internal/progtest"
	"github.com/google/go-cmp/cmp"
)

const (
	ballotHeader = "respondent,personal,current,desired\n"
	ratingHeader = "respondent,BP1,BP2,BP3,AK1,AK2,AK3,KO1,KO2,KO3,HA1,HA2,HA3,LO1,LO2,LO3,AD1,AD2,AD3,KL1,KL2,KL3\n"
)

// result is a run of the program: its exit status, stdout and stderr.
type result = progtest.Result

// runMain runs the program on stdin with args.
func runMain(stdin string, args ...string) result { return progtest.Run(realMain, stdin, args...) }

// TestFault2DuplicateRespondents: a repeated respondent id is an error
// naming both lines; from standard input it is a probable duplicate;
// -allow-duplicates turns the check off.
func TestFault2DuplicateRespondents(t *testing.T) {
	ballots := ballotHeader + "R1,BP1,BP1,BP1\nR2,AK1,AK1,AK1\nR1,BP1,BP1,BP1\n"
	ratings := ratingHeader + "R1" + strings.Repeat(",3", 21) + "\nR1" + strings.Repeat(",4", 21) + "\n"
	tests := []struct {
		name  string
		stdin string
		args  []string
		want  result
	}{
		{"ballots", "", []string{"-in", write(t, "b.csv", ballots)},
			result{Status: 1, Stdout: "", Stderr: `b.csv:4: column respondent: "R1" already on line 2`}},
		{"ratings", "", []string{"-in", write(t, "r.csv", ratings)},
			result{Status: 1, Stdout: "", Stderr: `r.csv:3: column respondent: "R1" already on line 2`}},
		{"concatenated exports", "", []string{"-in", write(t, "c.csv", ballots[:len(ballots)-len("R1,BP1,BP1,BP1\n")]+ballots[len(ballotHeader):])},
			result{Status: 1, Stdout: "", Stderr: `c.csv:4: column respondent: "R1" already on line 2`}},
		{"stdin", ballots, []string{"-in", "-"},
			result{Status: 1, Stdout: "", Stderr: `stdin:4: column respondent: "R1" is probably a duplicate of line 2 (the same 64-bit hash; stdin cannot be re-read to confirm`}},
		{"allowed", "", []string{"-in", write(t, "a.csv", ballots), "-allow-duplicates", "-json"},
			result{Status: 0, Stdout: `"respondents": 3`, Stderr: ""}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := runMain(tc.stdin, tc.args...)
			if got.Status != tc.want.Status || !strings.Contains(got.Stdout, tc.want.Stdout) || !strings.Contains(got.Stderr, tc.want.Stderr) ||
				tc.want.Stdout == "" && got.Stdout != "" {
				t.Errorf("got %+v\nwant (contained) %+v", got, tc.want)
			}
		})
	}
}

// TestFault5BOMQuotedHeader: Excel's "CSV UTF-8" writes a byte order
// mark and then a quoted first cell.
func TestFault5BOMQuotedHeader(t *testing.T) {
	plain := ballotHeader + "R1,BP1;AK1,BP1,AD1\n"
	excel := "\ufeff\"respondent\",\"personal\",\"current\",\"desired\"\r\n\"R1\",\"BP1;AK1\",\"BP1\",\"AD1\"\r\n"
	want := runMain(plain, "-in", "-", "-json")
	got := runMain(excel, "-in", "-", "-json")
	if diff := cmp.Diff(want, got); diff != "" || want.Status != 0 {
		t.Errorf("(-plain +excel):\n%s", diff)
	}
}

// TestColumnsInAnyOrder: columns are matched by name, so the same
// answers in another column order give the same report.
func TestColumnsInAnyOrder(t *testing.T) {
	codes := strings.Split(strings.TrimSpace(ratingHeader), ",")
	rows := [][]string{append([]string{"A"}, strings.Split(strings.Repeat("5,", 10)+strings.Repeat("1,", 10)+"3", ",")...),
		append([]string{"B"}, strings.Split(strings.Repeat("4,", 20)+"2", ",")...)}
	csvOf := func(order []int) string {
		var b strings.Builder
		for k, i := range order {
			if k > 0 {
				b.WriteByte(',')
			}
			b.WriteString(codes[i])
		}
		b.WriteByte('\n')
		for _, r := range rows {
			for k, i := range order {
				if k > 0 {
					b.WriteByte(',')
				}
				b.WriteString(r[i])
			}
			b.WriteByte('\n')
		}
		return b.String()
	}
	var order, reversed []int
	for i := range codes {
		order = append(order, i)
		reversed = append(reversed, len(codes)-1-i)
	}
	want := runMain(csvOf(order), "-in", "-", "-json")
	got := runMain(csvOf(reversed), "-in", "-", "-json")
	if diff := cmp.Diff(want, got); diff != "" || want.Status != 0 {
		t.Errorf("(-in order +reversed):\n%s", diff)
	}
}

// TestStdinAndLimits: -in - reads standard input; -max-line bounds a
// line; on every error stdout is empty and the status is 1.
func TestStdinAndLimits(t *testing.T) {
	ok := ballotHeader + "R1,BP1,BP1,BP1\n"
	tests := []struct {
		name  string
		stdin string
		args  []string
		want  result
	}{
		{"stdin", ok, []string{"-in", "-", "-json"}, result{Status: 0, Stdout: `"title": "Indeks BerAKHLAK — stdin"`, Stderr: ""}},
		{"line too long", ballotHeader + "R1," + strings.Repeat("BP1;", 100) + ",,\n", []string{"-in", "-", "-max-line", "100"},
			result{Status: 1, Stdout: "", Stderr: "report: stdin:2: line longer than 100 bytes (the limit; raise it with -max-line)"}},
		{"CR only", strings.ReplaceAll(ok, "\n", "\r"), []string{"-in", "-"},
			result{Status: 1, Stdout: "", Stderr: "report: stdin:1: the lines end with a carriage return alone"}},
		{"both on stdin", ok, []string{"-lang", "en", "-in", "-", "-instrument", "-"}, result{Status: 2, Stdout: "", Stderr: "report: -in and -instrument cannot both read standard input"}},
		{"both on stdin, id", ok, []string{"-in", "-", "-instrument", "-"}, result{Status: 2, Stdout: "", Stderr: "report: -in dan -instrument tidak dapat sama-sama membaca masukan standar"}},
		{"unknown language", "", []string{"-lang", "fr"}, result{Status: 2, Stdout: "", Stderr: `invalid value "fr" for flag -lang: unknown language "fr" (want id or en)`}},
		{"arguments, en", "", []string{"-lang=en", "x"}, result{Status: 2, Stdout: "", Stderr: `report: unexpected arguments ["x"]`}},
		{"arguments, id", "", []string{"x"}, result{Status: 2, Stdout: "", Stderr: `report: argumen tak terduga ["x"]`}},
		{"help with -lang en", "", []string{"--lang", "en", "-h"}, result{Status: 2, Stdout: "", Stderr: "language of the output: id (Bahasa Indonesia) or en"}},
		{"help, English by default", "", []string{"-h"}, result{Status: 2, Stdout: "", Stderr: "language of the output: id (Bahasa Indonesia) or en"}},
		{"bad flag", "", []string{"-nope"}, result{Status: 2, Stdout: "", Stderr: "flag provided but not defined"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := runMain(tc.stdin, tc.args...)
			if got.Status != tc.want.Status || !strings.Contains(got.Stdout, tc.want.Stdout) || !strings.Contains(got.Stderr, tc.want.Stderr) ||
				tc.want.Stdout == "" && got.Stdout != "" {
				t.Errorf("got %+v\nwant (contained) %+v", got, tc.want)
			}
		})
	}
}

// TestCodeTable checks the allocation-free option lookup against
// Instrument.Lookup, the rule, for every code and spelling variants.
func TestCodeTable(t *testing.T) {
	extras, err := readInstrument("i.csv", bytes.NewReader(sampleInstrument), readOptions{})
	if err != nil {
		t.Fatal(err)
	}
	inst := mustInstrument(t, extras)
	c := newCodeTable(inst)
	var inputs []string
	for _, o := range inst.Options() {
		inputs = append(inputs, o.Code, strings.ToLower(o.Code), " "+o.Code, o.Code+"x", strings.ReplaceAll(o.Code, "-", "_"))
	}
	inputs = append(inputs, "BP0", "BP4", "ZZ1", "b p1", "", "@P1", "\xffP1", "B1")
	for _, in := range inputs {
		wantID, wantErr := inst.Lookup(in)
		gotID, gotErr := c.lookup([]byte(in))
		if wantID != gotID || (wantErr == nil) != (gotErr == nil) {
			t.Errorf("%q: lookup %v, %v; Instrument.Lookup %v, %v", in, gotID, gotErr, wantID, wantErr)
		}
	}
}

func mustInstrument(t *testing.T, extras []akhlak.Option) akhlak.Instrument {
	t.Helper()
	inst, err := akhlak.NewInstrument(10, extras...)
	if err != nil {
		t.Fatal(err)
	}
	return inst
}

// TestFault23Item10HostileStrings runs the program over inputs that
// carry strings that would drive a terminal (progtest.Hostile): the title
// and period, an instrument's codes and texts, a file's name, bad cells
// of every kind of file, flags. Nothing of them may reach standard output
// (text or JSON) or standard error raw; the good runs must succeed, so
// that the strings are printed.
func TestFault23Item10HostileStrings(t *testing.T) {
	dir := t.TempDir()
	type run struct {
		name       string
		stdin      string
		args       []string
		wantStatus int
	}
	var runs []run
	for i, h := range progtest.Hostile() {
		code := fmt.Sprintf("X%d-%s-Z", i, strings.ReplaceAll(h, ";", "")) // ";" separates codes
		inst := write(t, fmt.Sprintf("inst%d.csv", i), progtest.CSV([]string{"code", "kind", "text"}, []string{code, "limiting", h}))
		ballots := progtest.CSV([]string{"respondent", "personal", "current", "desired"}, []string{h, code + ";BP1", code, "AK1;" + code})
		runs = append(runs,
			run{fmt.Sprintf("title and period %d", i), "", []string{"-title", h, "-period", h}, 0},
			run{fmt.Sprintf("title and period, JSON %d", i), "", []string{"-title", h, "-period", h, "-json"}, 0},
			run{fmt.Sprintf("instrument %d", i), ballots, []string{"-in", "-", "-instrument", inst}, 0},
			run{fmt.Sprintf("instrument, JSON %d", i), ballots, []string{"-in", "-", "-instrument", inst, "-json"}, 0},
			run{fmt.Sprintf("unknown code %d", i), progtest.CSV([]string{"respondent", "personal", "current", "desired"}, []string{"R1", h, "", ""}), []string{"-in", "-"}, 1},
			run{fmt.Sprintf("bad kind %d", i), ballots, []string{"-in", "-", "-instrument", write(t, "k.csv", progtest.CSV([]string{"code", "kind", "text"}, []string{"X", h, "x"}))}, 1},
			run{fmt.Sprintf("bad rating %d", i), ratingHeader + "R1," + strings.Repeat("3,", 20) + progtest.CSV([]string{h}), []string{"-in", "-"}, 1},
			run{fmt.Sprintf("bad header %d", i), progtest.CSV([]string{"respondent", h}), []string{"-in", "-"}, 1},
			run{fmt.Sprintf("profile value %d", i), progtest.CSV([]string{"value", "score"}, []string{h, "50"}), []string{"-profile", "-"}, 1},
			run{fmt.Sprintf("profile score %d", i), progtest.CSV([]string{"value", "score"}, []string{"BP", h}), []string{"-profile", "-"}, 1},
			run{fmt.Sprintf("scale %d", i), "", []string{"-scale", h}, 2},
			run{fmt.Sprintf("no such file %d", i), "", []string{"-in", filepath.Join(dir, "missing"+h)}, 1},
			run{fmt.Sprintf("unknown flag %d", i), "", []string{"-" + h}, 2},
			run{fmt.Sprintf("argument %d", i), "", []string{h}, 2},
		)
		if !strings.ContainsAny(h, "/\x00") {
			name := filepath.Join(dir, fmt.Sprintf("%d-%s.csv", i, h))
			if err := os.WriteFile(name, []byte(ballots), 0o600); err != nil {
				t.Fatal(err)
			}
			runs = append(runs, run{fmt.Sprintf("file name %d", i), "", []string{"-in", name, "-instrument", inst}, 0})
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

// TestFault23Item11MoreRespondentsThanEmployees: a survey cannot have
// more respondents than the agency has employees; -employees below the
// respondents is refused, naming the flag and the counts (issue 23,
// item 11: -employees 5 accepted the sample's 1,200 respondents).
func TestFault23Item11MoreRespondentsThanEmployees(t *testing.T) {
	tests := []struct {
		args []string
		want result
	}{
		{[]string{"-employees", "5", "-lang", "en"}, result{Status: 1, Stderr: "report: -employees 5 is smaller than the respondents: survey: 1200 respondents, more than the population of 5 (Slovin, 5% margin, population 5): invalid input\n"}},
		{[]string{"-employees", "1199"}, result{Status: 1, Stderr: "report: -employees 1.199 lebih kecil dari jumlah responden: survey: 1200 respondents, more than the population of 1199 (Slovin, 5% margin, population 1199): invalid input\n"}},
		{[]string{"-employees", "5", "-json"}, result{Status: 1, Stderr: "report: -employees 5 lebih kecil dari jumlah responden: survey: 1200 respondents, more than the population of 5 (Slovin, 5% margin, population 5): invalid input\n"}},
	}
	for _, tc := range tests {
		t.Run(strings.Join(tc.args, " "), func(t *testing.T) {
			if diff := cmp.Diff(tc.want, runMain("", tc.args...)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
	if got := runMain("", "-employees", "1200", "-lang", "en"); got.Status != 0 || !strings.Contains(got.Stdout, "Respondents: 1,200, minimum 300 (Slovin, 5% margin, population 1,200): met.") {
		t.Errorf("all 1,200 employees answered: %+v", got)
	}
}

// TestFault23Item12ClearErrors: each error says what is wrong, where,
// and with the status of its kind: 1 for bad input, 2 for a bad flag or
// flags that cannot go together, whether the flag is malformed or its
// value is out of range (issue 23, item 12: a blank rating row printed
// "%!w(<nil>)", the profile error for 100.04 had no line, -max-line 0
// and -1 were silently the default, and -scale 5-1, -employees -5,
// -picks 0 exited 1).
func TestFault23Item12ClearErrors(t *testing.T) {
	profile := "value,score\nAK,50\nBP,100.04\nKO,50\nHA,50\nLO,50\nAD,50\nKL,50\n"
	ballots := write(t, "b.csv", ballotHeader+"R1,BP1,BP1,BP1\n")
	tests := []struct {
		name  string
		stdin string
		args  []string
		want  result
	}{
		{"blank rating row", ratingHeader + "R1" + strings.Repeat(",", 21) + "\n", []string{"-in", "-"},
			result{Status: 1, Stderr: "report: stdin:2: no behaviour rated; a blank row is not a respondent\n"}},
		{"profile score over 100", profile, []string{"-profile", "-"},
			result{Status: 1, Stderr: "report: stdin:3: column score: akhlak: profile: score 100.04 for Berorientasi Pelayanan is outside 0–100: out of range\n"}},
		{"-max-line 0", "", []string{"-max-line", "0"}, result{Status: 2, Stderr: "report: -max-line 0: want 1 to 1073741824 bytes (1 GiB)\n"}},
		{"-workers 1000", "", []string{"-workers", "1000"}, result{Status: 2, Stderr: "report: -workers 1000: want 0 (one per core) to 256\n"}},
		{"-max-line -1", "", []string{"-max-line", "-1"}, result{Status: 2, Stderr: "report: -max-line -1: want 1 to 1073741824 bytes (1 GiB)\n"}},
		{"-scale 5-1", "", []string{"-scale", "5-1"}, result{Status: 2, Stderr: "report: -scale: survey: rating scale 5–1: need 0 ≤ min < max ≤ 100: invalid instrument\n"}},
		{"-employees -5", "", []string{"-employees", "-5", "-lang", "en"}, result{Status: 2, Stderr: "report: -employees -5 is negative\n"}},
		{"-employees over the limit", "", []string{"-employees", "100000001", "-lang", "en"},
			result{Status: 2, Stderr: "report: -employees 100000001 is more than 100,000,000, the largest population of a minimum\n"}},
		{"-picks 0", "", []string{"-picks", "0", "-lang", "en"}, result{Status: 2, Stderr: "report: -picks 0: want at least 1\n"}},
		{"-picks over the options", "", []string{"-in", ballots, "-picks", "30", "-lang", "en"},
			result{Status: 2, Stderr: "report: instrument: akhlak: instrument: 30 picks per list, want 1–21: invalid instrument\n"}},
		{"-profile with -in", "", []string{"-profile", "p.csv", "-in", "b.csv", "-lang", "en"},
			result{Status: 2, Stderr: "report: -profile cannot be combined with -in or -instrument\n"}},
		{"-instrument without -in", "", []string{"-instrument", "i.csv", "-lang", "en"},
			result{Status: 2, Stderr: "report: -instrument needs -in (the embedded sample has its own instrument)\n"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, runMain(tc.stdin, tc.args...)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}
