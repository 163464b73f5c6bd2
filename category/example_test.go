package category_test

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/go-asn/berakhlak/category"
	"github.com/shopspring/decimal"
)

func ExampleBerAKHLAK() {
	s := category.BerAKHLAK()
	for _, score := range []string{"60.9", "38.9", "74.96"} {
		b, _ := s.Classify(decimal.RequireFromString(score))
		fmt.Printf("%s → %s (%s)\n", score, b, b.English)
	}
	// Output:
	// 60.9 → B Cukup Sehat (Fairly healthy)
	// 38.9 → C Tidak Sehat (Unhealthy)
	// 74.96 → A Sehat (Healthy)
}

func ExampleEntropy() {
	s := category.Entropy()
	b, _ := s.Classify(decimal.RequireFromString("17.6"))
	fmt.Println(b.English, "—", s.Source())
	// Output:
	// Minor issues — Barrett Values Centre, Cultural Values Assessment: cultural entropy bands
}

func ExampleIKM() {
	b, _ := category.IKM().Classify(decimal.RequireFromString("88.305"))
	fmt.Println(b)
	// Output:
	// A Sangat Baik
}

func ExampleIKM2004() {
	old := category.IKM2004()
	for _, score := range []string{"85.00", "62.50"} {
		a, _ := old.Classify(decimal.RequireFromString(score))
		b, _ := category.IKM().Classify(decimal.RequireFromString(score))
		fmt.Printf("%s: %s in %d, %s from %d\n", score, a, old.Year(), b, category.IKM().Year())
	}
	fmt.Println(old.Name())
	// Output:
	// 85.00: A Sangat Baik in 2004, B Baik from 2017
	// 62.50: C Kurang Baik in 2004, D Tidak Baik from 2017
	// Indeks Kepuasan Masyarakat 2004 (superseded)
}

func ExampleNewScale() {
	s, err := category.NewScale("Kelulusan", 0, decimal.New(100, 0),
		category.Band{Letter: "L", Label: "Lulus", English: "Pass", Min: decimal.New(65, 0)},
		category.Band{Letter: "T", Label: "Tidak Lulus", English: "Fail", Min: decimal.Zero},
	)
	if err != nil {
		fmt.Println(err)
		return
	}
	b, _ := s.Classify(decimal.RequireFromString("64.5"))
	fmt.Println(b)

	// Bands must be listed highest first.
	_, err = category.NewScale("Salah", 0, decimal.New(100, 0),
		category.Band{Letter: "T", Label: "Tidak Lulus", Min: decimal.Zero},
		category.Band{Letter: "L", Label: "Lulus", Min: decimal.New(65, 0)},
	)
	fmt.Println(errors.Is(err, category.ErrInvalidScale))
	// Output:
	// L Lulus
	// true
}

func ExampleMustNewScale() {
	s := category.MustNewScale("Dua Pita", 1, decimal.New(10, 0),
		category.Band{Letter: "H", Label: "Tinggi", Min: decimal.New(5, 0)},
		category.Band{Letter: "R", Label: "Rendah", Min: decimal.Zero},
	)
	fmt.Println(s)
	// Output:
	// Dua Pita: H Tinggi ≥ 5.0, R Rendah ≥ 0.0 (max 10.0, 1 places)
}

func ExampleScale_Classify() {
	s := category.BerAKHLAK()
	b, err := s.Classify(decimal.RequireFromString("74.95"))
	fmt.Println(b.Letter, err)

	_, err = s.Classify(decimal.RequireFromString("100.05"))
	fmt.Println(err)
	fmt.Println(errors.Is(err, category.ErrOutOfRange))
	// Output:
	// A <nil>
	// category: score 100.05 is outside scale "Indeks BerAKHLAK" [0, 100]
	// true
}

func ExampleScale_Bands() {
	for _, b := range category.BerAKHLAK().Bands() {
		fmt.Printf("%s %-18s ≥ %s\n", b.Letter, b.Label, b.Min.StringFixed(1))
	}
	// Output:
	// A Sehat              ≥ 75.0
	// B Cukup Sehat        ≥ 50.0
	// C Tidak Sehat        ≥ 25.0
	// D Sangat Tidak Sehat ≥ 0.0
}

func ExampleScale_Places() {
	fmt.Println(category.BerAKHLAK().Places(), category.Entropy().Places(), category.IKM().Places())
	// Output:
	// 1 0 2
}

func ExampleScale_Min() {
	s := category.IKM()
	fmt.Println(s.Min().StringFixed(2), s.Max().StringFixed(2))
	// Output:
	// 25.00 100.00
}

func ExampleScale_Max() {
	fmt.Println(category.BerAKHLAK().Max().StringFixed(1))
	// Output:
	// 100.0
}

func ExampleScale_Name() {
	s := category.IKM()
	fmt.Println(s.Name())
	fmt.Println(s.Source())
	fmt.Println(s.Year())
	// Output:
	// Indeks Kepuasan Masyarakat
	// PermenPANRB No. 14 Tahun 2017, Lampiran: nilai interval konversi IKM
	// 2017
}

func ExampleScale_Source() {
	fmt.Println(category.BerAKHLAK().Source())
	// Output:
	// KemenPANRB, Survei Budaya Kerja ASN 2022 agency report format (bands A–C); band D label: library default
}

func ExampleScale_Year() {
	fmt.Println(category.BerAKHLAK().Year())
	// Output:
	// 2022
}

func ExampleScale_WithSource() {
	s := category.MustNewScale("Indeks Internal", 1, decimal.New(100, 0),
		category.Band{Letter: "A", Label: "Baik", Min: decimal.New(60, 0)},
		category.Band{Letter: "B", Label: "Perlu Perhatian", Min: decimal.Zero},
	).WithSource("library default", 2026)
	fmt.Println(s.Source(), s.Year())
	// Output:
	// library default 2026
}

func ExampleScale_IsValid() {
	var zero category.Scale
	fmt.Println(zero.IsValid(), category.BerAKHLAK().IsValid())
	// Output:
	// false true
}

func ExampleScale_String() {
	fmt.Println(category.Entropy())
	// Output:
	// Entropi Budaya: 5 Kritis ≥ 41, 4 Masalah Serius ≥ 31, 3 Masalah Signifikan ≥ 21, 2 Masalah Ringan ≥ 11, 1 Sehat ≥ 0 (max 100, 0 places)
}

func ExampleBand_String() {
	b, _ := category.BerAKHLAK().Classify(decimal.RequireFromString("62.3"))
	fmt.Println(b.String())
	// Output:
	// B Cukup Sehat
}

func ExampleRangeError() {
	_, err := category.IKM().Classify(decimal.RequireFromString("12"))
	var re *category.RangeError
	if errors.As(err, &re) {
		fmt.Println(re.Scale, re.Value, re.Min, re.Max)
	}
	// Output:
	// Indeks Kepuasan Masyarakat 12 25 100
}

func ExampleAlignment() {
	for _, m := range []int64{7, 5, 2, 0} {
		b, _ := category.Alignment().Classify(decimal.New(m, 0))
		fmt.Println(m, b.English)
	}
	// Output:
	// 7 Excellent
	// 5 Good
	// 2 Fair
	// 0 Poor
}

func ExampleBand_Equal() {
	a, _ := category.BerAKHLAK().Classify(decimal.RequireFromString("80"))
	b, _ := category.BerAKHLAK().Classify(decimal.RequireFromString("95"))
	fmt.Println(a.Equal(b))
	// Output:
	// true
}

func ExampleBand_MarshalText() {
	b, _ := category.BerAKHLAK().Classify(decimal.RequireFromString("74.96"))
	out, _ := json.Marshal(map[string]category.Band{"category": b})
	fmt.Println(string(out))
	// Output:
	// {"category":"A"}
}

func ExampleBand_AppendText() {
	b, _ := category.IKM().Classify(decimal.RequireFromString("87.50"))
	out, _ := b.AppendText([]byte("mutu "))
	fmt.Println(string(out))
	// Output:
	// mutu B
}

func ExampleScale_Band() {
	s := category.BerAKHLAK()
	b, _ := s.Band("C")
	_, err := s.Band("E")
	fmt.Println(b, "|", err)
	// Output:
	// C Tidak Sehat | category: scale "Indeks BerAKHLAK" has no band "E": out of range
}

func ExampleRangeError_Error() {
	_, err := category.BerAKHLAK().Classify(decimal.RequireFromString("100.04"))
	fmt.Println(err) // 100.04 rounds to 100.0: in range
	_, err = category.BerAKHLAK().Classify(decimal.RequireFromString("100.05"))
	fmt.Println(err)
	// Output:
	// <nil>
	// category: score 100.05 is outside scale "Indeks BerAKHLAK" [0, 100]
}

func ExampleRangeError_Unwrap() {
	_, err := category.IKM().Classify(decimal.RequireFromString("24.99"))
	var re *category.RangeError
	fmt.Println(errors.As(err, &re), re.Unwrap() == category.ErrOutOfRange)
	// Output:
	// true true
}
