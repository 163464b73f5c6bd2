// Package berakhlak is the reference Go implementation of the rules around
// the core values of Indonesia's civil service, BerAKHLAK (SE MenPANRB
// No. 20 Tahun 2021): the values and their behaviour guidelines, the Indeks
// BerAKHLAK and the culture-survey measures, the category bands, and the
// SKP performance predikat built on the same values.
//
// This package holds only documentation. The code is in its sub-packages:
//
//	category  bands and scales: Scale, Band, Classify; the BerAKHLAK,
//	          Entropy and IKM scales
//	akhlak    the seven values, the 21 behaviours, the stages and phases of
//	          culture strengthening; the value Profile and the Indeks
//	          BerAKHLAK; survey tallies and results (scores, entropy,
//	          alignment, minimum respondents, culture health, national
//	          aggregation)
//	engagement  Employee Engagement: caller-defined instruments, percent
//	          favourable, segments, eNPS, Cronbach's alpha, subgroups
//	branding  Employer Branding: attractiveness, NPS, intention to apply,
//	          per kind of respondent
//	kinerja   SKP performance (PermenPANRB 6/2022): ratings, the predikat
//	          matrix, the organisation distribution pattern, angka kredit
//
// # Rules and their sources
//
// Every rule carries one of three marks, and its doc comment says which:
//
//   - official: stated in a regulation (SE MenPANRB 20/2021, PermenPANRB
//     6/2022, PermenPANRB 14/2017, …) or by the ministry that runs the
//     measurement. The doc comment names the regulation; a golden test
//     reproduces a published figure.
//   - derived: worked out from published figures, or the one sensible
//     reading where the source is silent. The doc comment gives the
//     derivation; a golden test reproduces the figures it comes from.
//   - open: no public source fixes it. The library makes it a parameter
//     and documents its default as a "library default", not the
//     government's.
//
// # Precision
//
// Counts and sums are integers. A reported figure is computed exactly from
// them and becomes a decimal (github.com/shopspring/decimal) once, with a
// single division at an explicit precision, rounded half-up (away from
// zero) at the published number of places: one for BerAKHLAK scores and
// categories, two for IKM, three for angka kredit. A category is decided on
// the rounded, published figure, so the number a person reads and its
// category never disagree: 74.96 is published as 75.0 and is category A.
//
// The library never writes any of shopspring/decimal's package-level
// variables and never depends on decimal.DivisionPrecision; its tests check
// that they still hold their defaults after every suite.
//
// # Stability
//
// The exported API is a promise. Once its baseline is committed in api/
// (bash .ci/apidiff write; v0.1.0 is not frozen yet), every change is
// checked against it with golang.org/x/exp/cmd/apidiff, and a change that
// would break callers goes through a Deprecated: path instead. Rule
// tables are versioned data: when the government changes a rule, a new
// table is added next to the old one, the default moves in a new minor
// version, and CHANGELOG.md says so. Golden tests freeze the published
// figures so that no dependency upgrade moves a digit unnoticed.
package berakhlak
