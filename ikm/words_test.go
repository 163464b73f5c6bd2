package ikm

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// ruleBookWords are the answer words of the questionnaire, answer 1 to 4,
// as the rule register lists them (derived: agency questionnaires labelled
// PermenPANRB 14/2017 and public SKM applications), with the variants
// seen: written out here, apart from the package's table, so that a slip
// in either shows.
var ruleBookWords = map[Unsur][4][]string{
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

// TestAnswerWordsRoundTrip reads every answer word of every unsur, printed
// and variant, as written and in other spellings, back as its answer; and
// AnswerText prints the first of each.
func TestAnswerWordsRoundTrip(t *testing.T) {
	spellings := func(w string) []string {
		return []string{w, strings.ToUpper(w), strings.ToLower(w), strings.ReplaceAll(w, " ", "_"),
			"  " + strings.ReplaceAll(w, " ", "-") + ".", strings.ReplaceAll(w, " ", "  ")}
	}
	if len(ruleBookWords) != numUnsur {
		t.Fatalf("the test lists %d unsur", len(ruleBookWords))
	}
	for _, u := range AllUnsur() {
		for i, words := range ruleBookWords[u] {
			a := Answer(i + 1)
			if got := u.AnswerText(a); got != words[0] {
				t.Errorf("%s.AnswerText(%d) = %q, want %q", u.Code(), a, got, words[0])
			}
			digit := string(rune('0' + a))
			for _, w := range append(words, a.String(), digit) {
				ss := spellings(w)
				if w == digit {
					ss = []string{digit, " " + digit + " "} // a digit is read as written, bar spaces
				}
				for _, s := range ss {
					if got, err := u.ParseAnswer(s); got != a || err != nil {
						t.Errorf("%s.ParseAnswer(%q) = %v, %v; want %d", u.Code(), s, got, err, a)
					}
				}
			}
		}
	}
}

// TestBiayaTarifDirection: for Biaya/Tarif the worst answer is "Sangat
// mahal" (1) and the best "Gratis" (4); a parser that maps every "Sangat
// …" to 4 gets this unsur backwards.
func TestBiayaTarifDirection(t *testing.T) {
	tests := []struct {
		in   string
		want Answer
	}{
		{"Sangat mahal", 1}, {"SANGAT MAHAL", 1}, {"Cukup mahal", 2}, {"Murah", 3}, {"Gratis", 4},
		{"Tidak wajar", 1}, {"Kurang wajar", 2}, {"Wajar", 3}, {"Sangat wajar", 4},
		{"Sangat Baik", 4}, {"Tidak Baik", 1},
	}
	for _, tc := range tests {
		got, err := BiayaTarif.ParseAnswer(tc.in)
		if diff := cmp.Diff(tc.want, got); diff != "" || err != nil {
			t.Errorf("BiayaTarif.ParseAnswer(%q): %v (-want +got):\n%s", tc.in, err, diff)
		}
	}
	if BiayaTarif.AnswerText(1) != "Sangat mahal" || BiayaTarif.AnswerText(4) != "Gratis" {
		t.Errorf("AnswerText: 1 %q, 4 %q", BiayaTarif.AnswerText(1), BiayaTarif.AnswerText(4))
	}
}

func TestParseAnswerWordErrors(t *testing.T) {
	tests := []struct {
		u      Unsur
		in     string
		owners []Unsur
		msg    string
	}{
		{Persyaratan, "Gratis", []Unsur{BiayaTarif}, `ikm: U1 Persyaratan: "Gratis" is an answer to U4 Biaya/Tarif, not to this unsur`},
		{BiayaTarif, "Sangat sesuai", []Unsur{Persyaratan, ProdukSpesifikasiJenisPelayanan},
			`ikm: U4 Biaya/Tarif: "Sangat sesuai" is an answer to U1 Persyaratan and U5 Produk Spesifikasi Jenis Pelayanan, not to this unsur`},
		{BiayaTarif, "Cukup", []Unsur{SaranaPrasarana}, `ikm: U4 Biaya/Tarif: "Cukup" is an answer to U9 Sarana dan Prasarana, not to this unsur`},
		{SaranaPrasarana, "dikelola dengan baik", []Unsur{PenangananPengaduan}, `is an answer to U8 Penanganan Pengaduan, Saran dan Masukan`},
		{Persyaratan, "puas", nil, `ikm: U1 Persyaratan: unknown answer "puas"`},
		{Persyaratan, "5", nil, `unknown answer "5"`},
		{Persyaratan, "", nil, `unknown answer ""`},
		{Persyaratan, strings.Repeat("sangat ", 20), nil, `unknown answer`},
		{Persyaratan, "Sangat sesuai sekali", nil, `unknown answer`},
	}
	for _, tc := range tests {
		_, err := tc.u.ParseAnswer(tc.in)
		var we *AnswerWordError
		if !errors.As(err, &we) || !errors.Is(err, ErrUnknownAnswer) {
			t.Fatalf("%s.ParseAnswer(%q) = %v, want an *AnswerWordError wrapping ErrUnknownAnswer", tc.u.Code(), tc.in, err)
		}
		if diff := cmp.Diff(AnswerWordError{Input: tc.in, Unsur: tc.u, Owners: tc.owners}, *we); diff != "" {
			t.Errorf("%s.ParseAnswer(%q) (-want +got):\n%s", tc.u.Code(), tc.in, diff)
		}
		if !strings.Contains(err.Error(), tc.msg) {
			t.Errorf("%s.ParseAnswer(%q): %q lacks %q", tc.u.Code(), tc.in, err, tc.msg)
		}
	}
	if _, err := Unsur(0).ParseAnswer("1"); !errors.Is(err, ErrUnknownUnsur) {
		t.Errorf("Unsur(0).ParseAnswer: %v", err)
	}
	if Unsur(10).AnswerText(1) != "" || Persyaratan.AnswerText(0) != "" || Persyaratan.AnswerText(5) != "" {
		t.Error("AnswerText of an invalid unsur or answer is not empty")
	}
}

func TestParseAnswerWordDoesNotAllocate(t *testing.T) {
	for _, tc := range []struct {
		u Unsur
		s string
	}{{BiayaTarif, "Sangat mahal"}, {PenangananPengaduan, "Ada tapi tidak berfungsi"}, {SaranaPrasarana, "sangat baik"}, {Persyaratan, "3"}} {
		if n := testing.AllocsPerRun(100, func() { _, _ = tc.u.ParseAnswer(tc.s) }); n != 0 {
			t.Errorf("%s.ParseAnswer(%q): %v allocations", tc.u.Code(), tc.s, n)
		}
	}
}

// FuzzUnsurParseAnswer: for any text and unsur, ParseAnswer either returns
// a valid answer or an *AnswerWordError quoting the text; an accepted text
// is accepted by exactly the unsur whose word (or generic label) it is and
// refused by the others with the owner named; and the printed word of the
// answer reads back as the same answer.
func FuzzUnsurParseAnswer(f *testing.F) {
	for _, u := range AllUnsur() {
		for _, words := range ruleBookWords[u] {
			for _, w := range words {
				f.Add(w, uint8(u))
			}
		}
	}
	f.Add("Sangat Baik", uint8(4))
	f.Add(" 2 ", uint8(1))
	f.Add("sangat—mahal", uint8(4))
	f.Fuzz(func(t *testing.T, s string, n uint8) {
		u := AllUnsur()[int(n)%numUnsur]
		a, err := u.ParseAnswer(s)
		if err != nil {
			var we *AnswerWordError
			if !errors.As(err, &we) || we.Input != s || we.Unsur != u {
				t.Fatalf("%s.ParseAnswer(%q): %v", u.Code(), s, err)
			}
			for _, o := range we.Owners {
				if b, err := o.ParseAnswer(s); err != nil || !b.IsValid() {
					t.Fatalf("%q is named as an answer to %s, which refuses it: %v", s, o.Code(), err)
				}
			}
			return
		}
		if !a.IsValid() {
			t.Fatalf("%s.ParseAnswer(%q) = %d", u.Code(), s, a)
		}
		if b, err := u.ParseAnswer(u.AnswerText(a)); b != a || err != nil {
			t.Fatalf("%s: %q is %d, but its printed word %q reads as %d, %v", u.Code(), s, a, u.AnswerText(a), b, err)
		}
		_, generic := ParseAnswer(s)
		for _, o := range AllUnsur() {
			b, err := o.ParseAnswer(s)
			if generic == nil && (b != a || err != nil) {
				t.Fatalf("%q is a generic answer %d, but %s reads %d, %v", s, a, o.Code(), b, err)
			}
			var we *AnswerWordError
			if err != nil && (!errors.As(err, &we) || !containsUnsur(we.Owners, u)) {
				t.Fatalf("%q answers %s, but %s's error does not say so: %v", s, u.Code(), o.Code(), err)
			}
		}
	})
}

func containsUnsur(us []Unsur, u Unsur) bool {
	for _, x := range us {
		if x == u {
			return true
		}
	}
	return false
}
