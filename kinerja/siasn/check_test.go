package siasn

import (
	"encoding/json"
	"strconv"
	"testing"

	"github.com/go-asn/berakhlak/kinerja"
	"github.com/google/go-cmp/cmp"
)

// swappedLookup is the widely copied helper: its key is perilaku first,
// so it answers matrix[perilaku][hasil].
func swappedLookup(h, p int) int {
	hr, _ := ParseRatingCode(ratingOf(h))
	pr, _ := ParseRatingCode(ratingOf(p))
	pred, _ := kinerja.PredikatPegawai(pr, hr)
	k, _ := KuadranCode(pred)
	n, _ := strconv.Atoi(string(k))
	return n
}

// maxLookup is the public SIASN client: max of the two codes.
func maxLookup(h, p int) int { return max(h, p) }

func ratingOf(code int) Rating   { return Rating(strconv.Itoa(code)) }
func kuadranOf(code int) Kuadran { return Kuadran(strconv.Itoa(code)) }

// TestCheckNamesWrongMappings stores every cell as each wrong mapping
// computes it and checks the audit's verdict.
func TestCheckNamesWrongMappings(t *testing.T) {
	type cell struct{ H, P, Stored int }
	kinds := func(lookup func(h, p int) int) map[cell]string {
		got := map[cell]string{}
		for h := 1; h <= 3; h++ {
			for p := 1; p <= 3; p++ {
				r := RiwayatSKP{HasilKinerjaNilai: ratingOf(h), PerilakuKerjaNilai: ratingOf(p), KuadranKinerjaNilai: kuadranOf(lookup(h, p))}
				for _, f := range r.Check() {
					got[cell{h, p, lookup(h, p)}] = f.Kind.String() + " expected " + f.Expected
				}
			}
		}
		return got
	}
	wantSwapped := map[cell]string{
		{1, 3, 3}: "kuadran swapped or max expected 4",
		{2, 3, 3}: "kuadran swapped or max expected 4",
		{3, 1, 4}: "kuadran swapped expected 3",
		{3, 2, 4}: "kuadran swapped expected 3",
	}
	if diff := cmp.Diff(wantSwapped, kinds(swappedLookup)); diff != "" {
		t.Errorf("swapped mapping (-want +got):\n%s", diff)
	}
	wantMax := map[cell]string{
		{1, 3, 3}: "kuadran swapped or max expected 4",
		{2, 3, 3}: "kuadran swapped or max expected 4",
		{3, 3, 3}: "kuadran max expected 5",
	}
	if diff := cmp.Diff(wantMax, kinds(maxLookup)); diff != "" {
		t.Errorf("max mapping (-want +got):\n%s", diff)
	}
}

func TestCheckRecords(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"consistent", `{"hasilKinerjaNilai":2,"PerilakuKerjaNilai":3,"KuadranKinerjaNilai":4}`, nil},
		{"swapped", `{"hasilKinerjaNilai":3,"PerilakuKerjaNilai":2,"KuadranKinerjaNilai":4}`,
			[]string{"KuadranKinerjaNilai: kuadran swapped: stored 4, expected 3"}},
		{"max", `{"hasilKinerjaNilai":3,"PerilakuKerjaNilai":3,"KuadranKinerjaNilai":3}`,
			[]string{"KuadranKinerjaNilai: kuadran max: stored 3, expected 5"}},
		{"other mismatch", `{"hasilKinerjaNilai":1,"PerilakuKerjaNilai":1,"KuadranKinerjaNilai":2}`,
			[]string{"KuadranKinerjaNilai: kuadran mismatch: stored 2, expected 1"}},
		{"unknown kuadran", `{"hasilKinerjaNilai":1,"PerilakuKerjaNilai":1,"KuadranKinerjaNilai":0}`,
			[]string{"KuadranKinerjaNilai: unknown code: stored 0, expected 1"}},
		{"all unknown", `{"hasilKinerjaNilai":0,"PerilakuKerjaNilai":4,"KuadranKinerjaNilai":9}`,
			[]string{"hasilKinerjaNilai: unknown code: stored 0", "PerilakuKerjaNilai: unknown code: stored 4", "KuadranKinerjaNilai: unknown code: stored 9"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var r RiwayatSKP
			if err := json.Unmarshal([]byte(tc.in), &r); err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, f := range r.Check() {
				got = append(got, f.String())
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

func TestCheckPeriodik(t *testing.T) {
	ok := sampleRiwayatPeriodik
	if fs := ok.Check(); fs != nil {
		t.Errorf("consistent record: %v", fs)
	}
	tests := []struct {
		name string
		edit func(*RiwayatKinerjaPeriodik)
		want []string
	}{
		{"every kind at once", func(r *RiwayatKinerjaPeriodik) {
			r.HasilKinerjaNilai, r.PerilakuKerjaNilai, r.KuadranKinerjaNilai = "1", "3", "3"
			r.PeriodikID = 3
			r.BulanMulaiPenilaian = 0
			r.BulanSelesaiPenilaian = 13
		}, []string{
			"kuadranKinerjaNilai: kuadran swapped or max: stored 3, expected 4",
			"periodikId: unknown code: stored 3",
			"bulanMulaiPenilaian: bulan out of range: stored 0",
			"bulanSelesaiPenilaian: bulan out of range: stored 13",
		}},
		{"reversed months", func(r *RiwayatKinerjaPeriodik) { r.BulanMulaiPenilaian, r.BulanSelesaiPenilaian = 6, 4 },
			[]string{"bulanSelesaiPenilaian: period reversed: stored 4, expected at least 6"}},
		{"reversed years", func(r *RiwayatKinerjaPeriodik) { r.TahunMulaiPenilaian, r.TahunSelesaiPenilaian = 2024, 2023 },
			[]string{"tahunSelesaiPenilaian: period reversed: stored 2023, expected at least 2024"}},
		{"across years is not reversed", func(r *RiwayatKinerjaPeriodik) {
			r.TahunMulaiPenilaian, r.TahunSelesaiPenilaian, r.BulanMulaiPenilaian, r.BulanSelesaiPenilaian = 2023, 2024, 12, 2
		}, nil},
		{"koefisien of another jenjang", func(r *RiwayatKinerjaPeriodik) { r.KoefisienID = "62" },
			[]string{"koefisenId: koefisien mismatch: stored 62, expected 52"}},
		{"unknown koefisien", func(r *RiwayatKinerjaPeriodik) { r.KoefisienID = "" },
			[]string{`koefisenId: unknown code: stored ""`}},
		{"jabatan without jenjang", func(r *RiwayatKinerjaPeriodik) { r.Jabatan, r.KoefisienID = "Pelaksana", "12" }, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := sampleRiwayatPeriodik
			tc.edit(&r)
			var got []string
			for _, f := range r.Check() {
				got = append(got, f.String())
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

func TestFindingJSONAndKinds(t *testing.T) {
	b, err := json.Marshal([]Finding{{Kind: FindingKuadranSwapped, Field: "KuadranKinerjaNilai", Stored: "4", Expected: "3"}, {Kind: FindingUnknownCode, Field: "periodikId", Stored: "3"}})
	want := `[{"kind":"kuadran swapped","field":"KuadranKinerjaNilai","stored":"4","expected":"3"},{"kind":"unknown code","field":"periodikId","stored":"3"}]`
	if err != nil || string(b) != want {
		t.Errorf("got %s, %v", b, err)
	}
	n := 0
	for k := FindingKind(1); k.IsValid(); k++ {
		n++
		back, err := ParseFindingKind(k.String())
		if err != nil || back != k {
			t.Errorf("ParseFindingKind(%q) = %v, %v", k, back, err)
		}
	}
	// FindingKinds lists every kind, in order: the eight of v1.0.0, then
	// the three of the angka kredit audit.
	if n != 11 || len(FindingKinds()) != n || FindingKinds()[7] != FindingKind(8) || FindingInvalidFigure != FindingKind(n) {
		t.Errorf("%d kinds; FindingKinds %v", n, FindingKinds())
	}
	if _, err := FindingKind(0).MarshalText(); err != nil {
		t.Error(err)
	}
	if _, err := FindingKind(n + 1).MarshalText(); err == nil {
		t.Errorf("FindingKind(%d) marshals", n+1)
	}
}
