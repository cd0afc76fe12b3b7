package http

import (
	"bytes"
	"fmt"
	"io"
)

// fileTransport implements RoundTripper for the 'file' protocol.
type fileTransport struct {
	fh fileHandler
}

// NewFileTransport returns a new RoundTripper, serving the provided
// FileSystem. The returned RoundTripper ignores the URL host in its
// incoming requests, as well as most other properties of the request.
//
// The typical use case for NewFileTransport is to register the "file"
// protocol with a Transport, as in:
//
//	t := &http.Transport{}
//	t.RegisterProtocol("file", http.NewFileTransport(http.Dir("/")))
//	c := &http.Client{Transport: t}
//	res, err := c.Get("file:///etc/passwd")
//	...
func NewFileTransport(fs FileSystem) RoundTripper {
	return fileTransport{fileHandler{fs}}
}

// RoundTrip serves the request with the file handler, whose whole
// response is held in memory.
func (t fileTransport) RoundTrip(req *Request) (*Response, error) {
	rw := &bufferedResponse{header: make(Header)}
	t.fh.ServeHTTP(rw, req)
	if rw.code == 0 {
		rw.code = StatusOK
	}
	return &Response{
		Status:        fmt.Sprintf("%d %s", rw.code, StatusText(rw.code)),
		StatusCode:    rw.code,
		Proto:         "HTTP/1.0",
		ProtoMajor:    1,
		Header:        rw.header,
		Body:          io.NopCloser(&rw.body),
		ContentLength: -1, // as if streamed
		Close:         true,
		Request:       req,
	}, nil
}

// bufferedResponse is a ResponseWriter that keeps the response.
type bufferedResponse struct {
	header Header
	code   int
	body   bytes.Buffer
}

func (rw *bufferedResponse) Header() Header { return rw.header }

func (rw *bufferedResponse) WriteHeader(code int) {
	if rw.code == 0 {
		rw.code = code
	}
}

func (rw *bufferedResponse) Write(p []byte) (int, error) {
	rw.WriteHeader(StatusOK)
	return rw.body.Write(p)
}
