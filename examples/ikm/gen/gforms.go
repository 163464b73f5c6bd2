package main

import (
	"encoding/csv"
	"fmt"
	"math/rand/v2"
	"strings"
)

// The Google Forms sample and its column map.
const (
	gformsName        = "sample_gforms.csv"
	gformsColumnsName = "sample_gforms_columns.csv"
	// gformsRespondents is the sample's size: Krejcie–Morgan requires 86
	// of the invented 110 people served (the README's -population 110).
	gformsRespondents = 88
)

// gformsQuestions are the questionnaire's questions, as an agency's form
// words them, in the order of the unsur U1–U9 of PermenPANRB No. 14 Tahun
// 2017, each with the unsur the column map maps it to and its answer
// words, 1 to 4. The program guesses nothing from the wording: the map
// says which unsur each question asks.
var gformsQuestions = []struct {
	text, unsur string
	words       [4]string
}{
	{"Bagaimana pendapat Saudara tentang kesesuaian persyaratan pelayanan dengan jenis pelayanannya?", "Persyaratan",
		[4]string{"Tidak sesuai", "Kurang sesuai", "Sesuai", "Sangat sesuai"}},
	{"Bagaimana pemahaman Saudara tentang kemudahan prosedur pelayanan di unit ini?", "Sistem, Mekanisme dan Prosedur",
		[4]string{"Tidak mudah", "Kurang mudah", "Mudah", "Sangat mudah"}},
	{"Bagaimana pendapat Saudara tentang kecepatan waktu dalam memberikan pelayanan?", "Waktu Penyelesaian",
		[4]string{"Tidak cepat", "Kurang cepat", "Cepat", "Sangat cepat"}},
	{"Bagaimana pendapat Saudara tentang kewajaran biaya/tarif dalam pelayanan?", "Biaya/Tarif",
		[4]string{"Sangat mahal", "Cukup mahal", "Murah", "Gratis"}},
	{"Bagaimana pendapat Saudara tentang kesesuaian produk pelayanan antara yang tercantum dalam standar pelayanan dengan hasil yang diberikan?", "Produk Spesifikasi Jenis Pelayanan",
		[4]string{"Tidak sesuai", "Kurang sesuai", "Sesuai", "Sangat sesuai"}},
	{"Bagaimana pendapat Saudara tentang kompetensi/kemampuan petugas dalam pelayanan?", "Kompetensi Pelaksana",
		[4]string{"Tidak kompeten", "Kurang kompeten", "Kompeten", "Sangat kompeten"}},
	{"Bagaimana pendapat Saudara tentang perilaku petugas dalam pelayanan terkait kesopanan dan keramahan?", "Perilaku Pelaksana",
		[4]string{"Tidak sopan dan ramah", "Kurang sopan dan ramah", "Sopan dan ramah", "Sangat sopan dan ramah"}},
	{"Bagaimana pendapat Saudara tentang penanganan pengaduan pengguna layanan?", "Penanganan Pengaduan, Saran dan Masukan",
		[4]string{"Tidak ada", "Ada tetapi tidak berfungsi", "Berfungsi kurang maksimal", "Dikelola dengan baik"}},
	{"Bagaimana pendapat Saudara tentang kualitas sarana dan prasarana?", "Sarana dan Prasarana",
		[4]string{"Buruk", "Cukup", "Baik", "Sangat baik"}},
}

// The other columns of the form, with the column map's role of each.
var gformsProfile = []struct {
	text, role string
	values     []string
}{
	{"Jenis layanan yang Saudara terima", "group", []string{"Pembuatan KTP-el", "Kartu Keluarga", "Akta Kelahiran"}},
	{"Jenis kelamin", "jenis kelamin", []string{"Laki-laki", "Perempuan"}},
	{"Usia (tahun)", "usia", nil}, // a number, 18–70
	{"Pendidikan terakhir", "pendidikan", []string{"SD", "SMP", "SMA/SMK", "D3", "S1", "S2"}},
	{"Pekerjaan utama", "pekerjaan", []string{"PNS/TNI/Polri", "Pegawai swasta", "Wiraswasta", "Pelajar/Mahasiswa", "Lainnya"}},
}

const (
	gformsTimestamp = "Stempel waktu"
	gformsComment   = "Saran dan masukan untuk perbaikan layanan"
)

// gforms is a Google Forms export of gformsRespondents invented
// respondents: the timestamp (as Google Sheets writes it in an Indonesian
// locale, day first, unique to the second, so that it serves as the
// respondent's id), the service used and the
// profile, the nine questions answered with the questionnaire's words,
// about one answer in 30 left blank, and a free-text comment, often empty.
// Kartu Keluarga is rated lower on waiting time, Akta Kelahiran higher
// overall, as invented flavour. Seeded as export is.
func gforms() []byte {
	rng := rand.New(rand.NewPCG(14, 2024))
	var b strings.Builder
	w := csv.NewWriter(&b)
	header := []string{gformsTimestamp}
	for _, p := range gformsProfile {
		header = append(header, p.text)
	}
	for _, q := range gformsQuestions {
		header = append(header, q.text)
	}
	header = append(header, gformsComment)
	_ = w.Write(header)
	comments := []string{"Antrean perlu dipercepat", "Petugas ramah, terima kasih", "Ruang tunggu kurang nyaman", "Informasi persyaratan agar dipasang di depan"}
	sec := 2 * 60 // seconds since 08:00 of the first day; a day has 9 hours of service
	for i := 0; i < gformsRespondents; i++ {
		sec += 60 + rng.IntN(2400)
		day := 4 + sec/(9*3600)
		t := sec % (9 * 3600)
		rec := []string{fmt.Sprintf("%02d/03/2024 %02d:%02d:%02d", day, 8+t/3600, t/60%60, t%60)}
		service := rng.IntN(3)
		for j, p := range gformsProfile {
			switch {
			case j == 0:
				rec = append(rec, p.values[service])
			case p.values == nil:
				rec = append(rec, fmt.Sprint(18+rng.IntN(53)))
			default:
				rec = append(rec, p.values[rng.IntN(len(p.values))])
			}
		}
		mood := rng.IntN(3)
		for k, q := range gformsQuestions {
			if rng.IntN(30) == 0 && k != 0 {
				rec = append(rec, "")
				continue
			}
			a := 2 + (mood+1)/2 + rng.IntN(2)
			if service == 1 && k == 2 {
				a--
			}
			if service == 2 {
				a++
			}
			rec = append(rec, q.words[min(4, max(1, a))-1])
		}
		comment := ""
		if rng.IntN(3) == 0 {
			comment = comments[rng.IntN(len(comments))]
		}
		_ = w.Write(append(rec, comment))
	}
	w.Flush()
	return []byte(b.String())
}

// gformsColumns is the column map of the Google Forms sample: every
// column of the export, mapped to its role.
func gformsColumns() []byte {
	var b strings.Builder
	w := csv.NewWriter(&b)
	_ = w.Write([]string{"column", "role"})
	_ = w.Write([]string{gformsTimestamp, "timestamp"})
	for _, p := range gformsProfile {
		_ = w.Write([]string{p.text, p.role})
	}
	for _, q := range gformsQuestions {
		_ = w.Write([]string{q.text, q.unsur})
	}
	_ = w.Write([]string{gformsComment, "ignore"})
	w.Flush()
	return []byte(b.String())
}
