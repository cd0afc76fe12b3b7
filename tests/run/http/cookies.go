// Package net/http's cookies (Set-Cookie parsed and written, a
// request's Cookie header parsed, a client's cookie jar across requests), a
// body limited by MaxBytesReader, and the file transport registered for
// the "file" scheme.
package main

import (
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"
)

// jar keeps the cookies per host, as a minimal CookieJar.
type jar struct {
	mu      sync.Mutex
	cookies map[string][]*http.Cookie
}

func (j *jar) SetCookies(u *url.URL, cookies []*http.Cookie) {
	j.mu.Lock()
	defer j.mu.Unlock()
	j.cookies[u.Host] = append(j.cookies[u.Host], cookies...)
}

func (j *jar) Cookies(u *url.URL) []*http.Cookie {
	j.mu.Lock()
	defer j.mu.Unlock()
	return j.cookies[u.Host]
}

func main() {
	for _, c := range []*http.Cookie{
		{Name: "session", Value: "abc123"},
		{Name: "pref", Value: "a b,c", Path: "/app", Domain: ".example.com", MaxAge: 3600, HttpOnly: true, Secure: true, SameSite: http.SameSiteLaxMode},
		{Name: "gone", Value: "x", MaxAge: -1, Expires: time.Date(2030, 1, 2, 3, 4, 5, 0, time.UTC), SameSite: http.SameSiteStrictMode},
		{Name: "bad name", Value: "v"},
		{Name: "semi", Value: "a;b\"c"},
	} {
		fmt.Printf("%q valid=%v\n", c.String(), c.Valid())
	}

	resp := &http.Response{Header: http.Header{"Set-Cookie": {
		"id=a3fWa; Expires=Wed, 21 Oct 2015 07:28:00 GMT; Secure; HttpOnly",
		"lang=en-US; Path=/; Max-Age=100; SameSite=None; Weird=1",
		"quoted=\"q v\"; Domain=example.org",
		"noequals",
	}}}
	for _, c := range resp.Cookies() {
		fmt.Printf("%s=%q path=%q domain=%q expires=%v maxage=%d secure=%v httponly=%v samesite=%d unparsed=%q\n",
			c.Name, c.Value, c.Path, c.Domain, c.Expires, c.MaxAge, c.Secure, c.HttpOnly, c.SameSite, c.Unparsed)
	}

	req, _ := http.NewRequest("GET", "http://example.com/", nil)
	req.AddCookie(&http.Cookie{Name: "a", Value: "1"})
	req.AddCookie(&http.Cookie{Name: "b", Value: "two words"})
	fmt.Println(req.Header.Get("Cookie"))
	c, err := req.Cookie("b")
	fmt.Println(c.Value, err)
	_, err = req.Cookie("z")
	fmt.Println(err, len(req.Cookies()))

	// A Cookie header's parts, the malformed skipped; none is an empty
	// slice, not nil.
	req.Header.Set("Cookie", ` c1=v1 ;bad name=x; c2="quoted" ;; c3=a"b; c4=`)
	req.Header.Add("Cookie", "c5=five")
	for _, c := range req.Cookies() {
		fmt.Printf("%s=%q ", c.Name, c.Value)
	}
	fmt.Println()
	req.Header.Del("Cookie")
	fmt.Println(req.Cookies() != nil, len(req.Cookies()))
	req.Header.Set("Cookie", "bad name=1")
	fmt.Println(req.Cookies() != nil, len(req.Cookies()))

	ts := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/login" {
			http.SetCookie(w, &http.Cookie{Name: "token", Value: "t0k3n", Path: "/"})
			return
		}
		if r.URL.Path == "/limited" {
			b, err := io.ReadAll(http.MaxBytesReader(w, r.Body, 8))
			var mbe *http.MaxBytesError
			fmt.Fprintf(w, "%q %v %v", b, err, errors.As(err, &mbe))
			return
		}
		tok, err := r.Cookie("token")
		if err != nil {
			fmt.Fprint(w, "no token")
			return
		}
		fmt.Fprintf(w, "token %s", tok.Value)
	}))
	defer ts.Close()
	client := &http.Client{Jar: &jar{cookies: map[string][]*http.Cookie{}}}
	for _, path := range []string{"/home", "/login", "/home"} {
		resp, err := client.Get(ts.URL + path)
		if err != nil {
			fmt.Println(err)
			continue
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		fmt.Printf("%s: %q %v\n", path, b, resp.Cookies())
	}
	for _, body := range []string{"short", "much too long"} {
		resp, err := client.Post(ts.URL+"/limited", "text/plain", strings.NewReader(body))
		if err != nil {
			fmt.Println(err)
			continue
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		fmt.Printf("%s\n", b)
	}

	dir, _ := os.MkdirTemp("", "filetransport")
	defer os.RemoveAll(dir)
	os.WriteFile(filepath.Join(dir, "note.txt"), []byte("from a file"), 0o644)
	t := &http.Transport{}
	t.RegisterProtocol("file", http.NewFileTransport(http.Dir(dir)))
	fileClient := &http.Client{Transport: t}
	for _, name := range []string{"note.txt", "missing.txt"} {
		resp, err := fileClient.Get("file:///" + name)
		if err != nil {
			fmt.Println(err)
			continue
		}
		b, _ := io.ReadAll(resp.Body)
		fmt.Printf("%s %q %q %d\n", resp.Status, resp.Header.Get("Content-Type"), b, resp.ContentLength)
	}
}
