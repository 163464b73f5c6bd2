package main

import "github.com/go-asn/berakhlak/examples/internal/lang"

// messages is every piece of prose the program writes, in both languages:
// the table's headers, the summaries, the distribution check and the
// SIASN audit, and the program's own error messages. Numbers are passed
// as %s arguments already written by lang.Int or lang.Number. The official
// terms stay as they are in both languages: the SKP form's and SIASN's
// (NIP, Nama, Hasil Kerja, Perilaku Kerja, Predikat, Jenjang, Bulan, Angka
// Kredit, kuadran, and SIASN's field names), the ratings, the predikat
// and the jenjang.
type messages struct {
	// The employee table and its summary.
	ColNIP, ColNama, ColHasil, ColPerilaku, ColPredikat, ColJenjang, ColBulan, ColAngkaKredit lang.Text

	SampleSource lang.Text
	Summary      lang.Text
	SummaryCount lang.Text

	// The distribution check.
	Pattern       lang.Text
	Finding       lang.Text
	Met           lang.Text
	NotMet        lang.Text
	ClauseMost    lang.Text
	ClauseAtMost  lang.Text
	ClauseAtLeast lang.Text
	ClauseSome    lang.Text
	ClauseNone    lang.Text
	Or            lang.Text
	PatternMet    lang.Text
	PatternNotMet lang.Text

	// The SIASN audit.
	AuditTitle          lang.Text
	AuditNote           lang.Text
	Record              lang.Text
	Consistent          lang.Text
	Findings            lang.Text
	AuditFinding        lang.Text
	AuditExpected       lang.Text
	AuditSummary        lang.Text
	AuditKind           lang.Text
	KuadranMismatch     lang.Text
	KuadranSwapped      lang.Text
	KuadranMax          lang.Text
	KuadranSwappedOrMax lang.Text
	UnknownCode         lang.Text
	BulanOutOfRange     lang.Text
	PeriodReversed      lang.Text
	KoefisienMismatch   lang.Text

	// Angka kredit for promotion (-pak).
	ColTahun             lang.Text
	ColKumulatif         lang.Text
	PAKTitle             lang.Text
	PAKSourceCSV         lang.Text
	PAKSourceKinerja     lang.Text
	PAKSourceAngkaKredit lang.Text
	PAKNote              lang.Text
	PAKRoundedOnce       lang.Text
	PAKRoundedEach       lang.Text
	PAKStart             lang.Text
	PAKReset             lang.Text
	PAKResetCarried      lang.Text
	PAKTotal             lang.Text
	PAKKenaikanPangkat   lang.Text
	PAKKenaikanJenjang   lang.Text
	PAKMet               lang.Text
	PAKMissing           lang.Text
	PAKTopOfJenjang      lang.Text
	PAKTopJenjang        lang.Text
	PAKTopOfAll          lang.Text
	PAKOnlyAK            lang.Text

	// The program's own errors.
	UnexpectedArgs lang.Text
	BadOrg         lang.Text
	BadPlaces      lang.Text
	NoEmployees    lang.Text
	NoRecords      lang.Text
	SIASNWith      lang.Text
	PAKWith        lang.Text
	PAKOnly        lang.Text
	PAKNoGolongan  lang.Text
	PAKStartTwice  lang.Text
}

// msg is the program's message table, the only place its prose is kept.
var msg = messages{
	ColNIP:         lang.Text{ID: "NIP", EN: "NIP"},
	ColNama:        lang.Text{ID: "Nama", EN: "Nama"},
	ColHasil:       lang.Text{ID: "Hasil Kerja", EN: "Hasil Kerja"},
	ColPerilaku:    lang.Text{ID: "Perilaku Kerja", EN: "Perilaku Kerja"},
	ColPredikat:    lang.Text{ID: "Predikat", EN: "Predikat"},
	ColJenjang:     lang.Text{ID: "Jenjang", EN: "Jenjang"},
	ColBulan:       lang.Text{ID: "Bulan", EN: "Bulan"},
	ColAngkaKredit: lang.Text{ID: "Angka Kredit", EN: "Angka Kredit"},

	SampleSource: lang.Text{ID: "sample.csv (tersemat)", EN: "sample.csv (embedded)"},
	Summary:      lang.Text{ID: "\n%s pegawai:", EN: "\n%s employees:"},
	SummaryCount: lang.Text{ID: " %s %s", EN: " %s %s"},

	Pattern: lang.Text{
		ID: "\nPola distribusi predikat pegawai untuk predikat kinerja organisasi %s (bersifat arahan, PermenPANRB 6/2022):\n",
		EN: "\nDistribution pattern for organisation predikat %s (advisory, PermenPANRB 6/2022):\n",
	},
	Finding:       lang.Text{ID: "  %s %s: %s dari %s (%s%%): %s\n", EN: "  %s %s: %s of %s (%s%%): %s\n"},
	Met:           lang.Text{ID: "terpenuhi", EN: "met"},
	NotMet:        lang.Text{ID: "tidak terpenuhi", EN: "not met"},
	ClauseMost:    lang.Text{ID: "%s terbanyak", EN: "most %s"},
	ClauseAtMost:  lang.Text{ID: "paling banyak %s%% %s", EN: "at most %s%% %s"},
	ClauseAtLeast: lang.Text{ID: "paling sedikit %s%% %s", EN: "at least %s%% %s"},
	ClauseSome:    lang.Text{ID: "ada %s", EN: "some %s"},
	ClauseNone:    lang.Text{ID: "tidak ada %s", EN: "no %s"},
	Or:            lang.Text{ID: " atau ", EN: " or "},
	PatternMet:    lang.Text{ID: "  Distribusi sesuai dengan pola.\n", EN: "  The distribution follows the pattern.\n"},
	PatternNotMet: lang.Text{ID: "  %s dari %s ketentuan tidak terpenuhi.\n", EN: "  %s of %s clauses not met.\n"},

	AuditTitle: lang.Text{ID: "Audit atas %s data rw-skp22 di %s\n", EN: "Audit of %s rw-skp22 records in %s\n"},
	AuditNote: lang.Text{
		ID: "(kuadran menurut matriks PermenPANRB No. 6 Tahun 2022; kode menurut tabel referensi SIASN BKN)\n\n",
		EN: "(kuadran by the matrix of PermenPANRB No. 6 Tahun 2022; codes of BKN's SIASN reference tables)\n\n",
	},
	Record: lang.Text{
		ID: "%s. id %s, pnsDinilaiId %s, tahun %d: hasil %s, perilaku %s, kuadran %s: ",
		EN: "%s. id %s, pnsDinilaiId %s, tahun %d: hasil %s, perilaku %s, kuadran %s: ",
	},
	Consistent:    lang.Text{ID: "konsisten\n", EN: "consistent\n"},
	Findings:      lang.Text{ID: "%s temuan\n", EN: "%s finding(s)\n"},
	AuditFinding:  lang.Text{ID: "   ✗ %s: %s: tersimpan %s", EN: "   ✗ %s: %s: stored %s"},
	AuditExpected: lang.Text{ID: ", seharusnya %s", EN: ", expected %s"},
	AuditSummary: lang.Text{
		ID: "\n%s data diperiksa: %s konsisten, %s tidak konsisten\n",
		EN: "\n%s records checked: %s consistent, %s inconsistent\n",
	},
	AuditKind:           lang.Text{ID: "  %s:\t%s data\n", EN: "  %s:\t%s record(s)\n"},
	KuadranMismatch:     lang.Text{ID: "kuadran tidak sesuai matriks", EN: "kuadran mismatch"},
	KuadranSwapped:      lang.Text{ID: "kuadran tertukar", EN: "kuadran swapped"},
	KuadranMax:          lang.Text{ID: "kuadran maksimum", EN: "kuadran max"},
	KuadranSwappedOrMax: lang.Text{ID: "kuadran tertukar atau maksimum", EN: "kuadran swapped or max"},
	UnknownCode:         lang.Text{ID: "kode tidak dikenal", EN: "unknown code"},
	BulanOutOfRange:     lang.Text{ID: "bulan di luar 1–12", EN: "bulan out of range"},
	PeriodReversed:      lang.Text{ID: "periode terbalik", EN: "period reversed"},
	KoefisienMismatch:   lang.Text{ID: "koefisien tidak sesuai jenjang", EN: "koefisien mismatch"},

	ColTahun:             lang.Text{ID: "Tahun", EN: "Tahun"},
	ColKumulatif:         lang.Text{ID: "Kumulatif", EN: "Kumulatif"},
	PAKTitle:             lang.Text{ID: "Angka kredit untuk kenaikan pangkat/jenjang dari %s (%s)\n", EN: "Angka kredit for promotion from %s (%s)\n"},
	PAKSourceCSV:         lang.Text{ID: "CSV", EN: "CSV"},
	PAKSourceKinerja:     lang.Text{ID: "data rw-kinerjaperiodik SIASN", EN: "SIASN rw-kinerjaperiodik records"},
	PAKSourceAngkaKredit: lang.Text{ID: "data rw-angkakredit SIASN", EN: "SIASN rw-angkakredit records"},
	PAKNote: lang.Text{
		ID: "(konversi predikat, PermenPANRB 1/2023 dan Peraturan BKN 3/2023; %s)\n\n",
		EN: "(konversi of the predikat, PermenPANRB 1/2023 and Peraturan BKN 3/2023; %s)\n\n",
	},
	PAKRoundedOnce:     lang.Text{ID: "dijumlah eksak, dibulatkan sekali", EN: "summed exactly, rounded once"},
	PAKRoundedEach:     lang.Text{ID: "setiap periode dibulatkan lebih dahulu", EN: "each period rounded first"},
	PAKStart:           lang.Text{ID: "angka kredit awal (integrasi atau -start)", EN: "starting angka kredit (integrasi or -start)"},
	PAKReset:           lang.Text{ID: "kenaikan jenjang: mulai dari 0", EN: "kenaikan jenjang: starts at 0"},
	PAKResetCarried:    lang.Text{ID: "kenaikan jenjang: kelebihan dibawa", EN: "kenaikan jenjang: excess carried"},
	PAKTotal:           lang.Text{ID: "\nAngka kredit kumulatif %s, golongan %s (%s): %s\n", EN: "\nCumulative angka kredit, %s, golongan %s (%s): %s\n"},
	PAKKenaikanPangkat: lang.Text{ID: "Kenaikan pangkat", EN: "Kenaikan pangkat"},
	PAKKenaikanJenjang: lang.Text{ID: "Kenaikan jenjang", EN: "Kenaikan jenjang"},
	PAKMet:             lang.Text{ID: "  %s %s ke %s: perlu %s, terpenuhi\n", EN: "  %s %s to %s: needs %s, met\n"},
	PAKMissing:         lang.Text{ID: "  %s %s ke %s: perlu %s, kurang %s\n", EN: "  %s %s to %s: needs %s, missing %s\n"},
	PAKTopOfJenjang: lang.Text{
		ID: "  – Kenaikan pangkat: %s adalah golongan tertinggi jenjang %s; pangkat berikutnya datang bersama kenaikan jenjang\n",
		EN: "  – Kenaikan pangkat: %s is the highest golongan of %s; the next pangkat comes with the kenaikan jenjang\n",
	},
	PAKTopJenjang: lang.Text{ID: "  – Kenaikan jenjang: %s adalah jenjang tertinggi\n", EN: "  – Kenaikan jenjang: %s is the highest jenjang\n"},
	PAKTopOfAll: lang.Text{
		ID: "  – %s adalah golongan tertinggi jenjang %s, jenjang tertinggi: tidak ada kenaikan lagi\n",
		EN: "  – %s is the highest golongan of %s, the highest jenjang: no further kenaikan\n",
	},
	PAKOnlyAK: lang.Text{
		ID: "(hanya angka kredit yang diperiksa; syarat lain kenaikan pangkat/jenjang tidak)\n",
		EN: "(only the angka kredit is checked; the other conditions of a promotion are not)\n",
	},

	UnexpectedArgs: lang.Text{ID: "skp: argumen tak terduga %q\n", EN: "skp: unexpected arguments %q\n"},
	BadOrg:         lang.Text{ID: "-org: %w", EN: "-org: %w"},
	BadPlaces:      lang.Text{ID: "-places %d di luar 0–9", EN: "-places %d outside 0–9"},
	NoEmployees:    lang.Text{ID: "%s: tidak ada pegawai", EN: "%s: no employees"},
	NoRecords:      lang.Text{ID: "%s: tidak ada data", EN: "%s: no records"},
	SIASNWith:      lang.Text{ID: "-siasn tidak dapat digabung dengan -in atau -org", EN: "-siasn cannot be combined with -in or -org"},
	PAKWith:        lang.Text{ID: "-pak tidak dapat digabung dengan -in, -org atau -siasn", EN: "-pak cannot be combined with -in, -org or -siasn"},
	PAKOnly:        lang.Text{ID: "-golongan, -start, -rounded dan -carry-excess hanya untuk -pak", EN: "-golongan, -start, -rounded and -carry-excess go with -pak only"},
	PAKNoGolongan:  lang.Text{ID: "-pak memerlukan -golongan", EN: "-pak needs -golongan"},
	PAKStartTwice:  lang.Text{ID: "-start diberikan, padahal data memuat integrasi", EN: "-start is given, but the records hold an integrasi"},
}
