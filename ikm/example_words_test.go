package ikm_test

import (
	"errors"
	"fmt"

	"github.com/go-asn/berakhlak/ikm"
)

func ExampleUnsur_ParseAnswer() {
	// A Google Forms export holds the questionnaire's own answer words.
	for _, cell := range []string{"Sangat mahal", "Gratis", "cukup MAHAL", "Sangat Baik", "3"} {
		a, err := ikm.BiayaTarif.ParseAnswer(cell)
		fmt.Println(cell, "→", int(a), err)
	}
	// Output:
	// Sangat mahal → 1 <nil>
	// Gratis → 4 <nil>
	// cukup MAHAL → 2 <nil>
	// Sangat Baik → 4 <nil>
	// 3 → 3 <nil>
}

func ExampleUnsur_AnswerText() {
	for _, a := range ikm.Answers() {
		fmt.Printf("%d %s | %s\n", a, ikm.BiayaTarif.AnswerText(a), ikm.PenangananPengaduan.AnswerText(a))
	}
	// Output:
	// 1 Sangat mahal | Tidak ada
	// 2 Cukup mahal | Ada tetapi tidak berfungsi
	// 3 Murah | Berfungsi kurang maksimal
	// 4 Gratis | Dikelola dengan baik
}

func ExampleAnswerWordError() {
	_, err := ikm.Persyaratan.ParseAnswer("Gratis")
	var we *ikm.AnswerWordError
	if errors.As(err, &we) {
		fmt.Println(we.Input, we.Unsur, we.Owners)
	}
	fmt.Println(err)
	fmt.Println(errors.Is(err, ikm.ErrUnknownAnswer))
	// Output:
	// Gratis Persyaratan [Biaya/Tarif]
	// ikm: U1 Persyaratan: "Gratis" is an answer to U4 Biaya/Tarif, not to this unsur
	// true
}

func ExampleAnswerWordError_Error() {
	_, err := ikm.SaranaPrasarana.ParseAnswer("puas sekali")
	fmt.Println(err)
	// Output: ikm: U9 Sarana dan Prasarana: unknown answer "puas sekali"
}

func ExampleAnswerWordError_Unwrap() {
	_, err := ikm.KompetensiPelaksana.ParseAnswer("Sopan")
	fmt.Println(errors.Unwrap(err) == ikm.ErrUnknownAnswer)
	// Output: true
}
