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
	Period          lang.Text
	SampleNote      lang.Text

	// The HTML page (-html): headings, labels and sentences; the template
	// reads the labels as {{.M.Name}}.
	PageTitle                                                           lang.Text
	HeadingSummary, HeadingUnsur, HeadingPriority, HeadingGroups        lang.Text
	HeadingProfile, HeadingMethods                                      lang.Text
	LabelRespondents, LabelMutu, LabelKinerja, LabelInstrument          lang.Text
	ValueRespondents, ValueInstrument                                   lang.Text
	ColumnCode, ColumnUnsur, ColumnNRR, ColumnWeighted, ColumnConverted lang.Text
	ColumnMutu, ColumnAnswers, ColumnGroup                              lang.Text
	TotalRow                                                            lang.Text
	ChartTitle, ChartDesc, ChartItem, ChartSource                       lang.Text
	PriorityOne, PriorityTied, PriorityItem                             lang.Text
	GroupsIntro, GroupsPooled, GroupNotPublished                        lang.Text
	ProfileIntro                                                        lang.Text
	MethodsWeight, MethodsNRRPlaces, MethodsIntro                       lang.Text

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
		ID: "Indeks Kepuasan Masyarakat — %s\n",
		EN: "Indeks Kepuasan Masyarakat — %s\n",
	},
	Period: lang.Text{
		ID: "Periode survei: %s",
		EN: "Survey period: %s",
	},
	SampleNote: lang.Text{
		ID: "Data contoh ini rekaan, ditulis oleh pembangkit berbenih program ini (-write-sample); tidak menggambarkan unit pelayanan mana pun.",
		EN: "This sample's data is invented, written by the program's seeded generator (-write-sample); it describes no real service unit.",
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

	PageTitle:         lang.Text{ID: "Laporan Hasil Survei Kepuasan Masyarakat — %s", EN: "Survei Kepuasan Masyarakat report — %s"},
	HeadingSummary:    lang.Text{ID: "Ringkasan", EN: "Summary"},
	HeadingUnsur:      lang.Text{ID: "Nilai per unsur", EN: "Results per unsur"},
	HeadingPriority:   lang.Text{ID: "Prioritas perbaikan", EN: "Priority for improvement"},
	HeadingGroups:     lang.Text{ID: "Hasil per jenis layanan", EN: "Results per service"},
	HeadingProfile:    lang.Text{ID: "Profil responden", EN: "Respondent profile"},
	HeadingMethods:    lang.Text{ID: "Metode dan aturan", EN: "Methods and rules"},
	LabelRespondents:  lang.Text{ID: "Responden", EN: "Respondents"},
	LabelMutu:         lang.Text{ID: "Mutu pelayanan", EN: "Mutu pelayanan"},
	LabelKinerja:      lang.Text{ID: "Kinerja unit pelayanan", EN: "Kinerja unit pelayanan"},
	LabelInstrument:   lang.Text{ID: "Instrumen", EN: "Instrument"},
	ValueRespondents:  lang.Text{ID: "%s (minimum %s menurut Krejcie–Morgan untuk populasi %s: terpenuhi)", EN: "%s (minimum %s by Krejcie–Morgan for a population of %s: met)"},
	ValueInstrument:   lang.Text{ID: "%s (sudah dicabut)", EN: "%s (superseded)"},
	ColumnCode:        lang.Text{ID: "Kode", EN: "Code"},
	ColumnUnsur:       lang.Text{ID: "Unsur", EN: "Unsur"},
	ColumnNRR:         lang.Text{ID: "NRR", EN: "NRR"},
	ColumnWeighted:    lang.Text{ID: "NRR tertimbang", EN: "NRR tertimbang"},
	ColumnConverted:   lang.Text{ID: "NRR × 25", EN: "NRR × 25"},
	ColumnMutu:        lang.Text{ID: "Mutu", EN: "Mutu"},
	ColumnAnswers:     lang.Text{ID: "Jawaban", EN: "Answers"},
	ColumnGroup:       lang.Text{ID: "Jenis layanan", EN: "Service"},
	TotalRow:          lang.Text{ID: "IKM (jumlah NRR tertimbang × 25)", EN: "IKM (the sum of NRR tertimbang × 25)"},
	ChartTitle:        lang.Text{ID: "Nilai konversi (NRR × 25) per unsur dan IKM", EN: "The converted value (NRR × 25) of each unsur and the IKM"},
	ChartDesc:         lang.Text{ID: "Diagram batang nilai konversi tiap unsur dan IKM pada skala 25–100, diwarnai menurut mutu: %s.", EN: "Bar chart of the converted value of each unsur and of the IKM on 25–100, coloured by mutu: %s."},
	ChartItem:         lang.Text{ID: "%s %s, mutu %s", EN: "%s %s, mutu %s"},
	ChartSource:       lang.Text{ID: "Mutu: PermenPANRB No. 14 Tahun 2017", EN: "Mutu: PermenPANRB No. 14 Tahun 2017"},
	PriorityOne:       lang.Text{ID: "Unsur dengan NRR terendah menjadi prioritas perbaikan:", EN: "The unsur with the lowest NRR is the priority for improvement:"},
	PriorityTied:      lang.Text{ID: "%s unsur sama-sama memiliki NRR terendah (sama persis, bukan hanya setelah pembulatan); semuanya menjadi prioritas perbaikan:", EN: "%s unsur share the lowest NRR (exactly, not only once rounded); each is a priority for improvement:"},
	PriorityItem:      lang.Text{ID: "%s %s: NRR %s, nilai konversi %s, mutu %s", EN: "%s %s: NRR %s, converted value %s, mutu %s"},
	GroupsIntro:       lang.Text{ID: "Kelompok dari kolom %s. IKM tiap layanan dihitung dari respondennya sendiri; layanan dengan kurang dari 5 responden, atau kurang dari 5 jawaban pada suatu unsur, hanya dilaporkan jumlahnya.", EN: "Groups of the column %s. Each service's IKM is computed from its own respondents; a service with fewer than 5 respondents, or fewer than 5 answers to an unsur, reports only its count."},
	GroupsPooled:      lang.Text{ID: "IKM unit dihitung dari semua responden, bukan rata-rata IKM layanan.", EN: "The unit's IKM pools all respondents; it is not the mean of the services' indices."},
	GroupNotPublished: lang.Text{ID: "tidak diterbitkan: %s", EN: "not published: %s"},
	ProfileIntro:      lang.Text{ID: "Jumlah responden menurut data profil yang diisi.", EN: "Respondents counted by the profile they gave."},
	MethodsWeight:     lang.Text{ID: "IKM = Σ (NRR × bobot) × 25 atas sembilan unsur, dengan bobot tepat 1/9, dibulatkan satu kali ke 2 desimal dengan pembulatan setengah ke atas; NRR tertimbang = NRR × 1/9. IKM dihitung dari NRR eksak, bukan dari NRR yang ditampilkan.", EN: "IKM = Σ (NRR × weight) × 25 over the nine unsur, with the weight exactly 1/9, rounded once half-up to 2 places; NRR tertimbang = NRR × 1/9. The IKM is computed from the exact NRR, not from the NRR shown."},
	MethodsNRRPlaces:  lang.Text{ID: "NRR dan NRR tertimbang ditampilkan dengan %s desimal atas permintaan -nrr-places; laporan instansi biasanya mencetak 3.", EN: "NRR and NRR tertimbang are shown to %s places, as -nrr-places asked; agency reports print 3."},
	MethodsIntro:      lang.Text{ID: "Aturan yang dipakai laporan ini, dengan statusnya (resmi: ditetapkan regulasi atau kementerian; turunan: diturunkan dari angka atau dokumen yang dipublikasikan; bawaan pustaka: tidak ada sumber publik, dapat diubah) dan sumbernya, menurut daftar aturan dalam dokumentasi paket github.com/go-asn/berakhlak.", EN: "The rules this report used, with their status (official: set by a regulation or the ministry; derived: worked out from published figures or documents; library default: no public source, can be changed) and their source, after the rule register in the documentation of the package github.com/go-asn/berakhlak."},

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
