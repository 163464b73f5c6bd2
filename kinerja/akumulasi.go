package kinerja

import (
	"cmp"
	"fmt"
	"slices"

	"github.com/go-asn/berakhlak/figure"
	"github.com/shopspring/decimal"
)

// konversiFrom is the first year of the konversi model: angka kredit from
// January 2023 is converted from the predikat (PermenPANRB 1/2023).
const konversiFrom = 2023

// Penilaian is one rated period of a functional official: the months
// BulanMulai to BulanSelesai (both included) of Tahun, held at one jenjang
// with one predikat, as SIASN's kinerja periodik records it; or, with
// AngkaKredit, a period whose angka kredit is given rather than converted.
// A period does not cross a year.
type Penilaian struct {
	Tahun        int // 2023 or later: the konversi model applies from January 2023 (PermenPANRB 1/2023)
	BulanMulai   int // 1–12
	BulanSelesai int // 1–12, not before BulanMulai
	Jenjang      Jenjang
	Predikat     Predikat // the predikat the angka kredit is converted from; may be zero when AngkaKredit is given
	// AngkaKredit is the period's angka kredit when it is given, as a
	// stored konversi record or a PAK holds it, instead of converted from
	// the predikat; the zero Figure (not given) converts it.
	AngkaKredit figure.Figure
}

// Bulan returns the number of months of the period, BulanSelesai −
// BulanMulai + 1; 0 when the months are not a period of one year.
func (p Penilaian) Bulan() int {
	if p.BulanMulai < 1 || p.BulanSelesai > 12 || p.BulanMulai > p.BulanSelesai {
		return 0
	}
	return p.BulanSelesai - p.BulanMulai + 1
}

// check returns an error naming what is wrong with the period.
func (p Penilaian) check() error {
	switch {
	case p.Tahun < konversiFrom || p.Tahun > 9999:
		return fmt.Errorf("tahun %d: the konversi model applies from %d to 9999 (PermenPANRB 1/2023): %w", p.Tahun, konversiFrom, ErrInvalidInput)
	case p.BulanMulai < 1 || p.BulanMulai > 12:
		return fmt.Errorf("bulan mulai %d outside 1–12: %w", p.BulanMulai, ErrInvalidInput)
	case p.BulanSelesai < 1 || p.BulanSelesai > 12:
		return fmt.Errorf("bulan selesai %d outside 1–12: %w", p.BulanSelesai, ErrInvalidInput)
	case p.BulanMulai > p.BulanSelesai:
		return fmt.Errorf("bulan mulai %d is after bulan selesai %d: %w", p.BulanMulai, p.BulanSelesai, ErrInvalidInput)
	case !p.Jenjang.IsValid():
		return fmt.Errorf("jenjang %s: %w", p.Jenjang, ErrUnknownJenjang)
	case p.AngkaKredit.IsValid():
		if p.AngkaKredit.Sign() < 0 {
			return fmt.Errorf("angka kredit %s is negative: %w", p.AngkaKredit, ErrInvalidInput)
		}
	case !p.Predikat.IsValid():
		return fmt.Errorf("predikat %s: %w", p.Predikat, ErrUnknownPredikat)
	}
	return nil
}

// month returns the months since year 0 of a month of year tahun.
func month(tahun, bulan int) int { return tahun*12 + bulan - 1 }

// WithStart makes [Accumulate] start the cumulative angka kredit of the
// first period's jenjang at ak instead of 0: an angka kredit integrasi
// ([AngkaKreditIntegrasi]), the cumulative angka kredit of a PAK before
// the periods given, or the angka kredit dasar of a move into the
// position. It must be a figure of 0 or more. [AngkaKredit] and
// [AngkaKreditTahunan] ignore it.
func WithStart(ak figure.Figure) AngkaKreditOption {
	return func(o *options) { o.start, o.hasStart = ak, true }
}

// WithCarriedExcess makes [Accumulate] carry, at a kenaikan jenjang, the
// cumulative angka kredit above the kenaikan jenjang's minimum
// ([AngkaKreditMinimal]) into the new jenjang, instead of starting it at
// 0. Whether the excess carries is not published (an open rule): BKN's
// slides say only that a kenaikan jenjang makes the angka kredit 0, which
// the library follows by default. [AngkaKredit] and [AngkaKreditTahunan]
// ignore it.
func WithCarriedExcess() AngkaKreditOption {
	return func(o *options) { o.carryExcess = true }
}

// Step is one period of an [Accumulation]: the period, the angka kredit
// it earns, and the cumulative angka kredit at its end.
type Step struct {
	Penilaian Penilaian
	// AngkaKredit is the period's angka kredit, rounded half-up at the
	// places.
	AngkaKredit figure.Figure
	// Kumulatif is the cumulative angka kredit (AKK) of the jenjang at
	// the end of the period: since the period that began the jenjang,
	// with the start of WithStart for the first jenjang. By default it
	// is the exact sum rounded once, so it can differ in the last place
	// from the sum of the rounded AngkaKredit of the periods.
	Kumulatif figure.Figure
	// KenaikanJenjang is true when the period is the first at a higher
	// jenjang than the one before: the cumulative angka kredit restarts
	// at 0 (or with the excess, under WithCarriedExcess).
	KenaikanJenjang bool
}

// Accumulation is the result of [Accumulate]: the periods of a functional
// official in order, with the angka kredit of each and the cumulative
// angka kredit of the jenjang. The zero Accumulation is invalid.
type Accumulation struct {
	steps []Step
}

// Accumulate returns the cumulative angka kredit (angka kredit kumulatif)
// of a functional official's periods (PermenPANRB 1/2023, Peraturan BKN
// 3/2023). The periods may come in any order; they are taken in the order
// of their months, and may leave gaps but must not overlap.
//
// Within a jenjang the angka kredit of the periods adds up across years
// and across pangkat (derived, agency PAK forms): a kenaikan pangkat does
// not restart it. A kenaikan jenjang (a period at the next jenjang of the
// kategori, Ahli Pertama to Ahli Muda or Terampil to Mahir) restarts it
// at 0 (derived, BKN's slides: "Kenaikan jenjang jabatan mengakibatkan
// Angka Kredit menjadi 0"); whether the excess above the kenaikan
// jenjang's minimum carries is not published, and [WithCarriedExcess]
// carries it (library default: it does not). Any other change of jenjang
// (down, across kategori, over a jenjang) is a move the konversi model
// does not accumulate across, and an error: accumulate the periods after
// the move on their own, with the angka kredit dasar of the move as
// [WithStart].
//
// The rounding is [AngkaKreditTahunan]'s: by default the exact sum is
// rounded half-up once, at 3 places unless [WithPlaces] says otherwise,
// so that the periods of a year add up to the year's figure however the
// year is split; with [WithRoundedPeriods] each period is rounded first,
// as BKN's worked examples do (18.75 + 2.08 = 20.83), and a year's periods
// at one jenjang are capped at 150% of its coefficient. [WithKoefisien]
// applies only to periods of one jenjang. [WithStart] starts the first
// jenjang at an angka kredit given.
//
// A period whose AngkaKredit is given counts with that figure, exactly; its
// predikat is not read.
//
// A period with a year before 2023 or after 9999, months outside 1–12 or
// reversed, an invalid jenjang, an invalid predikat and no angka kredit
// given, or a negative angka kredit, is an error naming it
// (1-based, in the order given), as are two periods that overlap; no
// periods at all is an error wrapping [ErrInvalidInput].
func Accumulate(periode []Penilaian, opts ...AngkaKreditOption) (Accumulation, error) {
	if len(periode) == 0 {
		return Accumulation{}, fmt.Errorf("kinerja: no periods: %w", ErrInvalidInput)
	}
	for i, p := range periode {
		if err := p.check(); err != nil {
			return Accumulation{}, fmt.Errorf("kinerja: period %d: %w", i+1, err)
		}
	}
	_, o, err := resolve(periode[0].Jenjang, opts)
	if err != nil {
		return Accumulation{}, err
	}
	if o.hasStart && (!o.start.IsValid() || o.start.Sign() < 0) {
		return Accumulation{}, fmt.Errorf("kinerja: start %s is not a figure of 0 or more: %w", o.start, ErrInvalidInput)
	}
	order := make([]int, len(periode))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int {
		return cmp.Compare(month(periode[a].Tahun, periode[a].BulanMulai), month(periode[b].Tahun, periode[b].BulanMulai))
	})
	for n := 1; n < len(order); n++ {
		a, b := periode[order[n-1]], periode[order[n]]
		if month(b.Tahun, b.BulanMulai) <= month(a.Tahun, a.BulanSelesai) {
			return Accumulation{}, fmt.Errorf("kinerja: periods %d and %d overlap (%d, months %d–%d and %d–%d): %w",
				order[n-1]+1, order[n]+1, a.Tahun, a.BulanMulai, a.BulanSelesai, b.BulanMulai, b.BulanSelesai, ErrInvalidInput)
		}
		if a.Jenjang == b.Jenjang {
			continue
		}
		if o.custom {
			return Accumulation{}, fmt.Errorf("kinerja: WithKoefisien with periods of two jenjang, %s and %s: %w", a.Jenjang, b.Jenjang, ErrInvalidInput)
		}
		if next, ok := a.Jenjang.next(); !ok || next != b.Jenjang {
			return Accumulation{}, fmt.Errorf("kinerja: period %d: jenjang %s after %s is not a kenaikan jenjang: accumulate the periods after a move on their own, with WithStart: %w",
				order[n]+1, b.Jenjang, a.Jenjang, ErrInvalidInput)
		}
	}
	steps := make([]Step, len(order))
	for n, i := range order {
		steps[n].Penilaian = periode[i]
	}
	if o.roundedPeriods {
		err = accumulateRounded(steps, o)
	} else {
		err = accumulateExact(steps, o)
	}
	if err != nil {
		return Accumulation{}, err
	}
	return Accumulation{steps: steps}, nil
}

// koefisienOf returns the annual coefficient of j under the options.
func (o options) koefisienOf(j Jenjang) decimal.Decimal {
	if o.custom {
		return o.koefisien
	}
	k, _ := j.Koefisien()
	return k
}

// excess returns what carries into the next jenjang from a cumulative ak
// of jenjang j, both in units of 1/scale: nothing by default, the part
// above the kenaikan jenjang's minimum under WithCarriedExcess.
func (o options) excess(j Jenjang, ak, scale decimal.Decimal) decimal.Decimal {
	if !o.carryExcess {
		return decimal.Zero
	}
	d := ak.Sub(decimal.NewFromInt(kenaikanTable[j].jenjang).Mul(scale))
	if d.Sign() < 0 {
		return decimal.Zero
	}
	return d
}

// accumulateExact fills the steps' figures by the library default: the
// cumulative angka kredit is an exact sum, kept as its numerator over
// bulanPersen (12 × 100), and rounded once wherever it is reported.
func accumulateExact(steps []Step, o options) error {
	num := decimal.Zero // the cumulative angka kredit × 1200
	if o.hasStart {
		num = o.start.Decimal().Mul(bulanPersen)
	}
	for n := range steps {
		s := &steps[n]
		p := s.Penilaian
		if n > 0 && p.Jenjang != steps[n-1].Penilaian.Jenjang {
			s.KenaikanJenjang = true
			num = o.excess(steps[n-1].Penilaian.Jenjang, num, bulanPersen)
		}
		ak := o.koefisienOf(p.Jenjang).Mul(decimal.NewFromInt(int64(p.Bulan() * p.Predikat.Persentase())))
		if p.AngkaKredit.IsValid() {
			ak = p.AngkaKredit.Decimal().Mul(bulanPersen)
		}
		num = num.Add(ak)
		var err error
		if s.AngkaKredit, err = angkaKredit(ak.DivRound(bulanPersen, o.places), o.places); err != nil {
			return err
		}
		if s.Kumulatif, err = angkaKredit(num.DivRound(bulanPersen, o.places), o.places); err != nil {
			return err
		}
	}
	return nil
}

// accumulateRounded fills the steps' figures under WithRoundedPeriods:
// each period is rounded, and the periods of one year at one jenjang are
// capped at 150% of its coefficient, as AngkaKreditTahunan caps them.
func accumulateRounded(steps []Step, o options) error {
	base := decimal.Zero // the cumulative angka kredit before the current year's periods
	if o.hasStart {
		base = o.start.Decimal()
	}
	year := decimal.Zero // the rounded periods of the current year and jenjang
	for n := range steps {
		s := &steps[n]
		p := s.Penilaian
		k := o.koefisienOf(p.Jenjang)
		if n > 0 {
			prev := steps[n-1].Penilaian
			switch {
			case p.Jenjang != prev.Jenjang:
				s.KenaikanJenjang = true
				base, year = o.excess(prev.Jenjang, steps[n-1].Kumulatif.Decimal(), decimal.New(1, 0)), decimal.Zero
			case p.Tahun != prev.Tahun:
				base, year = steps[n-1].Kumulatif.Decimal(), decimal.Zero
			}
		}
		ak := k.Mul(decimal.NewFromInt(int64(p.Bulan()*p.Predikat.Persentase()))).DivRound(bulanPersen, o.places)
		if p.AngkaKredit.IsValid() {
			given, err := figure.New(p.AngkaKredit.Decimal(), o.places)
			if err != nil {
				return fmt.Errorf("kinerja: angka kredit %s: %w", p.AngkaKredit, err)
			}
			ak = given.Decimal()
		}
		year = year.Add(ak)
		limit := k.Mul(decimal.NewFromInt(150)).DivRound(decimal.NewFromInt(100), o.places)
		var err error
		if s.AngkaKredit, err = angkaKredit(ak, o.places); err != nil {
			return err
		}
		if s.Kumulatif, err = angkaKredit(base.Add(decimal.Min(year, limit)), o.places); err != nil {
			return err
		}
	}
	return nil
}

// IsValid reports whether a was made by [Accumulate].
func (a Accumulation) IsValid() bool { return len(a.steps) > 0 }

// Equal reports whether a and o hold the same periods and figures.
func (a Accumulation) Equal(o Accumulation) bool { return slices.Equal(a.steps, o.steps) }

// Steps returns the periods in the order of their months, each with its
// angka kredit and the cumulative angka kredit at its end (a copy).
func (a Accumulation) Steps() []Step { return slices.Clone(a.steps) }

// Jenjang returns the jenjang of the last period, the one [Accumulation.Total]
// counts for; 0 for the zero Accumulation.
func (a Accumulation) Jenjang() Jenjang {
	if !a.IsValid() {
		return 0
	}
	return a.steps[len(a.steps)-1].Penilaian.Jenjang
}

// Total returns the cumulative angka kredit (angka kredit kumulatif, AKK)
// of the last period's jenjang at the end of the last period: the
// Kumulatif of the last step, the figure to check with [CheckKenaikan].
// The zero Accumulation returns the invalid zero Figure.
func (a Accumulation) Total() figure.Figure {
	if !a.IsValid() {
		return figure.Figure{}
	}
	return a.steps[len(a.steps)-1].Kumulatif
}
