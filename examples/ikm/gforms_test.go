package main

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// handWords are the questionnaire's answer words, 1 to 4, per unsur as the
// column map names them, written out here from the rule table so that the
// test does not read them from the library it checks.
var handWords = map[string][4]string{
	"Persyaratan":                             {"Tidak sesuai", "Kurang sesuai", "Sesuai", "Sangat sesuai"},
	"Sistem, Mekanisme dan Prosedur":          {"Tidak mudah", "Kurang mudah", "Mudah", "Sangat mudah"},
	"Waktu Penyelesaian":                      {"Tidak cepat", "Kurang cepat", "Cepat", "Sangat cepat"},
	"Biaya/Tarif":                             {"Sangat mahal", "Cukup mahal", "Murah", "Gratis"},
	"Produk Spesifikasi Jenis Pelayanan":      {"Tidak sesuai", "Kurang sesuai", "Sesuai", "Sangat sesuai"},
	"Kompetensi Pelaksana":                    {"Tidak kompeten", "Kurang kompeten", "Kompeten", "Sangat kompeten"},
	"Perilaku Pelaksana":                      {"Tidak sopan dan ramah", "Kurang sopan dan ramah", "Sopan dan ramah", "Sangat sopan dan ramah"},
	"Penanganan Pengaduan, Saran dan Masukan": {"Tidak ada", "Ada tetapi tidak berfungsi", "Berfungsi kurang maksimal", "Dikelola dengan baik"},
	"Sarana dan Prasarana":                    {"Buruk", "Cukup", "Baik", "Sangat baik"},
}

// handIKM computes the IKM by hand from per-unsur sums and counts: Σ
// (sum/count) / 9 × 25, exactly, rounded half-up to two places.
func handIKM(sum, count map[string]int) string {
	total := new(big.Rat)
	for u := range handWords {
		total.Add(total, big.NewRat(int64(sum[u]), int64(count[u])))
	}
	x := total.Mul(total, big.NewRat(25*100, 9)) // in hundredths
	q, r := new(big.Int).QuoRem(x.Num(), x.Denom(), new(big.Int))
	if new(big.Int).Mul(r, big.NewInt(2)).Cmp(x.Denom()) >= 0 {
		q.Add(q, big.NewInt(1))
	}
	s := fmt.Sprintf("%03d", q)
	return s[:len(s)-2] + "." + s[len(s)-2:]
}

// TestGoogleFormsSample reads the committed Google Forms-shaped sample
// with its column map, as the README's command does, and checks the
// program's IKM of the unit (pooled over all respondents) and of each
// service against figures computed here by hand from the same file: the
// answer words looked up in the table above, the IKM from exact
// fractions. The pooled index is not the mean of the services'.
func TestGoogleFormsSample(t *testing.T) {
	read := func(name string) [][]string {
		f, err := os.Open(name)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		recs, err := csv.NewReader(f).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		return recs
	}
	roles := map[string]string{}
	for _, r := range read("sample_gforms_columns.csv")[1:] {
		roles[r[0]] = r[1]
	}
	rows := read("sample_gforms.csv")
	header := rows[0]
	sum, count := map[string]map[string]int{"": {}}, map[string]map[string]int{"": {}}
	for _, rec := range rows[1:] {
		group := ""
		for i, h := range header {
			if roles[h] == "group" {
				group = rec[i]
			}
		}
		if sum[group] == nil {
			sum[group], count[group] = map[string]int{}, map[string]int{}
		}
		for i, h := range header {
			words, ok := handWords[roles[h]]
			if !ok || rec[i] == "" {
				continue
			}
			a := 0
			for k, w := range words {
				if strings.EqualFold(w, rec[i]) {
					a = k + 1
				}
			}
			if a == 0 {
				t.Fatalf("%q is no answer to %s", rec[i], roles[h])
			}
			for _, g := range []string{"", group} {
				sum[g][roles[h]] += a
				count[g][roles[h]]++
			}
		}
	}
	want := map[string]string{}
	for g := range sum {
		want[g] = handIKM(sum[g], count[g])
	}
	got := runMain("", "-in", "sample_gforms.csv", "-columns", "sample_gforms_columns.csv", "-population", "110", "-json")
	if got.Status != 0 {
		t.Fatalf("%+v", got)
	}
	var doc struct {
		GroupColumn string
		Result      struct {
			Index       string
			Respondents int
			Groups      []struct {
				Name   string
				Result struct{ Index string }
			}
		}
	}
	if err := json.Unmarshal([]byte(got.Stdout), &doc); err != nil {
		t.Fatal(err)
	}
	have := map[string]string{"": doc.Result.Index}
	for _, g := range doc.Result.Groups {
		have[g.Name] = g.Result.Index
	}
	if diff := cmp.Diff(want, have); diff != "" {
		t.Errorf("IKM per service and pooled (\"\"), (-by hand +program):\n%s", diff)
	}
	// The figures as the README's command prints them, pinned.
	pinned := map[string]string{"": "81.13", "Akta Kelahiran": "98.25", "Kartu Keluarga": "74.30", "Pembuatan KTP-el": "74.92"}
	if diff := cmp.Diff(pinned, have); diff != "" {
		t.Errorf("(-pinned +program):\n%s", diff)
	}
	if doc.Result.Respondents != len(rows)-1 || doc.GroupColumn != "Jenis layanan yang Saudara terima" {
		t.Errorf("respondents %d, group column %q", doc.Result.Respondents, doc.GroupColumn)
	}
}

// TestColumnMap checks the column map's rules: every column of the export
// mapped or refused, the timestamp as the id, roles read in any case, and
// the errors that name the file, line and column.
func TestColumnMap(t *testing.T) {
	q := func(i int) string { return fmt.Sprintf("Pertanyaan %d?", i) }
	var header, row []string
	var m strings.Builder
	m.WriteString("column,role\nWaktu,timestamp\nLayanan,GROUP\n")
	header = append(header, "Waktu", "Layanan")
	row = append(row, "01/03/2024 08:00:01", "KTP")
	for i, u := range []string{"U1", "sistem mekanisme dan prosedur", "U3", "Biaya / Tarif", "U5", "U6", "U7", "U8", "U9"} {
		header = append(header, q(i+1))
		fmt.Fprintf(&m, "%s,%s\n", q(i+1), u)
		row = append(row, "4")
	}
	row[2+3] = "Gratis"
	header = append(header, "Catatan")
	row = append(row, "—")
	base := m.String()
	dir := t.TempDir()
	file := func(name, content string) string {
		p := dir + "/" + name
		if err := os.WriteFile(p, []byte(content), 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	export := file("e.csv", strings.Join(header, ",")+"\n"+strings.Join(row, ",")+"\n")
	tests := []struct {
		name, columns string
		status        int
		want          string
	}{
		{"mapped", base + "Catatan,ignore\n", 0, "IKM: 100,00"},
		{"a column not in the map", base, 1, "e.csv:1: column Catatan: unknown column"},
		{"an unknown role", base + "Catatan,komentar\n", 1, `columns.csv:13: column role: "komentar" is no role`},
		{"a column listed twice", base + "Catatan,ignore\nWaktu,ignore\n", 1, `columns.csv:14: column column: "Waktu" already on line 2`},
		{"two columns on one unsur", strings.Replace(base, q(2)+",sistem mekanisme dan prosedur", q(2)+",U1", 1) + "Catatan,ignore\n", 1, "column U1: appears twice"},
		{"no id", strings.Replace(base, "Waktu,timestamp", "Waktu,ignore", 1) + "Catatan,ignore\n", 1, "column respondent: missing"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := runMain("", "-in", export, "-columns", file("columns.csv", tc.columns), "-population", "1")
			out := got.Stdout + got.Stderr
			if got.Status != tc.status || !strings.Contains(out, tc.want) {
				t.Errorf("status %d, want %d and %q:\n%s", got.Status, tc.status, tc.want, out)
			}
		})
	}
	// An answer word of another unsur names both.
	bad := file("bad.csv", strings.Join(header, ",")+"\n"+strings.Replace(strings.Join(row, ","), "Gratis", "Sangat sesuai", 1)+"\n")
	got := runMain("", "-in", bad, "-columns", file("columns.csv", base+"Catatan,ignore\n"), "-population", "1")
	if want := `bad.csv:2: column U4: "Sangat sesuai" is not an answer: it answers Persyaratan and Produk Spesifikasi Jenis Pelayanan, not Biaya/Tarif`; got.Status != 1 || !strings.Contains(got.Stderr, want) {
		t.Errorf("%+v\nwant %q", got, want)
	}
}

// TestNRRPlaces: -nrr-places changes how the NRR is shown, never the
// index; out of 0–9 it is a usage error.
func TestNRRPlaces(t *testing.T) {
	for places, want := range map[string]string{"2": "2.16  53.91", "3": "2.156  53.91", "5": "2.15625  53.91"} {
		got := runMain("", "-lang", "en", "-nrr-places", places)
		if got.Status != 0 || !strings.Contains(got.Stdout, "Waktu Penyelesaian") || !strings.Contains(got.Stdout, want) || !strings.Contains(got.Stdout, "IKM: 78.64") {
			t.Errorf("-nrr-places %s: want %q and IKM 78.64:\n%s", places, want, got.Stdout)
		}
	}
	if got := runMain("", "-lang", "en", "-nrr-places", "10"); got.Status != 2 || !strings.Contains(got.Stderr, "-nrr-places 10: want 0 to 9") {
		t.Errorf("%+v", got)
	}
}

// TestInstrument2014: -instrument 2014 reads the unsur of PermenPANRB
// 16/2014 by name, Maklumat Pelayanan among them, with the generic answers
// for the unsur 2017 does not ask and the answer words for the others.
func TestInstrument2014(t *testing.T) {
	export := "respondent,Persyaratan,Prosedur,Waktu Pelayanan,Biaya/Tarif,Produk Spesifikasi Jenis Pelayanan,Kompetensi Pelaksana,Perilaku Pelaksana,Maklumat Pelayanan,\"Penanganan Pengaduan, Saran dan Masukan\"\n" +
		"A,Sangat sesuai,4,4,Gratis,4,4,4,Kurang Baik,Dikelola dengan baik\n"
	got := runMain(export, "-in", "-", "-population", "1", "-instrument", "2014", "-lang", "en")
	for _, want := range []string{"Instrument: PermenPANRB No. 16 Tahun 2014 (superseded)", "U8     Maklumat Pelayanan", "2.000", "IKM: 94.44"} {
		if got.Status != 0 || !strings.Contains(got.Stdout, want) {
			t.Errorf("lacks %q: %+v", want, got)
		}
	}
	if got := runMain(export, "-in", "-", "-population", "1"); got.Status != 1 || !strings.Contains(got.Stderr, "column Prosedur: unknown column") {
		t.Errorf("a 2014 export read as 2017: %+v", got)
	}
}
