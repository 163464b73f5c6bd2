package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/go-asn/berakhlak/examples/internal/lang"
	"github.com/go-asn/berakhlak/kinerja"
)

func TestSample(t *testing.T) {
	tests := []struct {
		lang lang.Lang
		want []string
	}{
		{lang.EN, []string{
			// BKN's worked examples (Peraturan BKN 3/2023).
			"Andi Saputra                  Di Atas Ekspektasi   Di Atas Ekspektasi   Sangat Baik        Ahli Pertama  12     18.750",
			"Citra Lestari                 Di Atas Ekspektasi   Sesuai Ekspektasi    Baik               Ahli Pertama  2      2.083",
			// Pemula: coefficient 3.75 (BKN's SIASN koefisien reference, id 52).
			"Joko Susilo                   Sesuai Ekspektasi    Sesuai Ekspektasi    Baik               Pemula        12     3.750",
			"10 employees: Sangat Baik 1; Baik 6;",
			"✗ most Sangat Baik: 1 of 10 (10.0%): not met",
			"✓ at most 70% Sangat Baik: 1 of 10 (10.0%): met",
			"1 of 2 clauses not met.",
		}},
		{lang.ID, []string{
			// The same figures in Indonesian notation: 18,750 angka kredit.
			"Andi Saputra                  Di Atas Ekspektasi   Di Atas Ekspektasi   Sangat Baik        Ahli Pertama  12     18,750",
			"Citra Lestari                 Di Atas Ekspektasi   Sesuai Ekspektasi    Baik               Ahli Pertama  2      2,083",
			"Joko Susilo                   Sesuai Ekspektasi    Sesuai Ekspektasi    Baik               Pemula        12     3,750",
			"10 pegawai: Sangat Baik 1; Baik 6;",
			"✗ Sangat Baik terbanyak: 1 dari 10 (10,0%): tidak terpenuhi",
			"✓ paling banyak 70% Sangat Baik: 1 dari 10 (10,0%): terpenuhi",
			"1 dari 2 ketentuan tidak terpenuhi.",
		}},
	}
	for _, tc := range tests {
		var out bytes.Buffer
		if err := run(&out, options{org: "Istimewa", places: 3, lang: tc.lang}); err != nil {
			t.Fatal(err)
		}
		for _, want := range tc.want {
			if !strings.Contains(out.String(), want) {
				t.Errorf("%v: output lacks %q:\n%s", tc.lang, want, out.String())
			}
		}
	}
}

// TestClauses checks the description of every clause of every pattern
// in both languages against the library's own (English) description:
// the English text is the library's, apart from "no" for "none".
func TestClauses(t *testing.T) {
	for _, org := range kinerja.AllPredikatOrganisasi() {
		for _, c := range kinerja.Pattern(org) {
			want := strings.Replace(c.String(), "none ", "no ", 1)
			if got := clauseText(c, lang.EN); got != want {
				t.Errorf("%v: %q, library %q", org, got, c.String())
			}
			id := clauseText(c, lang.ID)
			if id == want || !strings.Contains(id, c.Predikat[0].String()) {
				t.Errorf("%v: Indonesian %q", org, id)
			}
		}
	}
}

func TestBadInput(t *testing.T) {
	const header = "nip,nama,hasil_kerja,perilaku_kerja,jenjang,bulan\n"
	tests := []struct{ name, in, org, want string }{
		{"bad header", "nip,nama\n1,2\n", "", "f.csv:1: column hasil_kerja: missing"},
		{"bad nip", header + "123,A,Sesuai,Sesuai,,\n", "", `f.csv:2: column nip: "123" is not an 18-digit NIP`},
		{"bad rating", header + "198501012010011001,A,Luar Biasa,Sesuai,,\n", "", `f.csv:2: column hasil_kerja: kinerja: unknown rating "Luar Biasa"`},
		{"bad perilaku", header + "198501012010011001,A,Sesuai,x,,\n", "", `f.csv:2: column perilaku_kerja: kinerja: unknown rating "x"`},
		{"bad jenjang", header + "198501012010011001,A,Sesuai,Sesuai,Ahli,12\n", "", `f.csv:2: column jenjang: kinerja: unknown jenjang "Ahli"`},
		{"bad bulan", header + "198501012010011001,A,Sesuai,Sesuai,Ahli Muda,13\n", "", `f.csv:2: column bulan: "13" is not a month count 1–12`},
		{"bulan without jenjang", header + "198501012010011001,A,Sesuai,Sesuai,,6\n", "", `f.csv:2: column jenjang: empty, but bulan is "6"`},
		{"duplicate nip", header + "198501012010011001,A,Sesuai,Sesuai,,\n198501012010011001,B,Sesuai,Sesuai,,\n", "", `f.csv:3: column nip: "198501012010011001" already on line 2`},
		{"short row", header + "198501012010011001,A,Sesuai\n", "", "f.csv:2: column perilaku_kerja: missing: the row has 3 fields, want 6"},
		{"no rows", header, "", "no employees"},
		{"bad org", header + "198501012010011001,A,Sesuai,Sesuai,,\n", "Hebat", `-org: kinerja: unknown organisation predikat "Hebat"`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "f.csv")
			if err := os.WriteFile(path, []byte(tc.in), 0o600); err != nil {
				t.Fatal(err)
			}
			err := run(&bytes.Buffer{}, options{in: path, org: tc.org, places: 3, lang: lang.EN})
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error = %v, want it to contain %q", err, tc.want)
			}
		})
	}
}

func TestWithoutOptionalColumns(t *testing.T) {
	path := filepath.Join(t.TempDir(), "f.csv")
	in := "nip,nama,hasil_kerja,perilaku_kerja\n198501012010011001,A,Di Atas,Di Atas\n"
	if err := os.WriteFile(path, []byte(in), 0o600); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if err := run(&out, options{in: path, places: 3}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "Sangat Baik") {
		t.Errorf("output:\n%s", out.String())
	}
}
