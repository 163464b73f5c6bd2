package chromium

import (
	"errors"
	"image/png"
	"io"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestFind(t *testing.T) {
	t.Setenv(EnvBrowser, filepath.Join(t.TempDir(), "no-such-browser"))
	if _, err := Find(); !errors.Is(err, ErrNotFound) || !strings.Contains(err.Error(), "no-such-browser") {
		t.Errorf("Find with a missing %s: %v", EnvBrowser, err)
	}
	fake := filepath.Join(t.TempDir(), "fake-chromium")
	if err := os.WriteFile(fake, []byte("#!/bin/sh\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	t.Setenv(EnvBrowser, fake)
	if b, err := Find(); err != nil || b.Path() != fake {
		t.Errorf("Find with %s=%s: %q, %v", EnvBrowser, fake, b.Path(), err)
	}
	t.Setenv(EnvBrowser, "")
	t.Setenv("PATH", t.TempDir())
	if _, err := Find(); !errors.Is(err, ErrNotFound) {
		t.Errorf("Find with an empty PATH: %v", err)
	}
	t.Setenv("PATH", filepath.Dir(fake))
	if err := os.Rename(fake, filepath.Join(filepath.Dir(fake), "google-chrome")); err != nil {
		t.Fatal(err)
	}
	if b, err := Find(); err != nil || filepath.Base(b.Path()) != "google-chrome" {
		t.Errorf("Find with google-chrome on PATH: %q, %v", b.Path(), err)
	}
}

func TestRequired(t *testing.T) {
	for _, tc := range []struct {
		env  string
		want bool
	}{{"1", true}, {"", false}, {"0", false}, {"yes", false}} {
		t.Setenv(EnvRequire, tc.env)
		if got := Required(); got != tc.want {
			t.Errorf("Required with %q = %v", tc.env, got)
		}
	}
}

// TestServer checks the recording proxy with Go's own client.
func TestServer(t *testing.T) {
	s := Serve([]byte("<p>halo</p>"))
	defer s.Close()
	proxy, err := url.Parse(s.Proxy())
	if err != nil {
		t.Fatal(err)
	}
	client := &http.Client{Transport: &http.Transport{Proxy: http.ProxyURL(proxy)}}
	get := func(u string) (int, string) {
		resp, err := client.Get(u)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		body, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(body)
	}
	if code, body := get(PageURL); code != 200 || body != "<p>halo</p>" {
		t.Errorf("GET the page: %d %q", code, body)
	}
	if code, _ := get("http://cdn.example/font.woff2"); code != 404 {
		t.Errorf("GET another URL: %d", code)
	}
	if _, err := client.Get("https://cdn.example/x.js"); err == nil {
		t.Error("HTTPS through the proxy was not refused")
	}
	want := []string{"GET " + PageURL, "GET http://cdn.example/font.woff2", "CONNECT cdn.example:443"}
	if diff := cmp.Diff(want, s.Requests()); diff != "" {
		t.Errorf("requests mismatch (-want +got):\n%s", diff)
	}
}

func find(t *testing.T) Browser {
	t.Helper()
	b, err := Find()
	if err != nil {
		if Required() {
			t.Fatalf("%v (%s=1)", err, EnvRequire)
		}
		t.Skipf("skipping the browser test: %v", err)
	}
	return b
}

// TestBrowser renders two pages in the real browser: one that fetches
// nothing else, one with an image and a stylesheet elsewhere, which the
// proxy must see.
func TestBrowser(t *testing.T) {
	b := find(t)
	ctx := t.Context()
	tests := []struct {
		name, page, wantDOM string
		want                []string
	}{
		{"self-contained", `<!DOCTYPE html><html><head><link rel="icon" href="data:,"></head><body><p id="x">Indeks 58,2</p></body></html>`,
			`<p id="x">Indeks 58,2</p>`, []string{"GET " + PageURL}},
		{"external", `<!DOCTYPE html><html><head><link rel="icon" href="data:,"><link rel="stylesheet" href="http://cdn.example/a.css"></head><body><img src="https://cdn.example/b.png"><p>x</p></body></html>`,
			`<p>x</p>`, []string{"GET " + PageURL, "GET http://cdn.example/a.css", "CONNECT cdn.example:443"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := Serve([]byte(tc.page))
			defer s.Close()
			dom, err := b.WithProxy(s.Proxy()).DumpDOM(ctx, PageURL)
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(dom, tc.wantDOM) {
				t.Errorf("DOM lacks %q:\n%s", tc.wantDOM, dom)
			}
			got := s.Requests()
			if diff := cmp.Diff(tc.want, got, cmpSet); diff != "" {
				t.Errorf("requests mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// cmpSet compares request lists as sets: the browser may fetch a page's
// resources in any order.
var cmpSet = cmp.Transformer("set", func(s []string) map[string]bool {
	m := map[string]bool{}
	for _, x := range s {
		m[x] = true
	}
	return m
})

func TestPDFPages(t *testing.T) {
	tests := []struct {
		pdf     string
		want    int
		wantErr bool
	}{
		{"<< /Type /Pages /Count 2 /Kids [3 0 R 4 0 R] >>", 2, false},
		{"<< /Type /Pages /Count 1 >> << /Type /Pages /Count 12 >>", 12, false},
		{"%PDF-1.4 nothing", 0, true},
	}
	for _, tc := range tests {
		got, err := PDFPages([]byte(tc.pdf))
		if got != tc.want || (err != nil) != tc.wantErr {
			t.Errorf("PDFPages(%q) = %d, %v; want %d, error %v", tc.pdf, got, err, tc.want, tc.wantErr)
		}
	}
}

// TestPrintToPDF prints a page that is taller than two A4 pages.
func TestPrintToPDF(t *testing.T) {
	b := find(t)
	s := Serve([]byte(`<!DOCTYPE html><html><head><link rel="icon" href="data:,"><style>@page{size:A4}div{height:250mm}</style></head><body><div>1</div><div>2</div><div>3</div></body></html>`))
	defer s.Close()
	file := filepath.Join(t.TempDir(), "p.pdf")
	if err := b.WithProxy(s.Proxy()).PrintToPDF(t.Context(), PageURL, file); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if n, err := PDFPages(data); n != 3 || err != nil {
		t.Errorf("PDFPages = %d, %v; want 3", n, err)
	}
}

func TestScreenshot(t *testing.T) {
	b := find(t)
	s := Serve([]byte(`<!DOCTYPE html><html><head><link rel="icon" href="data:,"></head><body style="background:#1a7f37"><p>x</p></body></html>`))
	defer s.Close()
	file := filepath.Join(t.TempDir(), "shot.png")
	if err := b.WithProxy(s.Proxy()).Screenshot(t.Context(), PageURL, file, 320, 200); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(file)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatal(err)
	}
	if got := img.Bounds().Size(); got.X != 320 || got.Y != 200 {
		t.Errorf("screenshot is %v, want 320×200", got)
	}
	if r, g, bl, _ := img.At(300, 150).RGBA(); r>>8 != 0x1a || g>>8 != 0x7f || bl>>8 != 0x37 {
		t.Errorf("pixel (300,150) is %02x%02x%02x, want the page's background 1a7f37", r>>8, g>>8, bl>>8)
	}
	if err := b.Screenshot(t.Context(), PageURL, file, 0, 10); err == nil {
		t.Error("a 0×10 window accepted")
	}
	if _, err := (Browser{}).DumpDOM(t.Context(), PageURL); err == nil {
		t.Error("the zero Browser ran")
	}
}

// TestRenderTo checks that a render replaces the file only when it wrote
// a new one, and leaves no temporary file behind.
func TestRenderTo(t *testing.T) {
	tests := []struct {
		name    string
		render  func(tmp string) error
		want    string
		wantErr bool
	}{
		{"written", func(tmp string) error { return os.WriteFile(tmp, []byte("new"), 0o644) }, "new", false},
		{"render fails", func(tmp string) error { return errors.New("crashed") }, "old", true},
		{"nothing written", func(string) error { return nil }, "old", true},
		{"empty file written", func(tmp string) error { return os.WriteFile(tmp, nil, 0o644) }, "old", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			file := filepath.Join(dir, "shot.png")
			if err := os.WriteFile(file, []byte("old"), 0o644); err != nil {
				t.Fatal(err)
			}
			var ext string
			err := renderTo(file, "--test", func(tmp string) error {
				ext = filepath.Ext(tmp)
				return tt.render(tmp)
			})
			if (err != nil) != tt.wantErr {
				t.Errorf("renderTo: error %v, want error %v", err, tt.wantErr)
			}
			if ext != ".png" {
				t.Errorf("the temporary file's extension is %q, want .png (the browser picks the format by it)", ext)
			}
			got, _ := os.ReadFile(file)
			entries, _ := os.ReadDir(dir)
			if diff := cmp.Diff([]any{tt.want, 1}, []any{string(got), len(entries)}); diff != "" {
				t.Errorf("file content and files in the directory (-want +got):\n%s", diff)
			}
		})
	}
}
