package lang

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/shopspring/decimal"
)

func TestParse(t *testing.T) {
	tests := []struct {
		in      string
		want    Lang
		wantErr bool
	}{
		{"id", ID, false},
		{"en", EN, false},
		{"ID", 0, true},
		{"", 0, true},
		{"fr", 0, true},
	}
	for _, tt := range tests {
		got, err := Parse(tt.in)
		if (err != nil) != tt.wantErr || got != tt.want {
			t.Errorf("Parse(%q) = %v, %v; want %v, error %v", tt.in, got, err, tt.want, tt.wantErr)
		}
		if err == nil && got.String() != tt.in {
			t.Errorf("Parse(%q).String() = %q", tt.in, got.String())
		}
	}
	var l Lang
	if err := l.Set("en"); err != nil || l != EN {
		t.Errorf("Set(en) = %v, lang %v", err, l)
	}
	if err := l.Set("xx"); err == nil || l != EN {
		t.Errorf("Set(xx) = %v, lang %v; want an error and no change", err, l)
	}
	if Default != ID {
		t.Errorf("Default = %v, want id", Default)
	}
}

func TestNumber(t *testing.T) {
	tests := []struct {
		in     string
		id, en string
	}{
		{"0", "0", "0"},
		{"999", "999", "999"},
		{"5773", "5.773", "5,773"},
		{"60.9", "60,9", "60.9"},
		{"1234567.891", "1.234.567,891", "1,234,567.891"},
		{"-1234.5", "-1.234,5", "-1,234.5"},
		{"+14", "+14", "+14"},
		{"100000", "100.000", "100,000"},
		{"—", "—", "—"},
		{"", "", ""},
		{"1.2.3", "1.2.3", "1.2.3"},
		{"12a", "12a", "12a"},
		{".5", ".5", ".5"},
		{"5.", "5.", "5."},
	}
	for _, tt := range tests {
		got := []string{ID.Number(tt.in), EN.Number(tt.in)}
		if diff := cmp.Diff([]string{tt.id, tt.en}, got); diff != "" {
			t.Errorf("Number(%q) (-want +got):\n%s", tt.in, diff)
		}
	}
	if got := ID.Int(4300000); got != "4.300.000" {
		t.Errorf("ID.Int(4300000) = %q", got)
	}
	if got := EN.Fixed(decimal.RequireFromString("60.94"), 1); got != "60.9" {
		t.Errorf("EN.Fixed(60.94, 1) = %q", got)
	}
	if got := ID.Fixed(decimal.RequireFromString("3.6"), 2); got != "3,60" {
		t.Errorf("ID.Fixed(3.6, 2) = %q", got)
	}
}

// FuzzNumber checks that a written number reads back: removing the
// thousands separators and restoring the decimal point gives the input,
// in both languages.
func FuzzNumber(f *testing.F) {
	f.Add(int64(5773), uint16(0))
	f.Add(int64(-1234567), uint16(891))
	f.Fuzz(func(t *testing.T, whole int64, frac uint16) {
		in := decimal.New(whole, 0).String()
		if frac > 0 {
			in += "." + decimal.New(int64(frac), 0).String()
		}
		for _, l := range []Lang{ID, EN} {
			point, group := l.separators()
			out := l.Number(in)
			back := strings.ReplaceAll(out, string(group), "")
			back = strings.ReplaceAll(back, string(point), ".")
			if back != in {
				t.Fatalf("%v: Number(%q) = %q, reads back as %q", l, in, out, back)
			}
			if n := strings.Count(out, string(group)); n != (len(strings.TrimLeft(strings.SplitN(in, ".", 2)[0], "-"))-1)/3 {
				t.Fatalf("%v: Number(%q) = %q has %d separators", l, in, out, n)
			}
		}
	})
}

func TestCheck(t *testing.T) {
	type good struct {
		A, B Text
	}
	if err := Check(good{Text{"Responden: %s", "Respondents: %s"}, Text{"%-22s %5s 10%%", "%-22s %5s 10%%"}}); err != nil {
		t.Errorf("Check(good) = %v", err)
	}
	tests := []struct {
		name  string
		table any
		want  string
	}{
		{"missing Indonesian", struct{ A Text }{Text{"", "x"}}, "A: no Indonesian text"},
		{"missing English", struct{ A Text }{Text{"x", " "}}, "A: no English text"},
		{"verbs differ", struct{ A Text }{Text{"%s dari %d", "%d of %s"}}, `A: verbs "%s %d" in Indonesian, "%d %s" in English`},
		{"width differs", struct{ A Text }{Text{"%-20s", "%-22s"}}, `verbs "%-20s" in Indonesian`},
		{"not a Text", struct{ A string }{"x"}, "A: a string, not a lang.Text"},
		{"empty", struct{}{}, "no messages"},
		{"not a struct", 3, "int is not a struct"},
	}
	for _, tt := range tests {
		err := Check(tt.table)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: Check = %v, want an error containing %q", tt.name, err, tt.want)
		}
	}
	p := &good{Text{"a", "b"}, Text{"c", "d"}}
	if err := Check(p); err != nil {
		t.Errorf("Check(pointer) = %v", err)
	}
}

func TestSprintf(t *testing.T) {
	m := Text{ID: "Responden: %s", EN: "Respondents: %s"}
	got := []string{ID.Sprintf(m, ID.Int(1200)), EN.Sprintf(m, EN.Int(1200))}
	if diff := cmp.Diff([]string{"Responden: 1.200", "Respondents: 1,200"}, got); diff != "" {
		t.Errorf("Sprintf (-want +got):\n%s", diff)
	}
}
