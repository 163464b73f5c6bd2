package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/go-asn/berakhlak/examples/internal/lang"
	"github.com/google/go-cmp/cmp"
)

func write(t *testing.T, content string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "e.csv")
	if err := os.WriteFile(path, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestSampleReport(t *testing.T) {
	tests := []struct {
		lang lang.Lang
		want []string
	}{
		{lang.EN, []string{
			"Respondents: 64 (minimum 59 by Krejcie–Morgan for a population of 70: met)",
			"U3     Waktu Penyelesaian                       2.156  53.91   D Tidak Baik   64       0",
			"U8     Penanganan Pengaduan, Saran dan Masukan  3.206  80.16   B Baik         63       1",
			"IKM: 78.64 — mutu pelayanan B, kinerja unit pelayanan Baik",
		}},
		{lang.ID, []string{
			"Responden: 64 (minimum 59 menurut Krejcie–Morgan untuk populasi 70: terpenuhi)",
			"U3     Waktu Penyelesaian                       2,156  53,91   D Tidak Baik   64       0",
			"U8     Penanganan Pengaduan, Saran dan Masukan  3,206  80,16   B Baik         63       1",
			"IKM: 78,64 — mutu pelayanan B, kinerja unit pelayanan Baik",
		}},
	}
	for _, tc := range tests {
		out, err := runWith(options{lang: tc.lang, nrrPlaces: defaultNRRPlaces})
		if err != nil {
			t.Fatal(err)
		}
		for _, want := range tc.want {
			if !strings.Contains(string(out), want) {
				t.Errorf("%v: output lacks %q:\n%s", tc.lang, want, out)
			}
		}
	}
	js, err := run("", 0, true)
	if err != nil {
		t.Fatal(err)
	}
	var got struct {
		Population int
		Result     struct {
			Index, Mutu string
			Unsur       []struct{ Code, NRR string }
		}
	}
	if err := json.Unmarshal(js, &got); err != nil {
		t.Fatal(err)
	}
	if got.Population != 70 || got.Result.Index != "78.64" || got.Result.Mutu != "B" || len(got.Result.Unsur) != 9 || got.Result.Unsur[2].NRR != "2.16" {
		t.Errorf("JSON: %+v", got)
	}
	if out, err := runWith(options{population: 1000, lang: lang.EN}); err == nil || out != nil || err.Error() != "no IKM published: 64 respondents, fewer than the 278 required" {
		t.Errorf("below minimum: %q, %v", out, err)
	}
}

// TestNamesInAnyOrder checks that columns are matched by name: the same
// answers under codes and under the official names, in another order
// (Sarana dan Prasarana before Penanganan Pengaduan, as many
// questionnaires number them), give the same result.
func TestNamesInAnyOrder(t *testing.T) {
	byCode := "respondent,U1,U2,U3,U4,U5,U6,U7,U8,U9\nA,4,4,4,4,4,4,4,1,3\nB,3,3,3,3,3,3,3,2,3\n"
	byName := "Sarana dan Prasarana,RESPONDENT,Persyaratan,\"Sistem, Mekanisme dan Prosedur\",waktu penyelesaian,Biaya/Tarif," +
		"Produk Spesifikasi Jenis Pelayanan,Kompetensi Pelaksana,Perilaku_Pelaksana,\"Penanganan Pengaduan, Saran dan Masukan\"\n" +
		"3,A,4,4,4,4,4,4,4,1\n3,B,3,3,3,3,Baik,3,3,Kurang Baik\n"
	a, err := run(write(t, byCode), 2, true)
	if err != nil {
		t.Fatal(err)
	}
	b, err := run(write(t, byName), 2, true)
	if err != nil {
		t.Fatal(err)
	}
	from := func(b []byte) string { return string(b[bytes.Index(b, []byte(`"population"`)):]) } // after the file name
	if diff := cmp.Diff(from(a), from(b)); diff != "" {
		t.Errorf("(-codes +names)\n%s", diff)
	}
	if !strings.Contains(string(a), `"nrr": "1.50"`) {
		t.Errorf("U8 NRR 1.50 missing:\n%s", a)
	}
}

func TestBadInput(t *testing.T) {
	const header = "respondent,U1,U2,U3,U4,U5,U6,U7,U8,U9\n"
	tests := []struct{ name, export, want string }{
		{"empty file", "", "e.csv:1: empty file"},
		{"unknown column", "respondent,U1,U2,U3,U4,U5,U6,U7,U8,U9,Keamanan\n", `e.csv:1: column Keamanan: unknown column: want respondent,U1,U2`},
		{"missing unsur", "respondent,U1,U2,U3,U4,U5,U6,U7,U8\n", "e.csv:1: column U9: missing"},
		{"repeated unsur", "respondent,U1,U2,U3,U4,U5,U6,U7,U8,U9,Persyaratan\n", `e.csv:1: column U1: appears twice: as U1 (field 2) and Persyaratan (field 11)`},
		{"no respondent column", "U1,U2,U3,U4,U5,U6,U7,U8,U9\n", "e.csv:1: column respondent: missing"},
		{"answer 5", header + "A,4,4,4,4,4,4,4,4,4\nB,4,4,5,4,4,4,4,4,4\n", `e.csv:3: column U3: "5" is not an answer: want 1–4`},
		{"answer 0", header + "A,0,4,4,4,4,4,4,4,4\n", `e.csv:2: column U1: "0" is not an answer`},
		{"text", header + "A,4,4,4,4,4,4,4,4,puas\n", `e.csv:2: column U9: "puas" is not an answer`},
		{"blank row", header + "A,,,,,,,,,\n", `e.csv:2: survey: respondent "A": answers: none: no unsur answered`},
		{"no respondent", header + ",4,4,4,4,4,4,4,4,4\n", "e.csv:2: column respondent: empty"},
		{"repeated respondent", header + "A,4,4,4,4,4,4,4,4,4\nA,3,3,3,3,3,3,3,3,3\n", `e.csv:3: column respondent: "A" already on line 2`},
		{"short row", header + "A,4,4\n", "e.csv:2: column U3: missing: the row has 3 fields, want 10"},
		{"an unsur nobody answered", header + "A,4,4,4,,4,4,4,4,4\n", "IKM tidak diterbitkan: ikm: U4 Biaya/Tarif: no answers"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out, err := run(write(t, tc.export), 1, false)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error = %v, want %q", err, tc.want)
			}
			if out != nil {
				t.Errorf("output on error: %q", out)
			}
		})
	}
	if _, err := runWith(options{in: write(t, header), lang: lang.EN}); err == nil || !strings.Contains(err.Error(), "-in needs -population") {
		t.Errorf("-in without -population: %v", err)
	}
	if _, err := run(write(t, header), -5, false); err == nil || !strings.Contains(err.Error(), "-population -5") {
		t.Errorf("negative population: %v", err)
	}
	if _, err := run(filepath.Join(t.TempDir(), "none.csv"), 5, false); err == nil {
		t.Error("a missing file was accepted")
	}
}
