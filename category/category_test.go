package category

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
)

func d(s string) decimal.Decimal { return decimal.RequireFromString(s) }

// TestBerAKHLAKGolden reproduces the published 2022 national figures
// (KemenPANRB, Indeks BerAKHLAK 2022; the rule register in the root
// package doc lists them): index 60.9 is B "Cukup Sehat"; Adaptif 38.9 is C "Tidak
// Sehat" (one news article's "kategori B" is a reporting error); Kabupaten
// Tegal's 62.3 is B.
func TestBerAKHLAKGolden(t *testing.T) {
	tests := []struct {
		name, score, want string
	}{
		{"2022 national index", "60.9", "B"},
		{"2022 Berorientasi Pelayanan", "57.9", "B"},
		{"2022 Akuntabel", "74.1", "B"},
		{"2022 Kompeten", "56.7", "B"},
		{"2022 Harmonis", "63.8", "B"},
		{"2022 Loyal", "65.8", "B"},
		{"2022 Adaptif is C, not B", "38.9", "C"},
		{"2022 Kolaboratif", "69.4", "B"},
		{"2023 national index", "61.1", "B"},
		{"Kabupaten Tegal", "62.3", "B"},
	}
	s := BerAKHLAK()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			b, err := s.Classify(d(tc.score))
			if err != nil {
				t.Fatal(err)
			}
			if b.Letter != tc.want {
				t.Errorf("Classify(%s) = %s, want %s", tc.score, b, tc.want)
			}
		})
	}
}

func TestClassify(t *testing.T) {
	tests := []struct {
		name    string
		scale   Scale
		in      string
		want    string // letter
		wantErr error
	}{
		{"74.96 publishes as 75.0, so A", BerAKHLAK(), "74.96", "A", nil},
		{"74.95 rounds half-up to 75.0", BerAKHLAK(), "74.95", "A", nil},
		{"74.94 is 74.9, so B", BerAKHLAK(), "74.94", "B", nil},
		{"bottom of B", BerAKHLAK(), "50", "B", nil},
		{"49.95 rounds to 50.0", BerAKHLAK(), "49.95", "B", nil},
		{"bottom of C", BerAKHLAK(), "25.0", "C", nil},
		{"24.9 is D", BerAKHLAK(), "24.9", "D", nil},
		{"zero is D", BerAKHLAK(), "0", "D", nil},
		{"-0.04 rounds to 0.0", BerAKHLAK(), "-0.04", "D", nil},
		{"100 is A", BerAKHLAK(), "100", "A", nil},
		{"100.04 rounds to 100.0", BerAKHLAK(), "100.04", "A", nil},
		{"100.05 is out", BerAKHLAK(), "100.05", "", ErrOutOfRange},
		{"-0.05 is out", BerAKHLAK(), "-0.05", "", ErrOutOfRange},
		{"huge is out", BerAKHLAK(), "1e40", "", ErrOutOfRange},
		{"many digits take the slow path", BerAKHLAK(), "74.950000000000000000000001", "A", nil},
		{"entropy 10.4 is healthy", Entropy(), "10.4", "1", nil},
		{"entropy 10.5 rounds to 11", Entropy(), "10.5", "2", nil},
		{"entropy 20", Entropy(), "20", "2", nil},
		{"entropy 21", Entropy(), "21", "3", nil},
		{"entropy 30", Entropy(), "30", "3", nil},
		{"entropy 31", Entropy(), "31", "4", nil},
		{"entropy 40", Entropy(), "40", "4", nil},
		{"entropy 41", Entropy(), "41", "5", nil},
		{"entropy 100", Entropy(), "100", "5", nil},
		{"IKM 88.31 is A", IKM(), "88.31", "A", nil},
		{"IKM 88.305 rounds to 88.31", IKM(), "88.305", "A", nil},
		{"IKM 88.30 is B", IKM(), "88.30", "B", nil},
		{"IKM 76.61 is B", IKM(), "76.61", "B", nil},
		{"IKM 76.60 is C", IKM(), "76.60", "C", nil},
		{"IKM 65.00 is C", IKM(), "65", "C", nil},
		{"IKM 64.99 is D", IKM(), "64.99", "D", nil},
		{"IKM 25 is D", IKM(), "25", "D", nil},
		{"IKM 24.99 is out", IKM(), "24.99", "", ErrOutOfRange},
		{"IKM2004 81.26 is A", IKM2004(), "81.26", "A", nil},
		{"IKM2004 81.255 rounds to 81.26", IKM2004(), "81.255", "A", nil},
		{"IKM2004 81.25 is B", IKM2004(), "81.25", "B", nil},
		{"IKM2004 62.51 is B", IKM2004(), "62.51", "B", nil},
		{"IKM2004 62.50 is C", IKM2004(), "62.50", "C", nil},
		{"IKM2004 43.76 is C", IKM2004(), "43.76", "C", nil},
		{"IKM2004 43.75 is D", IKM2004(), "43.75", "D", nil},
		{"IKM2004 25 is D", IKM2004(), "25", "D", nil},
		{"IKM2004 24.99 is out", IKM2004(), "24.99", "", ErrOutOfRange},
		{"IKM2004 100.01 is out", IKM2004(), "100.01", "", ErrOutOfRange},
		{"alignment 6 is excellent", Alignment(), "6", "A", nil},
		{"alignment 5 is good", Alignment(), "5", "B", nil},
		{"alignment 4 is good", Alignment(), "4", "B", nil},
		{"alignment 3 is fair", Alignment(), "3", "C", nil},
		{"alignment 1 is poor", Alignment(), "1", "D", nil},
		{"alignment 11 is out", Alignment(), "11", "", ErrOutOfRange},
		{"zero scale", Scale{}, "50", "", ErrInvalidScale},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			b, err := tc.scale.Classify(d(tc.in))
			if !errors.Is(err, tc.wantErr) {
				t.Fatalf("Classify(%s) error = %v, want %v", tc.in, err, tc.wantErr)
			}
			if diff := cmp.Diff(tc.want, b.Letter); diff != "" {
				t.Errorf("Classify(%s) letter mismatch (-want +got):\n%s", tc.in, diff)
			}
		})
	}
}

func TestRangeErrorNamesInput(t *testing.T) {
	_, err := BerAKHLAK().Classify(d("101.5"))
	var re *RangeError
	if !errors.As(err, &re) {
		t.Fatalf("error %v is not a *RangeError", err)
	}
	for _, want := range []string{"101.5", "Indeks BerAKHLAK", "100"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q does not mention %q", err, want)
		}
	}
}

func TestNewScaleRejects(t *testing.T) {
	hundred := decimal.New(100, 0)
	band := func(letter, min string) Band { return Band{Letter: letter, Label: "L" + letter, Min: d(min)} }
	tests := []struct {
		name   string
		scale  string
		places int32
		max    decimal.Decimal
		bands  []Band
	}{
		{"no bands", "s", 1, hundred, nil},
		{"empty name", "", 1, hundred, []Band{band("A", "0")}},
		{"negative places", "s", -1, hundred, []Band{band("A", "0")}},
		{"too many places", "s", 10, hundred, []Band{band("A", "0")}},
		{"overlapping", "s", 1, hundred, []Band{band("A", "50"), band("B", "50")}},
		{"unordered", "s", 1, hundred, []Band{band("A", "25"), band("B", "50")}},
		{"top band empty", "s", 1, hundred, []Band{band("A", "100.1"), band("B", "0")}},
		{"min finer than places", "s", 1, hundred, []Band{band("A", "74.95"), band("B", "0")}},
		{"max finer than places", "s", 0, d("99.5"), []Band{band("A", "0")}},
		{"missing letter", "s", 1, hundred, []Band{{Label: "x", Min: d("0")}}},
		{"missing label", "s", 1, hundred, []Band{{Letter: "A", Min: d("0")}}},
		{"duplicate letter", "s", 1, hundred, []Band{band("A", "50"), band("A", "0")}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := NewScale(tc.scale, tc.places, tc.max, tc.bands...)
			if !errors.Is(err, ErrInvalidScale) {
				t.Errorf("NewScale error = %v, want ErrInvalidScale", err)
			}
		})
	}
}

func TestNewScaleAcceptsSingleBandAtMax(t *testing.T) {
	s, err := NewScale("pass", 0, decimal.New(1, 0), Band{Letter: "P", Label: "Lulus", Min: decimal.New(1, 0)}, Band{Letter: "F", Label: "Gagal", Min: decimal.Zero})
	if err != nil {
		t.Fatal(err)
	}
	b, err := s.Classify(decimal.New(1, 0))
	if err != nil || b.Letter != "P" {
		t.Errorf("Classify(1) = %v, %v; want P", b, err)
	}
}

// TestBuiltinsAreIndependent checks that changing what one caller got from
// Bands changes nothing for another caller, or for the same scale.
func TestBuiltinsAreIndependent(t *testing.T) {
	for _, mk := range []func() Scale{BerAKHLAK, Entropy, IKM, IKM2004, Alignment} {
		s := mk()
		want := s.Bands()
		got := s.Bands()
		got[0].Label = "changed"
		got[0].Min = decimal.New(-1, 0)
		if diff := cmp.Diff(want, s.Bands()); diff != "" {
			t.Errorf("%s: Bands changed through a copy (-want +got):\n%s", s.Name(), diff)
		}
		if diff := cmp.Diff(want, mk().Bands()); diff != "" {
			t.Errorf("%s: fresh scale changed (-want +got):\n%s", s.Name(), diff)
		}
	}
}

func TestBuiltinMetadata(t *testing.T) {
	type meta struct {
		Name, Source string
		Year         int
		Places       int32
		Min, Max     string
	}
	tests := []struct {
		scale Scale
		want  meta
	}{
		{BerAKHLAK(), meta{"Indeks BerAKHLAK", "KemenPANRB, Survei Budaya Kerja ASN 2022 agency report format (bands A–C); band D label: library default", 2022, 1, "0", "100"}},
		{Entropy(), meta{"Entropi Budaya", "Barrett Values Centre, Cultural Values Assessment: cultural entropy bands", 2022, 0, "0", "100"}},
		{IKM(), meta{"Indeks Kepuasan Masyarakat", "PermenPANRB No. 14 Tahun 2017, Lampiran: nilai interval konversi IKM", 2017, 2, "25", "100"}},
		{IKM2004(), meta{"Indeks Kepuasan Masyarakat 2004 (superseded)", "KepmenPAN No. KEP/25/M.PAN/2/2004, nilai interval konversi IKM; superseded by PermenPANRB No. 16 Tahun 2014 and No. 14 Tahun 2017", 2004, 2, "25", "100"}},
	}
	for _, tc := range tests {
		s := tc.scale
		got := meta{s.Name(), s.Source(), s.Year(), s.Places(), s.Min().String(), s.Max().String()}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("metadata mismatch (-want +got):\n%s", diff)
		}
	}
}

func TestClassifyDoesNotAllocate(t *testing.T) {
	for _, s := range []Scale{BerAKHLAK(), Entropy(), IKM(), IKM2004()} {
		x := d("74.96")
		allocs := testing.AllocsPerRun(200, func() {
			if _, err := s.Classify(x); err != nil {
				t.Fatal(err)
			}
		})
		if allocs != 0 {
			t.Errorf("%s: Classify allocates %v times, want 0", s.Name(), allocs)
		}
	}
}

func TestZeroScale(t *testing.T) {
	var s Scale
	if s.IsValid() {
		t.Error("zero Scale is valid")
	}
	if got := len(s.Bands()); got != 0 {
		t.Errorf("zero Scale has %d bands", got)
	}
	if !s.Min().IsZero() {
		t.Errorf("zero Scale Min = %s", s.Min())
	}
	if got := s.String(); got != "category.Scale{}" {
		t.Errorf("zero Scale String = %q", got)
	}
}

func TestClassifyExtremeExponents(t *testing.T) {
	s := BerAKHLAK()
	huge := decimal.New(1, 2_000_000)
	allocs := testing.AllocsPerRun(2, func() {
		if _, err := s.Classify(huge); !errors.Is(err, ErrOutOfRange) {
			t.Fatalf("Classify(1e2000000) = %v", err)
		}
	})
	if allocs > 20 {
		t.Errorf("Classify of a huge exponent allocates %v times", allocs)
	}
	_, err := s.Classify(huge)
	if len(err.Error()) > 120 {
		t.Errorf("error message is %d bytes long", len(err.Error()))
	}
	// 20 digits, tiny: rounds to 0.0.
	tiny := decimal.RequireFromString("0.00012345678901234567890")
	if b, err := s.Classify(tiny); err != nil || b.Letter != "D" {
		t.Errorf("Classify(tiny) = %v, %v", b, err)
	}
	tinyNeg := decimal.New(-1, -2_000_000)
	if b, err := s.Classify(tinyNeg); err != nil || b.Letter != "D" {
		t.Errorf("Classify(-1e-2000000) = %v, %v", b, err)
	}
}

func TestBandEqual(t *testing.T) {
	a, _ := BerAKHLAK().Classify(d("80"))
	b, _ := BerAKHLAK().Classify(d("90"))
	c, _ := BerAKHLAK().Classify(d("60"))
	if !a.Equal(b) || a.Equal(c) {
		t.Errorf("Equal: %v %v", a.Equal(b), a.Equal(c))
	}
}

// TestIKM2004Published classifies on both IKM scales the published figures
// of the rule register: the four indices public code computes for one
// worked example (91.48, 91.38, 90.56, 91.50; A on both), and figures
// whose band differs between KepmenPAN 25/2004 and PermenPANRB 14/2017,
// as an old report labelled them.
func TestIKM2004Published(t *testing.T) {
	tests := []struct {
		score    string
		want2004 string
		want2017 string
	}{
		{"91.48", "A", "A"}, {"91.38", "A", "A"}, {"90.56", "A", "A"}, {"91.50", "A", "A"},
		{"85.00", "A", "B"}, {"81.26", "A", "B"}, {"81.25", "B", "B"}, {"76.60", "B", "C"},
		{"64.99", "B", "D"}, {"62.50", "C", "D"}, {"43.75", "D", "D"},
	}
	for _, tc := range tests {
		a, err := IKM2004().Classify(d(tc.score))
		if err != nil {
			t.Fatal(err)
		}
		b, err := IKM().Classify(d(tc.score))
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff([2]string{tc.want2004, tc.want2017}, [2]string{a.Letter, b.Letter}); diff != "" {
			t.Errorf("%s: (-want +got) [2004 2017]:\n%s", tc.score, diff)
		}
	}
}
