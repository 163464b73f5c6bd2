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
// and [Behaviour.MarshalText] write.
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
// published as 60.9), and [Profile.Category] classifies it with
// [category.BerAKHLAK].
//
// # Stages and phases
//
// [Stage] lists the seven stages of culture strengthening and [Phase] the
// three roadmap phases (Internalisasi → Aktivasi → Penguatan), as
// definitions with no scoring.
package akhlak
