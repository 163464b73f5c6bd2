// Package berakhlak is the reference Go implementation of the rules around
// the core values of Indonesia's civil service, BerAKHLAK (SE MenPANRB
// No. 20 Tahun 2021): the values and their behaviour guidelines, the Indeks
// BerAKHLAK and the culture-survey measures, the category bands, and the
// SKP performance predikat built on the same values.
//
// This package holds only documentation: the overview, the layer map and
// the rule register. The code is in its sub-packages, each of which may
// import only those above it in this list:
//
//	figure      Figure: a number with the places it is published with,
//	            the type of every figure the module reports
//	category    bands and scales: Scale, Band, Classify; the BerAKHLAK,
//	            Entropy, Alignment and IKM scales
//	survey      what every survey shares: Minimum (Slovin, Krejcie–Morgan,
//	            fixed), RatingScale, NoAnswer, AnswerError,
//	            InsufficientError, the shared sentinels; Item, Figures, NPS
//	akhlak      the seven values, the 21 behaviours, the stages and phases
//	            of culture strengthening; the value Profile and the Indeks
//	            BerAKHLAK; ballot and rating tallies and results (scores,
//	            entropy, alignment, culture health, national aggregation)
//	engagement  Employee Engagement: caller-defined instruments, percent
//	            favourable, segments, eNPS, Cronbach's alpha, subgroups
//	branding    Employer Branding: attractiveness, NPS, intention to apply,
//	            per group of respondents
//	ikm         Indeks Kepuasan Masyarakat (PermenPANRB 14/2017): unsur,
//	            NRR, the index and its band
//	kinerja     SKP performance (PermenPANRB 6/2022): ratings, the predikat
//	            matrix, the organisation distribution pattern, angka kredit
//	kinerja/siasn  BKN's SIASN codes and payloads for SKP and periodic
//	            results; the audit of stored records
//	berakhlaktest  for apps' tests: go-cmp options, fixtures, seeded data
//
// engagement, branding, ikm and kinerja do not import one another
// (kinerja/siasn builds on kinerja); what they share is in survey
// (vocabulary) or in the module's internal packages (machinery). The
// internal packages are below figure and import no public package, all
// but internal/tally: it holds what engagement and branding share, down to
// their figures and errors, so it sits between survey and them. The
// example programs and their machinery (examples/, examples/internal/)
// are above everything and imported by nothing in the library. A test
// (TestLayers) holds every package to this map.
//
// # The rule register
//
// Every rule the library implements, with its status and its source. The
// status is one of:
//
//   - official: stated in a regulation or by the ministry that runs the
//     measurement, or agreed by several independent public sources;
//   - derived: worked out from published figures (the derivation is given),
//     or the one sensible reading where the source is silent;
//   - library default: no public source fixes it; the library chose, and
//     the choice is a parameter the caller can change (an "open" rule).
//
// A rule marked official or derived has a golden test that reproduces the
// published figure; a library default is a parameter with a documented
// default. Doc comments across the module cite this register.
//
// Values and behaviours (package akhlak):
//
//   - The seven values, in the order of the acronym, their definitions,
//     their three behaviour guidelines each (21 in all), the acronym
//     "BerAKHLAK" and the slogan "Bangga Melayani Bangsa". Official: SE
//     MenPANRB No. 20 Tahun 2021, Implementasi Core Values dan Employer
//     Branding ASN (26 August 2021). Agencies may not change them.
//   - The printed form of the behaviour texts ("apapun", "bekerja sama"):
//     derived, the form most agency systems carry; copies of the circular
//     differ in spacing and punctuation, which matching ignores.
//   - The codes BP…KL and BP1…KL3 and the English translations: library
//     default.
//   - The seven stages of culture strengthening and the three roadmap
//     phases (Internalisasi → Aktivasi → Penguatan): official, KemenPANRB,
//     restated by agencies in 2023–2024.
//
// The Indeks BerAKHLAK (packages akhlak, category, survey):
//
//   - The three instruments (Indeks BerAKHLAK, Employee Engagement,
//     Employer Branding) of the Survei Budaya Kerja ASN since 2022:
//     official, KemenPANRB.
//   - A value's score from ballots: library default, reach (the share of
//     respondents whose current-culture picks include one of the value's
//     behaviours); from ratings: library default, (mean − min)/(max − min)
//     × 100. No formula is published.
//   - The overall index, the unweighted mean of the seven value scores,
//     published to one place, rounded half-up: derived from the 2022
//     national figures (the seven scores average 60.94, published as 60.9).
//   - The categories A Sehat ≥ 75.0, B Cukup Sehat ≥ 50.0, C Tidak Sehat
//     ≥ 25.0, decided on the score rounded to one place: official, the 2022
//     agency report format (KemenPANRB); the upper bound of C is derived;
//     band D below 25.0 exists, its label "Sangat Tidak Sehat" is a library
//     default. The 2022 national Adaptif score 38.9 is C (one news
//     article's "kategori B" is a reporting error; the ministry's own
//     statement agrees with the table).
//   - The culture-health total index uses the same bands: derived from
//     published pairs. Its five sub-indices are Barrett's (official for the
//     method); their weights are a library default of none: the caller must
//     give them.
//   - Cultural entropy (limiting votes ÷ all current-culture votes × 100),
//     its bands 0–10, 11–20, 21–30, 31–40, 41+ in whole percent, and
//     positive energy = 100 − entropy: official for the method, Barrett
//     Values Centre, Cultural Values Assessment. Values alignment (options
//     shared by two top-10 lists) and the current–desired bands 6+ and 4–5:
//     official (Barrett); 2–3 and 0–1: derived. The Indonesian band labels:
//     library default. Ties are ranked by catalogue order and reported,
//     never hidden.
//   - Ten picks per list on a ballot: library default, after Barrett's
//     instrument as run in 2022–2023.
//   - The minimum number of respondents "differs per agency": official, but
//     the formula is a library default, Slovin with a 5% margin
//     (Krejcie–Morgan and a fixed number are the alternatives). Below its
//     minimum a survey has no index.
//   - The national index: the unweighted mean over the agencies that met
//     their minimum (442 of 592 in 2022): official, KemenPANRB. Pooling all
//     respondents is a different figure, which the library does not
//     compute.
//   - Published figures the golden tests reproduce: the 2022 national value
//     scores (Berorientasi Pelayanan 57.9, Akuntabel 74.1, Kompeten 56.7,
//     Harmonis 63.8, Loyal 65.8, Adaptif 38.9, Kolaboratif 69.4; index
//     60.9, B); the 2023 national index 61.1; Kabupaten Tegal 62.3, B
//     (5,773 respondents).
//
// Employee Engagement and Employer Branding (packages engagement,
// branding):
//
//   - Their purposes and the engagement minimum of 140 respondents per
//     agency: official, KemenPANRB.
//   - Their items, dimensions and bands are not published: the caller
//     defines the instrument; the library ships no wording as official.
//   - Mean, percent favourable (top two boxes of a 5-point scale), segments
//     by personal mean (engaged ≥ 4.0, neutral ≥ 3.0), eNPS and NPS (%
//     promoters 9–10 − % detractors 0–6), Cronbach's alpha: the well-known
//     public formulas; their thresholds, the top boxes, the places (2 for
//     means, 1 for percentages, 3 for alpha) and the engagement index as
//     percent favourable are library defaults.
//   - The confidentiality threshold of 5 respondents per subgroup, with
//     complementary suppression of the next-smallest subgroup when the
//     suppressed ones could be recovered by difference: library default,
//     after the practice of statistical agencies.
//   - The employer branding minimum: none published; the caller gives it.
//
// Performance (package kinerja):
//
//   - The three ratings, the 3×3 predikat matrix, and Perilaku Kerja
//     assessed against the seven values with the leader's specific
//     expectation: official, PermenPANRB No. 6 Tahun 2022. No rule turns
//     the seven per-value judgements into one rating; the library derives
//     none.
//   - The five organisation predikat: official; the distribution pattern
//     each allows: derived (one secondary source; the regulation calls it a
//     guiding pattern, so the check returns findings); how shares round for
//     small teams and whether "most" means a majority: library defaults.
//   - Angka kredit = months/12 × percentage × annual coefficient, the
//     percentages 150/100/75/50/25 and the coefficients of Ahli Pertama
//     (12.5) and Ahli Muda (25): official, PermenPANRB No. 1 Tahun 2023 and
//     Peraturan BKN No. 3 Tahun 2023; the other coefficients: derived,
//     Pemula's 3.75 from BKN's SIASN koefisien reference table (id 52). A
//     year's angka kredit is capped at 150% of the coefficient: official,
//     Peraturan BKN No. 3 Tahun 2023. Three decimal places: library default
//     (BKN's worked examples show 18.75 and 2.08). Summing a year's periods
//     exactly before one rounding: library default; BKN's worked examples
//     round each period first (an option), and which SIASN stores is
//     unpublished.
//   - "ESPEKTASI" is accepted for "Ekspektasi": BKN's own SIASN spelling.
//   - The golongan II/a to IV/e and their pangkat (Pengatur Muda … Pembina
//     Utama): official, PP No. 99 Tahun 2000, lampiran. The golongan each
//     jenjang spans (Ahli Pertama III/a–III/b, Ahli Muda III/c–III/d, Ahli
//     Madya IV/a–IV/c, Ahli Utama IV/d–IV/e; Pemula II/a, Terampil
//     II/b–II/d, Mahir III/a–III/b, Penyelia III/c–III/d): PermenPANRB No.
//     1 Tahun 2023 lampiran, official for keahlian, derived for
//     keterampilan.
//   - The minimum cumulative angka kredit of the konversi model, per
//     kenaikan pangkat and for the kenaikan jenjang: Ahli Pertama 50 and
//     100, Ahli Muda 100 and 200, Ahli Madya 150 and 450, Ahli Utama 200;
//     Pemula 15 and 15, Terampil 20 and 60, Mahir 50 and 100, Penyelia 100.
//     Official for keahlian (two sources agree), derived for keterampilan
//     (the lampiran page and one news source; one BKN deck swaps Terampil
//     and Mahir), PermenPANRB No. 1 Tahun 2023 lampiran. The highest
//     golongan of a jenjang has no kenaikan pangkat of its own, and the
//     highest jenjang no kenaikan jenjang: the library says so rather than
//     give a zero.
//   - Angka kredit accumulates across the pangkat of a jenjang, so the n-th
//     kenaikan pangkat needs n times the figure per pangkat: derived,
//     agency PAK forms (IV/a 0–150, IV/b 150–300, IV/c 300–450). A kenaikan
//     jenjang restarts it at 0: derived, BKN's slides. Whether the excess
//     above the minimum carries at a kenaikan jenjang: library default, it
//     does not (an option carries it). Periods add exactly and round once,
//     as a year's do: library default; rounding each period is an option.
//     Worked examples: Ahli Muda, Baik, 25 a year and 75 in three years
//     (Peraturan BKN No. 3 Tahun 2023 lampiran); 18.75 + 2.08 = 20.83
//     (BKN's slides).
//   - Angka kredit integrasi = the cumulative angka kredit of the last
//     conventional PAK − the nilai dasar of the golongan's keahlian jenjang
//     (Ahli Pertama 100, Ahli Muda 200, Ahli Madya 400, Ahli Utama 850):
//     derived, BKN Direktorat Jabatan ASN; an agency PAK form: Ahli Madya
//     IV/b, 550.63 − 400 = 150.63 (a published "287.500 − 200 = 287.300" is
//     an arithmetic error for 87.500). The keterampilan nilai dasar is not
//     published: the library refuses rather than guess. The angka kredit
//     dasar of a move (Peraturan BKN No. 3 Tahun 2023 lampiran II) is out
//     of scope: its table is not published.
//
// SIASN (package kinerja/siasn), derived from BKN's SIASN reference tables
// as bundled by public SIASN client libraries (several independent clients
// agree; no public BKN document was found):
//
//   - perilakuDanKinerja: 1 DIATAS, 2 SESUAI, 3 DIBAWAH ESPEKTASI (1 is the
//     best); kuadranNilai: 1 SANGAT BAIK, 2 BAIK, 3 BUTUH PERBAIKAN, 4
//     KURANG, 5 SANGAT KURANG; periodik: 1 bulanan, 2 triwulan; koefisien:
//     12 Ahli Pertama … 82 Penyelia. The PermenPANRB 6/2022 matrix in SIASN
//     codes is 1 2 4 / 2 2 4 / 3 3 5.
//   - The field names of /skp22/save, /kinerjaperiodik/save and their
//     rw-skp22 and rw-kinerjaperiodik responses, whose case and names drift
//     (PerilakuKerjaNilai, koefisenId, namaPenilai), read leniently.
//   - The fields of /angkakredit/save, every value a string, in BKN's
//     spelling (bulanMulaiPenailan), flags "1" or "0", tanggalSk
//     DD-MM-YYYY, and of its rw-angkakredit records (pns, rwJabatan,
//     namaJabatan), read leniently. A konversi record has kreditUtamaBaru
//     and kreditPenunjangBaru 0 and carries its angka kredit in
//     kreditBaruTotal.
//
// Survei Kepuasan Masyarakat (package ikm), PermenPANRB No. 14 Tahun 2017:
//
//   - The nine unsur, the answers 1 Tidak Baik … 4 Sangat Baik, NRR per
//     unsur = the mean of its answers (blanks left out), IKM = Σ (NRR
//     × weight) × 25: official, PermenPANRB No. 14 Tahun 2017. Sources
//     disagree on the order of the last two unsur; the library identifies
//     unsur by name.
//   - The answer words of the questionnaire, per unsur (Persyaratan: Tidak
//     sesuai … Sangat sesuai; Biaya/Tarif: Sangat mahal, Cukup mahal,
//     Murah, Gratis; Penanganan Pengaduan: Tidak ada … Dikelola dengan
//     baik; and so on), scoring a–d as 1–4, with the variants seen ("Ada
//     tapi tidak berfungsi", "Tidak sopan … Sangat sopan", "Tidak wajar
//     … Sangat wajar"): derived, from agency questionnaires labelled
//     PermenPANRB 14/2017 and public SKM applications (the lampiran's own
//     text was not read).
//   - The bands A 88.31–100, B 76.61–88.30, C 65.00–76.60, D 25.00–64.99 on
//     the converted value, at two places: official (category.IKM). The band
//     of one unsur (NRR × 25): derived, the regulation's NRR intervals are
//     the converted ones ÷ 25.
//   - The minimum sample, Krejcie–Morgan (survey.KrejcieMorgan): official.
//   - The weight and the rounding: library default exactly 1/n and one
//     rounding half-up to two places after × 25; the printed weights 0.111
//     and 0.11 and rounding each NRR first are options, as public
//     implementations use them (on one public worked example they give
//     91.48, 91.38, 90.56 and 91.50).
//   - NRR printed to three places in a report, for display only (the index
//     is computed as above): derived, from agency reports.
//   - The IKM of each jenis layanan (or any group of respondents) and of
//     the unit as a whole, each pooled over its own respondents, never an
//     average of the groups' indices: derived, as published reports compute
//     them. A group's minimum, when the caller gives none, is the
//     confidentiality threshold of 5 respondents (and of 5 answers to each
//     unsur), with complementary suppression as for engagement subgroups:
//     library default.
//   - The unsur of PermenPANRB No. 16 Tahun 2014 (Persyaratan, Prosedur,
//     Waktu Pelayanan, Biaya/Tarif, Produk Spesifikasi Jenis Pelayanan,
//     Kompetensi Pelaksana, Perilaku Pelaksana, Maklumat Pelayanan,
//     Penanganan Pengaduan, Saran dan Masukan), replaced by PermenPANRB No.
//     14 Tahun 2017: official, offered as a named alternative instrument
//     (ikm.Instrument2014), never by default.
//   - The older KepmenPAN No. KEP/25/M.PAN/2/2004 scheme (14 unsur, weight
//     0,071) is not computed, but its bands D 25.00–43.75, C 43.76–62.50, B
//     62.51–81.25, A 81.26–100.00 are official for reading old reports
//     (category.IKM2004, superseded): many agencies labelled 9-unsur
//     results with them until at least 2020.
//
// Baseline, target and progress (packages survey, akhlak, engagement,
// branding, ikm):
//
//   - The index is measured to be the baseline for next year's target and
//     for policy, and measured again in the stages "Pengukuran Baseline"
//     and "Pemantauan dan Evaluasi": official, KemenPANRB (2022).
//   - Sampling error: a 95% interval (z = 1.96) on every published survey
//     figure, with the finite-population correction √((N − n)/(N − 1)) when
//     the minimum knows the population N (a fixed minimum knows none: no
//     correction, a wider interval); Wilson's interval for a share of
//     respondents (a score by reach), mean ± 1.96·s/√n for a mean of
//     answers (a score by ratings, a dimension, an NRR), s from the integer
//     sums of the answers and their squares; computed exactly up to the
//     square root, rounded half-up once at the figure's places: derived,
//     standard survey statistics (the Slovin minimum rests on the same 5%
//     margin at 95%).
//   - The index by ballots: the mean over respondents of each one's own
//     contribution, 100k/7 for the k values reached, so its interval is
//     that of a mean, exactly, from Σ k and Σ k², which a ballot tally
//     counts since format version 2: derived, standard survey statistics. A
//     figure made of several that the same respondents gave without their
//     own contributions counted (a score by ratings, the index by ratings
//     or from a version 1 tally, an engagement or branding dimension and
//     index, the IKM): its variance bounded from above by k·Σ wᵢ²·Var(eᵢ)
//     over its k varying parts (Cauchy–Schwarz), so that its interval is
//     never narrower than the true one: derived, the one safe reading
//     without each respondent's own contribution, which the tallies do not
//     count.
//   - The change between two surveys: the difference of the published
//     figures ± 1.96·√(se₁² + se₂²), the surveys taken as independent
//     samples; "up" or "down" only when the published interval excludes
//     zero, otherwise "no measurable change"; against a published profile
//     without counts, or an engagement or branding result read from JSON
//     (which stores the published bounds, not the counts behind them), no
//     interval and no verdict: derived, standard survey statistics.
//   - Targets: no rule for setting a target or judging progress is
//     published, so the library ships no target (library default: none); a
//     target is the caller's, a score, a category or a change from the
//     baseline, met when the figure's interval lies at or above it, not met
//     when below, and not decidable within the sampling error otherwise.
//
// # Precision
//
// Counts and sums are integers. A reported figure is computed exactly from
// them and becomes a decimal once, with a single division at an explicit
// precision, rounded half-up (away from zero) at the published number of
// places: one for BerAKHLAK scores and categories, two for IKM, three for
// angka kredit. Every reported figure is a figure.Figure: the exact value
// and its places together, so that fmt, its String, its text and its JSON
// show it as published ("61.0", "12.500", "3.50"), which a
// decimal.Decimal's do not ("61", "12.5", "3.5"). Figure.Decimal gives the
// value for arithmetic. A category is decided on the rounded, published
// figure, so the number a person reads and its category never disagree:
// 74.96 is published as 75.0 and is category A.
//
// The library never writes any of shopspring/decimal's package-level
// variables and never depends on decimal.DivisionPrecision; its tests check
// that they still hold their defaults after every suite. Its JSON writes
// every figure as a string, independent of those variables. A decimal the
// caller gives (a score, a weight, a coefficient) is checked for size
// before any arithmetic, and text read as a figure is at most 40 bytes, so
// no input makes the library's work or its error messages grow without
// bound.
//
// # Results and figures
//
// One convention holds for every result (akhlak.BallotResult,
// akhlak.RatingResult, ikm.Result, engagement.Result, branding.Result),
// tally and enumeration of the module; a test checks the method sets and
// the names:
//
//   - The zero value of a result, a tally, a scale or an enumeration is
//     invalid, and IsValid says so; nothing on a zero value panics or
//     reports a figure.
//   - An accessor whose figure always exists on a valid result returns it
//     with no error (akhlak's Index() and Band(), ikm's Index() and
//     Band()). One whose figure may not exist returns (figure, error),
//     the error wrapping survey.ErrNoFigure, and survey.ErrWithheld too
//     when the figure exists but is withheld for confidentiality
//     (engagement's Index(), entropy, alignment, a mean nobody answered).
//     No bool reports a missing figure, and no zero stands for one.
//   - An argument that selects from a closed set is typed (akhlak.Value,
//     akhlak.Behaviour, ikm.Unsur, akhlak.List); an invalid one gives the
//     zero (invalid) Figure or Band, or an error where the method returns
//     one. An item or dimension named by a string the instrument lacks is
//     an error wrapping survey.ErrInvalidInput.
//   - The band a figure falls in is its Band (category.Band); the JSON
//     keeps the official word "category".
//   - A survey figure's 95% interval is a survey.Interval from the method
//     named after the figure with Interval (akhlak's ScoreInterval and
//     IndexInterval, engagement's IndexInterval and DimensionInterval),
//     with an error wrapping survey.ErrNoFigure where there is none.
//   - Every result and tally has Equal (so go-cmp needs no option for
//     them); every result has MarshalJSON and UnmarshalJSON, every tally
//     MarshalBinary and UnmarshalBinary.
//   - The zero value of an input struct means "no answer" wherever an
//     answer could be missing (survey.Recommendation), or the library
//     default for a struct of settings (kinerja.DistributionRules).
//   - Settings of a function with several independent ones are functional
//     options named after what they configure (ikm.ResultOption,
//     engagement.ResultOption, kinerja.AngkaKreditOption), built by With…
//     functions; a function with one or two settings takes them as
//     arguments or in a struct.
//
// # Names
//
//   - Official terms keep their Indonesian names exactly as the regulation
//     writes them (akhlak.Adaptif, kinerja.SangatBaik, kinerja.Jenjang,
//     ikm.Persyaratan, siasn.Bulanan, and SIASN's field names such as
//     Tahun); mechanics are in English (Parse, Scale, Classify, Tally,
//     Merge, Figure, Band).
//   - The constants of an enumeration of official terms are the terms
//     themselves, in CamelCase without connecting words or punctuation
//     (ikm.SistemMekanismeProsedur for "Sistem, Mekanisme dan Prosedur",
//     akhlak.StagePemantauanEvaluasi); a term of more than four words
//     keeps the words that tell it apart (ikm.PenangananPengaduan,
//     akhlak.StageAgendaPerubahan); String gives the official text. Where
//     two enumerations share a term, the second's begin with the word that
//     sets it apart (kinerja.OrganisasiBaik beside kinerja.Baik). The constants of the library's own enumerations begin
//     with the first word of their type's name (akhlak.ListCurrent,
//     akhlak.OptionLimiting, kinerja.ClauseAtMost, siasn.FindingKuadranMax);
//     akhlak's stages and phases, which share "Internalisasi", do too.
//   - The list function of an enumeration is the English plural of an
//     English type name (akhlak.Values, kinerja.Ratings, ikm.Answers) and
//     All followed by an Indonesian one, which takes no English plural
//     (kinerja.AllJenjang, ikm.AllUnsur, siasn.AllPeriodik).
//   - Every enumeration has Parse…, MustParse…, IsValid, String,
//     AppendText, MarshalText and UnmarshalText, written once in the
//     module's internal enum package.
//
// # Storing results
//
// There are two storage forms, for two needs:
//
//   - The tally's bytes (MarshalBinary, UnmarshalBinary on every tally),
//     when the counts must be merged later: more responses, other shards,
//     other units. Every v1.x release reads the bytes an earlier one
//     wrote.
//   - The result's JSON (MarshalJSON, UnmarshalJSON on every result), when
//     only the figures matter: a result kept in a database column and
//     shown later. The JSON carries every figure the result's accessors
//     return, with its places, and the counts they come from; UnmarshalJSON
//     rebuilds the result and refuses a document whose figures are not the
//     ones its counts give (an edited index, a category that does not
//     match its score, counts that do not add up), with an error wrapping
//     survey.ErrInvalidInput that names the field. A decoded result's
//     accessors return what the original's did. A result cannot be merged:
//     store the tally for that.
//
// # Errors
//
// Each condition a caller may branch on has one sentinel in the module:
// survey.ErrInsufficientRespondents, survey.ErrInvalidAnswer,
// survey.ErrNoFigure, survey.ErrInvalidInstrument, survey.ErrInvalidInput,
// survey.ErrCorrupt, category.ErrOutOfRange, and each package's
// ErrUnknown… for a name it does not know. Typed errors carry the bad
// input for errors.As: survey.AnswerError, survey.InsufficientError,
// category.RangeError, and each package's ParseError. Bad data never
// panics; only Must… functions do.
//
// # Concurrency
//
// Scales, instruments, profiles, minimums and results are immutable values,
// safe for concurrent use. A tally is not: give each goroutine its own and
// merge them.
//
// # Stability
//
// From v1.0.0 the module makes the promise the Go 1 release made for the
// language: a program written against v1 keeps compiling with every v1.x
// release, and keeps getting the same figures, unless the CHANGELOG of a
// minor release lists a moved default or a corrected figure (see "How a
// rule change ships" below); a patch release never moves a figure except
// to fix one contrary to its cited source.
//
// What the promise covers:
//
//   - The exported API of every package outside internal/ and examples/:
//     its names, signatures and documented behaviour. Every change is
//     checked against the baseline committed in api/ with
//     golang.org/x/exp/cmd/apidiff, and CI refuses an incompatible one; a
//     name that must go is marked Deprecated: and stays. A package whose
//     doc says "Experimental:" is outside the promise until that line
//     goes: today only berakhlaktest, the test-support package.
//   - Every figure the library produces for the same inputs and options:
//     scores, indices, categories, minimums, predikat, angka kredit, down
//     to the last digit and the number of places. A test pins them for a
//     fixed set of inputs (the example programs' samples, the published
//     2022 national profile, every SKP matrix cell, every angka kredit
//     jenjang × predikat × months, the minimum tables, every category
//     boundary).
//   - The binary format of every tally (MarshalBinary): a v1.x release
//     decodes every encoding written by an earlier one. A new format gets
//     a new version number, and version 1 stays readable.
//
// What it does not cover: unexported behaviour, the text of error messages
// (match errors with errors.Is and errors.As, never by text), the output
// format of the example programs, performance figures, and the go-cmp
// output of berakhlaktest's diffs.
//
// How a rule change ships: when the government changes a rule, or a
// library default turns out wrong against a stronger source, the new rule
// is added next to the old one (a new table, scale or option, with its
// source); the default moves to it only in a minor version, never a patch,
// and CHANGELOG.md lists the change and the figures it moves. A bug that
// produced a figure contrary to its cited source is fixed in any release,
// also with a CHANGELOG entry.
package berakhlak

//go:generate go run ./examples/internal/rules/gendoc
