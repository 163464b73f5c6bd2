package akhlak

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/go-asn/berakhlak/category"
	"github.com/go-asn/berakhlak/figure"
	"github.com/go-asn/berakhlak/survey"
	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
)

func d(s string) decimal.Decimal { return decimal.RequireFromString(s) }

// national2022 are the published 2022 national value scores.
func national2022() map[Value]decimal.Decimal {
	return map[Value]decimal.Decimal{
		BerorientasiPelayanan: d("57.9"),
		Akuntabel:             d("74.1"),
		Kompeten:              d("56.7"),
		Harmonis:              d("63.8"),
		Loyal:                 d("65.8"),
		Adaptif:               d("38.9"),
		Kolaboratif:           d("69.4"),
	}
}

// TestNational2022Golden reproduces the published 2022 national figures
// (KemenPANRB, Indeks BerAKHLAK 2022; the rule register in the root
// package doc lists them): the mean of the seven values is 60.94, published as
// 60.9, category B "Cukup Sehat"; Adaptif, 38.9, is the lowest value and
// is category C "Tidak Sehat", not B as one news article reported.
func TestNational2022Golden(t *testing.T) {
	p, err := NewProfile(national2022())
	if err != nil {
		t.Fatal(err)
	}
	type summary struct {
		Index, Category, Label string
		Lowest, Highest        []Value
		AdaptifCategory        string
	}
	adaptif, err := berakhlakScale.Classify(p.Score(Adaptif).Decimal())
	if err != nil {
		t.Fatal(err)
	}
	got := summary{
		Index: p.Index().String(), Category: p.Band().Letter, Label: p.Band().Label,
		Lowest: p.Lowest(), Highest: p.Highest(), AdaptifCategory: adaptif.String(),
	}
	want := summary{
		Index: "60.9", Category: "B", Label: "Cukup Sehat",
		Lowest: []Value{Adaptif}, Highest: []Value{Akuntabel}, AdaptifCategory: "C Tidak Sehat",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("2022 national profile mismatch (-want +got):\n%s", diff)
	}
}

func TestNewProfileErrors(t *testing.T) {
	tests := []struct {
		name    string
		edit    func(map[Value]decimal.Decimal)
		wantErr error
		mention string
	}{
		{"missing Loyal", func(m map[Value]decimal.Decimal) { delete(m, Loyal) }, ErrIncompleteProfile, "Loyal"},
		{"empty", func(m map[Value]decimal.Decimal) { clear(m) }, ErrIncompleteProfile, "Berorientasi Pelayanan"},
		{"negative", func(m map[Value]decimal.Decimal) { m[Kompeten] = d("-0.1") }, category.ErrOutOfRange, "Kompeten"},
		{"above 100", func(m map[Value]decimal.Decimal) { m[Adaptif] = d("100.01") }, category.ErrOutOfRange, "100.01"},
		{"unknown key", func(m map[Value]decimal.Decimal) { m[Value(12)] = d("1") }, ErrUnknownValue, "akhlak.Value(12)"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			m := national2022()
			tc.edit(m)
			_, err := NewProfile(m)
			if !errors.Is(err, tc.wantErr) {
				t.Fatalf("NewProfile error = %v, want %v", err, tc.wantErr)
			}
			if !strings.Contains(err.Error(), tc.mention) {
				t.Errorf("error %q does not mention %q", err, tc.mention)
			}
		})
	}
}

func TestProfileBounds(t *testing.T) {
	m := national2022()
	m[Adaptif] = d("0")
	m[Akuntabel] = d("100")
	if _, err := NewProfile(m); err != nil {
		t.Errorf("0 and 100 rejected: %v", err)
	}
}

func TestRankedReportsTies(t *testing.T) {
	m := national2022()
	m[Harmonis] = d("65.80") // ties with Loyal's 65.8
	m[Kolaboratif] = d("74.1")
	p := MustNewProfile(m)
	type line struct {
		Rank  int
		Value Value
		Score string
		Tied  bool
	}
	var got []line
	for _, r := range p.Ranked() {
		got = append(got, line{r.Rank, r.Value, r.Score.String(), r.Tied})
	}
	want := []line{
		{1, Akuntabel, "74.1", true},
		{1, Kolaboratif, "74.1", true},
		{3, Harmonis, "65.80", true}, // as given: a score keeps its places
		{3, Loyal, "65.8", true},
		{5, BerorientasiPelayanan, "57.9", false},
		{6, Kompeten, "56.7", false},
		{7, Adaptif, "38.9", false},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Ranked mismatch (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]Value{Akuntabel, Kolaboratif}, p.Highest()); diff != "" {
		t.Errorf("Highest mismatch (-want +got):\n%s", diff)
	}
}

func TestLowestAllEqual(t *testing.T) {
	m := map[Value]decimal.Decimal{}
	for _, v := range Values() {
		m[v] = d("50")
	}
	p := MustNewProfile(m)
	all := Values()
	if diff := cmp.Diff(all[:], p.Lowest()); diff != "" {
		t.Errorf("Lowest mismatch (-want +got):\n%s", diff)
	}
}

func TestIndexRoundsHalfUpOnce(t *testing.T) {
	tests := []struct {
		name   string
		scores [7]string
		want   string
	}{
		// sum 426.6 / 7 = 60.942…
		{"2022 national", [7]string{"57.9", "74.1", "56.7", "63.8", "65.8", "38.9", "69.4"}, "60.9"},
		// sum 524.65 / 7 = 74.95 exactly: half-up gives 75.0
		{"exact half", [7]string{"74.95", "74.95", "74.95", "74.95", "74.95", "74.95", "74.95"}, "75.0"},
		// sum 349.3 / 7 = 49.9
		{"just below B", [7]string{"49.9", "49.9", "49.9", "49.9", "49.9", "49.9", "49.9"}, "49.9"},
		{"all zero", [7]string{"0", "0", "0", "0", "0", "0", "0"}, "0.0"},
		{"all hundred", [7]string{"100", "100", "100", "100", "100", "100", "100"}, "100.0"},
		// 100/7 = 14.2857…
		{"one hundred", [7]string{"100", "0", "0", "0", "0", "0", "0"}, "14.3"},
	}
	for _, tc := range tests {
		m := map[Value]decimal.Decimal{}
		for i, v := range Values() {
			m[v] = d(tc.scores[i])
		}
		if got := MustNewProfile(m).Index().String(); got != tc.want {
			t.Errorf("%s: Index = %s, want %s", tc.name, got, tc.want)
		}
	}
}

func TestProfileJSON(t *testing.T) {
	p := MustNewProfile(national2022())
	b, err := json.Marshal(p)
	if err != nil {
		t.Fatal(err)
	}
	want := `{"values":[{"value":"Berorientasi Pelayanan","code":"BP","score":"57.9","category":"B"},{"value":"Akuntabel","code":"AK","score":"74.1","category":"B"},{"value":"Kompeten","code":"KO","score":"56.7","category":"B"},{"value":"Harmonis","code":"HA","score":"63.8","category":"B"},{"value":"Loyal","code":"LO","score":"65.8","category":"B"},{"value":"Adaptif","code":"AD","score":"38.9","category":"C"},{"value":"Kolaboratif","code":"KL","score":"69.4","category":"B"}],"index":"60.9","category":"B"}`
	if diff := cmp.Diff(want, string(b)); diff != "" {
		t.Errorf("MarshalJSON mismatch (-want +got):\n%s", diff)
	}
	var back Profile
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(p, back, cmp.AllowUnexported(Profile{})); diff != "" {
		t.Errorf("round trip mismatch (-want +got):\n%s", diff)
	}
	if _, err := json.Marshal(Profile{}); err == nil {
		t.Error("zero Profile marshals")
	}
}

func TestProfileUnmarshalErrors(t *testing.T) {
	tests := []struct {
		name, in string
		wantErr  error
	}{
		{"unknown code", `{"values":[{"code":"ZZ","score":"1"}]}`, ErrUnknownValue},
		{"incomplete", `{"values":[{"code":"BP","score":"1"}]}`, ErrIncompleteProfile},
		{"out of range", `{"values":[{"value":"Adaptif","score":"101"}]}`, category.ErrOutOfRange},
	}
	for _, tc := range tests {
		var p Profile
		if err := json.Unmarshal([]byte(tc.in), &p); !errors.Is(err, tc.wantErr) {
			t.Errorf("%s: error = %v, want %v", tc.name, err, tc.wantErr)
		}
	}
	for _, bad := range []string{
		`{"values":[{"code":"BP","score":"abc"}]}`,
		`{"values":[{"code":"BP","score":"1"},{"code":"bp","score":"2"}]}`,
		`[1,2]`,
	} {
		var p Profile
		if err := json.Unmarshal([]byte(bad), &p); err == nil {
			t.Errorf("Unmarshal(%s) succeeded", bad)
		}
	}
}

func TestZeroProfile(t *testing.T) {
	var p Profile
	if p.IsValid() {
		t.Error("zero Profile is valid")
	}
	if p.Score(Adaptif).IsValid() || p.Score(Value(0)).IsValid() || p.ValueBand(Adaptif).Letter != "" {
		t.Error("zero Profile has a score or a category")
	}
}

// TestRankingAtPublishedPrecision checks that scores that read the same
// (57.94 and 57.90 both publish as 57.9) tie, so the report never ranks
// two equal printed figures apart.
func TestRankingAtPublishedPrecision(t *testing.T) {
	m := national2022()
	m[BerorientasiPelayanan] = d("57.94")
	m[Kompeten] = d("57.90")
	m[Adaptif] = d("57.86") // also 57.9
	p := MustNewProfile(m)
	var tied []Value
	for _, r := range p.Ranked() {
		if r.Tied {
			tied = append(tied, r.Value)
		}
	}
	if diff := cmp.Diff([]Value{BerorientasiPelayanan, Kompeten, Adaptif}, tied); diff != "" {
		t.Errorf("tied mismatch (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]Value{BerorientasiPelayanan, Kompeten, Adaptif}, p.Lowest()); diff != "" {
		t.Errorf("Lowest mismatch (-want +got):\n%s", diff)
	}
}

// TestOutputIgnoresDecimalGlobals checks that the library's JSON does not
// change when another package reconfigures shopspring/decimal.
func TestOutputIgnoresDecimalGlobals(t *testing.T) {
	p := MustNewProfile(national2022())
	want, err := json.Marshal(p)
	if err != nil {
		t.Fatal(err)
	}
	sci, trim := decimal.UseScientificNotation, decimal.TrimTrailingZeros
	decimal.UseScientificNotation, decimal.TrimTrailingZeros = true, false // test only
	got, err := json.Marshal(p)
	decimal.UseScientificNotation, decimal.TrimTrailingZeros = sci, trim
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(string(want), string(got)); diff != "" {
		t.Errorf("JSON depends on decimal's globals (-want +got):\n%s", diff)
	}
}

// TestProfileCarriesResultIndex checks that a profile keeps the exact
// index of the result it came from through JSON, and that JSON whose index
// is not within 0.1 of the scores' mean is refused.
func TestProfileCarriesResultIndex(t *testing.T) {
	scores := MustNewProfile(map[Value]decimal.Decimal{
		BerorientasiPelayanan: decimal.RequireFromString("60.1"), Akuntabel: decimal.RequireFromString("60.1"),
		Kompeten: decimal.RequireFromString("60.1"), Harmonis: decimal.RequireFromString("60.1"),
		Loyal: decimal.RequireFromString("60.1"), Adaptif: decimal.RequireFromString("60.1"),
		Kolaboratif: decimal.RequireFromString("60.1"),
	})
	// A result whose exact index rounds to 60.0 while its rounded scores
	// average 60.1.
	p := profileOf(scores.Score, figure.MustParse("60.0"))
	b, err := json.Marshal(p)
	if err != nil {
		t.Fatal(err)
	}
	var back Profile
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if !back.Equal(p) || back.Index().String() != "60.0" || scores.Index().String() != "60.1" {
		t.Errorf("round trip: %s, want index 60.0 (the mean of the scores is %s)", back.Index(), scores.Index())
	}
	tests := []struct {
		name, index string
		wantErr     bool
	}{
		{"the mean", "60.1", false},
		{"0.1 off", "60.2", false},
		{"0.2 off", "60.3", true},
		{"two places", "60.05", true},
		{"not a number", "x", true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			in := strings.Replace(string(b), `"index":"60.0"`, `"index":"`+tc.index+`"`, 1)
			var q Profile
			err := json.Unmarshal([]byte(in), &q)
			if (err != nil) != tc.wantErr {
				t.Fatalf("index %s: err = %v, wantErr %v", tc.index, err, tc.wantErr)
			}
			if err != nil && !errors.Is(err, survey.ErrInvalidInput) {
				t.Errorf("error %v does not wrap survey.ErrInvalidInput", err)
			}
		})
	}
}

// TestZeroProfilePublishesNothing checks that the zero Profile has no
// index that reads as a figure and no category.
func TestZeroProfilePublishesNothing(t *testing.T) {
	var p Profile
	if p.IsValid() || p.Index().IsValid() || p.Band().Letter != "" {
		t.Errorf("zero Profile: valid %v, index %s, category %q", p.IsValid(), p.Index(), p.Band().Letter)
	}
	if _, err := json.Marshal(p); !errors.Is(err, ErrIncompleteProfile) {
		t.Errorf("MarshalJSON of the zero Profile: %v", err)
	}
}
