// Package survey holds what every survey instrument of the module shares,
// and nothing about the values or any one instrument: the minimum number of
// respondents ([Minimum]: [Slovin], [KrejcieMorgan], [FixedMinimum]), the
// answer scale of Likert items ([RatingScale], [NoAnswer]), the errors
// callers branch on ([ErrInsufficientRespondents], [ErrInvalidAnswer],
// [ErrNoFigure], …, with [*InsufficientError] and [*AnswerError] for
// [errors.As]), and the vocabulary of the figures the engagement and
// branding packages report ([Item], [Figures], [NPS]).
//
// It is imported by the packages that score surveys: akhlak (the Indeks
// BerAKHLAK), engagement, branding and ikm.
//
// # One error per condition
//
// Each condition a caller may branch on has one sentinel in the whole
// module, declared here (or, for a score outside its scale, in package
// category). A bad answer is always an [*AnswerError] naming the
// respondent and the item or option; a survey below its minimum is always
// an [*InsufficientError] carrying both numbers; a figure that cannot be
// computed from the data (nobody answered, no variance) always wraps
// [ErrNoFigure].
//
// # Minimum respondents
//
// A survey below its minimum has no figure: its Result is an
// [*InsufficientError], never a number that looks publishable. Employee
// Engagement's minimum of 140 respondents per agency is official
// (KemenPANRB). The Indeks BerAKHLAK's minimum "differs per agency" and no
// formula is published, so the library's default there is [Slovin] with a
// 5% margin, with [KrejcieMorgan] (also the IKM's minimum sample under
// PermenPANRB No. 14 Tahun 2017) and [FixedMinimum] as alternatives.
//
// A figure that qualifies has a 95% [Interval] for its sampling error,
// narrowed by the finite-population correction when the minimum knows the
// population ([Minimum.Population]). Compared between two surveys, a
// figure's change has a [Verdict] (up, down, or no measurable change);
// against a caller's target, an [Attainment] (met, not met, or not
// decidable within the sampling error).
//
// # The limit of a tally
//
// Every tally of the module (akhlak.BallotTally, akhlak.RatingTally,
// ikm.Tally, engagement.Tally, branding.Tally) holds at most 2^35
// (34,359,738,368) respondents, about four times the world's population:
// one limit, below which no count or sum a tally keeps can overflow 64
// bits, the squares of respondents' totals for Cronbach's alpha included.
// Add refuses a respondent, and Merge a tally (itself included), that
// would pass it, with an error wrapping [ErrInvalidInput], and a refused
// merge changes nothing; UnmarshalBinary refuses bytes that claim more,
// with [ErrCorrupt]. An engagement or branding tally also holds at most
// its instrument's MaxGroups subgroups, refused the same way.
//
// # Concurrency
//
// [Minimum] and [RatingScale] are immutable values, safe for concurrent
// use.
package survey
