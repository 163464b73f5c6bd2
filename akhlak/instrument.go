package akhlak

import (
	"fmt"
	"hash/fnv"
	"strconv"

	"github.com/go-asn/berakhlak/internal/fold"
)

// OptionKind says what an option of a vote-based [Instrument] counts
// toward.
type OptionKind uint8

// The kinds of option.
const (
	// KindBehaviour is one of the 21 behaviour guidelines; votes for it count
	// toward its value's reach.
	KindBehaviour OptionKind = iota + 1
	// KindPositive is an extra option that is positive but not one of the
	// 21 behaviours.
	KindPositive
	// KindLimiting is an extra, potentially limiting option (Barrett): its
	// current-culture votes count toward cultural entropy.
	KindLimiting
)

var kindNames = [...]string{"", "behaviour", "positive", "limiting"}

// IsValid reports whether k is one of the three kinds.
func (k OptionKind) IsValid() bool { return k >= KindBehaviour && k <= KindLimiting }

// MarshalText returns the kind's name, and the empty text for the zero
// OptionKind. Any other invalid kind is an error.
func (k OptionKind) MarshalText() ([]byte, error) {
	if k == 0 {
		return []byte{}, nil
	}
	if !k.IsValid() {
		return nil, fmt.Errorf("akhlak: %s: %w", k, ErrInvalidInstrument)
	}
	return []byte(kindNames[k]), nil
}

// UnmarshalText sets k from any name [ParseOptionKind] accepts; the empty
// text sets the zero value.
func (k *OptionKind) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*k = 0
		return nil
	}
	x, err := ParseOptionKind(string(text))
	if err != nil {
		return err
	}
	*k = x
	return nil
}

// String returns "behaviour", "positive" or "limiting".
func (k OptionKind) String() string {
	if !k.IsValid() {
		return "akhlak.OptionKind(" + strconv.Itoa(int(k)) + ")"
	}
	return kindNames[k]
}

// ParseOptionKind returns the kind named "behaviour", "positive" or
// "limiting", in any case.
func ParseOptionKind(s string) (OptionKind, error) {
	var buf [16]byte
	key, ok := fold.Append(buf[:0], s, false)
	if ok {
		switch string(key) {
		case "behaviour", "behavior":
			return KindBehaviour, nil
		case "positive":
			return KindPositive, nil
		case "limiting":
			return KindLimiting, nil
		}
	}
	return 0, fmt.Errorf("akhlak: option kind %q: want behaviour, positive or limiting: %w", s, ErrInvalidInstrument)
}

// Option is one choice on a vote-based ballot: one of the 21 behaviours, or
// an extra option the caller defines.
type Option struct {
	Code      string     // unique, e.g. "BP1" or "BIROKRATIS"
	Kind      OptionKind // behaviour, positive or limiting
	Text      string     // the text shown to respondents
	Behaviour Behaviour  // for KindBehaviour; zero otherwise
}

// MaxOptions is the largest number of options an instrument may have: the
// 21 behaviours and up to 43 extras. A respondent's picks are a 64-bit set.
const MaxOptions = 64

// DefaultMaxPicks is the default number of options a respondent may pick in
// each list (library default, after Barrett's Cultural Values Assessment as
// run for the Survei Budaya Kerja ASN 2022–2023: up to ten).
const DefaultMaxPicks = 10

// Instrument is the catalogue of a vote-based survey: the 21 behaviours
// (options 0–20, in official order, coded BP1…KL3), then the caller's extra
// options, and the number of picks allowed per list. It is immutable. The
// zero Instrument is invalid; use [NewInstrument] or [DefaultInstrument].
type Instrument struct {
	options      []Option
	maxPicks     int
	limiting     uint64    // options of KindLimiting
	valueMask    [7]uint64 // the three behaviours of each value
	fingerprint  uint64
	foldedExtras []string
}

// DefaultInstrument returns the 21 behaviours with [DefaultMaxPicks] picks
// per list and no extra options.
func DefaultInstrument() Instrument {
	in, err := NewInstrument(DefaultMaxPicks)
	if err != nil {
		panic(err) // unreachable: the default is valid
	}
	return in
}

// NewInstrument returns the instrument of the 21 behaviours plus extras,
// with maxPicks picks allowed per list. Each extra must have a unique code
// that is not a behaviour code, a non-empty text, and the kind
// KindPositive or KindLimiting. The result wraps [ErrInvalidInstrument]
// and names the offending option.
func NewInstrument(maxPicks int, extras ...Option) (Instrument, error) {
	if len(extras) > MaxOptions-21 {
		return Instrument{}, fmt.Errorf("akhlak: instrument: %d extra options, at most %d: %w", len(extras), MaxOptions-21, ErrInvalidInstrument)
	}
	if maxPicks < 1 || maxPicks > 21+len(extras) {
		return Instrument{}, fmt.Errorf("akhlak: instrument: %d picks per list, want 1–%d: %w", maxPicks, 21+len(extras), ErrInvalidInstrument)
	}
	in := Instrument{maxPicks: maxPicks, options: make([]Option, 0, 21+len(extras))}
	for _, b := range Behaviours() {
		in.options = append(in.options, Option{Code: b.Code(), Kind: KindBehaviour, Text: b.String(), Behaviour: b})
		in.valueMask[b.Value()-1] |= 1 << (b - 1)
	}
	seen := map[string]string{}
	for _, b := range Behaviours() {
		seen[foldCode(b.Code())] = b.Code()
	}
	for i, o := range extras {
		key := foldCode(o.Code)
		switch {
		case key == "":
			return Instrument{}, fmt.Errorf("akhlak: instrument: extra option %d has no code: %w", i+1, ErrInvalidInstrument)
		case seen[key] != "":
			return Instrument{}, fmt.Errorf("akhlak: instrument: option code %q clashes with %q: %w", o.Code, seen[key], ErrInvalidInstrument)
		case o.Kind != KindPositive && o.Kind != KindLimiting:
			return Instrument{}, fmt.Errorf("akhlak: instrument: option %q has kind %s, want positive or limiting: %w", o.Code, o.Kind, ErrInvalidInstrument)
		case o.Text == "":
			return Instrument{}, fmt.Errorf("akhlak: instrument: option %q has no text: %w", o.Code, ErrInvalidInstrument)
		case o.Behaviour != 0:
			return Instrument{}, fmt.Errorf("akhlak: instrument: extra option %q names behaviour %s: %w", o.Code, o.Behaviour.Code(), ErrInvalidInstrument)
		}
		seen[key] = o.Code
		idx := len(in.options)
		if o.Kind == KindLimiting {
			in.limiting |= 1 << idx
		}
		in.options = append(in.options, o)
		in.foldedExtras = append(in.foldedExtras, key)
	}
	h := fnv.New64a()
	fmt.Fprintf(h, "%d", maxPicks)
	for _, o := range in.options {
		fmt.Fprintf(h, "\x00%s\x00%d\x00%s", o.Code, o.Kind, o.Text)
	}
	in.fingerprint = h.Sum64()
	return in, nil
}

func foldCode(s string) string {
	f, _ := fold.Append(make([]byte, 0, len(s)), s, false)
	return string(f)
}

// IsValid reports whether in was made by [NewInstrument].
func (in Instrument) IsValid() bool { return len(in.options) >= 21 }

// MaxPicks returns the number of options a respondent may pick per list.
func (in Instrument) MaxPicks() int { return in.maxPicks }

// Len returns the number of options.
func (in Instrument) Len() int { return len(in.options) }

// Options returns a copy of the options, in index order: the 21 behaviours,
// then the extras.
func (in Instrument) Options() []Option { return append([]Option(nil), in.options...) }

// Option returns option i, and false if there is none.
func (in Instrument) Option(i int) (Option, bool) {
	if i < 0 || i >= len(in.options) {
		return Option{}, false
	}
	return in.options[i], true
}

// Lookup returns the index of the option with the given code: a behaviour
// code (any form [ParseBehaviour] accepts for codes) or an extra option's
// code, in any case, with spaces, "_" or "-" ignored. An unknown code is
// an error wrapping [ErrUnknownOption] that quotes it.
func (in Instrument) Lookup(code string) (int, error) {
	var buf [64]byte
	key, ok := fold.Append(buf[:0], code, false)
	if ok {
		if len(key) == 3 && '1' <= key[2] && key[2] <= '3' {
			if v := lookupValue(key[:2]); v != 0 {
				return int(v.Behaviours()[key[2]-'1']) - 1, nil
			}
		}
		for i, f := range in.foldedExtras {
			if string(key) == f {
				return 21 + i, nil
			}
		}
	}
	return -1, fmt.Errorf("akhlak: option %q: %w", code, ErrUnknownOption)
}

// Equal reports whether in and o have the same options, in the same order,
// and the same pick limit.
func (in Instrument) Equal(o Instrument) bool {
	if in.fingerprint != o.fingerprint || in.maxPicks != o.maxPicks || len(in.options) != len(o.options) {
		return false
	}
	for i := range in.options {
		if in.options[i] != o.options[i] {
			return false
		}
	}
	return true
}
