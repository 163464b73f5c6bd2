package berakhlak_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/go-asn/berakhlak/akhlak"
	"github.com/go-asn/berakhlak/branding"
	"github.com/go-asn/berakhlak/engagement"
	"github.com/go-asn/berakhlak/ikm"
	"github.com/go-asn/berakhlak/kinerja"
	"github.com/go-asn/berakhlak/kinerja/siasn"
	"github.com/go-asn/berakhlak/survey"
	"github.com/shopspring/decimal"
)

// Stored results come back, or refuse (issue 22, item 3). For every type
// of the module with a MarshalJSON, Unmarshal(Marshal(x)) is x (by its
// Equal method, or ==) for every sample below; a document whose figures
// were edited is refused with survey.ErrInvalidInput; and json.Unmarshal
// into the type never leaves a zero value with a nil error.

// jsonTypes returns "package.Type" for every type of the public packages
// whose non-test source declares a MarshalJSON method, and says for each
// whether an UnmarshalJSON is declared too.
func jsonTypes(t *testing.T) map[string]bool {
	t.Helper()
	out := map[string]bool{}
	err := filepath.WalkDir(".", func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if n := d.Name(); path != "." && (strings.HasPrefix(n, ".") || n == "internal" || n == "examples" || n == "testdata") {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		f, err := parser.ParseFile(token.NewFileSet(), path, nil, 0)
		if err != nil {
			return err
		}
		for _, decl := range f.Decls {
			fn, ok := decl.(*ast.FuncDecl)
			if !ok || fn.Recv == nil || (fn.Name.Name != "MarshalJSON" && fn.Name.Name != "UnmarshalJSON") {
				continue
			}
			recv := fn.Recv.List[0].Type
			if s, ok := recv.(*ast.StarExpr); ok {
				recv = s.X
			}
			name := f.Name.Name + "." + recv.(*ast.Ident).Name
			if fn.Name.Name == "UnmarshalJSON" {
				out[name] = true
			} else if _, seen := out[name]; !seen {
				out[name] = false
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// samples returns values of each JSON type, as the library makes them.
func samples(t *testing.T) map[string][]any {
	t.Helper()
	national := akhlak.MustNewProfile(national2022())
	br := sampleBallotResult(t)
	br2 := ballotResult(t, limitingInstrument(t), akhlak.Ballot{Current: []akhlak.OptionID{1, 16}}, akhlak.Ballot{Current: []akhlak.OptionID{4}})
	rr := sampleRatingResult(t)
	ir := sampleIKMResult(t)
	er := sampleEngagementResult(t)
	brr := sampleBrandingResult(t)
	tot, _ := er.Total()
	findings, err := kinerja.CheckDistribution(kinerja.OrganisasiBaik, map[kinerja.Predikat]int{kinerja.Baik: 7004, kinerja.SangatBaik: 2996}, kinerja.DistributionRules{})
	if err != nil {
		t.Fatal(err)
	}
	rounded, _ := kinerja.CheckDistribution(kinerja.OrganisasiKurang, map[kinerja.Predikat]int{kinerja.Kurang: 5, kinerja.ButuhPerbaikan: 1, kinerja.SangatKurang: 3}, kinerja.DistributionRules{RoundShares: true, SharePlaces: 0})
	skp, err := siasn.NewSKP(kinerja.DiAtasEkspektasi, kinerja.SesuaiEkspektasi, 2024)
	if err != nil {
		t.Fatal(err)
	}
	skp.ID, skp.PNSDinilaiOrang, skp.Penilai = "skp-1", "pns-1", siasn.Penilai{Nama: "Penilai", NipNrp: "1990", Status: "ASN"}
	kp, err := siasn.NewKinerjaPeriodik(kinerja.SesuaiEkspektasi, kinerja.DiBawahEkspektasi, kinerja.AhliMuda, siasn.Triwulan, 2024, 1, 3)
	if err != nil {
		t.Fatal(err)
	}
	riwayat := siasn.RiwayatSKP{ID: "r-1", PNSDinilaiID: "pns-1", Tahun: 2023, HasilKinerjaNilai: "1", PerilakuKerjaNilai: "2", KuadranKinerjaNilai: "2",
		HasilKinerja: "DIATAS ESPEKTASI", PerilakuKerja: "SESUAI ESPEKTASI", KuadranKinerja: "BAIK", NamaPenilai: "P"}
	akRequest, err := siasn.NewAngkaKreditPenilaian([]kinerja.Penilaian{{Tahun: 2024, BulanMulai: 1, BulanSelesai: 6, Jenjang: kinerja.Mahir, Predikat: kinerja.SangatBaik}})
	if err != nil {
		t.Fatal(err)
	}
	akRequest.ID, akRequest.PNSID, akRequest.Pertama = "ak-1", "pns-1", true
	rak := siasn.RiwayatAngkaKredit{ID: "ak-1", PNS: "pns-1", BulanMulaiPenailan: 1, TahunMulaiPenailan: 2024, BulanSelesaiPenailan: 6,
		TahunSelesaiPenailan: 2024, KreditUtamaBaru: "0", KreditPenunjangBaru: "0", KreditBaruTotal: "9.375", NamaJabatan: "Pranata Komputer Mahir", IsKonversi: "1"}
	rkp := siasn.RiwayatKinerjaPeriodik{ID: "k-1", Tahun: 2024, HasilKinerjaNilai: "2", PerilakuKerjaNilai: "3", KuadranKinerjaNilai: "4",
		KoefisienID: "22", PeriodikID: siasn.Triwulan, BulanMulaiPenilaian: 1, BulanSelesaiPenilaian: 3, TahunMulaiPenilaian: 2024, TahunSelesaiPenilaian: 2024}
	return map[string][]any{
		"akhlak.Profile":               {national, akhlak.MustNewProfile(allScores("74.95")), br.Profile()},
		"akhlak.Rank":                  {national.Ranked()[0], national.Ranked()[6]},
		"akhlak.National":              {sampleNational(t)},
		"akhlak.Comparison":            {sampleComparison(t, br, br2), sampleComparison(t, national, br)},
		"akhlak.Change":                {sampleComparison(t, br, br2).Index(), sampleComparison(t, national, br).Value(akhlak.Adaptif)},
		"akhlak.BallotResult":          {br, ballotResult(t, akhlak.DefaultInstrument(), akhlak.Ballot{Personal: []akhlak.OptionID{3}})},
		"akhlak.RatingResult":          {rr},
		"ikm.Result":                   {ir, sampleIKM2014(t)},
		"ikm.UnsurResult":              {ir.Unsur(ikm.BiayaTarif), ir.Unsur(ikm.SaranaPrasarana)},
		"ikm.ItemResult":               {ir.Items()[3], sampleIKM2014(t).Items()[7]},
		"engagement.Result":            {er},
		"branding.Result":              {brr},
		"survey.Figures":               {tot},
		"survey.Interval":              {intervalOf(rr.ScoreInterval(akhlak.Adaptif)), intervalOf(br.IndexInterval()), intervalOf(br.ScoreInterval(akhlak.Loyal))},
		"survey.Minimum":               {survey.Slovin(2500, 5), survey.KrejcieMorgan(400), survey.FixedMinimum(140)},
		"kinerja.Finding":              {findings[0], findings[1], findings[2], rounded[0]},
		"kinerja.Findings":             {findings, rounded, kinerja.Findings{}},
		"siasn.Finding":                {siasn.Finding{Kind: siasn.FindingKuadranSwapped, Field: "KuadranKinerjaNilai", Stored: "3", Expected: "4"}},
		"siasn.Rating":                 {siasn.Rating("1"), siasn.Rating("")},
		"siasn.Kuadran":                {siasn.Kuadran("5"), siasn.Kuadran("")},
		"siasn.SKP":                    {skp},
		"siasn.KinerjaPeriodik":        {kp},
		"siasn.RiwayatSKP":             {riwayat},
		"siasn.RiwayatKinerjaPeriodik": {rkp},
		"siasn.AngkaKredit":            {akRequest},
		"siasn.RiwayatAngkaKredit":     {rak},
	}
}

func sampleComparison(t *testing.T, a, b akhlak.Measured) akhlak.Comparison {
	t.Helper()
	c, err := akhlak.Compare(a, b)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// intervalOf returns the interval; an error leaves the zero Interval,
// which the round trip refuses to marshal.
func intervalOf(i survey.Interval, _ error) survey.Interval { return i }

func sampleBallotResult(t *testing.T) akhlak.BallotResult {
	in := limitingInstrument(t)
	var ballots []akhlak.Ballot
	for i := range 40 {
		ballots = append(ballots, akhlak.Ballot{
			Personal: []akhlak.OptionID{akhlak.OptionID(1 + i%21)},
			Current:  []akhlak.OptionID{akhlak.OptionID(1 + (i*5)%22), akhlak.OptionID(1 + (i*5+3)%22)},
			Desired:  []akhlak.OptionID{akhlak.OptionID(1 + (i*7)%21)},
		})
	}
	return ballotResult(t, in, ballots...)
}

func sampleRatingResult(t *testing.T) akhlak.RatingResult {
	tl, _ := akhlak.NewRatingTally(survey.DefaultRatingScale())
	for i := range 30 {
		row := make([]int8, 21)
		for j := range row {
			row[j] = int8(1 + (i*j+i)%5)
		}
		if i%7 == 0 {
			row[3] = survey.NoAnswer
		}
		if err := tl.Add("R", row); err != nil {
			t.Fatal(err)
		}
	}
	r, err := tl.Result(survey.Slovin(30, 5))
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// sampleIKM2014 is a survey of PermenPANRB No. 16 Tahun 2014 in two
// groups.
func sampleIKM2014(t *testing.T) ikm.Result {
	tl, err := ikm.NewTallyFor(ikm.Instrument2014)
	if err != nil {
		t.Fatal(err)
	}
	for i := range 12 {
		a := int8(1 + i%4)
		if err := tl.AddResponse(ikm.Response{Group: []string{"A", "B"}[i%2], Answers: []int8{a, a, 3, 4, 3, a, 4, 2, 3}}); err != nil {
			t.Fatal(err)
		}
	}
	r, err := tl.Result(survey.FixedMinimum(12))
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func sampleIKMResult(t *testing.T) ikm.Result {
	rows := [][]int8{{4, 4, 3, 4, 3, 4, 4, 4, 3}, {3, 4, 3, 4, 3, 3, 4, 4, 3}, {4, 3, 2, 4, 4, 4, 4, 3, 4},
		{4, 3, survey.NoAnswer, 4, 3, 4, 3, 4, 4}}
	tl := ikm.NewTally()
	for i, r := range rows {
		if err := tl.Add(string(rune('A'+i)), r); err != nil {
			t.Fatal(err)
		}
	}
	r, err := tl.Result(survey.KrejcieMorgan(4), ikm.WithNRRPlaces(3))
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func sampleEngagementResult(t *testing.T) engagement.Result {
	in, _ := engagement.NewInstrument(engagement.Definition{Recommend: true, Items: []survey.Item{
		{Code: "K1", Dimension: "Komitmen"}, {Code: "K2", Dimension: "Komitmen", Reverse: true}, {Code: "B1", Dimension: "Bangga"}}})
	tl, _ := engagement.NewTally(in)
	for i := range 40 {
		r := engagement.Response{Respondent: "R", Group: []string{"A", "B", "C", ""}[i%4],
			Answers: []int8{int8(1 + i%5), int8(1 + (i*3)%5), int8(1 + (i*2)%5)}}
		if i%6 != 0 {
			r.Recommend = survey.Recommend(i % 11)
		}
		if i == 39 {
			r.Group = "D" // a group of one, suppressed
		}
		if err := tl.Add(r); err != nil {
			t.Fatal(err)
		}
	}
	r, err := tl.Result(survey.FixedMinimum(20))
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func sampleBrandingResult(t *testing.T) branding.Result {
	in, _ := branding.NewInstrument(branding.Definition{Recommend: true, Intention: "N1", Items: []survey.Item{
		{Code: "D1", Dimension: "Daya tarik"}, {Code: "D2", Dimension: "Daya tarik"}, {Code: "N1", Dimension: "Niat"}}})
	tl, _ := branding.NewTally(in)
	for i := range 30 {
		r := branding.Response{Respondent: "S", Group: []string{"mahasiswa", "pekerja"}[i%2],
			Answers: []int8{int8(1 + i%5), int8(1 + (i*3)%5), int8(1 + (i*2)%5)}, Recommend: survey.Recommend(i % 11)}
		if err := tl.Add(r); err != nil {
			t.Fatal(err)
		}
	}
	r, err := tl.Result(survey.FixedMinimum(10))
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// equal compares with the value's Equal method when it has one, and
// field by field otherwise.
func equal(a, b any) bool {
	if m := reflect.ValueOf(a).MethodByName("Equal"); m.IsValid() {
		return m.Call([]reflect.Value{reflect.ValueOf(b)})[0].Bool()
	}
	return reflect.DeepEqual(a, b)
}

func TestJSONRoundTrip(t *testing.T) {
	types := jsonTypes(t)
	all := samples(t)
	for name, hasUnmarshal := range types {
		if !hasUnmarshal {
			t.Errorf("%s has MarshalJSON and no UnmarshalJSON: what is written cannot be read back", name)
			continue
		}
		vals, ok := all[name]
		if !ok {
			t.Errorf("%s: no samples for the round trip", name)
			continue
		}
		for i, v := range vals {
			data, err := json.Marshal(v)
			if err != nil {
				t.Errorf("%s sample %d: Marshal: %v", name, i, err)
				continue
			}
			p := reflect.New(reflect.TypeOf(v))
			if err := json.Unmarshal(data, p.Interface()); err != nil {
				t.Errorf("%s sample %d: Unmarshal(Marshal(x)): %v\n%s", name, i, err, data)
				continue
			}
			if got := p.Elem().Interface(); !equal(v, got) {
				t.Errorf("%s sample %d: Unmarshal(Marshal(x)) differs from x:\n%+v\n%+v", name, i, v, got)
			}
			// Unmarshal into a value that holds something must refuse or
			// replace it whole: the same bytes again give the same value.
			if err := json.Unmarshal(data, p.Interface()); err != nil || !equal(v, p.Elem().Interface()) {
				t.Errorf("%s sample %d: a second Unmarshal into the value: %v", name, i, err)
			}
		}
	}
	for name := range all {
		if _, ok := types[name]; !ok {
			t.Errorf("samples for %s, which has no MarshalJSON", name)
		}
	}
}

// TestJSONRefusesEditedFigures edits one figure of each stored result and
// checks that the result refuses the document, naming what is wrong,
// rather than decoding figures its counts do not give.
func TestJSONRefusesEditedFigures(t *testing.T) {
	all := samples(t)
	tests := []struct {
		name       string
		v          any
		from, to   string
		wantInText string
	}{
		{"ballot index", all["akhlak.BallotResult"][0], `"index":"`, `"index":"9`, "index"},
		{"ballot votes", all["akhlak.BallotResult"][0], `"votes":[`, `"votes":[1`, ""},
		{"ballot entropy", all["akhlak.BallotResult"][0], `"entropy":"`, `"entropy":"1`, "entropy"},
		{"rating sum", all["akhlak.RatingResult"][0], `"sum":`, `"sum":1`, ""},
		{"rating category", all["akhlak.RatingResult"][0], `"category":"`, `"category":"A`, "category"},
		{"ikm index", all["ikm.Result"][0], `"index":"`, `"index":"1`, "index"},
		{"ikm mutu", all["ikm.Result"][0], `"mutu":"`, `"mutu":"X`, ""},
		{"unsur nrr", all["ikm.UnsurResult"][0], `"nrr":"`, `"nrr":"1`, "NRR"},
		{"engagement index", all["engagement.Result"][0], `"index":"`, `"index":"9`, "index"},
		{"engagement answers", all["engagement.Result"][0], `"answers":`, `"answers":1`, "answers"},
		{"engagement nps", all["engagement.Result"][0], `"promoters":`, `"promoters":1`, "NPS"},
		{"engagement segments", all["engagement.Result"][0], `"engaged":`, `"engaged":9`, "segments"},
		{"branding intention", all["branding.Result"][0], `"intention":"`, `"intention":"x`, "intention"},
		{"profile category", all["akhlak.Profile"][0], `"category":"`, `"category":"A`, "category"},
		{"figures favourable", all["survey.Figures"][0], `"favourable":"`, `"favourable":"1`, "favourable"},
		{"national reason", all["akhlak.National"][0], `"reason":"`, `"reason":"x`, "excluded unit"},
		{"national respondents", all["akhlak.National"][0], `"respondents":5`, `"respondents":500`, "excluded unit"},
		{"finding share", all["kinerja.Finding"][0], `"share":"`, `"share":"1`, "share"},
	}
	for _, tt := range tests {
		data, err := json.Marshal(tt.v)
		if err != nil {
			t.Fatal(err)
		}
		edited := bytes.Replace(data, []byte(tt.from), []byte(tt.to), 1)
		if bytes.Equal(edited, data) {
			t.Errorf("%s: %s not in the JSON", tt.name, tt.from)
			continue
		}
		p := reflect.New(reflect.TypeOf(tt.v))
		err = json.Unmarshal(edited, p.Interface())
		if !errors.Is(err, survey.ErrInvalidInput) {
			t.Errorf("%s: Unmarshal of an edited figure: %v, want ErrInvalidInput", tt.name, err)
			continue
		}
		if !strings.Contains(err.Error(), tt.wantInText) {
			t.Errorf("%s: the error does not name %q: %v", tt.name, tt.wantInText, err)
		}
		if !reflect.ValueOf(p.Elem().Interface()).IsZero() {
			t.Errorf("%s: a refused Unmarshal changed the value", tt.name)
		}
	}
}

// TestJSONZeroNeverLooksLikeAResult: json.Unmarshal of an empty or a
// partial document into a result either fails or leaves a value that says
// it is not valid; a type without IsValid must fail. SIASN's records are
// not results: they are read as received, empty fields included, for
// their Check to report.
func TestJSONZeroNeverLooksLikeAResult(t *testing.T) {
	for name, vals := range samples(t) {
		if name == "siasn.RiwayatSKP" || name == "siasn.RiwayatKinerjaPeriodik" || name == "siasn.RiwayatAngkaKredit" {
			continue
		}
		for _, doc := range []string{`{}`, `{"index":"60.0"}`, `{"respondents":5}`} {
			p := reflect.New(reflect.TypeOf(vals[0]))
			if err := json.Unmarshal([]byte(doc), p.Interface()); err != nil {
				continue
			}
			iv, ok := p.Elem().Interface().(interface{ IsValid() bool })
			switch {
			case !ok:
				t.Errorf("%s: %s decodes with no error, and the type has no IsValid to say it holds nothing", name, doc)
			case iv.IsValid():
				t.Errorf("%s: %s decodes into a valid value", name, doc)
			}
		}
	}
}

// national2022 is the published 2022 national profile (KemenPANRB).
func national2022() map[akhlak.Value]decimal.Decimal {
	out := map[akhlak.Value]decimal.Decimal{}
	for v, s := range map[akhlak.Value]string{akhlak.BerorientasiPelayanan: "57.9", akhlak.Akuntabel: "74.1", akhlak.Kompeten: "56.7",
		akhlak.Harmonis: "63.8", akhlak.Loyal: "65.8", akhlak.Adaptif: "38.9", akhlak.Kolaboratif: "69.4"} {
		out[v] = decimal.RequireFromString(s)
	}
	return out
}

func sampleNational(t *testing.T) akhlak.National {
	n, err := akhlak.Aggregate([]akhlak.Unit{
		{Name: "A", Respondents: 400, Minimum: survey.Slovin(2000, 5), Profile: akhlak.MustNewProfile(national2022())},
		{Name: "B", Respondents: 5, Minimum: survey.Slovin(2000, 5), Profile: akhlak.MustNewProfile(allScores("40"))},
		{Name: "C", Respondents: 300, Minimum: survey.FixedMinimum(300), Profile: akhlak.MustNewProfile(allScores("74.96"))},
	})
	if err != nil {
		t.Fatal(err)
	}
	return n
}
