// Package httptest provides utilities for HTTP testing: a
// ResponseRecorder that records what a handler writes, and a Server
// that serves a handler on a loopback address for real clients.
package httptest

import (
	"bufio"
	"bytes"
	"io"
	"net/http"
	"strings"
)

// NewRequest returns a new incoming server Request, suitable for
// passing to an http.Handler for testing.
//
// The target is the RFC 7230 "request-target": it may be either a path
// or an absolute URL. If target is an absolute URL, the host name from
// the URL is used. Otherwise, "example.com" is used.
//
// An empty method means "GET".
//
// The provided body may be nil. If the body is of type *bytes.Reader,
// *strings.Reader, or *bytes.Buffer, the Request.ContentLength is set.
//
// NewRequest panics on error for ease of use in testing, where a panic
// is acceptable.
func NewRequest(method, target string, body io.Reader) *http.Request {
	if method == "" {
		method = "GET"
	}
	req, err := http.ReadRequest(bufio.NewReader(strings.NewReader(method + " " + target + " HTTP/1.0\r\n\r\n")))
	if err != nil {
		panic("invalid NewRequest arguments; " + err.Error())
	}
	// HTTP/1.0 was only used above to read no Host header.
	req.Proto = "HTTP/1.1"
	req.ProtoMinor = 1
	req.Close = false

	if body != nil {
		switch v := body.(type) {
		case *bytes.Buffer:
			req.ContentLength = int64(v.Len())
		case *bytes.Reader:
			req.ContentLength = int64(v.Len())
		case *strings.Reader:
			req.ContentLength = int64(v.Len())
		default:
			req.ContentLength = -1
		}
		if rc, ok := body.(io.ReadCloser); ok {
			req.Body = rc
		} else {
			req.Body = io.NopCloser(body)
		}
	}
	// 192.0.2.0/24 is "TEST-NET" in RFC 5737 for use solely in
	// documentation and example source code and should not be used
	// publicly.
	req.RemoteAddr = "192.0.2.1:1234"
	if req.Host == "" {
		req.Host = "example.com"
	}
	return req
}
