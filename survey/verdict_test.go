package survey

import "testing"

func TestVerdictAttainmentText(t *testing.T) {
	for _, v := range Verdicts() {
		if back, err := ParseVerdict(v.String()); err != nil || back != v {
			t.Errorf("ParseVerdict(%q) = %v, %v", v, back, err)
		}
	}
	for _, a := range Attainments() {
		if back, err := ParseAttainment(a.String()); err != nil || back != a {
			t.Errorf("ParseAttainment(%q) = %v, %v", a, back, err)
		}
	}
	for in, want := range map[string]Verdict{"naik": VerdictUp, "TURUN": VerdictDown, "tidak ada perubahan terukur": VerdictNoMeasurableChange} {
		if got, _ := ParseVerdict(in); got != want {
			t.Errorf("ParseVerdict(%q) = %v", in, got)
		}
	}
	if _, err := Verdict(4).MarshalText(); err == nil {
		t.Error("Verdict(4) marshals")
	}
	if _, err := Attainment(4).MarshalText(); err == nil {
		t.Error("Attainment(4) marshals")
	}
}
