package main

import "github.com/go-asn/berakhlak/examples/internal/lang"

// messages is every piece of prose the program writes, in both languages:
// the report's headings, labels and notes, and the program's own error
// messages. Numbers are passed as %s arguments already written by
// lang.Int or lang.Fixed. The official terms of PermenPANRB No. 14 Tahun
// 2017 (Indeks Kepuasan Masyarakat, unsur, NRR, mutu pelayanan, kinerja
// unit pelayanan and its labels) stay as they are in both languages.
type messages struct {
	// The report.
	Title           lang.Text
	SampleSource    lang.Text
	Respondents     lang.Text
	Header          lang.Text
	Row             lang.Text
	Index           lang.Text
	Instrument      lang.Text
	GroupsTitle     lang.Text
	GroupsHeader    lang.Text
	GroupRow        lang.Text
	GroupSuppressed lang.Text
	GroupsNote      lang.Text
	ProfileTitle    lang.Text
	ProfileRow      lang.Text
	ProfileBlank    lang.Text
	Note            lang.Text

	// The program's own errors.
	UnexpectedArgs lang.Text
	NeedPopulation lang.Text
	BadPopulation  lang.Text
	OverPopulation lang.Text
	Refused        lang.Text
	RefusedMinimum lang.Text
	BadNRRPlaces   lang.Text
}

// msg is the program's message table, the only place its prose is kept.
var msg = messages{
	Title: lang.Text{
		ID: "Indeks Kepuasan Masyarakat — %s\n\n",
		EN: "Indeks Kepuasan Masyarakat — %s\n\n",
	},
	SampleSource: lang.Text{
		ID: "sample.csv (tersemat, data rekaan)",
		EN: "sample.csv (embedded, invented)",
	},
	Respondents: lang.Text{
		ID: "Responden: %s (minimum %s menurut Krejcie–Morgan untuk populasi %s: terpenuhi)\n\n",
		EN: "Respondents: %s (minimum %s by Krejcie–Morgan for a population of %s: met)\n\n",
	},
	Header: lang.Text{
		ID: "Unsur\t\tNRR\tNRR×25\tMutu\tJawaban\tKosong\n",
		EN: "Unsur\t\tNRR\tNRR×25\tMutu\tAnswers\tBlank\n",
	},
	Row: lang.Text{
		ID: "%s\t%s\t%s\t%s\t%s\t%s\t%s\n",
		EN: "%s\t%s\t%s\t%s\t%s\t%s\t%s\n",
	},
	Index: lang.Text{
		ID: "\nIKM: %s — mutu pelayanan %s, kinerja unit pelayanan %s\n",
		EN: "\nIKM: %s — mutu pelayanan %s, kinerja unit pelayanan %s\n",
	},
	Instrument: lang.Text{
		ID: "Instrumen: %s (sudah dicabut)\n",
		EN: "Instrument: %s (superseded)\n",
	},
	GroupsTitle: lang.Text{
		ID: "\nPer kelompok (%s), masing-masing dari respondennya sendiri:\n",
		EN: "\nPer group (%s), each from its own respondents:\n",
	},
	GroupsHeader: lang.Text{
		ID: "Kelompok\tResponden\tIKM\tMutu\n",
		EN: "Group\tRespondents\tIKM\tMutu\n",
	},
	GroupRow: lang.Text{
		ID: "%s\t%s\t%s\t%s\n",
		EN: "%s\t%s\t%s\t%s\n",
	},
	GroupSuppressed: lang.Text{
		ID: "%s\t%s\t—\t(tidak diterbitkan: %s)\n",
		EN: "%s\t%s\t—\t(not published: %s)\n",
	},
	GroupsNote: lang.Text{
		ID: "(IKM unit dihitung dari semua responden, bukan rata-rata IKM kelompok)\n",
		EN: "(the unit's IKM pools all respondents; it is not the mean of the groups' indices)\n",
	},
	ProfileTitle: lang.Text{
		ID: "\nProfil responden:\n",
		EN: "\nRespondent profile:\n",
	},
	ProfileRow: lang.Text{
		ID: "%s\t%s\t%s\n",
		EN: "%s\t%s\t%s\n",
	},
	ProfileBlank: lang.Text{
		ID: "(tidak diisi)",
		EN: "(blank)",
	},
	Note: lang.Text{
		ID: "\n(bobot tepat 1/9, dibulatkan satu kali ke 2 angka desimal dengan pembulatan setengah ke atas: bawaan pustaka; NRR ditampilkan dengan %s desimal)\n",
		EN: "\n(weight exactly 1/9, rounded once half-up to 2 places: library defaults; NRR shown to %s places)\n",
	},

	UnexpectedArgs: lang.Text{
		ID: "ikm: argumen tak terduga %q\n",
		EN: "ikm: unexpected arguments %q\n",
	},
	NeedPopulation: lang.Text{
		ID: "-in memerlukan -population, jumlah orang yang dilayani unit",
		EN: "-in needs -population, the number of people the unit served",
	},
	BadPopulation: lang.Text{
		ID: "-population %d: seharusnya 1 sampai %s",
		EN: "-population %d: want 1 to %s",
	},
	OverPopulation: lang.Text{
		ID: "-population %s lebih kecil dari jumlah responden: %w",
		EN: "-population %s is smaller than the respondents: %w",
	},
	Refused: lang.Text{
		ID: "IKM tidak diterbitkan: %w",
		EN: "no IKM published: %w",
	},
	BadNRRPlaces: lang.Text{
		ID: "-nrr-places %d: seharusnya 0 sampai 9",
		EN: "-nrr-places %d: want 0 to 9",
	},
	RefusedMinimum: lang.Text{
		ID: "IKM tidak diterbitkan: %s responden, minimum %s tidak terpenuhi",
		EN: "no IKM published: %s respondents, fewer than the %s required",
	},
}
