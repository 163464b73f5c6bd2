// Package rules holds, as data, the rules of the library that a report can
// cite in its methods section: each with an identifier, its status
// (official, derived or library default), its source and a one-line
// statement in Bahasa Indonesia and English.
//
// It is a second copy of part of the rule register in the root package
// doc, the users' copy; a test of the root package checks that every
// entry's source and status appear in the same item of that register, so
// that neither can change without the other. The library's packages do
// not import this one: it is for the example programs.
package rules

import (
	"fmt"

	"github.com/go-asn/berakhlak/examples/internal/lang"
)

// Status is how certain a rule is, in the words of the rule register.
// The zero Status is invalid.
type Status uint8

// The statuses of the rule register.
const (
	Official       Status = iota + 1 // stated by a regulation or the ministry, or agreed by independent sources
	Derived                          // worked out from published figures, or the one sensible reading
	LibraryDefault                   // no public source fixes it: the library chose, and it is a parameter
)

// String returns the status as the rule register writes it: "official",
// "derived" or "library default".
func (s Status) String() string {
	switch s {
	case Official:
		return "official"
	case Derived:
		return "derived"
	case LibraryDefault:
		return "library default"
	}
	return fmt.Sprintf("Status(%d)", uint8(s))
}

// Text returns the status in both languages, for a report.
func (s Status) Text() lang.Text {
	switch s {
	case Official:
		return lang.Text{ID: "resmi", EN: "official"}
	case Derived:
		return lang.Text{ID: "turunan", EN: "derived"}
	case LibraryDefault:
		return lang.Text{ID: "bawaan pustaka", EN: "library default"}
	}
	return lang.Text{ID: s.String(), EN: s.String()}
}

// ID names a rule.
type ID string

// The rules a report can cite.
const (
	Values         ID = "values"          // the seven values and their 21 behaviours
	BallotScore    ID = "score-ballots"   // a value's score from ballots: reach
	RatingScore    ID = "score-ratings"   // a value's score from ratings
	Index          ID = "index"           // the index: the unweighted mean of the seven
	Categories     ID = "categories"      // the bands A–C
	CategoryD      ID = "category-d"      // band D's label
	Entropy        ID = "entropy"         // cultural entropy, its bands, positive energy
	Alignment      ID = "alignment"       // values alignment and the bands 6+ and 4–5
	AlignmentLower ID = "alignment-lower" // the alignment bands 2–3 and 0–1
	Picks          ID = "picks"           // ten picks per list
	Minimum        ID = "minimum"         // the minimum number of respondents
)

// Rule is one rule of the register. Source is written in both languages;
// its English text appears word for word in the register's item for the
// rule.
type Rule struct {
	ID        ID
	Status    Status
	Source    lang.Text
	Statement lang.Text
}

// all is the table; All and Lookup return copies of its entries.
var all = [...]Rule{
	{Values, Official,
		lang.Text{ID: "SE MenPANRB No. 20 Tahun 2021", EN: "SE MenPANRB No. 20 Tahun 2021"},
		lang.Text{
			ID: "Tujuh nilai dasar BerAKHLAK dan tiga panduan perilaku masing-masing (21 perilaku).",
			EN: "The seven BerAKHLAK core values and their three behaviour guidelines each (21 behaviours).",
		}},
	{BallotScore, LibraryDefault,
		lang.Text{ID: "Tidak ada rumus yang dipublikasikan", EN: "No formula is published"},
		lang.Text{
			ID: "Skor nilai dari pilihan: persentase responden yang memilih sekurang-kurangnya satu perilaku nilai itu dalam budaya saat ini.",
			EN: "A value's score from ballots: the percentage of respondents who picked at least one of its behaviours in the current culture.",
		}},
	{RatingScore, LibraryDefault,
		lang.Text{ID: "Tidak ada rumus yang dipublikasikan", EN: "No formula is published"},
		lang.Text{
			ID: "Skor nilai dari penilaian: (rata-rata − min)/(maks − min) × 100.",
			EN: "A value's score from ratings: (mean − min)/(max − min) × 100.",
		}},
	{Index, Derived,
		lang.Text{ID: "angka nasional 2022", EN: "the 2022 national figures"},
		lang.Text{
			ID: "Indeks BerAKHLAK: rata-rata tak berbobot dari tujuh skor nilai, satu desimal, dibulatkan setengah ke atas.",
			EN: "The Indeks BerAKHLAK: the unweighted mean of the seven value scores, to one decimal place, rounded half-up.",
		}},
	{Categories, Official,
		lang.Text{ID: "format laporan instansi 2022 (KemenPANRB)", EN: "the 2022 agency report format (KemenPANRB)"},
		lang.Text{
			ID: "Kategori A Sehat ≥ 75,0; B Cukup Sehat ≥ 50,0; C Tidak Sehat ≥ 25,0, atas skor yang dibulatkan ke satu desimal.",
			EN: "Categories A Sehat ≥ 75.0, B Cukup Sehat ≥ 50.0, C Tidak Sehat ≥ 25.0, on the score rounded to one place.",
		}},
	{CategoryD, LibraryDefault,
		lang.Text{ID: "format laporan instansi 2022 (KemenPANRB)", EN: "the 2022 agency report format (KemenPANRB)"},
		lang.Text{
			ID: "Label kategori D (di bawah 25,0), Sangat Tidak Sehat: format laporan tidak memberinya label.",
			EN: "The label of band D (below 25.0), Sangat Tidak Sehat: the report format gives it none.",
		}},
	{Entropy, Official,
		lang.Text{ID: "Barrett Values Centre, Cultural Values Assessment", EN: "Barrett Values Centre, Cultural Values Assessment"},
		lang.Text{
			ID: "Entropi budaya: suara pembatas ÷ semua suara budaya saat ini × 100; kategorinya 0–10, 11–20, 21–30, 31–40, 41+ dalam persen bulat; energi positif = 100 − entropi. Label kategori dalam bahasa Indonesia: bawaan pustaka.",
			EN: "Cultural entropy: limiting votes ÷ all current-culture votes × 100; its bands 0–10, 11–20, 21–30, 31–40, 41+ in whole percent; positive energy = 100 − entropy. The Indonesian band labels: library default.",
		}},
	{Alignment, Official,
		lang.Text{ID: "Barrett Values Centre, Cultural Values Assessment", EN: "Barrett Values Centre, Cultural Values Assessment"},
		lang.Text{
			ID: "Keselarasan nilai: pilihan yang sama di dua daftar 10 teratas; kategori budaya saat ini–yang diharapkan 6+ dan 4–5. Seri diurutkan menurut urutan katalog dan dilaporkan.",
			EN: "Values alignment: options shared by two top-10 lists; the current–desired bands 6+ and 4–5. Ties are ranked by catalogue order and reported.",
		}},
	{AlignmentLower, Derived,
		lang.Text{ID: "kategori 6+ dan 4–5 (Barrett)", EN: "the current–desired bands 6+ and 4–5"},
		lang.Text{
			ID: "Kategori keselarasan budaya saat ini–yang diharapkan 2–3 dan 0–1.",
			EN: "The current–desired alignment bands 2–3 and 0–1.",
		}},
	{Picks, LibraryDefault,
		lang.Text{ID: "mengikuti instrumen Barrett sebagaimana dijalankan 2022–2023", EN: "after Barrett's instrument as run in 2022–2023"},
		lang.Text{
			ID: "Sepuluh pilihan per daftar pada satu lembar pilihan.",
			EN: "Ten picks per list on a ballot.",
		}},
	{Minimum, LibraryDefault,
		lang.Text{ID: "Slovin, margin 5%", EN: "Slovin with a 5% margin"},
		lang.Text{
			ID: "Jumlah minimum responden berbeda per instansi (resmi); rumusnya Slovin dengan margin 5%. Di bawah minimum tidak ada indeks.",
			EN: "The minimum number of respondents differs per agency (official); the formula is Slovin with a 5% margin. Below its minimum a survey has no index.",
		}},
	{EngagementMinimum, Official,
		lang.Text{ID: "KemenPANRB", EN: "KemenPANRB"},
		lang.Text{
			ID: "Minimum 140 responden per instansi untuk survei Employee Engagement. Di bawah minimum tidak ada angka yang diterbitkan.",
			EN: "The Employee Engagement minimum of 140 respondents per agency. Below its minimum a survey publishes no figure.",
		}},
	{EngagementIndex, LibraryDefault,
		lang.Text{ID: "rumus publik yang sudah dikenal luas", EN: "the well-known public formulas"},
		lang.Text{
			ID: "Persentase favorabel: bagian jawaban pada dua pilihan teratas skala 5 poin (butir terbalik dibalik dahulu), satu desimal; indeks engagement = persentase favorabel atas semua butir; rata-rata jawaban dua desimal; masing-masing dihitung eksak dan dibulatkan setengah ke atas satu kali.",
			EN: "Percent favourable: the share of answers in the top two boxes of the 5-point scale (reverse-coded items flipped first), to one place; the engagement index is the percent favourable over all items; the mean answer is to two places; each computed exactly and rounded half-up once.",
		}},
	{EngagementSegments, LibraryDefault,
		lang.Text{ID: "rumus publik yang sudah dikenal luas", EN: "the well-known public formulas"},
		lang.Text{
			ID: "Segmen menurut rata-rata jawaban responden: engaged ≥ 4,0; netral ≥ 3,0; disengaged di bawahnya.",
			EN: "Segments by a respondent's mean answer: engaged ≥ 4.0, neutral ≥ 3.0, disengaged below.",
		}},
	{ENPS, LibraryDefault,
		lang.Text{ID: "rumus publik yang sudah dikenal luas", EN: "the well-known public formulas"},
		lang.Text{
			ID: "eNPS: % promotor (9–10) − % detraktor (0–6) pada butir rekomendasi 0–10, bilangan bulat dari −100 sampai 100.",
			EN: "eNPS: % promoters (9–10) − % detractors (0–6) on the 0–10 recommendation item, a whole number from −100 to 100.",
		}},
	{Alpha, LibraryDefault,
		lang.Text{ID: "rumus publik yang sudah dikenal luas", EN: "the well-known public formulas"},
		lang.Text{
			ID: "Alpha Cronbach per dimensi, atas responden yang menjawab semua butirnya (n), tiga desimal.",
			EN: "Cronbach's alpha per dimension, over the respondents who answered all its items (n), to three places.",
		}},
	{Confidentiality, LibraryDefault,
		lang.Text{ID: "mengikuti praktik lembaga statistik", EN: "after the practice of statistical agencies"},
		lang.Text{
			ID: "Ambang kerahasiaan 5 responden per unit: unit yang lebih kecil hanya dilaporkan jumlahnya; bila unit yang disembunyikan dapat dihitung dari selisih, unit terkecil berikutnya juga disembunyikan (supresi komplementer).",
			EN: "A confidentiality threshold of 5 respondents per unit: a smaller unit reports only its count; when the suppressed units could be recovered by difference, the next-smallest unit is suppressed too (complementary suppression).",
		}},
}

// All returns every rule, in the order a methods section lists them.
func All() []Rule {
	return append([]Rule(nil), all[:]...)
}

// Lookup returns the rule named id, and false if there is none.
func Lookup(id ID) (Rule, bool) {
	for _, r := range all {
		if r.ID == id {
			return r, true
		}
	}
	return Rule{}, false
}

// Select returns the rules named by ids, in the order of All and each
// once, or an error naming the first id that is not a rule.
func Select(ids ...ID) ([]Rule, error) {
	want := make(map[ID]bool, len(ids))
	for _, id := range ids {
		if _, ok := Lookup(id); !ok {
			return nil, fmt.Errorf("rules: unknown rule %q", string(id))
		}
		want[id] = true
	}
	var out []Rule
	for _, r := range all {
		if want[r.ID] {
			out = append(out, r)
		}
	}
	return out, nil
}
