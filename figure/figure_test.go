package figure

import (
	"errors"
	"math/big"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
)

func TestNew(t *testing.T) {
	tests := []struct {
		name    string
		in      decimal.Decimal
		places  int32
		want    string
		wantErr error
	}{
		{"kept", d("60.9"), 1, "60.9", nil},
		{"padded", d("60"), 1, "60.0", nil},
		{"half up", d("74.95"), 1, "75.0", nil},
		{"below half", d("74.9499999"), 1, "74.9", nil},
		{"negative half away from zero", d("-0.05"), 1, "-0.1", nil},
		{"angka kredit", d("2.0833333333"), 3, "2.083", nil},
		{"small", d("0.05"), 2, "0.05", nil},
		{"zero", d("0"), 2, "0.00", nil},
		{"rounds to zero", d("0.0004"), 3, "0.000", nil},
		{"no places", d("12.5"), 0, "13", nil},
		{"seventeen digits", d("9999999999999999.9"), 1, "9999999999999999.9", nil},
		{"eighteen digits", d("99999999999999999.9"), 1, "", ErrOutOfRange},
		{"long coefficient", decimal.NewFromBigInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(100_000), nil), -100_000), 1, "", ErrOutOfRange},
		{"places above 18", d("1"), 19, "", ErrOutOfRange},
		{"negative places", d("1"), -1, "", ErrOutOfRange},
		{"huge exponent", decimal.New(1, 300_000_000), 1, "", ErrOutOfRange},
		{"tiny exponent", decimal.New(1, -300_000_000), 1, "0.0", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := New(tt.in, tt.places)
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("New(%s, %d) error = %v, want %v", tt.in, tt.places, err, tt.wantErr)
			}
			if err != nil {
				if len(err.Error()) > 200 {
					t.Errorf("error of %d bytes: %.100s…", len(err.Error()), err)
				}
				if got.IsValid() {
					t.Errorf("New returned a valid figure with an error")
				}
				return
			}
			if diff := cmp.Diff(tt.want, got.String()); diff != "" {
				t.Errorf("New(%s, %d) (-want +got):\n%s", tt.in, tt.places, diff)
			}
			if got.Places() != tt.places {
				t.Errorf("Places() = %d, want %d", got.Places(), tt.places)
			}
		})
	}
}

func d(s string) decimal.Decimal { return decimal.RequireFromString(s) }

func TestParse(t *testing.T) {
	tests := []struct {
		in      string
		want    string
		places  int32
		wantErr error
	}{
		{"60.0", "60.0", 1, nil},
		{"60", "60", 0, nil},
		{"-3.50", "-3.50", 2, nil},
		{"0.05", "0.05", 2, nil},
		{"007.10", "7.10", 2, nil},
		{"12345678901234567", "12345678901234567", 0, nil},
		{"0.000000000000000001", "0.000000000000000001", 18, nil},
		{"123456789012345678", "", 0, ErrOutOfRange},
		{"0.0000000000000000001", "", 0, ErrOutOfRange},
		{strings.Repeat("1", 41), "", 0, ErrOutOfRange},
		{"", "", 0, ErrSyntax},
		{"-", "", 0, ErrSyntax},
		{".5", "", 0, ErrSyntax},
		{"5.", "", 0, ErrSyntax},
		{"+5", "", 0, ErrSyntax},
		{"5e1", "", 0, ErrSyntax},
		{"5,0", "", 0, ErrSyntax},
		{" 5", "", 0, ErrSyntax},
		{"1.2.3", "", 0, ErrSyntax},
		{"--1", "", 0, ErrSyntax},
	}
	for _, tt := range tests {
		got, err := Parse(tt.in)
		if !errors.Is(err, tt.wantErr) {
			t.Errorf("Parse(%q) error = %v, want %v", tt.in, err, tt.wantErr)
			continue
		}
		if err != nil {
			continue
		}
		if got.String() != tt.want || got.Places() != tt.places {
			t.Errorf("Parse(%q) = %s with %d places, want %s with %d", tt.in, got, got.Places(), tt.want, tt.places)
		}
	}
}

func TestZero(t *testing.T) {
	var f Figure
	if f.IsValid() || f.String() != "invalid Figure" || f.Sign() != 0 || !f.Decimal().IsZero() {
		t.Errorf("zero Figure: valid %v, String %q, Sign %d, Decimal %s", f.IsValid(), f, f.Sign(), f.Decimal())
	}
	b, err := f.MarshalText()
	if err != nil || len(b) != 0 {
		t.Errorf("MarshalText of the zero Figure = %q, %v; want empty", b, err)
	}
	g := MustParse("1.0")
	if err := g.UnmarshalText(nil); err != nil || g != (Figure{}) {
		t.Errorf("UnmarshalText(empty) = %v, %v; want the zero Figure", g, err)
	}
	if err := g.UnmarshalText([]byte("x")); err == nil {
		t.Errorf("UnmarshalText(x) accepted")
	}
}

func TestCmp(t *testing.T) {
	tests := []struct {
		a, b string
		want int
	}{
		{"60.0", "60.00", 0},
		{"60.1", "60.09", 1},
		{"-1", "0.000000000000000001", -1},
		{"99999999999999999", "0.000000000000000001", 1},
		{"1.5", "1.50", 0},
		{"1.5", "1.6", -1},
	}
	for _, tt := range tests {
		a, b := MustParse(tt.a), MustParse(tt.b)
		if got := a.Cmp(b); got != tt.want {
			t.Errorf("%s.Cmp(%s) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
		if got := b.Cmp(a); got != -tt.want {
			t.Errorf("%s.Cmp(%s) = %d, want %d", tt.b, tt.a, got, -tt.want)
		}
	}
}

// FuzzRoundTrip: the text of a figure parses back to the same figure, New
// agrees with shopspring's Round on the value, and Cmp agrees with the
// decimals' Cmp.
func FuzzRoundTrip(f *testing.F) {
	f.Add(int64(609), int32(-1), int32(1), int64(5), int32(0))
	f.Add(int64(-74950), int32(-3), int32(1), int64(1), int32(-18))
	f.Add(int64(20833333), int32(-7), int32(3), int64(99999999), int32(5))
	f.Fuzz(func(t *testing.T, coef int64, exp, places int32, coef2 int64, exp2 int32) {
		exp, exp2 = exp%40, exp2%40
		places = max(0, places%20)
		d := decimal.New(coef, exp)
		fig, err := New(d, places)
		if err != nil {
			if !errors.Is(err, ErrOutOfRange) {
				t.Fatalf("New(%s, %d): %v", d, places, err)
			}
			return
		}
		if want := d.Round(places); !fig.Decimal().Equal(want) {
			t.Fatalf("New(%s, %d) = %s, want %s", d, places, fig, want.StringFixed(places))
		}
		if s, want := fig.String(), d.Round(places).StringFixed(places); s != want {
			t.Fatalf("String() = %q, want %q", s, want)
		}
		back, err := Parse(fig.String())
		if err != nil || back != fig {
			t.Fatalf("Parse(%q) = %v, %v; want %v", fig.String(), back, err, fig)
		}
		other, err := New(decimal.New(coef2, exp2), max(0, exp2%19))
		if err != nil {
			return
		}
		if got, want := fig.Cmp(other), fig.Decimal().Cmp(other.Decimal()); got != want {
			t.Fatalf("%s.Cmp(%s) = %d, want %d", fig, other, got, want)
		}
	})
}

// FuzzParse: Parse never panics, refuses or reads exactly, and what it
// reads prints as a canonical form of its input.
func FuzzParse(f *testing.F) {
	for _, s := range []string{"60.0", "-0.05", "", "1e5", "00012.3400", "9999999999999999.99"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		fig, err := Parse(s)
		if err != nil {
			if !errors.Is(err, ErrSyntax) && !errors.Is(err, ErrOutOfRange) {
				t.Fatalf("Parse(%q): %v wraps neither sentinel", s, err)
			}
			return
		}
		want, derr := decimal.NewFromString(s)
		if derr != nil || !fig.Decimal().Equal(want) {
			t.Fatalf("Parse(%q) = %s, decimal reads %v (%v)", s, fig, want, derr)
		}
		back, err := Parse(fig.String())
		if err != nil || back != fig {
			t.Fatalf("Parse(String()) = %v, %v; want %v", back, err, fig)
		}
	})
}
