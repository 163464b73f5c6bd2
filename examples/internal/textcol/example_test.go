package textcol_test

import (
	"os"

	"github.com/go-asn/berakhlak/examples/internal/textcol"
)

func ExampleWrite() {
	_ = textcol.Write(os.Stdout, [][]string{
		{"Nilai", "Skor", "Kesimpulan"},
		{"Adaptif", "61,5", "naik"},
		{"Indeks BerAKHLAK", "7,0", "—"},
	}, map[int]bool{1: true})
	// Output:
	// Nilai             Skor  Kesimpulan
	// Adaptif           61,5  naik
	// Indeks BerAKHLAK   7,0  —
}
