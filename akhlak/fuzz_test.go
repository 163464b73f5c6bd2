package akhlak

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
)

// FuzzParseValue checks that ParseValue never panics, that every error
// wraps ErrUnknownValue, and that whatever it accepts round-trips through
// String, Code, English and the text marshalers.
func FuzzParseValue(f *testing.F) {
	for _, v := range Values() {
		f.Add(v.String())
		f.Add(v.Code())
		f.Add(v.English())
	}
	f.Add("berorientasi_pelayanan")
	f.Add("Berahklak")
	f.Fuzz(func(t *testing.T, s string) {
		v, err := ParseValue(s)
		if err != nil {
			if !errors.Is(err, ErrUnknownValue) {
				t.Fatalf("ParseValue(%q) error %v does not wrap ErrUnknownValue", s, err)
			}
			return
		}
		if !v.IsValid() {
			t.Fatalf("ParseValue(%q) = invalid %d without error", s, v)
		}
		for _, text := range []string{v.String(), v.Code(), v.English()} {
			if back, err := ParseValue(text); err != nil || back != v {
				t.Fatalf("ParseValue(%q) = %v, %v; want %v", text, back, err, v)
			}
		}
		b, err := v.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var back Value
		if err := back.UnmarshalText(b); err != nil || back != v {
			t.Fatalf("text round trip of %v gave %v, %v", v, back, err)
		}
	})
}

// FuzzParseBehaviour checks the same properties for behaviours.
func FuzzParseBehaviour(f *testing.F) {
	for _, b := range Behaviours() {
		f.Add(b.Code())
		f.Add(b.String())
	}
	f.Fuzz(func(t *testing.T, s string) {
		b, err := ParseBehaviour(s)
		if err != nil {
			if !errors.Is(err, ErrUnknownBehaviour) {
				t.Fatalf("ParseBehaviour(%q) error %v does not wrap ErrUnknownBehaviour", s, err)
			}
			return
		}
		for _, text := range []string{b.String(), b.Code()} {
			if back, err := ParseBehaviour(text); err != nil || back != b {
				t.Fatalf("ParseBehaviour(%q) = %v, %v; want %v", text, back, err, b)
			}
		}
		if b.Value().Behaviours()[b.Position()-1] != b {
			t.Fatalf("%s is not at its position in its value", b.Code())
		}
		txt, err := b.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var back Behaviour
		if err := back.UnmarshalText(txt); err != nil || back != b {
			t.Fatalf("text round trip of %v gave %v, %v", b.Code(), back, err)
		}
	})
}

// FuzzStagePhaseText checks the text round trips of Stage and Phase.
func FuzzStagePhaseText(f *testing.F) {
	for _, s := range Stages() {
		f.Add(s.String())
	}
	for _, p := range Phases() {
		f.Add(p.String())
	}
	f.Fuzz(func(t *testing.T, s string) {
		if st, err := ParseStage(s); err == nil {
			b, _ := st.MarshalText()
			var back Stage
			if err := back.UnmarshalText(b); err != nil || back != st {
				t.Fatalf("stage round trip of %q: %v, %v", s, back, err)
			}
		} else if !errors.Is(err, ErrUnknownStage) {
			t.Fatal(err)
		}
		if ph, err := ParsePhase(s); err == nil {
			b, _ := ph.MarshalText()
			var back Phase
			if err := back.UnmarshalText(b); err != nil || back != ph {
				t.Fatalf("phase round trip of %q: %v, %v", s, back, err)
			}
		} else if !errors.Is(err, ErrUnknownPhase) {
			t.Fatal(err)
		}
	})
}

// FuzzProfileJSON checks that a valid profile survives a JSON round trip
// and that Index is the rounded mean of the scores.
func FuzzProfileJSON(f *testing.F) {
	f.Add(uint16(579), uint16(741), uint16(567), uint16(638), uint16(658), uint16(389), uint16(694))
	f.Add(uint16(0), uint16(1000), uint16(0), uint16(1000), uint16(0), uint16(1000), uint16(5))
	f.Fuzz(func(t *testing.T, a, b, c, e, g, h, i uint16) {
		raw := [7]uint16{a, b, c, e, g, h, i}
		m := map[Value]decimal.Decimal{}
		var sum int64
		for k, v := range Values() {
			x := int64(raw[k] % 1001) // 0.0 … 100.0
			sum += x
			m[v] = decimal.New(x, -1)
		}
		p, err := NewProfile(m)
		if err != nil {
			t.Fatal(err)
		}
		// Reference: the mean in tenths, rounded half-up with integers.
		want := (2*sum + 7) / 14 // round(sum/7) for sum ≥ 0
		if got := p.Index(); got.Decimal().Cmp(decimal.New(want, -1)) != 0 || got.Places() != 1 {
			t.Fatalf("Index of %v = %s, want %s", raw, got, decimal.New(want, -1))
		}
		js, err := json.Marshal(p)
		if err != nil {
			t.Fatal(err)
		}
		var back Profile
		if err := json.Unmarshal(js, &back); err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(p, back, cmp.AllowUnexported(Profile{})); diff != "" {
			t.Fatalf("round trip mismatch (-want +got):\n%s", diff)
		}
	})
}
