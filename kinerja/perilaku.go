package kinerja

import (
	"fmt"

	"github.com/go-asn/berakhlak/akhlak"
)

// Ekspektasi is the part of an SKP's Perilaku Kerja section for one core
// value (PermenPANRB No. 6 Tahun 2022): the leader's specific expectation
// (Ekspektasi Khusus Pimpinan, free text) and, optionally, the feedback on
// that value on the three-level scale.
type Ekspektasi struct {
	Value      akhlak.Value
	Khusus     string // Ekspektasi Khusus Pimpinan, free text; may be empty
	UmpanBalik Rating // optional per-value feedback; zero when not given
}

// PerilakuKerja is the behaviour section of an SKP: one [Ekspektasi] for
// each of the seven BerAKHLAK values, and the one Perilaku Kerja rating
// given by the rating official (pejabat penilai kinerja).
//
// No arithmetic turns the seven per-value judgements into the one rating:
// PermenPANRB No. 6 Tahun 2022 publishes none, so the rating is the
// official's and the library never derives it.
type PerilakuKerja struct {
	items  [7]Ekspektasi
	rating Rating
}

// Equal reports whether p and o hold the same rating and expectations.
func (p PerilakuKerja) Equal(o PerilakuKerja) bool { return p == o }

// NewPerilakuKerja returns the behaviour section with the given rating and
// the seven values' expectations, in any order. It returns an error
// wrapping:
//   - [ErrUnknownRating] for an invalid rating, or an invalid non-zero
//     per-value feedback;
//   - [akhlak.ErrUnknownValue] for an invalid value;
//   - [ErrInvalidInput] for a value given twice or a value missing.
func NewPerilakuKerja(rating Rating, items []Ekspektasi) (PerilakuKerja, error) {
	var pk PerilakuKerja
	if !rating.IsValid() {
		return pk, fmt.Errorf("kinerja: perilaku kerja rating %s: %w", rating, ErrUnknownRating)
	}
	var seen [8]bool
	for i, it := range items {
		if !it.Value.IsValid() {
			return PerilakuKerja{}, fmt.Errorf("kinerja: perilaku kerja item %d: value %s: %w", i+1, it.Value, akhlak.ErrUnknownValue)
		}
		if seen[it.Value] {
			return PerilakuKerja{}, fmt.Errorf("kinerja: perilaku kerja: %s given twice: %w", it.Value, ErrInvalidInput)
		}
		if it.UmpanBalik != 0 && !it.UmpanBalik.IsValid() {
			return PerilakuKerja{}, fmt.Errorf("kinerja: perilaku kerja: %s: umpan balik %s: %w", it.Value, it.UmpanBalik, ErrUnknownRating)
		}
		seen[it.Value] = true
		pk.items[it.Value-1] = it
	}
	for _, v := range akhlak.Values() {
		if !seen[v] {
			return PerilakuKerja{}, fmt.Errorf("kinerja: perilaku kerja: no entry for %s: %w", v, ErrInvalidInput)
		}
	}
	pk.rating = rating
	return pk, nil
}

// IsValid reports whether pk was made by [NewPerilakuKerja].
func (pk PerilakuKerja) IsValid() bool { return pk.rating.IsValid() }

// Rating returns the Perilaku Kerja rating given by the rating official.
func (pk PerilakuKerja) Rating() Rating { return pk.rating }

// Ekspektasi returns the entry for v; the zero Ekspektasi for an invalid
// value.
func (pk PerilakuKerja) Ekspektasi(v akhlak.Value) Ekspektasi {
	if !v.IsValid() {
		return Ekspektasi{}
	}
	return pk.items[v-1]
}

// Items returns the seven entries in the official order of the values.
func (pk PerilakuKerja) Items() [7]Ekspektasi { return pk.items }
