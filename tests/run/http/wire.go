// Package net/http's messages on the wire, without sockets: requests
// and responses written and read back (Content-Length, chunked and
// close-delimited bodies, forms, basic auth), and one exchange over
// net.Pipe.
package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
)

// printWire prints what write writes, quoted.
func printWire(write func(io.Writer) error) {
	var b bytes.Buffer
	err := write(&b)
	fmt.Printf("%q %v\n", b.String(), err)
}

func main() {
	req, _ := http.NewRequest("POST", "http://example.com:8080/submit?x=1", strings.NewReader("a=1&b=two+words"))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.SetBasicAuth("gopher", "secret")
	var buf bytes.Buffer
	req.Write(&buf)
	fmt.Printf("%q\n", buf.String())

	in, err := http.ReadRequest(bufio.NewReader(&buf))
	fmt.Println(err, in.Method, in.URL, in.Host, in.Proto, in.ContentLength, in.RequestURI, in.Close)
	user, pass, ok := in.BasicAuth()
	fmt.Println(user, pass, ok, in.UserAgent())
	fmt.Println(in.FormValue("a"), in.FormValue("b"), in.FormValue("x"), in.PostFormValue("x") == "", in.Form)

	get, _ := http.NewRequest("GET", "http://example.com/a b?q", nil)
	get.Header.Add("Accept", "*/*")
	printWire(get.Write)
	streamed, _ := http.NewRequest("PUT", "http://example.com/up", io.MultiReader(strings.NewReader("part1,"), strings.NewReader("part2")))
	printWire(streamed.Write)

	chunked := "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nX-A: 1\r\n\r\n4\r\nWiki\r\n5;ext=1\r\npedia\r\n0\r\nTrailer: x\r\n\r\n"
	resp, err := http.ReadResponse(bufio.NewReader(strings.NewReader(chunked)), nil)
	body, berr := io.ReadAll(resp.Body)
	fmt.Println(err, resp.Status, resp.StatusCode, resp.Proto, resp.ContentLength, resp.TransferEncoding, resp.Close, string(body), berr)

	for _, raw := range []string{
		"HTTP/1.0 404 Not Found\r\nContent-Type: text/plain\r\n\r\nuntil close",
		"HTTP/1.1 204 No Content\r\n\r\n",
		"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nshort",
		"HTTP/1.1 301 Moved\r\nLocation: /new\r\nConnection: close\r\nContent-Length: 0\r\n\r\n",
		"HTTP/1.1 abc OK\r\n\r\n",
		"HTTP/1.1 200 OK\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n",
	} {
		resp, err := http.ReadResponse(bufio.NewReader(strings.NewReader(raw)), nil)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		b, err := io.ReadAll(resp.Body)
		loc, lerr := resp.Location()
		fmt.Printf("%s len=%d close=%v body=%q err=%v loc=%v %v\n", resp.Status, resp.ContentLength, resp.Close, b, err, loc, lerr)
	}

	out := &http.Response{
		StatusCode:    201,
		ProtoMajor:    1,
		ProtoMinor:    1,
		Header:        http.Header{"X-Id": {"7"}},
		Body:          io.NopCloser(strings.NewReader("created")),
		ContentLength: 7,
	}
	printWire(out.Write)
	out = &http.Response{StatusCode: 200, ProtoMajor: 1, ProtoMinor: 1, Header: http.Header{},
		Body: io.NopCloser(strings.NewReader("unknown length")), ContentLength: -1}
	printWire(out.Write)

	for _, line := range []string{"GET / HTTP/1.1", "GET /", "G@T / HTTP/1.1", "GET / HTTP/9", "GET http://other.org/x?y HTTP/1.1"} {
		r, err := http.ReadRequest(bufio.NewReader(strings.NewReader(line + "\r\nHost: h\r\n\r\n")))
		if err != nil {
			fmt.Println(line, "->", err)
			continue
		}
		fmt.Println(line, "->", r.Method, r.URL, r.Host, r.ProtoMajor, r.ProtoMinor)
	}
	for _, v := range []string{"HTTP/1.1", "HTTP/1.0", "HTTP/2.0", "HTTP/1", "HTTP/1.10", "http/1.1"} {
		major, minor, ok := http.ParseHTTPVersion(v)
		fmt.Println(v, major, minor, ok)
	}

	client, server := net.Pipe()
	go func() {
		br := bufio.NewReader(server)
		r, err := http.ReadRequest(br)
		if err != nil {
			panic(err)
		}
		b, _ := io.ReadAll(r.Body)
		resp := &http.Response{StatusCode: 200, ProtoMajor: 1, ProtoMinor: 1, Request: r,
			Header: http.Header{"Content-Type": {"text/plain"}}, ContentLength: int64(len(b) + 6),
			Body: io.NopCloser(strings.NewReader("echo: " + string(b)))}
		resp.Write(server)
		server.Close()
	}()
	preq, _ := http.NewRequest("POST", "http://pipe/echo", strings.NewReader("over a pipe"))
	go preq.Write(client)
	presp, err := http.ReadResponse(bufio.NewReader(client), preq)
	pbody, _ := io.ReadAll(presp.Body)
	fmt.Println(err, presp.Status, presp.Header, string(pbody))
}
