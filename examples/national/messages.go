package main

import "github.com/go-asn/berakhlak/examples/internal/lang"

// messages is every piece of prose the program writes, in both languages:
// the report's headings, labels and notes, and the program's own error
// messages. Numbers are passed as %s arguments already written by
// lang.Int or lang.Fixed. The official names (Indeks BerAKHLAK, the seven
// values and their codes, the category labels such as "Cukup Sehat")
// stay as they are in both languages.
type messages struct {
	// The report.
	Title        lang.Text
	SampleSource lang.Text
	Index        lang.Text
	ValueRow     lang.Text
	Included     lang.Text
	Excluded     lang.Text
	Unit         lang.Text
	Below        lang.Text

	// The program's own errors.
	UnexpectedArgs lang.Text
	BadMargin      lang.Text
	NoUnits        lang.Text
	NoneQualifies  lang.Text
}

// msg is the program's message table, the only place its prose is kept.
var msg = messages{
	Title: lang.Text{
		ID: "Indeks BerAKHLAK Nasional — %s\n\n",
		EN: "National Indeks BerAKHLAK — %s\n\n",
	},
	SampleSource: lang.Text{
		ID: "sample.csv (tersemat, instansi rekaan)",
		EN: "sample.csv (embedded, invented units)",
	},
	Index: lang.Text{
		ID: "Indeks: %s  %s (rata-rata tak berbobot atas %s dari %s instansi)\n\n",
		EN: "Index: %s  %s (unweighted mean of %s of %s units)\n\n",
	},
	ValueRow: lang.Text{
		ID: "  %-2s %-22s %5s\n",
		EN: "  %-2s %-22s %5s\n",
	},
	Included: lang.Text{
		ID: "\nInstansi yang dihitung (%s):\n",
		EN: "\nIncluded (%s):\n",
	},
	Excluded: lang.Text{
		ID: "\nInstansi yang tidak dihitung (%s):\n",
		EN: "\nExcluded (%s):\n",
	},
	Unit: lang.Text{
		ID: "  %s\n",
		EN: "  %s\n",
	},
	Below: lang.Text{
		ID: "  %s: %s responden, kurang dari minimum %s (Slovin, margin %s%%, populasi %s pegawai)\n",
		EN: "  %s: %s respondents, %s required (Slovin, %s%% margin, population %s)\n",
	},

	UnexpectedArgs: lang.Text{
		ID: "national: argumen tak terduga %q\n",
		EN: "national: unexpected arguments %q\n",
	},
	BadMargin: lang.Text{
		ID: "-margin %d di luar 1–50",
		EN: "-margin %d outside 1–50",
	},
	NoUnits: lang.Text{
		ID: "%s: tidak ada instansi",
		EN: "%s: no units",
	},
	NoneQualifies: lang.Text{
		ID: "indeks nasional tidak diterbitkan: tidak satu pun dari %s instansi memenuhi jumlah minimum respondennya",
		EN: "no national index: none of the %s units met its minimum",
	},
}
