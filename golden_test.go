package berakhlak_test

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/go-asn/berakhlak/akhlak"
	"github.com/go-asn/berakhlak/branding"
	"github.com/go-asn/berakhlak/category"
	"github.com/go-asn/berakhlak/engagement"
	"github.com/go-asn/berakhlak/figure"
	"github.com/go-asn/berakhlak/ikm"
	"github.com/go-asn/berakhlak/internal/exact"
	"github.com/go-asn/berakhlak/internal/goldentest"
	"github.com/go-asn/berakhlak/kinerja"
	"github.com/go-asn/berakhlak/survey"
	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
)

const goldenFile = "testdata/figures.golden"

// TestGoldenFigures is the stability promise for numbers: for a fixed set
// of inputs (the embedded samples of the example programs, a fixed rating
// survey, the published 2022 national profile, every cell of the SKP
// matrix, every angka kredit jenjang × predikat × months, every PAK
// threshold and nilai dasar, the minimum tables and the boundaries of
// every built-in category scale) it writes
// every figure the library produces, one per line, and compares them with
// testdata/figures.golden. A change to any digit fails here; it must be a
// CHANGELOG entry, and `go test -run TestGoldenFigures -update .` rewrites
// the file.
//
// The published figures themselves (the 2022 national index 60.9, BKN's
// angka kredit examples, …) are asserted against their sources in each
// package's own golden tests; this file pins everything else the library
// derives from the same rules.
func TestGoldenFigures(t *testing.T) {
	got := figures(t)
	want := goldentest.File(t, goldenFile, []byte(got))
	if diff := diffFigures(want, got); diff != "" {
		t.Errorf("figures changed (-%s +now); a change of any figure must be a CHANGELOG entry, then `go test -run TestGoldenFigures -update .`:\n%s",
			goldenFile, diff)
	}
}

// TestGoldenFiguresCanFail proves that TestGoldenFigures sees a change of
// one digit: the figures computed now against a golden file with one
// published digit changed.
func TestGoldenFiguresCanFail(t *testing.T) {
	want, err := os.ReadFile(goldenFile)
	if err != nil {
		t.Fatal(err)
	}
	const line, changed = "national2022.index = 60.9\n", "national2022.index = 61.0\n"
	if !bytes.Contains(want, []byte(line)) {
		t.Fatalf("%q is missing from %s", line, goldenFile)
	}
	want = bytes.Replace(want, []byte(line), []byte(changed), 1)
	if diff := diffFigures(want, figures(t)); !strings.Contains(diff, "national2022.index = 60.9") {
		t.Errorf("a changed digit is not reported; the diff is:\n%s", diff)
	}
}

// figures returns every figure of the fixed inputs, one per line.
func figures(t *testing.T) string {
	var g golden
	g.reportSample(t)
	g.ratings(t)
	g.national2022(t)
	g.nationalSample(t)
	g.engagementSample(t)
	g.ikmSample(t)
	g.branding(t)
	g.skp(t)
	g.pak(t)
	g.minimums()
	g.categories(t)
	return g.b.String()
}

// diffFigures returns the lines that differ between the golden file's
// bytes and the figures computed now, or "" when none does.
func diffFigures(want []byte, got string) string {
	return cmp.Diff(strings.Split(string(want), "\n"), strings.Split(got, "\n"))
}

// golden collects figures as "name = value" lines.
type golden struct{ b strings.Builder }

func (g *golden) add(name string, v any) {
	switch x := v.(type) {
	case decimal.Decimal:
		v = exact.Fixed(x) // with the places it carries
	case fmt.Stringer:
		v = x.String()
	}
	fmt.Fprintf(&g.b, "%s = %v\n", name, v)
}

// json adds every leaf of m's JSON encoding, the library's own, under
// prefix: the JSON carries every figure a result publishes, at its places.
func (g *golden) json(t *testing.T, prefix string, m json.Marshaler) {
	t.Helper()
	data, err := m.MarshalJSON()
	if err != nil {
		t.Fatalf("%s: %v", prefix, err)
	}
	d := json.NewDecoder(bytes.NewReader(data))
	d.UseNumber()
	var v any
	if err := d.Decode(&v); err != nil {
		t.Fatalf("%s: %v", prefix, err)
	}
	g.leaves(prefix, v)
}

func (g *golden) leaves(prefix string, v any) {
	switch x := v.(type) {
	case map[string]any:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		slices.Sort(keys)
		for _, k := range keys {
			g.leaves(prefix+"."+k, x[k])
		}
	case []any:
		if len(x) == 0 {
			g.add(prefix, "[]")
		}
		for i, e := range x {
			g.leaves(fmt.Sprintf("%s[%d]", prefix, i), e)
		}
	case string:
		g.add(prefix, strconv.Quote(x))
	default:
		g.add(prefix, x)
	}
}

func readCSV(t *testing.T, path string) [][]string {
	t.Helper()
	f, err := os.ReadFile(filepath.FromSlash(path))
	if err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(bytes.NewReader(f)).ReadAll()
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return rows[1:] // every sample has a header row
}

// reportSample: the embedded sample of examples/report, with its
// instrument, 10 picks per list and the program's Slovin minimum for the
// sample agency of 2,500 employees.
func (g *golden) reportSample(t *testing.T) {
	var extras []akhlak.Option
	for _, r := range readCSV(t, "examples/report/sample_instrument.csv") {
		extras = append(extras, akhlak.Option{Code: r[0], Kind: akhlak.MustParseOptionKind(r[1]), Text: r[2]})
	}
	in, err := akhlak.NewInstrument(10, extras...)
	if err != nil {
		t.Fatal(err)
	}
	tally, err := akhlak.NewBallotTally(in)
	if err != nil {
		t.Fatal(err)
	}
	picks := func(cell string) []akhlak.OptionID {
		var ids []akhlak.OptionID
		for code := range strings.SplitSeq(cell, ";") {
			if code != "" {
				ids = append(ids, in.MustLookup(code))
			}
		}
		return ids
	}
	for _, r := range readCSV(t, "examples/report/sample_ballots.csv") {
		if err := tally.Add(r[0], akhlak.Ballot{Personal: picks(r[1]), Current: picks(r[2]), Desired: picks(r[3])}); err != nil {
			t.Fatal(err)
		}
	}
	res, err := tally.Result(survey.Slovin(2500, 5))
	if err != nil {
		t.Fatal(err)
	}
	g.json(t, "report", res)
	g.intervals("report", res.ScoreInterval, res.IndexInterval)
	for _, l := range akhlak.Lists() {
		for _, o := range in.Options() {
			id := in.MustLookup(o.Code)
			g.add(fmt.Sprintf("report.votes.%s.%s", l, o.Code), res.Votes(l, id))
		}
		for _, v := range akhlak.Values() {
			g.add(fmt.Sprintf("report.reach.%s.%s", l, v.Code()), res.Reach(l, v))
		}
		for i, r := range res.Ranking(l) {
			g.add(fmt.Sprintf("report.ranking.%s[%d]", l, i), fmt.Sprintf("%d %s %d tied=%v", r.Rank, r.Code, r.Votes, r.Tied))
		}
	}
}

// intervals adds the 95% intervals of the seven scores and the index.
func (g *golden) intervals(prefix string, score func(akhlak.Value) (survey.Interval, error), index func() (survey.Interval, error)) {
	for _, v := range akhlak.Values() {
		i, err := score(v)
		g.add(prefix+".interval."+v.Code(), walked(i, err))
	}
	g.add(prefix+".interval.index", walked(index()))
}

// ratings: a fixed rating survey on 1–5 of 400 respondents, answers from a
// fixed pseudo-random sequence, with some missing.
func (g *golden) ratings(t *testing.T) {
	tally, err := akhlak.NewRatingTally(survey.DefaultRatingScale())
	if err != nil {
		t.Fatal(err)
	}
	answers := make([]int8, 21)
	var x lcg = 2022
	for r := range 400 {
		mood := x.next(3)
		for i := range answers {
			answers[i] = int8(1 + mood + x.next(3))
			if x.next(30) == 0 {
				answers[i] = survey.NoAnswer
			}
		}
		if err := tally.Add(fmt.Sprintf("R%03d", r), answers); err != nil {
			t.Fatal(err)
		}
	}
	res, err := tally.Result(survey.Slovin(800, 5))
	if err != nil {
		t.Fatal(err)
	}
	g.json(t, "ratings", res)
	g.intervals("ratings", res.ScoreInterval, res.IndexInterval)
	for _, b := range akhlak.Behaviours() {
		m, _ := res.MeanAt(b, 4)
		g.add("ratings.mean4."+b.Code(), m)
		g.add("ratings.missing."+b.Code(), res.Missing(b))
	}
}

// national2022: the published 2022 national value scores (KemenPANRB).
func (g *golden) national2022(t *testing.T) {
	p, err := akhlak.NewProfile(map[akhlak.Value]decimal.Decimal{
		akhlak.BerorientasiPelayanan: decimal.RequireFromString("57.9"),
		akhlak.Akuntabel:             decimal.RequireFromString("74.1"),
		akhlak.Kompeten:              decimal.RequireFromString("56.7"),
		akhlak.Harmonis:              decimal.RequireFromString("63.8"),
		akhlak.Loyal:                 decimal.RequireFromString("65.8"),
		akhlak.Adaptif:               decimal.RequireFromString("38.9"),
		akhlak.Kolaboratif:           decimal.RequireFromString("69.4"),
	})
	if err != nil {
		t.Fatal(err)
	}
	g.add("national2022.index", p.Index())
	g.add("national2022.category", p.Band().Letter)
	g.json(t, "national2022.profile", p)
}

// nationalSample: the embedded sample of examples/national, with the
// program's default Slovin margin of 5%.
func (g *golden) nationalSample(t *testing.T) {
	var units []akhlak.Unit
	for _, r := range readCSV(t, "examples/national/sample.csv") {
		resp, _ := strconv.Atoi(r[1])
		emp, _ := strconv.Atoi(r[2])
		scores := map[akhlak.Value]decimal.Decimal{}
		for i, v := range akhlak.Values() {
			scores[v] = decimal.RequireFromString(r[3+i])
		}
		units = append(units, akhlak.Unit{Name: r[0], Respondents: resp, Minimum: survey.Slovin(emp, 5), Profile: akhlak.MustNewProfile(scores)})
	}
	n, err := akhlak.Aggregate(units)
	if err != nil {
		t.Fatal(err)
	}
	g.json(t, "national", n)
}

// engagementSample: the embedded sample and instrument of
// examples/engagement, with the official minimum of 140 respondents.
func (g *golden) engagementSample(t *testing.T) {
	var items []survey.Item
	for _, r := range readCSV(t, "examples/engagement/instrument.csv") {
		items = append(items, survey.Item{Code: r[0], Dimension: r[1], Reverse: r[2] == "yes"})
	}
	in, err := engagement.NewInstrument(engagement.Definition{Items: items, Recommend: true})
	if err != nil {
		t.Fatal(err)
	}
	tally, err := engagement.NewTally(in)
	if err != nil {
		t.Fatal(err)
	}
	answer := func(cell string) int8 {
		if cell == "" {
			return survey.NoAnswer
		}
		n, err := strconv.Atoi(cell)
		if err != nil {
			t.Fatal(err)
		}
		return int8(n)
	}
	for _, r := range readCSV(t, "examples/engagement/sample.csv") {
		answers := make([]int8, len(items))
		for i := range items {
			answers[i] = answer(r[2+i])
		}
		resp := engagement.Response{Respondent: r[0], Group: r[1], Answers: answers}
		if rec := answer(r[len(r)-1]); rec != survey.NoAnswer {
			resp.Recommend = survey.Recommend(int(rec))
		}
		if err := tally.Add(resp); err != nil {
			t.Fatal(err)
		}
	}
	res, err := tally.Result(engagement.OfficialMinimum())
	if err != nil {
		t.Fatal(err)
	}
	g.json(t, "engagement", res) // its groups included
}

// branding: a fixed employer branding survey of 300 respondents in three
// groups, five items in two dimensions (one reverse-coded, one the
// intention to apply) and the recommendation, answers from a fixed
// pseudo-random sequence, with some missing.
func (g *golden) branding(t *testing.T) {
	in, err := branding.NewInstrument(branding.Definition{
		Items: []survey.Item{
			{Code: "D1", Dimension: "Daya tarik"}, {Code: "D2", Dimension: "Daya tarik"},
			{Code: "D3", Dimension: "Daya tarik", Reverse: true},
			{Code: "R1", Dimension: "Reputasi"}, {Code: "NIAT", Dimension: "Niat melamar"},
		},
		Recommend: true,
		Intention: "NIAT",
	})
	if err != nil {
		t.Fatal(err)
	}
	tally, err := branding.NewTally(in)
	if err != nil {
		t.Fatal(err)
	}
	groups := []string{"mahasiswa", "pekerja swasta", "lulusan baru"}
	answers := make([]int8, 5)
	var x lcg = 2026
	for r := range 300 {
		mood := x.next(3) // a respondent's leaning, so that items correlate
		for i := range answers {
			answers[i] = int8(1 + mood + x.next(3))
			if i == 2 {
				answers[i] = 6 - answers[i] // reverse-coded
			}
			if x.next(20) == 0 {
				answers[i] = survey.NoAnswer
			}
		}
		rec := survey.Recommend(x.next(11))
		if x.next(20) == 0 {
			rec = survey.Recommendation{} // no answer
		}
		if err := tally.Add(branding.Response{Respondent: fmt.Sprintf("B%03d", r), Group: groups[r%3], Answers: answers, Recommend: rec}); err != nil {
			t.Fatal(err)
		}
	}
	res, err := tally.Result(survey.FixedMinimum(100))
	if err != nil {
		t.Fatal(err)
	}
	g.json(t, "branding", res) // its groups included
}

// lcg is a fixed pseudo-random sequence (Knuth's MMIX constants), so that
// the figures' inputs never depend on math/rand.
type lcg uint64

// next returns the next number in 0…n−1.
func (x *lcg) next(n uint64) int {
	*x = *x*6364136223846793005 + 1442695040888963407
	return int(uint64(*x>>33) % n)
}

// ikmSample: the embedded sample of examples/ikm, with the program's
// population for it and the Krejcie–Morgan minimum.
func (g *golden) ikmSample(t *testing.T) {
	tally := ikm.NewTally()
	for _, r := range readCSV(t, "examples/ikm/sample.csv") {
		answers := make([]int8, 9)
		for i := range answers {
			if r[1+i] == "" {
				answers[i] = survey.NoAnswer
				continue
			}
			a, err := ikm.ParseAnswer(r[1+i])
			if err != nil {
				t.Fatal(err)
			}
			answers[i] = int8(a)
		}
		if err := tally.Add(r[0], answers); err != nil {
			t.Fatal(err)
		}
	}
	res, err := tally.Result(survey.FixedMinimum(tally.Respondents()))
	if err != nil {
		t.Fatal(err)
	}
	g.json(t, "ikm", res)
}

// skp: every cell of the predikat matrix, every angka kredit jenjang ×
// predikat × months at the library's places, every distribution pattern
// checked against the embedded sample's predikat counts, and the sample's
// rows.
func (g *golden) skp(t *testing.T) {
	for _, h := range kinerja.Ratings() {
		for _, p := range kinerja.Ratings() {
			pr, err := kinerja.PredikatPegawai(h, p)
			if err != nil {
				t.Fatal(err)
			}
			g.add(fmt.Sprintf("skp.predikat[%s][%s]", h, p), pr)
		}
	}
	for _, j := range kinerja.AllJenjang() {
		k, err := j.Koefisien()
		if err != nil {
			t.Fatal(err)
		}
		g.add(fmt.Sprintf("skp.koefisien[%s]", j), k)
		for _, p := range kinerja.AllPredikat() {
			for bulan := 1; bulan <= 12; bulan++ {
				ak, err := kinerja.AngkaKredit(j, p, bulan)
				if err != nil {
					t.Fatal(err)
				}
				g.add(fmt.Sprintf("skp.angka_kredit[%s][%s][%d]", j, p, bulan), ak)
			}
		}
	}
	counts := map[kinerja.Predikat]int{}
	for _, r := range readCSV(t, "examples/skp/sample.csv") {
		pr, err := kinerja.PredikatPegawai(kinerja.MustParseRating(r[2]), kinerja.MustParseRating(r[3]))
		if err != nil {
			t.Fatal(err)
		}
		counts[pr]++
		g.add("skp.sample."+r[0]+".predikat", pr)
	}
	for _, org := range kinerja.AllPredikatOrganisasi() {
		fs, err := kinerja.CheckDistribution(org, counts, kinerja.DistributionRules{})
		if err != nil {
			t.Fatal(err)
		}
		g.json(t, fmt.Sprintf("skp.distribution[%s]", org), fs)
	}
}

// pak: every golongan's pangkat and jenjang, every minimum cumulative
// angka kredit (jenjang × golongan × kenaikan, or why there is none),
// every nilai dasar, and the worked examples of accumulation and
// integrasi.
func (g *golden) pak(t *testing.T) {
	for _, gol := range kinerja.AllGolongan() {
		g.add(fmt.Sprintf("pak.golongan[%s]", gol), fmt.Sprintf("%s %v", gol.Pangkat(), gol.Jenjang()))
	}
	for _, j := range kinerja.AllJenjang() {
		for _, gol := range j.Golongan() {
			for _, k := range kinerja.AllKenaikan() {
				key := fmt.Sprintf("pak.minimal[%s][%s][%s]", j, gol, k)
				ak, err := kinerja.AngkaKreditMinimal(j, gol, k)
				if err != nil {
					g.add(key, "none")
					continue
				}
				g.add(key, ak)
			}
		}
		nd, err := j.NilaiDasar()
		if err != nil {
			g.add(fmt.Sprintf("pak.nilai_dasar[%s]", j), "not published")
			continue
		}
		g.add(fmt.Sprintf("pak.nilai_dasar[%s]", j), nd)
	}
	year := func(tahun int, j kinerja.Jenjang, p kinerja.Predikat, mulai, selesai int) kinerja.Penilaian {
		return kinerja.Penilaian{Tahun: tahun, BulanMulai: mulai, BulanSelesai: selesai, Jenjang: j, Predikat: p}
	}
	for _, ex := range []struct {
		name    string
		periode []kinerja.Penilaian
		opts    []kinerja.AngkaKreditOption
	}{
		{"ahli_muda_baik_3_years", []kinerja.Penilaian{year(2023, kinerja.AhliMuda, kinerja.Baik, 1, 12), year(2024, kinerja.AhliMuda, kinerja.Baik, 1, 12), year(2025, kinerja.AhliMuda, kinerja.Baik, 1, 12)}, nil},
		{"bkn_18.75_2.08_rounded", []kinerja.Penilaian{year(2023, kinerja.AhliPertama, kinerja.SangatBaik, 1, 12), year(2024, kinerja.AhliPertama, kinerja.Baik, 1, 2)}, []kinerja.AngkaKreditOption{kinerja.WithPlaces(2), kinerja.WithRoundedPeriods()}},
		{"bkn_18.75_2.08_once", []kinerja.Penilaian{year(2023, kinerja.AhliPertama, kinerja.SangatBaik, 1, 12), year(2024, kinerja.AhliPertama, kinerja.Baik, 1, 2)}, nil},
		{"kenaikan_jenjang", []kinerja.Penilaian{year(2023, kinerja.Pemula, kinerja.SangatBaik, 1, 12), year(2024, kinerja.Pemula, kinerja.SangatBaik, 1, 12), year(2025, kinerja.Pemula, kinerja.SangatBaik, 1, 12), year(2026, kinerja.Terampil, kinerja.Baik, 1, 12)}, nil},
		{"kenaikan_jenjang_carried", []kinerja.Penilaian{year(2023, kinerja.Pemula, kinerja.SangatBaik, 1, 12), year(2024, kinerja.Pemula, kinerja.SangatBaik, 1, 12), year(2025, kinerja.Pemula, kinerja.SangatBaik, 1, 12), year(2026, kinerja.Terampil, kinerja.Baik, 1, 12)}, []kinerja.AngkaKreditOption{kinerja.WithCarriedExcess()}},
	} {
		a, err := kinerja.Accumulate(ex.periode, ex.opts...)
		if err != nil {
			t.Fatal(err)
		}
		for i, s := range a.Steps() {
			g.add(fmt.Sprintf("pak.accumulate.%s[%d]", ex.name, i), fmt.Sprintf("%s %s jenjang=%v", s.AngkaKredit, s.Kumulatif, s.KenaikanJenjang))
		}
	}
	for _, ex := range []struct {
		ak  string
		j   kinerja.Jenjang
		gol kinerja.Golongan
	}{{"550.63", kinerja.AhliMadya, kinerja.IVb}, {"287.500", kinerja.AhliMuda, kinerja.IIIc}} {
		ak, err := kinerja.AngkaKreditIntegrasi(figure.MustParse(ex.ak), ex.j, ex.gol)
		if err != nil {
			t.Fatal(err)
		}
		g.add(fmt.Sprintf("pak.integrasi[%s][%s][%s]", ex.ak, ex.j, ex.gol), ak)
	}
}

// minimums: Slovin at margins 1–10% and Krejcie–Morgan, for the
// populations of Krejcie and Morgan's published table and a few agency
// sizes up to the whole ASN.
func (g *golden) minimums() {
	pops := []int{10, 15, 20, 25, 30, 35, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90, 95, 100,
		110, 120, 130, 140, 150, 160, 170, 180, 190, 200, 210, 220, 230, 240, 250, 260, 270, 280, 290, 300,
		320, 340, 360, 380, 400, 420, 440, 460, 480, 500, 550, 600, 650, 700, 750, 800, 850, 900, 950, 1000,
		1100, 1200, 1300, 1400, 1500, 1600, 1700, 1800, 1900, 2000, 2200, 2400, 2500, 2600, 2800, 3000, 3500,
		4000, 4500, 5000, 6000, 7000, 8000, 9000, 10000, 15000, 20000, 30000, 40000, 50000, 75000, 100000,
		250000, 500000, 1000000, 4300000}
	for _, n := range pops {
		g.add(fmt.Sprintf("minimum.krejcie_morgan[%d]", n), survey.KrejcieMorgan(n).Required())
		for m := 1; m <= 10; m++ {
			g.add(fmt.Sprintf("minimum.slovin[%d][%d%%]", n, m), survey.Slovin(n, m).Required())
		}
	}
}

// categories: every built-in scale's bands, and the band of each lower
// bound, of the figure just below it at the scale's places, and of the
// scale's minimum and maximum.
func (g *golden) categories(t *testing.T) {
	for _, s := range []category.Scale{category.BerAKHLAK(), category.Entropy(), category.Alignment(), category.IKM(), category.IKM2004()} {
		name := "category." + s.Name()
		g.add(name+".range", exact.Fixed(s.Min())+" to "+exact.Fixed(s.Max())+" at "+strconv.Itoa(int(s.Places()))+" places")
		step := decimal.New(1, -s.Places())
		half := decimal.New(5, -s.Places()-1)
		tiny := decimal.New(1, -s.Places()-3)
		probes := []decimal.Decimal{s.Min(), s.Max(), s.Min().Sub(step), s.Max().Add(step)}
		for _, b := range s.Bands() {
			g.add(name+".band."+b.Letter, fmt.Sprintf("from %s %q %q", exact.Fixed(b.Min), b.Label, b.English))
			// the bound, the published figure below it, and the two
			// unrounded figures either side of rounding up to the bound
			probes = append(probes, b.Min, b.Min.Sub(step), b.Min.Sub(half), b.Min.Sub(half).Sub(tiny))
		}
		for _, x := range probes {
			key := name + ".classify[" + exact.String(x) + "]"
			b, err := s.Classify(x)
			if err != nil {
				g.add(key, "error")
				continue
			}
			g.add(key, b.Letter)
		}
	}
	// The published figures of one IKM worked example, computed four ways
	// (91.48, 91.38, 90.56, 91.50), as an old report would label them.
	for _, x := range []string{"91.48", "91.38", "90.56", "91.50"} {
		b, err := category.IKM2004().Classify(decimal.RequireFromString(x))
		if err != nil {
			t.Fatal(err)
		}
		g.add("category.IKM2004.published["+x+"]", b.String())
	}
}
