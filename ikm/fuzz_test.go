package ikm

import (
	"bytes"
	"errors"
	"math/big"
	"testing"

	"github.com/go-asn/berakhlak/survey"
	"github.com/shopspring/decimal"
)

// rowsFrom turns fuzz bytes into valid rows: 9 bytes a row, each byte
// modulo 5 an answer (0 meaning missing); a blank row gets a 3 in U1.
func rowsFrom(data []byte) [][]int8 {
	var rows [][]int8
	for len(data) >= 9 {
		row := make([]int8, 9)
		blank := true
		for i := range row {
			row[i] = int8(data[i] % 5)
			if row[i] == 0 {
				row[i] = survey.NoAnswer
			} else {
				blank = false
			}
		}
		if blank {
			row[0] = 3
		}
		rows = append(rows, row)
		data = data[9:]
	}
	return rows
}

// roundRat rounds x ≥ 0 half-up to places, as a big.Rat.
func roundRat(x *big.Rat, places int) *big.Rat {
	p := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(places)), nil)
	num := new(big.Int).Mul(x.Num(), p)
	num.Mul(num, big.NewInt(2)).Add(num, x.Denom())
	num.Quo(num, new(big.Int).Mul(x.Denom(), big.NewInt(2)))
	return new(big.Rat).SetFrac(num, p)
}

// naiveIndex is the reference: one big.Rat per answer, the NRR as a
// rational, rounded first when nrrPlaces ≥ 0, weighted, × 25, rounded
// half-up to two places. It reports false when an unsur has no answer.
func naiveIndex(rows [][]int8, weight *big.Rat, nrrPlaces int) (idx *big.Rat, nrr [9]*big.Rat, ok bool) {
	var sum, cnt [9]*big.Rat
	for i := range sum {
		sum[i], cnt[i] = new(big.Rat), new(big.Rat)
	}
	one := big.NewRat(1, 1)
	for _, r := range rows {
		for i, a := range r {
			if a == survey.NoAnswer {
				continue
			}
			sum[i].Add(sum[i], big.NewRat(int64(a), 1))
			cnt[i].Add(cnt[i], one)
		}
	}
	total := new(big.Rat)
	for i := range sum {
		if cnt[i].Sign() == 0 {
			return nil, nrr, false
		}
		nrr[i] = new(big.Rat).Quo(sum[i], cnt[i])
		if nrrPlaces >= 0 {
			nrr[i] = roundRat(nrr[i], nrrPlaces)
		}
		total.Add(total, new(big.Rat).Mul(nrr[i], weight))
	}
	total.Mul(total, big.NewRat(25, 1))
	return roundRat(total, 2), nrr, true
}

func ratEqual(d decimal.Decimal, r *big.Rat) bool {
	return d.Rat().Cmp(r) == 0
}

// fuzzOptions picks the options by mode: weight exact, 0.111 or 0.11;
// NRR exact or rounded to 0–4 places.
func fuzzOptions(mode uint8) (opts []ResultOption, weight *big.Rat, places int) {
	weight, places = big.NewRat(1, 9), -1
	switch mode % 3 {
	case 1:
		opts = append(opts, WithWeight(decimal.New(111, -3)))
		weight = big.NewRat(111, 1000)
	case 2:
		opts = append(opts, WithWeight(decimal.New(11, -2)))
		weight = big.NewRat(11, 100)
	}
	if k := int(mode/3) % 6; k > 0 {
		places = k - 1
		opts = append(opts, WithNRRPlaces(int32(places)))
	}
	return opts, weight, places
}

// FuzzTally checks that the tally's figures equal the naive reference
// (one big.Rat per answer), that merging the tallies of two shards equals
// one pass, that the order of rows does not matter, that a rejected row
// changes nothing, and that a binary round trip keeps the tally and its
// bytes.
func FuzzTally(f *testing.F) {
	f.Add([]byte("123412341234123412341234123412341234"), uint8(1), uint8(0))
	f.Add([]byte{4, 4, 4, 4, 4, 4, 4, 4, 4, 3, 3, 3, 3, 3, 3, 3, 3, 3, 1, 2, 3, 4, 0, 1, 2, 3, 4}, uint8(2), uint8(7))
	f.Add([]byte{9, 8, 7, 6, 5, 4, 3, 2, 1, 0, 5, 10, 15, 20, 25, 30, 35, 40}, uint8(0), uint8(17))
	f.Fuzz(func(t *testing.T, data []byte, cut, mode uint8) {
		rows := rowsFrom(data)
		whole := tallyOf(t, rows)
		k := 0
		if len(rows) > 0 {
			k = int(cut) % (len(rows) + 1)
		}
		a, b := tallyOf(t, rows[:k]), tallyOf(t, rows[k:])
		if err := b.Merge(a); err != nil || !b.Equal(whole) {
			t.Fatalf("merge of %d+%d rows differs from one pass: %v", k, len(rows)-k, err)
		}
		rev := make([][]int8, len(rows))
		for i, r := range rows {
			rev[len(rows)-1-i] = r
		}
		if !tallyOf(t, rev).Equal(whole) {
			t.Fatal("reversed order differs")
		}
		if len(rows) > 0 {
			bad := append([]int8(nil), rows[0]...)
			bad[int(cut)%9] = int8(5 + cut%100)
			if err := whole.Add("bad", bad); !errors.Is(err, survey.ErrInvalidAnswer) {
				t.Fatalf("answer %d accepted: %v", bad[int(cut)%9], err)
			}
			if !whole.Equal(tallyOf(t, rows)) {
				t.Fatal("a rejected row changed the tally")
			}
		}
		bin, err := whole.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		var back Tally
		if err := back.UnmarshalBinary(bin); err != nil || !back.Equal(whole) {
			t.Fatalf("binary round trip: %v", err)
		}
		if again, _ := back.MarshalBinary(); !bytes.Equal(again, bin) {
			t.Fatal("re-encoding differs")
		}

		opts, weight, places := fuzzOptions(mode)
		r, err := whole.Result(anyMin, opts...)
		want, nrr, ok := naiveIndex(rows, weight, places)
		switch {
		case len(rows) == 0:
			if !errors.Is(err, survey.ErrInsufficientRespondents) {
				t.Fatalf("empty survey: %v", err)
			}
			return
		case !ok:
			if !errors.Is(err, survey.ErrNoFigure) {
				t.Fatalf("an unsur without answers: %v", err)
			}
			return
		case want.Cmp(big.NewRat(25, 1)) < 0:
			if err == nil {
				t.Fatalf("index %s below 25 accepted", want.FloatString(2))
			}
			return
		case err != nil:
			t.Fatal(err)
		}
		if !ratEqual(r.Index().Decimal(), want) || r.Index().Places() != 2 {
			t.Fatalf("Index %s, naive reference %s (mode %d)", r.Index(), want.FloatString(2), mode)
		}
		if b, _ := ikmScale.Classify(r.Index().Decimal()); !b.Equal(r.Band()) {
			t.Fatalf("Band %v for %s", r.Band(), r.Index())
		}
		shown := 2
		if places >= 0 {
			shown = places
		}
		for i := range nrr {
			if got := r.NRR(Unsur(i + 1)); !ratEqual(got.Decimal(), roundRat(nrr[i], shown)) || got.Places() != int32(shown) {
				t.Fatalf("NRR(%d) = %s, reference %s", i+1, got, nrr[i].FloatString(shown))
			}
			if got, err := r.NRRAt(Unsur(i+1), 3); err != nil || !ratEqual(got.Decimal(), roundRat(new(big.Rat).SetFrac64(int64(r.Unsur(Unsur(i+1)).Sum), int64(r.Unsur(Unsur(i+1)).Answers)), 3)) {
				t.Fatalf("NRRAt(%d, 3) = %s, %v", i+1, got, err)
			}
			conv := roundRat(new(big.Rat).Mul(nrr[i], big.NewRat(25, 1)), 2)
			if got := r.Unsur(Unsur(i + 1)).Converted; !ratEqual(got.Decimal(), conv) {
				t.Fatalf("Converted(%d) = %s, reference %s", i+1, got, conv.FloatString(2))
			}
		}
		// Merging in the other order gives the same figures.
		if rb, err := b.Result(anyMin, opts...); err != nil || !rb.Equal(r) {
			t.Fatalf("merged result differs: %v", err)
		}
	})
}

// FuzzParse checks that every accepted spelling names an unsur or answer
// whose String, Code and text encoding parse back to it, and that every
// refusal is a *ParseError.
func FuzzParse(f *testing.F) {
	for _, u := range AllUnsur() {
		f.Add(u.String())
		f.Add(u.Code())
	}
	for _, s := range []string{"biaya / TARIF", "u10", "", "Sangat Baik", "4", "tidak_baik", "Sarana-dan-Prasarana!"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		u, err := ParseUnsur(s)
		if err != nil {
			var pe *ParseError
			if !errors.As(err, &pe) || pe.Input != s || !errors.Is(err, ErrUnknownUnsur) {
				t.Fatalf("ParseUnsur(%q): %v", s, err)
			}
		} else {
			if !u.IsValid() || MustParseUnsur(u.String()) != u || MustParseUnsur(u.Code()) != u {
				t.Fatalf("ParseUnsur(%q) = %v does not round-trip", s, u)
			}
			b, err := u.MarshalText()
			var back Unsur
			if err != nil || back.UnmarshalText(b) != nil || back != u {
				t.Fatalf("text round trip of %v: %v", u, err)
			}
		}
		a, err := ParseAnswer(s)
		if err != nil {
			var pe *ParseError
			if !errors.As(err, &pe) || !errors.Is(err, ErrUnknownAnswer) {
				t.Fatalf("ParseAnswer(%q): %v", s, err)
			}
			return
		}
		b, err := a.MarshalText()
		var back Answer
		if !a.IsValid() || MustParseAnswer(a.String()) != a || err != nil || back.UnmarshalText(b) != nil || back != a {
			t.Fatalf("ParseAnswer(%q) = %v does not round-trip", s, a)
		}
	})
}
