package chromium_test

import (
	"fmt"
	"io"
	"net/http"
	"net/url"

	"github.com/go-asn/berakhlak/examples/internal/chromium"
)

// Serve is the browser's proxy; here Go's own client stands in for the
// browser.
func ExampleServe() {
	s := chromium.Serve([]byte("<p>halo</p>"))
	defer s.Close()
	proxy, _ := url.Parse(s.Proxy())
	client := &http.Client{Transport: &http.Transport{Proxy: http.ProxyURL(proxy)}}
	for _, u := range []string{chromium.PageURL, "http://fonts.example/a.woff2"} {
		resp, err := client.Get(u)
		if err != nil {
			fmt.Println(err)
			return
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		fmt.Println(resp.StatusCode, len(body))
	}
	fmt.Println(s.Requests())
	// Output:
	// 200 11
	// 404 19
	// [GET http://report.berakhlak.test/page.html GET http://fonts.example/a.woff2]
}

func ExamplePDFPages() {
	n, err := chromium.PDFPages([]byte("<< /Type /Pages /Count 2 /Kids [3 0 R 5 0 R] >>"))
	fmt.Println(n, err)
	// Output: 2 <nil>
}
