package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/go-asn/berakhlak/internal/progtest"
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
