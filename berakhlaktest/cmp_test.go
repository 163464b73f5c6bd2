package berakhlaktest

import (
	"encoding/json"
	"errors"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/go-asn/berakhlak/akhlak"
	"github.com/go-asn/berakhlak/branding"
	"github.com/go-asn/berakhlak/category"
	"github.com/go-asn/berakhlak/engagement"
	"github.com/go-asn/berakhlak/figure"
	"github.com/go-asn/berakhlak/ikm"
	"github.com/go-asn/berakhlak/kinerja"
	"github.com/go-asn/berakhlak/kinerja/siasn"
	"github.com/go-asn/berakhlak/survey"
	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
)

// Builders of the module's values from generated data: the same arguments
// give equal values, built separately.

func testBranding() branding.Definition {
	return branding.Definition{Items: testDefinition.Items, Recommend: true, Intention: "B2"}
}

func testBallotTally(t testing.TB, seed uint64, rows int) *akhlak.BallotTally {
	t.Helper()
	tl := must(akhlak.NewBallotTally(akhlak.DefaultInstrument()))
	for _, r := range must(Ballots(akhlak.DefaultInstrument(), Options{Seed: seed, Rows: rows})) {
		if err := tl.Add(r.ID, r.Value); err != nil {
			t.Fatal(err)
		}
	}
	return tl
}

func testRatingTally(t testing.TB, seed uint64, rows int) *akhlak.RatingTally {
	t.Helper()
	tl := must(akhlak.NewRatingTally(survey.DefaultRatingScale()))
	for _, r := range must(Ratings(survey.DefaultRatingScale(), Options{Seed: seed, Rows: rows, Missing: 10})) {
		if err := tl.Add(r.ID, r.Value); err != nil {
			t.Fatal(err)
		}
	}
	return tl
}

func testEngagementTally(t testing.TB, seed uint64, rows int) *engagement.Tally {
	t.Helper()
	tl := must(engagement.NewTally(must(engagement.NewInstrument(testDefinition))))
	for _, r := range must(EngagementResponses(testDefinition, Options{Seed: seed, Rows: rows, Missing: 5})) {
		if err := tl.Add(r.Value); err != nil {
			t.Fatal(err)
		}
	}
	return tl
}

func testBrandingTally(t testing.TB, seed uint64, rows int) *branding.Tally {
	t.Helper()
	tl := must(branding.NewTally(must(branding.NewInstrument(testBranding()))))
	for _, r := range must(EngagementResponses(testDefinition, Options{Seed: seed, Rows: rows, Missing: 5})) {
		v := r.Value
		if err := tl.Add(branding.Response{Respondent: v.Respondent, Group: v.Group, Answers: v.Answers, Recommend: v.Recommend}); err != nil {
			t.Fatal(err)
		}
	}
	return tl
}

func testIkmTally(t testing.TB, rows [][]int8) *ikm.Tally {
	t.Helper()
	tl := ikm.NewTally()
	for i, r := range rows {
		if err := tl.Add(fmt.Sprint(i), r); err != nil {
			t.Fatal(err)
		}
	}
	return tl
}

func ikmRows(edit bool) [][]int8 {
	rows, _ := IKMWorkedExample()
	if edit {
		rows[0][2] = 1
	}
	return rows
}

func testProfile(adaptif string) akhlak.Profile {
	m := map[akhlak.Value]decimal.Decimal{}
	p := National2022().Value
	for _, v := range akhlak.Values() {
		m[v] = p.Score(v).Decimal()
	}
	m[akhlak.Adaptif] = dec(adaptif)
	return akhlak.MustNewProfile(m)
}

func testNational(t testing.TB, second string) akhlak.National {
	t.Helper()
	units := []akhlak.Unit{
		{Name: "A", Respondents: 400, Minimum: survey.Slovin(500, 5), Profile: testProfile("38.9")},
		{Name: "B", Respondents: 10, Minimum: survey.Slovin(500, 5), Profile: testProfile(second)},
		{Name: "C", Respondents: 300, Minimum: survey.Slovin(500, 5), Profile: testProfile(second)},
	}
	return must(akhlak.Aggregate(units))
}

func testFindings(t testing.TB, sangatBaik int) kinerja.Findings {
	t.Helper()
	return must(kinerja.CheckDistribution(kinerja.OrganisasiBaik, map[kinerja.Predikat]int{kinerja.Baik: 6, kinerja.SangatBaik: sangatBaik, kinerja.Kurang: 1}, kinerja.DistributionRules{}))
}

func testPerilaku(t testing.TB, khusus string) kinerja.PerilakuKerja {
	t.Helper()
	var items []kinerja.Ekspektasi
	for _, v := range akhlak.Values() {
		items = append(items, kinerja.Ekspektasi{Value: v, Khusus: khusus})
	}
	return must(kinerja.NewPerilakuKerja(kinerja.SesuaiEkspektasi, items))
}

func skpPayload(t testing.TB, tahun int) siasn.SKP {
	t.Helper()
	s := must(siasn.NewSKP(kinerja.DiAtasEkspektasi, kinerja.SesuaiEkspektasi, tahun))
	s.Penilai = siasn.Penilai{Nama: "Penilai Contoh", Status: "ASN"}
	return s
}

func periodikPayload(t testing.TB, selesai int) siasn.KinerjaPeriodik {
	t.Helper()
	return must(siasn.NewKinerjaPeriodik(kinerja.SesuaiEkspektasi, kinerja.SesuaiEkspektasi, kinerja.AhliMuda, siasn.Triwulan, 2024, 1, selesai))
}

func testScale(t testing.TB, bMin string) category.Scale {
	t.Helper()
	return must(category.NewScale("Contoh", 1, dec("100"),
		category.Band{Letter: "A", Label: "Baik", Min: dec("70.0")},
		category.Band{Letter: "B", Label: "Cukup", Min: dec(bMin)},
		category.Band{Letter: "C", Label: "Kurang", Min: dec("0.0")})).WithSource("library default", 2026)
}

func testInstrument(t testing.TB, picks int) akhlak.Instrument {
	t.Helper()
	return must(akhlak.NewInstrument(picks, akhlak.Option{Code: "BIROKRATIS", Kind: akhlak.OptionLimiting, Text: "Birokratis"}))
}

// typeCase is a value of an exported type, the same value built again,
// and a different one.
type typeCase struct {
	a, same, other any
}

// typeCases returns one case per exported type of the module, keyed by
// "package.Type".
func typeCases(t *testing.T) map[string]typeCase {
	bt := func(seed uint64) *akhlak.BallotTally { return testBallotTally(t, seed, 40) }
	rt := func(seed uint64) *akhlak.RatingTally { return testRatingTally(t, seed, 40) }
	br := func(seed uint64) akhlak.BallotResult { return must(bt(seed).Result(survey.FixedMinimum(10))) }
	rr := func(seed uint64) akhlak.RatingResult { return must(rt(seed).Result(survey.FixedMinimum(10))) }
	er := func(seed uint64) engagement.Result {
		return must(testEngagementTally(t, seed, 60).Result(survey.FixedMinimum(10)))
	}
	brr := func(seed uint64) branding.Result {
		return must(testBrandingTally(t, seed, 60).Result(survey.FixedMinimum(10)))
	}
	ir := func(edit bool) ikm.Result {
		return must(testIkmTally(t, ikmRows(edit)).Result(survey.KrejcieMorgan(30)))
	}
	eg := func(seed uint64) engagement.Group { return er(seed).Groups()[0] }
	bg := func(seed uint64) branding.Group { return brr(seed).Groups()[0] }
	ei := func(recommend bool) engagement.Instrument {
		d := testDefinition
		d.Recommend = recommend
		return must(engagement.NewInstrument(d))
	}
	bi := func(intention string) branding.Instrument {
		d := testBranding()
		d.Intention = intention
		return must(branding.NewInstrument(d))
	}
	figures := func(seed uint64) survey.Figures { return must(er(seed).Total()) }
	unsur := func(edit bool) ikm.UnsurResult { return ir(edit).Unsur(ikm.WaktuPenyelesaian) }
	igroup := func(edit bool) ikm.Group {
		tl := ikm.NewTally()
		for i, row := range ikmRows(edit) {
			if err := tl.AddResponse(ikm.Response{Group: []string{"A", "B"}[i%2], Answers: row}); err != nil {
				t.Fatal(err)
			}
		}
		return must(tl.Result(survey.FixedMinimum(1), ikm.WithConfidentiality(1))).Groups()[0]
	}
	wordErr := func(s string) error { _, err := ikm.Persyaratan.ParseAnswer(s); return err }
	rowsOf := func(seed uint64) Row[akhlak.Ballot] {
		return must(Ballots(akhlak.DefaultInstrument(), Options{Seed: seed, Rows: 1}))[0]
	}
	skpRow := func(seed uint64) SKPRow { return must(SKPRows(Options{Seed: seed, Rows: 1}))[0].Value }
	riwayat := func(seed uint64) siasn.RiwayatSKP {
		return must(SIASNRecords(Options{Seed: seed, Rows: 1}))[0].Value
	}
	ak := func(i int) AngkaKreditExample { return AngkaKreditExamples()[i] }
	parseErr := func(s string) error { _, err := akhlak.ParseValue(s); return err }
	kParseErr := func(s string) error { _, err := kinerja.ParseRating(s); return err }
	iParseErr := func(s string) error { _, err := ikm.ParseUnsur(s); return err }
	sParseErr := func(s string) error { _, err := siasn.ParsePeriodik(s); return err }
	codeErr := func(c int) error { _, err := siasn.ParseKuadranCode(kuadranCode(c)); return err }
	fieldErr := func(s string) error { var r siasn.RiwayatSKP; return json.Unmarshal([]byte(`{"tahun":`+s+`}`), &r) }
	rangeErr := func(s string) error { _, err := category.BerAKHLAK().Classify(dec(s)); return err }
	answerErr := func(r string) error { return bt(1).Add(r, akhlak.Ballot{Current: []akhlak.OptionID{99}}) }
	insufficient := func(n int) error { return survey.Slovin(2500, 5).Check(n) }
	rank := func(s string) akhlak.Rank { return testProfile(s).Ranked()[0] }
	optRank := func(seed uint64) akhlak.OptionRank { return br(seed).Top(akhlak.ListCurrent, 1)[0] }
	clause := func(o kinerja.PredikatOrganisasi) kinerja.Clause { return kinerja.Pattern(o)[0] }
	finding := func(n int) kinerja.Finding { return testFindings(t, n)[0] }
	sfinding := func(k int) siasn.Finding {
		return siasn.RiwayatSKP{HasilKinerjaNilai: "1", PerilakuKerjaNilai: "3", KuadranKinerjaNilai: kuadranCode(k)}.Check()[0]
	}
	rkp := func(b int) siasn.RiwayatKinerjaPeriodik {
		return siasn.RiwayatKinerjaPeriodik{ID: "x", BulanMulaiPenilaian: b}
	}
	penilaian := func(bulan int) kinerja.Penilaian {
		return kinerja.Penilaian{Tahun: 2024, BulanMulai: 1, BulanSelesai: bulan, Jenjang: kinerja.AhliMuda, Predikat: kinerja.Baik}
	}
	accumulation := func(bulan int) kinerja.Accumulation {
		return must(kinerja.Accumulate([]kinerja.Penilaian{penilaian(bulan)}))
	}
	step := func(bulan int) kinerja.Step { return accumulation(bulan).Steps()[0] }
	eligibility := func(ak string) kinerja.Eligibility {
		return must(kinerja.CheckKenaikan(kinerja.AhliMadya, kinerja.IVb, figure.MustParse(ak)))
	}
	requirement := func(ak string) kinerja.Requirement {
		return must(eligibility(ak).Requirement(kinerja.KenaikanPangkat))
	}
	akRequest := func(ak string) siasn.AngkaKredit {
		return must(siasn.NewAngkaKreditKonversi(2024, 1, 2024, 12, figure.MustParse(ak)))
	}
	swapped := func(h, p kinerja.Rating) kinerja.Predikat { v, _ := kinerja.PredikatPegawai(p, h); return v }
	predikatMismatch := func(i int) PredikatMapperMismatch { return PredikatMapperMismatches(swapped)[i] }
	codeMismatch := func(i int) CodeMapperMismatch[kinerja.Rating, int] {
		return RatingCodeMapperMismatches(func(r kinerja.Rating) int { return int(r) })[i]
	}
	kuadranMismatch := func(i int) KuadranMapperMismatch {
		return KuadranMapperMismatches(func(h, p int) int { return max(h, p) })[i]
	}
	classifierMismatch := func(i int) ClassifierMismatch {
		ms, _ := ClassifierMismatches(category.BerAKHLAK(), func(decimal.Decimal) string { return "" })
		return ms[i]
	}
	exclusion := func(n int) akhlak.Exclusion {
		err := survey.Slovin(2500, 5).Check(n)
		return akhlak.Exclusion{Unit: "A", Reason: err.Error(), Err: err}
	}

	return map[string]typeCase{
		"akhlak.Ballot":                        {akhlak.Ballot{Current: []akhlak.OptionID{1}}, akhlak.Ballot{Current: []akhlak.OptionID{1}}, akhlak.Ballot{Current: []akhlak.OptionID{2}}},
		"akhlak.BallotResult":                  {br(1), br(1), br(2)},
		"akhlak.BallotTally":                   {bt(1), bt(1), bt(2)},
		"akhlak.Behaviour":                     {akhlak.Behaviour(1), akhlak.Behaviour(1), akhlak.Behaviour(2)},
		"akhlak.Exclusion":                     {exclusion(5), exclusion(5), exclusion(6)},
		"akhlak.HealthComponent":               {akhlak.HealthImplementation, akhlak.HealthImplementation, akhlak.HealthPositiveEnergy},
		"akhlak.Instrument":                    {testInstrument(t, 10), testInstrument(t, 10), testInstrument(t, 9)},
		"akhlak.List":                          {akhlak.ListCurrent, akhlak.ListCurrent, akhlak.ListDesired},
		"survey.Verdict":                       {survey.VerdictUp, survey.VerdictUp, survey.VerdictDown},
		"survey.Attainment":                    {survey.AttainmentMet, survey.AttainmentMet, survey.AttainmentUndecided},
		"akhlak.Target":                        {akhlak.MustParseTarget("B"), akhlak.MustParseTarget("b"), akhlak.MustParseTarget("+5.0")},
		"akhlak.Targets":                       {targets("B"), targets("B"), targets("A")},
		"akhlak.TargetRule":                    {akhlak.TargetRule{Lowest: akhlak.MustParseTarget("+5.0")}, akhlak.TargetRule{Lowest: akhlak.MustParseTarget("+5.0")}, akhlak.TargetRule{Lowest: akhlak.MustParseTarget("+5")}},
		"akhlak.Comparison":                    {must(akhlak.Compare(br(1), br(2))), must(akhlak.Compare(br(1), br(2))), must(akhlak.Compare(br(1), br(3)))},
		"akhlak.Change":                        {must(akhlak.Compare(br(1), br(2))).Index(), must(akhlak.Compare(br(1), br(2))).Index(), must(akhlak.Compare(br(1), br(3))).Index()},
		"akhlak.National":                      {testNational(t, "40.0"), testNational(t, "40.0"), testNational(t, "42.0")},
		"akhlak.Option":                        {akhlak.Option{Code: "X", Kind: akhlak.OptionPositive}, akhlak.Option{Code: "X", Kind: akhlak.OptionPositive}, akhlak.Option{Code: "X", Kind: akhlak.OptionLimiting}},
		"akhlak.OptionID":                      {akhlak.OptionID(3), akhlak.OptionID(3), akhlak.OptionID(4)},
		"akhlak.OptionKind":                    {akhlak.OptionPositive, akhlak.OptionPositive, akhlak.OptionLimiting},
		"akhlak.OptionRank":                    {optRank(1), optRank(1), optRank(3)},
		"akhlak.ParseError":                    {parseErr("x"), parseErr("x"), parseErr("y")},
		"akhlak.Phase":                         {akhlak.PhaseAktivasi, akhlak.PhaseAktivasi, akhlak.PhasePenguatan},
		"akhlak.Profile":                       {testProfile("38.9"), testProfile("38.9"), testProfile("38.90")},
		"akhlak.Alignment":                     {akhlak.Alignment{Matches: 3}, akhlak.Alignment{Matches: 3}, akhlak.Alignment{Matches: 3, CutTied: true}},
		"akhlak.Rank":                          {rank("10"), rank("10"), rank("90")},
		"akhlak.RatingResult":                  {rr(1), rr(1), rr(2)},
		"akhlak.RatingTally":                   {rt(1), rt(1), rt(2)},
		"akhlak.Stage":                         {akhlak.StageInternalisasi, akhlak.StageInternalisasi, akhlak.StagePenguatanBerkelanjutan},
		"akhlak.Unit":                          {akhlak.Unit{Name: "A", Profile: testProfile("1")}, akhlak.Unit{Name: "A", Profile: testProfile("1.0")}, akhlak.Unit{Name: "A", Profile: testProfile("1.1")}},
		"akhlak.Value":                         {akhlak.Adaptif, akhlak.Adaptif, akhlak.Loyal},
		"branding.Definition":                  {testBranding(), testBranding(), branding.Definition{Items: testDefinition.Items}},
		"branding.Group":                       {bg(1), bg(1), bg(2)},
		"branding.Instrument":                  {bi("B2"), bi("B2"), bi("B1")},
		"branding.Response":                    {branding.Response{Answers: []int8{1}}, branding.Response{Answers: []int8{1}}, branding.Response{Answers: []int8{2}}},
		"branding.Result":                      {brr(1), brr(1), brr(2)},
		"branding.Tally":                       {testBrandingTally(t, 1, 30), testBrandingTally(t, 1, 30), testBrandingTally(t, 2, 30)},
		"category.Band":                        {category.Band{Letter: "A", Min: dec("75")}, category.Band{Letter: "A", Min: dec("75.0")}, category.Band{Letter: "A", Min: dec("75.1")}},
		"category.RangeError":                  {rangeErr("101"), rangeErr("101"), rangeErr("102")},
		"category.Scale":                       {testScale(t, "40.0"), testScale(t, "40.0"), testScale(t, "40.1")},
		"branding.Comparison":                  {must(branding.Compare(brr(1), brr(2))), must(branding.Compare(brr(1), brr(2))), must(branding.Compare(brr(1), brr(3)))},
		"branding.Change":                      {must(branding.Compare(brr(1), brr(2))).Attractiveness(), must(branding.Compare(brr(1), brr(2))).Attractiveness(), must(branding.Compare(brr(1), brr(3))).Attractiveness()},
		"engagement.Comparison":                {must(engagement.Compare(er(1), er(2))), must(engagement.Compare(er(1), er(2))), must(engagement.Compare(er(1), er(3)))},
		"engagement.Change":                    {must(engagement.Compare(er(1), er(2))).Index(), must(engagement.Compare(er(1), er(2))).Index(), must(engagement.Compare(er(1), er(3))).Index()},
		"engagement.Definition":                {testDefinition, testDefinition, engagement.Definition{Items: testDefinition.Items}},
		"engagement.Group":                     {eg(1), eg(1), eg(2)},
		"engagement.Instrument":                {ei(true), ei(true), ei(false)},
		"survey.Recommendation":                {survey.Recommend(0), survey.Recommend(0), survey.Recommendation{}},
		"engagement.Response":                  {engagement.Response{Recommend: survey.Recommend(1)}, engagement.Response{Recommend: survey.Recommend(1)}, engagement.Response{Recommend: survey.Recommend(2)}},
		"engagement.Result":                    {er(1), er(1), er(2)},
		"engagement.Segments":                  {engagement.Segments{Engaged: 1}, engagement.Segments{Engaged: 1}, engagement.Segments{Neutral: 1}},
		"engagement.Tally":                     {testEngagementTally(t, 1, 30), testEngagementTally(t, 1, 30), testEngagementTally(t, 2, 30)},
		"ikm.Answer":                           {ikm.Answer(1), ikm.Answer(1), ikm.Answer(2)},
		"ikm.ParseError":                       {iParseErr("x"), iParseErr("x"), iParseErr("y")},
		"ikm.Result":                           {ir(false), ir(false), ir(true)},
		"ikm.Tally":                            {testIkmTally(t, ikmRows(false)), testIkmTally(t, ikmRows(false)), testIkmTally(t, ikmRows(true))},
		"ikm.Unsur":                            {ikm.Persyaratan, ikm.Persyaratan, ikm.BiayaTarif},
		"ikm.UnsurResult":                      {unsur(false), unsur(false), unsur(true)},
		"kinerja.Accumulation":                 {accumulation(6), accumulation(6), accumulation(7)},
		"kinerja.Eligibility":                  {eligibility("150.630"), eligibility("150.630"), eligibility("150.63")},
		"kinerja.Golongan":                     {kinerja.IIIa, kinerja.IIIa, kinerja.IIIb},
		"kinerja.Kenaikan":                     {kinerja.KenaikanPangkat, kinerja.KenaikanPangkat, kinerja.KenaikanJenjang},
		"kinerja.Penilaian":                    {penilaian(6), penilaian(6), penilaian(7)},
		"kinerja.Requirement":                  {requirement("150.630"), requirement("150.630"), requirement("300")},
		"kinerja.Step":                         {step(6), step(6), step(7)},
		"ikm.ItemResult":                       {ir(false).Items()[2], ir(false).Items()[2], ir(true).Items()[2]},
		"ikm.Group":                            {igroup(false), igroup(false), igroup(true)},
		"ikm.Instrument":                       {ikm.Instrument2014, ikm.Instrument2014, ikm.Instrument2017},
		"ikm.Response":                         {ikm.Response{Group: "A", Answers: []int8{4}}, ikm.Response{Group: "A", Answers: []int8{4}}, ikm.Response{Group: "A", Answers: []int8{3}}},
		"ikm.AnswerWordError":                  {wordErr("Gratis"), wordErr("Gratis"), wordErr("Murah")},
		"kinerja.Clause":                       {clause(kinerja.OrganisasiBaik), clause(kinerja.OrganisasiBaik), clause(kinerja.OrganisasiKurang)},
		"kinerja.ClauseKind":                   {kinerja.ClauseMost, kinerja.ClauseMost, kinerja.ClauseNone},
		"kinerja.DistributionRules":            {kinerja.DistributionRules{Majority: true}, kinerja.DistributionRules{Majority: true}, kinerja.DistributionRules{RoundShares: true}},
		"kinerja.Ekspektasi":                   {kinerja.Ekspektasi{Khusus: "a"}, kinerja.Ekspektasi{Khusus: "a"}, kinerja.Ekspektasi{Khusus: "b"}},
		"kinerja.Finding":                      {finding(2), finding(2), finding(3)},
		"kinerja.Findings":                     {testFindings(t, 2), testFindings(t, 2), testFindings(t, 3)},
		"kinerja.Jenjang":                      {kinerja.Pemula, kinerja.Pemula, kinerja.Mahir},
		"kinerja.ParseError":                   {kParseErr("x"), kParseErr("x"), kParseErr("y")},
		"kinerja.PerilakuKerja":                {testPerilaku(t, "a"), testPerilaku(t, "a"), testPerilaku(t, "b")},
		"kinerja.Periode":                      {kinerja.Periode{Bulan: 1}, kinerja.Periode{Bulan: 1}, kinerja.Periode{Bulan: 2}},
		"kinerja.Predikat":                     {kinerja.Baik, kinerja.Baik, kinerja.Kurang},
		"kinerja.PredikatOrganisasi":           {kinerja.OrganisasiBaik, kinerja.OrganisasiBaik, kinerja.OrganisasiIstimewa},
		"kinerja.Rating":                       {kinerja.SesuaiEkspektasi, kinerja.SesuaiEkspektasi, kinerja.DiAtasEkspektasi},
		"siasn.AngkaKredit":                    {akRequest("25.000"), akRequest("25.000"), akRequest("25.00")},
		"siasn.RiwayatAngkaKredit":             {siasn.RiwayatAngkaKredit{KreditBaruTotal: "1"}, siasn.RiwayatAngkaKredit{KreditBaruTotal: "1"}, siasn.RiwayatAngkaKredit{KreditBaruTotal: "1.0"}},
		"siasn.CodeError":                      {codeErr(7), codeErr(7), codeErr(8)},
		"siasn.Dokumen":                        {siasn.Dokumen{DokID: "1"}, siasn.Dokumen{DokID: "1"}, siasn.Dokumen{DokID: "2"}},
		"siasn.FieldError":                     {fieldErr(`"x"`), fieldErr(`"x"`), fieldErr(`"y"`)},
		"siasn.Finding":                        {sfinding(3), sfinding(3), sfinding(2)},
		"siasn.Koefisien":                      {siasn.Koefisien("12"), siasn.Koefisien("12"), siasn.Koefisien("22")},
		"siasn.Kuadran":                        {siasn.Kuadran("1"), siasn.Kuadran("1"), siasn.Kuadran("2")},
		"siasn.Rating":                         {siasn.Rating("1"), siasn.Rating("1"), siasn.Rating("")},
		"siasn.FindingKind":                    {siasn.FindingKuadranMax, siasn.FindingKuadranMax, siasn.FindingKuadranSwapped},
		"siasn.KinerjaPeriodik":                {periodikPayload(t, 3), periodikPayload(t, 3), periodikPayload(t, 6)},
		"siasn.ParseError":                     {sParseErr("x"), sParseErr("x"), sParseErr("y")},
		"siasn.Penilai":                        {siasn.Penilai{Nama: "a"}, siasn.Penilai{Nama: "a"}, siasn.Penilai{Nama: "b"}},
		"siasn.Periodik":                       {siasn.Bulanan, siasn.Bulanan, siasn.Triwulan},
		"siasn.RiwayatKinerjaPeriodik":         {rkp(1), rkp(1), rkp(2)},
		"siasn.RiwayatSKP":                     {riwayat(1), riwayat(1), riwayat(2)},
		"siasn.SKP":                            {skpPayload(t, 2023), skpPayload(t, 2023), skpPayload(t, 2024)},
		"survey.AnswerError":                   {answerErr("R1"), answerErr("R1"), answerErr("R2")},
		"survey.Figures":                       {figures(1), figures(1), figures(2)},
		"survey.InsufficientError":             {insufficient(5), insufficient(5), insufficient(6)},
		"survey.Item":                          {survey.Item{Code: "a"}, survey.Item{Code: "a"}, survey.Item{Code: "a", Reverse: true}},
		"survey.Minimum":                       {survey.Slovin(2500, 5), survey.Slovin(2500, 5), survey.KrejcieMorgan(2500)},
		"survey.Interval":                      {interval("57.1"), interval("57.1"), interval("57.2")},
		"survey.NPS":                           {survey.NPS{Score: 1}, survey.NPS{Score: 1}, survey.NPS{Score: 2}},
		"survey.RatingScale":                   {survey.DefaultRatingScale(), survey.MustNewRatingScale(1, 5), survey.MustNewRatingScale(1, 7)},
		"berakhlaktest.AngkaKreditExample":     {ak(0), ak(0), ak(1)},
		"berakhlaktest.ClassifierMismatch":     {classifierMismatch(0), classifierMismatch(0), classifierMismatch(1)},
		"berakhlaktest.CodeMapperMismatch":     {codeMismatch(0), codeMismatch(0), codeMismatch(1)},
		"berakhlaktest.KuadranMapperMismatch":  {kuadranMismatch(0), kuadranMismatch(0), kuadranMismatch(1)},
		"berakhlaktest.PredikatMapperMismatch": {predikatMismatch(0), predikatMismatch(0), predikatMismatch(1)},
		"berakhlaktest.Options":                {Options{Rows: 1}, Options{Rows: 1}, Options{Rows: 2}},
		"berakhlaktest.Published":              {NationalIndex2022(), NationalIndex2022(), NationalIndex2023()},
		"berakhlaktest.Row":                    {rowsOf(1), rowsOf(1), rowsOf(2)},
		"berakhlaktest.SKPRow":                 {skpRow(1), skpRow(1), skpRow(2)},
		"berakhlaktest.SampleSurvey":           {SampleSurvey{Respondents: 1}, SampleSurvey{Respondents: 1}, SampleSurvey{Respondents: 2}},
		"berakhlaktest.Source":                 {Source{Title: "a"}, Source{Title: "a"}, Source{Title: "b"}},
	}
}

// notCompared are the exported types no case covers, and why.
var notCompared = map[string]string{
	"akhlak.Measured":           "an interface that only the module's results and Profile implement: each has its case",
	"branding.ResultOption":     "an option function: go-cmp compares functions by nil-ness only",
	"engagement.ResultOption":   "an option function",
	"ikm.ResultOption":          "an option function",
	"kinerja.AngkaKreditOption": "an option function",
}

// TestCmpOptionsEveryType checks, for every exported type of the module,
// that cmp.Diff under CmpOptions does not panic, finds no difference
// between two equal values built separately, and finds the difference
// between two different ones, also when they sit in a struct field, a
// slice and behind a pointer. The list of types is read from the source,
// so a new exported type fails this test until it has a case.
func TestCmpOptionsEveryType(t *testing.T) {
	cases := typeCases(t)
	for _, name := range exportedTypes(t) {
		if _, ok := notCompared[name]; ok {
			continue
		}
		if _, ok := cases[name]; !ok {
			t.Errorf("%s: no case in typeCases", name)
		}
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			if got := typeName(reflect.TypeOf(c.a)); got != name {
				t.Fatalf("the case of %s holds a %s", name, got)
			}
			diff := func(a, b any) (d string) {
				defer func() {
					if r := recover(); r != nil {
						t.Fatalf("cmp.Diff panics: %v", r)
					}
				}()
				return cmp.Diff(a, b, CmpOptions())
			}
			if d := diff(c.a, c.same); d != "" {
				t.Errorf("equal values differ:\n%s", d)
			}
			if d := diff(c.a, c.other); d == "" {
				t.Errorf("different values compare equal: %v and %v", c.a, c.other)
			}
			// In a field, in a slice, behind a pointer.
			type holder struct{ V any }
			if d := diff(holder{[]any{c.a}}, holder{[]any{c.other}}); d == "" {
				t.Error("the difference is lost in a struct field")
			}
			pa, po := reflect.New(reflect.TypeOf(c.a)), reflect.New(reflect.TypeOf(c.a))
			pa.Elem().Set(reflect.ValueOf(c.a))
			po.Elem().Set(reflect.ValueOf(c.other))
			if d := diff(pa.Interface(), po.Interface()); d == "" {
				t.Error("the difference is lost behind a pointer")
			}
		})
	}
}

// typeName returns "package.Type" of t, through pointers, without type
// arguments.
func typeName(t reflect.Type) string {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	pkg := t.PkgPath()
	name, _, _ := strings.Cut(t.Name(), "[")
	return pkg[strings.LastIndex(pkg, "/")+1:] + "." + name
}

// exportedTypes lists "package.Type" for every exported type of the
// module's public packages, read from their source.
func exportedTypes(t *testing.T) []string {
	t.Helper()
	var out []string
	for _, dir := range []string{"../akhlak", "../branding", "../category", "../engagement", "../ikm", "../kinerja", "../kinerja/siasn", "../survey", "../", "."} {
		fset := token.NewFileSet()
		pkgs, err := parser.ParseDir(fset, dir, func(fi os.FileInfo) bool { return !strings.HasSuffix(fi.Name(), "_test.go") }, 0)
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range pkgs {
			for _, f := range p.Files {
				for _, d := range f.Decls {
					if g, ok := d.(*ast.GenDecl); ok && g.Tok == token.TYPE {
						for _, s := range g.Specs {
							if ts := s.(*ast.TypeSpec); ts.Name.IsExported() {
								out = append(out, p.Name+"."+ts.Name.Name)
							}
						}
					}
				}
			}
		}
	}
	slices.Sort(out)
	if len(out) < 80 {
		t.Fatalf("found only %d exported types: %v", len(out), out)
	}
	return out
}

// TestEquateDecimals checks decimals compare by value and print as text.
func TestEquateDecimals(t *testing.T) {
	type figure struct{ Index decimal.Decimal }
	for _, opt := range []cmp.Option{EquateDecimals(), CmpOptions()} {
		if d := cmp.Diff(figure{dec("60.9")}, figure{dec("60.90")}, opt); d != "" {
			t.Errorf("60.9 and 60.90 differ:\n%s", d)
		}
		d := cmp.Diff(figure{dec("60.9")}, figure{dec("61.0")}, opt)
		if !strings.Contains(d, `Index: s"60.9"`) || !strings.Contains(d, `Index: s"61"`) {
			t.Errorf("the diff does not show both values by name:\n%s", d)
		}
	}
}

// TestDiffNamesTheFigure checks that a diff of an opaque value names what
// differs, with both values.
func TestDiffNamesTheFigure(t *testing.T) {
	tests := []struct {
		name string
		a, b any
		want []string
	}{
		{"profile", testProfile("38.9"), testProfile("39.5"), []string{`s"38.9"`, `s"39.5"`, `index: s"60.9"`, `index: s"61.0"`}},
		{"ballot tally", testBallotTally(t, 1, 3), testBallotTally(t, 1, 4), []string{"- n: 3", "+ n: 4"}},
		{"rating tally", testRatingTally(t, 1, 3), testRatingTally(t, 1, 4), []string{"n: 3", "n: 4"}},
		{"scale", testScale(t, "40.0"), testScale(t, "45.0"), []string{`B Cukup ≥ 40.0`, `B Cukup ≥ 45.0`}},
		{"ikm result", must(testIkmTally(t, ikmRows(false)).Result(survey.FixedMinimum(1))), must(testIkmTally(t, ikmRows(true)).Result(survey.FixedMinimum(1))), []string{`IKM 91.48`, `IKM 91.19`}},
		{"engagement result", must(testEngagementTally(t, 1, 20).Result(survey.FixedMinimum(1))), must(testEngagementTally(t, 1, 21).Result(survey.FixedMinimum(1))), []string{`Respondents: 20`, `Respondents: 21`}},
	}
	for _, tc := range tests {
		d := strings.Join(strings.Fields(cmp.Diff(tc.a, tc.b, CmpOptions())), " ")
		for _, w := range tc.want {
			if !strings.Contains(d, w) {
				t.Errorf("%s: the diff lacks %s:\n%s", tc.name, w, d)
			}
		}
	}
}

// TestCmpAgreesWithEqual checks that, for the types with an Equal method,
// CmpOptions reports a difference exactly when Equal does, on tallies that
// are equal by construction (merged in another order), nearly equal and
// different.
func TestCmpAgreesWithEqual(t *testing.T) {
	check := func(name string, a, b any, equal bool) {
		t.Helper()
		if got := cmp.Equal(a, b, CmpOptions()); got != equal {
			t.Errorf("%s: cmp.Equal = %v, Equal = %v:\n%s", name, got, equal, cmp.Diff(a, b, CmpOptions()))
		}
	}
	for seed := range uint64(6) {
		// A merged in two orders against a single pass.
		one, two := testBallotTally(t, seed, 30), testBallotTally(t, seed+100, 30)
		merged := testBallotTally(t, seed+100, 30)
		if err := merged.Merge(one); err != nil {
			t.Fatal(err)
		}
		if err := one.Merge(two); err != nil {
			t.Fatal(err)
		}
		check("ballot tallies merged in two orders", one, merged, one.Equal(merged))
		check("ballot tallies of different data", one, two, one.Equal(two))

		r1, r2 := testRatingTally(t, seed, 30), testRatingTally(t, seed+100, 30)
		check("rating tallies", r1, r2, r1.Equal(r2))
		check("rating tally and itself again", r1, testRatingTally(t, seed, 30), true)

		e1, e2 := testEngagementTally(t, seed, 30), testEngagementTally(t, seed, 31)
		check("engagement tallies", e1, e2, e1.Equal(e2))
		check("engagement tally and itself again", e1, testEngagementTally(t, seed, 30), true)

		b1, b2 := testBrandingTally(t, seed, 30), testBrandingTally(t, seed+1, 30)
		check("branding tallies", b1, b2, b1.Equal(b2))
	}
	// Same respondents and sums, another histogram: only Equal sees it.
	a := must(akhlak.NewRatingTally(survey.DefaultRatingScale()))
	b := must(akhlak.NewRatingTally(survey.DefaultRatingScale()))
	row := func(x int8) []int8 {
		r := make([]int8, 21)
		for i := range r {
			r[i] = x
		}
		return r
	}
	_ = a.Add("1", row(2))
	_ = a.Add("2", row(4))
	_ = b.Add("1", row(3))
	_ = b.Add("2", row(3))
	check("rating tallies with the same sums", a, b, a.Equal(b))
	if a.Equal(b) {
		t.Fatal("the tallies should differ")
	}
	check("the zero tallies", &akhlak.RatingTally{}, &akhlak.RatingTally{}, true)
	check("a nil tally and the zero tally: neither holds anything", (*ikm.Tally)(nil), &ikm.Tally{}, true)
	check("a nil tally and a tally", (*ikm.Tally)(nil), ikm.NewTally(), false)
}

// answerErr is an answer error whose text does not show its cause.
func answerErr(cause error) error {
	return &survey.AnswerError{Respondent: "R1", Field: "current", Answer: "XX9", Reason: "refused", Err: cause}
}

// TestErrorsByMessage checks errors compare by type and message, down
// their chains, nil only with nil.
func TestErrorsByMessage(t *testing.T) {
	type holder struct{ Err error }
	var nilAnswer *survey.AnswerError
	tests := []struct {
		name  string
		a, b  error
		equal bool
	}{
		{"same text", errors.New("x"), fmt.Errorf("x"), true},
		{"other text", errors.New("x"), errors.New("y"), false},
		{"nil and nil", nil, nil, true},
		{"nil and an error", nil, errors.New("x"), false},
		{"a nil pointer and nil", nilAnswer, nil, true},
		{"same answer error", answerErr(akhlak.ErrUnknownOption), answerErr(akhlak.ErrUnknownOption), true},
		{"same text, other cause", answerErr(akhlak.ErrUnknownOption), answerErr(survey.ErrInvalidInput), false},
		{"same text, other type", errors.New("x"), fmt.Errorf("%w", errors.New("x")), false},
	}
	for _, tc := range tests {
		if got := cmp.Equal(holder{tc.a}, holder{tc.b}, CmpOptions()); got != tc.equal {
			t.Errorf("%s: cmp.Equal = %v, want %v", tc.name, got, tc.equal)
		}
	}
}

// interval returns an interval from lo to 62.3.
func interval(lo string) survey.Interval {
	return survey.Interval{Lo: figure.MustParse(lo), Hi: figure.MustParse("62.3"), Level: 95, Respondents: 345, Population: 2500}
}

// targets returns targets of letter for every value.
func targets(letter string) akhlak.Targets {
	t := akhlak.Targets{Values: map[akhlak.Value]akhlak.Target{}}
	for _, v := range akhlak.Values() {
		t.Values[v] = akhlak.MustParseTarget(letter)
	}
	return t
}
