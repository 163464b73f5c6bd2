package kinerja

import (
	"errors"
	"strings"
	"testing"

	"github.com/go-asn/berakhlak/figure"
)

// FuzzParseText checks that every parser either fails with its sentinel or
// returns a valid value whose String and text marshaling round-trip.
func FuzzParseText(f *testing.F) {
	for _, r := range Ratings() {
		f.Add(r.String())
		f.Add(r.English())
	}
	for _, p := range AllPredikat() {
		f.Add(p.String())
	}
	for _, j := range AllJenjang() {
		f.Add(j.String())
	}
	f.Add("Cukup/Butuh Perbaikan")
	f.Add("Butuh Perbaikan/Cukup")
	f.Add("Di Atas Espektasi")
	f.Add("DIBAWAH ESPEKTASI")
	f.Add("at most")
	f.Add("")
	f.Fuzz(func(t *testing.T, s string) {
		if r, err := ParseRating(s); err == nil {
			if back, err := ParseRating(r.String()); err != nil || back != r {
				t.Fatalf("rating %q: String round trip gave %v, %v", s, back, err)
			}
			b, _ := r.MarshalText()
			var back Rating
			if err := back.UnmarshalText(b); err != nil || back != r {
				t.Fatalf("rating %q: text round trip gave %v, %v", s, back, err)
			}
		} else if !errors.Is(err, ErrUnknownRating) {
			t.Fatal(err)
		}
		if p, err := ParsePredikat(s); err == nil {
			if back, err := ParsePredikat(p.String()); err != nil || back != p {
				t.Fatalf("predikat %q: String round trip gave %v, %v", s, back, err)
			}
			b, _ := p.MarshalText()
			var back Predikat
			if err := back.UnmarshalText(b); err != nil || back != p {
				t.Fatalf("predikat %q: text round trip gave %v, %v", s, back, err)
			}
		} else if !errors.Is(err, ErrUnknownPredikat) {
			t.Fatal(err)
		}
		if o, err := ParsePredikatOrganisasi(s); err == nil {
			if back, err := ParsePredikatOrganisasi(o.String()); err != nil || back != o {
				t.Fatalf("organisasi %q: String round trip gave %v, %v", s, back, err)
			}
			b, _ := o.MarshalText()
			var back PredikatOrganisasi
			if err := back.UnmarshalText(b); err != nil || back != o {
				t.Fatalf("organisasi %q: text round trip gave %v, %v", s, back, err)
			}
		} else if !errors.Is(err, ErrUnknownPredikatOrganisasi) {
			t.Fatal(err)
		}
		if k, err := ParseClauseKind(s); err == nil {
			if back, err := ParseClauseKind(k.String()); err != nil || back != k {
				t.Fatalf("clause kind %q: String round trip gave %v, %v", s, back, err)
			}
			b, _ := k.AppendText([]byte("x"))
			if string(b) != "x"+k.String() {
				t.Fatalf("clause kind %q: AppendText gave %q", s, b)
			}
		} else if !errors.Is(err, ErrUnknownClauseKind) {
			t.Fatal(err)
		}
		if j, err := ParseJenjang(s); err == nil {
			if back, err := ParseJenjang(j.String()); err != nil || back != j {
				t.Fatalf("jenjang %q: String round trip gave %v, %v", s, back, err)
			}
			b, _ := j.MarshalText()
			var back Jenjang
			if err := back.UnmarshalText(b); err != nil || back != j {
				t.Fatalf("jenjang %q: text round trip gave %v, %v", s, back, err)
			}
		} else if !errors.Is(err, ErrUnknownJenjang) {
			t.Fatal(err)
		}
	})
}

// FuzzPredikatPegawaiMonotone checks that a better rating, of Hasil Kerja
// or of Perilaku Kerja, never gives a worse predikat, and that invalid
// ratings are always errors.
func FuzzPredikatPegawaiMonotone(f *testing.F) {
	f.Add(uint8(1), uint8(2), uint8(3), uint8(3))
	f.Add(uint8(0), uint8(2), uint8(1), uint8(9))
	f.Fuzz(func(t *testing.T, h1, p1, h2, p2 uint8) {
		a, errA := PredikatPegawai(Rating(h1), Rating(p1))
		b, errB := PredikatPegawai(Rating(h2), Rating(p2))
		if (errA == nil) != (Rating(h1).IsValid() && Rating(p1).IsValid()) ||
			(errB == nil) != (Rating(h2).IsValid() && Rating(p2).IsValid()) {
			t.Fatalf("error does not match validity: %v, %v", errA, errB)
		}
		if errA != nil || errB != nil {
			return
		}
		if h2 >= h1 && p2 >= p1 && b < a {
			t.Fatalf("(%v, %v) → %v but the better (%v, %v) → %v", Rating(h1), Rating(p1), a, Rating(h2), Rating(p2), b)
		}
	})
}

// FuzzAngkaKredit checks that one period through AngkaKreditTahunan equals
// AngkaKredit, that splitting a period in two gives the same yearly total,
// that more months or a better predikat never earn less, and that the
// figure has the library's 3 places and reads back from its text.
func FuzzAngkaKredit(f *testing.F) {
	f.Add(uint8(1), uint8(4), uint8(2), uint8(5))
	f.Add(uint8(7), uint8(5), uint8(12), uint8(5))
	f.Fuzz(func(t *testing.T, jj, pp, bulan, split uint8) {
		j, p, n := Jenjang(jj%8+1), Predikat(pp%5+1), int(bulan%12)+1
		one, err := AngkaKredit(j, p, n)
		if err != nil {
			t.Fatal(err)
		}
		if back, err := figure.Parse(one.String()); err != nil || !back.Equal(one) || one.Places() != angkaKreditPlaces {
			t.Fatalf("AngkaKredit(%v, %v, %d) = %v at %d places; read back as %v, %v", j, p, n, one, one.Places(), back, err)
		}
		year, err := AngkaKreditTahunan(j, []Periode{{p, n}})
		if err != nil || !year.Equal(one) {
			t.Fatalf("Tahunan(%v, %v, %d) = %v, %v; AngkaKredit = %v", j, p, n, year, err, one)
		}
		if k := int(split)%n + 1; k < n {
			two, err := AngkaKreditTahunan(j, []Periode{{p, k}, {p, n - k}})
			if err != nil || !two.Equal(one) {
				t.Fatalf("split %d+%d gave %v, want %v", k, n-k, two, one)
			}
		}
		if n < 12 {
			more, _ := AngkaKredit(j, p, n+1)
			if more.Cmp(one) < 0 {
				t.Fatalf("%d+1 months earn less", n)
			}
		}
		if p < SangatBaik {
			better, _ := AngkaKredit(j, p+1, n)
			if better.Cmp(one) < 0 {
				t.Fatalf("%v earns less than %v", p+1, p)
			}
		}
	})
}

// FuzzParseGolongan checks the golongan parser: every text either fails
// with a *ParseError that quotes it and wraps ErrUnknownGolongan, or
// gives a valid golongan whose written form, pangkat and text all parse
// back to it; and case never matters.
func FuzzParseGolongan(f *testing.F) {
	for _, g := range AllGolongan() {
		f.Add(g.String())
		f.Add(g.Pangkat())
	}
	for _, s := range []string{"3a", "III-a", "iiia", "Penata Muda Tk. I", "Penata Muda Tingkat I (III/b)", "Gol. IV/e", "Penata, III/a", "I/a", "", "pangkat"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		g, err := ParseGolongan(s)
		if err != nil {
			var pe *ParseError
			if !errors.As(err, &pe) || pe.Input != s || !errors.Is(err, ErrUnknownGolongan) || g != 0 {
				t.Fatalf("%q: %v, %v", s, g, err)
			}
		} else {
			if !g.IsValid() {
				t.Fatalf("%q: invalid %v without an error", s, g)
			}
			for _, back := range []string{g.String(), g.Pangkat(), g.Pangkat() + " (" + g.String() + ")"} {
				if b, err := ParseGolongan(back); err != nil || b != g {
					t.Fatalf("%q gives %v, but %q gives %v, %v", s, g, back, b, err)
				}
			}
			text, err := g.MarshalText()
			var back Golongan
			if err != nil || back.UnmarshalText(text) != nil || back != g {
				t.Fatalf("%q: text round trip of %v gave %v (%v)", s, g, back, err)
			}
		}
		if up, upErr := ParseGolongan(strings.ToUpper(s)); len(strings.ToUpper(s)) == len(s) && (up != g || (upErr == nil) != (err == nil)) {
			t.Fatalf("%q gives %v, %v; in upper case %v, %v", s, g, err, up, upErr)
		}
	})
}
