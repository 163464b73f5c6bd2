package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestSample(t *testing.T) {
	var out bytes.Buffer
	if err := run(&out, options{org: "Istimewa", places: 3}); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		// BKN's worked examples (Peraturan BKN 3/2023 slides).
		"Andi Saputra                  Di Atas Ekspektasi   Di Atas Ekspektasi   Sangat Baik        Ahli Pertama  12     18.750",
		"Citra Lestari                 Di Atas Ekspektasi   Sesuai Ekspektasi    Baik               Ahli Pertama  2      2.083",
		// Pemula: coefficient 3.75 (BKN's SIASN koefisien reference, id 52).
		"Joko Susilo                   Sesuai Ekspektasi    Sesuai Ekspektasi    Baik               Pemula        12     3.750",
		"10 employees: Sangat Baik 1; Baik 6;",
		"✗ most Sangat Baik: 1 of 10 (10.0%): not met",
	} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
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
			err := run(&bytes.Buffer{}, options{in: path, org: tc.org, places: 3})
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
