package likert

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// scanRef is the one-answer-at-a-time reference for Scan.
func scanRef(min, max int, answers []int8) (bad int, answered bool) {
	bad = -1
	for i, a := range answers {
		if a == Missing {
			continue
		}
		answered = true
		if (int(a) < min || int(a) > max) && bad < 0 {
			bad = i
		}
	}
	return bad, answered
}

type scanResult struct {
	Bad      int
	Answered bool
}

func TestScan(t *testing.T) {
	tests := []struct {
		name     string
		min, max int
		answers  []int8
		want     scanResult
	}{
		{"empty", 1, 5, nil, scanResult{-1, false}},
		{"one valid", 1, 5, []int8{3}, scanResult{-1, true}},
		{"one missing", 1, 5, []int8{Missing}, scanResult{-1, false}},
		{"all missing, one word", 1, 5, []int8{-1, -1, -1, -1, -1, -1, -1, -1}, scanResult{-1, false}},
		{"all missing, 21", 1, 5, make21(Missing), scanResult{-1, false}},
		{"below min", 1, 5, []int8{1, 0, 5}, scanResult{1, true}},
		{"above max", 1, 5, []int8{1, 2, 3, 4, 5, 6}, scanResult{5, true}},
		{"min and max", 1, 5, []int8{1, 5, 1, 5, 1, 5, 1, 5, 1, 5}, scanResult{-1, true}},
		{"-2 is not missing", 1, 5, []int8{1, -2}, scanResult{1, true}},
		{"-128", 0, 100, []int8{0, 100, -128}, scanResult{2, true}},
		{"127", 0, 100, []int8{127}, scanResult{0, true}},
		{"101 on 0–100", 0, 100, []int8{Missing, 101}, scanResult{1, true}},
		{"0 on 0–1", 0, 1, []int8{0}, scanResult{-1, true}},
		{"bad in the overlapping tail", 1, 5, append(make21(3)[:20], 9), scanResult{20, true}},
		{"bad in the second word", 1, 5, func() []int8 { a := make21(3); a[9] = 0; a[10] = 7; return a }(), scanResult{9, true}},
		{"only the last answered", 1, 5, append(make21(Missing)[:20], 2), scanResult{-1, true}},
		{"only the last answered, 9", 1, 4, []int8{-1, -1, -1, -1, -1, -1, -1, -1, 4}, scanResult{-1, true}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := NewBounds(tt.min, tt.max)
			var got scanResult
			got.Bad, got.Answered = b.Scan(tt.answers)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Scan(%v) mismatch (-want +got):\n%s", tt.answers, diff)
			}
			var ref scanResult
			ref.Bad, ref.Answered = scanRef(tt.min, tt.max, tt.answers)
			if diff := cmp.Diff(ref, got); diff != "" {
				t.Errorf("Scan and the reference differ (-ref +got):\n%s", diff)
			}
		})
	}
}

func make21(a int8) []int8 {
	out := make([]int8, 21)
	for i := range out {
		out[i] = a
	}
	return out
}

// TestWordEveryByte checks Word lane by lane for every byte value on the
// edge scales.
func TestWordEveryByte(t *testing.T) {
	for _, sc := range [][2]int{{0, 1}, {0, 100}, {1, 5}, {1, 4}, {99, 100}, {0, 10}} {
		b := NewBounds(sc[0], sc[1])
		for v := 0; v < 256; v++ {
			a := int8(uint8(v))
			for lane := 0; lane < 8; lane++ {
				w := uint64(0xff) * LaneOnes // Missing in every other lane
				w = w&^(0xff<<(8*lane)) | uint64(v)<<(8*lane)
				bad, missing := b.Word(w)
				wantBad, _ := scanRef(sc[0], sc[1], []int8{a})
				if got := bad>>(8*lane+7)&1 == 1; got != (wantBad == 0) {
					t.Fatalf("scale %v, answer %d in lane %d: bad %v", sc, a, lane, got)
				}
				if bad&^(0x80<<(8*lane)) != 0 {
					t.Fatalf("scale %v, answer %d in lane %d: other lanes bad: %#x", sc, a, lane, bad)
				}
				wantMissing := uint64(LaneHighs)
				if a != Missing {
					wantMissing &^= 0x80 << (8 * lane)
				}
				if missing != wantMissing {
					t.Fatalf("scale %v, answer %d in lane %d: missing %#x, want %#x", sc, a, lane, missing, wantMissing)
				}
			}
		}
	}
}

// FuzzScan checks that Scan agrees with the one-answer-at-a-time reference
// on any bytes and any scale, and that Check agrees with Scan.
func FuzzScan(f *testing.F) {
	f.Add(uint8(1), uint8(5), []byte{1, 2, 3, 0xff, 6})
	f.Add(uint8(0), uint8(100), []byte{100, 101, 0x80, 0xfe})
	f.Add(uint8(1), uint8(4), []byte{0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 2})
	f.Fuzz(func(t *testing.T, lo, hi uint8, data []byte) {
		min, max := int(lo)%MaxPoint, int(hi)%(MaxPoint+1)
		if min >= max {
			return
		}
		answers := make([]int8, len(data))
		for i, c := range data {
			answers[i] = int8(c)
		}
		var got, want scanResult
		got.Bad, got.Answered = NewBounds(min, max).Scan(answers)
		want.Bad, want.Answered = scanRef(min, max, answers)
		if diff := cmp.Diff(want, got); diff != "" {
			t.Fatalf("scale %d–%d, %v (-ref +Scan):\n%s", min, max, answers, diff)
		}
		if len(answers) > 0 {
			tl, err := New(len(answers), min, max)
			if err != nil {
				t.Fatal(err)
			}
			if c := tl.Check(answers); c != want.Bad {
				t.Fatalf("Check = %d, want %d", c, want.Bad)
			}
		}
	})
}
