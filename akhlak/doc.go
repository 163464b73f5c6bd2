// Package akhlak defines the seven core values of the Indonesian civil
// service, BerAKHLAK, their 21 behaviour guidelines, the stages and phases
// of culture strengthening, and the value profile from which the Indeks
// BerAKHLAK is computed.
//
// # The values (SE MenPANRB No. 20 Tahun 2021)
//
// The circular "Implementasi Core Values dan Employer Branding Aparatur
// Sipil Negara" (26 August 2021) fixes seven values, always in this order,
// one definition each and three behaviour guidelines (panduan perilaku)
// each. Agencies may not change, add to or remove from them, so the texts
// here are exact; the Indonesian text is authoritative and the English is
// the library's own translation.
//
//	Value                  Code  Behaviours
//	Berorientasi Pelayanan BP    BP1 BP2 BP3
//	Akuntabel              AK    AK1 AK2 AK3
//	Kompeten               KO    KO1 KO2 KO3
//	Harmonis               HA    HA1 HA2 HA3
//	Loyal                  LO    LO1 LO2 LO3
//	Adaptif                AD    AD1 AD2 AD3
//	Kolaboratif            KL    KL1 KL2 KL3
//
// The codes are the library's, and stable: they are what [Value.MarshalText]
// and [Behaviour.MarshalText] write (enumerations without such codes, like
// [Stage] and [Phase], marshal to their official names). Every enumeration
// marshals its zero value to the empty text and back, as net/netip does.
//
// [Value] and [Behaviour] are one-byte enumerations whose zero value is
// invalid. [ParseValue] accepts the spellings HR systems really send (any
// case, spaces, "_" or "-", codes, English names); [ParseBehaviour] accepts
// codes and the official texts, ignoring case, spacing and punctuation.
// Anything else is a [*ParseError] that quotes the input.
//
// # Profiles and the Indeks BerAKHLAK
//
// A [Profile] holds one score from 0 to 100 per value. [Profile.Index] is
// the unweighted mean of the seven, rounded half-up once to one decimal
// place (derived from the 2022 national figures: the mean 60.94 is
// published as 60.9), and [Profile.Band] classifies it with
// [category.BerAKHLAK].
//
// # Scoring a survey
//
// Two instruments feed the index. A vote-based [Instrument] (the 2022–2023
// instrument, after Barrett's Cultural Values Assessment) offers the 21
// behaviours plus the caller's extra options, positive or potentially
// limiting, each identified by an [OptionID] (OptionID(b) is behaviour b);
// each respondent fills a [Ballot] of up to ten picks for
// personal values, current culture and desired culture. A rating
// instrument takes one answer per behaviour on a [survey.RatingScale] (1–5 by
// default), with survey.NoAnswer for a missing answer.
//
// Answers go into a [BallotTally] or a [RatingTally]: integer counts only,
// no allocation per respondent, memory that does not grow with the number
// of respondents. A bad answer is an [*survey.AnswerError] naming the respondent
// and the option or item, and a rejected respondent leaves the tally
// unchanged; nothing is skipped silently. A blank ballot (no pick in any
// list) or a blank rating row is not a respondent and is refused.
//
// A ballot may leave one or two lists empty. Such a respondent counts
// toward the minimum and is in the denominator of every value score (the
// score is reach over all respondents, so an empty current list reaches no
// value); an empty list adds no vote, so it changes no ranking, entropy
// or alignment. A list nobody voted in has no top 10, so no alignment, and
// an instrument without a potentially limiting option has no entropy:
// those accessors return an error wrapping [survey.ErrNoFigure], never a
// figure that reads as "healthy". The [Ballot] type gives the details.
//
// How a value's percentage is computed has never been published, so the
// formulas are library defaults: reach for ballots (the share of
// respondents whose current-culture picks include one of the value's
// behaviours), and (mean − min)/(max − min) × 100 for ratings.
//
// # Tallies are mergeable: one machine or many
//
// Adding respondents in any order, or splitting them across tallies and
// merging, gives identical counts; the fuzz tests check both. A tally
// serialises with MarshalBinary, so partial tallies can travel between
// workers. This maps one to one onto a distributed engine's combiner, such
// as Apache Beam's CombineFn:
//
//	CreateAccumulator   NewBallotTally / NewRatingTally
//	AddInput            Add
//	MergeAccumulators   Merge
//	ExtractOutput       Result
//	accumulator coder   MarshalBinary / UnmarshalBinary
//
// # Fast paths
//
// Counting is where a national survey spends its time, so each tally
// counts on a fast path that must count exactly what a plain, one answer
// at a time count gives, and refuse exactly what it refuses, with the same
// error; fuzz tests compare the two on any input. [BallotTally.Add] turns
// each list into a bit set, so that repeats and the reach of a value are a
// few word operations; [BallotTally.AddBallots] counts up to 255 ballots
// before it checks them, and counts a block that holds a bad ballot again
// with Add. [RatingTally.Add] checks eight answers at a time as the bytes
// of a word; [RatingTally.AddRows] counts two adjacent answers with one
// increment. The batch calls are several times faster than Add in a loop.
//
// # No figure until it qualifies
//
// Result takes a [survey.Minimum]: survey.Slovin with a 5% margin is the library
// default (KemenPANRB says the minimum "differs per agency" and publishes
// no formula), survey.KrejcieMorgan and survey.FixedMinimum the alternatives. Below it,
// Result returns a [*survey.InsufficientError] with both numbers and no figure.
// A [BallotResult] or [RatingResult] then gives the seven scores and their
// categories ([BallotResult.ValueBand]), the index (the mean of the
// exact scores, rounded half-up once), its category, and for ballots the
// votes, ranking with ties reported, cultural entropy and positive energy,
// and values alignment. Every figure is a [figure.Figure], which prints,
// and marshals to text and JSON, with its published place ("61.0").
//
// [CultureHealth] combines sub-indices with weights the caller must give;
// [Aggregate] makes the national index from the units that met their
// minimum, listing the others.
//
// # Baseline, target and progress
//
// The index is the baseline for next year's target (KemenPANRB). Each
// figure of a result has its 95% interval ([BallotResult.ScoreInterval],
// [BallotResult.IndexInterval], and the same on [RatingResult]), with the
// finite-population correction when the minimum knows the population.
// [Compare] compares two surveys, or a survey with a published [Profile],
// value by value and for the index: each [Change] has the difference of
// the published figures, its interval, a [survey.Verdict] (up, down, or no
// measurable change, so that sampling noise is never reported as a move)
// and whether the category moved. A [Target] is always the caller's (a
// score, a category, or a change from the baseline); [Change.Attain] says
// whether it was met, and [ProposeTargets] applies the caller's
// [TargetRule] to this year's profile. See the rule register in package
// berakhlak, "Baseline, target and progress".
//
// # Stages and phases
//
// [Stage] lists the seven stages of culture strengthening and [Phase] the
// three roadmap phases (Internalisasi → Aktivasi → Penguatan), as
// definitions with no scoring.
//
// # Names
//
// The seven values keep their official names (BerorientasiPelayanan …
// Kolaboratif). Every other enumeration's constants begin with the first
// word of their type's name: StageInternalisasi, PhaseAktivasi,
// ListCurrent, OptionLimiting, HealthPositiveEnergy. Every enumeration has
// Parse…, MustParse…, IsValid, String, AppendText, MarshalText and
// UnmarshalText, and a plural list function (Values, Behaviours, Stages,
// Phases, Lists, OptionKinds, HealthComponents).
//
// # Concurrency
//
// [Instrument], [Profile], [BallotResult], [RatingResult] and [National]
// are immutable values, safe for concurrent use. A [BallotTally] or
// [RatingTally] is not: give each goroutine its own and merge them.
package akhlak
