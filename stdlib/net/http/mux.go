package http

import (
	"fmt"
	"net/url"
	"path"
	"sort"
	"strings"
	"sync"
)

// ServeMux is an HTTP request multiplexer. It matches the URL of each
// incoming request against a list of registered patterns and calls the
// handler for the pattern that most closely matches the URL.
//
// Patterns name fixed, rooted paths, like "/favicon.ico", or rooted
// subtrees, like "/images/" (note the trailing slash). Longer patterns
// take precedence over shorter ones. Patterns may optionally begin with
// a host name, restricting matches to URLs on that host only.
//
// If a subtree has been registered and a request is received naming the
// subtree root without its trailing slash, ServeMux redirects that
// request to the subtree root (adding the trailing slash). ServeMux
// also takes care of sanitizing the URL request path and the Host
// header, stripping the port number and redirecting any request
// containing . or .. elements or repeated slashes to an equivalent,
// cleaner URL.
type ServeMux struct {
	mu    sync.RWMutex
	m     map[string]muxEntry
	es    []muxEntry // subtree patterns, longest first
	hosts bool       // whether any patterns contain hostnames
}

type muxEntry struct {
	h       Handler
	pattern string
}

// NewServeMux allocates and returns a new ServeMux.
func NewServeMux() *ServeMux { return new(ServeMux) }

// DefaultServeMux is the default ServeMux used by Serve.
var DefaultServeMux = &defaultServeMux

var defaultServeMux ServeMux

// cleanPath returns the canonical path for p, eliminating . and ..
// elements but keeping a trailing slash.
func cleanPath(p string) string {
	if p == "" {
		return "/"
	}
	if p[0] != '/' {
		p = "/" + p
	}
	np := path.Clean(p)
	if p[len(p)-1] == '/' && np != "/" {
		np += "/"
	}
	return np
}

// stripHostPort returns h without any trailing ":<port>".
func stripHostPort(h string) string {
	if !strings.Contains(h, ":") {
		return h
	}
	host, _, err := splitHostPort(h)
	if err != nil {
		return h
	}
	return host
}

// splitHostPort splits "host:port" and "[v6]:port".
func splitHostPort(hostport string) (host, port string, err error) {
	i := strings.LastIndexByte(hostport, ':')
	if i < 0 {
		return "", "", fmt.Errorf("address %s: missing port in address", hostport)
	}
	host, port = hostport[:i], hostport[i+1:]
	if strings.HasPrefix(host, "[") && strings.HasSuffix(host, "]") {
		host = host[1 : len(host)-1]
	}
	return host, port, nil
}

// match finds a handler given a path string: the exact pattern first,
// then the longest subtree pattern that prefixes it.
func (mux *ServeMux) match(path string) (h Handler, pattern string) {
	if v, ok := mux.m[path]; ok {
		return v.h, v.pattern
	}
	for _, e := range mux.es {
		if strings.HasPrefix(path, e.pattern) {
			return e.h, e.pattern
		}
	}
	return nil, ""
}

// redirectToPathSlash determines if the given path needs a trailing
// slash to match a registered subtree, and returns the URL to
// redirect to.
func (mux *ServeMux) redirectToPathSlash(host, path string, u *url.URL) (*url.URL, bool) {
	mux.mu.RLock()
	shouldRedirect := mux.shouldRedirectRLocked(host, path)
	mux.mu.RUnlock()
	if !shouldRedirect {
		return u, false
	}
	return &url.URL{Path: path + "/", RawQuery: u.RawQuery}, true
}

// shouldRedirectRLocked reports whether path, not itself registered,
// names a registered subtree without its slash.
func (mux *ServeMux) shouldRedirectRLocked(host, path string) bool {
	for _, c := range []string{path, host + path} {
		if _, exist := mux.m[c]; exist {
			return false
		}
	}
	if len(path) == 0 || path[len(path)-1] == '/' {
		return false
	}
	for _, c := range []string{path + "/", host + path + "/"} {
		if _, exist := mux.m[c]; exist {
			return true
		}
	}
	return false
}

// Handler returns the handler to use for the given request, consulting
// r.Method, r.Host, and r.URL.Path. It always returns a non-nil
// handler. If the path is not in its canonical form, the handler will
// be an internally-generated handler that redirects to the canonical
// path.
//
// Handler also returns the registered pattern that matches the request
// or, in the case of internally-generated redirects, the pattern that
// will match after following the redirect.
//
// If there is no registered handler that applies to the request,
// Handler returns a “page not found” handler and an empty pattern.
func (mux *ServeMux) Handler(r *Request) (h Handler, pattern string) {
	// CONNECT requests are not canonicalized: their path is no path.
	if r.Method == "CONNECT" {
		if u, ok := mux.redirectToPathSlash(r.URL.Host, r.URL.Path, r.URL); ok {
			return RedirectHandler(u.String(), StatusMovedPermanently), u.Path
		}
		return mux.handler(r.Host, r.URL.Path)
	}
	host := stripHostPort(r.Host)
	path := cleanPath(r.URL.Path)
	if u, ok := mux.redirectToPathSlash(host, path, r.URL); ok {
		return RedirectHandler(u.String(), StatusMovedPermanently), u.Path
	}
	if path != r.URL.Path {
		_, pattern = mux.handler(host, path)
		u := &url.URL{Path: path, RawQuery: r.URL.RawQuery}
		return RedirectHandler(u.String(), StatusMovedPermanently), pattern
	}
	return mux.handler(host, r.URL.Path)
}

// handler is the main implementation of Handler; host-specific
// patterns take precedence over generic ones.
func (mux *ServeMux) handler(host, path string) (h Handler, pattern string) {
	mux.mu.RLock()
	defer mux.mu.RUnlock()
	if mux.hosts {
		h, pattern = mux.match(host + path)
	}
	if h == nil {
		h, pattern = mux.match(path)
	}
	if h == nil {
		h, pattern = NotFoundHandler(), ""
	}
	return
}

// ServeHTTP dispatches the request to the handler whose pattern most
// closely matches the request URL.
func (mux *ServeMux) ServeHTTP(w ResponseWriter, r *Request) {
	if r.RequestURI == "*" {
		if r.ProtoAtLeast(1, 1) {
			w.Header().Set("Connection", "close")
		}
		w.WriteHeader(StatusBadRequest)
		return
	}
	h, _ := mux.Handler(r)
	h.ServeHTTP(w, r)
}

// Handle registers the handler for the given pattern. If a handler
// already exists for pattern, Handle panics.
func (mux *ServeMux) Handle(pattern string, handler Handler) {
	mux.mu.Lock()
	defer mux.mu.Unlock()
	if pattern == "" {
		panic("http: invalid pattern")
	}
	if handler == nil {
		panic("http: nil handler")
	}
	if _, exist := mux.m[pattern]; exist {
		panic("http: multiple registrations for " + pattern)
	}
	if mux.m == nil {
		mux.m = make(map[string]muxEntry)
	}
	e := muxEntry{h: handler, pattern: pattern}
	mux.m[pattern] = e
	if pattern[len(pattern)-1] == '/' {
		mux.es = append(mux.es, e)
		sort.SliceStable(mux.es, func(i, j int) bool {
			return len(mux.es[i].pattern) > len(mux.es[j].pattern)
		})
	}
	if pattern[0] != '/' {
		mux.hosts = true
	}
}

// HandleFunc registers the handler function for the given pattern.
func (mux *ServeMux) HandleFunc(pattern string, handler func(ResponseWriter, *Request)) {
	if handler == nil {
		panic("http: nil handler")
	}
	mux.Handle(pattern, HandlerFunc(handler))
}

// Handle registers the handler for the given pattern in the
// DefaultServeMux. The documentation for ServeMux explains how patterns
// are matched.
func Handle(pattern string, handler Handler) { DefaultServeMux.Handle(pattern, handler) }

// HandleFunc registers the handler function for the given pattern in
// the DefaultServeMux.
func HandleFunc(pattern string, handler func(ResponseWriter, *Request)) {
	DefaultServeMux.HandleFunc(pattern, handler)
}

// Error replies to the request with the specified error message and
// HTTP code. It does not otherwise end the request; the caller should
// ensure no further writes are done to w. The error message should be
// plain text.
func Error(w ResponseWriter, error string, code int) {
	w.Header().Del("Content-Length")
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(code)
	fmt.Fprintln(w, error)
}

// NotFound replies to the request with an HTTP 404 not found error.
func NotFound(w ResponseWriter, r *Request) { Error(w, "404 page not found", StatusNotFound) }

// NotFoundHandler returns a simple request handler that replies to each
// request with a “404 page not found” reply.
func NotFoundHandler() Handler { return HandlerFunc(NotFound) }

// StripPrefix returns a handler that serves HTTP requests by removing
// the given prefix from the request URL's Path (and RawPath if set) and
// invoking the handler h. StripPrefix handles a request for a path that
// doesn't begin with prefix by replying with an HTTP 404 not found
// error.
func StripPrefix(prefix string, h Handler) Handler {
	if prefix == "" {
		return h
	}
	return HandlerFunc(func(w ResponseWriter, r *Request) {
		p := strings.TrimPrefix(r.URL.Path, prefix)
		rp := strings.TrimPrefix(r.URL.RawPath, prefix)
		if len(p) < len(r.URL.Path) && (r.URL.RawPath == "" || len(rp) < len(r.URL.RawPath)) {
			r2 := new(Request)
			*r2 = *r
			r2.URL = new(url.URL)
			*r2.URL = *r.URL
			r2.URL.Path = p
			r2.URL.RawPath = rp
			h.ServeHTTP(w, r2)
		} else {
			NotFound(w, r)
		}
	})
}

// Redirect replies to the request with a redirect to target, which may
// be a path relative to the request path.
//
// The provided code should be in the 3xx range and is usually
// StatusMovedPermanently, StatusFound or StatusSeeOther.
//
// If the Content-Type header has not been set, Redirect sets it to
// "text/html; charset=utf-8" and writes a small HTML body.
func Redirect(w ResponseWriter, r *Request, target string, code int) {
	if u, err := url.Parse(target); err == nil && u.Scheme == "" && u.Host == "" {
		target = absolutePath(r.URL.Path, target)
	}
	h := w.Header()
	_, hadCT := h["Content-Type"]
	h.Set("Location", hexEscapeNonASCII(target))
	if !hadCT && (r.Method == "GET" || r.Method == "HEAD") {
		h.Set("Content-Type", "text/html; charset=utf-8")
	}
	w.WriteHeader(code)
	if !hadCT && r.Method == "GET" {
		body := "<a href=\"" + htmlEscape(target) + "\">" + StatusText(code) + "</a>.\n"
		fmt.Fprintln(w, body)
	}
}

// absolutePath resolves a relative redirect target against the request
// path, keeping its query and a trailing slash.
func absolutePath(requestPath, target string) string {
	if target == "" || target[0] != '/' {
		dir, _ := path.Split(requestPath)
		target = dir + target
	}
	query := ""
	if i := strings.Index(target, "?"); i != -1 {
		target, query = target[:i], target[i:]
	}
	trailing := strings.HasSuffix(target, "/")
	target = path.Clean(target)
	if trailing && !strings.HasSuffix(target, "/") {
		target += "/"
	}
	return target + query
}

// hexEscapeNonASCII escapes the bytes beyond ASCII as %XX, which a
// Location header may not hold raw.
func hexEscapeNonASCII(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			fmt.Fprintf(&b, "%%%02X", s[i])
		} else {
			b.WriteByte(s[i])
		}
	}
	return b.String()
}

var htmlReplacer = strings.NewReplacer(
	"&", "&amp;",
	"<", "&lt;",
	">", "&gt;",
	`"`, "&#34;",
	"'", "&#39;",
)

func htmlEscape(s string) string {
	return htmlReplacer.Replace(s)
}

// redirectHandler redirects every request it receives.
type redirectHandler struct {
	url  string
	code int
}

func (rh *redirectHandler) ServeHTTP(w ResponseWriter, r *Request) {
	Redirect(w, r, rh.url, rh.code)
}

// RedirectHandler returns a request handler that redirects each request
// it receives to the given url using the given status code.
func RedirectHandler(url string, code int) Handler {
	return &redirectHandler{url, code}
}
