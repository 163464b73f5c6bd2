package akhlak

import (
	"strconv"

	"github.com/go-asn/berakhlak/internal/enum"
	"github.com/go-asn/berakhlak/internal/fold"
)

// Behaviour is one of the 21 behaviour guidelines (panduan perilaku) of SE
// MenPANRB No. 20 Tahun 2021: three for each value, numbered 1 to 21 in the
// official order (Berorientasi Pelayanan's three, then Akuntabel's, …). The
// zero Behaviour is invalid.
//
// Its stable code is the value's code plus its position, BP1 to KL3.
type Behaviour uint8

type behaviourInfo struct {
	text, english string
}

// behaviours holds the official texts, indexed by Behaviour. Secondary
// copies of the circular differ in small ways ("apapun"/"apa pun",
// "bekerja sama"/"bekerjasama", a comma before "dan"); these are the forms
// most agency systems carry. Matching with ParseBehaviour ignores those
// differences. The English texts are the library's translation.
var behaviours = [...]behaviourInfo{
	1:  {"Memahami dan memenuhi kebutuhan masyarakat", "Understand and meet the needs of the public"},
	2:  {"Ramah, cekatan, solutif, dan dapat diandalkan", "Friendly, quick, solution-oriented and reliable"},
	3:  {"Melakukan perbaikan tiada henti", "Improve without ceasing"},
	4:  {"Melaksanakan tugas dengan jujur, bertanggung jawab, cermat, disiplin, dan berintegritas tinggi", "Carry out duties honestly, responsibly, carefully, with discipline and high integrity"},
	5:  {"Menggunakan kekayaan dan barang milik negara secara bertanggung jawab, efektif, dan efisien", "Use state assets and property responsibly, effectively and efficiently"},
	6:  {"Tidak menyalahgunakan kewenangan jabatan", "Do not abuse the authority of office"},
	7:  {"Meningkatkan kompetensi diri untuk menjawab tantangan yang selalu berubah", "Improve one's competence to meet ever-changing challenges"},
	8:  {"Membantu orang lain belajar", "Help others learn"},
	9:  {"Melaksanakan tugas dengan kualitas terbaik", "Carry out duties with the best quality"},
	10: {"Menghargai setiap orang apapun latar belakangnya", "Respect everyone, whatever their background"},
	11: {"Suka menolong orang lain", "Be glad to help others"},
	12: {"Membangun lingkungan kerja yang kondusif", "Build a conducive working environment"},
	13: {"Memegang teguh ideologi Pancasila, Undang-Undang Dasar Negara Republik Indonesia Tahun 1945, setia kepada Negara Kesatuan Republik Indonesia serta pemerintahan yang sah", "Hold firmly to the ideology of Pancasila and the 1945 Constitution of the Republic of Indonesia, and be loyal to the Unitary State of the Republic of Indonesia and its lawful government"},
	14: {"Menjaga nama baik sesama ASN, pimpinan, instansi, dan negara", "Protect the good name of fellow ASN, leaders, agencies and the state"},
	15: {"Menjaga rahasia jabatan dan negara", "Keep official and state secrets"},
	16: {"Cepat menyesuaikan diri menghadapi perubahan", "Adapt quickly to change"},
	17: {"Terus berinovasi dan mengembangkan kreativitas", "Keep innovating and developing creativity"},
	18: {"Bertindak proaktif", "Act proactively"},
	19: {"Memberi kesempatan kepada berbagai pihak untuk berkontribusi", "Give all parties the opportunity to contribute"},
	20: {"Terbuka dalam bekerja sama untuk menghasilkan nilai tambah", "Be open in working together to create added value"},
	21: {"Menggerakkan pemanfaatan berbagai sumber daya untuk tujuan bersama", "Mobilise the use of all kinds of resources for common goals"},
}

// foldedBehaviours holds each official text folded for matching: lower
// case, without spaces or punctuation. It is computed once and never
// changed.
var foldedBehaviours = func() (out [22]string) {
	for b := Behaviour(1); b <= 21; b++ {
		f, _ := fold.Append(make([]byte, 0, 256), behaviours[b].text, true)
		out[b] = string(f)
	}
	return out
}()

// Behaviours returns the 21 behaviours in their official order.
func Behaviours() [21]Behaviour {
	var out [21]Behaviour
	for i := range out {
		out[i] = Behaviour(i + 1)
	}
	return out
}

// IsValid reports whether b is one of the 21 behaviours.
func (b Behaviour) IsValid() bool { return b >= 1 && b <= 21 }

// Value returns the value the behaviour belongs to, or the zero Value for
// an invalid behaviour.
func (b Behaviour) Value() Value {
	if !b.IsValid() {
		return 0
	}
	return Value((b-1)/3 + 1)
}

// Position returns the behaviour's place, 1 to 3, among its value's three
// guidelines, or 0 for an invalid behaviour.
func (b Behaviour) Position() int {
	if !b.IsValid() {
		return 0
	}
	return int(b-1)%3 + 1
}

// Code returns the library's stable code: the value's code plus the
// position, e.g. "BP1" or "KL3". It returns "" for an invalid behaviour.
func (b Behaviour) Code() string {
	if !b.IsValid() {
		return ""
	}
	return codes[b]
}

var codes = [...]string{"",
	"BP1", "BP2", "BP3", "AK1", "AK2", "AK3", "KO1", "KO2", "KO3", "HA1", "HA2", "HA3",
	"LO1", "LO2", "LO3", "AD1", "AD2", "AD3", "KL1", "KL2", "KL3",
}

// String returns the official text of the guideline, as printed by the
// library: e.g. "Menghargai setiap orang apapun latar belakangnya" (the
// form most agency systems carry; some copies of the circular write "apa
// pun"). An invalid behaviour returns "akhlak.Behaviour(N)".
func (b Behaviour) String() string {
	if !b.IsValid() {
		return "akhlak.Behaviour(" + strconv.Itoa(int(b)) + ")"
	}
	return behaviours[b].text
}

// English returns the library's English translation of the guideline.
func (b Behaviour) English() string {
	if !b.IsValid() {
		return ""
	}
	return behaviours[b].english
}

// AppendText appends the behaviour's code, e.g. "AD2", to dst, and nothing
// for the zero Behaviour. Any other invalid Behaviour is an error.
func (b Behaviour) AppendText(dst []byte) ([]byte, error) {
	return enum.Append(dst, b, codes[:], func() error {
		return &ParseError{Input: b.String(), Err: ErrUnknownBehaviour}
	})
}

// MarshalText returns the behaviour's code, e.g. "AD2", and the empty text
// for the zero Behaviour. Any other invalid Behaviour is an error.
func (b Behaviour) MarshalText() ([]byte, error) { return b.AppendText(nil) }

// UnmarshalText sets b from any form [ParseBehaviour] accepts; the empty
// text sets the zero value.
func (b *Behaviour) UnmarshalText(text []byte) error { return enum.Unmarshal(b, text, ParseBehaviour) }

// ParseBehaviour returns the behaviour named by s, which is either:
//   - its code in any case, with spaces, "_" or "-" allowed: "BP1", "bp1",
//     "Bp-1";
//   - its official text, ignoring case, spacing and punctuation, so that
//     "apa pun" matches "apapun" and "bekerjasama" matches "bekerja sama".
//
// Anything else returns a [*ParseError] that quotes s and wraps
// [ErrUnknownBehaviour].
func ParseBehaviour(s string) (Behaviour, error) {
	var buf [256]byte
	key, ok := fold.Append(buf[:0], s, true)
	if ok {
		if len(key) == 3 && '1' <= key[2] && key[2] <= '3' {
			if v := lookupValue(key[:2]); v != 0 {
				return v.Behaviours()[key[2]-'1'], nil
			}
		}
		for b := Behaviour(1); b <= 21; b++ {
			if string(key) == foldedBehaviours[b] {
				return b, nil
			}
		}
	}
	return 0, &ParseError{Input: s, Err: ErrUnknownBehaviour}
}

// MustParseBehaviour is like [ParseBehaviour] but panics if s names no
// behaviour. It is meant for tests and for constants written in source
// code.
func MustParseBehaviour(s string) Behaviour { return enum.Must(ParseBehaviour(s)) }
