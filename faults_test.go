package berakhlak_test

import (
	"encoding/json"
	"errors"
	"math/big"
	"runtime"
	"strings"
	"testing"

	"github.com/go-asn/berakhlak/akhlak"
	"github.com/go-asn/berakhlak/category"
	"github.com/go-asn/berakhlak/engagement"
	"github.com/go-asn/berakhlak/figure"
	"github.com/go-asn/berakhlak/ikm"
	"github.com/go-asn/berakhlak/kinerja"
	"github.com/go-asn/berakhlak/survey"
	"github.com/shopspring/decimal"
)

// hugeDecimals are decimals a caller can build in Go code whose text, or
// any arithmetic that expands them, would take minutes and gigabytes: an
// exponent of ±3×10⁸, and a coefficient of a million digits.
func hugeDecimals() map[string]decimal.Decimal {
	long := decimal.NewFromBigInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(1_000_000), nil), -1_000_000)
	return map[string]decimal.Decimal{
		"exponent 3e8":     decimal.New(1, 300_000_000),
		"exponent -3e8":    decimal.New(1, -300_000_000),
		"a million digits": long,
	}
}

// TestFaultHugeDecimals (issue 23, item 8): every entry point that takes a
// caller's decimal checks its size before any arithmetic, and formats its
// error without expanding the number. Before, Classify's RangeError.Error,
// ikm.WithWeight and the engagement thresholds ran for minutes or built
// messages of hundreds of megabytes.
func TestFaultHugeDecimals(t *testing.T) {
	entry := map[string]func(d decimal.Decimal) error{
		"category.Scale.Classify": func(d decimal.Decimal) error {
			_, err := category.BerAKHLAK().Classify(d)
			if err != nil {
				_ = err.Error()
			}
			return err
		},
		"akhlak.NewProfile": func(d decimal.Decimal) error {
			m := allScores("50")
			m[akhlak.Adaptif] = d
			_, err := akhlak.NewProfile(m)
			return err
		},
		"akhlak.CultureHealth": func(d decimal.Decimal) error {
			s := map[akhlak.HealthComponent]figure.Figure{}
			w := map[akhlak.HealthComponent]decimal.Decimal{}
			for _, c := range akhlak.HealthComponents() {
				s[c], w[c] = figure.MustNew(decimal.New(50, 0), 0), d
			}
			_, _, err := akhlak.CultureHealth(s, w)
			return err
		},
		"ikm.WithWeight": func(d decimal.Decimal) error {
			tl := ikm.NewTally()
			_ = tl.Add("R", []int8{4, 4, 4, 4, 4, 4, 4, 4, 4})
			_, err := tl.Result(survey.FixedMinimum(1), ikm.WithWeight(d))
			return err
		},
		"engagement.NewInstrument thresholds": func(d decimal.Decimal) error {
			_, err := engagement.NewInstrument(engagement.Definition{Items: []survey.Item{{Code: "A", Dimension: "D"}}, Engaged: d, Neutral: decimal.New(3, 0)})
			return err
		},
		"kinerja.WithKoefisien": func(d decimal.Decimal) error {
			_, err := kinerja.AngkaKredit(kinerja.AhliMuda, kinerja.Baik, 12, kinerja.WithKoefisien(d))
			return err
		},
		"figure.New": func(d decimal.Decimal) error {
			_, err := figure.New(d, 2)
			return err
		},
	}
	for name, f := range entry {
		for dn, d := range hugeDecimals() {
			err := f(d)
			if dn == "exponent -3e8" && err == nil {
				continue // rounds to zero: a valid, tiny figure
			}
			if err == nil {
				t.Errorf("%s(%s): accepted", name, dn)
				continue
			}
			if msg := err.Error(); len(msg) > 300 {
				t.Errorf("%s(%s): an error of %d bytes: %.120s…", name, dn, len(msg), msg)
			}
		}
	}
}

// TestFaultLongDecimalText (issue 23, item 7): reading a figure from text
// is bounded: a score of five million digits is refused before it is
// parsed, with an error that quotes at most about 80 bytes, and the work
// is a small multiple of the input. Before, Profile.UnmarshalJSON took 56
// s and allocated 51 GB in decimal.NewFromString.
func TestFaultLongDecimalText(t *testing.T) {
	score := strings.Repeat("7", 5_000_000)
	doc := []byte(`{"values":[{"code":"BP","score":"` + score + `"}]}`)
	docs := map[string]any{
		"akhlak.Profile":      new(akhlak.Profile),
		"akhlak.Rank":         new(akhlak.Rank),
		"akhlak.BallotResult": new(akhlak.BallotResult),
		"ikm.UnsurResult":     new(ikm.UnsurResult),
		"survey.Figures":      new(survey.Figures),
	}
	for name, v := range docs {
		d := doc
		switch name {
		case "akhlak.Rank":
			d = []byte(`{"rank":1,"code":"BP","score":"` + score + `"}`)
		case "ikm.UnsurResult":
			d = []byte(`{"code":"U1","answers":1,"sum":4,"nrr":"` + score + `","converted":"100.00"}`)
		case "survey.Figures":
			d = []byte(`{"mean":"` + score + `","favourable":"1.0","answers":1}`)
		}
		var before, after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		err := json.Unmarshal(d, v)
		runtime.ReadMemStats(&after)
		if err == nil {
			t.Errorf("%s: a score of 5 million digits accepted", name)
			continue
		}
		if len(err.Error()) > 400 {
			t.Errorf("%s: an error of %d bytes", name, len(err.Error()))
		}
		if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 20*uint64(len(d)) {
			t.Errorf("%s: %d bytes allocated for %d of input", name, alloc, len(d))
		}
	}
	if _, err := figure.Parse(score); !errors.Is(err, figure.ErrOutOfRange) || len(err.Error()) > 200 {
		t.Errorf("figure.Parse of 5 million digits: %.200v", err)
	}
}
