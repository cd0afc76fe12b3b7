package http

import (
	"bufio"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http/internal/ascii"
	"net/url"
	"strings"
	"sync"
	"time"
)

// This file implements the client's Transport for HTTP/1.1: a request
// is written on a connection taken from a pool of idle ones (or freshly
// dialed), its response read back; once the response body has been
// read to its end, the connection returns to the pool for the next
// request to the same host.

// DefaultMaxIdleConnsPerHost is the default value of Transport's
// MaxIdleConnsPerHost.
const DefaultMaxIdleConnsPerHost = 2

// RoundTripper is an interface representing the ability to execute a
// single HTTP transaction, obtaining the Response for a given Request.
//
// A RoundTripper must be safe for concurrent use by multiple
// goroutines.
type RoundTripper interface {
	// RoundTrip executes a single HTTP transaction, returning a
	// Response for the provided Request. RoundTrip should not attempt
	// to interpret the response: it returns a nil error for any
	// response it got, whatever its status code.
	RoundTrip(*Request) (*Response, error)
}

// DefaultTransport is the default implementation of Transport and is
// used by DefaultClient. It establishes network connections as needed
// and caches them for reuse by subsequent calls.
var DefaultTransport RoundTripper = &Transport{
	DialContext: (&net.Dialer{
		Timeout:   30 * time.Second,
		KeepAlive: 30 * time.Second,
	}).DialContext,
	MaxIdleConns:          100,
	IdleConnTimeout:       90 * time.Second,
	TLSHandshakeTimeout:   10 * time.Second,
	ExpectContinueTimeout: 1 * time.Second,
}

// Transport is an implementation of RoundTripper that supports HTTP
// (not HTTPS: gominic has no TLS) and HTTP proxies are not used.
//
// By default, Transport caches connections for future re-use. This may
// leave many open connections when accessing many hosts. This behavior
// can be managed using Transport's CloseIdleConnections method and the
// MaxIdleConnsPerHost and DisableKeepAlives fields.
type Transport struct {
	// DialContext specifies the dial function for creating unencrypted
	// TCP connections. If DialContext is nil (and the deprecated Dial
	// below is also nil), then the transport dials using package net.
	DialContext func(ctx context.Context, network, addr string) (net.Conn, error)

	// Dial specifies the dial function for creating unencrypted TCP
	// connections.
	//
	// Deprecated: Use DialContext instead.
	Dial func(network, addr string) (net.Conn, error)

	// TLSHandshakeTimeout is kept for compatibility; gominic has no
	// TLS.
	TLSHandshakeTimeout time.Duration

	// DisableKeepAlives, if true, disables HTTP keep-alives and will
	// only use the connection to the server for a single HTTP request.
	DisableKeepAlives bool

	// DisableCompression, if true, stops the Transport from adding
	// "Accept-Encoding: gzip" to requests that name no encoding. When
	// the Transport added it and the response comes gzipped, the
	// Response.Body it returns is already decoded; a caller that asked
	// for gzip itself gets the compressed bytes.
	DisableCompression bool

	// MaxIdleConns controls the maximum number of idle (keep-alive)
	// connections across all hosts. Zero means no limit.
	MaxIdleConns int

	// MaxIdleConnsPerHost, if non-zero, controls the maximum idle
	// (keep-alive) connections to keep per-host. If zero,
	// DefaultMaxIdleConnsPerHost is used.
	MaxIdleConnsPerHost int

	// IdleConnTimeout is the maximum amount of time an idle
	// (keep-alive) connection will remain idle before closing itself.
	// Zero means no limit.
	IdleConnTimeout time.Duration

	// ResponseHeaderTimeout, if non-zero, specifies the amount of time
	// to wait for a server's response headers after fully writing the
	// request (including its body, if any).
	ResponseHeaderTimeout time.Duration

	// ExpectContinueTimeout is kept for compatibility: the request body
	// is sent with the header.
	ExpectContinueTimeout time.Duration

	// WriteBufferSize specifies the size of the write buffer used when
	// writing to the transport. If zero, a default (currently 4KB) is
	// used.
	WriteBufferSize int

	// ReadBufferSize specifies the size of the read buffer used when
	// reading from the transport. If zero, a default (currently 4KB) is
	// used.
	ReadBufferSize int

	mu        sync.Mutex
	idle      map[string][]*persistConn // by "host:port"
	altProto  map[string]RoundTripper   // by URL scheme
	cancelers map[*Request]func()       // of the requests in flight, by RoundTrip's argument
}

// ErrSkipAltProtocol is a sentinel error value defined by
// Transport.RegisterProtocol.
var ErrSkipAltProtocol = errors.New("net/http: skip alternate protocol")

// RegisterProtocol registers a new protocol with scheme. The Transport
// will pass requests using the given scheme to rt. It is rt's
// responsibility to simulate HTTP request semantics.
//
// If rt.RoundTrip returns ErrSkipAltProtocol, the Transport will handle
// the RoundTrip itself for that one request, as if the protocol were
// not registered.
func (t *Transport) RegisterProtocol(scheme string, rt RoundTripper) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if _, exists := t.altProto[scheme]; exists {
		panic("protocol " + scheme + " already registered")
	}
	if t.altProto == nil {
		t.altProto = make(map[string]RoundTripper)
	}
	t.altProto[scheme] = rt
}

// roundTripAlt sends req with the RoundTripper registered for its
// scheme, if any; handled is false when there is none or it declines.
func (t *Transport) roundTripAlt(req *Request) (resp *Response, err error, handled bool) {
	t.mu.Lock()
	rt := t.altProto[req.URL.Scheme]
	t.mu.Unlock()
	if rt == nil {
		return nil, nil, false
	}
	resp, err = rt.RoundTrip(req)
	if err == ErrSkipAltProtocol {
		return nil, nil, false
	}
	return resp, err, true
}

// A persistConn is a connection to a server, with its buffers, that
// may carry one request after another.
type persistConn struct {
	t        *Transport
	key      string // "host:port" it is connected to
	conn     net.Conn
	br       *bufio.Reader
	bw       *bufio.Writer
	idleAt   time.Time
	isReused bool // it carried a request before
}

// RoundTrip implements the RoundTripper interface.
//
// For higher-level HTTP client support (such as handling of cookies
// and redirects), see Get, Post, and the Client type.
func (t *Transport) RoundTrip(req *Request) (*Response, error) {
	if req.URL != nil {
		if resp, err, handled := t.roundTripAlt(req); handled {
			return resp, err
		}
	}
	if err := validateRequest(req); err != nil {
		req.closeBody()
		return nil, err
	}
	ctx := req.Context()
	key := req // what CancelRequest is given, whatever copies are sent
	for {
		if err := ctx.Err(); err != nil {
			req.closeBody()
			return nil, err
		}
		pc, err := t.getConn(ctx, canonicalAddr(req.URL))
		if err != nil {
			req.closeBody()
			return nil, err
		}
		resp, err := pc.roundTrip(req, key)
		if err == nil {
			return resp, nil
		}
		pc.close()
		// A pooled connection the server closed while it was idle
		// fails at once: try a new one, if the request can be sent
		// again.
		if !pc.isReused || !req.isReplayable() {
			req.closeBody()
			return nil, err
		}
		if req.GetBody != nil && req.Body != nil && req.Body != NoBody {
			body, gerr := req.GetBody()
			if gerr != nil {
				return nil, err
			}
			req = req.withBody(body)
		}
	}
}

// validateRequest checks what RoundTrip needs to send req.
func validateRequest(req *Request) error {
	if req.URL == nil {
		return errors.New("http: nil Request.URL")
	}
	if req.Header == nil {
		return errors.New("http: nil Request.Header")
	}
	switch req.URL.Scheme {
	case "http":
	case "https":
		return errors.New("http: https is not supported: gominic's net/http has no TLS")
	default:
		return badStringError("unsupported protocol scheme", req.URL.Scheme)
	}
	if req.URL.Host == "" {
		return errors.New("http: no Host in request URL")
	}
	for k, vv := range req.Header {
		if !validHeaderName(k) {
			return fmt.Errorf("net/http: invalid header field name %q", k)
		}
		for _, v := range vv {
			if strings.ContainsAny(v, "\r\n\x00") {
				return fmt.Errorf("net/http: invalid header field value for %q", k)
			}
		}
	}
	if req.Method != "" && !validMethod(req.Method) {
		return fmt.Errorf("net/http: invalid method %q", req.Method)
	}
	return nil
}

func validHeaderName(k string) bool {
	if k == "" {
		return false
	}
	for i := 0; i < len(k); i++ {
		if !isTokenByte(k[i]) {
			return false
		}
	}
	return true
}

// isReplayable reports whether the request may be sent again after a
// failure: an idempotent method whose body can be had again.
func (r *Request) isReplayable() bool {
	if r.Body != nil && r.Body != NoBody && r.GetBody == nil {
		return false
	}
	switch valueOrDefault(r.Method, "GET") {
	case "GET", "HEAD", "OPTIONS", "TRACE":
		return true
	}
	return r.Header.has("Idempotency-Key") || r.Header.has("X-Idempotency-Key")
}

// withBody returns a shallow copy of r with another body.
func (r *Request) withBody(body io.ReadCloser) *Request {
	r2 := new(Request)
	*r2 = *r
	r2.Body = body
	return r2
}

func (r *Request) closeBody() {
	if r.Body != nil {
		r.Body.Close()
	}
}

// canonicalAddr returns u's "host:port", the name in ASCII form, port
// 80 when u names none.
func canonicalAddr(u *url.URL) string {
	addr := u.Hostname()
	if a, err := idnaASCII(addr); err == nil {
		addr = a
	}
	port := u.Port()
	if port == "" {
		port = "80"
	}
	return net.JoinHostPort(addr, port)
}

// getConn returns an idle connection to addr, or dials one.
func (t *Transport) getConn(ctx context.Context, addr string) (*persistConn, error) {
	if pc := t.takeIdleConn(addr); pc != nil {
		return pc, nil
	}
	conn, err := t.dial(ctx, addr)
	if err != nil {
		return nil, err
	}
	return &persistConn{
		t:    t,
		key:  addr,
		conn: conn,
		br:   bufio.NewReaderSize(conn, bufferSize(t.ReadBufferSize)),
		bw:   bufio.NewWriterSize(conn, bufferSize(t.WriteBufferSize)),
	}, nil
}

// bufferSize is a buffer size setting, 4 KB by default.
func bufferSize(n int) int {
	if n > 0 {
		return n
	}
	return 4 << 10
}

func (t *Transport) dial(ctx context.Context, addr string) (net.Conn, error) {
	if t.DialContext != nil {
		return t.DialContext(ctx, "tcp", addr)
	}
	if t.Dial != nil {
		return t.Dial("tcp", addr)
	}
	var d net.Dialer
	return d.DialContext(ctx, "tcp", addr)
}

// takeIdleConn removes and returns the most recently idle connection
// to addr, closing those idle for longer than IdleConnTimeout.
func (t *Transport) takeIdleConn(addr string) *persistConn {
	t.mu.Lock()
	defer t.mu.Unlock()
	for {
		list := t.idle[addr]
		if len(list) == 0 {
			return nil
		}
		pc := list[len(list)-1]
		t.idle[addr] = list[:len(list)-1]
		if t.IdleConnTimeout > 0 && time.Since(pc.idleAt) > t.IdleConnTimeout {
			pc.conn.Close()
			continue
		}
		pc.isReused = true
		return pc
	}
}

// putIdleConn returns pc to the pool, or closes it when the pool is
// full or keep-alives are off.
func (t *Transport) putIdleConn(pc *persistConn) {
	t.mu.Lock()
	defer t.mu.Unlock()
	max := t.MaxIdleConnsPerHost
	if max == 0 {
		max = DefaultMaxIdleConnsPerHost
	}
	if t.DisableKeepAlives || len(t.idle[pc.key]) >= max || t.MaxIdleConns > 0 && t.idleCountLocked() >= t.MaxIdleConns {
		pc.conn.Close()
		return
	}
	if t.idle == nil {
		t.idle = make(map[string][]*persistConn)
	}
	pc.idleAt = time.Now()
	t.idle[pc.key] = append(t.idle[pc.key], pc)
}

func (t *Transport) idleCountLocked() int {
	n := 0
	for _, list := range t.idle {
		n += len(list)
	}
	return n
}

// CloseIdleConnections closes any connections which were previously
// connected from previous requests but are now sitting idle in a
// "keep-alive" state. It does not interrupt any connections currently
// in use.
func (t *Transport) CloseIdleConnections() {
	t.mu.Lock()
	defer t.mu.Unlock()
	for _, list := range t.idle {
		for _, pc := range list {
			pc.conn.Close()
		}
	}
	t.idle = nil
}

// Clone returns a deep copy of t's exported fields.
func (t *Transport) Clone() *Transport {
	return &Transport{
		DialContext:           t.DialContext,
		Dial:                  t.Dial,
		TLSHandshakeTimeout:   t.TLSHandshakeTimeout,
		DisableKeepAlives:     t.DisableKeepAlives,
		DisableCompression:    t.DisableCompression,
		MaxIdleConns:          t.MaxIdleConns,
		MaxIdleConnsPerHost:   t.MaxIdleConnsPerHost,
		IdleConnTimeout:       t.IdleConnTimeout,
		ResponseHeaderTimeout: t.ResponseHeaderTimeout,
		ExpectContinueTimeout: t.ExpectContinueTimeout,
		WriteBufferSize:       t.WriteBufferSize,
		ReadBufferSize:        t.ReadBufferSize,
	}
}

// roundTrip writes req on pc and reads its response (past any 1xx
// informational ones). Canceling the request's context (or calling
// CancelRequest with key) closes the connection until the response
// body is done: it stops the reading of the body too.
func (pc *persistConn) roundTrip(req *Request, key *Request) (*Response, error) {
	if pc.t.DisableKeepAlives && !req.Close && !isProtocolSwitchHeader(req.Header) {
		req = req.withHeader("Connection", "close")
		req.Close = true
	}
	// The Transport asks for gzip only when the caller expressed no
	// preference; then it also undoes it. Not for a Range request,
	// whose part of a gzip stream cannot be decoded, nor for HEAD,
	// which some servers answer wrongly when gzip is asked.
	var extra Header
	addedGzip := !pc.t.DisableCompression && req.Header.Get("Accept-Encoding") == "" &&
		req.Header.Get("Range") == "" && req.Method != "HEAD"
	if addedGzip {
		extra = Header{"Accept-Encoding": {"gzip"}}
	}
	stop := pc.closeOnCancel(req.Context(), key)
	resp, err := pc.exchange(req, extra)
	if err != nil {
		stop()
		return nil, err
	}
	if resp.StatusCode == StatusSwitchingProtocols && isProtocolSwitchHeader(resp.Header) {
		// The connection now speaks another protocol: it is the
		// caller's, as the body, and never goes back to the pool.
		stop()
		resp.Body = &switchedConnBody{br: pc.br, Conn: pc.conn}
		return resp, nil
	}
	keepAlive := !resp.Close && !req.Close && !pc.t.DisableKeepAlives
	if resp.Body == NoBody {
		stop()
		pc.release(keepAlive)
		return resp, nil
	}
	es := &bodyEOFSignal{body: resp.Body, pc: pc, keepAlive: keepAlive, ctx: req.Context(), stopWatch: stop}
	resp.Body = es
	if addedGzip && ascii.EqualFold(resp.Header.Get("Content-Encoding"), "gzip") {
		resp.Body = &gzipReader{body: es}
		resp.Header.Del("Content-Encoding")
		resp.Header.Del("Content-Length")
		resp.ContentLength = -1
		resp.Uncompressed = true
	}
	return resp, nil
}

// exchange writes req, with the extra header lines, and reads the
// response header that is not a 1xx informational one.
func (pc *persistConn) exchange(req *Request, extra Header) (*Response, error) {
	if err := req.write(pc.bw, false, extra); err != nil {
		return nil, err
	}
	if err := pc.bw.Flush(); err != nil {
		return nil, err
	}
	if d := pc.t.ResponseHeaderTimeout; d > 0 {
		pc.conn.SetReadDeadline(time.Now().Add(d))
	}
	var resp *Response
	for {
		var err error
		resp, err = ReadResponse(pc.br, req)
		if err != nil {
			if ctxErr := req.Context().Err(); ctxErr != nil {
				return nil, ctxErr
			}
			return nil, err
		}
		if resp.StatusCode < 100 || resp.StatusCode > 199 || resp.StatusCode == StatusSwitchingProtocols {
			break
		}
	}
	pc.conn.SetReadDeadline(time.Time{})
	return resp, nil
}

// gzipReader is a response body the Transport decompresses. The gzip
// header is read at the first Read, not when the response arrives, so
// that a caller that never reads the body does not wait for it.
type gzipReader struct {
	body *bodyEOFSignal
	zr   *gzip.Reader
	zerr error // from gzip.NewReader, returned by every Read
}

func (gz *gzipReader) Read(p []byte) (int, error) {
	if gz.zr == nil && gz.zerr == nil {
		gz.zr, gz.zerr = gzip.NewReader(gz.body)
	}
	if gz.zerr != nil {
		return 0, gz.zerr
	}
	if gz.body.isClosed() {
		return 0, errReadOnClosedResBody
	}
	return gz.zr.Read(p)
}

func (gz *gzipReader) Close() error {
	return gz.body.Close()
}

// isProtocolSwitchHeader reports whether h asks for (or agrees to) a
// switch to another protocol: "Connection: Upgrade" with an "Upgrade"
// naming it.
func isProtocolSwitchHeader(h Header) bool {
	if h.Get("Upgrade") == "" {
		return false
	}
	for _, v := range h["Connection"] {
		if hasToken(v, "upgrade") {
			return true
		}
	}
	return false
}

// switchedConnBody is the body of a 101 Switching Protocols response:
// the connection itself, an io.ReadWriteCloser. Reads first return
// what the Transport had buffered past the response header.
type switchedConnBody struct {
	br *bufio.Reader // nil once emptied
	net.Conn
}

func (b *switchedConnBody) Read(p []byte) (int, error) {
	if b.br != nil && b.br.Buffered() == 0 {
		b.br = nil
	}
	if b.br == nil {
		return b.Conn.Read(p)
	}
	if n := b.br.Buffered(); len(p) > n {
		p = p[:n]
	}
	return b.br.Read(p)
}

// withHeader returns a copy of r whose header also holds key: value.
func (r *Request) withHeader(key, value string) *Request {
	r2 := new(Request)
	*r2 = *r
	r2.Header = r.Header.Clone()
	if r2.Header == nil {
		r2.Header = make(Header)
	}
	r2.Header.Set(key, value)
	return r2
}

// closeOnCancel closes the connection when ctx is canceled, or when
// CancelRequest is called with key, while the request is in flight,
// which unblocks its reads and writes; the returned func ends the
// watch.
func (pc *persistConn) closeOnCancel(ctx context.Context, key *Request) (stop func()) {
	pc.t.setCanceler(key, pc.close)
	if ctx.Done() == nil {
		return func() { pc.t.setCanceler(key, nil) }
	}
	done := make(chan struct{})
	go func() {
		select {
		case <-ctx.Done():
			pc.conn.Close()
		case <-done:
		}
	}()
	return func() {
		pc.t.setCanceler(key, nil)
		close(done)
	}
}

// setCanceler records how to cancel the request key (a nil cancel
// forgets it).
func (t *Transport) setCanceler(key *Request, cancel func()) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if cancel == nil {
		delete(t.cancelers, key)
		return
	}
	if t.cancelers == nil {
		t.cancelers = make(map[*Request]func())
	}
	t.cancelers[key] = cancel
}

// CancelRequest cancels an in-flight request by closing its
// connection. CancelRequest should only be called after RoundTrip has
// returned.
//
// Deprecated: a request made with NewRequestWithContext (or
// Request.WithContext) is canceled by canceling its context, which
// also works for HTTP/2.
func (t *Transport) CancelRequest(req *Request) {
	t.mu.Lock()
	cancel := t.cancelers[req]
	t.mu.Unlock()
	if cancel != nil {
		cancel()
	}
}

// release returns the connection to the pool or closes it.
func (pc *persistConn) release(keepAlive bool) {
	if keepAlive {
		pc.t.putIdleConn(pc)
	} else {
		pc.close()
	}
}

func (pc *persistConn) close() {
	pc.conn.Close()
}

// bodyEOFSignal is a response body that gives its connection back when
// it has been read to its end, and closes the connection when it is
// closed before: what is left unread cannot be skipped cheaply.
type bodyEOFSignal struct {
	body      io.ReadCloser
	pc        *persistConn
	keepAlive bool
	ctx       context.Context // the request's
	stopWatch func()          // ends the closing of pc on cancel

	mu     sync.Mutex
	rerr   error // the error that ended the body, returned again
	done   bool  // the connection was released or closed
	closed bool
}

func (es *bodyEOFSignal) Read(p []byte) (int, error) {
	es.mu.Lock()
	closed, rerr := es.closed, es.rerr
	es.mu.Unlock()
	if closed {
		return 0, errReadOnClosedResBody
	}
	if rerr != nil {
		return 0, rerr // io.EOF again, after the connection went back
	}
	n, err := es.body.Read(p)
	if err != nil && err != io.EOF && es.ctx.Err() != nil {
		err = es.ctx.Err() // the read failed because the request was canceled
	}
	if err != nil {
		es.mu.Lock()
		es.rerr = err
		es.mu.Unlock()
		es.finish(err == io.EOF)
	}
	return n, err
}

func (es *bodyEOFSignal) isClosed() bool {
	es.mu.Lock()
	defer es.mu.Unlock()
	return es.closed
}

func (es *bodyEOFSignal) Close() error {
	es.mu.Lock()
	es.closed = true
	es.mu.Unlock()
	es.finish(false)
	return nil
}

// finish releases the connection once: for reuse after a clean EOF.
func (es *bodyEOFSignal) finish(sawEOF bool) {
	es.mu.Lock()
	defer es.mu.Unlock()
	if es.done {
		return
	}
	es.done = true
	es.stopWatch()
	es.body.Close()
	es.pc.release(sawEOF && es.keepAlive)
}

var errReadOnClosedResBody = errors.New("http: read on closed response body")
