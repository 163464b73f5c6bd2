// Package chromium runs a headless Chromium-family browser for the
// example programs' tests: it renders a page and returns the DOM after
// load ([Browser.DumpDOM]) or a PNG of the window ([Browser.Screenshot]),
// and it serves a page through a recording proxy ([Serve]), so that a
// test can assert the browser fetched nothing but the page.
//
// It has no testing imports: [Find] returns [ErrNotFound] when there is
// no browser, and a test decides to skip, or to fail when [Required]
// says the run must have one (CI sets BERAKHLAK_REQUIRE_CHROMIUM=1).
//
// The browser runs with a new temporary profile each time, with the
// flags that keep it from the network on its own account (no background
// networking, component updates, network time, sign-in, sync or QUIC: the
// package's tests check through the proxy that a page alone makes no
// other request), and is killed with the processes it started when the
// context ends or after 90 seconds.
package chromium

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// EnvBrowser names the environment variable that gives the browser's
// path, ahead of the search of PATH.
const EnvBrowser = "BERAKHLAK_CHROMIUM"

// EnvRequire names the environment variable that, set to 1, tells the
// tests that a missing browser is a failure, not a reason to skip.
const EnvRequire = "BERAKHLAK_REQUIRE_CHROMIUM"

// names are the programs Find looks for on PATH, in order.
var names = []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "headless_shell"}

// timeout bounds one run of the browser: a page of the reports renders
// in a few seconds on a shared machine.
const timeout = 90 * time.Second

// ErrNotFound is returned by Find when no browser is found.
var ErrNotFound = errors.New("chromium: no browser found: set " + EnvBrowser + " to its path, or install one of " + strings.Join(names, ", ") + " (Debian: apt-get install chromium)")

// Browser is a Chromium-family browser found on this machine. The zero
// Browser is invalid; Find returns a valid one.
type Browser struct {
	path  string
	proxy string
}

// Find locates a browser: the path in $BERAKHLAK_CHROMIUM if it is set,
// else the first of chromium, chromium-browser, google-chrome,
// google-chrome-stable and headless_shell on PATH. It returns an error
// wrapping ErrNotFound when there is none.
func Find() (Browser, error) {
	if p := os.Getenv(EnvBrowser); p != "" {
		path, err := exec.LookPath(p)
		if err != nil {
			return Browser{}, fmt.Errorf("%w (%s=%q: %v)", ErrNotFound, EnvBrowser, p, err)
		}
		return Browser{path: path}, nil
	}
	for _, n := range names {
		if path, err := exec.LookPath(n); err == nil {
			return Browser{path: path}, nil
		}
	}
	return Browser{}, ErrNotFound
}

// Required reports whether the environment says a browser must be found
// ($BERAKHLAK_REQUIRE_CHROMIUM is 1).
func Required() bool {
	return os.Getenv(EnvRequire) == "1"
}

// Path returns the browser's executable.
func (b Browser) Path() string { return b.path }

// WithProxy returns the browser set to send every request, loopback
// included, through the HTTP proxy at proxyURL ("http://127.0.0.1:PORT").
func (b Browser) WithProxy(proxyURL string) Browser {
	b.proxy = proxyURL
	return b
}

// DumpDOM loads url and returns the DOM after load, serialised as HTML
// (--dump-dom).
func (b Browser) DumpDOM(ctx context.Context, url string) (string, error) {
	out, err := b.run(ctx, "--dump-dom", url)
	if err != nil {
		return "", err
	}
	if len(bytes.TrimSpace(out)) == 0 {
		return "", fmt.Errorf("chromium: --dump-dom %s printed nothing", url)
	}
	return string(out), nil
}

// Screenshot loads url in a window of width × height CSS pixels (at a
// device scale of 1) and writes what the window shows to file as PNG.
func (b Browser) Screenshot(ctx context.Context, url, file string, width, height int) error {
	if width <= 0 || height <= 0 {
		return fmt.Errorf("chromium: window %d×%d", width, height)
	}
	return renderTo(file, "--screenshot", func(tmp string) error {
		_, err := b.run(ctx, "--screenshot="+tmp, fmt.Sprintf("--window-size=%d,%d", width, height),
			"--hide-scrollbars", "--force-device-scale-factor=1", url)
		return err
	})
}

// PrintToPDF loads url and prints it to file as PDF, as "Print → Save as
// PDF" would, without the browser's header and footer.
func (b Browser) PrintToPDF(ctx context.Context, url, file string) error {
	return renderTo(file, "--print-to-pdf", func(tmp string) error {
		_, err := b.run(ctx, "--print-to-pdf="+tmp, "--no-pdf-header-footer", url)
		return err
	})
}

// renderTo has render write a new file beside file, and renames it over
// file only when the browser wrote it: a failed run leaves file as it
// was (a committed screenshot is not lost to a failed -update).
func renderTo(file, flag string, render func(tmp string) error) error {
	abs, err := filepath.Abs(file)
	if err != nil {
		return err
	}
	// The browser picks the format by the extension, so the temporary
	// name keeps it: .report-id.123456.png.
	ext := filepath.Ext(abs)
	f, err := os.CreateTemp(filepath.Dir(abs), "."+strings.TrimSuffix(filepath.Base(abs), ext)+".*"+ext)
	if err != nil {
		return err
	}
	tmp := f.Name()
	f.Close()
	defer os.Remove(tmp) // after a successful rename, there is nothing to remove
	// The browser writes a new file; an existing empty one would pass the
	// size check below if it wrote nothing.
	if err := os.Remove(tmp); err != nil {
		return err
	}
	if err := render(tmp); err != nil {
		return err
	}
	if fi, err := os.Stat(tmp); err != nil || fi.Size() == 0 {
		return fmt.Errorf("chromium: %s wrote no file", flag)
	}
	return os.Rename(tmp, abs)
}

// PDFPages returns the number of pages of a PDF that Chromium printed:
// the largest /Count of its page tree. It reads Chromium's own output,
// whose page tree is not compressed; it is not a general PDF reader.
func PDFPages(pdf []byte) (int, error) {
	n := -1
	for _, m := range countRE.FindAllSubmatch(pdf, -1) {
		if c, err := strconv.Atoi(string(m[1])); err == nil && c > n {
			n = c
		}
	}
	if n < 0 {
		return 0, errors.New("chromium: no page count (/Count) in the PDF")
	}
	return n, nil
}

var countRE = regexp.MustCompile(`/Count (\d+)`)

// run runs the browser headless with args and a new profile, and
// returns its standard output.
func (b Browser) run(ctx context.Context, args ...string) ([]byte, error) {
	if b.path == "" {
		return nil, errors.New("chromium: zero Browser (use Find)")
	}
	profile, err := os.MkdirTemp("", "berakhlak-chromium-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(profile)
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	flags := []string{
		"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--disable-default-apps", "--disable-extensions", "--mute-audio",
		// Without these three, Chromium 156 still asks Google for the time,
		// for component updates and for the sign-in page, whatever the page.
		// Port 9 (discard) on loopback answers nothing.
		"--disable-features=NetworkTimeServiceQuerying",
		"--component-updater=url-source=http://127.0.0.1:9/",
		"--gaia-url=http://127.0.0.1:9",
		"--user-data-dir=" + profile,
	}
	if b.proxy != "" {
		flags = append(flags, "--proxy-server="+b.proxy, "--proxy-bypass-list=<-loopback>")
	}
	cmd := exec.CommandContext(ctx, b.path, append(flags, args...)...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	cmd.Dir = profile
	ownGroup(cmd)
	cmd.WaitDelay = 5 * time.Second
	err = cmd.Run()
	killGroup(cmd) // the helper processes the browser started, if any remain
	if ctx.Err() != nil {
		return nil, fmt.Errorf("chromium: %s: %w", strings.Join(args, " "), ctx.Err())
	}
	if err != nil {
		return nil, fmt.Errorf("chromium: %s: %v: %s", strings.Join(args, " "), err, lastLines(stderr.String(), 5))
	}
	return stdout.Bytes(), nil
}

// lastLines returns the last n lines of s, for an error message.
func lastLines(s string, n int) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return strings.Join(lines, " | ")
}
