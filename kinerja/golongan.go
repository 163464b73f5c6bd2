package kinerja

import (
	"strconv"
	"strings"

	"github.com/go-asn/berakhlak/internal/enum"
)

// Golongan is a civil servant's pangkat/golongan ruang, from II/a to IV/e:
// the golongan the jenjang of the functional positions span (PermenPANRB
// 1/2023 lampiran; see [Jenjang.Golongan]). Golongan are ordered from the
// lowest, so g >= IIIa reads naturally. The zero Golongan is invalid.
//
// Golongan I (I/a to I/d) holds no functional position with angka kredit
// and is not a Golongan.
type Golongan uint8

// The golongan, from the lowest. A constant is the golongan as agencies
// write it without the slash: III/a is IIIa.
const (
	IIa  Golongan = iota + 1 // II/a, Pengatur Muda
	IIb                      // II/b, Pengatur Muda Tingkat I
	IIc                      // II/c, Pengatur
	IId                      // II/d, Pengatur Tingkat I
	IIIa                     // III/a, Penata Muda
	IIIb                     // III/b, Penata Muda Tingkat I
	IIIc                     // III/c, Penata
	IIId                     // III/d, Penata Tingkat I
	IVa                      // IV/a, Pembina
	IVb                      // IV/b, Pembina Tingkat I
	IVc                      // IV/c, Pembina Utama Muda
	IVd                      // IV/d, Pembina Utama Madya
	IVe                      // IV/e, Pembina Utama
)

var golonganNames = [...]struct{ name, pangkat string }{
	{},
	{"II/a", "Pengatur Muda"},
	{"II/b", "Pengatur Muda Tingkat I"},
	{"II/c", "Pengatur"},
	{"II/d", "Pengatur Tingkat I"},
	{"III/a", "Penata Muda"},
	{"III/b", "Penata Muda Tingkat I"},
	{"III/c", "Penata"},
	{"III/d", "Penata Tingkat I"},
	{"IV/a", "Pembina"},
	{"IV/b", "Pembina Tingkat I"},
	{"IV/c", "Pembina Utama Muda"},
	{"IV/d", "Pembina Utama Madya"},
	{"IV/e", "Pembina Utama"},
}

// AllGolongan returns the thirteen golongan from the lowest.
func AllGolongan() [13]Golongan {
	return [13]Golongan{IIa, IIb, IIc, IId, IIIa, IIIb, IIIc, IIId, IVa, IVb, IVc, IVd, IVe}
}

// IsValid reports whether g is one of the golongan II/a to IV/e.
func (g Golongan) IsValid() bool { return g >= IIa && g <= IVe }

// String returns the golongan as written with a slash, e.g. "III/a", or
// "kinerja.Golongan(N)" for an invalid golongan.
func (g Golongan) String() string {
	if !g.IsValid() {
		return "kinerja.Golongan(" + strconv.Itoa(int(g)) + ")"
	}
	return golonganNames[g].name
}

// Pangkat returns the name of the pangkat of the golongan (PP No. 99
// Tahun 2000, lampiran), e.g. "Penata Muda" for III/a, and the empty
// string for an invalid golongan.
func (g Golongan) Pangkat() string {
	if !g.IsValid() {
		return ""
	}
	return golonganNames[g].pangkat
}

// Jenjang returns the jenjang whose golongan include g (see
// [Jenjang.Golongan]): one keahlian and one keterampilan jenjang for
// III/a to III/d (III/a is Ahli Pertama or Mahir), one jenjang for the
// others. An invalid golongan returns nil.
func (g Golongan) Jenjang() []Jenjang {
	var out []Jenjang
	for _, j := range AllJenjang() {
		if t := kenaikanTable[j]; g >= t.lowest && g <= t.highest {
			out = append(out, j)
		}
	}
	return out
}

// AppendText appends the golongan as written with a slash to b
// (encoding.TextAppender). The zero Golongan appends nothing; any other
// invalid Golongan is a [*ParseError] wrapping [ErrUnknownGolongan].
func (g Golongan) AppendText(b []byte) ([]byte, error) {
	return enum.AppendFunc(b, g, g.IsValid(), func() string { return golonganNames[g].name }, func() error { return &ParseError{Input: g.String(), Err: ErrUnknownGolongan} })
}

// MarshalText returns the golongan as written with a slash, and the empty
// text for the zero Golongan. Any other invalid Golongan is an error.
func (g Golongan) MarshalText() ([]byte, error) { return g.AppendText([]byte{}) }

// UnmarshalText sets g from any spelling [ParseGolongan] accepts; the
// empty text sets the zero value.
func (g *Golongan) UnmarshalText(text []byte) error { return enum.Unmarshal(g, text, ParseGolongan) }

// maxGolonganText bounds the text ParseGolongan reads, far above the
// longest spelling ("Golongan Pembina Utama Madya (IV/d)").
const maxGolonganText = 64

// golonganForms maps every accepted spelling, lower case, with its words
// joined, to its golongan: the codes ("iiia", "3a") and the pangkat names
// ("penatamuda", "penatamudatingkati", "penatamudatki").
var golonganForms = func() map[string]Golongan {
	m := map[string]Golongan{}
	romans := [...]string{"", "i", "ii", "iii", "iv"}
	for _, g := range AllGolongan() {
		name := golonganNames[g].name
		roman, letter, _ := strings.Cut(strings.ToLower(name), "/")
		m[roman+letter] = g
		for d, r := range romans {
			if r == roman {
				m[strconv.Itoa(d)+letter] = g
			}
		}
		p := strings.ToLower(strings.ReplaceAll(golonganNames[g].pangkat, " ", ""))
		if base, ok := strings.CutSuffix(p, "tingkati"); ok {
			for _, t := range []string{"tingkati", "tingkat1", "tki", "tk1"} {
				m[base+t] = g
			}
			continue
		}
		m[p] = g
	}
	return m
}()

// ParseGolongan returns the golongan written s, in the forms agencies
// use: "III/a", "III-a", "IIIa", "III a", "3a", "3/a", in any case; the
// pangkat's name ("Penata Muda", "Penata Muda Tingkat I", with "Tingkat
// I" also written "Tk. I", "Tk I" or "Tingkat 1"); or both, when they
// agree ("Penata Muda, III/a", "Penata Muda (III/a)", "III/a Penata
// Muda"). "Gol." or "Golongan" may come first. Anything else, a pangkat
// and a golongan that disagree ("Penata, III/a") or a golongan I ("I/a")
// included, returns a [*ParseError] wrapping [ErrUnknownGolongan].
func ParseGolongan(s string) (Golongan, error) {
	if len(s) <= maxGolonganText {
		if g, ok := parseGolongan(words(s)); ok {
			return g, nil
		}
	}
	return 0, &ParseError{Input: s, Err: ErrUnknownGolongan}
}

// words returns the words of s, lower case: runs of ASCII letters and
// digits; anything else separates them.
func words(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !('a' <= r && r <= 'z' || '0' <= r && r <= '9')
	})
}

func parseGolongan(w []string) (Golongan, bool) {
	if len(w) > 1 && (w[0] == "gol" || w[0] == "golongan") {
		w = w[1:]
	}
	form := func(w []string) (Golongan, bool) {
		g, ok := golonganForms[strings.Join(w, "")]
		return g, ok && len(w) > 0
	}
	if g, ok := form(w); ok {
		return g, true
	}
	// A pangkat and a code of one or two words, in either order.
	for k := 1; k <= 2 && k < len(w); k++ {
		for _, split := range [][2][]string{{w[:len(w)-k], w[len(w)-k:]}, {w[k:], w[:k]}} {
			pangkat, ok1 := form(split[0])
			code, ok2 := form(split[1])
			if ok1 && ok2 && pangkat == code && !isCode(split[0]) && isCode(split[1]) {
				return code, true
			}
		}
	}
	return 0, false
}

// isCode reports whether w is a golongan's code ("iii a", "3a") rather
// than a pangkat's name, which begins with "pe".
func isCode(w []string) bool { return !strings.HasPrefix(w[0], "pe") }

// MustParseGolongan is like [ParseGolongan] but panics on an error.
func MustParseGolongan(s string) Golongan { return enum.Must(ParseGolongan(s)) }
