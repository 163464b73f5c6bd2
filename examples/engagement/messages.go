package main

import "github.com/go-asn/berakhlak/internal/lang"

// messages is every piece of prose the program writes, in both languages:
// the report's headings, labels and notes, and the program's own error
// messages. Numbers are passed as %s arguments already written by
// lang.Int or lang.Fixed. "Employee Engagement", "eNPS" and Cronbach's
// "alpha" are the names KemenPANRB uses in both languages.
type messages struct {
	// The report.
	Title           lang.Text
	SampleSource    lang.Text
	Respondents     lang.Text
	Index           lang.Text
	Mean            lang.Text
	DimensionHeader lang.Text
	DimensionRow    lang.Text
	Alpha           lang.Text
	AlphaOneItem    lang.Text
	AlphaFew        lang.Text
	AlphaNoVariance lang.Text
	Segments        lang.Text
	ENPS            lang.Text
	Units           lang.Text
	UnitIndex       lang.Text
	UnitNoIndex     lang.Text
	UnitBelow       lang.Text
	UnitResidual    lang.Text

	// The program's own errors.
	UnexpectedArgs lang.Text
	NeedInstrument lang.Text
	BothStdin      lang.Text
	NoItems        lang.Text
	Refused        lang.Text
	RefusedMinimum lang.Text
}

// msg is the program's message table, the only place its prose is kept.
var msg = messages{
	Title: lang.Text{
		ID: "Employee Engagement — %s\n\n",
		EN: "Employee Engagement — %s\n\n",
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
		ID: "%s\t%s\t%s%%\t%s\n",
		EN: "%s\t%s\t%s%%\t%s\n",
	},
	Alpha: lang.Text{
		ID: "%s (n=%s)",
		EN: "%s (n=%s)",
	},
	AlphaOneItem: lang.Text{
		ID: "tidak ada: dimensi ini hanya satu butir",
		EN: "none: the dimension has one item",
	},
	AlphaFew: lang.Text{
		ID: "tidak ada: responden yang menjawab semua butir kurang dari dua (n=%s)",
		EN: "none: fewer than two respondents answered every item (n=%s)",
	},
	AlphaNoVariance: lang.Text{
		ID: "tidak ada: semua responden lengkap memiliki total yang sama (n=%s)",
		EN: "none: every complete respondent has the same total (n=%s)",
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
		ID: "  %s\t%s responden\ttidak dilaporkan (%s responden, di bawah ambang kerahasiaan %s)\n",
		EN: "  %s\t%s respondents\tnot reported (%s respondents, below the confidentiality threshold of %s)\n",
	},
	UnitResidual: lang.Text{
		ID: "  %s\t%s responden\ttidak dilaporkan (supresi komplementer: bila dilaporkan, selisihnya akan mengungkap %s responden yang tidak termasuk unit mana pun yang dilaporkan)\n",
		EN: "  %s\t%s respondents\tnot reported (complementary suppression: published, it would reveal by difference the %s respondents in no published subgroup)\n",
	},

	UnexpectedArgs: lang.Text{
		ID: "engagement: argumen tak terduga %q\n",
		EN: "engagement: unexpected arguments %q\n",
	},
	NeedInstrument: lang.Text{
		ID: "-in memerlukan -instrument",
		EN: "-in needs -instrument",
	},
	BothStdin: lang.Text{
		ID: "-in dan -instrument tidak dapat sama-sama membaca masukan standar",
		EN: "-in and -instrument cannot both read standard input",
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
