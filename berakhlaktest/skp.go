package berakhlaktest

import (
	"fmt"
	"strconv"

	"github.com/go-asn/berakhlak/kinerja"
)

// SKPRow is one employee's yearly SKP ratings, as an HR system exports
// them: the row format of examples/skp, in the library's types.
type SKPRow struct {
	NIP           string         // 18 digits
	Nama          string         // an invented name
	HasilKerja    kinerja.Rating // the rating of Hasil Kerja
	PerilakuKerja kinerja.Rating // the rating of Perilaku Kerja
	// Jenjang and Bulan are the functional position's level and the
	// months rated, for angka kredit; both zero for a structural position.
	Jenjang kinerja.Jenjang
	Bulan   int
}

// Invented names: given names and family names, combined.
var (
	givenNames  = []string{"Andi", "Budi", "Citra", "Dewi", "Eko", "Fitri", "Gilang", "Hana", "Indra", "Joko", "Kartika", "Lestari", "Made", "Nur", "Putu", "Rina", "Sari", "Taufik", "Wahyu", "Yuni"}
	familyNames = []string{"Saputra", "Santoso", "Lestari", "Anggraini", "Pratama", "Wijaya", "Hidayat", "Kusuma", "Nugroho", "Siregar", "Harahap", "Simanjuntak", "Wibowo", "Rahmawati", "Setiawan", "Purnamasari"}
)

func name(s *stream) string {
	return givenNames[s.intn(len(givenNames))] + " " + familyNames[s.intn(len(familyNames))]
}

// nip returns the NIP of original i: a birth date from 1960 on, the month
// of appointment, the sex digit and a three-digit number. The birth date and
// the number are a permutation of i (seeded), so NIPs never repeat.
func nip(seed uint64, i int, s *stream) string {
	const days, numbers = 14_600, 1000 // 40 years of birth dates × 1000 numbers ≥ maxRows
	j := permute(uint64(i), mix(seed), days*numbers)
	y, m, d := civil(int(j / numbers))
	appointed := min(y+22+s.intn(10), 2024)
	return fmt.Sprintf("%04d%02d%02d%04d%02d%d%03d", y, m, d, appointed, 1+s.intn(12), 1+s.intn(2), j%numbers)
}

// permute returns the image of x < n ≤ 2²⁴ under a permutation of [0, n)
// chosen by key: a bijection of 24-bit numbers (xor with the key,
// multiplications by odd numbers and xor-shifts, each invertible modulo
// 2²⁴), applied again while the result is n or more (cycle walking).
func permute(x, key, n uint64) uint64 {
	const mask = 1<<24 - 1
	for {
		x = (x ^ key) & mask
		x = (x * 0x9E3779) & mask
		x ^= x >> 12
		x = (x + key>>24) & mask
		x = (x * 0x85EBCB) & mask
		x ^= x >> 11
		if x < n {
			return x
		}
	}
}

// civil returns the date that is day days after 1 January 1960.
func civil(day int) (y, m, d int) {
	y, m, d = 1960, 1, 1+day
	for {
		n := monthDays(y, m)
		if d <= n {
			return y, m, d
		}
		d -= n
		if m++; m > 12 {
			y, m = y+1, 1
		}
	}
}

func monthDays(y, m int) int {
	switch m {
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// ratingWeights are the invented shares of the three ratings, from Di Bawah
// to Di Atas Ekspektasi.
var ratingWeights = []int{8, 70, 22}

// jenjangWeights are the invented shares of the jenjang, in the order of
// kinerja.AllJenjang.
var jenjangWeights = []int{30, 20, 10, 2, 5, 15, 10, 8}

// SKPRows returns o.Rows synthetic employees' SKP ratings, seeded by
// o.Seed: unique 18-digit NIPs, invented names, ratings mostly Sesuai
// Ekspektasi with Perilaku Kerja often equal to Hasil Kerja, and a
// functional position (a jenjang and 1–12 months, mostly 12) except for
// o.Missing percent of the employees, who hold a structural one (no jenjang,
// no months).
//
// A bad row breaks one rule: a rating that is none of the three (the zero
// Rating, refused by kinerja.PredikatPegawai), months outside 1–12 or a
// jenjang without months (refused by kinerja.AngkaKredit), or a NIP of 17
// digits (refused by examples/skp). Invalid Options are an error wrapping
// survey.ErrInvalidInput that names the knob.
func SKPRows(o Options) ([]Row[SKPRow], error) {
	build := func(i int, s *stream, bad bool) Row[SKPRow] {
		e := SKPRow{NIP: nip(o.Seed, i, s), Nama: name(s)}
		e.HasilKerja = kinerja.Rating(1 + s.weighted(ratingWeights))
		e.PerilakuKerja = e.HasilKerja
		if s.percent(40) {
			e.PerilakuKerja = kinerja.Rating(1 + s.weighted(ratingWeights))
		}
		if !s.percent(o.Missing) {
			e.Jenjang = kinerja.Jenjang(1 + s.weighted(jenjangWeights))
			e.Bulan = 12
			if s.percent(20) {
				e.Bulan = 1 + s.intn(11)
			}
		}
		r := Row[SKPRow]{ID: e.NIP}
		if bad {
			switch s.intn(5) {
			case 0:
				e.HasilKerja, r.Bad = 0, "hasil_kerja: not a rating"
			case 1:
				e.PerilakuKerja, r.Bad = 0, "perilaku_kerja: not a rating"
			case 2:
				if e.Jenjang == 0 {
					e.Jenjang = kinerja.AhliPertama
				}
				e.Bulan, r.Bad = 13, "bulan: 13 is not a month count 1–12"
			case 3:
				if e.Jenjang == 0 {
					e.Jenjang = kinerja.AhliPertama
				}
				e.Bulan, r.Bad = 0, "bulan: empty, but a jenjang is given"
			default:
				e.NIP, r.Bad = e.NIP[:17], "nip: 17 digits, want 18"
				r.ID = e.NIP
			}
		}
		r.Value = e
		return r
	}
	return generate(kindSKP, o, build, func(e SKPRow) SKPRow { return e })
}

// badRating is how SKPCSV writes a rating that is none of the three.
const badRating = "Luar Biasa"

// SKPCSV writes rows in the format of examples/skp: the header
// nip,nama,hasil_kerja,perilaku_kerja,jenjang,bulan, the ratings and the
// jenjang by their official names, jenjang and bulan empty for a structural
// position (and bulan empty when it is 0). A rating that is none of the
// three is written "Luar Biasa", which no regulation has.
func SKPCSV(rows []Row[SKPRow]) []byte {
	rating := func(r kinerja.Rating) string {
		if !r.IsValid() {
			return badRating
		}
		return r.String()
	}
	return writeCSV([]string{"nip", "nama", "hasil_kerja", "perilaku_kerja", "jenjang", "bulan"}, func(emit func([]string)) {
		for _, r := range rows {
			e := r.Value
			jenjang, bulan := "", ""
			if e.Jenjang.IsValid() {
				jenjang = e.Jenjang.String()
			}
			if e.Bulan != 0 {
				bulan = strconv.Itoa(e.Bulan)
			}
			emit([]string{e.NIP, e.Nama, rating(e.HasilKerja), rating(e.PerilakuKerja), jenjang, bulan})
		}
	})
}
