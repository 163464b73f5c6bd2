package rules

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/go-asn/berakhlak/examples/internal/lang"
)

// The rule register: every rule the library implements, with its status
// and its source, written once, here. The root package's doc section "The
// rule register" is generated from it (go generate in the module's root
// runs ./examples/internal/rules/gendoc; TestDocCurrent fails while the
// doc is stale), and the rules a report cites are the Rules of its items.
//
// To change a rule: edit its item (its Text, and its Rules if a report
// cites it), then run go generate in the module's root.

// Section is one part of the register: a heading and its items.
type Section struct {
	Heading string // a paragraph that ends with a colon, e.g. "Values and behaviours (package akhlak):"
	Items   []Item
}

// Item is one bullet of the register: its text, in English, as the doc
// prints it, and the rules of it that a report can cite. The text of an
// item with rules states each rule's status and names its source in the
// words of Rule.Source.EN (TestRegister checks both).
type Item struct {
	Text  string
	Rules []Rule
}

// registerIntro is the register's opening, before its sections: what a
// status means.
var registerIntro = []Item{
	{Text: "Every rule the library implements, with its status and its source. The status is one of:"},
	{Text: "- official: stated in a regulation or by the ministry that runs the measurement, or agreed by several independent public sources;"},
	{Text: "- derived: worked out from published figures (the derivation is given), or the one sensible reading where the source is silent;"},
	{Text: "- library default: no public source fixes it; the library chose, and the choice is a parameter the caller can change (an \"open\" rule)."},
	{Text: "A rule marked official or derived has a golden test that reproduces the published figure; a library default is a parameter with a documented default. Doc comments across the module cite this register."},
}

// Register returns the sections of the register, in order. The caller
// must not change them.
func Register() []Section { return register }

// DocHeading is the heading of the register's section in the root
// package's doc; the section runs to the next heading.
const DocHeading = "// # The rule register\n"

// Doc returns the register's section of the root package's doc, from its
// heading to the blank comment line before the next heading, as comment
// lines wrapped at 76 columns.
func Doc() string {
	var b strings.Builder
	b.WriteString(DocHeading)
	para := func(first, rest, text string) {
		b.WriteString("//\n")
		wrap(&b, first, rest, text)
	}
	list := false // the last line written is a list item's
	for _, it := range registerIntro {
		t, item := strings.CutPrefix(it.Text, "- ")
		if !item {
			para("// ", "// ", t)
		} else {
			if !list {
				b.WriteString("//\n") // a list is a block of its own
			}
			wrap(&b, "//   - ", "//     ", t)
		}
		list = item
	}
	for _, s := range register {
		para("// ", "// ", s.Heading)
		b.WriteString("//\n")
		for _, it := range s.Items {
			wrap(&b, "//   - ", "//     ", it.Text)
		}
	}
	b.WriteString("//\n")
	return b.String()
}

// wrap writes text as lines of at most 76 columns (a longer word stands
// alone), the first beginning with first and the others with rest. A
// lone symbol (≥, ×, −, =, →) stays on the line of the word after it.
func wrap(b *strings.Builder, first, rest, text string) {
	const width = 76
	line, n := first, len([]rune(first))
	fresh := true
	var words []string
	for _, w := range strings.Fields(text) {
		if k := len(words) - 1; k >= 0 && lone(words[k]) {
			words[k] += " " + w
			continue
		}
		words = append(words, w)
	}
	for _, w := range words {
		wn := len([]rune(w))
		if !fresh && n+1+wn > width {
			b.WriteString(line + "\n")
			line, n, fresh = rest, len([]rune(rest)), true
		}
		if !fresh {
			line, n = line+" ", n+1
		}
		line, n, fresh = line+w, n+wn, false
	}
	b.WriteString(line + "\n")
}

var register = []Section{
	{Heading: "Values and behaviours (package akhlak):", Items: []Item{
		{Text: "The seven values, in the order of the acronym, their definitions, their three behaviour guidelines each (21 in all), the acronym \"BerAKHLAK\" and the slogan \"Bangga Melayani Bangsa\". Official: SE MenPANRB No. 20 Tahun 2021, Implementasi Core Values dan Employer Branding ASN (26 August 2021). Agencies may not change them.", Rules: []Rule{
			{Values, Official,
				lang.Text{ID: "SE MenPANRB No. 20 Tahun 2021", EN: "SE MenPANRB No. 20 Tahun 2021"},
				lang.Text{
					ID: "Tujuh nilai dasar BerAKHLAK dan tiga panduan perilaku masing-masing (21 perilaku).",
					EN: "The seven BerAKHLAK core values and their three behaviour guidelines each (21 behaviours).",
				}},
		}},
		{Text: "The printed form of the behaviour texts (\"apapun\", \"bekerja sama\"): derived, the form most agency systems carry; copies of the circular differ in spacing and punctuation, which matching ignores."},
		{Text: "The codes BP…KL and BP1…KL3 and the English translations: library default."},
		{Text: "The seven stages of culture strengthening and the three roadmap phases (Internalisasi → Aktivasi → Penguatan): official, KemenPANRB, restated by agencies in 2023–2024."},
	}},
	{Heading: "The Indeks BerAKHLAK (packages akhlak, category, survey):", Items: []Item{
		{Text: "The three instruments (Indeks BerAKHLAK, Employee Engagement, Employer Branding) of the Survei Budaya Kerja ASN since 2022: official, KemenPANRB."},
		{Text: "A value's score from ballots: library default, reach (the share of respondents whose current-culture picks include one of the value's behaviours); from ratings: library default, (mean − min)/(max − min) × 100. No formula is published.", Rules: []Rule{
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
		}},
		{Text: "The overall index, the unweighted mean of the seven value scores, published to one place, rounded half-up: derived from the 2022 national figures (the seven scores average 60.94, published as 60.9).", Rules: []Rule{
			{Index, Derived,
				lang.Text{ID: "angka nasional 2022", EN: "the 2022 national figures"},
				lang.Text{
					ID: "Indeks BerAKHLAK: rata-rata tak berbobot dari tujuh skor nilai, satu desimal, dibulatkan setengah ke atas.",
					EN: "The Indeks BerAKHLAK: the unweighted mean of the seven value scores, to one decimal place, rounded half-up.",
				}},
		}},
		{Text: "The categories A Sehat ≥ 75.0, B Cukup Sehat ≥ 50.0, C Tidak Sehat ≥ 25.0, decided on the score rounded to one place: official, the 2022 agency report format (KemenPANRB); the upper bound of C is derived; band D below 25.0 exists, its label \"Sangat Tidak Sehat\" is a library default. The 2022 national Adaptif score 38.9 is C (one news article's \"kategori B\" is a reporting error; the ministry's own statement agrees with the table).", Rules: []Rule{
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
		}},
		{Text: "The culture-health total index uses the same bands: derived from published pairs. Its five sub-indices are Barrett's (official for the method); their weights are a library default of none: the caller must give them."},
		{Text: "Cultural entropy (limiting votes ÷ all current-culture votes × 100), its bands 0–10, 11–20, 21–30, 31–40, 41+ in whole percent, and positive energy = 100 − entropy: official for the method, Barrett Values Centre, Cultural Values Assessment. Values alignment (options shared by two top-10 lists) and the current–desired bands 6+ and 4–5: official (Barrett); 2–3 and 0–1: derived. The Indonesian band labels: library default. Ties are ranked by catalogue order and reported, never hidden.", Rules: []Rule{
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
		}},
		{Text: "Ten picks per list on a ballot: library default, after Barrett's instrument as run in 2022–2023.", Rules: []Rule{
			{Picks, LibraryDefault,
				lang.Text{ID: "mengikuti instrumen Barrett sebagaimana dijalankan 2022–2023", EN: "after Barrett's instrument as run in 2022–2023"},
				lang.Text{
					ID: "Sepuluh pilihan per daftar pada satu lembar pilihan.",
					EN: "Ten picks per list on a ballot.",
				}},
		}},
		{Text: "The minimum number of respondents \"differs per agency\": official, but the formula is a library default, Slovin with a 5% margin (Krejcie–Morgan and a fixed number are the alternatives). Below its minimum a survey has no index.", Rules: []Rule{
			{Minimum, LibraryDefault,
				lang.Text{ID: "Slovin, margin 5%", EN: "Slovin with a 5% margin"},
				lang.Text{
					ID: "Jumlah minimum responden berbeda per instansi (resmi); rumusnya Slovin dengan margin 5%. Di bawah minimum tidak ada indeks.",
					EN: "The minimum number of respondents differs per agency (official); the formula is Slovin with a 5% margin. Below its minimum a survey has no index.",
				}},
		}},
		{Text: "The national index: the unweighted mean over the agencies that met their minimum (442 of 592 in 2022): official, KemenPANRB. Pooling all respondents is a different figure, which the library does not compute."},
		{Text: "Published figures the golden tests reproduce: the 2022 national value scores (Berorientasi Pelayanan 57.9, Akuntabel 74.1, Kompeten 56.7, Harmonis 63.8, Loyal 65.8, Adaptif 38.9, Kolaboratif 69.4; index 60.9, B); the 2023 national index 61.1; Kabupaten Tegal 62.3, B (5,773 respondents)."},
	}},
	{Heading: "Employee Engagement and Employer Branding (packages engagement, branding):", Items: []Item{
		{Text: "Their purposes and the engagement minimum of 140 respondents per agency: official, KemenPANRB.", Rules: []Rule{
			{EngagementMinimum, Official,
				lang.Text{ID: "KemenPANRB", EN: "KemenPANRB"},
				lang.Text{
					ID: "Minimum 140 responden per instansi untuk survei Employee Engagement. Di bawah minimum tidak ada angka yang diterbitkan.",
					EN: "The Employee Engagement minimum of 140 respondents per agency. Below its minimum a survey publishes no figure.",
				}},
		}},
		{Text: "Their items, dimensions and bands are not published: the caller defines the instrument; the library ships no wording as official."},
		{Text: "Mean, percent favourable (top two boxes of a 5-point scale), segments by personal mean (engaged ≥ 4.0, neutral ≥ 3.0), eNPS and NPS (% promoters 9–10 − % detractors 0–6), Cronbach's alpha: the well-known public formulas; their thresholds, the top boxes, the places (2 for means, 1 for percentages, 3 for alpha) and the engagement index as percent favourable are library defaults.", Rules: []Rule{
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
		}},
		{Text: "The confidentiality threshold of 5 respondents per subgroup, with complementary suppression of the next-smallest subgroup when the suppressed ones could be recovered by difference: library default, after the practice of statistical agencies.", Rules: []Rule{
			{Confidentiality, LibraryDefault,
				lang.Text{ID: "mengikuti praktik lembaga statistik", EN: "after the practice of statistical agencies"},
				lang.Text{
					ID: "Ambang kerahasiaan 5 responden per unit: unit yang lebih kecil hanya dilaporkan jumlahnya; bila unit yang disembunyikan dapat dihitung dari selisih, unit terkecil berikutnya juga disembunyikan (supresi komplementer).",
					EN: "A confidentiality threshold of 5 respondents per unit: a smaller unit reports only its count; when the suppressed units could be recovered by difference, the next-smallest unit is suppressed too (complementary suppression).",
				}},
		}},
		{Text: "The employer branding minimum: none published; the caller gives it."},
	}},
	{Heading: "Performance (package kinerja):", Items: []Item{
		{Text: "The three ratings, the 3×3 predikat matrix, and Perilaku Kerja assessed against the seven values with the leader's specific expectation: official, PermenPANRB No. 6 Tahun 2022. No rule turns the seven per-value judgements into one rating; the library derives none."},
		{Text: "The five organisation predikat: official; the distribution pattern each allows: derived (one secondary source; the regulation calls it a guiding pattern, so the check returns findings); how shares round for small teams and whether \"most\" means a majority: library defaults."},
		{Text: "Angka kredit = months/12 × percentage × annual coefficient, the percentages 150/100/75/50/25 and the coefficients of Ahli Pertama (12.5) and Ahli Muda (25): official, PermenPANRB No. 1 Tahun 2023 and Peraturan BKN No. 3 Tahun 2023; the other coefficients: derived, Pemula's 3.75 from BKN's SIASN koefisien reference table (id 52). A year's angka kredit is capped at 150% of the coefficient: official, Peraturan BKN No. 3 Tahun 2023. Three decimal places: library default (BKN's worked examples show 18.75 and 2.08). Summing a year's periods exactly before one rounding: library default; BKN's worked examples round each period first (an option), and which SIASN stores is unpublished."},
		{Text: "\"ESPEKTASI\" is accepted for \"Ekspektasi\": BKN's own SIASN spelling."},
		{Text: "The golongan II/a to IV/e and their pangkat (Pengatur Muda … Pembina Utama): official, PP No. 99 Tahun 2000, lampiran. The golongan each jenjang spans (Ahli Pertama III/a–III/b, Ahli Muda III/c–III/d, Ahli Madya IV/a–IV/c, Ahli Utama IV/d–IV/e; Pemula II/a, Terampil II/b–II/d, Mahir III/a–III/b, Penyelia III/c–III/d): PermenPANRB No. 1 Tahun 2023 lampiran, official for keahlian, derived for keterampilan."},
		{Text: "The minimum cumulative angka kredit of the konversi model, per kenaikan pangkat and for the kenaikan jenjang: Ahli Pertama 50 and 100, Ahli Muda 100 and 200, Ahli Madya 150 and 450, Ahli Utama 200; Pemula 15 and 15, Terampil 20 and 60, Mahir 50 and 100, Penyelia 100. Official for keahlian (two sources agree), derived for keterampilan (the lampiran page and one news source; one BKN deck swaps Terampil and Mahir), PermenPANRB No. 1 Tahun 2023 lampiran. The highest golongan of a jenjang has no kenaikan pangkat of its own, and the highest jenjang no kenaikan jenjang: the library says so rather than give a zero."},
		{Text: "Angka kredit accumulates across the pangkat of a jenjang, so the n-th kenaikan pangkat needs n times the figure per pangkat: derived, agency PAK forms (IV/a 0–150, IV/b 150–300, IV/c 300–450). A kenaikan jenjang restarts it at 0: derived, BKN's slides. Whether the excess above the minimum carries at a kenaikan jenjang: library default, it does not (an option carries it). Periods add exactly and round once, as a year's do: library default; rounding each period is an option. Worked examples: Ahli Muda, Baik, 25 a year and 75 in three years (Peraturan BKN No. 3 Tahun 2023 lampiran); 18.75 + 2.08 = 20.83 (BKN's slides)."},
		{Text: "Angka kredit integrasi = the cumulative angka kredit of the last conventional PAK − the nilai dasar of the golongan's keahlian jenjang (Ahli Pertama 100, Ahli Muda 200, Ahli Madya 400, Ahli Utama 850): derived, BKN Direktorat Jabatan ASN; an agency PAK form: Ahli Madya IV/b, 550.63 − 400 = 150.63 (a published \"287.500 − 200 = 287.300\" is an arithmetic error for 87.500). The keterampilan nilai dasar is not published: the library refuses rather than guess. The angka kredit dasar of a move (Peraturan BKN No. 3 Tahun 2023 lampiran II) is out of scope: its table is not published."},
	}},
	{Heading: "SIASN (package kinerja/siasn), derived from BKN's SIASN reference tables as bundled by public SIASN client libraries (several independent clients agree; no public BKN document was found):", Items: []Item{
		{Text: "perilakuDanKinerja: 1 DIATAS, 2 SESUAI, 3 DIBAWAH ESPEKTASI (1 is the best); kuadranNilai: 1 SANGAT BAIK, 2 BAIK, 3 BUTUH PERBAIKAN, 4 KURANG, 5 SANGAT KURANG; periodik: 1 bulanan, 2 triwulan; koefisien: 12 Ahli Pertama … 82 Penyelia. The PermenPANRB 6/2022 matrix in SIASN codes is 1 2 4 / 2 2 4 / 3 3 5."},
		{Text: "The field names of /skp22/save, /kinerjaperiodik/save and their rw-skp22 and rw-kinerjaperiodik responses, whose case and names drift (PerilakuKerjaNilai, koefisenId, namaPenilai), read leniently."},
		{Text: "The fields of /angkakredit/save, every value a string, in BKN's spelling (bulanMulaiPenailan), flags \"1\" or \"0\", tanggalSk DD-MM-YYYY, and of its rw-angkakredit records (pns, rwJabatan, namaJabatan), read leniently. A konversi record has kreditUtamaBaru and kreditPenunjangBaru 0 and carries its angka kredit in kreditBaruTotal."},
	}},
	{Heading: "Survei Kepuasan Masyarakat (package ikm), PermenPANRB No. 14 Tahun 2017:", Items: []Item{
		{Text: "The nine unsur, the answers 1 Tidak Baik … 4 Sangat Baik, NRR per unsur = the mean of its answers (blanks left out), IKM = Σ (NRR × weight) × 25: official, PermenPANRB No. 14 Tahun 2017. Sources disagree on the order of the last two unsur; the library identifies unsur by name.", Rules: []Rule{
			{IKMFormula, Official,
				lang.Text{ID: "PermenPANRB No. 14 Tahun 2017", EN: "PermenPANRB No. 14 Tahun 2017"},
				lang.Text{
					ID: "Sembilan unsur, jawaban 1–4; NRR per unsur = rata-rata jawabannya (jawaban kosong tidak dihitung); IKM = Σ (NRR × bobot) × 25.",
					EN: "Nine unsur, answers 1–4; NRR per unsur = the mean of its answers (blanks left out); IKM = Σ (NRR × weight) × 25.",
				}},
		}},
		{Text: "The answer words of the questionnaire, per unsur (Persyaratan: Tidak sesuai … Sangat sesuai; Biaya/Tarif: Sangat mahal, Cukup mahal, Murah, Gratis; Penanganan Pengaduan: Tidak ada … Dikelola dengan baik; and so on), scoring a–d as 1–4, with the variants seen (\"Ada tapi tidak berfungsi\", \"Tidak sopan … Sangat sopan\", \"Tidak wajar … Sangat wajar\"): derived, from agency questionnaires labelled PermenPANRB 14/2017 and public SKM applications (the lampiran's own text was not read).", Rules: []Rule{
			{IKMWords, Derived,
				lang.Text{ID: "kuesioner instansi berlabel PermenPANRB 14/2017 dan aplikasi SKM publik", EN: "agency questionnaires labelled PermenPANRB 14/2017 and public SKM applications"},
				lang.Text{
					ID: "Jawaban kuesioner dibaca menurut kata-kata pilihan tiap unsur (a–d bernilai 1–4); untuk Biaya/Tarif, \"Sangat mahal\" bernilai 1 dan \"Gratis\" bernilai 4.",
					EN: "Answers are read by each unsur's own answer words (a–d score 1–4); for Biaya/Tarif \"Sangat mahal\" scores 1 and \"Gratis\" 4.",
				}},
		}},
		{Text: "The bands A 88.31–100, B 76.61–88.30, C 65.00–76.60, D 25.00–64.99 on the converted value, at two places: official (category.IKM). The band of one unsur (NRR × 25): derived, the regulation's NRR intervals are the converted ones ÷ 25.", Rules: []Rule{
			{IKMCategories, Official,
				lang.Text{ID: "category.IKM", EN: "category.IKM"},
				lang.Text{
					ID: "Mutu pelayanan pada nilai konversi (dua desimal): A Sangat Baik 88,31–100; B Baik 76,61–88,30; C Kurang Baik 65,00–76,60; D Tidak Baik 25,00–64,99; mutu tiap unsur pada NRR × 25.",
					EN: "Mutu pelayanan on the converted value (two places): A Sangat Baik 88.31–100; B Baik 76.61–88.30; C Kurang Baik 65.00–76.60; D Tidak Baik 25.00–64.99; each unsur's mutu on NRR × 25.",
				}},
		}},
		{Text: "The minimum sample, Krejcie–Morgan (survey.KrejcieMorgan): official.", Rules: []Rule{
			{IKMMinimum, Official,
				lang.Text{ID: "Krejcie–Morgan (survey.KrejcieMorgan)", EN: "Krejcie–Morgan (survey.KrejcieMorgan)"},
				lang.Text{
					ID: "Sampel minimum menurut tabel Krejcie–Morgan untuk populasi yang dilayani; di bawahnya tidak ada IKM yang diterbitkan.",
					EN: "The minimum sample by the Krejcie–Morgan table for the population served; below it no IKM is published.",
				}},
		}},
		{Text: "The weight and the rounding: library default exactly 1/n and one rounding half-up to two places after × 25; the printed weights 0.111 and 0.11 and rounding each NRR first are options, as public implementations use them (on one public worked example they give 91.48, 91.38, 90.56 and 91.50).", Rules: []Rule{
			{IKMWeight, LibraryDefault,
				lang.Text{ID: "implementasi publik berbeda-beda", EN: "public implementations"},
				lang.Text{
					ID: "Bobot tepat 1/9 dan satu kali pembulatan setengah ke atas ke dua desimal setelah × 25, dari jumlah bilangan bulat yang eksak.",
					EN: "The weight exactly 1/9 and one rounding half-up to two places after × 25, from the exact integer sums.",
				}},
		}},
		{Text: "NRR printed to three places in a report, for display only (the index is computed as above): derived, from agency reports.", Rules: []Rule{
			{IKMNRRPlaces, Derived,
				lang.Text{ID: "laporan SKM instansi", EN: "agency reports"},
				lang.Text{
					ID: "NRR ditampilkan dengan tiga desimal, seperti laporan instansi; IKM tetap dihitung dari NRR eksak.",
					EN: "NRR is shown to three places, as agency reports print it; the IKM is still computed from the exact NRR.",
				}},
		}},
		{Text: "The IKM of each jenis layanan (or any group of respondents) and of the unit as a whole, each pooled over its own respondents, never an average of the groups' indices: derived, as published reports compute them. A group's minimum, when the caller gives none, is the confidentiality threshold of 5 respondents (and of 5 answers to each unsur), with complementary suppression as for engagement subgroups: library default.", Rules: []Rule{
			{IKMGroups, LibraryDefault,
				lang.Text{ID: "seperti subkelompok engagement", EN: "as for engagement subgroups"},
				lang.Text{
					ID: "IKM tiap jenis layanan dihitung dari respondennya sendiri, dan IKM unit dari semua responden (bukan rata-rata IKM layanan); layanan dengan kurang dari 5 responden, atau kurang dari 5 jawaban pada suatu unsur, hanya dilaporkan jumlahnya, dengan supresi komplementer.",
					EN: "Each jenis layanan's IKM is computed from its own respondents, and the unit's from all of them (not the mean of the services' indices); a service with fewer than 5 respondents, or fewer than 5 answers to an unsur, reports only its count, with complementary suppression.",
				}},
		}},
		{Text: "The unsur of PermenPANRB No. 16 Tahun 2014 (Persyaratan, Prosedur, Waktu Pelayanan, Biaya/Tarif, Produk Spesifikasi Jenis Pelayanan, Kompetensi Pelaksana, Perilaku Pelaksana, Maklumat Pelayanan, Penanganan Pengaduan, Saran dan Masukan), replaced by PermenPANRB No. 14 Tahun 2017: official, offered as a named alternative instrument (ikm.Instrument2014), never by default.", Rules: []Rule{
			{IKM2014, Official,
				lang.Text{ID: "PermenPANRB No. 16 Tahun 2014 (dicabut)", EN: "PermenPANRB No. 16 Tahun 2014"},
				lang.Text{
					ID: "Instrumen lama PermenPANRB 16/2014: Prosedur, Waktu Pelayanan dan Maklumat Pelayanan menggantikan Sistem, Mekanisme dan Prosedur, Waktu Penyelesaian dan Sarana dan Prasarana.",
					EN: "The superseded PermenPANRB 16/2014 instrument: Prosedur, Waktu Pelayanan and Maklumat Pelayanan in place of Sistem, Mekanisme dan Prosedur, Waktu Penyelesaian and Sarana dan Prasarana.",
				}},
		}},
		{Text: "The older KepmenPAN No. KEP/25/M.PAN/2/2004 scheme (14 unsur, weight 0,071) is not computed, but its bands D 25.00–43.75, C 43.76–62.50, B 62.51–81.25, A 81.26–100.00 are official for reading old reports (category.IKM2004, superseded): many agencies labelled 9-unsur results with them until at least 2020.", Rules: []Rule{
			{IKM2004, Official,
				lang.Text{ID: "KepmenPAN No. KEP/25/M.PAN/2/2004 (dicabut)", EN: "KepmenPAN No. KEP/25/M.PAN/2/2004"},
				lang.Text{
					ID: "Kategori lama KepmenPAN 25/2004 (A ≥ 81,26; B ≥ 62,51; C ≥ 43,76; D ≥ 25,00), hanya untuk membaca laporan lama.",
					EN: "The superseded KepmenPAN 25/2004 bands (A ≥ 81.26, B ≥ 62.51, C ≥ 43.76, D ≥ 25.00), only for reading old reports.",
				}},
		}},
	}},
	{Heading: "Baseline, target and progress (packages survey, akhlak, engagement, branding, ikm):", Items: []Item{
		{Text: "The index is measured to be the baseline for next year's target and for policy, and measured again in the stages \"Pengukuran Baseline\" and \"Pemantauan dan Evaluasi\": official, KemenPANRB (2022)."},
		{Text: "Sampling error: a 95% interval (z = 1.96) on every published survey figure, with the finite-population correction √((N − n)/(N − 1)) when the minimum knows the population N (a fixed minimum knows none: no correction, a wider interval); Wilson's interval for a share of respondents (a score by reach), mean ± 1.96·s/√n for a mean of answers (a score by ratings, a dimension, an NRR), s from the integer sums of the answers and their squares; computed exactly up to the square root, rounded half-up once at the figure's places: derived, standard survey statistics (the Slovin minimum rests on the same 5% margin at 95%).", Rules: []Rule{
			{Interval, Derived,
				lang.Text{ID: "statistik survei baku", EN: "standard survey statistics"},
				lang.Text{
					ID: "Selang kepercayaan 95% (z = 1,96) dengan koreksi populasi terhingga √((N − n)/(N − 1)): selang Wilson untuk persentase responden, rata-rata ± 1,96·s/√n untuk rata-rata jawaban.",
					EN: "A 95% interval (z = 1.96) with the finite-population correction √((N − n)/(N − 1)): Wilson's interval for a share of respondents, mean ± 1.96·s/√n for a mean of answers.",
				}},
		}},
		{Text: "The index by ballots: the mean over respondents of each one's own contribution, 100k/7 for the k values reached, so its interval is that of a mean, exactly, from Σ k and Σ k², which a ballot tally counts since format version 2: derived, standard survey statistics. A figure made of several that the same respondents gave without their own contributions counted (a score by ratings, the index by ratings or from a version 1 tally, an engagement or branding dimension and index, the IKM): its variance bounded from above by k·Σ wᵢ²·Var(eᵢ) over its k varying parts (Cauchy–Schwarz), so that its interval is never narrower than the true one: derived, the one safe reading without each respondent's own contribution, which the tallies do not count.", Rules: []Rule{
			{Bound, Derived,
				lang.Text{ID: "pembacaan aman tanpa kontribusi tiap responden", EN: "the one safe reading without each respondent's own contribution"},
				lang.Text{
					ID: "Indeks dan skor gabungan: varians dibatasi dari atas (Cauchy–Schwarz), sehingga selangnya tidak pernah lebih sempit dari yang sebenarnya.",
					EN: "The index and other combined figures: the variance bounded from above (Cauchy–Schwarz), so the interval is never narrower than the true one.",
				}},
		}},
		{Text: "The change between two surveys: the difference of the published figures ± 1.96·√(se₁² + se₂²), the surveys taken as independent samples; \"up\" or \"down\" only when the published interval excludes zero, otherwise \"no measurable change\"; against a published profile without counts, or an engagement or branding result read from JSON (which stores the published bounds, not the counts behind them), no interval and no verdict: derived, standard survey statistics.", Rules: []Rule{
			{Change, Derived,
				lang.Text{ID: "statistik survei baku", EN: "standard survey statistics"},
				lang.Text{
					ID: "Perubahan antara dua survei: selisih angka yang diterbitkan ± 1,96·√(se₁² + se₂²); naik atau turun hanya bila selangnya tidak memuat nol.",
					EN: "The change between two surveys: the difference of the published figures ± 1.96·√(se₁² + se₂²); up or down only when its interval excludes zero.",
				}},
		}},
		{Text: "Targets: no rule for setting a target or judging progress is published, so the library ships no target (library default: none); a target is the caller's, a score, a category or a change from the baseline, met when the figure's interval lies at or above it, not met when below, and not decidable within the sampling error otherwise.", Rules: []Rule{
			{Target, LibraryDefault,
				lang.Text{ID: "tidak ada aturan yang dipublikasikan", EN: "no rule for setting a target or judging progress is published"},
				lang.Text{
					ID: "Target ditetapkan pengguna (skor, kategori, atau perubahan dari baseline): tercapai bila selangnya di atas target, tidak tercapai bila di bawah, selain itu belum dapat dipastikan.",
					EN: "Targets are the caller's (a score, a category, or a change from the baseline): met when the interval lies at or above the target, not met when below, otherwise not decidable.",
				}},
		}},
	}},
}

// Splice returns doc, the source of the root package's doc.go, with its
// register section replaced by [Doc]: from the register's heading to the
// next heading.
func Splice(doc string) (string, error) {
	before, after, ok := strings.Cut(doc, DocHeading)
	if !ok {
		return "", fmt.Errorf("rules: doc.go has no line %q", strings.TrimSpace(DocHeading))
	}
	end := strings.Index(after, "\n// # ")
	if end < 0 {
		return "", fmt.Errorf("rules: doc.go has no heading after %q", strings.TrimSpace(DocHeading))
	}
	return before + Doc() + after[end+1:], nil
}

// lone reports whether w is a single symbol, neither letter nor digit.
func lone(w string) bool {
	r := []rune(w)
	return len(r) == 1 && !unicode.IsLetter(r[0]) && !unicode.IsDigit(r[0])
}
