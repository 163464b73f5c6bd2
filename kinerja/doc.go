// Package kinerja implements the rules of employee performance (SKP) under
// PermenPANRB No. 6 Tahun 2022, the part of BerAKHLAK that HR systems and
// SIASN integrators meet most often.
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
// share; two open details are options ([RoundShares], [MostMeansMajority]).
//
// # Angka kredit (PermenPANRB 1/2023, Peraturan BKN 3/2023)
//
// For functional positions, [AngkaKredit] converts a predikat held for some
// months into angka kredit: months/12 × percentage × the [Jenjang]'s annual
// coefficient, exact until one half-up rounding at three places (a library
// default; [WithPlaces] changes it). [AngkaKreditTahunan] sums a year's
// periods, capped at 150% of the coefficient.
//
// # Parsing
//
// Every enumeration parses the spellings HR systems send (any case, words
// joined by spaces, "_", "-" or nothing; English names) and prints its
// official name. Anything else is a [*ParseError] that quotes the input.
package kinerja
