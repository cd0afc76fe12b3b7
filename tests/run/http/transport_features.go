// Four things an HTTP/1.1 client and server do beyond plain requests,
// each through a real connection to an httptest server:
//   - gzip: the Transport asks for gzip and decodes the body itself,
//     unless the caller asked for an encoding (or for a Range);
//   - trailers: fields sent after a chunked body, by the client (read
//     in Request.Trailer) and by the server (announced with the
//     "Trailer" header, or set late with http.TrailerPrefix);
//   - a client that goes away: the server cancels the request's
//     context and fires CloseNotify;
//   - 101 Switching Protocols: the response's Body is the connection,
//     which the handler took over with Hijack.
package main

import (
	"bufio"
	"compress/gzip"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"sort"
	"strings"
)

func main() {
	gzipRoundTrip()
	trailers()
	clientGoesAway()
	upgrade()
}

// gzipRoundTrip serves a gzipped body to whoever accepts gzip.
func gzipRoundTrip() {
	fmt.Println("== gzip")
	s := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fmt.Printf("server: Accept-Encoding %q\n", r.Header["Accept-Encoding"])
		if r.Header.Get("Accept-Encoding") != "gzip" {
			io.WriteString(w, "plain text")
			return
		}
		w.Header().Set("Content-Encoding", "gzip")
		zw := gzip.NewWriter(w)
		io.WriteString(zw, strings.Repeat("squeeze me ", 3))
		zw.Close()
	}))
	defer s.Close()

	show := func(req *http.Request, c *http.Client) {
		res, err := c.Do(req)
		if err != nil {
			fmt.Println("error:", err)
			return
		}
		body, _ := io.ReadAll(res.Body)
		res.Body.Close()
		fmt.Printf("client: Uncompressed=%v ContentLength=%d Content-Encoding=%q body %d bytes\n",
			res.Uncompressed, res.ContentLength, res.Header.Get("Content-Encoding"), len(body))
		if res.Uncompressed {
			fmt.Printf("client: %q\n", body)
		}
	}
	req, _ := http.NewRequest("GET", s.URL, nil)
	show(req, http.DefaultClient)

	req, _ = http.NewRequest("GET", s.URL, nil)
	req.Header.Set("Accept-Encoding", "gzip") // asked for: not decoded
	show(req, http.DefaultClient)

	req, _ = http.NewRequest("GET", s.URL, nil)
	req.Header.Set("Range", "bytes=0-3")
	show(req, http.DefaultClient)

	noGzip := &http.Client{Transport: &http.Transport{DisableCompression: true}}
	req, _ = http.NewRequest("GET", s.URL, nil)
	show(req, noGzip)
}

// trailers sends a request with a trailer, and gets a response with
// an announced trailer and an unannounced one.
func trailers() {
	fmt.Println("== trailers")
	s := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fmt.Printf("server: before the body, Trailer %v\n", sortedKeys(r.Trailer))
		body, _ := io.ReadAll(r.Body)
		fmt.Printf("server: body %q, X-Checksum %q\n", body, r.Trailer.Get("X-Checksum"))

		w.Header().Set("Trailer", "X-Count")
		w.WriteHeader(http.StatusOK)
		io.WriteString(w, "response body")
		w.Header().Set("X-Count", "13")
		w.Header().Set(http.TrailerPrefix+"X-Late", "unannounced")
	}))
	defer s.Close()

	pr, pw := io.Pipe()
	req, _ := http.NewRequest("POST", s.URL, pr)
	req.Trailer = http.Header{"X-Checksum": nil}
	go func() {
		io.WriteString(pw, "request body")
		req.Trailer.Set("X-Checksum", "abc123") // known only at the end
		pw.Close()
	}()
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	fmt.Printf("client: TransferEncoding %v, Trailer header %q\n", res.TransferEncoding, res.Header["Trailer"])
	fmt.Printf("client: before the body, Trailer %v\n", sortedKeys(res.Trailer))
	body, _ := io.ReadAll(res.Body)
	res.Body.Close()
	fmt.Printf("client: body %q\n", body)
	for _, k := range sortedKeys(res.Trailer) {
		fmt.Printf("client: trailer %s = %q\n", k, res.Trailer[k])
	}
}

func sortedKeys(h http.Header) []string {
	var keys []string
	for k := range h {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// clientGoesAway sends a request and hangs up at once: the handler
// learns of it from its context and from CloseNotify.
func clientGoesAway() {
	fmt.Println("== client goes away")
	done := make(chan string)
	s := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		closed := w.(http.CloseNotifier).CloseNotify()
		<-r.Context().Done()
		<-closed
		done <- fmt.Sprintf("handler: context %v, CloseNotify fired", r.Context().Err())
	}))
	defer s.Close()

	c, err := net.Dial("tcp", s.Listener.Addr().String())
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	io.WriteString(c, "GET / HTTP/1.1\r\nHost: example.com\r\n\r\n")
	c.Close()
	fmt.Println(<-done)
}

// upgrade switches a connection to a line echo protocol.
func upgrade() {
	fmt.Println("== 101 Switching Protocols")
	s := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Upgrade") != "echo" {
			http.Error(w, "upgrade to echo required", http.StatusUpgradeRequired)
			return
		}
		conn, brw, err := w.(http.Hijacker).Hijack()
		if err != nil {
			fmt.Println("hijack:", err)
			return
		}
		defer conn.Close()
		brw.WriteString("HTTP/1.1 101 Switching Protocols\r\nConnection: Upgrade\r\nUpgrade: echo\r\n\r\n")
		brw.Flush()
		for {
			line, err := brw.ReadString('\n')
			if err != nil {
				return
			}
			brw.WriteString("echo: " + strings.ToUpper(line))
			brw.Flush()
		}
	}))
	defer s.Close()

	req, _ := http.NewRequest("GET", s.URL, nil)
	req.Header.Set("Connection", "Upgrade")
	req.Header.Set("Upgrade", "echo")
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	fmt.Println("client:", res.Status, "Upgrade:", res.Header.Get("Upgrade"))
	rwc, ok := res.Body.(io.ReadWriteCloser)
	fmt.Println("client: body is an io.ReadWriteCloser:", ok)
	if !ok {
		return
	}
	defer rwc.Close()
	r := bufio.NewReader(rwc)
	for _, msg := range []string{"hello", "switched protocols"} {
		io.WriteString(rwc, msg+"\n")
		reply, _ := r.ReadString('\n')
		fmt.Printf("client: %q\n", reply)
	}
}
