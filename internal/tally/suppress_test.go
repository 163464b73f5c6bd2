package tally

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestComplement(t *testing.T) {
	tests := []struct {
		name       string
		whole      []int
		counts     [][]int
		suppressed []bool
		want       []Complemented
		wantSupp   []bool
	}{
		{"nothing to reveal", []int{30}, [][]int{{10}, {20}}, []bool{false, false}, nil, []bool{false, false}},
		{"one small group is revealed by the others", []int{33}, [][]int{{3}, {10}, {20}}, []bool{true, false, false},
			[]Complemented{{Group: 1, Count: 0, Residual: 3}}, []bool{true, true, false}},
		{"respondents in no group count", []int{32}, [][]int{{10}, {20}}, []bool{false, false},
			[]Complemented{{Group: 0, Count: 0, Residual: 2}}, []bool{true, false}},
		{"a second count reveals it", []int{30, 28}, [][]int{{10, 8}, {20, 20}}, []bool{false, false}, nil, []bool{false, false}},
		{"answers in no group, twice", []int{36, 34}, [][]int{{6, 2}, {10, 10}, {20, 20}}, []bool{false, false, false},
			[]Complemented{{Group: 0, Count: 1, Residual: 2}, {Group: 1, Count: 1, Residual: 4}}, []bool{true, true, false}},
		{"answers alone reveal", []int{36, 30}, [][]int{{6, 2}, {10, 8}, {20, 20}}, []bool{true, false, false},
			[]Complemented{{Group: 1, Count: 1, Residual: 2}}, []bool{true, true, false}},
		{"ties go to the first", []int{22}, [][]int{{1}, {10}, {10}}, []bool{true, false, false},
			[]Complemented{{Group: 1, Count: 0, Residual: 2}}, []bool{true, true, false}},
		{"nothing left to suppress", []int{3}, [][]int{{3}}, []bool{true}, nil, []bool{true}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := Complement(5, tc.whole, tc.counts, tc.suppressed)
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tc.wantSupp, tc.suppressed); diff != "" {
				t.Errorf("suppressed (-want +got):\n%s", diff)
			}
		})
	}
}
