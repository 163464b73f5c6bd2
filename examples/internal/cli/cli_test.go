package cli

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestExit(t *testing.T) {
	tests := []struct {
		name       string
		err        error
		wantStatus int
		wantStderr string
	}{
		{"success", nil, 0, ""},
		{"bad input", errors.New("f.csv:2: column unit: empty"), 1, "prog: f.csv:2: column unit: empty\n"},
		{"usage", Usagef("-picks %d: want 1–%d", 0, 21), 2, "prog: -picks 0: want 1–21\n"},
		{"wrapped usage", fmt.Errorf("flags: %w", Usage(errors.New("-in and -profile"))), 2, "prog: flags: -in and -profile\n"},
		{"raw control characters escaped", errors.New("open \x1b[2J\u202e.csv: no such file"), 1, `prog: "open \x1b[2J\u202e.csv: no such file"` + "\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var stderr bytes.Buffer
			got := Exit(&stderr, "prog", tc.err)
			if diff := cmp.Diff([]any{tc.wantStatus, tc.wantStderr}, []any{got, stderr.String()}); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
	if Usage(nil) != nil {
		t.Error("Usage(nil) is not nil")
	}
}

func TestParse(t *testing.T) {
	tests := []struct {
		name       string
		args       []string
		wantErr    bool
		wantStderr string
	}{
		{"good", []string{"-n", "3"}, false, ""},
		{"unknown flag, escaped", []string{"-\x1b[2J"}, true, `"flag provided but not defined: -\x1b[2J"` + "\nUsage of prog:\n  -n int\n    \ta number\n"},
		{"bad value", []string{"-n", "x"}, true, "invalid value \"x\" for flag -n: parse error\nUsage of prog:\n  -n int\n    \ta number\n"},
		{"help", []string{"-h"}, true, "Usage of prog:\n  -n int\n    \ta number\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var stderr bytes.Buffer
			fs := flag.NewFlagSet("prog", flag.ContinueOnError)
			fs.SetOutput(&stderr)
			fs.Int("n", 0, "a number")
			err := Parse(fs, tc.args)
			if (err != nil) != tc.wantErr {
				t.Fatalf("Parse = %v", err)
			}
			status := Exit(&stderr, "prog", err) // writes nothing more
			if diff := cmp.Diff(tc.wantStderr, stderr.String()); diff != "" {
				t.Errorf("stderr (-want +got):\n%s", diff)
			}
			if want := map[bool]int{false: 0, true: 2}[tc.wantErr]; status != want {
				t.Errorf("status %d, want %d", status, want)
			}
		})
	}
}
