// net/http/httputil: dumps of requests and responses built in memory
// (with and without their bodies, chunked, and an outgoing request as
// the Transport writes it), the chunked coding both ways and its
// errors, a ReverseProxy in front of an httptest server (URL joining,
// hop-by-hop headers, X-Forwarded-For, ModifyResponse, ErrorHandler,
// BufferPool), and ClientConn talking to ServerConn over net.Pipe.
package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"sort"
	"strings"
)

func check(err error) {
	if err != nil {
		panic(err)
	}
}

func dumpRequests() {
	fmt.Println("== DumpRequest")
	raw := "POST /search?q=go HTTP/1.1\r\nHost: example.com\r\nX-Course: compilers\r\n" +
		"Content-Length: 11\r\n\r\nhello world"
	req, err := http.ReadRequest(bufio.NewReader(strings.NewReader(raw)))
	check(err)
	head, err := httputil.DumpRequest(req, false)
	check(err)
	fmt.Printf("%q\n", head)
	full, err := httputil.DumpRequest(req, true)
	check(err)
	fmt.Printf("%q\n", full)
	body, _ := io.ReadAll(req.Body) // the dump put back a copy of the body
	fmt.Printf("body still readable: %q\n", body)

	chunked := &http.Request{
		Method: "PUT", URL: &url.URL{Path: "/upload"}, Host: "files.example",
		ProtoMajor: 1, ProtoMinor: 1, TransferEncoding: []string{"chunked"},
		Header: http.Header{"X-Part": {"1"}},
		Body:   io.NopCloser(strings.NewReader("abcdef")),
	}
	out, err := httputil.DumpRequest(chunked, true)
	check(err)
	fmt.Printf("%q\n", out)

	fmt.Println("== DumpRequestOut")
	outReq, err := http.NewRequest("POST", "https://api.example/v1/items", strings.NewReader(`{"id":7}`))
	check(err)
	outReq.Header.Set("Content-Type", "application/json")
	outReq.Header.Set("Accept-Encoding", "identity") // the Transport then adds none
	out, err = httputil.DumpRequestOut(outReq, true)
	check(err)
	fmt.Printf("%q\n", out)
	out, err = httputil.DumpRequestOut(outReq, false)
	check(err)
	fmt.Printf("%q\n", out)
}

func dumpResponses() {
	fmt.Println("== DumpResponse")
	raw := "HTTP/1.1 404 Not Found\r\nContent-Type: text/plain\r\nContent-Length: 9\r\n\r\nnot found"
	res, err := http.ReadResponse(bufio.NewReader(strings.NewReader(raw)), nil)
	check(err)
	for _, body := range []bool{false, true} {
		out, err := httputil.DumpResponse(res, body)
		check(err)
		fmt.Printf("body=%v: %q\n", body, out)
	}
	empty := &http.Response{StatusCode: 204, ProtoMajor: 1, ProtoMinor: 1, Header: http.Header{}}
	out, err := httputil.DumpResponse(empty, true)
	check(err)
	fmt.Printf("%q\n", out)
}

func chunkedCoding() {
	fmt.Println("== chunked")
	var wire bytes.Buffer
	w := httputil.NewChunkedWriter(&wire)
	for _, piece := range []string{"lexer, ", "", "parser, ", "type checker"} {
		n, err := io.WriteString(w, piece)
		fmt.Println("wrote", n, err)
	}
	check(w.Close())
	wire.WriteString("\r\n") // the (empty) trailer is the caller's to write
	fmt.Printf("wire: %q\n", wire.String())

	got, err := io.ReadAll(httputil.NewChunkedReader(bytes.NewReader(wire.Bytes())))
	fmt.Printf("read back: %q %v\n", got, err)

	for _, bad := range []string{
		"5\r\nhel",                         // cut short
		"3\r\nabcXX",                       // no CRLF after the data
		"zz\r\n",                           // not hex
		strings.Repeat("1", 5000) + "\r\n", // size line too long
	} {
		_, err := io.ReadAll(httputil.NewChunkedReader(strings.NewReader(bad)))
		fmt.Printf("%.12q: %v (too long: %v)\n", bad, err, errors.Is(err, httputil.ErrLineTooLong))
	}
}

// headerLines prints h sorted, less the headers that vary per run.
func headerLines(h http.Header) {
	keys := make([]string, 0, len(h))
	for k := range h {
		if k != "Date" {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("  %s: %q\n", k, h[k])
	}
}

// pool is a BufferPool counting its use.
type pool struct{ gets, puts int }

func (p *pool) Get() []byte  { p.gets++; return make([]byte, 64) }
func (p *pool) Put(b []byte) { p.puts++ }

func reverseProxy() {
	fmt.Println("== ReverseProxy")
	backend := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fmt.Printf("backend got %s %s\n", r.Method, r.URL.RequestURI())
		for _, k := range []string{"X-Forwarded-For", "Connection", "Keep-Alive", "X-Private", "X-Course", "Te"} {
			fmt.Printf("  %s: %q\n", k, r.Header.Values(k))
		}
		w.Header().Set("Connection", "X-Secret")
		w.Header().Set("X-Secret", "backend only")
		w.Header().Set("X-Backend", "yes")
		w.Header().Set("Content-Type", "text/plain")
		io.WriteString(w, "hello from the backend")
	}))
	defer backend.Close()

	target, err := url.Parse(backend.URL + "/api?key=1")
	check(err)
	proxy := httputil.NewSingleHostReverseProxy(target)
	buffers := &pool{}
	proxy.BufferPool = buffers
	proxy.ModifyResponse = func(res *http.Response) error {
		res.Header.Set("X-Proxied", "true")
		return nil
	}
	front := httptest.NewServer(proxy)
	defer front.Close()

	req, err := http.NewRequest("GET", front.URL+"/users/7?tab=posts", nil)
	check(err)
	req.Header.Set("Connection", "Keep-Alive, X-Private")
	req.Header.Set("Keep-Alive", "timeout=5")
	req.Header.Set("X-Private", "hop only")
	req.Header.Set("X-Course", "compilers")
	req.Header.Set("Te", "trailers")
	res, err := http.DefaultClient.Do(req)
	check(err)
	body, err := io.ReadAll(res.Body)
	check(err)
	res.Body.Close()
	fmt.Println("client got", res.Status, fmt.Sprintf("%q", body))
	headerLines(res.Header)
	fmt.Printf("buffer pool: %d gets, %d puts\n", buffers.gets, buffers.puts)

	// A failing ModifyResponse and an unreachable backend both go to
	// ErrorHandler.
	proxy.ModifyResponse = func(*http.Response) error { return errors.New("rejected by policy") }
	proxy.ErrorHandler = func(w http.ResponseWriter, r *http.Request, err error) {
		w.WriteHeader(http.StatusServiceUnavailable)
		fmt.Fprintf(w, "proxy error: %v", err)
	}
	showGet(front.URL + "/x")
	backend.Close()
	proxy.ModifyResponse = nil
	proxy.ErrorHandler = func(w http.ResponseWriter, r *http.Request, err error) {
		w.WriteHeader(http.StatusBadGateway)
		io.WriteString(w, "backend unreachable")
	}
	showGet(front.URL + "/y")
}

func showGet(u string) {
	res, err := http.Get(u)
	check(err)
	body, err := io.ReadAll(res.Body)
	check(err)
	res.Body.Close()
	fmt.Println("client got", res.Status, fmt.Sprintf("%q", body))
}

func persistentConns() {
	fmt.Println("== ClientConn and ServerConn")
	clientEnd, serverEnd := net.Pipe()
	server := httputil.NewServerConn(serverEnd, nil)
	client := httputil.NewClientConn(clientEnd, nil)
	done := make(chan bool)
	go func() {
		for {
			req, err := server.Read()
			if req == nil {
				fmt.Println("server read ends:", err == httputil.ErrPersistEOF, err != nil)
				break
			}
			res := &http.Response{
				StatusCode: 200, ProtoMajor: 1, ProtoMinor: 1, Request: req,
				Header: http.Header{"X-Path": {req.URL.Path}}, ContentLength: 2,
				Body:  io.NopCloser(strings.NewReader("ok")),
				Close: req.Close,
			}
			fmt.Println("server pending:", server.Pending())
			check(server.Write(req, res))
			if err == httputil.ErrPersistEOF {
				fmt.Println("server saw the last request")
				break
			}
		}
		done <- true
	}()
	for i, path := range []string{"/first", "/second"} {
		req, err := http.NewRequest("GET", "http://pipe"+path, nil)
		check(err)
		req.Close = i == 1
		res, err := client.Do(req)
		if res == nil {
			panic(err)
		}
		body, _ := io.ReadAll(res.Body)
		fmt.Println("client got", res.Status, res.Header.Get("X-Path"), string(body),
			"persist EOF:", err == httputil.ErrPersistEOF)
	}
	<-done
	_, err := client.Do(&http.Request{Method: "GET", URL: &url.URL{Path: "/third"}, Header: http.Header{}})
	fmt.Println("after close:", err)
	_, err = client.Read(&http.Request{})
	fmt.Println("unknown request:", err == httputil.ErrPipeline)
	check(client.Close())
	check(server.Close())
}

func main() {
	dumpRequests()
	dumpResponses()
	chunkedCoding()
	reverseProxy()
	persistentConns()
}
