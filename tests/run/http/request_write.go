// Package net/http's Request.Write of bodies of unknown length: a GET's
// body is probed (an empty one is sent as none, one with bytes is
// chunked), a POST's is chunked, a known length is checked against the
// body, errors of the body and of the writer are returned, and a body
// that blocks (a pipe) is sent chunked after the header through a
// Transport.
package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing/iotest"
	"time"
)

// show prints what Request.Write writes for a request of method with
// ContentLength clen and body.
func show(method string, clen int64, body io.ReadCloser) {
	req, _ := http.NewRequest(method, "http://example.com/x", nil)
	req.ContentLength = clen
	req.Body = body
	var b bytes.Buffer
	err := req.Write(&b)
	fmt.Printf("%s %d: %v %q\n", method, clen, err, b.String())
}

// body is an io.ReadCloser of s, of unknown length to Request.Write.
func body(s string) io.ReadCloser { return io.NopCloser(strings.NewReader(s)) }

// failingWriter fails its n-th Write; it is an io.ByteWriter, so that
// Request.Write writes to it unbuffered, one Write a line.
type failingWriter struct {
	io.ByteWriter
	n, writes int
}

func (w *failingWriter) Write(p []byte) (int, error) {
	w.writes++
	if w.writes == w.n {
		return 0, errors.New("write failed")
	}
	return len(p), nil
}

func main() {
	show("GET", 0, body(""))
	show("GET", -1, body("foobody"))
	show("DELETE", 0, body(""))
	show("POST", 0, body(""))
	show("POST", 0, nil)
	show("POST", 10, body("12345"))
	show("POST", 4, body("12345678"))
	show("POST", 5, nil)
	show("POST", 0, io.NopCloser(io.MultiReader(strings.NewReader("x"), iotest.ErrReader(errors.New("body failed")))))
	show("GET", 0, io.NopCloser(iotest.ErrReader(errors.New("body failed"))))
	show("CONNECT", -1, body("raw bytes"))

	req, _ := http.NewRequest("GET", "http://[fe80::1%25en0]:8080/a b", nil)
	var b bytes.Buffer
	fmt.Printf("%v %q\n", req.Write(&b), b.String())
	req, _ = http.NewRequest("PUT", "http://example.com/", strings.NewReader("abc"))
	req.TransferEncoding = []string{"chunked"}
	req.Close = true
	b.Reset()
	fmt.Printf("%v %q\n", req.Write(&b), b.String())
	req.URL.Opaque = "/a\nb"
	fmt.Println(req.Write(&b))

	for n := 1; n <= 5; n++ {
		w := &failingWriter{n: n}
		req, _ := http.NewRequest("GET", "http://example.com/", nil)
		fmt.Println(n, req.Write(w), w.writes)
	}

	// A GET's body that blocks past the probe is sent chunked, once
	// it comes.
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		got, _ := io.ReadAll(r.Body)
		fmt.Fprintf(w, "%v %d %q", r.TransferEncoding, r.ContentLength, got)
	}))
	defer srv.Close()
	pr, pw := io.Pipe()
	go func() {
		time.Sleep(300 * time.Millisecond)
		pw.Write([]byte("late"))
		pw.Close()
	}()
	req, _ = http.NewRequest("GET", srv.URL, io.NopCloser(pr))
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		fmt.Println(err)
		return
	}
	got, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	fmt.Println(string(got))
}
