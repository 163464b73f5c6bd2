package berakhlaktest

import (
	"strings"
	"testing"

	"github.com/go-asn/berakhlak/akhlak"
	"github.com/go-asn/berakhlak/category"
	"github.com/go-asn/berakhlak/figure"
	"github.com/go-asn/berakhlak/kinerja"
	"github.com/go-asn/berakhlak/survey"
	"github.com/google/go-cmp/cmp"
)

// TestLibraryReproducesFixtures checks that the library reproduces every
// published figure, through Published.Check, and each figure's category.
func TestLibraryReproducesFixtures(t *testing.T) {
	var r recorder
	national := National2022()
	NationalIndex2022().Check(&r, national.Value.Index())
	// Aggregating the nation as one unit gives the same profile and index.
	n, err := akhlak.Aggregate([]akhlak.Unit{{Name: "Nasional", Respondents: 1, Minimum: survey.FixedMinimum(1), Profile: national.Value}})
	if err != nil {
		t.Fatal(err)
	}
	national.Check(&r, n.Profile())
	NationalIndex2022().Check(&r, n.Index())

	rows, ikmIndex := IKMWorkedExample()
	res, err := testIkmTally(t, rows).Result(survey.KrejcieMorgan(30))
	if err != nil {
		t.Fatal(err)
	}
	ikmIndex.Check(&r, res.Index())
	for _, ex := range AngkaKreditExamples() {
		got, err := kinerja.AngkaKredit(ex.Jenjang, ex.Predikat, ex.Bulan, kinerja.WithPlaces(ex.Places))
		if err != nil {
			t.Fatal(err)
		}
		ex.AngkaKredit.Check(&r, got)
	}
	if len(r.errors) != 0 {
		t.Errorf("the library does not reproduce its fixtures: %q", r.errors)
	}

	bands := []struct {
		name string
		band func() (category.Band, error)
		want string
	}{
		{"2022 national", func() (category.Band, error) {
			return category.BerAKHLAK().Classify(NationalIndex2022().Value.Decimal())
		}, "B Cukup Sehat"},
		{"2022 Adaptif", func() (category.Band, error) {
			return category.BerAKHLAK().Classify(National2022().Value.Score(akhlak.Adaptif).Decimal())
		}, "C Tidak Sehat"},
		{"2023 national", func() (category.Band, error) {
			return category.BerAKHLAK().Classify(NationalIndex2023().Value.Decimal())
		}, "B Cukup Sehat"},
		{"Kabupaten Tegal", func() (category.Band, error) {
			return category.BerAKHLAK().Classify(KabupatenTegalIndex().Value.Decimal())
		}, "B Cukup Sehat"},
		{"IKM worked example", func() (category.Band, error) { return res.Band(), nil }, "A Sangat Baik"},
	}
	for _, b := range bands {
		got, err := b.band()
		if err != nil || got.String() != b.want {
			t.Errorf("%s: band %v (%v), want %s", b.name, got, err, b.want)
		}
	}
	if got := len(rows); got != 29 {
		t.Errorf("IKM worked example: %d respondents, want 29", got)
	}
}

// TestPublishedCheckFails checks that Check reports a figure that differs,
// once, with the source and both values, and not one equal by value.
func TestPublishedCheckFails(t *testing.T) {
	var r recorder
	NationalIndex2022().Check(&r, figure.MustParse("60.9"))
	if len(r.errors) != 0 {
		t.Errorf("60.9 is reported: %q", r.errors)
	}
	// A figure is published with its places: 60.90 is not the figure
	// published as 60.9.
	NationalIndex2022().Check(&r, figure.MustParse("60.90"))
	if len(r.errors) != 1 {
		t.Fatalf("60.90: %d reports, want 1: %q", len(r.errors), r.errors)
	}
	r = recorder{}
	NationalIndex2022().Check(&r, figure.MustParse("61.0"))
	if len(r.errors) != 1 {
		t.Fatalf("%d reports, want 1: %q", len(r.errors), r.errors)
	}
	for _, want := range []string{"does not reproduce the figure published by KemenPANRB, Webinar Sosialisasi Hasil Survei Indeks BerAKHLAK Tahun 2022", `60.9`, `61.0`} {
		if !strings.Contains(r.errors[0], want) {
			t.Errorf("the report lacks %q:\n%s", want, r.errors[0])
		}
	}
	r = recorder{}
	National2022().Check(&r, testProfile("39.0"))
	if len(r.errors) != 1 || !strings.Contains(r.errors[0], `s"38.9"`) || !strings.Contains(r.errors[0], `s"39.0"`) {
		t.Errorf("a wrong profile is reported as %q", r.errors)
	}
}

// TestFixturesAreFresh checks that changing a fixture changes no other
// caller's copy.
func TestFixturesAreFresh(t *testing.T) {
	rows, _ := IKMWorkedExample()
	rows[0][0] = 1
	again, _ := IKMWorkedExample()
	if again[0][0] != 4 {
		t.Error("IKMWorkedExample shares its rows between calls")
	}
	ex := AngkaKreditExamples()
	ex[0].Bulan = 1
	if AngkaKreditExamples()[0].Bulan != 12 {
		t.Error("AngkaKreditExamples shares its slice between calls")
	}
}

// TestSources checks every fixture names its publisher and title, and the
// text of a Source.
func TestSources(t *testing.T) {
	_, ikmIndex := IKMWorkedExample()
	sources := []Source{National2022().Source, NationalIndex2022().Source, NationalIndex2023().Source, KabupatenTegalIndex().Source, ikmIndex.Source}
	for _, ex := range AngkaKreditExamples() {
		sources = append(sources, ex.AngkaKredit.Source)
	}
	for _, s := range sources {
		if s.Publisher == "" || s.Title == "" || (s.URL != "" && !strings.HasPrefix(s.URL, "https://")) {
			t.Errorf("incomplete source: %+v", s)
		}
	}
	got := Source{Publisher: "P", Title: "T", URL: "https://example.org"}.String()
	if diff := cmp.Diff("P, T, https://example.org", got); diff != "" {
		t.Errorf("Source.String (-want +got):\n%s", diff)
	}
}
