// Package net/http's byte ranges in ServeContent (RFC 7233): one range
// answered 206 with its Content-Range, suffix and open ranges, a range
// past the end (416), a malformed one, and If-Range by date and by
// entity tag deciding whether the range or the whole content is sent.
package main

import (
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"time"
)

var modtime = time.Date(2022, 3, 4, 5, 6, 7, 0, time.UTC)

func get(url string, header ...string) {
	req, _ := http.NewRequest("GET", url, nil)
	for i := 0; i < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		fmt.Println(err)
		return
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	fmt.Printf("%v: %d %q %q %q %q\n", header, resp.StatusCode, resp.Header.Get("Content-Range"),
		resp.Header.Get("Content-Length"), resp.Header.Get("Accept-Ranges"), body)
}

func main() {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/tagged" {
			w.Header().Set("Etag", `"v1"`)
		}
		http.ServeContent(w, r, "digits.txt", modtime, strings.NewReader("0123456789"))
	}))
	defer srv.Close()
	get(srv.URL + "/")
	get(srv.URL+"/", "Range", "bytes=2-5")
	get(srv.URL+"/", "Range", "bytes=7-")
	get(srv.URL+"/", "Range", "bytes=-3")
	get(srv.URL+"/", "Range", "bytes=-30")
	get(srv.URL+"/", "Range", "bytes=8-100")
	get(srv.URL+"/", "Range", "bytes= 1-2 ,")
	get(srv.URL+"/", "Range", "bytes=10-")
	get(srv.URL+"/", "Range", "bytes=5-2")
	get(srv.URL+"/", "Range", "items=1-2")
	get(srv.URL+"/", "Range", "bytes=1-2", "If-Range", modtime.Format(http.TimeFormat))
	get(srv.URL+"/", "Range", "bytes=1-2", "If-Range", modtime.Add(time.Hour).Format(http.TimeFormat))
	get(srv.URL+"/tagged", "Range", "bytes=1-2", "If-Range", `"v1"`)
	get(srv.URL+"/tagged", "Range", "bytes=1-2", "If-Range", `"v2"`)
	get(srv.URL+"/tagged", "Range", "bytes=1-2", "If-Range", `W/"v1"`)
}
