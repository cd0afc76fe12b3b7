package httputil

import (
	"bufio"
	"errors"
	"io"
	"net"
	"net/http"
	"net/textproto"
	"sync"
)

// This file implements the persistent connections of Go's first HTTP
// package, one HTTP/1.1 connection on which requests are pipelined:
// ServerConn reads requests and writes their responses, ClientConn
// writes requests and reads their responses. A textproto.Pipeline
// keeps the responses in the order of the requests even when several
// goroutines use the connection.

var (
	// ErrPersistEOF is returned once the connection has been marked to
	// close (by a "Connection: close" request or response).
	ErrPersistEOF = &http.ProtocolError{ErrorString: "persistent connection closed"}

	// ErrClosed is returned by a write after the user closed the
	// connection.
	ErrClosed = &http.ProtocolError{ErrorString: "connection closed by user"}

	// ErrPipeline is returned when asked for the response (or to write
	// the response) of a request the connection does not know.
	ErrPipeline = &http.ProtocolError{ErrorString: "pipeline error"}
)

// errClosed is returned by a read after the user closed the connection.
var errClosed = errors.New("i/o operation on closed connection")

// persistConn is the state ServerConn and ClientConn share.
type persistConn struct {
	mu       sync.Mutex // guards the fields up to pipereq
	c        net.Conn   // nil once hijacked or closed
	r        *bufio.Reader
	re, we   error         // the first read and write errors, which stick
	lastbody io.ReadCloser // the body of the message last read
	nread    int
	nwritten int
	pipereq  map[*http.Request]uint // each request's place in pipe

	pipe textproto.Pipeline
}

func newPersistConn(c net.Conn, r *bufio.Reader) persistConn {
	if r == nil {
		r = bufio.NewReader(c)
	}
	return persistConn{c: c, r: r, pipereq: make(map[*http.Request]uint)}
}

// hijack detaches the connection and its reader and returns them.
func (pc *persistConn) hijack() (net.Conn, *bufio.Reader) {
	pc.mu.Lock()
	defer pc.mu.Unlock()
	c, r := pc.c, pc.r
	pc.c, pc.r = nil, nil
	return c, r
}

func (pc *persistConn) close() error {
	if c, _ := pc.hijack(); c != nil {
		return c.Close()
	}
	return nil
}

// takeID returns (and forgets) the pipeline place of req.
func (pc *persistConn) takeID(req *http.Request) (uint, bool) {
	pc.mu.Lock()
	defer pc.mu.Unlock()
	id, ok := pc.pipereq[req]
	delete(pc.pipereq, req)
	return id, ok
}

func (pc *persistConn) setID(req *http.Request, id uint) {
	pc.mu.Lock()
	defer pc.mu.Unlock()
	pc.pipereq[req] = id
}

// readyToRead returns the reader for the next message, after closing
// the body of the last one, which must be consumed first.
func (pc *persistConn) readyToRead() (*bufio.Reader, error) {
	pc.mu.Lock()
	r, lastbody, err := pc.r, pc.lastbody, pc.re
	if err == nil && r == nil {
		err = errClosed
	}
	if err == nil {
		pc.lastbody = nil
	}
	pc.mu.Unlock()
	if err != nil || lastbody == nil {
		return r, err
	}
	if err := lastbody.Close(); err != nil {
		pc.setReadErr(err)
		return nil, err
	}
	return r, nil
}

// readDone records a message read with body, and whether the
// connection is to close after it.
func (pc *persistConn) readDone(body io.ReadCloser, close bool) error {
	pc.mu.Lock()
	defer pc.mu.Unlock()
	pc.lastbody = body
	pc.nread++
	if close {
		pc.re = ErrPersistEOF
		return pc.re
	}
	return nil
}

// readyToWrite returns the connection to write the next message to.
// closeErr is the error for a connection the user closed.
func (pc *persistConn) readyToWrite(closeErr error) (net.Conn, error) {
	pc.mu.Lock()
	defer pc.mu.Unlock()
	switch {
	case pc.we != nil:
		return nil, pc.we
	case pc.c == nil:
		return nil, closeErr
	}
	return pc.c, nil
}

// writeDone records the outcome of a write.
func (pc *persistConn) writeDone(err error) error {
	pc.mu.Lock()
	defer pc.mu.Unlock()
	if err != nil {
		pc.we = err
		return err
	}
	pc.nwritten++
	return nil
}

func (pc *persistConn) setReadErr(err error) error {
	pc.mu.Lock()
	defer pc.mu.Unlock()
	pc.re = err
	return err
}

func (pc *persistConn) setWriteErr(err error) {
	pc.mu.Lock()
	defer pc.mu.Unlock()
	pc.we = err
}

func (pc *persistConn) readErr() error {
	pc.mu.Lock()
	defer pc.mu.Unlock()
	return pc.re
}

// ServerConn is the server side of a persistent connection: it reads
// requests and writes their responses, in order.
//
// Deprecated: ServerConn is low-level and old; it handles neither
// HTTP/2 nor the subtleties of HTTP/1. Use the Server in net/http.
type ServerConn struct {
	pc persistConn
}

// NewServerConn returns a ServerConn reading from r (or, when r is
// nil, from c) and writing to c.
//
// Deprecated: use the Server in net/http.
func NewServerConn(c net.Conn, r *bufio.Reader) *ServerConn {
	return &ServerConn{pc: newPersistConn(c, r)}
}

// Hijack detaches the ServerConn from its connection and returns the
// connection and the reader, which may hold data already read ahead.
func (sc *ServerConn) Hijack() (net.Conn, *bufio.Reader) {
	return sc.pc.hijack()
}

// Close closes the connection, after which the ServerConn is unusable.
func (sc *ServerConn) Close() error {
	return sc.pc.close()
}

// Read returns the next request on the connection. It returns
// ErrPersistEOF once no more requests will come; the request is then
// the last one, or nil. The body of the previous request is closed
// first, so it must have been read before.
func (sc *ServerConn) Read() (req *http.Request, err error) {
	id := sc.pc.pipe.Next()
	sc.pc.pipe.StartRequest(id)
	defer func() {
		sc.pc.pipe.EndRequest(id)
		if req == nil {
			// No response will come: let the next ones through.
			sc.pc.pipe.StartResponse(id)
			sc.pc.pipe.EndResponse(id)
		} else {
			sc.pc.setID(req, id)
		}
	}()

	if _, err := sc.pc.readyToWrite(nil); err != nil {
		return nil, err // no point reading what cannot be answered
	}
	r, err := sc.pc.readyToRead()
	if err != nil {
		return nil, err
	}
	req, err = http.ReadRequest(r)
	if err == io.ErrUnexpectedEOF {
		return nil, sc.pc.setReadErr(ErrPersistEOF)
	}
	if err != nil {
		return req, sc.pc.setReadErr(err)
	}
	return req, sc.pc.readDone(req.Body, req.Close)
}

// Pending returns the number of requests read but not yet answered.
func (sc *ServerConn) Pending() int {
	sc.pc.mu.Lock()
	defer sc.pc.mu.Unlock()
	return sc.pc.nread - sc.pc.nwritten
}

// Write writes resp as the response to req, in the order the requests
// were read. A response marked Close makes the ServerConn read no more
// requests.
func (sc *ServerConn) Write(req *http.Request, resp *http.Response) error {
	id, ok := sc.pc.takeID(req)
	if !ok {
		return ErrPipeline
	}
	sc.pc.pipe.StartResponse(id)
	defer sc.pc.pipe.EndResponse(id)

	c, err := sc.pc.readyToWrite(ErrClosed)
	if err != nil {
		return err
	}
	if sc.Pending() <= 0 {
		return errors.New("persist server pipe count")
	}
	if resp.Close {
		sc.pc.setReadErr(ErrPersistEOF)
	}
	return sc.pc.writeDone(resp.Write(c))
}

// ClientConn is the client side of a persistent connection: it writes
// requests and reads their responses, in order.
//
// Deprecated: ClientConn is low-level and old; it handles neither
// HTTP/2 nor the subtleties of HTTP/1. Use the Client or Transport in
// net/http.
type ClientConn struct {
	pc       persistConn
	writeReq func(*http.Request, io.Writer) error
}

// NewClientConn returns a ClientConn writing to c and reading from r
// (or, when r is nil, from c).
//
// Deprecated: use the Client or Transport in net/http.
func NewClientConn(c net.Conn, r *bufio.Reader) *ClientConn {
	return &ClientConn{pc: newPersistConn(c, r), writeReq: (*http.Request).Write}
}

// NewProxyClientConn is NewClientConn for a connection to a proxy: it
// writes requests with Request.WriteProxy, the URL in full.
//
// Deprecated: use the Client or Transport in net/http.
func NewProxyClientConn(c net.Conn, r *bufio.Reader) *ClientConn {
	cc := NewClientConn(c, r)
	cc.writeReq = (*http.Request).WriteProxy
	return cc
}

// Hijack detaches the ClientConn from its connection and returns the
// connection and the reader, which may hold data already read ahead.
func (cc *ClientConn) Hijack() (c net.Conn, r *bufio.Reader) {
	return cc.pc.hijack()
}

// Close closes the connection, after which the ClientConn is unusable.
func (cc *ClientConn) Close() error {
	return cc.pc.close()
}

// Write writes req on the connection. It returns ErrPersistEOF once
// the connection is marked to close; a request marked Close is the
// last one it writes.
func (cc *ClientConn) Write(req *http.Request) (err error) {
	id := cc.pc.pipe.Next()
	cc.pc.pipe.StartRequest(id)
	defer func() {
		cc.pc.pipe.EndRequest(id)
		if err != nil {
			// No response will be read: let the next ones through.
			cc.pc.pipe.StartResponse(id)
			cc.pc.pipe.EndResponse(id)
		} else {
			cc.pc.setID(req, id)
		}
	}()

	if err := cc.pc.readErr(); err != nil {
		return err // no point sending what cannot be answered
	}
	c, err := cc.pc.readyToWrite(errClosed)
	if err != nil {
		return err
	}
	if req.Close {
		cc.pc.setWriteErr(ErrPersistEOF) // this request is the last
	}
	return cc.pc.writeDone(cc.writeReq(req, c))
}

// Pending returns the number of requests written whose responses have
// not been read yet.
func (cc *ClientConn) Pending() int {
	cc.pc.mu.Lock()
	defer cc.pc.mu.Unlock()
	return cc.pc.nwritten - cc.pc.nread
}

// Read reads the response to req, which must have been written with
// Write. The body of the previous response is closed first, so it
// must have been read before. It returns ErrPersistEOF, with the
// response, when the response closes the connection.
func (cc *ClientConn) Read(req *http.Request) (resp *http.Response, err error) {
	id, ok := cc.pc.takeID(req)
	if !ok {
		return nil, ErrPipeline
	}
	cc.pc.pipe.StartResponse(id)
	defer cc.pc.pipe.EndResponse(id)

	r, err := cc.pc.readyToRead()
	if err != nil {
		return nil, err
	}
	resp, err = http.ReadResponse(r, req)
	if err != nil {
		return resp, cc.pc.setReadErr(err)
	}
	return resp, cc.pc.readDone(resp.Body, resp.Close)
}

// Do writes req and reads its response.
func (cc *ClientConn) Do(req *http.Request) (*http.Response, error) {
	if err := cc.Write(req); err != nil {
		return nil, err
	}
	return cc.Read(req)
}
