// Package branding scores Employer Branding surveys: how attractive an ASN
// career is to the talent an agency wants to hire ("Bangga Melayani
// Bangsa"), asked of non-ASN respondents such as students and
// private-sector workers.
//
// # What is official and what is not
//
// KemenPANRB's culture survey includes Employer Branding; its purpose is
// official, but its items, dimensions, bands and
// minimum are not published. So this package scores an instrument the
// caller defines ([Definition]), ships no item wording, hides no bands
// (classification takes a [category.Scale] from the caller), and asks the
// caller for the minimum number of respondents ([Tally.Result]).
//
// # Figures (library defaults, from well-known public formulas)
//
//   - the attractiveness index, per dimension and in total: percent
//     favourable, the share of answers in the top two points of the scale
//     ([WithTopBoxes] changes it); means alongside;
//   - the NPS of a 0–10 "would you recommend an ASN career" item: %
//     promoters (9–10) − % detractors (0–6), an integer from −100 to 100;
//   - the intention to apply: the share of the respondents answering the
//     item the caller marks as the intention item who choose its top box;
//   - Cronbach's alpha per dimension.
//
// Respondents may carry a group, the kind of respondent (student,
// private-sector worker, …): [Result.Groups] gives figures per group, and
// a group with fewer than 5 respondents ([WithConfidentiality]) reports
// only its count; when the suppressed groups could be recovered by
// difference, the next-smallest group is suppressed too, and
// [Group.Reason] says so. The same threshold applies to the answers
// behind each figure, as for Employee Engagement: an item, a dimension, the
// total, alpha, the NPS or the intention to apply with fewer answers is
// withheld with its reason, and so is a group's figure that would reveal a
// withheld one by difference. Every figure is computed exactly from
// integer counts and rounded half-up once.
//
// # Sampling error and the baseline
//
// [Result.AttractivenessInterval] and [Result.DimensionInterval] give 95%
// intervals, and [Compare] compares a survey with last year's: the
// attractiveness index and each dimension's percent favourable, each
// [Change] with its interval and a [survey.Verdict] that is up or down
// only when the move is larger than the sampling error, as engagement's
// Compare does. The variances come from the counts, so compare results
// made by [Tally.Result]: a Result read from JSON gives the changes
// without intervals.
//
// # Concurrency
//
// [Instrument] and [Result] are immutable values, safe for concurrent use.
// A [Tally] is not: give each goroutine its own and merge them.
package branding
