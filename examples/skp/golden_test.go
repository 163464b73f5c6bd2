package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/go-asn/berakhlak/examples/internal/progtest"

	"github.com/go-asn/berakhlak/examples/internal/lang"
	"github.com/go-asn/berakhlak/kinerja"
	"github.com/go-asn/berakhlak/kinerja/siasn"
)

// TestMessages checks both languages: every message of the table in both,
// with the same formatting verbs, and a bad -lang refused.
func TestMessages(t *testing.T) { progtest.Languages(t, realMain, msg) }

// TestGolden runs the program on the embedded sample, with -org Baik,
// on siasn-sample.json, and in the PAK mode on pak-sample.csv,
// pak-sample.json (rw-kinerjaperiodik) and pak-sample-ak.json
// (rw-angkakredit, with an integrasi), and compares its whole output, byte for
// byte, with the files under testdata. The default language is
// Indonesian. go test ./examples/skp -update rewrites the files.
func TestGolden(t *testing.T) {
	progtest.Cases(t, realMain, []progtest.Case{
		{Name: "default", Golden: "skp.id.txt"},
		{Name: "id", Golden: "skp.id.txt", Args: []string{"-lang", "id"}},
		{Name: "en", Golden: "skp.en.txt", Args: []string{"-lang", "en"}},
		{Name: "org", Golden: "skp.org.id.txt", Args: []string{"-org", "Baik"}},
		{Name: "org id", Golden: "skp.org.id.txt", Args: []string{"-org", "Baik", "-lang", "id"}},
		{Name: "org en", Golden: "skp.org.en.txt", Args: []string{"-org", "Baik", "-lang", "en"}},
		{Name: "siasn", Golden: "skp.siasn.id.txt", Args: []string{"-siasn", "siasn-sample.json"}},
		{Name: "siasn id", Golden: "skp.siasn.id.txt", Args: []string{"-siasn", "siasn-sample.json", "-lang", "id"}},
		{Name: "siasn en", Golden: "skp.siasn.en.txt", Args: []string{"-lang", "en", "-siasn", "siasn-sample.json"}},
		{Name: "pak csv", Golden: "skp.pak.id.txt", Args: []string{"-pak", "pak-sample.csv", "-golongan", "Penata (III/c)"}},
		{Name: "pak csv en", Golden: "skp.pak.en.txt", Args: []string{"-pak", "pak-sample.csv", "-golongan", "3c", "-lang", "en"}},
		{Name: "pak csv rounded", Golden: "skp.pak.rounded.en.txt", Args: []string{"-pak", "pak-sample.csv", "-golongan", "III/c", "-rounded", "-places", "2", "-lang", "en"}},
		{Name: "pak csv carried", Golden: "skp.pak.carried.id.txt", Args: []string{"-pak", "pak-sample.csv", "-golongan", "III/c", "-carry-excess"}},
		{Name: "pak rw-kinerjaperiodik", Golden: "skp.pak.periodik.id.txt", Args: []string{"-pak", "pak-sample.json", "-golongan", "III/b"}},
		{Name: "pak rw-kinerjaperiodik en", Golden: "skp.pak.periodik.en.txt", Args: []string{"-pak", "pak-sample.json", "-golongan", "III/b", "-lang", "en"}},
		{Name: "pak rw-angkakredit", Golden: "skp.pak.angkakredit.id.txt", Args: []string{"-pak", "pak-sample-ak.json", "-golongan", "Pembina Tingkat I"}},
		{Name: "pak rw-angkakredit en", Golden: "skp.pak.angkakredit.en.txt", Args: []string{"-pak", "pak-sample-ak.json", "-golongan", "IV/b", "-lang", "en"}},
	})
}

// TestLanguageOfMessages checks the program's own messages in both
// languages.
func TestLanguageOfMessages(t *testing.T) {
	empty := filepath.Join(t.TempDir(), "empty.json")
	if err := os.WriteFile(empty, []byte("[]"), 0o600); err != nil {
		t.Fatal(err)
	}
	progtest.Cases(t, realMain, []progtest.Case{
		{Name: "no employees, id", Stdin: header, Args: []string{"-in", "-"}, Status: 1, Stderr: "skp: stdin: tidak ada pegawai\n"},
		{Name: "no employees, en", Stdin: header, Args: []string{"-in", "-", "-lang", "en"}, Status: 1, Stderr: "skp: stdin: no employees\n"},
		{Name: "places, id", Args: []string{"-places", "10"}, Status: 2, Stderr: "skp: -places 10 di luar 0–9\n"},
		{Name: "places, en", Args: []string{"-places", "10", "-lang", "en"}, Status: 2, Stderr: "skp: -places 10 outside 0–9\n"},
		{Name: "org (a library error)", Args: []string{"-org", "Hebat"}, Status: 2, Stderr: "skp: -org: kinerja: unknown organisation predikat \"Hebat\"\n"},
		{Name: "no records, id", Args: []string{"-siasn", empty}, Status: 1, Stderr: "skp: " + empty + ": tidak ada data\n"},
		{Name: "no records, en", Args: []string{"-siasn", empty, "-lang", "en"}, Status: 1, Stderr: "skp: " + empty + ": no records\n"},
		{Name: "arguments, id", Args: []string{"extra"}, Status: 2, Stderr: "skp: argumen tak terduga [\"extra\"]\n"},
		{Name: "arguments, en", Args: []string{"-lang", "en", "extra"}, Status: 2, Stderr: "skp: unexpected arguments [\"extra\"]\n"},
		{Name: "pak without golongan, id", Args: []string{"-pak", "pak-sample.csv"}, Status: 2, Stderr: "skp: -pak memerlukan -golongan\n"},
		{Name: "pak without golongan, en", Args: []string{"-pak", "pak-sample.csv", "-lang", "en"}, Status: 2, Stderr: "skp: -pak needs -golongan\n"},
		{Name: "golongan without pak", Args: []string{"-golongan", "III/a", "-lang", "en"}, Status: 2, Stderr: "skp: -golongan, -start, -rounded and -carry-excess go with -pak only\n"},
		{Name: "pak with org", Args: []string{"-pak", "pak-sample.csv", "-org", "Baik", "-lang", "en"}, Status: 2, Stderr: "skp: -pak cannot be combined with -in, -org or -siasn\n"},
		{Name: "pak, a golongan outside the jenjang", Args: []string{"-pak", "pak-sample.csv", "-golongan", "IV/a"}, Status: 1, Stderr: "skp: pak-sample.csv: kinerja: golongan IV/a is not one of jenjang Ahli Muda (III/c–III/d): invalid input\n"},
		{Name: "pak, bad golongan", Args: []string{"-pak", "pak-sample.csv", "-golongan", "I/a"}, Status: 2, Stderr: "skp: -golongan: kinerja: unknown golongan \"I/a\"\n"},
		{Name: "pak, start twice", Args: []string{"-pak", "pak-sample-ak.json", "-golongan", "IV/b", "-start", "1", "-lang", "en"}, Status: 2, Stderr: "skp: -start is given, but the records hold an integrasi\n"},
		{Name: "pak, overlapping rows", Stdin: "tahun,bulan_mulai,bulan_selesai,jenjang,predikat\n2024,1,6,Mahir,Baik\n2024,6,12,Mahir,Baik\n", Args: []string{"-pak", "-", "-golongan", "III/a"}, Status: 1, Stderr: "skp: stdin: kinerja: periods 1 and 2 overlap (2024, months 1–6 and 6–12): invalid input\n"},
		{Name: "pak, a bad row", Stdin: "tahun,bulan_mulai,bulan_selesai,jenjang,predikat\n2024,1,6,Mahir,Hebat\n", Args: []string{"-pak", "-", "-golongan", "III/a"}, Status: 1, Stderr: "skp: stdin:2: column predikat: kinerja: unknown predikat \"Hebat\"\n"},
	})
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
