package ikm

import (
	"strings"

	"github.com/go-asn/berakhlak/internal/fold"
	"github.com/go-asn/berakhlak/internal/text"
)

// unsurWords holds, per unsur, the answer words of the questionnaire as
// agencies print it under PermenPANRB No. 14 Tahun 2017 (answer a–d
// scores 1–4): the printed word of each answer first, then the variants
// seen in agency questionnaires. Derived: agency questionnaires labelled
// PermenPANRB 14/2017 and public SKM applications (see the rule register).
var unsurWords = [numUnsur + 1][4][]string{
	Persyaratan:                     {{"Tidak sesuai"}, {"Kurang sesuai"}, {"Sesuai"}, {"Sangat sesuai"}},
	SistemMekanismeProsedur:         {{"Tidak mudah"}, {"Kurang mudah"}, {"Mudah"}, {"Sangat mudah"}},
	WaktuPenyelesaian:               {{"Tidak cepat"}, {"Kurang cepat"}, {"Cepat"}, {"Sangat cepat"}},
	BiayaTarif:                      {{"Sangat mahal", "Tidak wajar"}, {"Cukup mahal", "Kurang wajar"}, {"Murah", "Wajar"}, {"Gratis", "Sangat wajar"}},
	ProdukSpesifikasiJenisPelayanan: {{"Tidak sesuai"}, {"Kurang sesuai"}, {"Sesuai"}, {"Sangat sesuai"}},
	KompetensiPelaksana:             {{"Tidak kompeten"}, {"Kurang kompeten"}, {"Kompeten"}, {"Sangat kompeten"}},
	PerilakuPelaksana:               {{"Tidak sopan dan ramah", "Tidak sopan"}, {"Kurang sopan dan ramah", "Kurang sopan"}, {"Sopan dan ramah", "Sopan"}, {"Sangat sopan dan ramah", "Sangat sopan"}},
	PenangananPengaduan:             {{"Tidak ada"}, {"Ada tetapi tidak berfungsi", "Ada tapi tidak berfungsi"}, {"Berfungsi kurang maksimal"}, {"Dikelola dengan baik"}},
	SaranaPrasarana:                 {{"Buruk"}, {"Cukup"}, {"Baik"}, {"Sangat baik"}},
}

// wordBuf is the size of the buffer a word is folded into: longer than
// the longest word ("adatetapitidakberfungsi", 23 bytes).
const wordBuf = 48

// answerWords maps a folded answer word (fold.Append with punctuation
// dropped) to its answer for each unsur whose word it is (0 for the
// others): "tidaksesuai" answers Persyaratan and Produk Spesifikasi Jenis
// Pelayanan with 1. The generic labels (Tidak Baik … Sangat Baik) are not
// in it: they answer every unsur.
var answerWords = func() map[string][numUnsur + 1]Answer {
	m := map[string][numUnsur + 1]Answer{}
	for _, u := range AllUnsur() {
		for i, words := range unsurWords[u] {
			for _, w := range words {
				key, ok := fold.Append(make([]byte, 0, wordBuf), w, true)
				if !ok {
					panic("ikm: answer word too long: " + w) // unreachable: the table is constant
				}
				e := m[string(key)]
				e[u] = Answer(i + 1)
				m[string(key)] = e
			}
		}
	}
	return m
}()

// AnswerText returns the answer word that the questionnaire prints for a
// to u, e.g. "Sangat mahal" for answer 1 to Biaya/Tarif and "Dikelola
// dengan baik" for answer 4 to Penanganan Pengaduan, Saran dan Masukan
// (derived, see the rule register); "" for an invalid unsur or answer.
func (u Unsur) AnswerText(a Answer) string {
	if !u.IsValid() || !a.IsValid() {
		return ""
	}
	return unsurWords[u][a-1][0]
}

// ParseAnswer returns the answer to u that s names, as an export of the
// questionnaire holds it (a Google Forms or kiosk export carries the
// answer words, not digits). It accepts:
//   - the digit "1" to "4";
//   - the generic label of [ParseAnswer] ("Sangat Baik"), which answers
//     every unsur;
//   - u's own answer words, printed or variant ("Sangat sesuai" for
//     Persyaratan; "Sangat mahal" (1) to "Gratis" (4), or "Tidak wajar" to
//     "Sangat wajar", for Biaya/Tarif; "Ada tapi tidak berfungsi" for
//     Penanganan Pengaduan), see [Unsur.AnswerText].
//
// Matching ignores case, spaces, "_", "-" and punctuation, as [ParseUnsur]
// does. Note that "Sangat …" is not always the best answer: for
// Biaya/Tarif "Sangat mahal" is 1.
//
// Anything else is an [*AnswerWordError] that quotes s and names u; when
// s is the answer word of other unsur ("Gratis" read for Persyaratan), it
// names them too. ParseAnswer does not allocate on success. An invalid u
// is a [*ParseError] wrapping [ErrUnknownUnsur].
func (u Unsur) ParseAnswer(s string) (Answer, error) {
	if !u.IsValid() {
		return 0, &ParseError{Input: u.String(), Err: ErrUnknownUnsur}
	}
	if a, ok := parseDigit(s); ok {
		return a, nil
	}
	var buf [wordBuf]byte
	key, ok := fold.Append(buf[:0], s, true)
	if !ok {
		return 0, &AnswerWordError{Input: s, Unsur: u}
	}
	if a := genericLabel(key); a != 0 {
		return a, nil
	}
	words := answerWords[string(key)]
	if words[u] != 0 {
		return words[u], nil
	}
	e := &AnswerWordError{Input: s, Unsur: u}
	for _, o := range AllUnsur() {
		if words[o] != 0 {
			e.Owners = append(e.Owners, o)
		}
	}
	return 0, e
}

// AnswerWordError reports a text that is no answer to an unsur: neither a
// digit 1–4, nor a generic label, nor one of the unsur's answer words. It
// unwraps to [ErrUnknownAnswer].
type AnswerWordError struct {
	Input string // the text as given
	Unsur Unsur  // the unsur it was read as an answer to
	// Owners are the unsur whose answer word Input is, in the order of
	// AllUnsur: "Gratis" answers Biaya/Tarif only, "Sesuai" both
	// Persyaratan and Produk Spesifikasi Jenis Pelayanan. It is empty
	// when Input answers no unsur.
	Owners []Unsur
}

// Error returns e.g. `ikm: U1 Persyaratan: "Gratis" is an answer to U4
// Biaya/Tarif, not to this unsur` or `ikm: U1 Persyaratan: unknown answer
// "puas"`.
func (e *AnswerWordError) Error() string {
	head := "ikm: " + e.Unsur.Code() + " " + e.Unsur.String() + ": "
	if len(e.Owners) == 0 {
		return head + ErrUnknownAnswer.Error() + " " + text.Quote(e.Input)
	}
	names := make([]string, len(e.Owners))
	for i, o := range e.Owners {
		names[i] = o.Code() + " " + o.String()
	}
	return head + text.Quote(e.Input) + " is an answer to " + strings.Join(names, " and ") + ", not to this unsur"
}

// Unwrap returns [ErrUnknownAnswer].
func (e *AnswerWordError) Unwrap() error { return ErrUnknownAnswer }
