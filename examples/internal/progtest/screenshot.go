package progtest

import (
	"bytes"
	"fmt"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"testing"

	"github.com/go-asn/berakhlak/internal/goldentest"
)

// Screenshot is what a screenshot of a report page must be: a PNG of the
// window's size, small enough for the repository, with the page drawn
// down to its last section. A screenshot taken before the browser had
// drawn the whole page has its last sections blank.
type Screenshot struct {
	Width, Height int // the window, in pixels
	MaxBytes      int // the most bytes of the PNG
	// DrawnTo is a row the last section draws on: the lowest row that is
	// not blank must be at or below it.
	DrawnTo int
	// MaxGap is the tallest run of blank rows between the first and the
	// last row drawn: the space between two sections, not a section.
	MaxGap int
}

// blankTolerance is how far, in each 16-bit channel, a pixel may be from
// the background and still be blank: anti-aliasing is not content.
const blankTolerance = 0x0800

// Check returns an error unless data is such a screenshot. A row is blank
// when every pixel has the colour of the top-left one, the page's
// background.
func (s Screenshot) Check(data []byte) error {
	if len(data) > s.MaxBytes {
		return fmt.Errorf("%d bytes, more than %d", len(data), s.MaxBytes)
	}
	img, err := png.Decode(bytes.NewReader(data))
	if err != nil {
		return err
	}
	if got := img.Bounds().Size(); got.X != s.Width || got.Y != s.Height {
		return fmt.Errorf("%d×%d pixels, want %d×%d", got.X, got.Y, s.Width, s.Height)
	}
	first, last, gap, gapEnd := -1, -1, 0, 0
	for y := range s.Height {
		if blankRow(img, y) {
			continue
		}
		if first < 0 {
			first = y
		} else if y-last-1 > gap {
			gap, gapEnd = y-last-1, y
		}
		last = y
	}
	switch {
	case last < s.DrawnTo:
		return fmt.Errorf("drawn down to row %d, not to row %d: the last sections are blank", last, s.DrawnTo)
	case gap > s.MaxGap:
		return fmt.Errorf("rows %d to %d are blank, a gap of %d rows, more than %d: a section is missing", gapEnd-gap, gapEnd-1, gap, s.MaxGap)
	}
	return nil
}

// blankRow reports whether row y of img is the colour of its top-left
// pixel throughout.
func blankRow(img image.Image, y int) bool {
	b := img.Bounds()
	r0, g0, b0, a0 := img.At(b.Min.X, b.Min.Y).RGBA()
	for x := b.Min.X; x < b.Max.X; x++ {
		r, g, bl, a := img.At(x, b.Min.Y+y).RGBA()
		if far(r, r0) || far(g, g0) || far(bl, b0) || far(a, a0) {
			return false
		}
	}
	return true
}

func far(a, b uint32) bool { return max(a, b)-min(a, b) > blankTolerance }

// CheckFile fails the test unless the file at path passes Check.
func (s Screenshot) CheckFile(t testing.TB, path string) {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Check(data); err != nil {
		t.Errorf("%s: %v", path, err)
	}
}

// Take has take write a screenshot to a file, and checks it; a browser
// under load sometimes shoots before it has drawn the whole page, so a
// screenshot that fails the check is logged and taken again, three times
// at most, and the test fails if none passes. With -update
// (goldentest.Update) the one that passes is written to doc, the picture
// the documentation shows; a screenshot that fails is never written.
func (s Screenshot) Take(t testing.TB, doc string, take func(file string) error) {
	t.Helper()
	const attempts = 3
	file := filepath.Join(t.TempDir(), "shot.png")
	for i := 1; ; i++ {
		if err := take(file); err != nil {
			t.Fatal(err)
		}
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		err = s.Check(data)
		if err == nil {
			if goldentest.Update() {
				if err := os.WriteFile(doc, data, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			return
		}
		if i == attempts {
			t.Fatalf("screenshot %d of %d: %v (%s left as it was)", i, attempts, err, doc)
		}
		t.Logf("screenshot %d of %d: %v; taking it again", i, attempts, err)
	}
}
