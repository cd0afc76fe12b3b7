// Package net/http's file server over an embed.FS (as Go's embed
// example serves one): files with their types, a directory listing, the
// index page, the redirects that fix a path's trailing slash, 404, and
// a conditional GET answered 304.
package main

import (
	"embed"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"time"
)

//go:embed static
var content embed.FS

func main() {
	mux := http.NewServeMux()
	mux.Handle("/", http.FileServer(http.FS(content)))
	mux.HandleFunc("/content", func(w http.ResponseWriter, r *http.Request) {
		http.ServeContent(w, r, "notes.txt", time.Date(2020, 1, 2, 3, 4, 5, 0, time.UTC), strings.NewReader("served content"))
	})
	ts := httptest.NewServer(mux)
	defer ts.Close()
	client := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	for _, path := range []string{"/static/hello.txt", "/static/data.json", "/static/", "/static", "/static/sub/",
		"/static/sub/index.html", "/static/hello.txt/", "/static/missing", "/content"} {
		resp, err := client.Get(ts.URL + path)
		if err != nil {
			fmt.Println(path, err)
			continue
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		fmt.Printf("%s: %s type=%q len=%d loc=%q modified=%q\n%s", path, resp.Status, resp.Header.Get("Content-Type"),
			resp.ContentLength, resp.Header.Get("Location"), resp.Header.Get("Last-Modified"), b)
	}
	req, _ := http.NewRequest("GET", ts.URL+"/content", nil)
	req.Header.Set("If-Modified-Since", "Thu, 02 Jan 2020 03:04:05 GMT")
	resp, err := client.Do(req)
	fmt.Println(resp.Status, resp.Header.Get("Content-Length"), err)
	resp.Body.Close()
}
