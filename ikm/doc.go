// Package ikm computes the Indeks Kepuasan Masyarakat (IKM), the index of
// the Survei Kepuasan Masyarakat that every public-service unit in
// Indonesia runs under PermenPANRB No. 14 Tahun 2017, one documented way,
// with every convention the regulation leaves open as a named option.
//
// # What is measured
//
// A respondent answers each of nine elements ([Unsur]) of the service on
// four points ([Answer]): 1 Tidak Baik, 2 Kurang Baik, 3 Baik, 4 Sangat
// Baik. A [Tally] counts the answers in integers; [Tally.Result] checks the
// minimum sample and returns a [Result] with the index, its band and the
// figures of each unsur.
//
// The unsur are identified by name: sources disagree on the order of the
// last two (see [Unsur] for the library's order, which is the
// regulation's), and [ParseUnsur] reads the official names in any case,
// spacing and punctuation as well as the codes U1–U9.
//
// # The formula
//
// For each unsur, the nilai rata-rata is
//
//	NRR = sum of its answers / number of its answers
//
// with missing answers ([survey.NoAnswer]) left out, never counted as
// zero. The index, on 25–100, is
//
//	IKM = Σ (NRR × weight) × 25
//
// over the nine unsur. It is classified on [category.IKM] (official,
// PermenPANRB No. 14 Tahun 2017): A Sangat Baik 88.31–100.00, B Baik
// 76.61–88.30, C Kurang Baik 65.00–76.60, D Tidak Baik 25.00–64.99. The
// band's letter is the mutu pelayanan, its label the kinerja unit
// pelayanan.
//
// # Open rules, defaults and options
//
// The regulation fixes the formula but not two details, and public code
// computes the index at least four ways: on one published data set (29
// respondents; see the package tests) they give 91.48, 91.38, 90.56 and
// 91.50. The library's defaults are its own choice, not the government's:
//
//   - The weight (open). Library default: exactly 1/9, so that the index
//     is 25 × the mean NRR (91.48 on that data set). This is what most
//     public code does. [WithWeight] uses a printed weight instead: 0.111,
//     as some agency pages print 1/9 (91.38), or 0.11, as some guides do
//     (90.56). A printed weight makes the weights sum below 1, so all
//     answers 4 give 99.90 or 99.00, not 100.00.
//   - When to round (open). Library default: once, half-up to two places,
//     after × 25, from the exact integer sums. [WithNRRPlaces] rounds each
//     NRR half-up first, as programs that store or print the NRR do (2
//     places gives 91.50 on that data set; 3 and 4 are also in use).
//     Rounding each weighted NRR (NRR × weight) to 4 places, seen in some
//     spreadsheets, is not offered.
//
// One public implementation pools all answers and divides by their number;
// it agrees with the default only when every unsur has the same number of
// answers, and is not offered: the regulation averages per unsur.
//
// # Rounding
//
// Counts are integers. The index is computed exactly from them, the sum
// of the nine NRR put over a common denominator with big integers, and
// rounded half-up once to two places; an option changes what is summed,
// never the number of roundings of the index. Each NRR reported is rounded
// half-up once: to two places for display (library default), or to the
// places of WithNRRPlaces. Each converted value NRR × 25 is rounded
// half-up once to two places and classified on [category.IKM]. Every
// figure is a [figure.Figure] that carries its places (100.00, not 100),
// and [Result.MarshalJSON] writes the figures as strings at those places.
//
// # The minimum sample
//
// PermenPANRB No. 14 Tahun 2017 sets the sample by the Krejcie–Morgan
// table: pass [survey.KrejcieMorgan] of the population the unit served to
// [Tally.Result]. Below the minimum, Result returns an
// [*survey.InsufficientError] with both numbers, and no figure. An unsur
// nobody answered has no NRR, so no index: Result returns an error wrapping
// [survey.ErrNoFigure] that names it.
//
// # Exports with the questionnaire's answer words
//
// A Google Forms or kiosk export holds the questionnaire's own answer
// words, not digits: "Sangat sesuai" for Persyaratan, "Cukup mahal" for
// Biaya/Tarif, "Dikelola dengan baik" for Penanganan Pengaduan.
// [Unsur.ParseAnswer] reads each unsur's four words and their variants
// (derived, from agency questionnaires), the generic labels and the
// digits; [Unsur.AnswerText] prints them. For Biaya/Tarif the worst answer
// is "Sangat mahal" (1) and the best "Gratis" (4). A word of another unsur
// is an [*AnswerWordError] that names both.
//
// # Groups: jenis layanan and respondent profiles
//
// [Tally.AddResponse] counts a respondent in a group as well (the jenis
// layanan used, or a profile such as jenis kelamin), and [Result.Groups]
// gives each group's IKM, pooled over its own respondents as the unit's is
// over all of them: a published report pools, it does not average the
// services' indices. A group is checked against its own minimum
// ([WithGroupMinimum], by default the confidentiality threshold), and one
// with fewer than 5 respondents or answers to an unsur
// ([WithConfidentiality]) reports only its count, with complementary
// suppression so that no suppressed group can be recovered by difference
// (library defaults, as for engagement subgroups).
//
// # Older instruments and bands
//
// PermenPANRB No. 16 Tahun 2014, which 14/2017 replaced, asked Prosedur,
// Waktu Pelayanan and Maklumat Pelayanan in place of Sistem, Mekanisme
// dan Prosedur, Waktu Penyelesaian and Sarana dan Prasarana:
// [NewTallyFor]([Instrument2014]) counts such a survey, and
// [Result.Items] names its unsur. It is never the default.
//
// The older scheme of KepmenPAN No. KEP/25/M.PAN/2/2004 (14 unsur, weight
// 0,071) still appears in old data. This package does not compute it, but
// its bands (D 25.00–43.75, C 43.76–62.50, B 62.51–81.25, A
// 81.26–100.00), which many agencies went on printing beside 9-unsur
// results, are [category.IKM2004], to read and check an old report.
//
// # Concurrency
//
// [Result], [UnsurResult], [ItemResult], [Group], [Unsur], [Instrument]
// and [Answer] are immutable values, safe
// for concurrent use. A [Tally] is not safe for concurrent use: give each
// goroutine its own tally and [Tally.Merge] them; the merge does not
// depend on the order.
//
// The rules, their status (official, derived, library default) and their
// sources are listed in the rule register in package berakhlak.
package ikm
