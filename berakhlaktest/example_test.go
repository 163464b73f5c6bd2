package berakhlaktest_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/go-asn/berakhlak/akhlak"
	"github.com/go-asn/berakhlak/berakhlaktest"
	"github.com/go-asn/berakhlak/category"
	"github.com/go-asn/berakhlak/engagement"
	"github.com/go-asn/berakhlak/ikm"
	"github.com/go-asn/berakhlak/kinerja"
	"github.com/go-asn/berakhlak/kinerja/siasn"
	"github.com/go-asn/berakhlak/survey"
	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
)

// In an app's test, the checks take the test's t. These examples pass a
// testing.TB that prints what a check reports instead.
type printTB struct{ testing.TB }

func (printTB) Helper() {}

func (printTB) Errorf(format string, args ...any) { fmt.Printf(format+"\n", args...) }

func (printTB) Fatal(args ...any) { fmt.Println(args...) }

var t testing.TB = printTB{}

func d(s string) decimal.Decimal { return decimal.RequireFromString(s) }

// An app's pipeline, in these examples: the national index from the
// agencies' published profiles.
func appNationalIndex(profiles ...akhlak.Profile) (akhlak.National, error) {
	var units []akhlak.Unit
	for i, p := range profiles {
		units = append(units, akhlak.Unit{Name: fmt.Sprint("Instansi ", i+1), Respondents: 400, Minimum: survey.Slovin(500, 5), Profile: p})
	}
	return akhlak.Aggregate(units)
}

// Example shows the three common uses in an app's test: a published
// figure as the expected value, seeded rows as input, and CmpOptions to
// compare the module's values.
func Example() {
	// 1. The app's pipeline reproduces the published 2022 national index.
	national, err := appNationalIndex(berakhlaktest.National2022().Value)
	if err != nil {
		t.Fatal(err)
	}
	berakhlaktest.NationalIndex2022().Check(t, national.Index())

	// 2. Seeded rows, with exactly 3 bad ones, for the app's error path.
	rows, _ := berakhlaktest.Ratings(survey.DefaultRatingScale(), berakhlaktest.Options{Seed: 1, Rows: 1000, Bad: 3})
	tally, _ := akhlak.NewRatingTally(survey.DefaultRatingScale())
	refused := 0
	for _, r := range rows {
		if err := tally.Add(r.ID, r.Value); err != nil {
			refused++
		}
	}
	fmt.Println("refused:", refused)

	// 3. Two results of the same data, built apart, compare equal.
	again, _ := appNationalIndex(berakhlaktest.National2022().Value)
	if diff := cmp.Diff(national, again, berakhlaktest.CmpOptions()); diff != "" {
		t.Errorf("national (-want +got):\n%s", diff)
	}
	// Output:
	// refused: 3
}

func ExampleCmpOptions() {
	// Profiles have unexported fields, and an Equal method that go-cmp
	// uses; a diff shows the figures, as published.
	published := berakhlaktest.National2022().Value
	scores := map[akhlak.Value]decimal.Decimal{}
	for _, v := range akhlak.Values() {
		scores[v] = published.Score(v).Decimal() // the same figures
	}
	fmt.Println(cmp.Equal(published, akhlak.MustNewProfile(scores), berakhlaktest.CmpOptions()))

	scores[akhlak.Adaptif] = d("40.1")
	diff := cmp.Diff(published, akhlak.MustNewProfile(scores), berakhlaktest.CmpOptions())
	fmt.Println(strings.Contains(diff, `s"38.9"`), strings.Contains(diff, `s"40.1"`))
	// Output:
	// true
	// true true
}

func ExampleEquateDecimals() {
	// An app's own struct that holds decimals.
	type row struct {
		Unit  string
		Index decimal.Decimal
	}
	a := row{"Biro Umum", d("61.0")}
	b := row{"Biro Umum", d("61")}
	fmt.Println(cmp.Equal(a, b, berakhlaktest.EquateDecimals()))
	// Output:
	// true
}

func ExampleNational2022() {
	p := berakhlaktest.National2022()
	fmt.Println(p.Value.Index().String(), p.Value.Band())
	fmt.Println(p.Value.Score(akhlak.Adaptif), p.Value.Lowest())
	fmt.Println(p.Source.Publisher)
	// Output:
	// 60.9 B Cukup Sehat
	// 38.9 [Adaptif]
	// KemenPANRB
}

func ExampleNationalIndex2022() {
	national, _ := appNationalIndex(berakhlaktest.National2022().Value)
	berakhlaktest.NationalIndex2022().Check(t, national.Index()) // reports nothing: reproduced
	fmt.Println(berakhlaktest.NationalIndex2022().Value)
	// Output:
	// 60.9
}

func ExampleNationalIndex2023() {
	p := berakhlaktest.NationalIndex2023()
	band, _ := category.BerAKHLAK().Classify(p.Value.Decimal())
	fmt.Println(p.Value, band, p.Source.Date)
	// Output:
	// 61.1 B Cukup Sehat 2024-01-18
}

func ExampleKabupatenTegalIndex() {
	p := berakhlaktest.KabupatenTegalIndex()
	band, _ := category.BerAKHLAK().Classify(p.Value.Decimal())
	fmt.Println(p.Value, band)
	// Output:
	// 62.3 B Cukup Sehat
}

func ExampleIKMWorkedExample() {
	rows, published := berakhlaktest.IKMWorkedExample()
	tally := ikm.NewTally()
	for i, r := range rows {
		if err := tally.Add(fmt.Sprint("R", i+1), r); err != nil {
			t.Fatal(err)
		}
	}
	res, _ := tally.Result(survey.KrejcieMorgan(30))
	published.Check(t, res.Index())
	fmt.Println(len(rows), res.Index(), res.Band())
	// Output:
	// 29 91.48 A Sangat Baik
}

func ExampleAngkaKreditExamples() {
	for _, ex := range berakhlaktest.AngkaKreditExamples() {
		got, _ := kinerja.AngkaKredit(ex.Jenjang, ex.Predikat, ex.Bulan, kinerja.WithPlaces(ex.Places))
		ex.AngkaKredit.Check(t, got)
		fmt.Println(ex.Jenjang, ex.Predikat, ex.Bulan, got)
	}
	// Output:
	// Ahli Pertama Sangat Baik 12 18.75
	// Ahli Pertama Baik 2 2.08
}

func ExampleAngkaKreditExample() {
	ex := berakhlaktest.AngkaKreditExamples()[1]
	fmt.Println(ex.AngkaKredit.Value, "at", ex.Places, "places:", ex.AngkaKredit.Source.Publisher)
	// Output:
	// 2.08 at 2 places: BKN
}

func ExamplePublished() {
	p := berakhlaktest.Published[decimal.Decimal]{
		Value:  d("74.5"),
		Source: berakhlaktest.Source{Publisher: "Biro Organisasi", Title: "Laporan Survei Budaya Kerja 2024"},
	}
	p.Check(t, d("74.50")) // equal by value: nothing reported
	fmt.Println(p.Value, "—", p.Source)
	// Output:
	// 74.5 — Biro Organisasi, Laporan Survei Budaya Kerja 2024
}

func ExamplePublished_Check() {
	national, err := appNationalIndex(berakhlaktest.National2022().Value)
	if err != nil {
		t.Fatal(err)
	}
	berakhlaktest.National2022().Check(t, national.Profile())
	berakhlaktest.NationalIndex2022().Check(t, national.Index())
	fmt.Println("reproduced")
	// Output:
	// reproduced
}

func ExampleSource() {
	s := berakhlaktest.NationalIndex2023().Source
	fmt.Println(s.Publisher, s.Date)
	fmt.Println(strings.HasPrefix(s.URL, "https://"))
	// Output:
	// KemenPANRB 2024-01-18
	// true
}

func ExampleSource_String() {
	fmt.Println(berakhlaktest.KabupatenTegalIndex().Source)
	// Output:
	// Pemerintah Kabupaten Tegal, Indeks BerAKHLAK, Survei Budaya Kerja ASN (5,773 respondents, category B Cukup Sehat)
}

func ExampleOptions() {
	// 10 rows, 2 of them bad and 1 repeating an earlier one.
	o := berakhlaktest.Options{Seed: 7, Rows: 10, Bad: 2, Duplicates: 1}
	rows, _ := berakhlaktest.Ratings(survey.DefaultRatingScale(), o)
	for _, r := range rows {
		if r.Bad != "" || r.Duplicate {
			fmt.Printf("%s bad %q duplicate %v\n", r.ID, r.Bad, r.Duplicate)
		}
	}
	_, err := berakhlaktest.Ratings(survey.DefaultRatingScale(), berakhlaktest.Options{Rows: 10, Missing: 120})
	fmt.Println(err)
	// Output:
	// R00000004 bad "no answer at all" duplicate false
	// R00000005 bad "" duplicate true
	// R00000006 bad "LO2: answer 6 outside the scale" duplicate false
	// berakhlaktest: Options.Missing is 120: want a percentage, 0 to 100: invalid input
}

func ExampleRow() {
	rows, _ := berakhlaktest.SIASNRecords(berakhlaktest.Options{Seed: 3, Rows: 4, Bad: 1})
	for _, r := range rows {
		fmt.Printf("%s kuadran %s bad %q\n", r.ID, r.Value.KuadranKinerjaNilai, r.Bad)
	}
	// Output:
	// skp-00000001 kuadran 5 bad "KuadranKinerjaNilai: kuadran mismatch: stored 5, expected 2"
	// skp-00000002 kuadran 5 bad ""
	// skp-00000003 kuadran 2 bad ""
	// skp-00000004 kuadran 2 bad ""
}

// picks3 is a small instrument for short examples: the 21 behaviours, one
// extra option, three picks per list.
func picks3() akhlak.Instrument {
	in, _ := akhlak.NewInstrument(3, akhlak.Option{Code: "BIROKRATIS", Kind: akhlak.OptionLimiting, Text: "Birokratis"})
	return in
}

func ExampleBallots() {
	in := akhlak.DefaultInstrument()
	rows, _ := berakhlaktest.Ballots(in, berakhlaktest.Options{Seed: 1, Rows: 200, Missing: 5, Bad: 2})
	tally, _ := akhlak.NewBallotTally(in)
	for _, r := range rows {
		if err := tally.Add(r.ID, r.Value); err != nil {
			fmt.Println(r.Bad, "→", err)
		}
	}
	res, _ := tally.Result(survey.FixedMinimum(100))
	fmt.Println(res.Respondents(), res.Index(), res.Band())
	// Output:
	// current: option AK1 picked twice → survey: respondent "R00000086": current: AK1: picked twice
	// current: option 29 is not in the instrument → survey: respondent "R00000087": current: option 29: not in the instrument
	// 198 71.7 B Cukup Sehat
}

func ExampleBallotsCSV() {
	in := picks3()
	rows, _ := berakhlaktest.Ballots(in, berakhlaktest.Options{Seed: 1, Rows: 3, Bad: 1})
	fmt.Print(string(berakhlaktest.BallotsCSV(in, rows)))
	// Output:
	// respondent,personal,current,desired
	// R00000001,KO2;LO3;AK3,AK3;AK1;BP1,HA1
	// R00000002,KO3;HA1,AK1;XX24,KL3;BP1
	// R00000003,HA2;KO3;AK3,HA1;LO1;KL3,AK2;AK1
}

func ExampleInstrumentCSV() {
	fmt.Print(string(berakhlaktest.InstrumentCSV(picks3())))
	// Output:
	// code,kind,text
	// BIROKRATIS,limiting,Birokratis
}

func ExampleRatings() {
	rows, _ := berakhlaktest.Ratings(survey.DefaultRatingScale(), berakhlaktest.Options{Seed: 1, Rows: 800, Missing: 3})
	tally, _ := akhlak.NewRatingTally(survey.DefaultRatingScale())
	for _, r := range rows {
		if err := tally.Add(r.ID, r.Value); err != nil {
			t.Fatal(err)
		}
	}
	res, _ := tally.Result(survey.Slovin(1000, 5))
	fmt.Println(res.Respondents(), res.Score(akhlak.Akuntabel).String(), res.Score(akhlak.Adaptif).String(), res.Index().String())
	// Output:
	// 800 76.0 32.9 55.7
}

func ExampleRatingsCSV() {
	rows, _ := berakhlaktest.Ratings(survey.DefaultRatingScale(), berakhlaktest.Options{Seed: 1, Rows: 2, Missing: 10})
	fmt.Print(string(berakhlaktest.RatingsCSV(rows)))
	// Output:
	// respondent,BP1,BP2,BP3,AK1,AK2,AK3,KO1,KO2,KO3,HA1,HA2,HA3,LO1,LO2,LO3,AD1,AD2,AD3,KL1,KL2,KL3
	// R00000001,2,2,3,5,4,,3,3,2,,4,3,2,4,2,,2,2,3,3,3
	// R00000002,1,2,2,3,,,2,2,1,,4,3,3,2,3,2,,1,2,2,
}

// definition is an app's own engagement instrument.
var definition = engagement.Definition{
	Items: []survey.Item{
		{Code: "K1", Dimension: "Komitmen"}, {Code: "K2", Dimension: "Komitmen", Reverse: true},
		{Code: "B1", Dimension: "Bangga"}, {Code: "B2", Dimension: "Bangga"},
	},
	Recommend: true,
}

func ExampleEngagementResponses() {
	rows, _ := berakhlaktest.EngagementResponses(definition, berakhlaktest.Options{Seed: 1, Rows: 300, Missing: 2})
	in, _ := engagement.NewInstrument(definition)
	tally, _ := engagement.NewTally(in)
	for _, r := range rows {
		if err := tally.Add(r.Value); err != nil {
			t.Fatal(err)
		}
	}
	res, _ := tally.Result(engagement.OfficialMinimum())
	index, _ := res.Index()
	enps, _ := res.ENPS()
	fmt.Println(res.Respondents(), index, enps.Score, len(res.Groups()))
	// Output:
	// 300 43.8 -49 5
}

func ExampleEngagementCSV() {
	rows, _ := berakhlaktest.EngagementResponses(definition, berakhlaktest.Options{Seed: 1, Rows: 2})
	fmt.Print(string(berakhlaktest.EngagementCSV(definition, rows)))
	// Output:
	// respondent,unit,K1,K2,B1,B2,recommend
	// R00000001,Bidang Data,4,2,4,5,9
	// R00000002,Sekretariat,3,3,3,3,6
}

func ExampleItemsCSV() {
	fmt.Print(string(berakhlaktest.ItemsCSV(definition.Items)))
	// Output:
	// code,dimension,reverse
	// K1,Komitmen,no
	// K2,Komitmen,yes
	// B1,Bangga,no
	// B2,Bangga,no
}

func ExampleSKPRows() {
	rows, _ := berakhlaktest.SKPRows(berakhlaktest.Options{Seed: 1, Rows: 5, Bad: 1})
	for _, r := range rows {
		e := r.Value
		p, _ := kinerja.PredikatPegawai(e.HasilKerja, e.PerilakuKerja)
		fmt.Printf("%s %s %q\n", e.NIP, p, r.Bad)
	}
	// Output:
	// 196910271998061409 Baik "bulan: 13 is not a month count 1–12"
	// 199010042015061967 Sangat Baik ""
	// 198204172008021837 Baik ""
	// 196108151984062950 Sangat Kurang ""
	// 197403021998111711 Baik ""
}

func ExampleSKPRow() {
	rows, _ := berakhlaktest.SKPRows(berakhlaktest.Options{Seed: 1, Rows: 1})
	e := rows[0].Value
	p, _ := kinerja.PredikatPegawai(e.HasilKerja, e.PerilakuKerja)
	ak, _ := kinerja.AngkaKredit(e.Jenjang, p, e.Bulan)
	fmt.Println(e.Nama, "|", e.HasilKerja, "|", e.PerilakuKerja, "|", e.Jenjang, e.Bulan, "|", ak)
	// Output:
	// Sari Wijaya | Sesuai Ekspektasi | Sesuai Ekspektasi | Ahli Pertama 5 | 5.208
}

func ExampleSKPCSV() {
	rows, _ := berakhlaktest.SKPRows(berakhlaktest.Options{Seed: 2026, Rows: 3, Missing: 50})
	fmt.Print(string(berakhlaktest.SKPCSV(rows)))
	// Output:
	// nip,nama,hasil_kerja,perilaku_kerja,jenjang,bulan
	// 197908212006051243,Lestari Kusuma,Sesuai Ekspektasi,Sesuai Ekspektasi,,
	// 198307162005081569,Yuni Lestari,Sesuai Ekspektasi,Sesuai Ekspektasi,Terampil,12
	// 199604112023041489,Indra Setiawan,Di Atas Ekspektasi,Di Atas Ekspektasi,,
}

func ExampleSIASNRecords() {
	rows, _ := berakhlaktest.SIASNRecords(berakhlaktest.Options{Seed: 1, Rows: 1000, Bad: 40})
	kinds := map[siasn.FindingKind]int{}
	for _, r := range rows {
		for _, f := range r.Value.Check() {
			kinds[f.Kind]++
		}
	}
	for _, k := range siasn.FindingKinds() {
		if kinds[k] > 0 {
			fmt.Println(k, kinds[k])
		}
	}
	// Output:
	// kuadran mismatch 8
	// kuadran swapped 6
	// kuadran max 13
	// kuadran swapped or max 8
	// unknown code 5
}

func ExampleSIASNJSON() {
	rows, _ := berakhlaktest.SIASNRecords(berakhlaktest.Options{Seed: 1, Rows: 1, Missing: 100})
	data, _ := berakhlaktest.SIASNJSON(rows)
	fmt.Print(string(data))
	// Output:
	// [
	//   {"id":"skp-00000001","hasilKinerja":"SESUAI ESPEKTASI","hasilKinerjaNilai":2,"kuadranKinerja":"BAIK","KuadranKinerjaNilai":2,"namaPenilai":"","nipNrpPenilai":"","penilaiGolonganId":"","penilaiJabatanNm":"","penilaiUnorNm":"","perilakuKerja":"SESUAI ESPEKTASI","PerilakuKerjaNilai":2,"pnsDinilaiId":"pns-00000001","statusPenilai":"","tahun":2024}
	// ]
}

func ExampleReportSample() {
	s := berakhlaktest.ReportSample()
	first, _, _ := bytes.Cut(s.Ballots, []byte("\n"))
	fmt.Println(string(first))
	fmt.Println(s.Respondents, s.Employees, survey.Slovin(s.Employees, 5).Required())
	// Output:
	// respondent,personal,current,desired
	// 1200 2500 345
}

func ExampleSampleSurvey() {
	s := berakhlaktest.ReportSample()
	lines := strings.Split(strings.TrimSpace(string(s.Instrument)), "\n")
	fmt.Println(lines[0], "|", lines[1], "|", len(lines)-1, "extra options")
	// Output:
	// code,kind,text | BIROKRATIS,limiting,Birokratis | 12 extra options
}

func ExampleCheckPredikatMapper() {
	// An app's own mapping, with the perilaku-first lookup copied from
	// public code.
	matrix := [4][4]kinerja.Predikat{
		kinerja.DiAtasEkspektasi:  {kinerja.DiAtasEkspektasi: kinerja.SangatBaik, kinerja.SesuaiEkspektasi: kinerja.Baik, kinerja.DiBawahEkspektasi: kinerja.Kurang},
		kinerja.SesuaiEkspektasi:  {kinerja.DiAtasEkspektasi: kinerja.Baik, kinerja.SesuaiEkspektasi: kinerja.Baik, kinerja.DiBawahEkspektasi: kinerja.Kurang},
		kinerja.DiBawahEkspektasi: {kinerja.DiAtasEkspektasi: kinerja.ButuhPerbaikan, kinerja.SesuaiEkspektasi: kinerja.ButuhPerbaikan, kinerja.DiBawahEkspektasi: kinerja.SangatKurang},
	}
	appPredikat := func(hasil, perilaku kinerja.Rating) kinerja.Predikat { return matrix[perilaku][hasil] }
	berakhlaktest.CheckPredikatMapper(t, appPredikat)
	// Output:
	// hasil Di Bawah Ekspektasi × perilaku Sesuai Ekspektasi: got Kurang/Misconduct, want Butuh Perbaikan
	// hasil Di Bawah Ekspektasi × perilaku Di Atas Ekspektasi: got Kurang/Misconduct, want Butuh Perbaikan
	// hasil Sesuai Ekspektasi × perilaku Di Bawah Ekspektasi: got Butuh Perbaikan, want Kurang/Misconduct
	// hasil Di Atas Ekspektasi × perilaku Di Bawah Ekspektasi: got Butuh Perbaikan, want Kurang/Misconduct
}

func ExampleCheckRatingCodeMapper() {
	// The order of kinerja.Rating is not SIASN's: 1 is the best there.
	berakhlaktest.CheckRatingCodeMapper(t, func(r kinerja.Rating) int { return int(r) })
	// Output:
	// Di Bawah Ekspektasi: got 1, want 3
	// Di Atas Ekspektasi: got 3, want 1
}

func ExampleCheckKuadranCodeMapper() {
	berakhlaktest.CheckKuadranCodeMapper(t, func(p kinerja.Predikat) int { return 6 - int(p) })
	fmt.Println("all five codes right")
	// Output:
	// all five codes right
}

func ExampleCheckKoefisienIDMapper() {
	ids := map[kinerja.Jenjang]string{
		kinerja.AhliPertama: "12", kinerja.AhliMuda: "22", kinerja.AhliMadya: "32", kinerja.AhliUtama: "42",
		kinerja.Pemula: "51", kinerja.Terampil: "62", kinerja.Mahir: "72", kinerja.Penyelia: "82",
	}
	berakhlaktest.CheckKoefisienIDMapper(t, func(j kinerja.Jenjang) string { return ids[j] })
	// Output:
	// Pemula: got "51", want "52"
}

func ExampleCheckKuadranMapper() {
	// A public SIASN client's kuadran: the larger of the two codes.
	berakhlaktest.CheckKuadranMapper(t, func(hasil, perilaku int) int { return max(hasil, perilaku) })
	// Output:
	// hasilKinerjaNilai 1 (Di Atas Ekspektasi) × perilakuKerjaNilai 3 (Di Bawah Ekspektasi): got 3, want 4 (Kurang/Misconduct): kuadran swapped or max
	// hasilKinerjaNilai 2 (Sesuai Ekspektasi) × perilakuKerjaNilai 3 (Di Bawah Ekspektasi): got 3, want 4 (Kurang/Misconduct): kuadran swapped or max
	// hasilKinerjaNilai 3 (Di Bawah Ekspektasi) × perilakuKerjaNilai 3 (Di Bawah Ekspektasi): got 3, want 5 (Sangat Kurang): kuadran max
}

func ExampleCheckClassifier() {
	// An app's classifier that compares the unrounded score.
	appCategory := func(x decimal.Decimal) string {
		switch {
		case x.GreaterThanOrEqual(d("75")):
			return "Sehat"
		case x.GreaterThanOrEqual(d("50")):
			return "Cukup Sehat"
		case x.GreaterThanOrEqual(d("25")):
			return "Tidak Sehat"
		}
		return "Sangat Tidak Sehat"
	}
	berakhlaktest.CheckClassifier(t, category.BerAKHLAK(), appCategory)
	// Output:
	// 74.95 (published as 75.0): got "Cukup Sehat", want A Sehat
	// 49.95 (published as 50.0): got "Tidak Sehat", want B Cukup Sehat
	// 24.95 (published as 25.0): got "Sangat Tidak Sehat", want C Tidak Sehat
}

// appPredikat is an app's own mapping with the perilaku-first lookup
// copied from public code.
func appPredikat(hasil, perilaku kinerja.Rating) kinerja.Predikat {
	p, _ := kinerja.PredikatPegawai(perilaku, hasil)
	return p
}

func ExamplePredikatMapperMismatches() {
	// An admin screen lists the cells an app's mapping gets wrong.
	for _, m := range berakhlaktest.PredikatMapperMismatches(appPredikat) {
		fmt.Printf("%-19s | %-19s | %-17s | %s\n", m.Hasil, m.Perilaku, m.Got, m.Want)
	}
	// Output:
	// Di Bawah Ekspektasi | Sesuai Ekspektasi   | Kurang/Misconduct | Butuh Perbaikan
	// Di Bawah Ekspektasi | Di Atas Ekspektasi  | Kurang/Misconduct | Butuh Perbaikan
	// Sesuai Ekspektasi   | Di Bawah Ekspektasi | Butuh Perbaikan   | Kurang/Misconduct
	// Di Atas Ekspektasi  | Di Bawah Ekspektasi | Butuh Perbaikan   | Kurang/Misconduct
}

func ExamplePredikatMapperMismatch() {
	ms := berakhlaktest.PredikatMapperMismatches(appPredikat)
	b, _ := json.Marshal(ms[0])
	fmt.Println(string(b))
	// Output:
	// {"Hasil":"Di Bawah Ekspektasi","Perilaku":"Sesuai Ekspektasi","Got":"Kurang/Misconduct","Want":"Butuh Perbaikan","Panic":""}
}

func ExamplePredikatMapperMismatch_String() {
	fmt.Println(berakhlaktest.PredikatMapperMismatches(appPredikat)[3])
	// Output:
	// hasil Di Atas Ekspektasi × perilaku Di Bawah Ekspektasi: got Butuh Perbaikan, want Kurang/Misconduct
}

func ExampleRatingCodeMapperMismatches() {
	// The order of kinerja.Rating is not SIASN's: 1 is the best there.
	for _, m := range berakhlaktest.RatingCodeMapperMismatches(func(r kinerja.Rating) int { return int(r) }) {
		fmt.Println(m.Value, m.Got, m.Want)
	}
	// Output:
	// Di Bawah Ekspektasi 1 3
	// Di Atas Ekspektasi 3 1
}

func ExampleKuadranCodeMapperMismatches() {
	ms := berakhlaktest.KuadranCodeMapperMismatches(func(p kinerja.Predikat) int { return 6 - int(p) })
	fmt.Println(len(ms), "wrong")
	// Output:
	// 0 wrong
}

func ExampleKoefisienIDMapperMismatches() {
	ids := map[kinerja.Jenjang]string{
		kinerja.AhliPertama: "12", kinerja.AhliMuda: "22", kinerja.AhliMadya: "32", kinerja.AhliUtama: "42",
		kinerja.Pemula: "51", kinerja.Terampil: "62", kinerja.Mahir: "72", kinerja.Penyelia: "82",
	}
	for _, m := range berakhlaktest.KoefisienIDMapperMismatches(func(j kinerja.Jenjang) string { return ids[j] }) {
		fmt.Println(m.Value, m.Got, m.Want)
	}
	// Output:
	// Pemula 51 52
}

func ExampleCodeMapperMismatch() {
	// A mapping that panics on one value: the panic is that value's result.
	ms := berakhlaktest.KuadranCodeMapperMismatches(func(p kinerja.Predikat) int {
		if p == kinerja.Kurang {
			panic("no code for Kurang")
		}
		return 6 - int(p)
	})
	fmt.Printf("%s: panic %q, want %d\n", ms[0].Value, ms[0].Panic, ms[0].Want)
	// Output:
	// Kurang/Misconduct: panic "no code for Kurang", want 4
}

func ExampleCodeMapperMismatch_String() {
	for _, m := range berakhlaktest.KoefisienIDMapperMismatches(func(kinerja.Jenjang) string { return "12" }) {
		fmt.Println(m)
	}
	// Output:
	// Ahli Muda: got "12", want "22"
	// Ahli Madya: got "12", want "32"
	// Ahli Utama: got "12", want "42"
	// Pemula: got "12", want "52"
	// Terampil: got "12", want "62"
	// Mahir: got "12", want "72"
	// Penyelia: got "12", want "82"
}

func ExampleKuadranMapperMismatches() {
	// A public SIASN client's kuadran: the larger of the two codes.
	for _, m := range berakhlaktest.KuadranMapperMismatches(func(hasil, perilaku int) int { return max(hasil, perilaku) }) {
		fmt.Println(m.HasilKinerjaNilai, m.PerilakuKerjaNilai, m.Got, m.Want, m.Kind)
	}
	// Output:
	// 1 3 3 4 kuadran swapped or max
	// 2 3 3 4 kuadran swapped or max
	// 3 3 3 5 kuadran max
}

func ExampleKuadranMapperMismatch() {
	ms := berakhlaktest.KuadranMapperMismatches(func(hasil, perilaku int) int { return 1 })
	fmt.Println(len(ms), ms[0].Kind)
	// Output:
	// 8 kuadran mismatch
}

func ExampleKuadranMapperMismatch_String() {
	fmt.Println(berakhlaktest.KuadranMapperMismatches(func(hasil, perilaku int) int { return max(hasil, perilaku) })[2])
	// Output:
	// hasilKinerjaNilai 3 (Di Bawah Ekspektasi) × perilakuKerjaNilai 3 (Di Bawah Ekspektasi): got 3, want 5 (Sangat Kurang): kuadran max
}

// appBand is an app's classifier that compares the unrounded score.
func appBand(x decimal.Decimal) string {
	for _, b := range category.BerAKHLAK().Bands() {
		if x.GreaterThanOrEqual(b.Min) {
			return b.Letter
		}
	}
	return ""
}

func ExampleClassifierMismatches() {
	ms, err := berakhlaktest.ClassifierMismatches(category.BerAKHLAK(), appBand)
	for _, m := range ms {
		fmt.Println(m.Score, m.Published, m.Got, m.Want.Letter)
	}
	fmt.Println(err)
	// Output:
	// 74.95 75.0 B A
	// 49.95 50.0 C B
	// 24.95 25.0 D C
	// <nil>
}

func ExampleClassifierMismatch() {
	ms, _ := berakhlaktest.ClassifierMismatches(category.BerAKHLAK(), appBand)
	m := ms[0]
	fmt.Printf("published as %s, the app says %s, the scale says %s\n", m.Published, m.Got, m.Want)
	// Output:
	// published as 75.0, the app says B, the scale says A Sehat
}

func ExampleClassifierMismatch_String() {
	ms, _ := berakhlaktest.ClassifierMismatches(category.BerAKHLAK(), appBand)
	fmt.Println(ms[0])
	// Output:
	// 74.95 (published as 75.0): got "B", want A Sehat
}
