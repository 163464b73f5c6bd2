package main

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/go-asn/berakhlak/examples/internal/csvio"
	"github.com/go-asn/berakhlak/examples/internal/lang"
)

// TestSample works the embedded sample out by hand. Slovin (5%): A needs
// 356 of 3200 (has 420), B 350 of 2800 (has 150), C 316 of 1500 (has 388),
// D 388 of 12000 (has 910), E 200 of 400 (has 95). Included A, C, D, whose
// seven scores add up to 430.3, 426.6 and 424.6: the national index is
// 1281.5 / 21 = 61.02… → 61.0, B.
func TestSample(t *testing.T) {
	tests := []struct {
		lang lang.Lang
		want []string
	}{
		{lang.EN, []string{
			"Index: 61.0  B Cukup Sehat (unweighted mean of 3 of 5 units)",
			"Included (3):\n  Kementerian Contoh A\n  Badan Contoh C\n  Pemerintah Provinsi Contoh D",
			"Kementerian Contoh B: 150 respondents, 350 required (Slovin, 5% margin, population 2,800)",
			"Pemerintah Kabupaten Contoh E: 95 respondents, 200 required",
		}},
		{lang.ID, []string{
			"Indeks: 61,0  B Cukup Sehat (rata-rata tak berbobot atas 3 dari 5 instansi)",
			"Instansi yang dihitung (3):\n  Kementerian Contoh A\n  Badan Contoh C\n  Pemerintah Provinsi Contoh D",
			"Kementerian Contoh B: 150 responden, kurang dari minimum 350 (Slovin, margin 5%, populasi 2.800 pegawai)",
			"Pemerintah Kabupaten Contoh E: 95 responden, kurang dari minimum 200",
		}},
	}
	for _, tc := range tests {
		var out bytes.Buffer
		if err := run(&out, "", 5, csvio.Options{}, nil, tc.lang); err != nil {
			t.Fatal(err)
		}
		for _, want := range tc.want {
			if !strings.Contains(out.String(), want) {
				t.Errorf("%v: output lacks %q:\n%s", tc.lang, want, out.String())
			}
		}
	}
}

func TestBadInput(t *testing.T) {
	const h = "unit,respondents,employees,BP,AK,KO,HA,LO,AD,KL\n"
	tests := []struct{ name, in, want string }{
		{"header", "unit,score\n", `f.csv:1: column score: unknown column: want unit,respondents,employees,BP,AK,KO,HA,LO,AD,KL`},
		{"respondents", h + "A,x,10,1,1,1,1,1,1,1\n", `f.csv:2: column respondents: "x" is not a count`},
		{"employees", h + "A,1,0,1,1,1,1,1,1,1\n", `f.csv:2: column employees: "0" is not a positive count`},
		{"more respondents than employees", h + "A,11,10,1,1,1,1,1,1,1\n", "f.csv:2: column respondents: 11 respondents but only 10 employees"},
		{"score", h + "A,1,10,1,1,1,1,1,abc,1\n", `f.csv:2: column AD: "abc" is not a score`},
		{"range", h + "A,1,10,1,1,1,1,1,101,1\n", "f.csv:2: akhlak: profile: score 101 for Adaptif is outside 0–100"},
		{"duplicate", h + "A,10,10,1,1,1,1,1,1,1\nA,10,10,1,1,1,1,1,1,1\n", `f.csv:3: column unit: "A" already on line 2`},
		{"none qualifies", h + "A,1,1000,1,1,1,1,1,1,1\n", "none of the 1 units met its minimum"},
		{"empty", h, "no units"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "f.csv")
			if err := os.WriteFile(path, []byte(tc.in), 0o600); err != nil {
				t.Fatal(err)
			}
			err := run(io.Discard, path, 5, csvio.Options{}, nil, lang.EN)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error = %v, want it to contain %q", err, tc.want)
			}
		})
	}
	if err := run(io.Discard, "", 0, csvio.Options{}, nil, lang.EN); err == nil || err.Error() != "-margin 0 outside 1–50" {
		t.Errorf("-margin 0: %v", err)
	}
}
