// Package category classifies scores into published bands: the Indeks
// BerAKHLAK categories (A "Sehat", B "Cukup Sehat", …), Barrett's cultural
// entropy bands, and the IKM categories of PermenPANRB 14/2017 (and the
// superseded ones of KepmenPAN 25/2004, to read old reports).
//
// It knows nothing about values, surveys or instruments. A [Scale] is an
// immutable list of [Band]s with a number of decimal places, a maximum, a
// name, a source and the year it applies from. Callers build their own with
// [NewScale]; the built-in scales are returned fresh by [BerAKHLAK],
// [Entropy], [Alignment], [IKM] and [IKM2004], so no caller can change
// another caller's rules.
//
// # Classification is done on the published figure
//
// [Scale.Classify] first rounds its input half-up (away from zero) to the
// scale's places and only then compares it with the bands. The figure a
// person reads and its category therefore never disagree: on the BerAKHLAK
// scale, 74.96 is published as 75.0 and is category A.
//
// # Rules as versioned data
//
// Each built-in scale names its source ([Scale.Source]) and the year from
// which it applies ([Scale.Year]). When the government changes a band, a new
// scale is added next to the old one; the old one is never edited.
//
// # Performance
//
// Classify does not allocate on the built-in scales, and takes tens of
// nanoseconds: it rounds with integer arithmetic whenever the input fits in
// 18 digits, and falls back to decimal arithmetic (with the same result)
// when it does not.
package category
