package category

import "github.com/shopspring/decimal"

// BerAKHLAK returns the categories of the Indeks BerAKHLAK and of the
// culture-health total index, as in the 2022 agency report format
// (KemenPANRB, Survei Budaya Kerja ASN), applying from 2022. Scores are
// rounded half-up to one decimal place, then classified; the maximum is
// 100.0.
//
//	A  Sehat               Healthy          75.0 – 100.0  official
//	B  Cukup Sehat         Fairly healthy   50.0 – 74.9   official
//	C  Tidak Sehat         Unhealthy        25.0 – 49.9   official lower bound, upper bound derived
//	D  Sangat Tidak Sehat  Very unhealthy    0.0 – 24.9   library default: the band exists, its label is unpublished
//
// Each call returns a fresh Scale.
func BerAKHLAK() Scale {
	return MustNewScale("Indeks BerAKHLAK", 1, decimal.New(100, 0),
		Band{Letter: "A", Label: "Sehat", English: "Healthy", Min: decimal.New(75, 0)},
		Band{Letter: "B", Label: "Cukup Sehat", English: "Fairly healthy", Min: decimal.New(50, 0)},
		Band{Letter: "C", Label: "Tidak Sehat", English: "Unhealthy", Min: decimal.New(25, 0)},
		Band{Letter: "D", Label: "Sangat Tidak Sehat", English: "Very unhealthy", Min: decimal.New(0, 0)},
	).WithSource("KemenPANRB, Survei Budaya Kerja ASN 2022 agency report format (bands A–C); band D label: library default", 2022)
}

// Entropy returns Barrett's cultural entropy bands, in integer percent
// (scores are rounded half-up to zero places, then classified), as used by
// the 2022–2023 Survei Budaya Kerja ASN:
//
//	1  0–10    Healthy (prime functioning)   Sehat
//	2  11–20   Minor issues                  Masalah Ringan
//	3  21–30   Significant issues            Masalah Signifikan
//	4  31–40   Serious issues                Masalah Serius
//	5  41–100  Critical issues               Kritis
//
// Barrett publishes the bands in English. The Indonesian labels (the
// third column), the letters 1–5 and the scale's name "Entropi Budaya"
// are library defaults. Each call returns a fresh Scale.
func Entropy() Scale {
	return MustNewScale("Entropi Budaya", 0, decimal.New(100, 0),
		Band{Letter: "5", Label: "Kritis", English: "Critical issues", Min: decimal.New(41, 0)},
		Band{Letter: "4", Label: "Masalah Serius", English: "Serious issues", Min: decimal.New(31, 0)},
		Band{Letter: "3", Label: "Masalah Signifikan", English: "Significant issues", Min: decimal.New(21, 0)},
		Band{Letter: "2", Label: "Masalah Ringan", English: "Minor issues", Min: decimal.New(11, 0)},
		Band{Letter: "1", Label: "Sehat", English: "Healthy", Min: decimal.New(0, 0)},
	).WithSource("Barrett Values Centre, Cultural Values Assessment: cultural entropy bands", 2022)
}

// IKM returns the categories of the Indeks Kepuasan Masyarakat on its
// converted value (PermenPANRB No. 14 Tahun 2017), applying from 2017.
// Scores are rounded half-up to two decimal places, then classified:
//
//	A  Sangat Baik  Very good   88.31 – 100.00
//	B  Baik         Good        76.61 – 88.30
//	C  Kurang Baik  Fairly poor 65.00 – 76.60
//	D  Tidak Baik   Poor        25.00 – 64.99
//
// A converted value below 25.00 cannot occur (the lowest answer is 1 of 4)
// and is out of range. The English labels are the library's translation.
// Each call returns a fresh Scale.
func IKM() Scale {
	return MustNewScale("Indeks Kepuasan Masyarakat", 2, decimal.New(100, 0),
		Band{Letter: "A", Label: "Sangat Baik", English: "Very good", Min: decimal.New(8831, -2)},
		Band{Letter: "B", Label: "Baik", English: "Good", Min: decimal.New(7661, -2)},
		Band{Letter: "C", Label: "Kurang Baik", English: "Fairly poor", Min: decimal.New(65, 0)},
		Band{Letter: "D", Label: "Tidak Baik", English: "Poor", Min: decimal.New(25, 0)},
	).WithSource("PermenPANRB No. 14 Tahun 2017, Lampiran: nilai interval konversi IKM", 2017)
}

// IKM2004 returns the superseded categories of the Indeks Kepuasan
// Masyarakat of KepmenPAN No. KEP/25/M.PAN/2/2004, which applied from 2004
// until PermenPANRB No. 16 Tahun 2014 replaced it (PermenPANRB No. 14 Tahun
// 2017 now applies: use [IKM] for a current survey). It is here so that an
// old report can be read and checked: many agencies labelled their results
// with these bands for years after 2017. Scores are rounded half-up to two
// decimal places, then classified:
//
//	A  Sangat Baik  Very good   81.26 – 100.00
//	B  Baik         Good        62.51 – 81.25
//	C  Kurang Baik  Fairly poor 43.76 – 62.50
//	D  Tidak Baik   Poor        25.00 – 43.75
//
// The same figure can fall in different bands on the two scales: 80.00 is
// B on both, but 85.00 is A here and B on [IKM]. The English labels are
// the library's translation. Each call returns a fresh Scale.
func IKM2004() Scale {
	return MustNewScale("Indeks Kepuasan Masyarakat 2004 (superseded)", 2, decimal.New(100, 0),
		Band{Letter: "A", Label: "Sangat Baik", English: "Very good", Min: decimal.New(8126, -2)},
		Band{Letter: "B", Label: "Baik", English: "Good", Min: decimal.New(6251, -2)},
		Band{Letter: "C", Label: "Kurang Baik", English: "Fairly poor", Min: decimal.New(4376, -2)},
		Band{Letter: "D", Label: "Tidak Baik", English: "Poor", Min: decimal.New(25, 0)},
	).WithSource("KepmenPAN No. KEP/25/M.PAN/2/2004, nilai interval konversi IKM; superseded by PermenPANRB No. 16 Tahun 2014 and No. 14 Tahun 2017", 2004)
}

// Alignment returns the bands of Barrett's current–desired culture
// alignment: the number of options shared by the top 10 of the current and
// of the desired culture, 0 to 10 (places 0):
//
//	A  Sangat Baik  Excellent  6–10  official (Barrett)
//	B  Baik         Good       4–5   official (Barrett)
//	C  Cukup        Fair       2–3   derived
//	D  Kurang       Poor       0–1   derived
//
// The Indonesian labels and the letters are library defaults. No bands are
// published for personal–current alignment. Each call returns a fresh
// Scale.
func Alignment() Scale {
	return MustNewScale("Keselarasan Budaya", 0, decimal.New(10, 0),
		Band{Letter: "A", Label: "Sangat Baik", English: "Excellent", Min: decimal.New(6, 0)},
		Band{Letter: "B", Label: "Baik", English: "Good", Min: decimal.New(4, 0)},
		Band{Letter: "C", Label: "Cukup", English: "Fair", Min: decimal.New(2, 0)},
		Band{Letter: "D", Label: "Kurang", English: "Poor", Min: decimal.New(0, 0)},
	).WithSource("Barrett Values Centre, Cultural Values Assessment: current–desired culture alignment (6+ excellent, 4–5 good; fair and poor tiers derived)", 2022)
}
