package likert

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestTally(t *testing.T) {
	tl, err := New(3, 1, 5)
	if err != nil {
		t.Fatal(err)
	}
	rows := [][]int8{{1, 5, Missing}, {5, 5, 3}, {3, Missing, Missing}}
	for _, r := range rows {
		if i := tl.Check(r); i >= 0 {
			t.Fatalf("Check(%v) = %d", r, i)
		}
		tl.Add(r)
	}
	type item struct{ Count, Sum, Missing uint64 }
	var got []item
	for i := 0; i < 3; i++ {
		c, s := tl.Answered(i)
		got = append(got, item{c, s, tl.MissingCount(i)})
	}
	want := []item{{3, 9, 0}, {2, 10, 1}, {1, 3, 2}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("mismatch (-want +got):\n%s", diff)
	}
	if tl.Count(1, 5) != 2 || tl.Respondents() != 3 {
		t.Errorf("Count(1,5) = %d, respondents %d", tl.Count(1, 5), tl.Respondents())
	}
	if i := tl.Check([]int8{1, 6, 1}); i != 1 {
		t.Errorf("Check found %d, want 1", i)
	}
	if i := tl.Check([]int8{0, 1, 1}); i != 0 {
		t.Errorf("Check found %d, want 0", i)
	}
}

func TestNewRejects(t *testing.T) {
	for _, c := range [][3]int{{0, 1, 5}, {3, -1, 5}, {3, 5, 5}, {3, 0, 101}} {
		if _, err := New(c[0], c[1], c[2]); err == nil {
			t.Errorf("New%v succeeded", c)
		}
	}
}

func TestMergeIncompatible(t *testing.T) {
	a, _ := New(2, 1, 5)
	b, _ := New(2, 1, 7)
	if err := a.Merge(b); err == nil {
		t.Error("merged incompatible tallies")
	}
}
