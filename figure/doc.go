// Package figure holds [Figure], a number as the library publishes it: an
// exact decimal value together with the number of decimal places it is
// published with. Every figure the module reports (a BerAKHLAK score at one
// place, an IKM at two, angka kredit at three) is a Figure, so that
// fmt.Println, text and JSON show it as it is published ("60.0", "12.500")
// rather than as a decimal.Decimal prints it ("60", "12.5").
//
// A Figure is computed by the library from integer counts and sums with one
// division, rounded half-up once at its places; [New] does the same for a
// decimal of the caller's, and [Parse] reads one back from its text. Use
// [Figure.Decimal] for arithmetic and [Figure.Cmp] to compare values.
//
// A Figure holds at most 17 significant digits and 18 places, which every
// published figure fits many times over; a larger number is refused with
// [ErrOutOfRange], never rounded silently. Nothing in this package reads or
// writes shopspring/decimal's package-level settings.
package figure
