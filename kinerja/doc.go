// Package kinerja implements the rules of employee performance (SKP) under
// PermenPANRB No. 6 Tahun 2022, the part of BerAKHLAK that HR systems and
// SIASN integrators meet most often. Package [github.com/go-asn/berakhlak/kinerja/siasn]
// speaks BKN's SIASN codes and payloads on top of it.
//
// # Ratings and predikat (official)
//
// Hasil Kerja and Perilaku Kerja are each rated on one three-level scale,
// [Rating]: Di Bawah, Sesuai or Di Atas Ekspektasi. Perilaku Kerja is
// assessed against the seven BerAKHLAK values ([PerilakuKerja]), but the
// rating official gives one rating; no rule turns the seven judgements
// into it. [PredikatPegawai] turns the two ratings into the employee's
// [Predikat] by the regulation's 3×3 matrix.
//
// # The organisation's distribution pattern (advisory)
//
// An organisation's [PredikatOrganisasi] guides how its employees'
// predikat are distributed. [CheckDistribution] returns [Findings], one per
// clause of the pattern, with the required share and the actual count and
// share; two open details are parameters ([DistributionRules]).
//
// # Angka kredit (PermenPANRB 1/2023, Peraturan BKN 3/2023)
//
// For functional positions, [AngkaKredit] converts a predikat held for some
// months into angka kredit: months/12 × percentage × the [Jenjang]'s annual
// coefficient, exact until one half-up rounding at three places (a library
// default; [WithPlaces] changes it). [AngkaKreditTahunan] sums a year's
// periods, rounding once ([WithRoundedPeriods] rounds each period first,
// as BKN's worked examples do).
//
// # Angka kredit for promotion (PAK)
//
// [Accumulate] adds a functional official's periods ([Penilaian]: months,
// jenjang, predikat, or an angka kredit given) into the cumulative angka
// kredit of the jenjang, rounding once by default as
// [AngkaKreditTahunan] does. It carries across pangkat and restarts at a
// kenaikan jenjang; whether the excess carries is open
// ([WithCarriedExcess]), and [WithStart] starts from an earlier PAK.
// [AngkaKreditMinimal] gives the cumulative angka kredit each [Kenaikan]
// needs for a [Jenjang] and [Golongan], from one table with its sources,
// and [CheckKenaikan] says what is met and what is missing
// ([Eligibility]); at the top of a jenjang, or at the top jenjang, it
// says so ([ErrNoKenaikan]) rather than give a zero. [AngkaKreditIntegrasi]
// carries a PAK of the old system into the new one, by the nilai dasar
// of [Jenjang.NilaiDasar]; the keterampilan nilai dasar is not published,
// and the library refuses ([ErrNotPublished]) rather than guess.
//
// # Figures
//
// Every figure the package reports, angka kredit and the shares of a
// [Finding], is a [figure.Figure]: a number with the places it is
// published with, which fmt, text and JSON print as published (18.750,
// 70.0). Inputs stay decimal.Decimal ([WithKoefisien]), as does
// [Jenjang.Koefisien], a rule's parameter rather than a result.
//
// # Parsing and text
//
// Every enumeration ([Rating], [Predikat], [PredikatOrganisasi],
// [Jenjang], [Golongan], [Kenaikan], [ClauseKind]) has a list function
// named after it ([Ratings], [ClauseKinds]; [AllPredikat],
// [AllPredikatOrganisasi], [AllJenjang], [AllGolongan], [AllKenaikan] for
// the Indonesian names, which take no English plural), Parse and
// MustParse functions, IsValid, String, and the
// text marshalers (MarshalText, UnmarshalText, AppendText). The zero value
// of each is invalid and marshals as the empty text. Parsing accepts the
// spellings HR systems and SIASN send (any case, words joined by spaces,
// "_", "-" or nothing; English names) and String prints the official name.
// Anything else is a [*ParseError] that quotes the input.
//
// # Names
//
// Official concepts keep their official names: the ratings
// (DiAtasEkspektasi …), the employee predikat (SangatBaik …), the
// jenjang (AhliPertama …) and the kenaikan (KenaikanPangkat,
// KenaikanJenjang). A golongan's constant is the golongan as written
// without its slash, the roman numeral in capitals and the letter in
// lower case: III/a is IIIa, IV/e is IVe. The organisation predikat share their names
// with the employee predikat, so their constants are prefixed with
// Organisasi (OrganisasiIstimewa, OrganisasiBaik …), as the regulation
// calls them "predikat kinerja organisasi"; the mechanics of the pattern
// check are prefixed with their type's first word (ClauseMost,
// ClauseAtLeast …).
//
// # Concurrency
//
// Every function is safe for concurrent use: the package has no mutable
// state.
package kinerja
