package kinerja

import (
	"fmt"
	"strconv"

	"github.com/go-asn/berakhlak/figure"
	"github.com/go-asn/berakhlak/internal/enum"
	"github.com/go-asn/berakhlak/internal/fold"
	"github.com/shopspring/decimal"
)

// Kenaikan is a promotion that angka kredit opens: to the next pangkat
// (kenaikan pangkat) or to the next jenjang (kenaikan jenjang), PermenPANRB
// 1/2023. The zero Kenaikan is invalid.
type Kenaikan uint8

// The two kenaikan.
const (
	KenaikanPangkat Kenaikan = iota + 1 // Kenaikan Pangkat: to the next golongan within the jenjang
	KenaikanJenjang                     // Kenaikan Jenjang: to the next jenjang of the position
)

var kenaikanNames = [...]struct{ name, folded, short string }{
	{},
	{"Kenaikan Pangkat", "kenaikanpangkat", "pangkat"},
	{"Kenaikan Jenjang", "kenaikanjenjang", "jenjang"},
}

// AllKenaikan returns the two kenaikan: pangkat, then jenjang.
func AllKenaikan() [2]Kenaikan { return [2]Kenaikan{KenaikanPangkat, KenaikanJenjang} }

// IsValid reports whether k is one of the two kenaikan.
func (k Kenaikan) IsValid() bool { return k == KenaikanPangkat || k == KenaikanJenjang }

// String returns "Kenaikan Pangkat" or "Kenaikan Jenjang", or
// "kinerja.Kenaikan(N)" for an invalid kenaikan.
func (k Kenaikan) String() string {
	if !k.IsValid() {
		return "kinerja.Kenaikan(" + strconv.Itoa(int(k)) + ")"
	}
	return kenaikanNames[k].name
}

// AppendText appends the official name to b (encoding.TextAppender). The
// zero Kenaikan appends nothing; any other invalid Kenaikan is a
// [*ParseError] wrapping [ErrUnknownKenaikan].
func (k Kenaikan) AppendText(b []byte) ([]byte, error) {
	return enum.AppendFunc(b, k, k.IsValid(), func() string { return kenaikanNames[k].name }, func() error { return &ParseError{Input: k.String(), Err: ErrUnknownKenaikan} })
}

// MarshalText returns the official name, and the empty text for the zero
// Kenaikan. Any other invalid Kenaikan is an error.
func (k Kenaikan) MarshalText() ([]byte, error) { return k.AppendText([]byte{}) }

// UnmarshalText sets k from any spelling [ParseKenaikan] accepts; the
// empty text sets the zero value.
func (k *Kenaikan) UnmarshalText(text []byte) error { return enum.Unmarshal(k, text, ParseKenaikan) }

// ParseKenaikan returns the kenaikan named by s, in any case, with spaces,
// "_" or "-" anywhere or none: "Kenaikan Pangkat", "kenaikan_jenjang", or
// the last word alone ("pangkat", "JENJANG"). Anything else returns a
// [*ParseError] wrapping [ErrUnknownKenaikan].
func ParseKenaikan(s string) (Kenaikan, error) {
	var buf [32]byte
	key, ok := fold.Append(buf[:0], s, true)
	if ok {
		for _, k := range AllKenaikan() {
			if string(key) == kenaikanNames[k].folded || string(key) == kenaikanNames[k].short {
				return k, nil
			}
		}
	}
	return 0, &ParseError{Input: s, Err: ErrUnknownKenaikan}
}

// MustParseKenaikan is like [ParseKenaikan] but panics on an error.
func MustParseKenaikan(s string) Kenaikan { return enum.Must(ParseKenaikan(s)) }

// kenaikanTable holds, for each jenjang, the golongan it spans and the
// minimum cumulative angka kredit of the konversi model (PermenPANRB
// 1/2023 lampiran): per kenaikan pangkat, and for the kenaikan jenjang
// (0 for the highest jenjang of each kategori, which has none). The
// keahlian rows are official (two sources agree), the keterampilan rows
// derived (the lampiran page and one news source; one BKN deck swaps
// Terampil and Mahir). Within a jenjang the angka kredit keeps
// accumulating across pangkat (agency PAK forms: IV/a 0–150, IV/b
// 150–300, IV/c 300–450; derived), so the n-th kenaikan pangkat needs n
// times the figure per pangkat, and the kenaikan jenjang needs it once for
// every golongan of the jenjang: every row's jenjang figure is its number
// of golongan times its figure per pangkat, which TestKenaikanTable
// checks.
//
// nilaiDasar is the nilai dasar of integrasi (BKN Direktorat Jabatan ASN
// deck; derived), 0 where it is not published (keterampilan).
var kenaikanTable = [...]struct {
	lowest, highest  Golongan
	pangkat, jenjang int64
	nilaiDasar       int64
}{
	{},
	AhliPertama: {IIIa, IIIb, 50, 100, 100},
	AhliMuda:    {IIIc, IIId, 100, 200, 200},
	AhliMadya:   {IVa, IVc, 150, 450, 400},
	AhliUtama:   {IVd, IVe, 200, 0, 850},
	Pemula:      {IIa, IIa, 15, 15, 0},
	Terampil:    {IIb, IId, 20, 60, 0},
	Mahir:       {IIIa, IIIb, 50, 100, 0},
	Penyelia:    {IIIc, IIId, 100, 0, 0},
}

// Golongan returns the golongan the jenjang spans, from the lowest
// (PermenPANRB 1/2023 lampiran):
//
//	Ahli Pertama  III/a–III/b    Pemula    II/a
//	Ahli Muda     III/c–III/d    Terampil  II/b–II/d
//	Ahli Madya    IV/a–IV/c      Mahir     III/a–III/b
//	Ahli Utama    IV/d–IV/e      Penyelia  III/c–III/d
//
// An invalid jenjang returns nil.
func (j Jenjang) Golongan() []Golongan {
	if !j.IsValid() {
		return nil
	}
	t := kenaikanTable[j]
	out := make([]Golongan, 0, t.highest-t.lowest+1)
	for g := t.lowest; g <= t.highest; g++ {
		out = append(out, g)
	}
	return out
}

// keahlian reports whether j is a jenjang of the keahlian kategori (Ahli
// Pertama to Ahli Utama).
func (j Jenjang) keahlian() bool { return j >= AhliPertama && j <= AhliUtama }

// next returns the jenjang above j in its kategori, and false for the
// highest (Ahli Utama, Penyelia).
func (j Jenjang) next() (Jenjang, bool) {
	if kenaikanTable[j].jenjang == 0 {
		return 0, false
	}
	return j + 1, true
}

// checkPair returns an error naming both when j or g is invalid, or g is
// not a golongan of j.
func checkPair(j Jenjang, g Golongan) error {
	switch {
	case !j.IsValid():
		return fmt.Errorf("kinerja: jenjang %s with golongan %s: %w", j, g, ErrUnknownJenjang)
	case !g.IsValid():
		return fmt.Errorf("kinerja: golongan %s with jenjang %s: %w", g, j, ErrUnknownGolongan)
	}
	if t := kenaikanTable[j]; g < t.lowest || g > t.highest {
		return fmt.Errorf("kinerja: golongan %s is not one of jenjang %s (%s–%s): %w", g, j, t.lowest, t.highest, ErrInvalidInput)
	}
	return nil
}

// AngkaKreditMinimal returns the cumulative angka kredit a functional
// official of jenjang j and golongan g needs for kenaikan k, counted from
// the start of the jenjang (the konversi model of PermenPANRB 1/2023
// lampiran; keahlian official, keterampilan derived; see the rule
// register in package berakhlak):
//
//	Jenjang       per kenaikan pangkat  kenaikan jenjang
//	Ahli Pertama   50                   100
//	Ahli Muda     100                   200
//	Ahli Madya    150                   450
//	Ahli Utama    200                   (the highest)
//	Pemula         15                    15
//	Terampil       20                    60
//	Mahir          50                   100
//	Penyelia      100                   (the highest)
//
// The angka kredit keeps accumulating across the pangkat of a jenjang, so
// the next pangkat needs the figure per pangkat once for every golongan
// from the jenjang's lowest up to g: Ahli Madya IV/a needs 150 for IV/b,
// IV/b needs 300 for IV/c (derived, agency PAK forms). The kenaikan
// jenjang needs the jenjang's figure whatever g is. The result is a whole
// number, a [figure.Figure] at 0 places.
//
// Where the kenaikan does not exist, the error wraps [ErrNoKenaikan] (and
// so survey.ErrNoFigure) and says why: g is the highest golongan of j,
// whose next pangkat comes with a kenaikan jenjang (III/b, Ahli Pertama),
// or j is the highest jenjang of its kategori (Ahli Utama, Penyelia).
// An invalid j, g or k, or a g that is not a golongan of j, is an error
// naming both j and g, wrapping [ErrUnknownJenjang], [ErrUnknownGolongan],
// [ErrUnknownKenaikan] or [ErrInvalidInput].
func AngkaKreditMinimal(j Jenjang, g Golongan, k Kenaikan) (figure.Figure, error) {
	n, err := minimal(j, g, k)
	if err != nil {
		return figure.Figure{}, err
	}
	return figure.MustNew(decimal.NewFromInt(n), 0), nil
}

// minimal is AngkaKreditMinimal as a whole number.
func minimal(j Jenjang, g Golongan, k Kenaikan) (int64, error) {
	if err := checkPair(j, g); err != nil {
		return 0, err
	}
	t := kenaikanTable[j]
	switch k {
	case KenaikanPangkat:
		if g == t.highest {
			if next, ok := j.next(); ok {
				return 0, fmt.Errorf("kinerja: golongan %s is the highest of jenjang %s: its next pangkat comes with the kenaikan jenjang to %s: %w", g, j, next, ErrNoKenaikan)
			}
			return 0, fmt.Errorf("kinerja: golongan %s is the highest of jenjang %s, the highest jenjang: %w", g, j, ErrNoKenaikan)
		}
		return int64(g-t.lowest+1) * t.pangkat, nil
	case KenaikanJenjang:
		if _, ok := j.next(); !ok {
			return 0, fmt.Errorf("kinerja: jenjang %s (golongan %s) is the highest jenjang: %w", j, g, ErrNoKenaikan)
		}
		return t.jenjang, nil
	}
	return 0, fmt.Errorf("kinerja: kenaikan %s for jenjang %s, golongan %s: %w", k, j, g, ErrUnknownKenaikan)
}

// Requirement is what one kenaikan needs, from [CheckKenaikan]: the
// cumulative angka kredit it needs, how much of it is missing, and
// whether the official's angka kredit meets it.
type Requirement struct {
	Kenaikan Kenaikan
	Jenjang  Jenjang       // the jenjang after the kenaikan: the same for a kenaikan pangkat, the next for a kenaikan jenjang
	Golongan Golongan      // the golongan after a kenaikan pangkat; zero for a kenaikan jenjang, which does not by itself fix one
	Needed   figure.Figure // the cumulative angka kredit needed, a whole number (AngkaKreditMinimal)
	Missing  figure.Figure // Needed minus the angka kredit held, at that angka kredit's places; zero when met
	Met      bool          // the angka kredit held is at least Needed
}

// Equal reports whether r and o are the same requirement, figures with
// their places.
func (r Requirement) Equal(o Requirement) bool { return r == o }

// String describes the requirement, e.g. "Kenaikan Pangkat to IV/c: needs
// 300, missing 149.370" or "Kenaikan Jenjang to Ahli Muda: needs 200,
// met".
func (r Requirement) String() string {
	to := r.Jenjang.String()
	if r.Kenaikan == KenaikanPangkat {
		to = r.Golongan.String()
	}
	s := r.Kenaikan.String() + " to " + to + ": needs " + r.Needed.String()
	if r.Met {
		return s + ", met"
	}
	return s + ", missing " + r.Missing.String()
}

// Eligibility is the result of [CheckKenaikan]: for a functional official
// of one jenjang and golongan holding some cumulative angka kredit, what
// each kenaikan needs and whether it is met. The zero Eligibility is
// invalid.
type Eligibility struct {
	jenjang     Jenjang
	golongan    Golongan
	angkaKredit figure.Figure
	req         [3]Requirement // by Kenaikan; Kenaikan 0 where the kenaikan does not exist
}

// CheckKenaikan checks the cumulative angka kredit ak of a functional
// official of jenjang j and golongan g against the minimums of
// [AngkaKreditMinimal], for both kenaikan. It checks only the angka
// kredit: the other conditions of a promotion (the time in the pangkat,
// the uji kompetensi, a vacant position) are not the library's.
//
// An invalid j or g, or a g that is not a golongan of j, is an error
// naming both, as for AngkaKreditMinimal; an invalid or negative ak wraps
// [ErrInvalidInput]. A kenaikan that does not exist for j and g is not an
// error here: [Eligibility.Requirement] reports it.
func CheckKenaikan(j Jenjang, g Golongan, ak figure.Figure) (Eligibility, error) {
	if err := checkPair(j, g); err != nil {
		return Eligibility{}, err
	}
	if !ak.IsValid() || ak.Sign() < 0 {
		return Eligibility{}, fmt.Errorf("kinerja: angka kredit %s is not a figure of 0 or more: %w", ak, ErrInvalidInput)
	}
	e := Eligibility{jenjang: j, golongan: g, angkaKredit: ak}
	for _, k := range AllKenaikan() {
		n, err := minimal(j, g, k)
		if err != nil {
			continue // the kenaikan does not exist: Requirement says why
		}
		r := Requirement{Kenaikan: k, Jenjang: j, Golongan: g + 1, Needed: figure.MustNew(decimal.NewFromInt(n), 0)}
		if k == KenaikanJenjang {
			r.Jenjang, _ = j.next()
			r.Golongan = 0
		}
		missing := r.Needed.Decimal().Sub(ak.Decimal())
		r.Met = missing.Sign() <= 0
		if r.Met {
			missing = decimal.Zero
		}
		r.Missing = figure.MustNew(missing, ak.Places())
		e.req[k] = r
	}
	return e, nil
}

// IsValid reports whether e was made by [CheckKenaikan].
func (e Eligibility) IsValid() bool { return e.jenjang.IsValid() }

// Equal reports whether e and o are the same result.
func (e Eligibility) Equal(o Eligibility) bool { return e == o }

// Jenjang returns the jenjang checked.
func (e Eligibility) Jenjang() Jenjang { return e.jenjang }

// Golongan returns the golongan checked.
func (e Eligibility) Golongan() Golongan { return e.golongan }

// AngkaKredit returns the cumulative angka kredit checked, as given.
func (e Eligibility) AngkaKredit() figure.Figure { return e.angkaKredit }

// Requirement returns what kenaikan k needs. Where k does not exist for
// the jenjang and golongan (the highest golongan of a jenjang has no
// kenaikan pangkat of its own, the highest jenjang no kenaikan jenjang),
// the error wraps [ErrNoKenaikan] and says why, as [AngkaKreditMinimal]'s
// does; on the zero Eligibility or an invalid k it wraps
// [ErrUnknownKenaikan] or [ErrInvalidInput].
func (e Eligibility) Requirement(k Kenaikan) (Requirement, error) {
	switch {
	case !k.IsValid():
		return Requirement{}, fmt.Errorf("kinerja: kenaikan %s: %w", k, ErrUnknownKenaikan)
	case !e.IsValid():
		return Requirement{}, fmt.Errorf("kinerja: the zero Eligibility: %w", ErrInvalidInput)
	case !e.req[k].Kenaikan.IsValid():
		_, err := minimal(e.jenjang, e.golongan, k)
		return Requirement{}, err
	}
	return e.req[k], nil
}

// Requirements returns the requirements of the kenaikan that exist for
// the jenjang and golongan, kenaikan pangkat first: two, one, or none
// (Ahli Utama IV/e).
func (e Eligibility) Requirements() []Requirement {
	var out []Requirement
	for _, r := range e.req {
		if r.Kenaikan.IsValid() {
			out = append(out, r)
		}
	}
	return out
}

// String describes the result, e.g. "Ahli Madya IV/b, angka kredit
// 150.630: Kenaikan Pangkat to IV/c: needs 300, missing 149.370; Kenaikan
// Jenjang to Ahli Utama: needs 450, missing 299.370".
func (e Eligibility) String() string {
	if !e.IsValid() {
		return "invalid Eligibility"
	}
	s := e.jenjang.String() + " " + e.golongan.String() + ", angka kredit " + e.angkaKredit.String() + ":"
	rs := e.Requirements()
	if len(rs) == 0 {
		return s + " no kenaikan"
	}
	for i, r := range rs {
		if i > 0 {
			s += ";"
		}
		s += " " + r.String()
	}
	return s
}

// NilaiDasar returns the nilai dasar of jenjang j for integrasi (BKN
// Direktorat Jabatan ASN; derived): the angka kredit of the old system
// that [AngkaKreditIntegrasi] subtracts.
//
//	Ahli Pertama  100
//	Ahli Muda     200
//	Ahli Madya    400
//	Ahli Utama    850
//
// The keterampilan nilai dasar (Pemula to Penyelia) is not published: for
// those the error wraps [ErrNotPublished] (and so survey.ErrNoFigure)
// rather than guess a figure. An invalid j wraps [ErrUnknownJenjang]. The
// result is a whole number, a [figure.Figure] at 0 places.
func (j Jenjang) NilaiDasar() (figure.Figure, error) {
	switch {
	case !j.IsValid():
		return figure.Figure{}, fmt.Errorf("kinerja: jenjang %s: %w", j, ErrUnknownJenjang)
	case !j.keahlian():
		return figure.Figure{}, fmt.Errorf("kinerja: the nilai dasar of %s (keterampilan) is not published: %w", j, ErrNotPublished)
	}
	return figure.MustNew(decimal.NewFromInt(kenaikanTable[j].nilaiDasar), 0), nil
}

// AngkaKreditIntegrasi returns the angka kredit integrasi of a functional
// official of jenjang j and golongan g whose last PAK of the old
// (conventional) system holds the cumulative angka kredit konvensional:
// konvensional − the nilai dasar (BKN Direktorat Jabatan ASN; derived).
// The nilai dasar is the one of the keahlian jenjang g belongs to, which
// is j's when the two match, and the golongan's when they do not (an Ahli
// Muda in IV/a subtracts Ahli Madya's 400); see [Jenjang.NilaiDasar]. The
// subtraction is exact: the result has the places of konvensional.
//
// An agency PAK form: Ahli Madya IV/b, 550.63 − 400 = 150.63. (A published
// "287.500 − 200 = 287.300" is an arithmetic error: the figure is
// 87.500.)
//
// Integrasi carries a PAK of the old system into the new one; its
// proposals closed in 2023 (SE MenPANRB 8/2023), so it serves to read and
// check historical PAK. For a keterampilan jenjang the error wraps
// [ErrNotPublished]. An invalid j or g, or a golongan with no keahlian
// jenjang (II/a to II/d), is an error naming both; an invalid or negative
// konvensional, or one below the nilai dasar, wraps [ErrInvalidInput].
func AngkaKreditIntegrasi(konvensional figure.Figure, j Jenjang, g Golongan) (figure.Figure, error) {
	switch {
	case !j.IsValid():
		return figure.Figure{}, fmt.Errorf("kinerja: jenjang %s with golongan %s: %w", j, g, ErrUnknownJenjang)
	case !g.IsValid():
		return figure.Figure{}, fmt.Errorf("kinerja: golongan %s with jenjang %s: %w", g, j, ErrUnknownGolongan)
	case !j.keahlian():
		return figure.Figure{}, fmt.Errorf("kinerja: integrasi of %s %s: the nilai dasar of keterampilan is not published: %w", j, g, ErrNotPublished)
	case !konvensional.IsValid() || konvensional.Sign() < 0:
		return figure.Figure{}, fmt.Errorf("kinerja: angka kredit konvensional %s of %s %s is not a figure of 0 or more: %w", konvensional, j, g, ErrInvalidInput)
	}
	base := Jenjang(0)
	for _, k := range g.Jenjang() {
		if k.keahlian() {
			base = k
		}
	}
	if base == 0 {
		return figure.Figure{}, fmt.Errorf("kinerja: golongan %s with jenjang %s: %s is a golongan of no keahlian jenjang: %w", g, j, g, ErrInvalidInput)
	}
	nd := kenaikanTable[base].nilaiDasar
	ak := konvensional.Decimal().Sub(decimal.NewFromInt(nd))
	if ak.Sign() < 0 {
		return figure.Figure{}, fmt.Errorf("kinerja: angka kredit konvensional %s of %s %s is below the nilai dasar %d of %s: %w", konvensional, j, g, nd, base, ErrInvalidInput)
	}
	return figure.MustNew(ak, konvensional.Places()), nil
}
