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

	// The program's own errors.
	UnexpectedArgs lang.Text
	BadOrg         lang.Text
	BadPlaces      lang.Text
	NoEmployees    lang.Text
	NoRecords      lang.Text
	SIASNWith      lang.Text
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

	UnexpectedArgs: lang.Text{ID: "skp: argumen tak terduga %q\n", EN: "skp: unexpected arguments %q\n"},
	BadOrg:         lang.Text{ID: "-org: %w", EN: "-org: %w"},
	BadPlaces:      lang.Text{ID: "-places %d di luar 0–9", EN: "-places %d outside 0–9"},
	NoEmployees:    lang.Text{ID: "%s: tidak ada pegawai", EN: "%s: no employees"},
	NoRecords:      lang.Text{ID: "%s: tidak ada data", EN: "%s: no records"},
	SIASNWith:      lang.Text{ID: "-siasn tidak dapat digabung dengan -in atau -org", EN: "-siasn cannot be combined with -in or -org"},
}
