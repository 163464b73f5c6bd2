package berakhlaktest

import (
	"crypto/sha256"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
	"testing"

	"github.com/go-asn/berakhlak/akhlak"
	"github.com/go-asn/berakhlak/engagement"
	"github.com/go-asn/berakhlak/kinerja"
	"github.com/go-asn/berakhlak/kinerja/siasn"
	"github.com/go-asn/berakhlak/survey"
	"github.com/google/go-cmp/cmp"
)

// TestSplitmix64 checks the stream against the reference outputs of
// splitmix64 for the seed 0 (Vigna's splitmix64.c, whose first four
// outputs seed xoshiro256 in its reference code).
func TestSplitmix64(t *testing.T) {
	s := stream{0}
	want := []uint64{0xE220A8397B1DCDAF, 0x6E789E6AA1B965F4, 0x06C45D188009454F, 0xF88BB8A8724C81EC}
	var got []uint64
	for range want {
		got = append(got, s.next())
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("splitmix64(0) (-want +got):\n%s", diff)
	}
}

// TestBelow checks the reduction: in range, unbiased on a small bound,
// exact at the edges.
func TestBelow(t *testing.T) {
	s := stream{42}
	var counts [6]int
	for range 60_000 {
		x := s.below(6)
		if x >= 6 {
			t.Fatalf("below(6) = %d", x)
		}
		counts[x]++
	}
	for i, c := range counts {
		if c < 9_500 || c > 10_500 { // 10,000 expected; σ ≈ 91
			t.Errorf("below(6) gave %d %d times in 60,000", i, c)
		}
	}
	if x := s.below(1); x != 0 {
		t.Errorf("below(1) = %d", x)
	}
	for range 100 {
		if x := s.below(1 << 63); x >= 1<<63 {
			t.Fatalf("below(2⁶³) = %d", x)
		}
	}
}

// digest is the SHA-256 of data, in hex, cut to 16 digits.
func digest(data []byte) string { return fmt.Sprintf("%x", sha256.Sum256(data))[:16] }

// TestGeneratorsArePinned pins every generator's output for fixed Options
// by a digest of its CSV or JSON: the promise that a seed gives the same
// data on every platform and Go version. A change here is a breaking
// change of the package (see "Stability of the generated data").
func TestGeneratorsArePinned(t *testing.T) {
	o := Options{Seed: 2026, Rows: 500, Missing: 7, Bad: 12, Duplicates: 9}
	in := akhlak.DefaultInstrument()
	tests := []struct {
		name string
		out  func() []byte
		want string
	}{
		{"Ballots", func() []byte { return BallotsCSV(in, must(Ballots(in, o))) }, "52c49b39c70c54c5"},
		{"Ratings", func() []byte { return RatingsCSV(must(Ratings(survey.DefaultRatingScale(), o))) }, "eb7a56d939db18d6"},
		{"EngagementResponses", func() []byte { return EngagementCSV(testDefinition, must(EngagementResponses(testDefinition, o))) }, "ec12a6f7f6f2ad1f"},
		{"SKPRows", func() []byte { return SKPCSV(must(SKPRows(o))) }, "ef9de1b964e90a72"},
		{"SIASNRecords", func() []byte { return must(SIASNJSON(must(SIASNRecords(o)))) }, "90cdfdcaa5ab98c3"},
	}
	for _, tc := range tests {
		if got := digest(tc.out()); got != tc.want {
			t.Errorf("%s: digest %s, want %s", tc.name, got, tc.want)
		}
	}
}

// TestOptionsErrors checks every invalid knob is refused with an error that
// names it and wraps survey.ErrInvalidInput.
func TestOptionsErrors(t *testing.T) {
	tests := []struct {
		o    Options
		knob string
	}{
		{Options{Rows: -1}, "Options.Rows is -1"},
		{Options{Rows: maxRows + 1}, "Options.Rows is 10000001"},
		{Options{Rows: 10, Missing: -1}, "Options.Missing is -1"},
		{Options{Rows: 10, Missing: 101}, "Options.Missing is 101"},
		{Options{Rows: 10, Bad: -1}, "Options.Bad is -1"},
		{Options{Rows: 10, Duplicates: -2}, "Options.Duplicates is -2"},
		{Options{Rows: 10, Bad: math.MaxInt, Duplicates: math.MaxInt}, "Options.Bad is 9223372036854775807: want 0 to Options.Rows (10)"},
		{Options{Rows: 10, Bad: 1, Duplicates: math.MaxInt}, "Options.Duplicates is 9223372036854775807"},
		{Options{Rows: 10, Bad: 6, Duplicates: 5}, "Options.Bad (6) and Options.Duplicates (5) are more than Options.Rows (10)"},
		{Options{Rows: 10, Bad: 9, Duplicates: 1}, "Options.Duplicates is 1, but no valid row is left to repeat"},
	}
	gens := map[string]func(Options) error{
		"Ballots":             func(o Options) error { _, err := Ballots(akhlak.DefaultInstrument(), o); return err },
		"Ratings":             func(o Options) error { _, err := Ratings(survey.DefaultRatingScale(), o); return err },
		"EngagementResponses": func(o Options) error { _, err := EngagementResponses(testDefinition, o); return err },
		"SKPRows":             func(o Options) error { _, err := SKPRows(o); return err },
		"SIASNRecords":        func(o Options) error { _, err := SIASNRecords(o); return err },
	}
	for name, gen := range gens {
		for _, tc := range tests {
			err := gen(tc.o)
			if !errors.Is(err, survey.ErrInvalidInput) || !strings.Contains(err.Error(), tc.knob) {
				t.Errorf("%s(%+v) = %v, want an error naming %q", name, tc.o, err, tc.knob)
			}
		}
		for _, o := range []Options{{}, {Rows: 10, Bad: 10}, {Rows: 10, Bad: 9}, {Rows: 10, Duplicates: 9}, {Rows: 3, Missing: 100}} {
			if err := gen(o); err != nil {
				t.Errorf("%s(%+v): %v", name, o, err)
			}
		}
	}
	if _, err := Ballots(akhlak.Instrument{}, Options{}); !errors.Is(err, survey.ErrInvalidInstrument) {
		t.Errorf("Ballots with the zero Instrument: %v", err)
	}
	if _, err := Ratings(survey.RatingScale{}, Options{}); !errors.Is(err, survey.ErrInvalidInstrument) {
		t.Errorf("Ratings with the zero scale: %v", err)
	}
	if _, err := EngagementResponses(engagement.Definition{}, Options{}); !errors.Is(err, survey.ErrInvalidInstrument) {
		t.Errorf("EngagementResponses with no items: %v", err)
	}
}

// layout checks the shape every generator promises: the number of rows,
// exactly Bad bad rows, exactly Duplicates duplicates each repeating an
// earlier valid row, and unique IDs otherwise.
func layout[T any](t *testing.T, name string, rows []Row[T], o Options) {
	t.Helper()
	if len(rows) != o.Rows {
		t.Fatalf("%s: %d rows, want %d", name, len(rows), o.Rows)
	}
	bad, dups := 0, 0
	valid := map[string]T{}
	seen := map[string]bool{}
	for i, r := range rows {
		switch {
		case r.Duplicate:
			dups++
			v, ok := valid[r.ID]
			if !ok {
				t.Errorf("%s: row %d repeats %s, no earlier valid row", name, i, r.ID)
			} else if diff := cmp.Diff(v, r.Value); diff != "" {
				t.Errorf("%s: row %d is not a copy of %s:\n%s", name, i, r.ID, diff)
			}
			if r.Bad != "" {
				t.Errorf("%s: row %d is a duplicate and bad", name, i)
			}
			continue
		case r.Bad != "":
			bad++
		default:
			valid[r.ID] = r.Value
		}
		if seen[r.ID] {
			t.Errorf("%s: row %d: ID %s repeats", name, i, r.ID)
		}
		seen[r.ID] = true
	}
	if bad != o.Bad || dups != o.Duplicates {
		t.Errorf("%s: %d bad rows and %d duplicates, want %d and %d", name, bad, dups, o.Bad, o.Duplicates)
	}
}

var layouts = []Options{
	{Seed: 1, Rows: 200, Bad: 20, Duplicates: 15, Missing: 10},
	{Seed: 2, Rows: 50, Bad: 49},
	{Seed: 3, Rows: 50, Bad: 48, Duplicates: 1},
	{Seed: 4, Rows: 30, Duplicates: 29},
	{Seed: 5, Rows: 1},
	{Seed: 6, Rows: 0},
}

// TestBallots checks the ballots: valid rows go into a tally, each bad
// row is refused for the reason it gives, and the CSV holds the same
// picks.
func TestBallots(t *testing.T) {
	in := instrumentWithExtras(t)
	for _, o := range layouts {
		rows, err := Ballots(in, o)
		if err != nil {
			t.Fatal(err)
		}
		layout(t, "Ballots", rows, o)
		tl := must(akhlak.NewBallotTally(in))
		for _, r := range rows {
			err := tl.Add(r.ID, r.Value)
			if r.Bad == "" && err != nil {
				t.Errorf("valid row %s refused: %v", r.ID, err)
			}
			if r.Bad != "" && (!errors.Is(err, survey.ErrInvalidAnswer) || !strings.HasPrefix(r.Bad, "current: ")) {
				t.Errorf("bad row %s (%s): %v", r.ID, r.Bad, err)
			}
			for _, l := range [][]akhlak.OptionID{r.Value.Personal, r.Value.Current, r.Value.Desired} {
				if r.Bad == "" && (len(l) > in.MaxPicks() || (len(l) > 0 && len(l) < in.MaxPicks()-4)) {
					t.Errorf("row %s: a list of %d picks", r.ID, len(l))
				}
			}
		}
		// The CSV, read back with the instrument, gives the same picks.
		recs := readCSV(t, BallotsCSV(in, rows), "respondent,personal,current,desired")
		for i, rec := range recs {
			r := rows[i]
			got := []string{rec[0]}
			for _, l := range [][]akhlak.OptionID{r.Value.Personal, r.Value.Current, r.Value.Desired} {
				var codes []string
				for _, id := range l {
					codes = append(codes, optionCode(in, id))
				}
				got = append(got, strings.Join(codes, ";"))
			}
			if diff := cmp.Diff(got, rec); diff != "" {
				t.Errorf("CSV line %d (-rows +csv):\n%s", i+2, diff)
			}
			for _, cell := range rec[1:] {
				for code := range strings.SplitSeq(cell, ";") {
					if _, err := in.Lookup(code); code != "" && err != nil && r.Bad == "" {
						t.Errorf("CSV line %d: code %q: %v", i+2, code, err)
					}
				}
			}
		}
	}
	if got := string(InstrumentCSV(in)); got != "code,kind,text\nBIROKRATIS,limiting,Birokratis\n\"GOTONG,ROYONG\",positive,\"Gotong \"\"royong\"\"\"\n" {
		t.Errorf("InstrumentCSV = %q", got)
	}
}

func instrumentWithExtras(t *testing.T) akhlak.Instrument {
	t.Helper()
	return must(akhlak.NewInstrument(10,
		akhlak.Option{Code: "BIROKRATIS", Kind: akhlak.OptionLimiting, Text: "Birokratis"},
		akhlak.Option{Code: "GOTONG,ROYONG", Kind: akhlak.OptionPositive, Text: `Gotong "royong"`}))
}

// readCSV parses data with encoding/csv, checks the header and returns the
// records; rows may have fewer fields than the header.
func readCSV(t *testing.T, data []byte, header string) [][]string {
	t.Helper()
	r := csv.NewReader(strings.NewReader(string(data)))
	r.FieldsPerRecord = -1
	recs, err := r.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) == 0 || strings.Join(recs[0], ",") != header {
		t.Fatalf("header %v, want %s", recs, header)
	}
	return recs[1:]
}

// TestRatings checks rating rows against RatingTally and their CSV.
func TestRatings(t *testing.T) {
	scale := survey.MustNewRatingScale(1, 7)
	for _, o := range layouts {
		rows, err := Ratings(scale, o)
		if err != nil {
			t.Fatal(err)
		}
		layout(t, "Ratings", rows, o)
		tl := must(akhlak.NewRatingTally(scale))
		for _, r := range rows {
			err := tl.Add(r.ID, r.Value)
			if (r.Bad == "") != (err == nil) || (err != nil && !errors.Is(err, survey.ErrInvalidAnswer)) {
				t.Errorf("row %s (bad %q): %v", r.ID, r.Bad, err)
			}
		}
		recs := readCSV(t, RatingsCSV(rows), "respondent,BP1,BP2,BP3,AK1,AK2,AK3,KO1,KO2,KO3,HA1,HA2,HA3,LO1,LO2,LO3,AD1,AD2,AD3,KL1,KL2,KL3")
		for i, rec := range recs {
			want := []string{rows[i].ID}
			for _, a := range rows[i].Value {
				want = append(want, answerText(a))
			}
			if diff := cmp.Diff(want, rec); diff != "" {
				t.Errorf("CSV line %d (-rows +csv):\n%s", i+2, diff)
			}
		}
	}
}

// TestMissing checks the Missing knob: none, all but one, and a share
// near the one asked.
func TestMissing(t *testing.T) {
	count := func(missing int) (blank, answers int, rows []Row[[]int8]) {
		rows = must(Ratings(survey.DefaultRatingScale(), Options{Seed: 9, Rows: 2000, Missing: missing}))
		for _, r := range rows {
			for _, a := range r.Value {
				answers++
				if a == survey.NoAnswer {
					blank++
				}
			}
		}
		return blank, answers, rows
	}
	if blank, _, _ := count(0); blank != 0 {
		t.Errorf("Missing 0: %d blanks", blank)
	}
	_, _, rows := count(100)
	for _, r := range rows {
		n := 0
		for _, a := range r.Value {
			if a != survey.NoAnswer {
				n++
			}
		}
		if n != 1 {
			t.Fatalf("Missing 100: row %s keeps %d answers, want 1", r.ID, n)
		}
	}
	if blank, answers, _ := count(30); blank*100 < 29*answers || blank*100 > 31*answers {
		t.Errorf("Missing 30: %d blanks of %d answers", blank, answers)
	}
}

// TestEngagementResponses checks responses against engagement's Tally and
// their CSV.
func TestEngagementResponses(t *testing.T) {
	in := must(engagement.NewInstrument(testDefinition))
	for _, o := range layouts {
		rows, err := EngagementResponses(testDefinition, o)
		if err != nil {
			t.Fatal(err)
		}
		layout(t, "EngagementResponses", rows, o)
		tl := must(engagement.NewTally(in))
		for _, r := range rows {
			err := tl.Add(r.Value)
			if (r.Bad == "") != (err == nil) || (err != nil && !errors.Is(err, survey.ErrInvalidAnswer)) {
				t.Errorf("row %s (bad %q): %v", r.ID, r.Bad, err)
			}
			if r.Value.Respondent != r.ID {
				t.Errorf("row %s: respondent %s", r.ID, r.Value.Respondent)
			}
		}
		recs := readCSV(t, EngagementCSV(testDefinition, rows), "respondent,unit,K1,K2,K3,B1,B2,recommend")
		for i, rec := range recs {
			v := rows[i].Value
			want := []string{v.Respondent, v.Group}
			for _, a := range v.Answers {
				want = append(want, answerText(a))
			}
			want = append(want, recommendText(v.Recommend))
			if diff := cmp.Diff(want, rec); diff != "" {
				t.Errorf("CSV line %d (-rows +csv):\n%s", i+2, diff)
			}
		}
	}
	// Without a recommendation item, no recommendation, in rows or CSV.
	d := testDefinition
	d.Recommend = false
	for _, r := range must(EngagementResponses(d, Options{Rows: 100, Bad: 50})) {
		if _, ok := r.Value.Recommend.Answer(); ok {
			t.Fatalf("row %s recommends %s without the item", r.ID, r.Value.Recommend)
		}
	}
	if got := string(ItemsCSV(testDefinition.Items[1:3])); got != "code,dimension,reverse\nK2,Komitmen,no\nK3,Komitmen,yes\n" {
		t.Errorf("ItemsCSV = %q", got)
	}
}

// TestSKPRows checks SKP rows against the library's rules, the NIPs, and
// the CSV read back with the library's parsers.
func TestSKPRows(t *testing.T) {
	for _, o := range layouts {
		rows, err := SKPRows(o)
		if err != nil {
			t.Fatal(err)
		}
		layout(t, "SKPRows", rows, o)
		for _, r := range rows {
			e := r.Value
			_, perr := kinerja.PredikatPegawai(e.HasilKerja, e.PerilakuKerja)
			var aerr error
			if perr == nil && (e.Jenjang != 0 || e.Bulan != 0) {
				p, _ := kinerja.PredikatPegawai(e.HasilKerja, e.PerilakuKerja)
				_, aerr = kinerja.AngkaKredit(e.Jenjang, p, e.Bulan)
			}
			nipOK := len(e.NIP) == 18 && strings.Trim(e.NIP, "0123456789") == ""
			if valid := perr == nil && aerr == nil && nipOK; valid != (r.Bad == "") || r.ID != e.NIP {
				t.Errorf("row %s (bad %q): predikat %v, angka kredit %v, NIP ok %v", r.ID, r.Bad, perr, aerr, nipOK)
			}
		}
		recs := readCSV(t, SKPCSV(rows), "nip,nama,hasil_kerja,perilaku_kerja,jenjang,bulan")
		for i, rec := range recs {
			e := rows[i].Value
			h, herr := kinerja.ParseRating(rec[2])
			p, perr := kinerja.ParseRating(rec[3])
			if rec[0] != e.NIP || rec[1] != e.Nama || (herr == nil) != e.HasilKerja.IsValid() || (perr == nil) != e.PerilakuKerja.IsValid() ||
				(herr == nil && h != e.HasilKerja) || (perr == nil && p != e.PerilakuKerja) {
				t.Errorf("CSV line %d: %v, row %+v", i+2, rec, e)
			}
			if j, err := kinerja.ParseJenjang(rec[4]); (err == nil && j != e.Jenjang) || (err != nil && e.Jenjang != 0) {
				t.Errorf("CSV line %d: jenjang %q, row %v", i+2, rec[4], e.Jenjang)
			}
			if b, _ := strconv.Atoi(rec[5]); b != e.Bulan {
				t.Errorf("CSV line %d: bulan %q, row %d", i+2, rec[5], e.Bulan)
			}
		}
	}
	// NIPs never repeat, however many rows.
	seen := map[string]bool{}
	for _, r := range must(SKPRows(Options{Seed: 77, Rows: 100_000})) {
		if seen[r.ID] {
			t.Fatalf("NIP %s repeats", r.ID)
		}
		seen[r.ID] = true
	}
}

// TestSIASNRecords checks records against RiwayatSKP.Check: nothing for a
// valid record, exactly Row.Bad for a bad one, every kind of wrong
// mapping among the bad ones; and the JSON read back.
func TestSIASNRecords(t *testing.T) {
	kinds := map[siasn.FindingKind]int{}
	for _, o := range append(layouts, Options{Seed: 8, Rows: 400, Bad: 200}) {
		rows, err := SIASNRecords(o)
		if err != nil {
			t.Fatal(err)
		}
		layout(t, "SIASNRecords", rows, o)
		for _, r := range rows {
			var got []string
			for _, f := range r.Value.Check() {
				got = append(got, f.String())
				kinds[f.Kind]++
			}
			if strings.Join(got, "; ") != r.Bad || (r.Bad != "") != (len(got) > 0) {
				t.Errorf("record %s: Check %q, Bad %q", r.ID, got, r.Bad)
			}
		}
		data := must(SIASNJSON(rows))
		var back []siasn.RiwayatSKP
		if err := json.Unmarshal(data, &back); err != nil {
			t.Fatal(err)
		}
		want := []siasn.RiwayatSKP{}
		for _, r := range rows {
			want = append(want, r.Value)
		}
		if diff := cmp.Diff(want, back); diff != "" {
			t.Errorf("JSON round trip (-rows +json):\n%s", diff)
		}
	}
	for _, k := range []siasn.FindingKind{siasn.FindingKuadranSwapped, siasn.FindingKuadranMax, siasn.FindingKuadranSwappedOrMax, siasn.FindingKuadranMismatch, siasn.FindingUnknownCode} {
		if kinds[k] == 0 {
			t.Errorf("no bad record of kind %s", k)
		}
	}
}

// TestPrefix checks that, with no bad rows and no duplicates, a smaller set
// is the start of a larger one, and that another seed gives other data.
func TestPrefix(t *testing.T) {
	small := must(Ratings(survey.DefaultRatingScale(), Options{Seed: 3, Rows: 50, Missing: 5}))
	large := must(Ratings(survey.DefaultRatingScale(), Options{Seed: 3, Rows: 500, Missing: 5}))
	if diff := cmp.Diff(small, large[:50]); diff != "" {
		t.Errorf("the first 50 of 500 rows differ (-50 +500):\n%s", diff)
	}
	other := must(Ratings(survey.DefaultRatingScale(), Options{Seed: 4, Rows: 50, Missing: 5}))
	if cmp.Equal(small, other) {
		t.Error("seeds 3 and 4 give the same rows")
	}
	b1 := must(Ballots(akhlak.DefaultInstrument(), Options{Seed: 3, Rows: 20}))
	b2 := must(Ballots(akhlak.DefaultInstrument(), Options{Seed: 3, Rows: 40}))
	if diff := cmp.Diff(b1, b2[:20]); diff != "" {
		t.Errorf("ballots: the first 20 of 40 differ:\n%s", diff)
	}
}

// TestDuplicatesAreCopies checks a duplicate shares no slice with the row
// it repeats.
func TestDuplicatesAreCopies(t *testing.T) {
	rows := must(Ratings(survey.DefaultRatingScale(), Options{Seed: 1, Rows: 2, Duplicates: 1}))
	rows[1].Value[0] = 99
	if rows[0].Value[0] == 99 {
		t.Error("the duplicate shares its answers with the original")
	}
}

// TestNIPsArePermuted checks that the NIP's birth date and number are a
// permutation of the row index: every index up to the limit gets its own.
func TestNIPsArePermuted(t *testing.T) {
	if testing.Short() {
		t.Skip("14.6 million draws")
	}
	const n = 14_600_000
	seen := make([]bool, n)
	for _, key := range []uint64{mix(0), mix(2026)} {
		clear(seen)
		for i := range uint64(maxRows) {
			j := permute(i, key, n)
			if j >= n || seen[j] {
				t.Fatalf("key %x: index %d gives %d again or out of range", key, i, j)
			}
			seen[j] = true
		}
	}
}
