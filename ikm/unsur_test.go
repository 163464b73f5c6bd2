package ikm

import (
	"errors"
	"strings"
	"testing"

	"github.com/go-asn/berakhlak/survey"
	"github.com/google/go-cmp/cmp"
)

func TestParseUnsur(t *testing.T) {
	tests := []struct {
		in   string
		want Unsur
	}{
		{"Persyaratan", Persyaratan},
		{"PERSYARATAN", Persyaratan},
		{"Sistem, Mekanisme dan Prosedur", SistemMekanismeProsedur},
		{"Sistem, Mekanisme, dan Prosedur", SistemMekanismeProsedur},
		{"sistem_mekanisme_dan_prosedur", SistemMekanismeProsedur},
		{"Waktu Penyelesaian", WaktuPenyelesaian},
		{"Biaya/Tarif", BiayaTarif},
		{"biaya / tarif", BiayaTarif},
		{"Produk Spesifikasi Jenis Pelayanan", ProdukSpesifikasiJenisPelayanan},
		{"Kompetensi-Pelaksana", KompetensiPelaksana},
		{"perilaku pelaksana", PerilakuPelaksana},
		{"Penanganan Pengaduan, Saran dan Masukan", PenangananPengaduan},
		{"Penanganan Pengaduan, Saran, dan Masukan", PenangananPengaduan},
		{"Sarana dan Prasarana", SaranaPrasarana},
		{"  SARANA-DAN-PRASARANA.", SaranaPrasarana},
		{"U1", Persyaratan},
		{"u8", PenangananPengaduan},
		{"U9", SaranaPrasarana},
		{"U 9", SaranaPrasarana},
	}
	for _, tc := range tests {
		got, err := ParseUnsur(tc.in)
		if err != nil || got != tc.want {
			t.Errorf("ParseUnsur(%q) = %v, %v; want %v", tc.in, got, err, tc.want)
		}
	}
	for _, in := range []string{"", "U0", "U10", "Prosedur", "Sarana", "Keamanan Pelayanan", "Persyaratan Pelayanan", "U1x", "Pérsyaratan"} {
		_, err := ParseUnsur(in)
		var pe *ParseError
		if !errors.As(err, &pe) || pe.Input != in || !errors.Is(err, ErrUnknownUnsur) {
			t.Errorf("ParseUnsur(%q): %v, want a *ParseError wrapping ErrInvalidInput", in, err)
		}
	}
}

func TestUnsurText(t *testing.T) {
	var got []string
	for _, u := range AllUnsur() {
		b, err := u.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var back Unsur
		if err := back.UnmarshalText(b); err != nil || back != u {
			t.Errorf("%v: text round trip gives %v, %v", u, back, err)
		}
		got = append(got, string(b)+"="+u.String())
	}
	want := []string{"U1=Persyaratan", "U2=Sistem, Mekanisme dan Prosedur", "U3=Waktu Penyelesaian", "U4=Biaya/Tarif",
		"U5=Produk Spesifikasi Jenis Pelayanan", "U6=Kompetensi Pelaksana", "U7=Perilaku Pelaksana",
		"U8=Penanganan Pengaduan, Saran dan Masukan", "U9=Sarana dan Prasarana"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got)\n%s", diff)
	}
	if b, err := Unsur(0).MarshalText(); err != nil || len(b) != 0 {
		t.Errorf("zero Unsur: %q, %v", b, err)
	}
	if _, err := Unsur(10).MarshalText(); !errors.Is(err, ErrUnknownUnsur) {
		t.Errorf("Unsur(10): %v", err)
	}
	u := SaranaPrasarana
	if err := u.UnmarshalText(nil); err != nil || u != 0 {
		t.Errorf("empty text: %v, %v", u, err)
	}
	u = BiayaTarif
	if err := u.UnmarshalText([]byte("Tarif")); err == nil || u != BiayaTarif {
		t.Errorf("bad text: %v, %v (must leave u unchanged)", u, err)
	}
	if Unsur(0).Code() != "" || Unsur(0).String() != "ikm.Unsur(0)" || Unsur(10).IsValid() {
		t.Error("invalid Unsur")
	}
}

func TestParseErrorCutsLongInput(t *testing.T) {
	long := strings.Repeat("x", 1000)
	_, err := ParseUnsur(long)
	if msg := err.Error(); len(msg) > 120 || !strings.Contains(msg, "(1000 bytes)") {
		t.Errorf("message %q is not cut", msg)
	}
	_, err = ParseAnswer(long)
	if msg := err.Error(); !strings.HasPrefix(msg, `ikm: unknown answer "xxx`) || len(msg) > 120 {
		t.Errorf("message %q", msg)
	}
}

func TestAnswers(t *testing.T) {
	tests := []struct {
		in   string
		want Answer
	}{
		{"1", TidakBaik}, {"Tidak Baik", TidakBaik}, {"2", KurangBaik}, {"KURANG_BAIK", KurangBaik},
		{"3", Baik}, {"baik", Baik}, {"4", SangatBaik}, {"Sangat-Baik", SangatBaik},
	}
	for _, tc := range tests {
		if got, err := ParseAnswer(tc.in); err != nil || got != tc.want {
			t.Errorf("ParseAnswer(%q) = %v, %v; want %v", tc.in, got, err, tc.want)
		}
	}
	for _, in := range []string{"", "0", "5", "-1", "1.0", "0 1", "Puas", "Sangat Puas", "baik!"} {
		if _, err := ParseAnswer(in); !errors.Is(err, ErrUnknownAnswer) {
			t.Errorf("ParseAnswer(%q): %v", in, err)
		}
	}
	if Answer(survey.NoAnswer).IsValid() || Answer(5).String() != "ikm.Answer(5)" {
		t.Error("invalid Answer")
	}
	if _, err := Answer(7).MarshalText(); !errors.Is(err, ErrUnknownAnswer) {
		t.Errorf("Answer(7): %v", err)
	}
	if b, err := Answer(0).MarshalText(); err != nil || len(b) != 0 {
		t.Errorf("zero Answer: %q, %v", b, err)
	}
	a := Baik
	if err := a.UnmarshalText(nil); err != nil || a != 0 {
		t.Errorf("empty text: %v, %v", a, err)
	}
	if err := a.UnmarshalText([]byte("9")); err == nil {
		t.Error("answer 9 accepted")
	}
}
