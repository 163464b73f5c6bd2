package akhlak

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestValueTable(t *testing.T) {
	type row struct {
		Code, Name, Definition, English string
		Behaviours                      [3]string
	}
	// SE MenPANRB No. 20 Tahun 2021 (see the rule register in package berakhlak).
	want := []row{
		{"BP", "Berorientasi Pelayanan", "Komitmen memberikan pelayanan prima demi kepuasan masyarakat", "Service Oriented", [3]string{"BP1", "BP2", "BP3"}},
		{"AK", "Akuntabel", "Bertanggung jawab atas kepercayaan yang diberikan", "Accountable", [3]string{"AK1", "AK2", "AK3"}},
		{"KO", "Kompeten", "Terus belajar dan mengembangkan kapabilitas", "Competent", [3]string{"KO1", "KO2", "KO3"}},
		{"HA", "Harmonis", "Saling peduli dan menghargai perbedaan", "Harmonious", [3]string{"HA1", "HA2", "HA3"}},
		{"LO", "Loyal", "Berdedikasi dan mengutamakan kepentingan Bangsa dan Negara", "Loyal", [3]string{"LO1", "LO2", "LO3"}},
		{"AD", "Adaptif", "Terus berinovasi dan antusias dalam menggerakkan serta menghadapi perubahan", "Adaptive", [3]string{"AD1", "AD2", "AD3"}},
		{"KL", "Kolaboratif", "Membangun kerja sama yang sinergis", "Collaborative", [3]string{"KL1", "KL2", "KL3"}},
	}
	var got []row
	for _, v := range Values() {
		r := row{Code: v.Code(), Name: v.String(), Definition: v.Definition(), English: v.English()}
		for i, b := range v.Behaviours() {
			r.Behaviours[i] = b.Code()
			if b.Value() != v || b.Position() != i+1 {
				t.Errorf("%s: behaviour %s has Value %v, Position %d", v, b.Code(), b.Value(), b.Position())
			}
		}
		got = append(got, r)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("value table mismatch (-want +got):\n%s", diff)
	}
}

func TestBehaviourTexts(t *testing.T) {
	// The 21 panduan perilaku of SE MenPANRB No. 20 Tahun 2021.
	want := []string{
		"Memahami dan memenuhi kebutuhan masyarakat",
		"Ramah, cekatan, solutif, dan dapat diandalkan",
		"Melakukan perbaikan tiada henti",
		"Melaksanakan tugas dengan jujur, bertanggung jawab, cermat, disiplin, dan berintegritas tinggi",
		"Menggunakan kekayaan dan barang milik negara secara bertanggung jawab, efektif, dan efisien",
		"Tidak menyalahgunakan kewenangan jabatan",
		"Meningkatkan kompetensi diri untuk menjawab tantangan yang selalu berubah",
		"Membantu orang lain belajar",
		"Melaksanakan tugas dengan kualitas terbaik",
		"Menghargai setiap orang apapun latar belakangnya",
		"Suka menolong orang lain",
		"Membangun lingkungan kerja yang kondusif",
		"Memegang teguh ideologi Pancasila, Undang-Undang Dasar Negara Republik Indonesia Tahun 1945, setia kepada Negara Kesatuan Republik Indonesia serta pemerintahan yang sah",
		"Menjaga nama baik sesama ASN, pimpinan, instansi, dan negara",
		"Menjaga rahasia jabatan dan negara",
		"Cepat menyesuaikan diri menghadapi perubahan",
		"Terus berinovasi dan mengembangkan kreativitas",
		"Bertindak proaktif",
		"Memberi kesempatan kepada berbagai pihak untuk berkontribusi",
		"Terbuka dalam bekerja sama untuk menghasilkan nilai tambah",
		"Menggerakkan pemanfaatan berbagai sumber daya untuk tujuan bersama",
	}
	var got []string
	for _, b := range Behaviours() {
		got = append(got, b.String())
		if b.English() == "" {
			t.Errorf("%s has no English text", b.Code())
		}
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("behaviour texts mismatch (-want +got):\n%s", diff)
	}
}

func TestParseValue(t *testing.T) {
	tests := []struct {
		in      string
		want    Value
		wantErr error
	}{
		{"Berorientasi Pelayanan", BerorientasiPelayanan, nil},
		{"berorientasi_pelayanan", BerorientasiPelayanan, nil},
		{"BERORIENTASI-PELAYANAN", BerorientasiPelayanan, nil},
		{"  Berorientasi   Pelayanan ", BerorientasiPelayanan, nil},
		{"berorientasipelayanan", BerorientasiPelayanan, nil},
		{"BP", BerorientasiPelayanan, nil},
		{"Service Oriented", BerorientasiPelayanan, nil},
		{"service-orientation", BerorientasiPelayanan, nil},
		{"akuntabel", Akuntabel, nil},
		{"AK", Akuntabel, nil},
		{"Accountable", Akuntabel, nil},
		{"KOMPETEN", Kompeten, nil},
		{"ko", Kompeten, nil},
		{"competent", Kompeten, nil},
		{"Harmonis", Harmonis, nil},
		{"HARMONIOUS", Harmonis, nil},
		{"ha", Harmonis, nil},
		{"Loyal", Loyal, nil},
		{"LO", Loyal, nil},
		{"adaptif", Adaptif, nil},
		{"Adaptive", Adaptif, nil},
		{"AD", Adaptif, nil},
		{"Kolaboratif", Kolaboratif, nil},
		{"kl", Kolaboratif, nil},
		{"Collaborative", Kolaboratif, nil},
		{"", 0, ErrUnknownValue},
		{"Jujur", 0, ErrUnknownValue},
		{"BerAKHLAK", 0, ErrUnknownValue},
		{"BP1", 0, ErrUnknownValue},
		{"Berorientasi Pelayanan.", 0, ErrUnknownValue},
		{"Adaptıf", 0, ErrUnknownValue},
		{strings.Repeat("a", 100), 0, ErrUnknownValue},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			got, err := ParseValue(tc.in)
			if !errors.Is(err, tc.wantErr) {
				t.Fatalf("ParseValue(%q) error = %v, want %v", tc.in, err, tc.wantErr)
			}
			if got != tc.want {
				t.Errorf("ParseValue(%q) = %v, want %v", tc.in, got, tc.want)
			}
			// The input is quoted, cut to 80 bytes.
			if err != nil && !strings.Contains(err.Error(), `"`+tc.in[:min(len(tc.in), 80)]) {
				t.Errorf("error %q does not quote the input", err)
			}
		})
	}
}

func TestParseBehaviour(t *testing.T) {
	tests := []struct {
		in      string
		want    string // code
		wantErr error
	}{
		{"BP1", "BP1", nil},
		{"kl3", "KL3", nil},
		{"Ad-2", "AD2", nil},
		{"lo 1", "LO1", nil},
		{"Menghargai setiap orang apapun latar belakangnya", "HA1", nil},
		{"menghargai setiap orang apa pun latar belakangnya", "HA1", nil},
		{"Terbuka dalam bekerjasama untuk menghasilkan nilai tambah", "KL2", nil},
		{"Ramah, cekatan, solutif dan dapat diandalkan", "BP2", nil},
		{"BERTINDAK PROAKTIF.", "AD3", nil},
		{"BP4", "", ErrUnknownBehaviour},
		{"BP0", "", ErrUnknownBehaviour},
		{"XX1", "", ErrUnknownBehaviour},
		{"Bertindak", "", ErrUnknownBehaviour},
		{"", "", ErrUnknownBehaviour},
		{strings.Repeat("x", 400), "", ErrUnknownBehaviour},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			got, err := ParseBehaviour(tc.in)
			if !errors.Is(err, tc.wantErr) {
				t.Fatalf("ParseBehaviour(%q) error = %v, want %v", tc.in, err, tc.wantErr)
			}
			if got.Code() != tc.want {
				t.Errorf("ParseBehaviour(%q) = %q, want %q", tc.in, got.Code(), tc.want)
			}
		})
	}
}

func TestEveryBehaviourParsesFromItsText(t *testing.T) {
	for _, b := range Behaviours() {
		for _, s := range []string{b.String(), strings.ToUpper(b.String()), b.Code()} {
			if got, err := ParseBehaviour(s); err != nil || got != b {
				t.Errorf("ParseBehaviour(%q) = %v, %v; want %s", s, got.Code(), err, b.Code())
			}
		}
	}
}

func TestIsAcronym(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"BerAKHLAK", true},
		{"berakhlak", true},
		{"BERAKHLAK", true},
		{"Berahklak", true},
		{"Ber-AKHLAK", true},
		{"AKHLAK", false},
		{"Berakhlaq", false},
		{"", false},
	}
	for _, tc := range tests {
		if got := IsAcronym(tc.in); got != tc.want {
			t.Errorf("IsAcronym(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

func TestInvalidEnumerations(t *testing.T) {
	type desc struct {
		Valid                        bool
		String, Code, Def, English   string
		Behaviours                   [3]Behaviour
		BehaviourValue               Value
		BehaviourPos                 int
		BehaviourCode, BehaviourText string
	}
	got := desc{
		Valid:  Value(0).IsValid() || Value(8).IsValid() || Behaviour(0).IsValid() || Behaviour(22).IsValid(),
		String: Value(8).String(), Code: Value(0).Code(), Def: Value(9).Definition(), English: Value(0).English(),
		Behaviours: Value(0).Behaviours(), BehaviourValue: Behaviour(22).Value(), BehaviourPos: Behaviour(0).Position(),
		BehaviourCode: Behaviour(30).Code(), BehaviourText: Behaviour(22).String() + Behaviour(0).English(),
	}
	want := desc{String: "akhlak.Value(8)", BehaviourText: "akhlak.Behaviour(22)"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("invalid enumerations mismatch (-want +got):\n%s", diff)
	}
	for _, m := range []interface{ MarshalText() ([]byte, error) }{Value(8), Behaviour(22), Stage(8), Phase(9)} {
		if _, err := m.MarshalText(); err == nil {
			t.Errorf("MarshalText of invalid %T succeeded", m)
		}
	}
	// The zero value is the empty text, both ways, as in net/netip.
	type row struct {
		V Value
		B Behaviour
		S Stage
		P Phase
	}
	js, err := json.Marshal(row{})
	if err != nil || string(js) != `{"V":"","B":"","S":"","P":""}` {
		t.Errorf("zero values marshal to %s, %v", js, err)
	}
	back := row{V: Loyal, B: 3, S: 2, P: 1}
	if err := json.Unmarshal(js, &back); err != nil || back != (row{}) {
		t.Errorf("empty texts unmarshal to %+v, %v", back, err)
	}
}

func TestParseDoesNotAllocate(t *testing.T) {
	allocs := testing.AllocsPerRun(100, func() {
		if _, err := ParseValue("Berorientasi_Pelayanan"); err != nil {
			t.Fatal(err)
		}
		if _, err := ParseBehaviour("kl2"); err != nil {
			t.Fatal(err)
		}
	})
	if allocs != 0 {
		t.Errorf("ParseValue and ParseBehaviour allocate %v times, want 0", allocs)
	}
}

func TestStagesAndPhases(t *testing.T) {
	var stages []string
	for _, s := range Stages() {
		stages = append(stages, s.String())
		if got, err := ParseStage(strings.ToUpper(strings.ReplaceAll(s.String(), " ", "_"))); err != nil || got != s {
			t.Errorf("ParseStage(%q) = %v, %v", s, got, err)
		}
	}
	// KemenPANRB, restated by agencies in 2023–2024.
	wantStages := []string{"Internalisasi", "Penyelarasan Sistem", "Pengukuran Baseline",
		"Penyusunan dan Implementasi Agenda Perubahan", "Pemantauan dan Evaluasi",
		"Penghargaan dan Apresiasi", "Penguatan Berkelanjutan"}
	if diff := cmp.Diff(wantStages, stages); diff != "" {
		t.Errorf("stages mismatch (-want +got):\n%s", diff)
	}
	var phases []string
	for _, p := range Phases() {
		phases = append(phases, p.String())
	}
	if diff := cmp.Diff([]string{"Internalisasi", "Aktivasi", "Penguatan"}, phases); diff != "" {
		t.Errorf("phases mismatch (-want +got):\n%s", diff)
	}
	if s, err := ParseStage("3"); err != nil || s != StagePengukuranBaseline {
		t.Errorf(`ParseStage("3") = %v, %v`, s, err)
	}
	for _, bad := range []string{"0", "8", "Aktivasi", ""} {
		if _, err := ParseStage(bad); !errors.Is(err, ErrUnknownStage) {
			t.Errorf("ParseStage(%q) error = %v, want ErrUnknownStage", bad, err)
		}
	}
	for _, bad := range []string{"Pemantauan", "", "4"} {
		if _, err := ParsePhase(bad); !errors.Is(err, ErrUnknownPhase) {
			t.Errorf("ParsePhase(%q) error = %v, want ErrUnknownPhase", bad, err)
		}
	}
	if Stage(8).String() != "akhlak.Stage(8)" || Phase(0).String() != "akhlak.Phase(0)" {
		t.Error("invalid stage or phase String")
	}
}
