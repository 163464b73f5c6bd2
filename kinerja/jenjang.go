package kinerja

import (
	"fmt"
	"strconv"

	"github.com/go-asn/berakhlak/internal/enum"

	"github.com/go-asn/berakhlak/internal/exact"

	"github.com/go-asn/berakhlak/figure"
	"github.com/go-asn/berakhlak/internal/fold"
	"github.com/shopspring/decimal"
)

// Jenjang is the level (jenjang) of a functional position (jabatan
// fungsional), which fixes its annual angka kredit coefficient
// (PermenPANRB 1/2023, Peraturan BKN 3/2023). The zero Jenjang is invalid.
//
// The constants follow BKN's SIASN koefisien reference table: the keahlian
// (expert) levels from Ahli Pertama to Ahli Utama, then the keterampilan
// (skilled) levels from Pemula to Penyelia. Each group is ordered from the
// lowest level, but the groups are not ordered against each other: compare
// jenjang of different groups with ==, not <.
type Jenjang uint8

// The jenjang of the functional positions, in the order of BKN's SIASN
// koefisien reference table. See [Jenjang.Koefisien] for each one's
// coefficient and how sure the library is of it.
const (
	AhliPertama Jenjang = iota + 1 // Ahli Pertama
	AhliMuda                       // Ahli Muda
	AhliMadya                      // Ahli Madya
	AhliUtama                      // Ahli Utama
	Pemula                         // Pemula
	Terampil                       // Terampil
	Mahir                          // Mahir
	Penyelia                       // Penyelia
)

var jenjangs = [...]struct {
	name, folded string
	// koefisien is the annual coefficient in hundredths (3.75 is 375), so
	// that every published coefficient is an exact integer.
	koefisien int64
}{
	{},
	AhliPertama: {"Ahli Pertama", "ahlipertama", 1250},
	AhliMuda:    {"Ahli Muda", "ahlimuda", 2500},
	AhliMadya:   {"Ahli Madya", "ahlimadya", 3750},
	AhliUtama:   {"Ahli Utama", "ahliutama", 5000},
	Pemula:      {"Pemula", "pemula", 375},
	Terampil:    {"Terampil", "terampil", 500},
	Mahir:       {"Mahir", "mahir", 1250},
	Penyelia:    {"Penyelia", "penyelia", 2500},
}

// AllJenjang returns every jenjang, in the order of the constants.
func AllJenjang() [8]Jenjang {
	return [8]Jenjang{AhliPertama, AhliMuda, AhliMadya, AhliUtama, Pemula, Terampil, Mahir, Penyelia}
}

// IsValid reports whether j is a known jenjang.
func (j Jenjang) IsValid() bool { return j >= AhliPertama && j <= Penyelia }

// String returns the official name, e.g. "Ahli Pertama", or
// "kinerja.Jenjang(N)" for an invalid jenjang.
func (j Jenjang) String() string {
	if !j.IsValid() {
		return "kinerja.Jenjang(" + strconv.Itoa(int(j)) + ")"
	}
	return jenjangs[j].name
}

// Koefisien returns the annual angka kredit coefficient of j (PermenPANRB
// 1/2023, Peraturan BKN 3/2023), exact, with no trailing zeros:
//
//	Jenjang       Coefficient  How sure
//	Ahli Pertama  12.5         official
//	Ahli Muda     25           official
//	Ahli Madya    37.5         derived (from one source)
//	Ahli Utama    50           derived
//	Pemula        3.75         derived (BKN's SIASN koefisien reference table, id 52)
//	Terampil       5           derived
//	Mahir         12.5         derived
//	Penyelia      25           derived
//
// "Official" means stated in the regulation or by BKN; "derived" means
// worked out from published figures or taken from one source (see the
// rule register in package berakhlak). An invalid jenjang returns an
// error wrapping [ErrUnknownJenjang], never a zero.
func (j Jenjang) Koefisien() (decimal.Decimal, error) {
	if !j.IsValid() {
		return decimal.Decimal{}, fmt.Errorf("kinerja: jenjang %s: %w", j, ErrUnknownJenjang)
	}
	c, exp := jenjangs[j].koefisien, int32(-2)
	for exp < 0 && c%10 == 0 {
		c /= 10
		exp++
	}
	return decimal.New(c, exp), nil
}

// AppendText appends the official name to b (encoding.TextAppender). The
// zero Jenjang appends nothing; any other invalid Jenjang is a
// [*ParseError] wrapping [ErrUnknownJenjang].
func (j Jenjang) AppendText(b []byte) ([]byte, error) {
	return enum.AppendFunc(b, j, j.IsValid(), func() string { return jenjangs[j].name }, func() error { return &ParseError{Input: j.String(), Err: ErrUnknownJenjang} })
}

// MarshalText returns the official name, and the empty text for the zero
// Jenjang. Any other invalid Jenjang is an error.
func (j Jenjang) MarshalText() ([]byte, error) { return j.AppendText([]byte{}) }

// UnmarshalText sets j from any spelling [ParseJenjang] accepts; the empty
// text sets the zero value.
func (j *Jenjang) UnmarshalText(text []byte) error { return enum.Unmarshal(j, text, ParseJenjang) }

// ParseJenjang returns the jenjang named by s, in any case, with spaces,
// "_" or "-" anywhere: "Ahli Pertama", "AHLI_MUDA", "penyelia". Anything
// else returns a [*ParseError] wrapping [ErrUnknownJenjang].
func ParseJenjang(s string) (Jenjang, error) {
	var buf [32]byte
	key, ok := fold.Append(buf[:0], s, true)
	if ok {
		for _, j := range AllJenjang() {
			if string(key) == jenjangs[j].folded {
				return j, nil
			}
		}
	}
	return 0, &ParseError{Input: s, Err: ErrUnknownJenjang}
}

// MustParseJenjang is like [ParseJenjang] but panics on an error.
func MustParseJenjang(s string) Jenjang { return enum.Must(ParseJenjang(s)) }

// angkaKreditPlaces is the library's default number of decimal places of
// angka kredit: 3 (library default; BKN's worked examples print 2.08 for 2.0833…,
// and [WithPlaces] changes it).
const angkaKreditPlaces = 3

// AngkaKreditOption changes a default of [AngkaKredit] or
// [AngkaKreditTahunan].
type AngkaKreditOption func(*options)

type options struct {
	places         int32
	koefisien      decimal.Decimal
	custom         bool
	roundedPeriods bool
	start          figure.Figure // WithStart
	hasStart       bool
	carryExcess    bool // WithCarriedExcess
}

// WithPlaces rounds the result half-up to places decimal places instead of
// the library default, 3. Places outside 0–9 are an error.
func WithPlaces(places int32) AngkaKreditOption {
	return func(o *options) { o.places = places }
}

// WithKoefisien uses the given annual coefficient instead of the table's
// (see [Jenjang.Koefisien]), for an instansi pembina that fixes another.
// It must be positive, with at most 40 digits and an exponent within ±40
// (checked before any arithmetic).
func WithKoefisien(koefisien decimal.Decimal) AngkaKreditOption {
	return func(o *options) { o.koefisien, o.custom = koefisien, true }
}

// WithRoundedPeriods makes [AngkaKreditTahunan] round each period's angka
// kredit half-up to the places before summing them, as BKN's worked
// examples do, instead of summing exactly and rounding once (the library
// default). The two can differ in the last place: three periods of two
// months at Baik, Ahli Pertama, are 6.25 rounded once and 3 × 2.08 = 6.24
// rounded per period at two places. No public source says which one SIASN
// stores. [AngkaKredit], which has one period, ignores it.
func WithRoundedPeriods() AngkaKreditOption {
	return func(o *options) { o.roundedPeriods = true }
}

// resolve returns the coefficient of j, or the caller's, and checks the
// options.
func resolve(j Jenjang, opts []AngkaKreditOption) (decimal.Decimal, options, error) {
	o := options{places: angkaKreditPlaces}
	for _, opt := range opts {
		if opt != nil {
			opt(&o)
		}
	}
	if o.places < 0 || o.places > 9 {
		return decimal.Decimal{}, o, fmt.Errorf("kinerja: places %d outside 0–9: %w", o.places, ErrInvalidInput)
	}
	if o.custom {
		if !j.IsValid() {
			return decimal.Decimal{}, o, fmt.Errorf("kinerja: jenjang %s: %w", j, ErrUnknownJenjang)
		}
		if !exact.Bounded(o.koefisien) || o.koefisien.Sign() <= 0 {
			return decimal.Decimal{}, o, fmt.Errorf("kinerja: koefisien %s is not positive, or has more than %d digits or places: %w",
				exact.Describe(o.koefisien), exact.MaxBoundedDigits, ErrInvalidInput)
		}
		return o.koefisien, o, nil
	}
	k, err := j.Koefisien()
	return k, o, err
}

// bulanPersen is the denominator of bulan/12 × persentase/100.
var bulanPersen = decimal.NewFromInt(12 * 100)

// AngkaKredit converts a predikat held for bulan months into angka kredit
// (PermenPANRB 1/2023, Peraturan BKN 3/2023; official):
//
//	AK = bulan / 12 × persentase(p) / 100 × koefisien(j)
//
// The product is computed exactly and divided once, rounded half-up to 3
// places (library default) unless [WithPlaces] says otherwise. The result
// is a [figure.Figure] at exactly those places, so that it prints as it is
// published ("18.750", "2.083"); use its Decimal method for arithmetic.
// BKN's worked examples: Ahli Pertama, Sangat Baik, 12 months gives 18.75;
// Ahli Pertama, Baik, 2 months gives 2.0833…, shown as 2.083 (2.08 at two
// places).
//
// bulan outside 1–12 is an error wrapping [ErrInvalidInput]; the zero or an
// unknown Jenjang wraps [ErrUnknownJenjang]; the zero or an unknown
// Predikat wraps [ErrUnknownPredikat]; a result of more than 17 digits at
// its places (only from a huge [WithKoefisien]) wraps
// [figure.ErrOutOfRange]. An error never comes with a figure: the
// [figure.Figure] returned with it is the invalid zero value.
func AngkaKredit(j Jenjang, p Predikat, bulan int, opts ...AngkaKreditOption) (figure.Figure, error) {
	if !p.IsValid() {
		return figure.Figure{}, fmt.Errorf("kinerja: predikat %s: %w", p, ErrUnknownPredikat)
	}
	if bulan < 1 || bulan > 12 {
		return figure.Figure{}, fmt.Errorf("kinerja: bulan %d outside 1–12: %w", bulan, ErrInvalidInput)
	}
	k, o, err := resolve(j, opts)
	if err != nil {
		return figure.Figure{}, err
	}
	return angkaKredit(k.Mul(decimal.NewFromInt(int64(bulan*p.Persentase()))).DivRound(bulanPersen, o.places), o.places)
}

// angkaKredit returns ak, already rounded to places, as a figure.
func angkaKredit(ak decimal.Decimal, places int32) (figure.Figure, error) {
	f, err := figure.New(ak, places)
	if err != nil {
		return figure.Figure{}, fmt.Errorf("kinerja: angka kredit: %w", err)
	}
	return f, nil
}

// Periode is one part of a year held at one predikat: an employee rated
// Baik for five months and Sangat Baik for seven has two.
type Periode struct {
	Predikat Predikat
	Bulan    int // months, 1–12
}

// AngkaKreditTahunan converts a year's periods at one jenjang into angka
// kredit: the sum over the periods of bulan / 12 × persentase / 100 ×
// koefisien (PermenPANRB 1/2023, Peraturan BKN 3/2023). By default the sum
// is exact and rounded half-up once, at 3 places unless [WithPlaces] says
// otherwise; with [WithRoundedPeriods] each period is rounded first.
//
// The periods' months must add up to at most 12. Peraturan BKN 3/2023
// caps a year's conversion at 150% of the coefficient. Summed exactly,
// the cap never binds (150% is the highest persentase and the months are
// at most 12), so none is applied; with [WithRoundedPeriods], rounding
// each period up can pass it (twelve one-month periods at Sangat Baik,
// Terampil: 12 × 0.63 = 7.56 at two places, against a cap of 7.5), and
// the result is then the cap, rounded to the places.
//
// The result is a [figure.Figure] at the places, as [AngkaKredit]'s is.
// Each period is checked as by [AngkaKredit], and an error names the
// period (1-based).
func AngkaKreditTahunan(j Jenjang, periode []Periode, opts ...AngkaKreditOption) (figure.Figure, error) {
	if len(periode) == 0 {
		return figure.Figure{}, fmt.Errorf("kinerja: no periods: %w", ErrInvalidInput)
	}
	k, o, err := resolve(j, opts)
	if err != nil {
		return figure.Figure{}, err
	}
	var months, sum int64 // sum of bulan × persentase
	for i, pr := range periode {
		if !pr.Predikat.IsValid() {
			return figure.Figure{}, fmt.Errorf("kinerja: period %d: predikat %s: %w", i+1, pr.Predikat, ErrUnknownPredikat)
		}
		if pr.Bulan < 1 || pr.Bulan > 12 {
			return figure.Figure{}, fmt.Errorf("kinerja: period %d: bulan %d outside 1–12: %w", i+1, pr.Bulan, ErrInvalidInput)
		}
		months += int64(pr.Bulan)
		sum += int64(pr.Bulan * pr.Predikat.Persentase())
	}
	if months > 12 {
		return figure.Figure{}, fmt.Errorf("kinerja: periods add up to %d months, more than 12: %w", months, ErrInvalidInput)
	}
	if !o.roundedPeriods {
		return angkaKredit(k.Mul(decimal.NewFromInt(sum)).DivRound(bulanPersen, o.places), o.places)
	}
	total := decimal.New(0, -o.places)
	for _, pr := range periode {
		total = total.Add(k.Mul(decimal.NewFromInt(int64(pr.Bulan*pr.Predikat.Persentase()))).DivRound(bulanPersen, o.places))
	}
	limit := k.Mul(decimal.NewFromInt(150)).DivRound(decimal.NewFromInt(100), o.places)
	if total.Cmp(limit) > 0 {
		return angkaKredit(limit, o.places)
	}
	return angkaKredit(total, o.places)
}
