package chromium

import (
	"net/http"
	"net/http/httptest"
	"sync"
)

// PageURL is the address at which a Server serves its page. Its host is
// under the reserved top-level domain .test, which no resolver knows: a
// browser reaches it only through the Server as its proxy, so a page that
// loads proves the browser's requests go through the Server.
const PageURL = "http://report.berakhlak.test/page.html"

// Server serves one HTML page at PageURL as the browser's HTTP proxy,
// and records every request the browser sends it: "GET URL" for plain
// HTTP, "CONNECT host:port" for HTTPS (refused). Every request other
// than the page's is answered 404 or 403. It is safe for concurrent use.
type Server struct {
	srv  *httptest.Server
	page []byte
	mu   sync.Mutex
	reqs []string
}

// Serve starts a Server for page on a loopback port. Close it when done.
func Serve(page []byte) *Server {
	s := &Server{page: append([]byte(nil), page...)}
	s.srv = httptest.NewServer(http.HandlerFunc(s.handle))
	return s
}

func (s *Server) handle(w http.ResponseWriter, r *http.Request) {
	target := r.URL.String()
	if r.Method == http.MethodConnect {
		target = r.Host
	} else if !r.URL.IsAbs() {
		target = "http://" + r.Host + r.URL.RequestURI() // a direct request, not through the proxy
	}
	s.mu.Lock()
	s.reqs = append(s.reqs, r.Method+" "+target)
	s.mu.Unlock()
	switch {
	case r.Method == http.MethodConnect:
		http.Error(w, "no HTTPS", http.StatusForbidden)
	case r.Method == http.MethodGet && target == PageURL:
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		_, _ = w.Write(s.page)
	default:
		http.NotFound(w, r)
	}
}

// Proxy returns the URL to give Browser.WithProxy.
func (s *Server) Proxy() string { return s.srv.URL }

// Requests returns the requests received so far, in order.
func (s *Server) Requests() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]string(nil), s.reqs...)
}

// Close stops the server.
func (s *Server) Close() { s.srv.Close() }
