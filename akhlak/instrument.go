package akhlak

import (
	"fmt"
	"hash/fnv"
	"slices"
	"strconv"

	"github.com/go-asn/berakhlak/internal/enum"
	"github.com/go-asn/berakhlak/internal/fold"
	"github.com/go-asn/berakhlak/survey"
)

// OptionKind says what an option of a vote-based [Instrument] counts
// toward. The zero OptionKind is invalid.
type OptionKind uint8

// The kinds of option.
const (
	// OptionBehaviour is one of the 21 behaviour guidelines; votes for it
	// count toward its value's reach.
	OptionBehaviour OptionKind = iota + 1
	// OptionPositive is an extra option that is positive but not one of the
	// 21 behaviours.
	OptionPositive
	// OptionLimiting is an extra, potentially limiting option (Barrett):
	// its current-culture votes count toward cultural entropy.
	OptionLimiting
)

var kindNames = [...]string{"", "behaviour", "positive", "limiting"}

// OptionKinds returns the three kinds in order.
func OptionKinds() [3]OptionKind {
	return [3]OptionKind{OptionBehaviour, OptionPositive, OptionLimiting}
}

// IsValid reports whether k is one of the three kinds.
func (k OptionKind) IsValid() bool { return k >= OptionBehaviour && k <= OptionLimiting }

// AppendText appends the kind's name to b, nothing for the zero
// OptionKind. Any other invalid kind is an error.
func (k OptionKind) AppendText(b []byte) ([]byte, error) {
	return enum.Append(b, k, kindNames[:], func() error {
		return &ParseError{Input: k.String(), Err: ErrUnknownOptionKind}
	})
}

// MarshalText returns the kind's name, and the empty text for the zero
// OptionKind. Any other invalid kind is an error.
func (k OptionKind) MarshalText() ([]byte, error) { return k.AppendText(nil) }

// UnmarshalText sets k from any name [ParseOptionKind] accepts; the empty
// text sets the zero value.
func (k *OptionKind) UnmarshalText(text []byte) error {
	return enum.Unmarshal(k, text, ParseOptionKind)
}

// String returns "behaviour", "positive" or "limiting".
func (k OptionKind) String() string {
	if !k.IsValid() {
		return "akhlak.OptionKind(" + strconv.Itoa(int(k)) + ")"
	}
	return kindNames[k]
}

// ParseOptionKind returns the kind named "behaviour" (or "behavior"),
// "positive" or "limiting", in any case. Anything else is a [*ParseError]
// wrapping [ErrUnknownOptionKind].
func ParseOptionKind(s string) (OptionKind, error) {
	var buf [16]byte
	key, ok := fold.Append(buf[:0], s, false)
	if ok {
		switch string(key) {
		case "behaviour", "behavior":
			return OptionBehaviour, nil
		case "positive":
			return OptionPositive, nil
		case "limiting":
			return OptionLimiting, nil
		}
	}
	return 0, &ParseError{Input: s, Err: ErrUnknownOptionKind}
}

// MustParseOptionKind is like [ParseOptionKind] but panics on an error.
func MustParseOptionKind(s string) OptionKind { return enum.Must(ParseOptionKind(s)) }

// OptionID identifies an option of a vote-based [Instrument]. OptionID(b)
// is behaviour b's option, for the 21 behaviours (1–21), so
// OptionID(akhlak.MustParseBehaviour("BP1")) is BP1's option; the
// instrument's extra options follow, from 22, in the order given to
// [NewInstrument]. The zero OptionID is invalid. An instrument has at most
// 64 options.
type OptionID uint8

// Behaviour returns the behaviour the option stands for, and false for an
// extra option or an invalid id.
func (id OptionID) Behaviour() (Behaviour, bool) {
	b := Behaviour(id)
	return b, b.IsValid()
}

// Option is one choice on a vote-based ballot: one of the 21 behaviours, or
// an extra option the caller defines.
type Option struct {
	Code      string     // unique, e.g. "BP1" or "BIROKRATIS"
	Kind      OptionKind // behaviour, positive or limiting
	Text      string     // the text shown to respondents
	Behaviour Behaviour  // for OptionBehaviour; zero otherwise
}

// maxOptions is the largest number of options an instrument may have: the
// 21 behaviours and up to 43 extras. A respondent's picks are a 64-bit set.
const maxOptions = 64

// defaultMaxPicks is the number of options a respondent may pick in each
// list in [DefaultInstrument].
const defaultMaxPicks = 10

// Instrument is the catalogue of a vote-based survey: the 21 behaviours
// (options 1–21, in official order, coded BP1…KL3), then the caller's extra
// options (22 on), and the number of picks allowed per list. It is an
// immutable value, safe for concurrent use. The zero Instrument is invalid;
// use [NewInstrument] or [DefaultInstrument].
type Instrument struct {
	options      []Option
	maxPicks     int
	limiting     uint64    // bit id-1 set for each option of OptionLimiting
	valueMask    [7]uint64 // the three behaviours of each value
	fingerprint  uint64
	foldedExtras []string
}

// DefaultInstrument returns the 21 behaviours with ten picks per list and no
// extra options: Barrett's Cultural Values Assessment as run for the Survei
// Budaya Kerja ASN 2022–2023 lets each respondent pick up to ten options per
// list (library default; the ministry publishes no catalogue).
func DefaultInstrument() Instrument {
	in, err := NewInstrument(defaultMaxPicks)
	if err != nil {
		panic(err) // unreachable: the default is valid
	}
	return in
}

// NewInstrument returns the instrument of the 21 behaviours plus extras,
// with maxPicks picks allowed per list. Each extra must have a unique code
// that is not a behaviour code, a non-empty text, and the kind
// OptionPositive or OptionLimiting, and no Behaviour. maxPicks must be 1 to
// the number of options. An instrument has at most 64 options (43 extras).
// An error wraps [survey.ErrInvalidInstrument] and names the offending
// option.
func NewInstrument(maxPicks int, extras ...Option) (Instrument, error) {
	if len(extras) > maxOptions-21 {
		return Instrument{}, fmt.Errorf("akhlak: instrument: %d extra options, at most %d: %w", len(extras), maxOptions-21, survey.ErrInvalidInstrument)
	}
	if maxPicks < 1 || maxPicks > 21+len(extras) {
		return Instrument{}, fmt.Errorf("akhlak: instrument: %d picks per list, want 1–%d: %w", maxPicks, 21+len(extras), survey.ErrInvalidInstrument)
	}
	in := Instrument{maxPicks: maxPicks, options: make([]Option, 0, 21+len(extras))}
	for _, b := range Behaviours() {
		in.options = append(in.options, Option{Code: b.Code(), Kind: OptionBehaviour, Text: b.String(), Behaviour: b})
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
			return Instrument{}, fmt.Errorf("akhlak: instrument: extra option %d has no code: %w", i+1, survey.ErrInvalidInstrument)
		case seen[key] != "":
			return Instrument{}, fmt.Errorf("akhlak: instrument: option code %q clashes with %q: %w", o.Code, seen[key], survey.ErrInvalidInstrument)
		case o.Kind != OptionPositive && o.Kind != OptionLimiting:
			return Instrument{}, fmt.Errorf("akhlak: instrument: option %q has kind %s, want positive or limiting: %w", o.Code, o.Kind, survey.ErrInvalidInstrument)
		case o.Text == "":
			return Instrument{}, fmt.Errorf("akhlak: instrument: option %q has no text: %w", o.Code, survey.ErrInvalidInstrument)
		case o.Behaviour != 0:
			return Instrument{}, fmt.Errorf("akhlak: instrument: extra option %q names behaviour %s: %w", o.Code, o.Behaviour.Code(), survey.ErrInvalidInstrument)
		}
		seen[key] = o.Code
		if o.Kind == OptionLimiting {
			in.limiting |= 1 << len(in.options) // the bit of OptionID(len+1)
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

// Options returns a copy of the options in the order of their ids: the 21
// behaviours, then the extras. Options()[i] is the option of OptionID(i+1).
func (in Instrument) Options() []Option { return append([]Option(nil), in.options...) }

// Option returns the option with the given id. An id the instrument
// lacks (the zero OptionID, or one past its last option) is an error
// wrapping [ErrUnknownOption].
func (in Instrument) Option(id OptionID) (Option, error) {
	if !in.has(id) {
		return Option{}, fmt.Errorf("akhlak: option %d: not one of the instrument's %d: %w", id, len(in.options), ErrUnknownOption)
	}
	return in.options[id-1], nil
}

// has reports whether id is one of in's options.
func (in Instrument) has(id OptionID) bool { return id >= 1 && int(id) <= len(in.options) }

// Lookup returns the id of the option with the given code: a behaviour
// code (any form [ParseBehaviour] accepts for codes) or an extra option's
// code, in any case, with spaces, "_" or "-" ignored. An unknown code is a
// [*ParseError] wrapping [ErrUnknownOption] that quotes it.
func (in Instrument) Lookup(code string) (OptionID, error) {
	var buf [64]byte
	key, ok := fold.Append(buf[:0], code, false)
	if ok {
		if len(key) == 3 && '1' <= key[2] && key[2] <= '3' {
			if v := lookupValue(key[:2]); v != 0 {
				return OptionID(v.Behaviours()[key[2]-'1']), nil
			}
		}
		for i, f := range in.foldedExtras {
			if string(key) == f {
				return OptionID(22 + i), nil
			}
		}
	}
	return 0, &ParseError{Input: code, Err: ErrUnknownOption}
}

// MustLookup is like [Instrument.Lookup] but panics on an unknown code. It
// is meant for tests and for codes written in source code.
func (in Instrument) MustLookup(code string) OptionID { return enum.Must(in.Lookup(code)) }

// Equal reports whether in and o have the same options, in the same order,
// and the same pick limit.
func (in Instrument) Equal(o Instrument) bool {
	return in.fingerprint == o.fingerprint && in.maxPicks == o.maxPicks && slices.Equal(in.options, o.options)
}
