package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestDefaultReport checks the embedded 2022 national report (RULES.md
// §3.3): index 60.9 B, Adaptif 38.9 C and the improvement focus.
func TestDefaultReport(t *testing.T) {
	var out bytes.Buffer
	if err := run(&out, ""); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"AD Adaptif                 38.9",
		"C Tidak Sehat",
		"Indeks BerAKHLAK           60.9",
		"AD3  Bertindak proaktif",
	} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("report lacks %q:\n%s", want, out.String())
		}
	}
}

func TestReadProfileErrors(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"bad header", "nilai,skor\n", "header"},
		{"unknown value", "value,score\nJujur,50\n", `f.csv:2: value: akhlak: unknown value "Jujur"`},
		{"bad score", "value,score\nLoyal,abc\n", `f.csv:2: score: "abc" is not a number`},
		{"duplicate", "value,score\nLoyal,1\nloyal,2\n", "f.csv:3: value: Loyal appears twice"},
		{"incomplete", "value,score\nLoyal,1\n", "incomplete profile"},
		{"out of range", "value,score\nLoyal,101\n", "outside 0–100"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "f.csv")
			if err := os.WriteFile(path, []byte(tc.in), 0o600); err != nil {
				t.Fatal(err)
			}
			err := run(&bytes.Buffer{}, path)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error = %v, want it to contain %q", err, tc.want)
			}
		})
	}
}
