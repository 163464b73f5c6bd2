package csvio

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// refInts is Reader.Ints the slow way, from the fields' text.
func refInts(r *Reader, cols []int, lo, hi int, missing int8) ([]int8, int) {
	out := make([]int8, len(cols))
	for k, c := range cols {
		f := r.Text(c)
		if f == "" {
			out[k] = missing
			continue
		}
		n := 0
		for _, ch := range f {
			if ch < '0' || ch > '9' {
				return nil, k
			}
			n = n*10 + int(ch-'0')
		}
		if len(f) > 3 || n < lo || n > hi || n > 127 {
			return nil, k
		}
		out[k] = int8(n)
	}
	return out, -1
}

func TestInts(t *testing.T) {
	tests := []struct {
		name string
		row  string
		want []int8
		bad  int
		hi   int // 10 when 0
	}{
		{"digits", "1,2,5", []int8{1, 2, 5}, -1, 0},
		{"missing", "1,,5", []int8{1, -1, 5}, -1, 0},
		{"all missing", ",,", []int8{-1, -1, -1}, -1, 0},
		{"two and three digits", "10,010,0", []int8{10, 10, 0}, -1, 0},
		{"spaces trimmed", " 1 ,\t2, 3\r", []int8{1, 2, 3}, -1, 0},
		{"quoted", `"1",2,"3"`, []int8{1, 2, 3}, -1, 0},
		{"above the scale", "1,11,2", nil, 1, 0},
		{"below the scale", "1,2,0", []int8{1, 2, 0}, -1, 0},
		{"four digits", "0001,1,1", nil, 0, 0},
		{"sign", "1,-1,1", nil, 1, 0},
		{"plus", "+1,1,1", nil, 0, 0},
		{"letter", "1,1,x", nil, 2, 0},
		{"inner space", "1,1 0,1", nil, 1, 0},
		{"non-ASCII digit", "1,١,1", nil, 1, 0},
		// 'A' - '0' is 17: a letter is not a digit on a wide scale either.
		{"letter on 0–100", "1,A,1", nil, 1, 100},
		{"colon on 0–100", "1,:,1", nil, 1, 100},
		{"100 on 0–100", "100,99,1", []int8{100, 99, 1}, -1, 100},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, err := NewReader("f.csv", strings.NewReader("a,b,c\n"+tc.row+"\n"), Options{})
			if err != nil {
				t.Fatal(err)
			}
			if err := r.Next(); err != nil {
				t.Fatal(err)
			}
			hi := tc.hi
			if hi == 0 {
				hi = 10
			}
			got := make([]int8, 3)
			bad := r.Ints([]int{0, 1, 2}, 0, hi, -1, got)
			if bad != tc.bad {
				t.Fatalf("Ints = %d, want %d", bad, tc.bad)
			}
			if bad < 0 {
				if diff := cmp.Diff(tc.want, got); diff != "" {
					t.Errorf("(-want +got):\n%s", diff)
				}
			}
			ref, refBad := refInts(r, []int{0, 1, 2}, 0, hi, -1)
			if refBad != bad || bad < 0 && !cmp.Equal(ref, got) {
				t.Errorf("reference: %v, %d", ref, refBad)
			}
		})
	}
}

// TestIntsColumnOrder reads columns in another order than the file's.
func TestIntsColumnOrder(t *testing.T) {
	r, err := NewReader("f.csv", strings.NewReader("a,b,c\n1,2,3\n"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := r.Next(); err != nil {
		t.Fatal(err)
	}
	got := make([]int8, 2)
	if bad := r.Ints([]int{2, 0}, 1, 5, 0, got); bad >= 0 {
		t.Fatalf("Ints = %d", bad)
	}
	if diff := cmp.Diff([]int8{3, 1}, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestWindow(t *testing.T) {
	tests := []struct {
		name, in   string
		want       []string
		wantWindow bool
	}{
		{"plain", "a,b\nxy,z\n", []string{"xy", "z"}, true},
		{"plain, last line without newline", "a,b\nxy,z", []string{"xy", "z"}, true},
		{"quoted", "a,b\n\"x,y\",z\n", []string{"x,y", "z"}, false},
		{"trimmed", "a,b\n x ,z\n", []string{"x", "z"}, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, err := NewReader("f.csv", strings.NewReader(tc.in), Options{})
			if err != nil {
				t.Fatal(err)
			}
			if err := r.Next(); err != nil {
				t.Fatal(err)
			}
			for i, want := range tc.want {
				f, w := r.Window(i)
				if string(f) != want || string(r.Field(i)) != want {
					t.Errorf("field %d = %q, want %q", i, f, want)
				}
				if (w != nil) != tc.wantWindow {
					t.Fatalf("window %q, want one: %v", w, tc.wantWindow)
				}
				if w != nil && (len(w) < len(f)+WindowSlack || string(w[:len(f)]) != want) {
					t.Errorf("window %q for field %q", w, f)
				}
			}
		})
	}
}

// FuzzInts checks Reader.Ints against the reference on every record of
// any input.
func FuzzInts(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s, uint8(1), uint8(5))
	}
	f.Add("a,b,c\n1,2,\n 3,\"4\",100\n007,0,99\n", uint8(0), uint8(100))
	f.Fuzz(func(t *testing.T, data string, lo, hi uint8) {
		r, err := NewReader("f.csv", strings.NewReader(data), Options{MaxLine: 4096})
		if err != nil {
			return
		}
		cols := make([]int, len(r.Header()))
		for i := range cols {
			cols[i] = len(cols) - 1 - i
		}
		for {
			err := r.Next()
			if errors.Is(err, io.EOF) {
				return
			}
			if err != nil {
				return
			}
			got := make([]int8, len(cols))
			bad := r.Ints(cols, int(lo), int(hi), -1, got)
			want, wantBad := refInts(r, cols, int(lo), int(hi), -1)
			if bad != wantBad || bad < 0 && !cmp.Equal(want, got) {
				t.Fatalf("%q line %d: Ints %v %d, reference %v %d", data, r.Line(), got, bad, want, wantBad)
			}
		}
	})
}

func ExampleReader_Ints() {
	r, _ := NewReader("ratings.csv", strings.NewReader("respondent,BP1,BP2\nR1,4,\nR2,5,9\n"), Options{})
	answers := make([]int8, 2)
	for r.Next() == nil {
		if k := r.Ints([]int{1, 2}, 1, 5, -1, answers); k >= 0 {
			fmt.Println(r.Errorf(r.Header()[k+1], "%q is not on 1–5", r.Text(k+1)))
			continue
		}
		fmt.Println(r.Text(0), answers)
	}
	// Output:
	// R1 [4 -1]
	// ratings.csv:3: column bp2: "9" is not on 1–5
}

func ExampleReader_Window() {
	r, _ := NewReader("ballots.csv", strings.NewReader("respondent,current\nR1,BP1;AK2\n"), Options{})
	_ = r.Next()
	field, window := r.Window(1)
	fmt.Printf("%s %v\n", field, len(window)-len(field) >= WindowSlack)
	// Output:
	// BP1;AK2 true
}
