package kinerja_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/go-asn/berakhlak/akhlak"
	"github.com/go-asn/berakhlak/kinerja"
)

// tamper replaces old with new in a JSON document, once, and panics when old
// is not there, so that an example cannot pass on a document it left alone.
func tamper(doc []byte, old, new string) []byte {
	if !strings.Contains(string(doc), old) {
		panic("tamper: " + old + " not in " + string(doc))
	}
	return []byte(strings.Replace(string(doc), old, new, 1))
}

// istimewa checks ten employees, eight of them Sangat Baik, against the
// pattern of an Istimewa organisation.
func istimewa() kinerja.Findings {
	fs, err := kinerja.CheckDistribution(kinerja.OrganisasiIstimewa,
		map[kinerja.Predikat]int{kinerja.SangatBaik: 8, kinerja.Baik: 2}, kinerja.DistributionRules{})
	if err != nil {
		panic(err)
	}
	return fs
}

// perilaku returns a behaviour section with the given rating and no
// expectation text.
func perilaku(r kinerja.Rating) kinerja.PerilakuKerja {
	var items []kinerja.Ekspektasi
	for _, v := range akhlak.Values() {
		items = append(items, kinerja.Ekspektasi{Value: v})
	}
	pk, err := kinerja.NewPerilakuKerja(r, items)
	if err != nil {
		panic(err)
	}
	return pk
}

func ExampleClause() {
	// The pattern an organisation rated Kurang guides its leader towards.
	for _, c := range kinerja.Pattern(kinerja.OrganisasiKurang) {
		fmt.Printf("%s (kind %q, limit %d%%)\n", c, c.Kind, c.Percent)
	}
	// Output:
	// at least 60% Kurang/Misconduct (kind "at least", limit 60%)
	// at least 10% Butuh Perbaikan (kind "at least", limit 10%)
	// at most 10% Sangat Baik (kind "at most", limit 10%)
}

func ExampleClause_Equal() {
	a := kinerja.Pattern(kinerja.OrganisasiIstimewa)[1]
	b := kinerja.Clause{Kind: kinerja.ClauseAtMost, Predikat: []kinerja.Predikat{kinerja.SangatBaik}, Percent: 70}
	fmt.Println(a, "|", a.Equal(b))

	b.Percent = 60
	fmt.Println(a.Equal(b))
	// Output:
	// at most 70% Sangat Baik | true
	// false
}

func ExampleClauseKind() {
	for _, c := range kinerja.Pattern(kinerja.OrganisasiSangatKurang) {
		switch c.Kind {
		case kinerja.ClauseAtLeast, kinerja.ClauseAtMost:
			fmt.Println(c.Kind, "a share of", c.Percent, "percent")
		default:
			fmt.Println(c.Kind, "— no limit")
		}
	}
	// Output:
	// at least a share of 60 percent
	// at least a share of 10 percent
	// none — no limit
}

func ExampleFinding_Equal() {
	a, b := istimewa(), istimewa()
	fmt.Println(a[1].Equal(b[1]), a[0].Equal(a[1]))

	c := a[1]
	c.Met = !c.Met
	fmt.Println(a[1].Equal(c))
	// Output:
	// true false
	// false
}

func ExampleFinding_UnmarshalJSON() {
	want := istimewa()[1]
	doc, _ := json.Marshal(want)
	var f kinerja.Finding
	err := json.Unmarshal(doc, &f)
	fmt.Println(err, f.Equal(want))
	fmt.Println(f)

	// 80% is above "at most 70%": a finding that says it is met is refused.
	err = json.Unmarshal(tamper(doc, `"met":false`, `"met":true`), &f)
	fmt.Println(err)
	fmt.Println(errors.Is(err, kinerja.ErrInvalidInput))
	// Output:
	// <nil> true
	// at most 70% Sangat Baik: 8 of 10 (80.0%): not met
	// kinerja: Finding JSON: met true, but 8 of 10 does not give it: invalid input
	// true
}

func ExampleFindings() {
	fs := istimewa()
	fmt.Println(len(fs), "clauses, all met:", fs.Met())
	for _, f := range fs.Unmet() {
		fmt.Println("not met:", f)
	}
	// Output:
	// 2 clauses, all met: false
	// not met: at most 70% Sangat Baik: 8 of 10 (80.0%): not met
}

func ExampleFindings_Equal() {
	fmt.Println(istimewa().Equal(istimewa()))
	fmt.Println(kinerja.Findings(nil).Equal(kinerja.Findings{}))

	other, _ := kinerja.CheckDistribution(kinerja.OrganisasiIstimewa,
		map[kinerja.Predikat]int{kinerja.SangatBaik: 7, kinerja.Baik: 3}, kinerja.DistributionRules{})
	fmt.Println(istimewa().Equal(other))
	// Output:
	// true
	// true
	// false
}

func ExampleFindings_UnmarshalJSON() {
	doc, _ := json.Marshal(istimewa())
	var fs kinerja.Findings
	err := json.Unmarshal(doc, &fs)
	fmt.Println(err, fs.Equal(istimewa()), fs.Met())

	// Findings of one organisation share its total: one finding of 11
	// employees among findings of 10 is refused.
	err = json.Unmarshal(tamper(doc, `"count":8,"total":10,"share":"80.0"`, `"count":8,"total":11,"share":"72.7"`), &fs)
	fmt.Println(err)
	fmt.Println(errors.Is(err, kinerja.ErrInvalidInput))
	// Output:
	// <nil> true false
	// kinerja: Findings JSON: finding 2 has 10 employees, the first 11: invalid input
	// true
}

func ExampleJenjang() {
	for _, j := range kinerja.AllJenjang() {
		k, _ := j.Koefisien()
		fmt.Printf("%-12s %s\n", j, k)
	}
	// Output:
	// Ahli Pertama 12.5
	// Ahli Muda    25
	// Ahli Madya   37.5
	// Ahli Utama   50
	// Pemula       3.75
	// Terampil     5
	// Mahir        12.5
	// Penyelia     25
}

func ExamplePerilakuKerja() {
	var items []kinerja.Ekspektasi
	for _, v := range akhlak.Values() {
		items = append(items, kinerja.Ekspektasi{Value: v})
	}
	items[1].Khusus = "Menyelesaikan laporan keuangan tepat waktu"
	pk, err := kinerja.NewPerilakuKerja(kinerja.DiAtasEkspektasi, items)
	fmt.Println(pk.IsValid(), pk.Rating(), err)
	fmt.Println(pk.Ekspektasi(akhlak.Akuntabel).Khusus)

	// The rating is the official's: with Hasil Kerja it gives the predikat.
	p, _ := kinerja.PredikatPegawai(kinerja.SesuaiEkspektasi, pk.Rating())
	fmt.Println(p)
	// Output:
	// true Di Atas Ekspektasi <nil>
	// Menyelesaikan laporan keuangan tepat waktu
	// Baik
}

func ExamplePerilakuKerja_Equal() {
	a := perilaku(kinerja.SesuaiEkspektasi)
	fmt.Println(a.Equal(perilaku(kinerja.SesuaiEkspektasi)), a.Equal(perilaku(kinerja.DiAtasEkspektasi)))
	fmt.Println(a.Equal(kinerja.PerilakuKerja{}))
	// Output:
	// true false
	// false
}

func ExamplePredikat() {
	p, _ := kinerja.PredikatPegawai(kinerja.DiAtasEkspektasi, kinerja.SesuaiEkspektasi)
	fmt.Printf("%s (%s): %d%% of the coefficient; at least Baik: %v\n", p, p.English(), p.Persentase(), p >= kinerja.Baik)

	q, err := kinerja.ParsePredikat("BUTUH PERBAIKAN")
	fmt.Println(q == kinerja.ButuhPerbaikan, err)
	// Output:
	// Baik (Good): 100% of the coefficient; at least Baik: true
	// true <nil>
}

func ExamplePredikatOrganisasi() {
	for _, o := range kinerja.AllPredikatOrganisasi() {
		fmt.Printf("%s (%s): %d clauses\n", o, o.English(), len(kinerja.Pattern(o)))
	}
	// Output:
	// Sangat Kurang (Very poor): 3 clauses
	// Kurang (Poor): 3 clauses
	// Butuh Perbaikan (Needs improvement): 2 clauses
	// Baik (Good): 3 clauses
	// Istimewa (Outstanding): 2 clauses
}

func ExampleRating() {
	for _, r := range kinerja.Ratings() {
		fmt.Printf("%-20s %s\n", r, r.English())
	}
	r, err := kinerja.ParseRating("DIATAS ESPEKTASI") // as SIASN sends it
	fmt.Println(r == kinerja.DiAtasEkspektasi, r >= kinerja.SesuaiEkspektasi, err)
	// Output:
	// Di Bawah Ekspektasi  Below expectations
	// Sesuai Ekspektasi    Meets expectations
	// Di Atas Ekspektasi   Above expectations
	// true true <nil>
}
