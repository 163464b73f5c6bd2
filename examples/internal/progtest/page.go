package progtest

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/go-asn/berakhlak/examples/internal/chromium"
)

// FindBrowser returns the browser for a browser test, or skips the test
// when there is none, unless BERAKHLAK_REQUIRE_CHROMIUM=1
// (chromium.Required) makes that a failure.
func FindBrowser(t testing.TB) chromium.Browser {
	t.Helper()
	b, err := chromium.Find()
	if err != nil {
		if chromium.Required() {
			t.Fatalf("%v (%s=1)", err, chromium.EnvRequire)
		}
		t.Skipf("skipping the browser test: %v (set %s=1 to make this a failure)", err, chromium.EnvRequire)
	}
	return b
}

// RunHTML runs main with "-html FILE" before args, FILE a new name in a
// temporary directory, and returns the run and the file's content ("" when
// no file was written).
func RunHTML(t testing.TB, main Main, stdin string, args ...string) (Result, string) {
	t.Helper()
	file := filepath.Join(t.TempDir(), "page.html")
	got := Run(main, stdin, append([]string{"-html", file}, args...)...)
	page, err := os.ReadFile(file)
	if err != nil && !os.IsNotExist(err) {
		t.Fatal(err)
	}
	return got, string(page)
}

// InOrder fails t unless doc holds each of want, each after the one
// before it; what names doc in the message ("page", "the rendered DOM").
func InOrder(t testing.TB, what, doc string, want []string) {
	t.Helper()
	rest := doc
	for _, w := range want {
		i := strings.Index(rest, w)
		if i < 0 {
			t.Fatalf("%s lacks %q after the previous one (or has it out of order):\n%s", what, w, doc)
		}
		rest = rest[i+len(w):]
	}
}

// CheckInBrowser renders page in b, served through a recording proxy
// (chromium.Serve), and checks what every report page must do in a
// browser: the DOM after load holds want in order (InOrder), the page
// prints ("Print → Save as PDF") on one or two A4 pages, and the browser
// requested nothing but the page. It returns the number of pages printed.
func CheckInBrowser(t *testing.T, b chromium.Browser, page []byte, want []string) int {
	t.Helper()
	return CheckInBrowserPages(t, b, page, want, 2)
}

// CheckInBrowserPages is CheckInBrowser for a page that may print on up
// to most A4 pages: a report with an optional section (a comparison with
// last year's survey) is longer than the one or two of a plain report.
func CheckInBrowserPages(t *testing.T, b chromium.Browser, page []byte, want []string, most int) int {
	t.Helper()
	s := chromium.Serve(page)
	defer s.Close()
	browser := b.WithProxy(s.Proxy())
	dom, err := browser.DumpDOM(t.Context(), chromium.PageURL)
	if err != nil {
		t.Fatal(err)
	}
	InOrder(t, "the rendered DOM", dom, want)

	pdf := filepath.Join(t.TempDir(), "page.pdf")
	if err := browser.PrintToPDF(t.Context(), chromium.PageURL, pdf); err != nil {
		t.Fatal(err)
	}
	printed, err := os.ReadFile(pdf)
	if err != nil {
		t.Fatal(err)
	}
	n, err := chromium.PDFPages(printed)
	if err != nil || n < 1 || n > most {
		t.Errorf("the printed report has %d pages (%v), want 1 to %d A4 pages", n, err, most)
	}

	get := "GET " + chromium.PageURL
	if reqs := s.Requests(); len(reqs) != 2 || reqs[0] != get || reqs[1] != get {
		t.Errorf("the browser's requests are %q, want the page's two (the DOM, the PDF): %q", reqs, get)
	}
	return n
}
