package httputil

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"strings"
	"time"
)

// This file implements the dumps of requests and responses in their
// HTTP/1.x wire form, for debugging. DumpRequestOut records what
// net/http's Transport writes; DumpRequest and DumpResponse print a
// message as a server sees it.

// drainBody reads b to its end and returns two bodies with the same
// bytes: one to dump, one to put back in the message. On error, the
// second is b itself.
func drainBody(b io.ReadCloser) (r1, r2 io.ReadCloser, err error) {
	if b == nil || b == http.NoBody {
		return http.NoBody, http.NoBody, nil // nothing to read, nothing to copy
	}
	var buf bytes.Buffer
	if _, err = buf.ReadFrom(b); err != nil {
		return nil, b, err
	}
	if err = b.Close(); err != nil {
		return nil, b, err
	}
	return io.NopCloser(&buf), io.NopCloser(bytes.NewReader(buf.Bytes())), nil
}

// dumpConn is the connection DumpRequestOut gives the Transport: what
// the Transport writes is recorded, what it reads is a canned answer.
type dumpConn struct {
	io.Writer
	io.Reader
}

func (c *dumpConn) Close() error                       { return nil }
func (c *dumpConn) LocalAddr() net.Addr                { return nil }
func (c *dumpConn) RemoteAddr() net.Addr               { return nil }
func (c *dumpConn) SetDeadline(t time.Time) error      { return nil }
func (c *dumpConn) SetReadDeadline(t time.Time) error  { return nil }
func (c *dumpConn) SetWriteDeadline(t time.Time) error { return nil }

// neverEnding reads as an endless run of one byte: a body of the right
// length when the real one is not to be dumped.
type neverEnding byte

func (b neverEnding) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = byte(b)
	}
	return len(p), nil
}

// outgoingLength is the length of req's body as a client sends it: 0
// without a body, -1 when it is not known.
func outgoingLength(req *http.Request) int64 {
	if req.Body == nil || req.Body == http.NoBody {
		return 0
	}
	if req.ContentLength != 0 {
		return req.ContentLength
	}
	return -1
}

// DumpRequestOut is like DumpRequest but for an outgoing client
// request: the dump holds what net/http's Transport would send,
// such as the User-Agent header it adds.
func DumpRequestOut(req *http.Request, body bool) ([]byte, error) {
	save := req.Body
	placeholder := false
	if !body {
		// The Transport must still frame a body; send one of the
		// same length and cut it from the dump.
		if n := outgoingLength(req); n != 0 {
			req.Body = io.NopCloser(io.LimitReader(neverEnding('x'), n))
			placeholder = true
		}
	} else {
		var err error
		save, req.Body, err = drainBody(req.Body)
		if err != nil {
			return nil, err
		}
	}

	// An https request is dumped as the http one it would be
	// inside the TLS connection.
	reqSend := req
	if req.URL.Scheme == "https" {
		reqSend = new(http.Request)
		*reqSend = *req
		reqSend.URL = new(url.URL)
		*reqSend.URL = *req.URL
		reqSend.URL.Scheme = "http"
	}

	dump, err := recordRoundTrip(reqSend)
	req.Body = save
	if err != nil {
		return nil, err
	}
	if placeholder {
		if i := bytes.Index(dump, []byte("\r\n\r\n")); i >= 0 {
			dump = dump[:i+4]
		}
	}
	return dump, nil
}

// recordRoundTrip sends req with a Transport whose connection records
// what is written. A goroutine reads the request off that record, the
// way a server would, and only then answers, so that the Transport has
// written all of the body when the round trip ends.
func recordRoundTrip(req *http.Request) ([]byte, error) {
	var buf bytes.Buffer
	pr, pw := io.Pipe()
	defer pr.Close()
	defer pw.Close()
	answer := &delegateReader{c: make(chan io.Reader)}

	t := &http.Transport{
		Dial: func(net, addr string) (net.Conn, error) {
			return &dumpConn{io.MultiWriter(&buf, pw), answer}, nil
		},
	}
	defer t.CloseIdleConnections()

	quit := make(chan struct{})
	go func() {
		if sent, err := http.ReadRequest(bufio.NewReader(pr)); err == nil {
			io.Copy(io.Discard, sent.Body)
			sent.Body.Close()
		}
		select {
		case answer.c <- strings.NewReader("HTTP/1.1 204 No Content\r\nConnection: close\r\n\r\n"):
		case <-quit:
			close(answer.c) // the round trip failed; nobody listens
		}
	}()

	if _, err := t.RoundTrip(req); err != nil {
		pw.Close()
		answer.err = err
		close(quit)
		return nil, err
	}
	return buf.Bytes(), nil
}

// delegateReader reads from the reader it receives on c, waiting for
// it on the first Read. When c is closed instead, it returns err.
type delegateReader struct {
	c   chan io.Reader
	err error
	r   io.Reader
}

func (r *delegateReader) Read(p []byte) (int, error) {
	if r.r == nil {
		var ok bool
		if r.r, ok = <-r.c; !ok {
			return 0, r.err
		}
	}
	return r.r.Read(p)
}

func valueOrDefault(value, def string) string {
	if value != "" {
		return value
	}
	return def
}

// reqWriteExcludeHeaderDump lists the header keys DumpRequest writes
// itself, or not at all, rather than from the Header map.
var reqWriteExcludeHeaderDump = map[string]bool{
	"Host":              true,
	"Transfer-Encoding": true,
	"Trailer":           true,
}

// DumpRequest returns req in its HTTP/1.x wire form, as a server
// received it; it is meant for debugging server requests. With body
// set, the dump holds the body too, and req.Body is replaced by an
// in-memory copy of it.
//
// Only the fields a server reads are dumped: see http.Request's
// documentation. For a client's outgoing request, use DumpRequestOut.
func DumpRequest(req *http.Request, body bool) ([]byte, error) {
	var err error
	save := req.Body
	if !body || req.Body == nil {
		req.Body = nil
	} else {
		save, req.Body, err = drainBody(req.Body)
		if err != nil {
			return nil, err
		}
	}

	var b bytes.Buffer
	writeRequestHead(&b, req)
	err = req.Header.WriteSubset(&b, reqWriteExcludeHeaderDump)
	if err == nil {
		io.WriteString(&b, "\r\n")
		err = writeDumpBody(&b, req)
	}
	req.Body = save
	if err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// writeRequestHead writes the request line of req and the header lines
// that come from its fields rather than its Header.
func writeRequestHead(b *bytes.Buffer, req *http.Request) {
	reqURI := req.RequestURI
	if reqURI == "" {
		reqURI = req.URL.RequestURI()
	}
	fmt.Fprintf(b, "%s %s HTTP/%d.%d\r\n", valueOrDefault(req.Method, "GET"),
		reqURI, req.ProtoMajor, req.ProtoMinor)

	// A request line with an absolute URI already names the host.
	if !hasScheme(req.RequestURI) {
		host := req.Host
		if host == "" && req.URL != nil {
			host = req.URL.Host
		}
		if host != "" {
			fmt.Fprintf(b, "Host: %s\r\n", host)
		}
	}
	if len(req.TransferEncoding) > 0 {
		fmt.Fprintf(b, "Transfer-Encoding: %s\r\n", strings.Join(req.TransferEncoding, ","))
	}
	if req.Close {
		io.WriteString(b, "Connection: close\r\n")
	}
}

// writeDumpBody writes req's body to b, chunked when the request says
// so.
func writeDumpBody(b *bytes.Buffer, req *http.Request) error {
	if req.Body == nil {
		return nil
	}
	if len(req.TransferEncoding) == 0 || req.TransferEncoding[0] != "chunked" {
		_, err := io.Copy(b, req.Body)
		return err
	}
	cw := NewChunkedWriter(b)
	_, err := io.Copy(cw, req.Body)
	cw.Close()
	io.WriteString(b, "\r\n") // the empty trailer
	return err
}

// errNoBody is what failureToReadBody returns: the sign, for
// DumpResponse, that Response.Write got as far as the body.
var errNoBody = errors.New("sentinel error value")

// failureToReadBody stands for a body that is not to be dumped.
type failureToReadBody struct{}

func (failureToReadBody) Read([]byte) (int, error) { return 0, errNoBody }
func (failureToReadBody) Close() error             { return nil }

var emptyBody = io.NopCloser(strings.NewReader(""))

// DumpResponse returns resp in its HTTP/1.x wire form, as DumpRequest
// does for a request; with body set, resp.Body is replaced by an
// in-memory copy.
func DumpResponse(resp *http.Response, body bool) ([]byte, error) {
	var b bytes.Buffer
	var err error
	save := resp.Body
	savecl := resp.ContentLength

	if !body {
		// Response.Write stops at the first Read of a body to skip;
		// an empty body is written as it is, framing and all.
		if resp.ContentLength == 0 {
			resp.Body = emptyBody
		} else {
			resp.Body = failureToReadBody{}
		}
	} else if resp.Body == nil {
		resp.Body = emptyBody
	} else {
		save, resp.Body, err = drainBody(resp.Body)
		if err != nil {
			return nil, err
		}
	}
	err = resp.Write(&b)
	if err == errNoBody {
		err = nil
	}
	resp.Body = save
	resp.ContentLength = savecl
	if err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// hasScheme reports whether uri is absolute, an http or https URL.
func hasScheme(uri string) bool {
	return strings.HasPrefix(uri, "http://") || strings.HasPrefix(uri, "https://")
}
