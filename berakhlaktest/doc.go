// Package berakhlaktest helps an app that uses this module test its own
// code: an HR system that stores Indeks BerAKHLAK results, a dashboard that
// shows SKP predikat, a SIASN integrator. It is a companion package in the
// manner of net/http/httptest and testing/fstest, and it is where
// github.com/google/go-cmp is part of the module's API.
//
// It is for tests. It is not for production code: its generators invent
// data, and its Check functions report through testing.TB. The one
// exception is the mismatch functions below, which return what an app's
// own mapping gets wrong as plain values, for an admin screen as much as
// for a test.
//
// # Comparing the module's values
//
// Every result, tally, scale, instrument and figure of the module has an
// Equal method, which go-cmp uses, so cmp.Diff works on them with no
// option (plain structs of counts, such as survey.NPS, compare field by
// field); a
// diff shows each figure as it is published. [CmpOptions] adds what an
// app's own types need: decimals compared by value (60.9 equals 60.90) and
// errors compared with their causes:
//
//	if diff := cmp.Diff(want, got, berakhlaktest.CmpOptions()); diff != "" {
//		t.Errorf("profile (-want +got):\n%s", diff)
//	}
//
// [EquateDecimals] is the decimal part alone, for an app's own structs.
//
// # Published figures
//
// The figures the library reproduces are here as values with their source
// ([Published]): the 2022 national profile and index ([National2022],
// [NationalIndex2022]), the 2023 national index, an agency's index, a
// Survei Kepuasan Masyarakat worked example and BKN's angka kredit
// examples. [Published.Check] asserts in one line that an app's pipeline
// reproduces one.
//
// # Synthetic data
//
// [Ballots], [Ratings], [EngagementResponses], [SKPRows] and [SIASNRecords]
// make seeded synthetic rows in the library's own types, with knobs
// ([Options]) for the number of rows, the share of blank answers, and
// exact numbers of bad rows and duplicates, each bad row saying which rule
// it breaks ([Row]). [BallotsCSV], [RatingsCSV], [EngagementCSV], [SKPCSV]
// and [SIASNJSON] write the same rows in the formats the example programs
// read. They are for an app's load tests and error-path tests. The data is
// invented and describes no real agency or person.
//
// # Stability of the generated data
//
// The same Options give the same rows on every platform and with every Go
// version: the generators use only this package's own integer arithmetic,
// never math/rand, floating point or the order of a map. Every choice is
// drawn from splitmix64 (Steele, Lea and Flood, 2014): a state that
// advances by 0x9E3779B97F4A7C15 and is mixed into each 64-bit output.
// A number below n is the high half of the 128-bit product of an output and
// n, drawn again while the low half is below 2⁶⁴ mod n (Lemire's
// reduction, without bias). Original row i of a generator draws from a
// stream of its own, which starts at mix(mix(seed + k·γ) + (i+1)·γ) for
// the generator's number k (1 ballots, 2 ratings, 3 engagement, 4 SKP,
// 5 SIASN) and γ = 0x9E3779B97F4A7C15; the rows that are bad, and where
// the duplicates go, are drawn from the stream that starts at
// mix(mix(seed + k·γ)). So, with no bad rows and no duplicates, the first
// n rows of a larger set are the set of n rows.
//
// The tests of this package pin the output of every generator by its
// SHA-256 digest. A change to the output is a breaking change: it would be
// listed in CHANGELOG.md, as a change to a published figure is.
//
// [ReportSample] is older than these generators: it reproduces, byte for
// byte, the sample survey that examples/report embeds, and draws from
// math/rand/v2's PCG (see its documentation).
//
// # Checking an app's own mappings
//
// An agency that keeps its own mapping code can prove it matches the rules:
// [CheckPredikatMapper] runs an app's predikat function on all nine cells of
// the PermenPANRB No. 6 Tahun 2022 matrix and reports each wrong cell by
// name; [CheckRatingCodeMapper], [CheckKuadranCodeMapper],
// [CheckKoefisienIDMapper] and [CheckKuadranMapper] do the same for SIASN's
// codes; [CheckClassifier] runs a category classifier on the boundary cases
// of a category.Scale.
//
// Each Check function is a thin wrapper that reports, one t.Errorf each,
// the String of the values its mismatch function returns:
// [PredikatMapperMismatches] ([PredikatMapperMismatch]: hasil, perilaku,
// got, want), [RatingCodeMapperMismatches], [KuadranCodeMapperMismatches]
// and [KoefisienIDMapperMismatches] ([CodeMapperMismatch]),
// [KuadranMapperMismatches] ([KuadranMapperMismatch], with the known wrong
// mapping matched) and [ClassifierMismatches] ([ClassifierMismatch]). A
// panic in an app's function is that input's result, in the Panic field,
// never the end of the run.
//
// # Layers
//
// The package sits at the top of the module's layer map, beside the
// example programs: it imports the library's packages, go-cmp,
// shopspring/decimal and the standard library, and no package of the
// library imports it.
//
// # Stability
//
// Experimental: this package is outside the module's v1 compatibility
// promise for now. Its names, its options and the data its generators
// write may still change in a minor release (each change listed in the
// CHANGELOG) while downstream apps try it; the promise will cover it once
// this line goes. Within one release, a seed always gives the same data.
package berakhlaktest
