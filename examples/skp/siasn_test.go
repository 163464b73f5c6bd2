package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/go-asn/berakhlak/examples/internal/lang"
	"github.com/go-asn/berakhlak/examples/internal/progtest"
	"github.com/google/go-cmp/cmp"
)

func TestSIASNSample(t *testing.T) {
	var out bytes.Buffer
	if err := runSIASN(&out, "siasn-sample.json", nil, lang.EN); err != nil {
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
			err := runSIASN(&out, path, nil, lang.EN)
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

// TestFault23Item10HostileStrings runs the program over inputs that
// carry strings that would drive a terminal (progtest.Hostile): names in
// the table, bad cells, SIASN records' ids and fields, a file's name,
// flags. Nothing of them may reach standard output or standard error
// raw; the good runs must succeed, so that the strings are printed.
// Before issue 23, skp -siasn printed a record's id and pnsDinilaiId
// raw: "a\x1b[2J\x07b\n3. id fake" cleared the screen and forged a line.
func TestFault23Item10HostileStrings(t *testing.T) {
	dir := t.TempDir()
	header := []string{"nip", "nama", "hasil_kerja", "perilaku_kerja", "jenjang", "bulan"}
	good := []string{"198501012010011001", "Andi", "Di Atas Ekspektasi", "Sesuai Ekspektasi", "Ahli Pertama", "12"}
	record := func(h string, code any) string {
		b, err := json.Marshal(map[string]any{"id": h, "pnsDinilaiId": h, "tahun": 2023, "hasilKinerja": h, "hasilKinerjaNilai": code,
			"perilakuKerja": h, "PerilakuKerjaNilai": 2, "kuadranKinerja": h, "KuadranKinerjaNilai": 1, "namaPenilai": h,
			"nipNrpPenilai": h, "penilaiGolonganId": h, "penilaiJabatanNm": h, "penilaiUnorNm": h, "statusPenilai": h})
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	type run struct {
		name       string
		stdin      string
		args       []string
		wantStatus int
	}
	var runs []run
	for i, h := range progtest.Hostile() {
		cell := func(k int) string {
			row := slices.Clone(good)
			row[k] = h
			return progtest.CSV(header, row)
		}
		named := slices.Clone(good)
		named[1] = h
		file := func(name, content string) string {
			path := filepath.Join(dir, fmt.Sprintf("%d-%s", i, name))
			if err := os.WriteFile(path, []byte(content), 0o600); err != nil {
				t.Fatal(err)
			}
			return path
		}
		runs = append(runs,
			run{fmt.Sprintf("nama %d", i), progtest.CSV(header, named), []string{"-in", "-", "-org", "Baik"}, 0},
			run{fmt.Sprintf("bad nip %d", i), cell(0), []string{"-in", "-"}, 1},
			run{fmt.Sprintf("bad rating %d", i), cell(2), []string{"-in", "-"}, 1},
			run{fmt.Sprintf("bad jenjang %d", i), cell(4), []string{"-in", "-"}, 1},
			run{fmt.Sprintf("bad bulan %d", i), cell(5), []string{"-in", "-"}, 1},
			run{fmt.Sprintf("bad header %d", i), progtest.CSV([]string{"nip", h}), []string{"-in", "-"}, 1},
			run{fmt.Sprintf("SIASN record %d", i), "", []string{"-siasn", file("r.json", "["+record(h, 1)+","+record(h, 9)+"]")}, 0},
			run{fmt.Sprintf("SIASN bad code %d", i), "", []string{"-siasn", file("c.json", "["+record(h, h)+"]")}, 1},
			run{fmt.Sprintf("SIASN bad JSON %d", i), "", []string{"-siasn", file("j.json", "[{\"id\": "+h+"}]")}, 1},
			run{fmt.Sprintf("-org %d", i), "", []string{"-org", h}, 2},
			run{fmt.Sprintf("no such file %d", i), "", []string{"-in", filepath.Join(dir, "missing"+h)}, 1},
			run{fmt.Sprintf("no such SIASN file %d", i), "", []string{"-siasn", filepath.Join(dir, "missing"+h)}, 1},
			run{fmt.Sprintf("unknown flag %d", i), "", []string{"-" + h}, 2},
			run{fmt.Sprintf("argument %d", i), "", []string{h}, 2},
		)
		if !strings.ContainsAny(h, "/\x00") {
			runs = append(runs,
				run{fmt.Sprintf("file name %d", i), "", []string{"-in", file(h+".csv", progtest.CSV(header, good))}, 0},
				run{fmt.Sprintf("SIASN file name %d", i), "", []string{"-siasn", file(h+".json", record("x", 1))}, 0})
		}
	}
	for _, r := range runs {
		t.Run(r.name, func(t *testing.T) {
			got := progtest.Run(realMain, r.stdin, r.args...)
			if got.Status != r.wantStatus {
				t.Errorf("status %d, want %d: %+v", got.Status, r.wantStatus, got)
			}
			progtest.CheckTerminal(t, got)
		})
	}
}

// TestFault23Item12SIASNInput: -siasn - reads standard input as every
// other input does; a UTF-8 byte order mark is dropped and UTF-16 is
// refused with how to save the file, as for a CSV file (issue 23, item
// 12: "-" was opened as a file, and a BOM gave "invalid character 'ï'").
func TestFault23Item12SIASNInput(t *testing.T) {
	record := `[{"id":"r1","pnsDinilaiId":"p1","tahun":2023,"hasilKinerjaNilai":1,"PerilakuKerjaNilai":2,"KuadranKinerjaNilai":2}]`
	utf16 := func(s string, bom bool) string {
		var b []byte
		if bom {
			b = append(b, 0xFF, 0xFE)
		}
		for _, c := range []byte(s) {
			b = append(b, c, 0)
		}
		return string(b)
	}
	path := filepath.Join(t.TempDir(), "r.json")
	if err := os.WriteFile(path, []byte(record), 0o600); err != nil {
		t.Fatal(err)
	}
	fromFile := progtest.Run(realMain, "", "-siasn", path, "-lang", "en")
	if fromFile.Status != 0 || !strings.Contains(fromFile.Stdout, "Audit of 1 rw-skp22 records in "+path) {
		t.Fatalf("the record from a file: %+v", fromFile)
	}
	fromStdin := result{Status: 0, Stdout: strings.Replace(fromFile.Stdout, "records in "+path, "records in stdin", 1)}
	tests := []struct {
		name  string
		stdin string
		args  []string
		want  result
	}{
		{"standard input", record, []string{"-siasn", "-", "-lang", "en"}, fromStdin},
		{"byte order mark", "\uFEFF" + record, []string{"-siasn", "-", "-lang", "en"}, fromStdin},
		{"UTF-16 with a byte order mark", utf16(record, true), []string{"-siasn", "-"},
			result{Status: 1, Stderr: "skp: stdin: the file is UTF-16 (or UTF-32) text: save it as UTF-8\n"}},
		{"UTF-16 without one", utf16(record, false), []string{"-siasn", "-"},
			result{Status: 1, Stderr: "skp: stdin: the file is UTF-16 (or UTF-32) text: save it as UTF-8\n"}},
		{"-siasn with -in", "", []string{"-siasn", "-", "-in", "x.csv", "-lang", "en"},
			result{Status: 2, Stderr: "skp: -siasn cannot be combined with -in or -org\n"}},
		{"-max-line 0", "", []string{"-max-line", "0"}, result{Status: 2, Stderr: "skp: -max-line 0: want 1 to 1073741824 bytes (1 GiB)\n"}},
		{"-workers -1", "", []string{"-workers", "-1"}, result{Status: 2, Stderr: "skp: -workers -1: want 0 (one per core) to 256\n"}},
		{"-max-line -1", "", []string{"-max-line", "-1"}, result{Status: 2, Stderr: "skp: -max-line -1: want 1 to 1073741824 bytes (1 GiB)\n"}},
		{"-places 10", "", []string{"-places", "10", "-lang", "en"}, result{Status: 2, Stderr: "skp: -places 10 outside 0–9\n"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, progtest.Run(realMain, tc.stdin, tc.args...)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}
