package kinerja

import (
	"fmt"
	"strconv"

	"github.com/go-asn/berakhlak/internal/fold"
	"github.com/shopspring/decimal"
)

// Jenjang is the level (jenjang) of a functional position (jabatan
// fungsional), which fixes its annual angka kredit coefficient
// (PermenPANRB 1/2023, Peraturan BKN 3/2023). The zero Jenjang is invalid.
// The constants are grouped (keahlian, then keterampilan), not ordered
// across the groups: compare jenjang with ==, not <.
//
// Pemula is present so that HR data at that level parses and nothing is
// dropped, but no public source fixes its coefficient yet (RULES.md §5.3:
// open): [AngkaKredit] returns [ErrNoKoefisien] for it unless the caller
// supplies the coefficient with [WithKoefisien].
type Jenjang uint8

// The jenjang of the functional positions: the keahlian (expert) levels,
// then the keterampilan (skilled) levels.
const (
	AhliPertama Jenjang = iota + 1 // Ahli Pertama: coefficient 12.5, official
	AhliMuda                       // Ahli Muda: coefficient 25, official
	AhliMadya                      // Ahli Madya: coefficient 37.5, derived (one source)
	AhliUtama                      // Ahli Utama: coefficient 50, derived
	Terampil                       // Terampil: coefficient 5, derived
	Mahir                          // Mahir: coefficient 12.5, derived
	Penyelia                       // Penyelia: coefficient 25, derived
	Pemula                         // Pemula: coefficient open, no default
)

type jenjangInfo struct {
	name string
	// koefisien is the annual coefficient in tenths (12.5 is 125); 0 means
	// none is published.
	koefisien int64
	mark      Certainty
}

var jenjangs = [...]jenjangInfo{
	{},
	AhliPertama: {"Ahli Pertama", 125, Official},
	AhliMuda:    {"Ahli Muda", 250, Official},
	AhliMadya:   {"Ahli Madya", 375, Derived},
	AhliUtama:   {"Ahli Utama", 500, Derived},
	Terampil:    {"Terampil", 50, Derived},
	Mahir:       {"Mahir", 125, Derived},
	Penyelia:    {"Penyelia", 250, Derived},
	Pemula:      {"Pemula", 0, Open},
}

// Certainty says how sure the library is of a rule (RULES.md): official,
// derived, or open.
type Certainty uint8

// The three marks of a rule.
const (
	// Official: stated in a regulation or by the responsible ministry, or
	// agreed by several independent public sources.
	Official Certainty = iota + 1
	// Derived: worked out from published figures, or from a single source.
	Derived
	// Open: no public source fixes it; the library asks the caller.
	Open
)

// String returns "official", "derived" or "open".
func (c Certainty) String() string {
	switch c {
	case Official:
		return "official"
	case Derived:
		return "derived"
	case Open:
		return "open"
	}
	return "kinerja.Certainty(" + strconv.Itoa(int(c)) + ")"
}

// AllJenjang returns every jenjang, in the order of the constants.
func AllJenjang() [8]Jenjang {
	return [8]Jenjang{AhliPertama, AhliMuda, AhliMadya, AhliUtama, Terampil, Mahir, Penyelia, Pemula}
}

// IsValid reports whether j is a known jenjang.
func (j Jenjang) IsValid() bool { return j >= AhliPertama && j <= Pemula }

// String returns the official name, e.g. "Ahli Pertama", or
// "kinerja.Jenjang(N)" for an invalid jenjang.
func (j Jenjang) String() string {
	if !j.IsValid() {
		return "kinerja.Jenjang(" + strconv.Itoa(int(j)) + ")"
	}
	return jenjangs[j].name
}

// Koefisien returns the annual angka kredit coefficient of j (PermenPANRB
// 1/2023, Peraturan BKN 3/2023) and how sure the library is of it:
//
//	Ahli Pertama  12.5  official
//	Ahli Muda     25    official
//	Ahli Madya    37.5  derived (from one source)
//	Ahli Utama    50    derived
//	Terampil       5    derived
//	Mahir         12.5  derived
//	Penyelia      25    derived
//
// Pemula returns an error wrapping [ErrNoKoefisien]; an invalid jenjang an
// error wrapping [ErrUnknownJenjang].
func (j Jenjang) Koefisien() (koefisien decimal.Decimal, mark Certainty, err error) {
	if !j.IsValid() {
		return decimal.Decimal{}, 0, fmt.Errorf("kinerja: jenjang %s: %w", j, ErrUnknownJenjang)
	}
	info := jenjangs[j]
	if info.koefisien == 0 {
		return decimal.Decimal{}, info.mark, fmt.Errorf("kinerja: jenjang %s: %w", j, ErrNoKoefisien)
	}
	return decimal.New(info.koefisien, -1), info.mark, nil
}

// MarshalText returns the official name, and the empty text for the zero
// Jenjang. Any other invalid Jenjang is an error.
func (j Jenjang) MarshalText() ([]byte, error) {
	if j == 0 {
		return []byte{}, nil
	}
	if !j.IsValid() {
		return nil, &ParseError{Input: j.String(), Err: ErrUnknownJenjang}
	}
	return []byte(jenjangs[j].name), nil
}

// UnmarshalText sets j from any spelling [ParseJenjang] accepts; the empty
// text sets the zero value.
func (j *Jenjang) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*j = 0
		return nil
	}
	x, err := ParseJenjang(string(text))
	if err != nil {
		return err
	}
	*j = x
	return nil
}

// ParseJenjang returns the jenjang named by s, in any case, with spaces,
// "_" or "-" anywhere: "Ahli Pertama", "AHLI_MUDA", "penyelia". Anything
// else returns a [*ParseError] wrapping [ErrUnknownJenjang].
func ParseJenjang(s string) (Jenjang, error) {
	var buf [32]byte
	key, ok := fold.Append(buf[:0], s, true)
	if ok {
		for j := AhliPertama; j <= Pemula; j++ {
			if string(key) == jenjangFolded[j] {
				return j, nil
			}
		}
	}
	return 0, &ParseError{Input: s, Err: ErrUnknownJenjang}
}

var jenjangFolded = [...]string{"", "ahlipertama", "ahlimuda", "ahlimadya", "ahliutama", "terampil", "mahir", "penyelia", "pemula"}

// MustParseJenjang is like [ParseJenjang] but panics on an error.
func MustParseJenjang(s string) Jenjang {
	j, err := ParseJenjang(s)
	if err != nil {
		panic(err)
	}
	return j
}

// AngkaKreditPlaces is the library's default number of decimal places for
// angka kredit (library default; BKN slides show 2.08 for 2.0833…, and
// [WithPlaces] changes it).
const AngkaKreditPlaces = 3

// AngkaKreditOption changes a default of [AngkaKredit] or
// [AngkaKreditTahunan].
type AngkaKreditOption func(*options)

type options struct {
	places    int32
	koefisien decimal.Decimal
	custom    bool
}

// WithPlaces rounds the result half-up to places decimal places instead of
// [AngkaKreditPlaces]. Places outside 0–9 are an error.
func WithPlaces(places int32) AngkaKreditOption {
	return func(o *options) { o.places = places }
}

// WithKoefisien uses the given annual coefficient instead of the table's:
// for Pemula, whose coefficient is unpublished, or for an instansi pembina
// that fixes another. It must be positive.
func WithKoefisien(koefisien decimal.Decimal) AngkaKreditOption {
	return func(o *options) { o.koefisien, o.custom = koefisien, true }
}

// resolve returns the coefficient of j, or the caller's, and checks the
// options.
func resolve(j Jenjang, opts []AngkaKreditOption) (decimal.Decimal, options, error) {
	o := options{places: AngkaKreditPlaces}
	for _, opt := range opts {
		opt(&o)
	}
	if o.places < 0 || o.places > 9 {
		return decimal.Decimal{}, o, fmt.Errorf("kinerja: places %d outside 0–9: %w", o.places, ErrInvalidInput)
	}
	if o.custom {
		if !j.IsValid() {
			return decimal.Decimal{}, o, fmt.Errorf("kinerja: jenjang %s: %w", j, ErrUnknownJenjang)
		}
		if o.koefisien.Sign() <= 0 {
			return decimal.Decimal{}, o, fmt.Errorf("kinerja: koefisien %s is not positive: %w", o.koefisien.String(), ErrInvalidInput)
		}
		return o.koefisien, o, nil
	}
	k, _, err := j.Koefisien()
	return k, o, err
}

// AngkaKredit converts a predikat held for bulan months into angka kredit
// (PermenPANRB 1/2023, Peraturan BKN 3/2023; official):
//
//	AK = bulan / 12 × persentase(p) / 100 × koefisien(j)
//
// The product is computed exactly and divided once, rounded half-up to
// [AngkaKreditPlaces] (3) places unless [WithPlaces] says otherwise. BKN's
// worked examples: Ahli Pertama, Sangat Baik, 12 months gives 18.75; Ahli
// Pertama, Baik, 2 months gives 2.0833…, shown as 2.083 (2.08 at two
// places).
//
// bulan outside 1–12 is an error wrapping [ErrInvalidInput]; the zero or an
// unknown Jenjang wraps [ErrUnknownJenjang]; the zero or an unknown Predikat
// wraps [ErrUnknownPredikat]; Pemula without [WithKoefisien] wraps
// [ErrNoKoefisien]. An error never comes with a zero that looks like a
// result.
func AngkaKredit(j Jenjang, p Predikat, bulan int, opts ...AngkaKreditOption) (decimal.Decimal, error) {
	if !p.IsValid() {
		return decimal.Decimal{}, fmt.Errorf("kinerja: predikat %s: %w", p, ErrUnknownPredikat)
	}
	if bulan < 1 || bulan > 12 {
		return decimal.Decimal{}, fmt.Errorf("kinerja: bulan %d outside 1–12: %w", bulan, ErrInvalidInput)
	}
	k, o, err := resolve(j, opts)
	if err != nil {
		return decimal.Decimal{}, err
	}
	return k.Mul(decimal.NewFromInt(int64(bulan*p.Persentase()))).DivRound(decimal.NewFromInt(1200), o.places), nil
}

// Periode is one part of a year held at one predikat: an employee rated
// Baik for five months and Sangat Baik for seven has two.
type Periode struct {
	Predikat Predikat
	Bulan    int // months, 1–12
}

// AngkaKreditTahunan converts a year's periods at one jenjang into angka
// kredit: the sum over the periods of bulan / 12 × persentase / 100 ×
// koefisien, computed exactly, capped at 150% of the coefficient (Peraturan
// BKN 3/2023), and rounded half-up once at the end.
//
// The periods' months must add up to at most 12; with that, and 150% as
// the highest persentase, the cap is a guard that cannot bind. Each period
// is checked as by [AngkaKredit], and an error names the period (1-based).
func AngkaKreditTahunan(j Jenjang, periode []Periode, opts ...AngkaKreditOption) (decimal.Decimal, error) {
	if len(periode) == 0 {
		return decimal.Decimal{}, fmt.Errorf("kinerja: no periods: %w", ErrInvalidInput)
	}
	k, o, err := resolve(j, opts)
	if err != nil {
		return decimal.Decimal{}, err
	}
	var months, sum int64 // sum of bulan × persentase
	for i, pr := range periode {
		if !pr.Predikat.IsValid() {
			return decimal.Decimal{}, fmt.Errorf("kinerja: period %d: predikat %s: %w", i+1, pr.Predikat, ErrUnknownPredikat)
		}
		if pr.Bulan < 1 || pr.Bulan > 12 {
			return decimal.Decimal{}, fmt.Errorf("kinerja: period %d: bulan %d outside 1–12: %w", i+1, pr.Bulan, ErrInvalidInput)
		}
		months += int64(pr.Bulan)
		sum += int64(pr.Bulan * pr.Predikat.Persentase())
	}
	if months > 12 {
		return decimal.Decimal{}, fmt.Errorf("kinerja: periods add up to %d months, more than 12: %w", months, ErrInvalidInput)
	}
	const capSum = 12 * 150 // 150% of the coefficient, in bulan × persentase
	sum = min(sum, capSum)
	return k.Mul(decimal.NewFromInt(sum)).DivRound(decimal.NewFromInt(1200), o.places), nil
}
