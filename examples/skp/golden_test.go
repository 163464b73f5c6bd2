package main

import (
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/go-asn/berakhlak/examples/internal/progtest"

	"github.com/go-asn/berakhlak/examples/internal/lang"
	"github.com/go-asn/berakhlak/kinerja"
	"github.com/go-asn/berakhlak/kinerja/siasn"
	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/ with the program's output")

// TestMessages checks that every message of the table is in both
// languages, with the same formatting verbs.
func TestMessages(t *testing.T) {
	if err := lang.Check(msg); err != nil {
		t.Error(err)
	}
}

// TestGolden runs the program on the embedded sample, with -org Baik,
// on siasn-sample.json, and in the PAK mode on pak-sample.csv,
// pak-sample.json (rw-kinerjaperiodik) and pak-sample-ak.json
// (rw-angkakredit, with an integrasi), and compares its whole output, byte for
// byte, with the files under testdata. The default language is
// Indonesian. go test ./examples/skp -update rewrites the files.
func TestGolden(t *testing.T) {
	tests := []struct {
		name, golden string
		args         []string
	}{
		{"default", "skp.id.txt", nil},
		{"id", "skp.id.txt", []string{"-lang", "id"}},
		{"en", "skp.en.txt", []string{"-lang", "en"}},
		{"org", "skp.org.id.txt", []string{"-org", "Baik"}},
		{"org id", "skp.org.id.txt", []string{"-org", "Baik", "-lang", "id"}},
		{"org en", "skp.org.en.txt", []string{"-org", "Baik", "-lang", "en"}},
		{"siasn", "skp.siasn.id.txt", []string{"-siasn", "siasn-sample.json"}},
		{"siasn id", "skp.siasn.id.txt", []string{"-siasn", "siasn-sample.json", "-lang", "id"}},
		{"siasn en", "skp.siasn.en.txt", []string{"-lang", "en", "-siasn", "siasn-sample.json"}},
		{"pak csv", "skp.pak.id.txt", []string{"-pak", "pak-sample.csv", "-golongan", "Penata (III/c)"}},
		{"pak csv en", "skp.pak.en.txt", []string{"-pak", "pak-sample.csv", "-golongan", "3c", "-lang", "en"}},
		{"pak csv rounded", "skp.pak.rounded.en.txt", []string{"-pak", "pak-sample.csv", "-golongan", "III/c", "-rounded", "-places", "2", "-lang", "en"}},
		{"pak csv carried", "skp.pak.carried.id.txt", []string{"-pak", "pak-sample.csv", "-golongan", "III/c", "-carry-excess"}},
		{"pak rw-kinerjaperiodik", "skp.pak.periodik.id.txt", []string{"-pak", "pak-sample.json", "-golongan", "III/b"}},
		{"pak rw-kinerjaperiodik en", "skp.pak.periodik.en.txt", []string{"-pak", "pak-sample.json", "-golongan", "III/b", "-lang", "en"}},
		{"pak rw-angkakredit", "skp.pak.angkakredit.id.txt", []string{"-pak", "pak-sample-ak.json", "-golongan", "Pembina Tingkat I"}},
		{"pak rw-angkakredit en", "skp.pak.angkakredit.en.txt", []string{"-pak", "pak-sample-ak.json", "-golongan", "IV/b", "-lang", "en"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := runMain("", tc.args...)
			if got.Status != 0 || got.Stderr != "" {
				t.Fatalf("%+v", got)
			}
			checkGolden(t, tc.golden, got.Stdout)
		})
	}
}

// checkGolden compares got with the golden file, or rewrites the file
// with -update.
func checkGolden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	want := progtest.Golden(t, path, []byte(got), *update)
	if diff := cmp.Diff(string(want), got); diff != "" {
		t.Errorf("output differs from %s (-want +got):\n%s", path, diff)
	}
}

// TestLanguageOfMessages checks the program's own messages in both
// languages, and that a bad -lang is a usage error.
func TestLanguageOfMessages(t *testing.T) {
	empty := filepath.Join(t.TempDir(), "empty.json")
	if err := os.WriteFile(empty, []byte("[]"), 0o600); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, stdin string
		args        []string
		status      int
		wantStderr  string
	}{
		{"no employees, id", header, []string{"-in", "-"}, 1, "skp: stdin: tidak ada pegawai\n"},
		{"no employees, en", header, []string{"-in", "-", "-lang", "en"}, 1, "skp: stdin: no employees\n"},
		{"places, id", "", []string{"-places", "10"}, 2, "skp: -places 10 di luar 0–9\n"},
		{"places, en", "", []string{"-places", "10", "-lang", "en"}, 2, "skp: -places 10 outside 0–9\n"},
		{"org (a library error)", "", []string{"-org", "Hebat"}, 2, "skp: -org: kinerja: unknown organisation predikat \"Hebat\"\n"},
		{"no records, id", "", []string{"-siasn", empty}, 1, "skp: " + empty + ": tidak ada data\n"},
		{"no records, en", "", []string{"-siasn", empty, "-lang", "en"}, 1, "skp: " + empty + ": no records\n"},
		{"arguments, id", "", []string{"extra"}, 2, "skp: argumen tak terduga [\"extra\"]\n"},
		{"arguments, en", "", []string{"-lang", "en", "extra"}, 2, "skp: unexpected arguments [\"extra\"]\n"},
		{"pak without golongan, id", "", []string{"-pak", "pak-sample.csv"}, 2, "skp: -pak memerlukan -golongan\n"},
		{"pak without golongan, en", "", []string{"-pak", "pak-sample.csv", "-lang", "en"}, 2, "skp: -pak needs -golongan\n"},
		{"golongan without pak", "", []string{"-golongan", "III/a", "-lang", "en"}, 2, "skp: -golongan, -start, -rounded and -carry-excess go with -pak only\n"},
		{"pak with org", "", []string{"-pak", "pak-sample.csv", "-org", "Baik", "-lang", "en"}, 2, "skp: -pak cannot be combined with -in, -org or -siasn\n"},
		{"pak, a golongan outside the jenjang", "", []string{"-pak", "pak-sample.csv", "-golongan", "IV/a"}, 1, "skp: pak-sample.csv: kinerja: golongan IV/a is not one of jenjang Ahli Muda (III/c–III/d): invalid input\n"},
		{"pak, bad golongan", "", []string{"-pak", "pak-sample.csv", "-golongan", "I/a"}, 2, "skp: -golongan: kinerja: unknown golongan \"I/a\"\n"},
		{"pak, start twice", "", []string{"-pak", "pak-sample-ak.json", "-golongan", "IV/b", "-start", "1", "-lang", "en"}, 2, "skp: -start is given, but the records hold an integrasi\n"},
		{"pak, overlapping rows", "tahun,bulan_mulai,bulan_selesai,jenjang,predikat\n2024,1,6,Mahir,Baik\n2024,6,12,Mahir,Baik\n", []string{"-pak", "-", "-golongan", "III/a"}, 1, "skp: stdin: kinerja: periods 1 and 2 overlap (2024, months 1–6 and 6–12): invalid input\n"},
		{"pak, a bad row", "tahun,bulan_mulai,bulan_selesai,jenjang,predikat\n2024,1,6,Mahir,Hebat\n", []string{"-pak", "-", "-golongan", "III/a"}, 1, "skp: stdin:2: column predikat: kinerja: unknown predikat \"Hebat\"\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := runMain(tc.stdin, tc.args...)
			want := result{Status: tc.status, Stderr: tc.wantStderr}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
	for _, bad := range []string{"fr", "ID", ""} {
		got := runMain("", "-lang", bad)
		if got.Status != 2 || got.Stdout != "" || !strings.Contains(got.Stderr, "invalid value") {
			t.Errorf("-lang %q: %+v", bad, got)
		}
	}
}

// TestFindingsAsLibrary checks that, in English, the program describes
// the distribution findings and the SIASN findings as the library does
// (apart from "no" for the library's "none"), and that the Indonesian
// text differs: the translation keeps what the library decided.
func TestFindingsAsLibrary(t *testing.T) {
	counts := []map[kinerja.Predikat]int{
		{kinerja.SangatBaik: 7004, kinerja.Baik: 2996},
		{kinerja.Baik: 6, kinerja.ButuhPerbaikan: 3, kinerja.SangatBaik: 1},
		{kinerja.SangatKurang: 6, kinerja.Kurang: 1, kinerja.SangatBaik: 1},
		{kinerja.Kurang: 600, kinerja.ButuhPerbaikan: 100, kinerja.SangatBaik: 100, kinerja.Baik: 200},
	}
	for _, c := range counts {
		for _, org := range kinerja.AllPredikatOrganisasi() {
			fs, err := kinerja.CheckDistribution(org, c, kinerja.DistributionRules{})
			if err != nil {
				t.Fatal(err)
			}
			var en, id strings.Builder
			writeFindings(&en, org, fs, lang.EN)
			writeFindings(&id, org, fs, lang.ID)
			plain := thousands.ReplaceAllString(en.String(), "$1$2") // the library writes 1000, English 1,000
			for _, f := range fs {
				want := strings.Replace(f.String(), "none ", "no ", 1)
				if !strings.Contains(plain, want+"\n") {
					t.Errorf("%v %v: English lacks the library's %q:\n%s", org, c, want, en.String())
				}
			}
			if en.String() == id.String() {
				t.Errorf("%v: the Indonesian text is the English one", org)
			}
		}
	}
	records, err := readRecords("siasn-sample.json", mustRead(t, "siasn-sample.json"))
	if err != nil {
		t.Fatal(err)
	}
	records = append(records, siasn.RiwayatSKP{HasilKinerjaNilai: "9", PerilakuKerjaNilai: "1", KuadranKinerjaNilai: "1"})
	n := 0
	for _, r := range records {
		for _, f := range r.Check() {
			n++
			if got, want := findingText(f, lang.EN), "   ✗ "+f.String(); got != want {
				t.Errorf("English %q, library %q", got, want)
			}
			if id := findingText(f, lang.ID); id == findingText(f, lang.EN) {
				t.Errorf("Indonesian %q is the English one", id)
			}
		}
	}
	if n < 5 {
		t.Errorf("only %d findings checked", n)
	}
}

// thousands matches a thousands separator of English notation.
var thousands = regexp.MustCompile(`(\d),(\d\d\d)`)

func mustRead(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
