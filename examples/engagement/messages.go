package main

import "github.com/go-asn/berakhlak/examples/internal/lang"

// messages is every piece of prose the program writes, in both languages:
// the report's headings, labels and notes, and the program's own error
// messages. Numbers are passed as %s arguments already written by
// lang.Int or lang.Fixed. "Employee Engagement", "eNPS" and Cronbach's
// "alpha" are the names KemenPANRB uses in both languages.
type messages struct {
	// The report.
	Title                                                lang.Text
	SampleSource                                         lang.Text
	Respondents                                          lang.Text
	Index                                                lang.Text
	Mean                                                 lang.Text
	DimensionHeader                                      lang.Text
	DimensionRow                                         lang.Text
	DimensionWithheld, AlphaWithheld, BadConfidentiality lang.Text
	Alpha                                                lang.Text
	AlphaOneItem                                         lang.Text
	AlphaFew                                             lang.Text
	AlphaNoVariance                                      lang.Text
	Segments                                             lang.Text
	ENPS                                                 lang.Text
	Units                                                lang.Text
	UnitIndex                                            lang.Text
	UnitNoIndex                                          lang.Text
	UnitBelow                                            lang.Text
	UnitResidual                                         lang.Text

	// The HTML report: headings, labels, columns, notes and the chart.
	Period, SampleNote                                                   lang.Text
	HeadingSummary, HeadingDimensions, HeadingSegments, HeadingENPS      lang.Text
	HeadingUnits, HeadingMethods                                         lang.Text
	LabelRespondents, LabelIndex, LabelMean                              lang.Text
	ValueRespondents, ValueIndex, ValueMean, Percent                     lang.Text
	ColumnDimension, ColumnMean, ColumnFavourable, ColumnAlpha           lang.Text
	ColumnSegment, ColumnCriterion, ColumnRespondents                    lang.Text
	ColumnUnit, ColumnIndex, ColumnNote                                  lang.Text
	SegmentEngaged, SegmentNeutral, SegmentDisengaged, SegmentUnscored   lang.Text
	CriterionEngaged, CriterionNeutral, CriterionDisengaged              lang.Text
	CriterionUnscored                                                    lang.Text
	ENPSScore, ENPSPromoters, ENPSPassives, ENPSDetractors, ENPSNoAnswer lang.Text
	ENPSNone, UnitsIntro, NoteBelow, NoteResidual, NoteNoIndex, NoUnits  lang.Text
	MethodsIntro, MethodsInstrument, MethodsMinimum, MethodsOwnMinimum   lang.Text
	ChartTitle, ChartDesc, ChartItem, ChartIndex                         lang.Text

	// The comparison with the baseline (-baseline).
	BaselineHeading, BaselineRespondents, ChangeNote, ChartBaseline, ChartItemBaseline   lang.Text
	ColumnBaseline, ColumnNow, ColumnChange, ColumnInterval, ColumnVerdict               lang.Text
	IntervalRange, VerdictUp, VerdictDown, VerdictNone                                   lang.Text
	NoChangeBaseline, NoChangeBaselineWithheld, NoChangeCurrent, NoChangeCurrentWithheld lang.Text

	// The program's own errors.
	UnexpectedArgs    lang.Text
	NeedInstrument    lang.Text
	InstrumentNeedsIn lang.Text
	BothStdin         lang.Text
	BaselineStdin     lang.Text
	BothSamples       lang.Text
	BadMinimum        lang.Text
	NoItems           lang.Text
	Refused           lang.Text
	RefusedMinimum    lang.Text
}

// msg is the program's message table, the only place its prose is kept.
var msg = messages{
	Title: lang.Text{
		ID: "Employee Engagement — %s",
		EN: "Employee Engagement — %s",
	},
	Period: lang.Text{
		ID: "Periode survei: %s",
		EN: "Survey period: %s",
	},
	SampleNote: lang.Text{
		ID: "Data contoh ini rekaan, ditulis oleh pembangkit berbenih program ini (-write-sample); tidak menggambarkan instansi mana pun.",
		EN: "This sample's data is invented, written by the program's seeded generator (-write-sample); it describes no real agency.",
	},
	SampleSource: lang.Text{
		ID: "sample.csv (tersemat, data rekaan)",
		EN: "sample.csv (embedded, invented)",
	},
	Respondents: lang.Text{
		ID: "Responden: %s (minimum %s: terpenuhi)\n",
		EN: "Respondents: %s (minimum %s: met)\n",
	},
	Index: lang.Text{
		ID: "Indeks engagement (persentase jawaban favorabel, dua pilihan teratas; bawaan pustaka): %s%%\n",
		EN: "Engagement index (percent favourable, top two boxes; library default): %s%%\n",
	},
	Mean: lang.Text{
		ID: "Rata-rata jawaban: %s pada skala 1–5\n\n",
		EN: "Mean answer: %s on 1–5\n\n",
	},
	DimensionHeader: lang.Text{
		ID: "Dimensi\tRata-rata\tFavorabel\tAlpha\n",
		EN: "Dimension\tMean\tFavourable\tAlpha\n",
	},
	DimensionRow: lang.Text{
		ID: "%s\t%s\t%s\t%s\n",
		EN: "%s\t%s\t%s\t%s\n",
	},
	DimensionWithheld: lang.Text{
		ID: "tidak diterbitkan: kurang dari %s jawaban (ambang kerahasiaan)",
		EN: "not published: fewer than %s answers (confidentiality threshold)",
	},
	AlphaWithheld: lang.Text{
		ID: "tidak diterbitkan: %s responden yang menjawab semua butir, kurang dari ambang kerahasiaan %s",
		EN: "not published: %s respondents answered every item, fewer than the confidentiality threshold of %s",
	},
	BadConfidentiality: lang.Text{
		ID: "-confidentiality %d: ambang harus sedikitnya 1",
		EN: "-confidentiality %d: the threshold must be at least 1",
	},
	Alpha: lang.Text{
		ID: "%s (n=%s)",
		EN: "%s (n=%s)",
	},
	AlphaOneItem: lang.Text{
		ID: "tidak ada: dimensi ini hanya memiliki satu butir",
		EN: "none: the dimension has one item",
	},
	AlphaFew: lang.Text{
		ID: "tidak ada: kurang dari dua responden yang menjawab semua butir (n=%s)",
		EN: "none: fewer than two respondents answered every item (n=%s)",
	},
	AlphaNoVariance: lang.Text{
		ID: "tidak ada: semua responden yang menjawab semua butir memiliki total skor yang sama (n=%s)",
		EN: "none: every respondent who answered every item has the same total (n=%s)",
	},
	Segments: lang.Text{
		ID: "\nSegmen responden (menurut rata-rata jawaban): engaged ≥ 4,0: %s; netral 3,0–3,99: %s; disengaged < 3,0: %s\n",
		EN: "\nSegments (mean answer): engaged ≥ 4.0: %s; neutral 3.0–3.99: %s; disengaged < 3.0: %s\n",
	},
	ENPS: lang.Text{
		ID: "eNPS: %s (promotor %s, pasif %s, detraktor %s, tidak menjawab %s)\n",
		EN: "eNPS: %s (promoters %s, passives %s, detractors %s, no answer %s)\n",
	},
	Units: lang.Text{
		ID: "\nUnit kerja (angka hanya ditampilkan untuk unit dengan sedikitnya %s responden, dan tidak untuk unit yang dapat mengungkap unit yang lebih kecil):\n",
		EN: "\nUnits (figures only for %s or more respondents, and none that would reveal a smaller unit):\n",
	},
	UnitIndex: lang.Text{
		ID: "  %s\t%s responden\tindeks %s%%\n",
		EN: "  %s\t%s respondents\tindex %s%%\n",
	},
	UnitNoIndex: lang.Text{
		ID: "  %s\t%s responden\ttidak ada indeks (tidak ada butir yang dijawab)\n",
		EN: "  %s\t%s respondents\tno index (no item answered)\n",
	},
	UnitBelow: lang.Text{
		ID: "  %s\t%s responden\ttidak dilaporkan (di bawah ambang kerahasiaan %s)\n",
		EN: "  %s\t%s respondents\tnot reported (below the confidentiality threshold of %s)\n",
	},
	UnitResidual: lang.Text{
		ID: "  %s\t%s responden\ttidak dilaporkan (supresi komplementer: bila dilaporkan, selisihnya akan mengungkap %s responden yang tidak termasuk unit mana pun yang dilaporkan)\n",
		EN: "  %s\t%s respondents\tnot reported (complementary suppression: published, it would reveal by difference the %s respondents in no published unit)\n",
	},

	HeadingSummary:    lang.Text{ID: "Ringkasan", EN: "Summary"},
	HeadingDimensions: lang.Text{ID: "Dimensi", EN: "Dimensions"},
	HeadingSegments:   lang.Text{ID: "Segmen responden", EN: "Segments"},
	HeadingENPS:       lang.Text{ID: "eNPS", EN: "eNPS"},
	HeadingUnits:      lang.Text{ID: "Unit kerja", EN: "Units"},
	HeadingMethods:    lang.Text{ID: "Metode dan aturan", EN: "Methods and rules"},

	LabelRespondents: lang.Text{ID: "Responden", EN: "Respondents"},
	LabelIndex:       lang.Text{ID: "Indeks engagement", EN: "Engagement index"},
	LabelMean:        lang.Text{ID: "Rata-rata jawaban", EN: "Mean answer"},
	ValueRespondents: lang.Text{ID: "%s (minimum %s: terpenuhi)", EN: "%s (minimum %s: met)"},
	ValueIndex:       lang.Text{ID: "persentase jawaban favorabel, dua pilihan teratas; bawaan pustaka", EN: "percent favourable, top two boxes; library default"},
	ValueMean:        lang.Text{ID: "%s pada skala 1–5", EN: "%s on 1–5"},
	Percent:          lang.Text{ID: "%s%%", EN: "%s%%"},

	ColumnDimension:   lang.Text{ID: "Dimensi", EN: "Dimension"},
	ColumnMean:        lang.Text{ID: "Rata-rata", EN: "Mean"},
	ColumnFavourable:  lang.Text{ID: "Favorabel", EN: "Favourable"},
	ColumnAlpha:       lang.Text{ID: "Alpha (n)", EN: "Alpha (n)"},
	ColumnSegment:     lang.Text{ID: "Segmen", EN: "Segment"},
	ColumnCriterion:   lang.Text{ID: "Rata-rata jawaban", EN: "Mean answer"},
	ColumnRespondents: lang.Text{ID: "Responden", EN: "Respondents"},
	ColumnUnit:        lang.Text{ID: "Unit", EN: "Unit"},
	ColumnIndex:       lang.Text{ID: "Indeks", EN: "Index"},
	ColumnNote:        lang.Text{ID: "Keterangan", EN: "Note"},

	SegmentEngaged:      lang.Text{ID: "Engaged", EN: "Engaged"},
	SegmentNeutral:      lang.Text{ID: "Netral", EN: "Neutral"},
	SegmentDisengaged:   lang.Text{ID: "Disengaged", EN: "Disengaged"},
	SegmentUnscored:     lang.Text{ID: "Tanpa skor", EN: "Unscored"},
	CriterionEngaged:    lang.Text{ID: "≥ 4,0", EN: "≥ 4.0"},
	CriterionNeutral:    lang.Text{ID: "3,0–3,99", EN: "3.0–3.99"},
	CriterionDisengaged: lang.Text{ID: "< 3,0", EN: "< 3.0"},
	CriterionUnscored:   lang.Text{ID: "hanya menjawab butir rekomendasi", EN: "answered only the recommendation item"},

	ENPSScore:      lang.Text{ID: "eNPS (% promotor − % detraktor)", EN: "eNPS (% promoters − % detractors)"},
	ENPSPromoters:  lang.Text{ID: "Promotor (9–10)", EN: "Promoters (9–10)"},
	ENPSPassives:   lang.Text{ID: "Pasif (7–8)", EN: "Passives (7–8)"},
	ENPSDetractors: lang.Text{ID: "Detraktor (0–6)", EN: "Detractors (0–6)"},
	ENPSNoAnswer:   lang.Text{ID: "Tidak menjawab", EN: "No answer"},
	ENPSNone:       lang.Text{ID: "Tidak ada eNPS: ekspor tidak memuat kolom recommend, atau tidak ada yang menjawabnya.", EN: "No eNPS: the export has no recommend column, or no one answered it."},

	UnitsIntro:   lang.Text{ID: "Angka hanya ditampilkan untuk unit dengan sedikitnya %s responden, dan tidak untuk unit yang dapat mengungkap unit yang lebih kecil.", EN: "Figures only for units of %s or more respondents, and none for a unit that would reveal a smaller one."},
	NoteBelow:    lang.Text{ID: "tidak dilaporkan: %s responden, di bawah ambang kerahasiaan %s", EN: "not reported: %s respondents, below the confidentiality threshold of %s"},
	NoteResidual: lang.Text{ID: "tidak dilaporkan: supresi komplementer; bila dilaporkan, selisihnya akan mengungkap %s responden yang tidak termasuk unit mana pun yang dilaporkan", EN: "not reported: complementary suppression; published, it would reveal by difference the %s respondents in no published unit"},
	NoteNoIndex:  lang.Text{ID: "tidak ada indeks: tidak ada butir yang dijawab", EN: "no index: no item answered"},
	NoUnits:      lang.Text{ID: "Ekspor tidak memuat unit.", EN: "The export names no unit."},

	MethodsIntro:      lang.Text{ID: "Aturan yang dipakai laporan ini, dengan statusnya (resmi: ditetapkan regulasi atau kementerian; bawaan pustaka: tidak ada sumber publik, dapat diubah) dan sumbernya, menurut register aturan dalam dokumentasi paket github.com/go-asn/berakhlak.", EN: "The rules this report used, with their status (official: set by a regulation or the ministry; library default: no public source, can be changed) and their source, after the rule register in the documentation of the package github.com/go-asn/berakhlak."},
	MethodsInstrument: lang.Text{ID: "Butir, dimensi, dan kategori survei Employee Engagement tidak dipublikasikan: instrumen ditetapkan pengguna, dan pustaka tidak menyebut kata-kata mana pun sebagai resmi. Laporan ini memakai %s: %s butir dalam %s dimensi.", EN: "The items, dimensions and bands of the Employee Engagement survey are not published: the caller defines the instrument, and the library ships no wording as official. This report used %s: %s items in %s dimensions."},
	MethodsMinimum:    lang.Text{ID: "Minimum yang diperiksa: %s responden, minimum resmi.", EN: "The minimum checked: %s respondents, the official one."},
	MethodsOwnMinimum: lang.Text{ID: "Minimum yang diperiksa: %s responden, diberikan dengan -minimum; minimum resmi %s.", EN: "The minimum checked: %s respondents, given by -minimum; the official minimum is %s."},

	ChartTitle: lang.Text{ID: "Persentase jawaban favorabel per dimensi", EN: "Percent favourable by dimension"},
	ChartDesc:  lang.Text{ID: "Diagram batang horizontal, skala 0–100%%: %s.", EN: "Horizontal bar chart, scale 0–100%%: %s."},
	ChartItem:  lang.Text{ID: "%s %s%%", EN: "%s %s%%"},
	ChartIndex: lang.Text{ID: "Indeks engagement", EN: "Engagement index"},

	BaselineHeading:          lang.Text{ID: "Perbandingan dengan baseline (%s)", EN: "Comparison with the baseline (%s)"},
	BaselineRespondents:      lang.Text{ID: "Baseline: %s responden, diperiksa dengan minimum dan ambang kerahasiaan yang sama. Angka: persentase jawaban favorabel.", EN: "Baseline: %s respondents, checked against the same minimum and confidentiality threshold. Figures: percent favourable."},
	ChangeNote:               lang.Text{ID: "Selang perubahan: selisih ± 1,96 × √(se₁² + se₂²), kedua survei sebagai sampel yang saling bebas; naik atau turun hanya bila selangnya tidak memuat nol. Indeks dan dimensi menggabungkan beberapa butir yang dijawab responden yang sama, sehingga variansnya dibatasi dari atas: selangnya tidak pernah lebih sempit dari yang sebenarnya. Populasi tidak diketahui (minimum tetap): tanpa koreksi populasi terhingga.", EN: "The change's interval: the difference ± 1.96 × √(se₁² + se₂²), the two surveys taken as independent samples; up or down only when the interval excludes zero. The index and the dimensions combine several items that the same respondents answered, so their variance is bounded from above: the interval is never narrower than the true one. The population is unknown (a fixed minimum): no finite-population correction."},
	ChartBaseline:            lang.Text{ID: "Garis tegak pada batang: angka baseline.", EN: "Vertical marks on the bars: the baseline's figures."},
	ChartItemBaseline:        lang.Text{ID: "%s %s%% (baseline %s%%)", EN: "%s %s%% (baseline %s%%)"},
	ColumnBaseline:           lang.Text{ID: "Baseline", EN: "Baseline"},
	ColumnNow:                lang.Text{ID: "Sekarang", EN: "Now"},
	ColumnChange:             lang.Text{ID: "Perubahan", EN: "Change"},
	ColumnInterval:           lang.Text{ID: "Selang 95%%", EN: "95%% interval"},
	ColumnVerdict:            lang.Text{ID: "Kesimpulan", EN: "Verdict"},
	IntervalRange:            lang.Text{ID: "%s s.d. %s", EN: "%s to %s"},
	VerdictUp:                lang.Text{ID: "naik", EN: "up"},
	VerdictDown:              lang.Text{ID: "turun", EN: "down"},
	VerdictNone:              lang.Text{ID: "tidak ada perubahan terukur", EN: "no measurable change"},
	NoChangeBaseline:         lang.Text{ID: "tidak dibandingkan: baseline tidak punya angka (tidak ada jawaban)", EN: "not compared: the baseline has no figure (no answers)"},
	NoChangeBaselineWithheld: lang.Text{ID: "tidak dibandingkan: angka baseline tidak diterbitkan (ambang kerahasiaan)", EN: "not compared: the baseline's figure is not published (confidentiality threshold)"},
	NoChangeCurrent:          lang.Text{ID: "tidak dibandingkan: survei sekarang tidak punya angka (tidak ada jawaban)", EN: "not compared: this survey has no figure (no answers)"},
	NoChangeCurrentWithheld:  lang.Text{ID: "tidak dibandingkan: angka survei sekarang tidak diterbitkan (ambang kerahasiaan)", EN: "not compared: this survey's figure is not published (confidentiality threshold)"},

	UnexpectedArgs: lang.Text{
		ID: "engagement: argumen tak terduga %q\n",
		EN: "engagement: unexpected arguments %q\n",
	},
	NeedInstrument: lang.Text{
		ID: "-in memerlukan -instrument",
		EN: "-in needs -instrument",
	},
	InstrumentNeedsIn: lang.Text{
		ID: "-instrument memerlukan -in (contoh bawaan punya instrumennya sendiri)",
		EN: "-instrument needs -in (the embedded sample has its own instrument)",
	},
	BothStdin: lang.Text{
		ID: "-in dan -instrument tidak dapat sama-sama membaca masukan standar",
		EN: "-in and -instrument cannot both read standard input",
	},
	BaselineStdin: lang.Text{
		ID: "-baseline tidak dapat membaca masukan standar bersama -in atau -instrument",
		EN: "-baseline cannot read standard input with -in or -instrument",
	},
	BothSamples: lang.Text{
		ID: "-write-sample dan -write-baseline-sample tidak dapat dipakai bersama",
		EN: "-write-sample and -write-baseline-sample cannot go together",
	},
	BadMinimum: lang.Text{
		ID: "-minimum %d: seharusnya sekurang-kurangnya 1",
		EN: "-minimum %d: want at least 1",
	},
	NoItems: lang.Text{
		ID: "%s: tidak ada butir",
		EN: "%s: no items",
	},
	Refused: lang.Text{
		ID: "angka tidak diterbitkan: %w",
		EN: "no figures published: %w",
	},
	RefusedMinimum: lang.Text{
		ID: "angka tidak diterbitkan: %s responden, minimum %s tidak terpenuhi",
		EN: "no figures published: %s respondents, fewer than the %s required",
	},
}
