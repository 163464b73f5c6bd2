package ikm

import (
	"encoding/json"
	"errors"
	"strconv"
	"strings"
	"testing"

	"github.com/go-asn/berakhlak/category"
	"github.com/go-asn/berakhlak/figure"
	"github.com/go-asn/berakhlak/survey"
	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
)

const na = survey.NoAnswer

func dec(s string) decimal.Decimal { return decimal.RequireFromString(s) }

// same returns n rows of 9 answers, all a.
func same(n int, a int8) [][]int8 {
	rows := make([][]int8, n)
	for i := range rows {
		rows[i] = []int8{a, a, a, a, a, a, a, a, a}
	}
	return rows
}

// rowsFromSums returns c respondents whose answers to unsur i sum to
// sums[i] (c ≤ sums[i] ≤ 4c): every answer starts at 1 and the rest is
// handed out, at most 3 more per answer, respondent by respondent.
func rowsFromSums(c int, sums [9]int) [][]int8 {
	rows := make([][]int8, c)
	for r := range rows {
		rows[r] = make([]int8, 9)
	}
	for i, s := range sums {
		rest := s - c
		for r := 0; r < c; r++ {
			add := min(3, rest)
			rows[r][i] = int8(1 + add)
			rest -= add
		}
		if rest != 0 {
			panic("sum out of range")
		}
	}
	return rows
}

// rowsFromTotal spreads a total over the nine unsur of c respondents.
func rowsFromTotal(c, total int) [][]int8 {
	var sums [9]int
	for i := range sums {
		sums[i] = total / 9
		if i < total%9 {
			sums[i]++
		}
	}
	return rowsFromSums(c, sums)
}

// byCounts returns respondents answering unsur u with the counts of
// answers 4, 3, 2 and 1 given for it, in that order.
func byCounts(spec map[Unsur][4]int) [][]int8 {
	n := 0
	for _, c := range spec {
		n = max(n, c[0]+c[1]+c[2]+c[3])
	}
	rows := same(n, na)
	for u, c := range spec {
		r := 0
		for k, cnt := range c {
			for j := 0; j < cnt; j++ {
				rows[r][u-1] = int8(4 - k)
				r++
			}
		}
	}
	return rows
}

func tallyOf(t testing.TB, rows [][]int8) *Tally {
	t.Helper()
	tl := NewTally()
	for i, r := range rows {
		if err := tl.Add("r"+string(rune('0'+i%10)), r); err != nil {
			t.Fatal(err)
		}
	}
	return tl
}

var anyMin = survey.FixedMinimum(1)

type indexBand struct {
	Index string
	Band  string
}

func figureOf(r Result) indexBand { return indexBand{r.Index().String(), r.Band().String()} }

// TestIssueVectors reproduces the public test vectors of the issue.
func TestIssueVectors(t *testing.T) {
	// "One unsur with answers [3, 3, 4, 4] → NRR 3.5 → 87.50, B": four
	// respondents answer 3, 3, 4, 4, so the NRR is 3.5; the index is 87.50
	// when every unsur has that NRR (and 98.61 when only U1 does and the
	// others are all 4).
	threeThreeFourFour := [][]int8{same(1, 3)[0], same(1, 3)[0], same(1, 4)[0], same(1, 4)[0]}
	onlyU1 := same(4, 4)
	for i, a := range []int8{3, 3, 4, 4} {
		onlyU1[i][0] = a
	}
	tests := []struct {
		name string
		rows [][]int8
		opts []ResultOption
		want indexBand
	}{
		{"all 4, exact 1/9", same(10, 4), nil, indexBand{"100.00", "A Sangat Baik"}},
		{"all 4, printed 0.111", same(10, 4), []ResultOption{WithWeight(dec("0.111"))}, indexBand{"99.90", "A Sangat Baik"}},
		{"all 4, printed 0.11", same(10, 4), []ResultOption{WithWeight(dec("0.11"))}, indexBand{"99.00", "A Sangat Baik"}},
		{"all 1, exact 1/9", same(10, 1), nil, indexBand{"25.00", "D Tidak Baik"}},
		{"3,3,4,4 in every unsur", threeThreeFourFour, nil, indexBand{"87.50", "B Baik"}},
		{"3,3,4,4 in U1 only, the rest 4", onlyU1, nil, indexBand{"98.61", "A Sangat Baik"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, err := tallyOf(t, tc.rows).Result(anyMin, tc.opts...)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tc.want, figureOf(r)); diff != "" {
				t.Errorf("(-want +got)\n%s", diff)
			}
		})
	}
	r, _ := tallyOf(t, threeThreeFourFour).Result(anyMin)
	if got := r.NRR(Unsur(1)).String(); got != "3.50" {
		t.Errorf("NRR(Unsur(1)) = %s, want 3.50", got)
	}
	if got := r.Index(); got.Places() != 2 {
		t.Errorf("Index places %d, want 2", got.Places())
	}
}

// publishedRows is the 29-respondent survey worked in the public guide
// rennn9/GASPUL_BACKEND rumus_perhitungan_ikm_lengkap.md (sums 105, 101,
// 100, 116, 102, 105, 106, 105, 115). That guide numbers Sarana dan
// Prasarana U8 and Penanganan Pengaduan U9, the other way round from the
// library, so the unsur are given by name.
func publishedRows() [][]int8 {
	return byCounts(map[Unsur][4]int{
		MustParseUnsur("Persyaratan"):                             {18, 11},
		MustParseUnsur("Sistem, Mekanisme dan Prosedur"):          {14, 15},
		MustParseUnsur("Waktu Penyelesaian"):                      {15, 12, 2},
		MustParseUnsur("Biaya/Tarif"):                             {29},
		MustParseUnsur("Produk Spesifikasi Jenis Pelayanan"):      {15, 14},
		MustParseUnsur("Kompetensi Pelaksana"):                    {18, 11},
		MustParseUnsur("Perilaku Pelaksana"):                      {19, 10},
		MustParseUnsur("Sarana dan Prasarana"):                    {18, 11},
		MustParseUnsur("Penanganan Pengaduan, Saran dan Masukan"): {28, 1},
	})
}

// TestPublishedConventions reproduces the four figures public code gets
// from the same survey (the issue's 91.48, 91.38, 90.56 and 91.50), each
// from its option, and checks the options combine.
func TestPublishedConventions(t *testing.T) {
	tl := tallyOf(t, publishedRows())
	tests := []struct {
		name string
		opts []ResultOption
		want string
	}{
		{"default: exact 1/9, rounded once", nil, "91.48"},
		{"printed weight 0.111", []ResultOption{WithWeight(dec("0.111"))}, "91.38"},
		{"printed weight 0.11", []ResultOption{WithWeight(dec("0.11"))}, "90.56"},
		{"NRR rounded to 2 places first", []ResultOption{WithNRRPlaces(2)}, "91.50"},
		{"NRR rounded to 3 places first", []ResultOption{WithNRRPlaces(3)}, "91.48"},
		{"NRR rounded to 4 places first", []ResultOption{WithNRRPlaces(4)}, "91.48"},
		{"0.111 and NRR at 3 places", []ResultOption{WithWeight(dec("0.111")), WithNRRPlaces(3)}, "91.39"},
		{"weight given as 1/9 to 9 places", []ResultOption{WithWeight(dec("0.111111111"))}, "91.48"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, err := tl.Result(survey.KrejcieMorgan(30), tc.opts...)
			if err != nil {
				t.Fatal(err)
			}
			if got := r.Index().String(); got != tc.want {
				t.Errorf("Index = %s, want %s", got, tc.want)
			}
		})
	}
	r, _ := tl.Result(anyMin)
	var got []string
	for _, u := range r.PerUnsur() {
		got = append(got, u.Unsur.Code()+" "+u.NRR.String()+" "+u.Converted.String()+" "+u.Band.Letter)
	}
	want := []string{
		"U1 3.62 90.52 A", "U2 3.48 87.07 B", "U3 3.45 86.21 B", "U4 4.00 100.00 A", "U5 3.52 87.93 B",
		"U6 3.62 90.52 A", "U7 3.66 91.38 A", "U8 3.97 99.14 A", "U9 3.62 90.52 A",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("per unsur (-want +got)\n%s", diff)
	}
	r4, _ := tl.Result(anyMin, WithNRRPlaces(4))
	if got := r4.NRR(PenangananPengaduan).String(); got != "3.9655" {
		t.Errorf("NRR at 4 places = %s, want 3.9655 (the guide's figure)", got)
	}
}

// TestOptionsMoveTheFigure shows each option moving the index the
// documented way on small data worked by hand.
func TestOptionsMoveTheFigure(t *testing.T) {
	// Three respondents; NRR 1, 3, 2, 3, 1, 3.666…, 2, 3.333…, 3.333….
	// Exact: 25/9 × 22.333… = 62.037 → 62.04. Rounded first: 3.67, 3.33,
	// 3.33 sum to 22.33 → 25/9 × 22.33 = 62.027 → 62.03.
	rows := rowsFromSums(3, [9]int{3, 9, 6, 9, 3, 11, 6, 10, 10})
	tl := tallyOf(t, rows)
	tests := []struct {
		name string
		opts []ResultOption
		want string
	}{
		{"exact", nil, "62.04"},
		{"NRR at 2 places moves it by 0.01", []ResultOption{WithNRRPlaces(2)}, "62.03"},
		{"NRR at 1 place", []ResultOption{WithNRRPlaces(1)}, "61.94"},  // 12 + 3.7+3.3+3.3 = 22.3
		{"NRR at 0 places", []ResultOption{WithNRRPlaces(0)}, "61.11"}, // 12 + 4+3+3 = 22
		{"0.111", []ResultOption{WithWeight(dec("0.111"))}, "61.98"},   // 22.333… × 2.775 = 61.975
		{"0.11", []ResultOption{WithWeight(dec("0.11"))}, "61.42"},     // 22.333… × 2.75 = 61.416…
		{"last option wins", []ResultOption{WithWeight(dec("0.11")), WithWeight(dec("0.111"))}, "61.98"},
		{"a nil option is ignored", []ResultOption{nil}, "62.04"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, err := tl.Result(anyMin, tc.opts...)
			if err != nil {
				t.Fatal(err)
			}
			if got := r.Index().String(); got != tc.want {
				t.Errorf("Index = %s, want %s", got, tc.want)
			}
		})
	}
	r, _ := tl.Result(anyMin, WithNRRPlaces(3))
	if got := r.NRR(Unsur(6)).String(); got != "3.667" {
		t.Errorf("NRR(Unsur(6)) at 3 places = %s, want 3.667", got)
	}
	if got := r.Unsur(KompetensiPelaksana).Converted.String(); got != "91.68" { // 3.667 × 25 = 91.675
		t.Errorf("converted at 3 places = %s, want 91.68", got)
	}
	r, _ = tl.Result(anyMin)
	if got := r.Unsur(KompetensiPelaksana).Converted.String(); got != "91.67" { // 11/3 × 25 = 91.666…
		t.Errorf("converted exact = %s, want 91.67", got)
	}
}

// TestBandBoundaries checks every boundary of category.IKM through Result,
// on data whose exact index rounds to each side.
func TestBandBoundaries(t *testing.T) {
	tests := []struct {
		respondents, total int
		want               indexBand
	}{
		{24, 763, indexBand{"88.31", "A Sangat Baik"}}, // 88.3101…
		{19, 604, indexBand{"88.30", "B Baik"}},        // 88.3040…
		{19, 524, indexBand{"76.61", "B Baik"}},        // 76.6081…
		{26, 717, indexBand{"76.60", "C Kurang Baik"}}, // 76.6025…
		{5, 117, indexBand{"65.00", "C Kurang Baik"}},  // 65 exactly
		{38, 889, indexBand{"64.99", "D Tidak Baik"}},  // 64.9853…
	}
	for _, tc := range tests {
		t.Run(tc.want.Index, func(t *testing.T) {
			r, err := tallyOf(t, rowsFromTotal(tc.respondents, tc.total)).Result(anyMin)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tc.want, figureOf(r)); diff != "" {
				t.Errorf("(-want +got)\n%s", diff)
			}
		})
	}
	// The same boundaries on the scale itself.
	for _, c := range []struct{ x, letter string }{
		{"88.31", "A"}, {"88.30", "B"}, {"76.61", "B"}, {"76.60", "C"}, {"65.00", "C"}, {"64.99", "D"}, {"88.305", "A"}, {"64.994", "D"},
	} {
		b, err := category.IKM().Classify(dec(c.x))
		if err != nil || b.Letter != c.letter {
			t.Errorf("Classify(%s) = %v, %v; want %s", c.x, b, err, c.letter)
		}
	}
}

// TestMissingAnswers checks that a missing answer is left out of its
// unsur's NRR, never counted as zero.
func TestMissingAnswers(t *testing.T) {
	rows := same(2, 4)
	rows[1][2] = na // U3: one answer, 4
	tl := tallyOf(t, rows)
	r, err := tl.Result(anyMin)
	if err != nil {
		t.Fatal(err)
	}
	want := UnsurResult{Unsur: WaktuPenyelesaian, NRR: figure.MustParse("4.00"), Converted: figure.MustParse("100.00"), Band: r.Band(), Answers: 1, Missing: 1, Sum: 4}
	if diff := cmp.Diff(want, r.Unsur(WaktuPenyelesaian)); diff != "" {
		t.Errorf("(-want +got)\n%s", diff)
	}
	if got := r.Index().String(); got != "100.00" {
		t.Errorf("Index = %s, want 100.00 (a missing answer is not a zero)", got)
	}
	// Different numbers of answers per unsur: the mean is per unsur, not
	// pooled. U1 has answers 1 and 4 (NRR 2.5), the others only 4.
	rows = same(2, 4)
	rows[0][0] = 1
	for i := 1; i < 9; i++ {
		rows[1][i] = na
	}
	r, _ = tallyOf(t, rows).Result(anyMin)
	// 25/9 × (2.5 + 8×4) = 95.833… → 95.83; pooling gives 25 × 39/10 = 97.50.
	if got := r.Index().String(); got != "95.83" {
		t.Errorf("Index = %s, want 95.83 (per-unsur means, not pooled)", got)
	}
}

func TestAddErrors(t *testing.T) {
	tests := []struct {
		name      string
		answers   []int8
		wantField string
		wantMsg   string
	}{
		{"too few", []int8{4, 4, 4, 4, 4, 4, 4, 4}, "answers", `survey: respondent "p1": answers: 8 answers: want 9, one per unsur`},
		{"too many", same(1, 4)[0][:9:9], "", ""},
		{"none", nil, "answers", "0 answers"},
		{"answer 5", []int8{4, 4, 5, 4, 4, 4, 4, 4, 4}, "U3", `survey: respondent "p1": U3: 5: outside 1–4`},
		{"answer 0", []int8{0, 4, 4, 4, 4, 4, 4, 4, 4}, "U1", "U1: 0: outside"},
		{"answer -2", []int8{4, 4, 4, 4, 4, 4, 4, 4, -2}, "U9", "U9: -2: outside"},
		{"blank row", same(1, na)[0], "answers", "answers: none: no unsur answered"},
	}
	tests[1].answers = append(tests[1].answers, 4)
	tests[1].wantField, tests[1].wantMsg = "answers", "10 answers"
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tl := tallyOf(t, same(3, 3))
			before := tallyOf(t, same(3, 3))
			err := tl.Add("p1", tc.answers)
			var ae *survey.AnswerError
			if !errors.As(err, &ae) || !errors.Is(err, survey.ErrInvalidAnswer) {
				t.Fatalf("error %v, want an *AnswerError wrapping ErrInvalidAnswer", err)
			}
			if ae.Field != tc.wantField || ae.Respondent != "p1" {
				t.Errorf("Field %q, Respondent %q; want %q, p1", ae.Field, ae.Respondent, tc.wantField)
			}
			if !strings.Contains(err.Error(), tc.wantMsg) {
				t.Errorf("error %q lacks %q", err, tc.wantMsg)
			}
			if !tl.Equal(before) || tl.Respondents() != 3 {
				t.Error("a rejected row changed the tally")
			}
		})
	}
	var zero Tally
	if err := zero.Add("r", same(1, 4)[0]); !errors.Is(err, survey.ErrInvalidInstrument) {
		t.Errorf("Add on the zero Tally: %v", err)
	}
}

func TestNewTally(t *testing.T) {
	if tl := NewTally(); tl.Respondents() != 0 {
		t.Fatalf("NewTally() has %d respondents", tl.Respondents())
	}
}

func TestResultErrors(t *testing.T) {
	four := tallyOf(t, same(4, 4))
	noU4 := same(3, 4)
	for _, r := range noU4 {
		r[3] = na
	}
	tests := []struct {
		name    string
		tally   *Tally
		min     survey.Minimum
		opts    []ResultOption
		wantErr error
		wantMsg string
	}{
		{"below Krejcie–Morgan", four, survey.KrejcieMorgan(100), nil, survey.ErrInsufficientRespondents, "4 of the 80 required (Krejcie–Morgan, population 100)"},
		{"empty tally", tallyOf(t, nil), anyMin, nil, survey.ErrInsufficientRespondents, "0 of the 1 required"},
		{"invalid minimum", four, survey.Minimum{}, nil, survey.ErrInvalidInput, "invalid minimum"},
		{"unsur without answers", tallyOf(t, noU4), anyMin, nil, survey.ErrNoFigure, "U4 Biaya/Tarif: no answers"},
		{"zero weight", four, anyMin, []ResultOption{WithWeight(decimal.Decimal{})}, survey.ErrInvalidInput, "WithWeight(0): the weight must be positive"},
		{"negative weight", four, anyMin, []ResultOption{WithWeight(dec("-0.111"))}, survey.ErrInvalidInput, "WithWeight(-0.111)"},
		{"weights above 1", four, anyMin, []ResultOption{WithWeight(dec("0.112"))}, survey.ErrInvalidInput, "WithWeight(0.112): 9 unsur × 0.112 exceeds 1"},
		{"too many places", four, anyMin, []ResultOption{WithWeight(dec("0.1111111111"))}, survey.ErrInvalidInput, "more than 9 decimal places"},
		{"negative places", four, anyMin, []ResultOption{WithNRRPlaces(-1)}, survey.ErrInvalidInput, "WithNRRPlaces(-1)"},
		{"too many NRR places", four, anyMin, []ResultOption{WithNRRPlaces(10)}, survey.ErrInvalidInput, "WithNRRPlaces(10): places must be 0 to 9"},
		{"printed weight below the scale", tallyOf(t, same(2, 1)), anyMin, []ResultOption{WithWeight(dec("0.11"))}, category.ErrOutOfRange, "index 24.75"},
		{"0.111 below the scale", tallyOf(t, same(2, 1)), anyMin, []ResultOption{WithWeight(dec("0.111"))}, category.ErrOutOfRange, "index 24.98"},
		{"zero tally", &Tally{}, anyMin, nil, survey.ErrInvalidInstrument, "not made by NewTally"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, err := tc.tally.Result(tc.min, tc.opts...)
			if !errors.Is(err, tc.wantErr) {
				t.Fatalf("error %v, want %v", err, tc.wantErr)
			}
			if !strings.Contains(err.Error(), tc.wantMsg) {
				t.Errorf("error %q lacks %q", err, tc.wantMsg)
			}
			if r.IsValid() || r.Index().IsValid() {
				t.Errorf("a figure came with the error: %v", r)
			}
		})
	}
	_, err := four.Result(survey.KrejcieMorgan(100))
	var ie *survey.InsufficientError
	if !errors.As(err, &ie) || ie.Respondents != 4 || ie.Minimum.Required() != 80 {
		t.Errorf("InsufficientError %+v", ie)
	}
	if _, err := four.Result(survey.KrejcieMorgan(4)); err != nil { // 4 of 4 required
		t.Errorf("at the minimum: %v", err)
	}
}

func TestMerge(t *testing.T) {
	a, b := tallyOf(t, same(2, 4)), tallyOf(t, same(3, 1))
	if err := a.Merge(b); err != nil {
		t.Fatal(err)
	}
	rows := append(same(3, 1), same(2, 4)...)
	if !a.Equal(tallyOf(t, rows)) || a.Respondents() != 5 {
		t.Error("merge differs from one pass")
	}
	var zero Tally
	for _, c := range []struct {
		name string
		t, o *Tally
	}{{"into zero", &zero, b}, {"zero in", a, &zero}, {"nil in", a, nil}} {
		if err := c.t.Merge(c.o); !errors.Is(err, survey.ErrInvalidInstrument) {
			t.Errorf("%s: %v", c.name, err)
		}
	}
	if !a.Equal(tallyOf(t, rows)) {
		t.Error("a refused merge changed the tally")
	}
	if zero.Equal(a) || a.Equal(&zero) || !zero.Equal(&Tally{}) || !zero.Equal(nil) {
		t.Error("Equal with the zero Tally")
	}
}

func TestAddDoesNotAllocate(t *testing.T) {
	rows := benchRows(64)
	tl := NewTally()
	i := 0
	allocs := testing.AllocsPerRun(1000, func() {
		j := (i % 64) * 9
		if err := tl.Add("r", rows[j:j+9]); err != nil {
			t.Fatal(err)
		}
		i++
	})
	if allocs != 0 {
		t.Errorf("Add allocates %v times per respondent, want 0", allocs)
	}
	allocs = testing.AllocsPerRun(100, func() {
		if _, err := ParseUnsur("Penanganan Pengaduan, Saran dan Masukan"); err != nil {
			t.Fatal(err)
		}
	})
	if allocs != 0 {
		t.Errorf("ParseUnsur allocates %v times, want 0", allocs)
	}
}

func TestJSON(t *testing.T) {
	rows := [][]int8{same(1, 3)[0], same(1, 3)[0], same(1, 4)[0], same(1, 4)[0]}
	rows[0][8] = na
	r, err := tallyOf(t, rows).Result(survey.KrejcieMorgan(4), WithNRRPlaces(3))
	if err != nil {
		t.Fatal(err)
	}
	b, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	u := func(code, name, nrr, conv, mutu, kinerja string, answers, missing, sum int) string {
		return `{"code":"` + code + `","name":"` + name + `","nrr":"` + nrr + `","converted":"` + conv + `","mutu":"` + mutu +
			`","kinerja":"` + kinerja + `","answers":` + strconv.Itoa(answers) + `,"missing":` + strconv.Itoa(missing) +
			`,"sum":` + strconv.Itoa(sum) + `}`
	}
	var us []string
	all := AllUnsur()
	for _, x := range all[:8] {
		us = append(us, u(x.Code(), x.String(), "3.500", "87.50", "B", "Baik", 4, 0, 14))
	}
	us = append(us, u("U9", "Sarana dan Prasarana", "3.667", "91.68", "A", "Sangat Baik", 3, 1, 11))
	// 25/9 × (8 × 3.5 + 3.667) = 87.963… → 87.96
	want := `{"index":"87.96","mutu":"B","kinerja":"Baik","respondents":4,` +
		`"minimum":{"rule":"krejcie-morgan","population":4,"required":4},"weight":"1/9","nrrPlaces":3,` +
		`"unsur":[` + strings.Join(us, ",") + `],` +
		// 2 × 3² + 2 × 4² = 50; U9 without row 0: 9 + 32 = 41.
		`"sums_of_squares":[50,50,50,50,50,50,50,50,41]}`
	if diff := cmp.Diff(want, string(b)); diff != "" {
		t.Errorf("(-want +got)\n%s", diff)
	}
	// Four respondents of a population of four: U1–U8 are a census, with
	// no sampling error; U9 has 3 answers of 4 (3, 4, 4): s² = (41 −
	// 11²/3)/2 = 1/3, Var(NRR) = s²/3 × (4 − 3)/(4 − 1) = 1/27. One term
	// varies, so the bound is (25/9)² × 1/27 exactly: ± 1.96 × 0.53458 =
	// 1.04778 around 25/9 × (8 × 3.5 + 3.667) = 87.96389 → 86.92–89.01.
	if iv, err := r.IndexInterval(); err != nil || iv.String() != "86.92–89.01 (95%)" {
		t.Errorf("IndexInterval = %v, %v; want 86.92–89.01 (95%%)", iv, err)
	}
	if _, err := json.Marshal(Result{}); !errors.Is(err, survey.ErrNoFigure) {
		t.Errorf("JSON of the zero Result: %v", err)
	}
	if _, err := json.Marshal(UnsurResult{}); !errors.Is(err, survey.ErrNoFigure) {
		t.Errorf("JSON of the zero UnsurResult: %v", err)
	}
}

// TestUnsurResultJSONExact: a standalone UnsurResult decodes only with
// the converted value its counts give (sum ÷ answers × 25), or its NRR as
// written × 25, each rounded half-up once to two places.
func TestUnsurResultJSONExact(t *testing.T) {
	doc := func(nrr, conv string, sum, answers int) string {
		band := `"mutu":"B","kinerja":"Baik"`
		if conv >= "88.31" {
			band = `"mutu":"A","kinerja":"Sangat Baik"`
		}
		return `{"code":"U1","nrr":"` + nrr + `","converted":"` + conv + `",` + band + `,"answers":` +
			strconv.Itoa(answers) + `,"missing":0,"sum":` + strconv.Itoa(sum) + `}`
	}
	tests := []struct {
		name string
		doc  string
		ok   bool
	}{
		{"exact", doc("3.50", "87.50", 14, 4), true},
		{"one hundredth off", doc("3.50", "87.60", 14, 4), false},
		{"a quarter off", doc("3.50", "87.74", 14, 4), false},
		// 11/3 = 3.6666…: exactly × 25 = 91.666… → 91.67; as written at two
		// places 3.67 × 25 = 91.75; at three, 3.667 × 25 = 91.675 → 91.68.
		{"exact, NRR at two places", doc("3.67", "91.67", 11, 3), true},
		{"written NRR at two places", doc("3.67", "91.75", 11, 3), true},
		{"written NRR at three places", doc("3.667", "91.68", 11, 3), true},
		{"between the two", doc("3.67", "91.70", 11, 3), false},
	}
	for _, tc := range tests {
		var u UnsurResult
		err := json.Unmarshal([]byte(tc.doc), &u)
		if (err == nil) != tc.ok || (err != nil && !errors.Is(err, survey.ErrInvalidInput)) {
			t.Errorf("%s: %s: error %v, want ok %v", tc.name, tc.doc, err, tc.ok)
		}
	}
}

func TestResultAccessors(t *testing.T) {
	tl := tallyOf(t, publishedRows())
	r, _ := tl.Result(survey.KrejcieMorgan(30), WithWeight(dec("0.111")))
	if got, want := r.String(), "IKM 91.38 A Sangat Baik (29 respondents, weight 0.111)"; got != want {
		t.Errorf("String = %q, want %q", got, want)
	}
	if w, err := r.Weight(); err != nil || !w.Equal(dec("0.111")) {
		t.Errorf("Weight = %v, %v", w, err)
	}
	if _, err := r.NRRPlaces(); !errors.Is(err, survey.ErrNoFigure) {
		t.Errorf("NRRPlaces without the option: %v", err)
	}
	if r.Respondents() != 29 || !r.Minimum().Equal(survey.KrejcieMorgan(30)) {
		t.Errorf("Respondents %d, Minimum %v", r.Respondents(), r.Minimum())
	}
	for _, u := range []Unsur{0, 10, 255} {
		if r.NRR(u).IsValid() {
			t.Errorf("NRR(%d) = %v, want the zero Figure", u, r.NRR(u))
		}
		if _, err := r.NRRAt(u, 3); !errors.Is(err, survey.ErrInvalidInput) {
			t.Errorf("NRRAt(%d, 3): %v, want ErrInvalidInput", u, err)
		}
	}
	if r.Unsur(0).Unsur != 0 || r.Unsur(10).Answers != 0 {
		t.Error("Unsur of an invalid unsur is not zero")
	}
	again, _ := tl.Result(survey.KrejcieMorgan(30), WithWeight(dec("0.1110")))
	other, _ := tl.Result(survey.KrejcieMorgan(30))
	if !r.Equal(again) || r.Equal(other) {
		t.Error("Equal")
	}
	if diff := cmp.Diff(r, again); diff != "" {
		t.Errorf("cmp.Diff of equal results:\n%s", diff)
	}
	var zero Result
	if zero.IsValid() || zero.String() != "IKM: no figures" || zero.PerUnsur() != nil || zero.NRR(Unsur(1)).IsValid() || zero.Band().Letter != "" {
		t.Error("zero Result has figures")
	}
	p, _ := tl.Result(anyMin, WithNRRPlaces(2))
	if got := p.String(); !strings.HasSuffix(got, "weight 1/9, NRR rounded to 2 places)") {
		t.Errorf("String = %q", got)
	}
	if k, err := p.NRRPlaces(); err != nil || k != 2 {
		t.Errorf("NRRPlaces = %d, %v", k, err)
	}
}
