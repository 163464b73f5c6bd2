package main

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/go-asn/berakhlak/examples/internal/progtest"
	"github.com/google/go-cmp/cmp"
)

// result is a run of the program: its exit status, stdout and stderr.
type result = progtest.Result

// runMain runs the program on stdin with args.
func runMain(stdin string, args ...string) result { return progtest.Run(realMain, stdin, args...) }

func writeFile(t testing.TB, name, content string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// permute writes the export with its columns in the given order.
func permute(header []string, rows [][]string, order []int) string {
	var b strings.Builder
	line := func(cells []string) {
		for k, i := range order {
			if k > 0 {
				b.WriteByte(',')
			}
			b.WriteString(cells[i])
		}
		b.WriteByte('\n')
	}
	line(header)
	for _, r := range rows {
		line(r)
	}
	return b.String()
}

// TestFault1ColumnsByName: with "recommend" last, columns used to be
// mapped by position. Now any order gives the same report, and an
// unknown, missing or repeated column is an error naming it.
func TestFault1ColumnsByName(t *testing.T) {
	lines := strings.Split(strings.TrimSpace(string(sampleExport)), "\n")
	header := strings.Split(lines[0], ",")
	var rows [][]string
	for _, l := range lines[1:] {
		rows = append(rows, strings.Split(l, ","))
	}
	inst := writeFile(t, "i.csv", string(sampleInstrument))
	n := len(header)
	identity := make([]int, n)
	for i := range identity {
		identity[i] = i
	}
	swapItems := append([]int(nil), identity...)
	// K1 and B1, headers moved with them: items of two dimensions, so a
	// mapping by position changes the figures.
	swapItems[2], swapItems[6] = swapItems[6], swapItems[2]
	swapIDUnit := append([]int(nil), identity...)
	swapIDUnit[0], swapIDUnit[1] = 1, 0
	reversed := make([]int, n)
	for i := range reversed {
		reversed[i] = n - 1 - i
	}
	want := runMain(permute(header, rows, identity), "-in", "-", "-instrument", inst)
	if want.Status != 0 {
		t.Fatalf("in order: %+v", want)
	}
	for name, order := range map[string][]int{"items swapped": swapItems, "respondent and unit swapped": swapIDUnit, "reversed": reversed} {
		got := runMain(permute(header, rows, order), "-in", "-", "-instrument", inst)
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%s (-in order +permuted):\n%s", name, diff)
		}
	}
	bad := []struct{ name, header, want string }{
		{"unknown item", strings.Replace(lines[0], "K1", "K9", 1), "stdin:1: column K9: unknown column"},
		{"item twice", strings.Replace(lines[0], "K2", "K1", 1), "stdin:1: column K1: appears twice"},
		{"item missing", strings.Replace(lines[0], ",M4", "", 1), "stdin:1: column M4: missing"},
	}
	for _, tc := range bad {
		got := runMain(tc.header+"\n", "-in", "-", "-instrument", inst)
		if got.Status != 1 || got.Stdout != "" || !strings.Contains(got.Stderr, tc.want) {
			t.Errorf("%s: %+v, want %q", tc.name, got, tc.want)
		}
	}
}

// TestFault2DuplicateRespondents: a respondent counted twice is an error.
func TestFault2DuplicateRespondents(t *testing.T) {
	inst := writeFile(t, "i.csv", "code,dimension,reverse\nA,D,no\n")
	export := writeFile(t, "e.csv", "respondent,unit,A\nP1,U,4\nP2,U,5\nP1,V,4\n")
	got := runMain("", "-in", export, "-instrument", inst, "-minimum", "1")
	if got.Status != 1 || got.Stdout != "" || !strings.Contains(got.Stderr, `e.csv:4: column respondent: "P1" already on line 2`) {
		t.Errorf("%+v", got)
	}
	got = runMain("", "-in", export, "-instrument", inst, "-minimum", "1", "-confidentiality", "1", "-allow-duplicates")
	if got.Status != 0 || !strings.Contains(got.Stdout, "Responden: 3 (minimum 1: terpenuhi)") {
		t.Errorf("-allow-duplicates: %+v", got)
	}
}

// TestFault3NoPartialOutput: a dimension nobody answered used to fail
// after the index and mean were printed. Now nothing goes to stdout.
func TestFault3NoPartialOutput(t *testing.T) {
	inst := writeFile(t, "i.csv", "code,dimension,reverse\nA,D1,no\nB,D2,no\n")
	var rows strings.Builder
	rows.WriteString("respondent,unit,A,B\n")
	for i := range 10 {
		fmt.Fprintf(&rows, "P%d,U,4,\n", i)
	}
	got := runMain(rows.String(), "-in", "-", "-instrument", inst, "-minimum", "1")
	if got.Status != 1 || got.Stdout != "" || got.Stderr == "" {
		t.Errorf("%+v", got)
	}
}

// TestTerminalCells: a unit name from the input is escaped and capped in
// the table.
func TestTerminalCells(t *testing.T) {
	inst := writeFile(t, "i.csv", "code,dimension,reverse\nA,D,no\n")
	unit := "Biro\x1b[31mMerah\xff" + strings.Repeat("x", 200)
	var rows strings.Builder
	rows.WriteString("respondent,unit,A\n")
	for i := range 10 {
		fmt.Fprintf(&rows, "P%d,%s,4\n", i, unit)
	}
	got := runMain(rows.String(), "-in", "-", "-instrument", inst, "-minimum", "1")
	if got.Status != 0 || strings.Contains(got.Stdout, "\x1b") || strings.Contains(got.Stdout, "\xff") || strings.Contains(got.Stdout, strings.Repeat("x", 60)) {
		t.Errorf("%+v", got)
	}
	if !strings.Contains(got.Stdout, `"Biro\x1b[31mMerah\xff`) {
		t.Errorf("unit not escaped:\n%s", got.Stdout)
	}
}

// TestFault23Item10HostileStrings runs the program over inputs that
// carry strings that would drive a terminal (progtest.Hostile): units,
// dimensions and item codes, the title and period, bad cells, a file's
// name, flags. Nothing of them may reach standard output or standard
// error raw; the good runs must succeed, so that the strings are printed.
func TestFault23Item10HostileStrings(t *testing.T) {
	dir := t.TempDir()
	hostile := progtest.Hostile()
	instRows := [][]string{{"code", "dimension", "reverse"}}
	exportHeader := []string{"respondent", "unit", "recommend"}
	for i, h := range hostile {
		code := fmt.Sprintf("I%d-%s-Z", i, h)
		instRows = append(instRows, []string{code, "D-" + h, "no"}, []string{fmt.Sprintf("J%d", i), "D-" + h, "yes"})
		exportHeader = append(exportHeader, code, fmt.Sprintf("J%d", i))
	}
	inst := writeFile(t, "inst.csv", progtest.CSV(instRows...))
	exportRows := [][]string{exportHeader}
	n := 0
	for _, h := range append(hostile, "small-"+hostile[0]) {
		size := 6
		if strings.HasPrefix(h, "small-") {
			size = 2 // suppressed
		}
		for k := range size {
			n++
			row := []string{fmt.Sprintf("R%d", n), "U-" + h, fmt.Sprint(n % 11)}
			for range hostile {
				row = append(row, fmt.Sprint(1+(n+k)%5), fmt.Sprint(1+(n*7)%5))
			}
			exportRows = append(exportRows, row)
		}
	}
	export := progtest.CSV(exportRows...)
	type run struct {
		name       string
		stdin      string
		args       []string
		wantStatus int
	}
	runs := []run{{"units, dimensions and codes", export, []string{"-in", "-", "-instrument", inst, "-minimum", "1"}, 0}}
	for i, h := range hostile {
		bad := slices.Clone(exportRows[1])
		bad[3] = h
		runs = append(runs,
			run{fmt.Sprintf("title and period %d", i), "", []string{"-title", h, "-period", h}, 0},
			run{fmt.Sprintf("bad answer %d", i), progtest.CSV(exportHeader, bad), []string{"-in", "-", "-instrument", inst, "-minimum", "1"}, 1},
			run{fmt.Sprintf("bad reverse %d", i), "", []string{"-in", "-", "-instrument", writeFile(t, "r.csv", progtest.CSV([]string{"code", "dimension", "reverse"}, []string{"K1", "D", h}))}, 1},
			run{fmt.Sprintf("bad header %d", i), progtest.CSV([]string{"respondent", h}), []string{"-in", "-", "-instrument", inst}, 1},
			run{fmt.Sprintf("no such file %d", i), "", []string{"-in", filepath.Join(dir, "missing"+h), "-instrument", inst}, 1},
			run{fmt.Sprintf("unknown flag %d", i), "", []string{"-" + h}, 2},
			run{fmt.Sprintf("argument %d", i), "", []string{h}, 2},
		)
		if !strings.ContainsAny(h, "/\x00") {
			name := filepath.Join(dir, fmt.Sprintf("%d-%s.csv", i, h))
			if err := os.WriteFile(name, []byte(export), 0o600); err != nil {
				t.Fatal(err)
			}
			runs = append(runs, run{fmt.Sprintf("file name %d", i), "", []string{"-in", name, "-instrument", inst, "-minimum", "1"}, 0})
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

// TestFault23Item12ClearErrors: a flag whose value is out of range, or
// flags that cannot go together, are a usage error (exit status 2); an
// instrument may not name an item after a column of the export (issue
// 23, item 12: -minimum -1 reported "fixed minimum of 0", -max-line 0
// and -1 were silently the default, and an item named "unit" was
// accepted).
func TestFault23Item12ClearErrors(t *testing.T) {
	export := writeFile(t, "e.csv", "respondent,unit,K1\nR1,U,4\n")
	tests := []struct {
		name string
		args []string
		want result
	}{
		{"-minimum -1", []string{"-minimum", "-1", "-lang", "en"}, result{Status: 2, Stderr: "engagement: -minimum -1: want at least 1\n"}},
		{"-minimum 0", []string{"-minimum", "0"}, result{Status: 2, Stderr: "engagement: -minimum 0: seharusnya sekurang-kurangnya 1\n"}},
		{"-max-line 0", []string{"-max-line", "0"}, result{Status: 2, Stderr: "engagement: -max-line 0: want 1 to 1073741824 bytes (1 GiB)\n"}},
		{"-workers -1", []string{"-workers", "-1"}, result{Status: 2, Stderr: "engagement: -workers -1: want 0 (one per core) to 256\n"}},
		{"-max-line -1", []string{"-max-line", "-1"}, result{Status: 2, Stderr: "engagement: -max-line -1: want 1 to 1073741824 bytes (1 GiB)\n"}},
		{"-instrument without -in", []string{"-instrument", "i.csv", "-lang", "en"},
			result{Status: 2, Stderr: "engagement: -instrument needs -in (the embedded sample has its own instrument)\n"}},
	}
	for _, name := range []string{"respondent", "Unit", "RECOMMEND"} {
		inst := writeFile(t, "i.csv", "code,dimension\nK1,D\n"+name+",D\n")
		tests = append(tests, struct {
			name string
			args []string
			want result
		}{"item named " + name, []string{"-in", export, "-instrument", inst},
			result{Status: 1, Stderr: "engagement: " + inst + ":3: column code: \"" + name + "\" is a column of the export (respondent, unit, recommend): name the item otherwise\n"}})
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, runMain("", tc.args...)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// TestWithheldDimension (issue 23, item 9): a dimension with fewer
// answers than the confidentiality threshold is shown without figures,
// saying why, and drawn in no chart; -confidentiality 0 is a usage error.
func TestWithheldDimension(t *testing.T) {
	inst := writeFile(t, "i.csv", "code,dimension\nA,Banyak\nB,Sedikit\n")
	var rows strings.Builder
	rows.WriteString("respondent,unit,A,B\n")
	for i := range 10 {
		b := ""
		if i < 3 {
			b = "4"
		}
		fmt.Fprintf(&rows, "P%d,U,4,%s\n", i, b)
	}
	export := writeFile(t, "e.csv", rows.String())
	got := runMain("", "-in", export, "-instrument", inst, "-minimum", "1", "-lang", "en")
	want := "Sedikit    —     —           not published: fewer than 5 answers (confidentiality threshold)\n"
	if got.Status != 0 || !strings.Contains(got.Stdout, want) {
		t.Errorf("want %q in:\n%+v", want, got)
	}
	if got := runMain("", "-in", export, "-instrument", inst, "-confidentiality", "0"); got.Status != 2 {
		t.Errorf("-confidentiality 0: %+v", got)
	}
}
