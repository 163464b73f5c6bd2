package progtest

import (
	"bytes"
	"flag"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func echo(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	b, _ := io.ReadAll(stdin)
	if len(b) == 0 {
		fmt.Fprintln(stderr, "stdin:1: empty")
		return 1
	}
	fmt.Fprint(stdout, args, string(b))
	return 0
}

func TestRun(t *testing.T) {
	tests := []struct {
		name, stdin string
		want        Result
	}{
		{"output", "x", Result{0, "[-a]x", ""}},
		{"error", "", Result{1, "", "stdin:1: empty\n"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, Run(echo, tc.stdin, "-a")); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

func FuzzEcho(f *testing.F) {
	Fuzz(f, echo, []string{"", "a"}, func(testing.TB) []string { return nil })
}

// TestCases runs the table on echo: a run against its golden file, an
// error, and the golden file rewritten with -update.
func TestCases(t *testing.T) {
	Cases(t, echo, []Case{
		{Name: "golden", Stdin: "x\n", Args: []string{"-a"}, Golden: "echo.golden"},
		{Name: "error", Status: 1, Stderr: "stdin:1: empty\n"},
	})
}

// pngOf returns the PNG of a white w×h image with black rows from y0 to y1
// (exclusive) for each pair of rows.
func pngOf(t *testing.T, w, h int, rows ...int) []byte {
	t.Helper()
	img := image.NewGray(image.Rect(0, 0, w, h))
	for i := range img.Pix {
		img.Pix[i] = 0xff
	}
	for k := 0; k+1 < len(rows); k += 2 {
		for y := rows[k]; y < rows[k+1]; y++ {
			img.SetGray(w/2, y, color.Gray{})
		}
	}
	var b bytes.Buffer
	if err := png.Encode(&b, img); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestScreenshot(t *testing.T) {
	s := Screenshot{Width: 50, Height: 100, MaxBytes: 2000, DrawnTo: 90, MaxGap: 10}
	tests := []struct {
		name    string
		data    []byte
		wantErr string
	}{
		{"drawn to the bottom", pngOf(t, 50, 100, 5, 40, 45, 95), ""},
		{"drawn to DrawnTo exactly", pngOf(t, 50, 100, 5, 91), ""},
		{"the last sections blank", pngOf(t, 50, 100, 5, 60), "drawn down to row 59, not to row 90: the last sections are blank"},
		{"nothing drawn", pngOf(t, 50, 100), "drawn down to row -1, not to row 90: the last sections are blank"},
		{"a section missing", pngOf(t, 50, 100, 5, 30, 60, 95), "rows 30 to 59 are blank, a gap of 30 rows, more than 10: a section is missing"},
		{"another size", pngOf(t, 50, 99, 5, 95), "50×99 pixels, want 50×100"},
		{"too many bytes", append(pngOf(t, 50, 100, 5, 95), make([]byte, 2000)...), "bytes, more than 2000"},
		{"not a PNG", []byte("GIF89a, not a PNG file"), "png: invalid format: not a PNG file"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := s.Check(tt.data)
			if tt.wantErr == "" && err != nil || tt.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tt.wantErr)) {
				t.Errorf("Check: %v, want an error containing %q", err, tt.wantErr)
			}
		})
	}
}

func TestUnsafe(t *testing.T) {
	for _, s := range Hostile() {
		if Unsafe(s) == "" {
			t.Errorf("Unsafe(%q) finds nothing", s)
		}
	}
	for _, s := range []string{"", "plain\n\ttext", "Dinas — Bandung, \uFFFD é 中文", `"a\x1b[2J\u202e"`} {
		if u := Unsafe(s); u != "" {
			t.Errorf("Unsafe(%q) = %s", s, u)
		}
	}
}

// TestTake checks that Take takes a screenshot again when one fails the
// check, and that with -update it writes the one that passes, and only
// that one, to the documentation's file.
func TestTake(t *testing.T) {
	s := Screenshot{Width: 50, Height: 100, MaxBytes: 2000, DrawnTo: 90, MaxGap: 10}
	shots := [][]byte{pngOf(t, 50, 100, 5, 60), pngOf(t, 50, 100, 5, 95)} // truncated, then whole
	doc := filepath.Join(t.TempDir(), "doc.png")
	taken := 0
	if err := flag.Set("update", "true"); err != nil { // goldentest's flag
		t.Fatal(err)
	}
	defer flag.Set("update", "false")
	s.Take(t, doc, func(file string) error {
		taken++
		return os.WriteFile(file, shots[taken-1], 0o644)
	})
	if taken != 2 {
		t.Errorf("%d screenshots taken, want 2", taken)
	}
	if data, err := os.ReadFile(doc); err != nil || !bytes.Equal(data, shots[1]) {
		t.Errorf("the documentation's file holds %d bytes (%v), want the whole screenshot", len(data), err)
	}
}
