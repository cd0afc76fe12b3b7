// Package net/http's server and client, in one program over loopback:
// a ServeMux with its redirects, keep-alive (three requests, one
// connection), bodies framed by Content-Length and chunked, forms, HEAD,
// errors, redirects followed by the client, the raw bytes the server
// writes (to an HTTP/1.0 client, to "Expect: 100-continue", to two
// pipelined requests), httptest's Server and ResponseRecorder, and a graceful
// Shutdown.
package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"sync"
)

func newMux() *http.ServeMux {
	mux := http.NewServeMux()
	mux.HandleFunc("/hello", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, "hello, %s\n", r.URL.Query().Get("name"))
	})
	mux.HandleFunc("/big", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		for i := 0; i < 500; i++ {
			fmt.Fprintf(w, "line %d\n", i)
		}
	})
	mux.HandleFunc("/form", func(w http.ResponseWriter, r *http.Request) {
		r.ParseForm()
		fmt.Fprintf(w, "%s %v %v", r.Method, r.PostForm, r.Form)
	})
	mux.HandleFunc("/echo", func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		w.Header().Set("X-Len", fmt.Sprint(len(b)))
		w.WriteHeader(http.StatusAccepted)
		w.Write(b)
	})
	mux.HandleFunc("/fail", func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "something broke", http.StatusInternalServerError)
	})
	mux.HandleFunc("/old", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "hello?name=redirected", http.StatusFound)
	})
	mux.HandleFunc("/whoami", func(w http.ResponseWriter, r *http.Request) {
		user, pass, ok := r.BasicAuth()
		fmt.Fprint(w, user, " ", pass, " ", ok)
	})
	mux.HandleFunc("/ctx", func(w http.ResponseWriter, r *http.Request) {
		_, isServer := r.Context().Value(http.ServerContextKey).(*http.Server)
		fmt.Fprint(w, isServer)
	})
	mux.Handle("/files/", http.StripPrefix("/files", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, "file %s", r.URL.Path)
	})))
	return mux
}

var dateLine = regexp.MustCompile(`Date: [^\r]*\r\n`)

// raw sends a request by hand and prints the response bytes, the date
// masked.
func raw(addr, request string) {
	c, err := net.Dial("tcp", addr)
	if err != nil {
		panic(err)
	}
	defer c.Close()
	io.WriteString(c, request)
	b, _ := io.ReadAll(c)
	fmt.Printf("%q\n", dateLine.ReplaceAllString(string(b), "Date: <masked>\r\n"))
}

func show(resp *http.Response, err error) {
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	b, err := io.ReadAll(resp.Body)
	resp.Body.Close()
	fmt.Printf("%s %s len=%d te=%v type=%q body=%q %v\n", resp.Request.Method, resp.Status, resp.ContentLength,
		resp.TransferEncoding, resp.Header.Get("Content-Type"), firstLines(string(b)), err)
}

func firstLines(s string) string {
	if lines := strings.SplitAfter(s, "\n"); len(lines) > 3 {
		return strings.Join(lines[:2], "") + fmt.Sprintf("...(%d lines)", len(lines)-1)
	}
	return s
}

func main() {
	var mu sync.Mutex
	newConns := 0
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	srv := &http.Server{Handler: newMux(), ConnState: func(c net.Conn, st http.ConnState) {
		if st == http.StateNew {
			mu.Lock()
			newConns++
			mu.Unlock()
		}
	}}
	served := make(chan error)
	go func() { served <- srv.Serve(ln) }()
	base := "http://" + ln.Addr().String()

	for _, name := range []string{"a", "b", "c"} {
		show(http.Get(base + "/hello?name=" + name))
	}
	mu.Lock()
	fmt.Println("connections:", newConns)
	mu.Unlock()

	show(http.Get(base + "/big"))
	show(http.Head(base + "/big"))
	show(http.PostForm(base+"/form?q=1", map[string][]string{"k": {"v1", "v2"}}))
	show(http.Post(base+"/echo", "application/octet-stream", strings.NewReader(strings.Repeat("x\n", 2500))))
	show(http.Post(base+"/echo", "text/plain", io.MultiReader(strings.NewReader("streamed "), strings.NewReader("body"))))
	show(http.Get(base + "/fail"))
	show(http.Get(base + "/missing"))
	show(http.Get(base + "/old"))
	show(http.Get(base + "/files"))
	show(http.Get(base + "/files/x/y.txt"))
	show(http.Get(base + "/x/../hello?name=clean"))
	show(http.Get(base + "/ctx"))
	show(http.Get("http://gopher:pw@" + ln.Addr().String() + "/whoami"))

	noFollow := &http.Client{CheckRedirect: func(req *http.Request, via []*http.Request) error {
		return http.ErrUseLastResponse
	}}
	resp, err := noFollow.Get(base + "/old")
	fmt.Println(resp.StatusCode, resp.Header.Get("Location"), err)
	resp.Body.Close()
	loops := &http.Client{CheckRedirect: func(req *http.Request, via []*http.Request) error {
		return fmt.Errorf("stop after %d", len(via))
	}}
	_, err = loops.Get(base + "/old")
	var ue interface{ Unwrap() error }
	fmt.Println(errors.As(err, &ue), strings.Replace(err.Error(), base, "BASE", 1))
	_, err = http.Get("ftp://example.com/")
	fmt.Println(err)

	addr := ln.Addr().String()
	raw(addr, "GET /hello?name=raw HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
	raw(addr, "GET /hello HTTP/1.0\r\n\r\n")
	raw(addr, "GET /fail HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
	raw(addr, "BAD\r\n\r\n")
	raw(addr, "POST /echo HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 5\r\nConnection: close\r\n\r\nhello")
	raw(addr, "GET /hello?name=1 HTTP/1.1\r\nHost: x\r\n\r\nGET /hello?name=2 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")

	err = srv.Shutdown(context.Background())
	fmt.Println("shutdown:", err, <-served)

	ts := httptest.NewServer(newMux())
	show(ts.Client().Get(ts.URL + "/hello?name=httptest"))
	ts.Close()

	rec := httptest.NewRecorder()
	newMux().ServeHTTP(rec, httptest.NewRequest("GET", "/echo", strings.NewReader("<html><body>")))
	res := rec.Result()
	b, _ := io.ReadAll(res.Body)
	fmt.Println(rec.Code, res.Status, res.Header, string(b))
	rec = httptest.NewRecorder()
	newMux().ServeHTTP(rec, httptest.NewRequest("GET", "/files", nil))
	fmt.Println(rec.Code, rec.Header(), rec.Body.String())

	br := bufio.NewReader(strings.NewReader("GET /hello?name=read HTTP/1.1\r\nHost: y\r\n\r\n"))
	req, _ := http.ReadRequest(br)
	rec = httptest.NewRecorder()
	newMux().ServeHTTP(rec, req)
	fmt.Printf("%d %q\n", rec.Code, rec.Body.String())
}
