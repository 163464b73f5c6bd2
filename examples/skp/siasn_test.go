package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/go-asn/berakhlak/internal/lang"
)

func TestSIASNSample(t *testing.T) {
	var out bytes.Buffer
	if err := runSIASN(&out, "siasn-sample.json", lang.EN); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"2. id contoh-skp-0002, pnsDinilaiId contoh-pns-0002, tahun 2023: hasil 2, perilaku 3, kuadran 4: consistent",
		"   ✗ KuadranKinerjaNilai: kuadran swapped: stored 4, expected 3",
		"   ✗ KuadranKinerjaNilai: kuadran max: stored 3, expected 5",
		"6 records checked: 2 consistent, 4 inconsistent",
		"  kuadran swapped:        1 record(s)",
		"  unknown code:           1 record(s)",
	} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
}

func TestSIASNJSONLinesAndErrors(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"json lines", `{"hasilKinerjaNilai":1,"PerilakuKerjaNilai":3,"KuadranKinerjaNilai":4}` + "\n" +
			`{"hasilKinerjaNilai":"3","PerilakuKerjaNilai":"1","KuadranKinerjaNilai":"4"}` + "\n", ""},
		{"bad field", `[{"hasilKinerjaNilai":"dua"}]`, `f.json: record 1: siasn: hasilKinerjaNilai: invalid field "\"dua\""`},
		{"bad second line", "{}\n{\"tahun\": 2.5}\n", "f.json: record 2: siasn: tahun"},
		{"broken JSON lines", "{}\n{\n", "f.json: record 2"},
		{"not an array of objects", `[1]`, "f.json: record 1: siasn: rw-skp22"},
		{"empty", `[]`, "f.json: no records"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "f.json")
			if err := os.WriteFile(path, []byte(tc.in), 0o600); err != nil {
				t.Fatal(err)
			}
			var out bytes.Buffer
			err := runSIASN(&out, path, lang.EN)
			if tc.want == "" {
				if err != nil {
					t.Fatal(err)
				}
				if !strings.Contains(out.String(), "2 records checked: 1 consistent, 1 inconsistent") {
					t.Errorf("output:\n%s", out.String())
				}
				return
			}
			if err == nil || !strings.HasSuffix(filepath.Base(strings.SplitN(err.Error(), ":", 2)[0]), "f.json") || !strings.Contains(err.Error(), tc.want[len("f.json"):]) {
				t.Errorf("error = %v, want it to contain %q", err, tc.want)
			}
		})
	}
}
