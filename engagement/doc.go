// Package engagement scores Employee Engagement surveys of the Indonesian
// civil service with instruments that the caller defines.
//
// # What is official and what is not
//
// KemenPANRB's culture survey has three instruments: the Indeks
// BerAKHLAK, Employee Engagement and Employer Branding. For Employee
// Engagement two things are official: its purpose, to
// measure how committed ASN are to the service, and its minimum of 140
// respondents per agency ([OfficialMinimum]). Its items, dimensions and
// bands are not public, so this package ships no item wording and no
// bands: the caller defines the instrument ([Definition]) and, to
// classify, supplies a [category.Scale].
//
// # Formulas (well known and public; the choices are library defaults)
//
//   - mean per item, per dimension and in total, reverse-coded items
//     flipped (an answer a counts as min+max−a);
//   - percent favourable: the share of answers in the top two points of
//     the scale ([WithTopBoxes] changes it); the engagement index
//     ([Result.Index]) is percent favourable over all items;
//   - segments by a respondent's mean answer: engaged ≥ 4.0, neutral
//     3.0–3.99, disengaged < 3.0 (the thresholds are part of the
//     [Definition]);
//   - eNPS: % promoters (9–10) − % detractors (0–6) of a 0–10
//     recommendation item, an integer from −100 to 100;
//   - Cronbach's alpha per dimension, over the respondents who answered all
//     its items, so an agency can see whether its instrument is reliable.
//
// Missing answers are counted as missing, never as zero. Every figure is
// computed exactly from integer counts and rounded half-up once.
//
// # Publishing rules
//
// [Tally.Result] takes the minimum ([OfficialMinimum], 140, for the
// KemenPANRB survey) and refuses to give any figure below it, for the
// survey or a subgroup, returning a [*survey.InsufficientError] with both
// numbers. [Result.Groups] gives each subgroup (unit, age band, any key in
// [Response.Group]) its figures only when it has at least 5 respondents
// ([WithConfidentiality]); a smaller subgroup reports only its count. When
// the suppressed subgroups could be recovered as the whole survey minus
// the published ones, the next-smallest subgroup is suppressed too
// (complementary suppression), and [Group.Reason] says so.
//
// The same threshold applies to the answers behind each figure, in the
// whole survey and in every subgroup, as survey platforms apply a
// per-question minimum: an item, a dimension or the total with fewer
// answers, alpha with fewer complete respondents, or an eNPS with fewer
// answers to the recommendation item is withheld, and its accessor returns
// an error wrapping [survey.ErrNoFigure] that says why; the JSON writes the
// reason in place of the figure. A subgroup's figure that would reveal a
// withheld one by difference from the whole survey's is withheld too.
//
// # Sampling error and the baseline
//
// [Result.IndexInterval] and [Result.DimensionInterval] give 95%
// intervals, and [Compare] compares a survey with last year's (the
// "Pemantauan dan Evaluasi" stage of culture strengthening): the index
// and each dimension's percent favourable, each [Change] with its
// interval and a [survey.Verdict] that is up or down only when the move
// is larger than the sampling error. The variances come from the counts,
// so compare results made by [Tally.Result]: a Result read from JSON
// gives the changes without intervals.
//
// # Concurrency
//
// [Instrument] and [Result] are immutable values, safe for concurrent use.
// A [Tally] is not: give each goroutine its own and merge them.
package engagement
