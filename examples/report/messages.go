package main

import "github.com/go-asn/berakhlak/examples/internal/lang"

// messages is every sentence, heading and label the program writes, in
// both languages: the text report, the HTML page, the SVG chart, the
// flags' help and the program's own errors. Official names (the values,
// the behaviours, "Indeks BerAKHLAK", the category labels) are not here:
// they are the same in both languages. TestMessages checks the table
// with lang.Check.
type messages struct {
	// Titles and the method.
	TitleSample, TitleSampleNamed, TitleSurvey, TitleProfile, Period lang.Text
	PicksSet                                                         lang.Text
	Method, MethodBallots, MethodRatings, MethodProfile              lang.Text

	// The text report.
	Focus, CurrentCulture, MostVoted, LeastVoted           lang.Text
	Entropy, EntropyValue, EntropyNone, PositiveEnergy     lang.Text
	EntropyNoLimiting, AlignmentNone                       lang.Text
	Alignment, PersonalCurrent, CurrentDesired, NoBands    lang.Text
	TieNote, None, Tie                                     lang.Text
	RespondentsNone, RespondentsMet, RespondentsNotChecked lang.Text
	Slovin, FixedMinimum, Categories, CategorySource       lang.Text

	// The comparison with the baseline and the targets.
	BaselineHeading, BaselinePublished, BaselineRespondents                lang.Text
	ColumnBaseline, ColumnNow, ColumnChange, ColumnInterval, ColumnVerdict lang.Text
	IntervalRange, VerdictUp, VerdictDown, VerdictNone                     lang.Text
	BandsMoved, BandsUnmoved, ChangeNote                                   lang.Text
	TargetsHeading, ColumnTarget, ColumnAttainment, TargetCategory         lang.Text
	TargetMet, TargetNotMet, TargetUndecided, TargetNote                   lang.Text
	ChartBaseline                                                          lang.Text

	// The HTML page.
	HeadingSummary, HeadingValues, HeadingFocus, HeadingCulture, HeadingMethods lang.Text
	RespondentsLabel, FocusSentence                                             lang.Text
	ColumnCode, ColumnValue, ColumnScore, ColumnCategory, ColumnBehaviour       lang.Text
	MethodsIntro, SampleNote                                                    lang.Text

	// The SVG chart.
	ChartDesc, ChartDescItem lang.Text

	// The program's own errors (the library's, and csvio's
	// file:line: column: reason, stay English).
	ErrArguments, ErrProfileWith, ErrNegativeEmployees, ErrInstrumentNeedsIn lang.Text
	ErrBothStdin, ErrInstrument, ErrRefused, ErrRefusedBecause               lang.Text
	ErrOverEmployees, ErrManyEmployees, ErrPicks, ErrTargetNeedsBaseline     lang.Text
}

var msg = messages{
	TitleSample:      lang.Text{ID: "Indeks BerAKHLAK — instansi contoh sintetis (data rekaan)", EN: "Indeks BerAKHLAK — synthetic sample agency (invented data)"},
	TitleSampleNamed: lang.Text{ID: "Indeks BerAKHLAK — %s (data rekaan)", EN: "Indeks BerAKHLAK — %s (invented data)"},
	TitleSurvey:      lang.Text{ID: "Indeks BerAKHLAK — %s", EN: "Indeks BerAKHLAK — %s"},
	TitleProfile:     lang.Text{ID: "Profil yang dipublikasikan — %s", EN: "Published profile — %s"},
	Period:           lang.Text{ID: "Periode survei: %s", EN: "Survey period: %s"},
	Method:           lang.Text{ID: "Metode: %s", EN: "Method: %s"},
	MethodBallots:    lang.Text{ID: "jangkauan pada pilihan perilaku, yaitu persentase responden yang memilih sekurang-kurangnya satu perilaku nilai itu dalam budaya saat ini (bawaan pustaka)", EN: "reach on ballots, that is the share of respondents who picked at least one of the value's behaviours in the current culture (library default)"},
	MethodRatings:    lang.Text{ID: "penilaian pada skala %s, yaitu (rata-rata − min)/(maks − min) × 100 (bawaan pustaka)", EN: "ratings on %s, that is (mean − min)/(max − min) × 100 (library default)"},
	MethodProfile:    lang.Text{ID: "skor yang dipublikasikan", EN: "published scores"},
	PicksSet:         lang.Text{ID: "Pilihan per daftar: %d, ditetapkan dengan -picks.", EN: "Picks per list: %d, set by -picks."},

	Focus:                 lang.Text{ID: "Fokus perbaikan (nilai terendah)", EN: "Improvement focus (lowest value)"},
	CurrentCulture:        lang.Text{ID: "Budaya saat ini", EN: "Current culture"},
	MostVoted:             lang.Text{ID: "Perilaku yang paling banyak dipilih", EN: "Most-voted behaviour"},
	LeastVoted:            lang.Text{ID: "Perilaku yang paling sedikit dipilih", EN: "Least-voted behaviour"},
	Entropy:               lang.Text{ID: "Entropi budaya", EN: "Cultural entropy"},
	EntropyValue:          lang.Text{ID: "%s%% (%s dalam persen bulat) — %s", EN: "%s%% (%s in whole percent) — %s"},
	EntropyNone:           lang.Text{ID: "tidak ada (tidak ada suara untuk budaya saat ini)", EN: "none (no current-culture votes)"},
	EntropyNoLimiting:     lang.Text{ID: "tidak terukur (instrumen tanpa opsi yang berpotensi membatasi)", EN: "not measured (the instrument has no potentially limiting option)"},
	AlignmentNone:         lang.Text{ID: "tidak ada (tidak ada suara di salah satu daftar)", EN: "none (a list with no votes)"},
	PositiveEnergy:        lang.Text{ID: "Energi positif", EN: "Positive energy"},
	Alignment:             lang.Text{ID: "Keselarasan nilai (pilihan yang sama di %d teratas)", EN: "Values alignment (shared options in the top %d)"},
	PersonalCurrent:       lang.Text{ID: "Pribadi – saat ini", EN: "Personal – current"},
	CurrentDesired:        lang.Text{ID: "Saat ini – yang diharapkan", EN: "Current – desired"},
	NoBands:               lang.Text{ID: "tidak ada kategori yang dipublikasikan", EN: "no published bands"},
	TieNote:               lang.Text{ID: "daftar 10 teratas terpotong di antara nilai yang seri: jumlahnya bergantung pada urutan katalog", EN: "a top 10 ends inside a tie: the count depends on catalogue order"},
	None:                  lang.Text{ID: "tidak ada", EN: "none"},
	Tie:                   lang.Text{ID: "seri antara %d: %s", EN: "tie between %d: %s"},
	RespondentsNone:       lang.Text{ID: "tidak berlaku (profil yang dipublikasikan)", EN: "not applicable (published profile)"},
	RespondentsMet:        lang.Text{ID: "%s, minimum %s (%s): terpenuhi", EN: "%s, minimum %s (%s): met"},
	RespondentsNotChecked: lang.Text{ID: "%s. Minimum tidak diperiksa: berikan -employees N untuk memeriksanya (Slovin, margin 5%%)", EN: "%s. Minimum not checked: give -employees N to check it (Slovin, 5%% margin)"},
	Slovin:                lang.Text{ID: "Slovin, margin %d%%, populasi %s", EN: "Slovin, %d%% margin, population %s"},
	FixedMinimum:          lang.Text{ID: "minimum tetap %s", EN: "fixed minimum of %s"},
	Categories:            lang.Text{ID: "Kategori: %s. Sumber: %s.", EN: "Categories: %s. Source: %s."},
	CategorySource:        lang.Text{ID: "KemenPANRB, format laporan instansi Survei Budaya Kerja ASN 2022 (kategori A–C); label kategori D: bawaan pustaka", EN: "KemenPANRB, Survei Budaya Kerja ASN 2022 agency report format (bands A–C); band D label: library default"},

	BaselineHeading:     lang.Text{ID: "Perbandingan dengan baseline (%s)", EN: "Comparison with the baseline (%s)"},
	BaselinePublished:   lang.Text{ID: "Baseline adalah profil yang dipublikasikan, tanpa jumlah responden: galat samplingnya tidak diketahui, sehingga perubahan tidak punya selang dan kesimpulan.", EN: "The baseline is a published profile, without counts: its sampling error is unknown, so the changes have no interval and no verdict."},
	BaselineRespondents: lang.Text{ID: "Baseline: %s responden.", EN: "Baseline: %s respondents."},
	ColumnBaseline:      lang.Text{ID: "Baseline", EN: "Baseline"},
	ColumnNow:           lang.Text{ID: "Sekarang", EN: "Now"},
	ColumnChange:        lang.Text{ID: "Perubahan", EN: "Change"},
	ColumnInterval:      lang.Text{ID: "Selang 95%%", EN: "95%% interval"},
	ColumnVerdict:       lang.Text{ID: "Kesimpulan", EN: "Verdict"},
	IntervalRange:       lang.Text{ID: "%s s.d. %s", EN: "%s to %s"},
	VerdictUp:           lang.Text{ID: "naik", EN: "up"},
	VerdictDown:         lang.Text{ID: "turun", EN: "down"},
	VerdictNone:         lang.Text{ID: "tidak ada perubahan terukur", EN: "no measurable change"},
	BandsMoved:          lang.Text{ID: "Kategori yang berubah: %s.", EN: "Categories that moved: %s."},
	BandsUnmoved:        lang.Text{ID: "Tidak ada kategori yang berubah.", EN: "No category moved."},
	ChangeNote:          lang.Text{ID: "Selang perubahan: selisih ± 1,96 × √(se₁² + se₂²), dengan koreksi populasi terhingga; naik atau turun hanya bila selangnya tidak memuat nol. Angka yang menggabungkan beberapa jawaban responden yang sama tanpa kontribusi tiap responden (skor dari penilaian) memakai batas atas varians, sehingga selangnya tidak pernah lebih sempit dari yang sebenarnya.", EN: "The change's interval: the difference ± 1.96 × √(se₁² + se₂²), with the finite-population correction; up or down only when the interval excludes zero. A figure that combines several answers of the same respondents without each one's own contribution (a score by ratings) uses an upper bound of the variance, so its interval is never narrower than the true one."},
	TargetsHeading:      lang.Text{ID: "Target (%s)", EN: "Targets (%s)"},
	ColumnTarget:        lang.Text{ID: "Target", EN: "Target"},
	ColumnAttainment:    lang.Text{ID: "Capaian", EN: "Attainment"},
	TargetCategory:      lang.Text{ID: "kategori %s", EN: "category %s"},
	TargetMet:           lang.Text{ID: "tercapai", EN: "met"},
	TargetNotMet:        lang.Text{ID: "tidak tercapai", EN: "not met"},
	TargetUndecided:     lang.Text{ID: "belum dapat dipastikan (dalam galat sampling)", EN: "not decidable (within the sampling error)"},
	TargetNote:          lang.Text{ID: "Target ditetapkan pengguna, bukan pemerintah: tercapai bila selang 95%% berada pada atau di atas target, tidak tercapai bila di bawahnya.", EN: "The targets are the user's, not the government's: met when the 95%% interval lies at or above the target, not met when below it."},
	ChartBaseline:       lang.Text{ID: "Garis tegak: skor baseline (%s).", EN: "Vertical marks: the baseline's scores (%s)."},

	HeadingSummary:   lang.Text{ID: "Ringkasan", EN: "Summary"},
	HeadingValues:    lang.Text{ID: "Tujuh nilai dasar", EN: "The seven core values"},
	HeadingFocus:     lang.Text{ID: "Fokus perbaikan", EN: "Improvement focus"},
	HeadingCulture:   lang.Text{ID: "Entropi budaya dan keselarasan nilai", EN: "Cultural entropy and values alignment"},
	HeadingMethods:   lang.Text{ID: "Metode dan aturan", EN: "Methods and rules"},
	RespondentsLabel: lang.Text{ID: "Responden", EN: "Respondents"},
	FocusSentence:    lang.Text{ID: "Nilai dengan skor terendah, %s (%s), dan tiga panduan perilakunya:", EN: "The value with the lowest score, %s (%s), and its three behaviour guidelines:"},
	ColumnCode:       lang.Text{ID: "Kode", EN: "Code"},
	ColumnValue:      lang.Text{ID: "Nilai", EN: "Value"},
	ColumnScore:      lang.Text{ID: "Skor", EN: "Score"},
	ColumnCategory:   lang.Text{ID: "Kategori", EN: "Category"},
	ColumnBehaviour:  lang.Text{ID: "Perilaku", EN: "Behaviour"},
	MethodsIntro:     lang.Text{ID: "Aturan yang dipakai laporan ini, dengan statusnya (resmi: ditetapkan regulasi atau kementerian; turunan: diturunkan dari angka yang dipublikasikan; bawaan pustaka: tidak ada sumber publik, dapat diubah) dan sumbernya, menurut daftar aturan dalam dokumentasi paket github.com/go-asn/berakhlak.", EN: "The rules this report used, with their status (official: set by a regulation or the ministry; derived: worked out from published figures; library default: no public source, can be changed) and their source, after the rule register in the documentation of the package github.com/go-asn/berakhlak."},
	SampleNote:       lang.Text{ID: "Data contoh bawaan ini rekaan, dibuat oleh pembangkit acak dengan benih (seed) tetap (berakhlaktest.ReportSample); tidak menggambarkan instansi mana pun.", EN: "The embedded sample's data is invented, written by a random generator with a fixed seed (berakhlaktest.ReportSample); it describes no real agency."},

	ChartDesc:     lang.Text{ID: "Diagram batang skor tujuh nilai dan Indeks BerAKHLAK (0–100), diwarnai menurut kategori: %s.", EN: "Bar chart of the seven value scores and the Indeks BerAKHLAK (0–100), coloured by category: %s."},
	ChartDescItem: lang.Text{ID: "%s %s, kategori %s", EN: "%s %s, category %s"},

	ErrArguments:           lang.Text{ID: "argumen tak terduga %q", EN: "unexpected arguments %q"},
	ErrProfileWith:         lang.Text{ID: "-profile tidak dapat digabung dengan -in atau -instrument", EN: "-profile cannot be combined with -in or -instrument"},
	ErrNegativeEmployees:   lang.Text{ID: "-employees %d negatif", EN: "-employees %d is negative"},
	ErrManyEmployees:       lang.Text{ID: "-employees %d lebih dari %s, populasi terbesar suatu minimum", EN: "-employees %d is more than %s, the largest population of a minimum"},
	ErrPicks:               lang.Text{ID: "-picks %d: seharusnya sekurang-kurangnya 1", EN: "-picks %d: want at least 1"},
	ErrInstrumentNeedsIn:   lang.Text{ID: "-instrument memerlukan -in (contoh bawaan punya instrumennya sendiri)", EN: "-instrument needs -in (the embedded sample has its own instrument)"},
	ErrBothStdin:           lang.Text{ID: "-in dan -instrument tidak dapat sama-sama membaca masukan standar", EN: "-in and -instrument cannot both read standard input"},
	ErrInstrument:          lang.Text{ID: "instrumen: %w", EN: "instrument: %w"},
	ErrRefused:             lang.Text{ID: "tidak ada indeks yang diterbitkan: %s responden, %s diperlukan (%s)", EN: "no index published: %s respondents, %s required (%s)"},
	ErrRefusedBecause:      lang.Text{ID: "tidak ada indeks yang diterbitkan: %w", EN: "no index published: %w"},
	ErrTargetNeedsBaseline: lang.Text{ID: "-target memerlukan -baseline (target dinilai terhadap perubahan dari baseline)", EN: "-target needs -baseline (targets are judged on the change from the baseline)"},
	ErrOverEmployees:       lang.Text{ID: "-employees %s lebih kecil dari jumlah responden: %w", EN: "-employees %s is smaller than the respondents: %w"},
}
