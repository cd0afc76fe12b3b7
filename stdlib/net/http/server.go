package http

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"log"
	"net"
	"strconv"
	"strings"
	"sync"
	"time"
)

// This file implements the HTTP/1.1 server: a goroutine per connection
// reads requests one after another, calls the handler, and writes the
// response, framed by Content-Length when the handler's output fits in
// a buffer and chunked otherwise, keeping the connection for the next
// request unless either side asked to close it.

// Errors used by the HTTP server.
var (
	// ErrBodyNotAllowed is returned by ResponseWriter.Write calls when
	// the HTTP method or response code does not permit a body.
	ErrBodyNotAllowed = errors.New("http: request method or response status code does not allow body")

	// ErrHijacked is returned by ResponseWriter.Write calls when the
	// underlying connection has been hijacked using the Hijacker
	// interface.
	ErrHijacked = errors.New("http: connection has been hijacked")

	// ErrContentLength is returned by ResponseWriter.Write calls when a
	// Handler set a Content-Length response header with a declared size
	// and then attempted to write more bytes than declared.
	ErrContentLength = errors.New("http: wrote more than the declared Content-Length")

	// ErrAbortHandler is a sentinel panic value to abort a handler.
	// While any panic from ServeHTTP aborts the response to the client,
	// panicking with ErrAbortHandler also suppresses logging of a stack
	// trace to the server's error log.
	ErrAbortHandler = errors.New("net/http: abort Handler")

	// ErrWriteAfterFlush is not used by gominic's server: it is kept
	// for the programs that compare against it.
	//
	// Deprecated: ErrWriteAfterFlush is no longer returned by anything
	// in the net/http package. Callers should not compare errors
	// against this variable.
	ErrWriteAfterFlush = errors.New("unused")

	// ErrServerClosed is returned by the Server's Serve and
	// ListenAndServe methods after a call to Shutdown or Close.
	ErrServerClosed = errors.New("http: Server closed")
)

// errTLSUnsupported is what the TLS entry points return: gominic's
// standard library has no crypto/tls.
var errTLSUnsupported = errors.New("http: TLS is not supported by gominic's net/http")

// A Handler responds to an HTTP request.
//
// ServeHTTP should write reply headers and data to the ResponseWriter
// and then return. Returning signals that the request is finished; it
// is not valid to use the ResponseWriter or read from the Request.Body
// after or concurrently with the completion of the ServeHTTP call.
type Handler interface {
	ServeHTTP(ResponseWriter, *Request)
}

// A ResponseWriter interface is used by an HTTP handler to construct an
// HTTP response.
type ResponseWriter interface {
	// Header returns the header map that will be sent by WriteHeader.
	// Changing the header map after a call to WriteHeader (or Write)
	// has no effect.
	Header() Header

	// Write writes the data to the connection as part of an HTTP reply.
	// If WriteHeader has not yet been called, Write calls
	// WriteHeader(http.StatusOK) before writing the data. If the Header
	// does not contain a Content-Type line, Write adds a Content-Type
	// set to the result of passing the initial 512 bytes of written
	// data to DetectContentType.
	Write([]byte) (int, error)

	// WriteHeader sends an HTTP response header with the provided
	// status code.
	WriteHeader(statusCode int)
}

// The Flusher interface is implemented by ResponseWriters that allow an
// HTTP handler to flush buffered data to the client.
type Flusher interface {
	// Flush sends any buffered data to the client.
	Flush()
}

// The Hijacker interface is implemented by ResponseWriters that allow
// an HTTP handler to take over the connection.
type Hijacker interface {
	// Hijack lets the caller take over the connection. After a call to
	// Hijack the HTTP server library will not do anything else with the
	// connection.
	Hijack() (net.Conn, *bufio.ReadWriter, error)
}

// CloseNotifier is implemented by a ResponseWriter that can tell its
// handler when the client's connection has closed.
//
// Deprecated: the Request's Context, canceled when the client goes
// away, says the same thing and also works for HTTP/2.
type CloseNotifier interface {
	// CloseNotify returns a channel that receives at most a single
	// value (true) when the client connection has gone away. The
	// server notices it only once the request body has been read to
	// its end. CloseNotify may not be called after the handler
	// returned.
	CloseNotify() <-chan bool
}

// The HandlerFunc type is an adapter to allow the use of ordinary
// functions as HTTP handlers. If f is a function with the appropriate
// signature, HandlerFunc(f) is a Handler that calls f.
type HandlerFunc func(ResponseWriter, *Request)

// ServeHTTP calls f(w, r).
func (f HandlerFunc) ServeHTTP(w ResponseWriter, r *Request) {
	f(w, r)
}

// contextKey is a value for use with context.WithValue.
type contextKey struct {
	name string
}

func (k *contextKey) String() string { return "net/http context value " + k.name }

var (
	// ServerContextKey is a context key. It can be used in HTTP
	// handlers with Context.Value to access the server that started the
	// handler. The associated value will be of type *Server.
	ServerContextKey = &contextKey{"http-server"}

	// LocalAddrContextKey is a context key. It can be used in HTTP
	// handlers with Context.Value to access the local address the
	// connection arrived on. The associated value will be of type
	// net.Addr.
	LocalAddrContextKey = &contextKey{"local-addr"}
)

// TrailerPrefix is a magic prefix for ResponseWriter.Header map keys
// that, if present, signals that the map entry is actually for the
// response trailers, and not the response headers: a handler sets
// "Trailer:X-Sum" once its body is written to send the trailer field
// X-Sum without announcing it. Such fields are sent only with a
// chunked body (one the handler flushed, or too long to buffer).
const TrailerPrefix = "Trailer:"

// DefaultMaxHeaderBytes is the maximum permitted size of the headers in
// an HTTP request. This can be overridden by setting
// Server.MaxHeaderBytes.
const DefaultMaxHeaderBytes = 1 << 20 // 1 MB

// bufferBeforeChunkingSize is how much of the handler's output is held
// back: a response that fits is sent with a Content-Length.
const bufferBeforeChunkingSize = 2048

// maxPostHandlerReadBytes is how much of an unread request body the
// server reads after the handler, to keep the connection.
const maxPostHandlerReadBytes = 256 << 10

// A ConnState represents the state of a client connection to a server.
// It's used by the optional Server.ConnState hook.
type ConnState int

const (
	// StateNew represents a new connection that is expected to send a
	// request immediately.
	StateNew ConnState = iota

	// StateActive represents a connection that has read 1 or more bytes
	// of a request.
	StateActive

	// StateIdle represents a connection that has finished handling a
	// request and is in the keep-alive state, waiting for a new
	// request.
	StateIdle

	// StateHijacked represents a hijacked connection. This is a
	// terminal state.
	StateHijacked

	// StateClosed represents a closed connection. This is a terminal
	// state.
	StateClosed
)

var stateName = map[ConnState]string{
	StateNew:      "new",
	StateActive:   "active",
	StateIdle:     "idle",
	StateHijacked: "hijacked",
	StateClosed:   "closed",
}

func (c ConnState) String() string {
	return stateName[c]
}

// A Server defines parameters for running an HTTP server. The zero
// value for Server is a valid configuration.
type Server struct {
	// Addr optionally specifies the TCP address for the server to
	// listen on, in the form "host:port". If empty, ":http" (port 80)
	// is used.
	Addr string

	Handler Handler // handler to invoke, http.DefaultServeMux if nil

	// ReadTimeout is the maximum duration for reading the entire
	// request, including the body. A zero or negative value means there
	// will be no timeout.
	ReadTimeout time.Duration

	// ReadHeaderTimeout is the amount of time allowed to read request
	// headers. If it is zero, the value of ReadTimeout is used.
	ReadHeaderTimeout time.Duration

	// WriteTimeout is the maximum duration before timing out writes of
	// the response. A zero or negative value means there will be no
	// timeout.
	WriteTimeout time.Duration

	// IdleTimeout is the maximum amount of time to wait for the next
	// request when keep-alives are enabled. If IdleTimeout is zero, the
	// value of ReadTimeout is used.
	IdleTimeout time.Duration

	// MaxHeaderBytes controls the maximum number of bytes the server
	// will read parsing the request header's keys and values, including
	// the request line. If zero, DefaultMaxHeaderBytes is used.
	MaxHeaderBytes int

	// ConnState specifies an optional callback function that is called
	// when a client connection changes state.
	ConnState func(net.Conn, ConnState)

	// ErrorLog specifies an optional logger for errors accepting
	// connections, unexpected behavior from handlers, and underlying
	// FileSystem errors. If nil, logging is done via the log package's
	// standard logger.
	ErrorLog *log.Logger

	// BaseContext optionally specifies a function that returns the base
	// context for incoming requests on this server.
	BaseContext func(net.Listener) context.Context

	// ConnContext optionally specifies a function that modifies the
	// context used for a new connection c.
	ConnContext func(ctx context.Context, c net.Conn) context.Context

	mu              sync.Mutex
	inShutdown      bool
	disableKeepAliv bool
	listeners       map[*net.Listener]struct{}
	activeConn      map[*conn]struct{}
	onShutdown      []func()
}

// ListenAndServe listens on the TCP network address srv.Addr and then
// calls Serve to handle requests on incoming connections.
//
// ListenAndServe always returns a non-nil error. After Shutdown or
// Close, the returned error is ErrServerClosed.
func (srv *Server) ListenAndServe() error {
	if srv.shuttingDown() {
		return ErrServerClosed
	}
	addr := srv.Addr
	if addr == "" {
		addr = ":http"
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return err
	}
	return srv.Serve(ln)
}

// ListenAndServeTLS would serve HTTPS; gominic has no TLS, so it
// returns an error saying so.
func (srv *Server) ListenAndServeTLS(certFile, keyFile string) error {
	return errTLSUnsupported
}

// ServeTLS would serve HTTPS on l; gominic has no TLS, so it returns an
// error saying so.
func (srv *Server) ServeTLS(l net.Listener, certFile, keyFile string) error {
	return errTLSUnsupported
}

// Serve accepts incoming connections on the Listener l, creating a new
// service goroutine for each. The service goroutines read requests and
// then call srv.Handler to reply to them.
//
// Serve always returns a non-nil error and closes l. After Shutdown or
// Close, the returned error is ErrServerClosed.
func (srv *Server) Serve(l net.Listener) error {
	l = &onceCloseListener{Listener: l}
	defer l.Close()
	if !srv.trackListener(&l, true) {
		return ErrServerClosed
	}
	defer srv.trackListener(&l, false)

	baseCtx := context.Background()
	if srv.BaseContext != nil {
		baseCtx = srv.BaseContext(l)
		if baseCtx == nil {
			panic("BaseContext returned a nil context")
		}
	}
	ctx := context.WithValue(baseCtx, ServerContextKey, srv)
	var tempDelay time.Duration // how long to sleep on accept failure
	for {
		rw, err := l.Accept()
		if err != nil {
			if srv.shuttingDown() {
				return ErrServerClosed
			}
			if ne, ok := err.(net.Error); ok && ne.Temporary() {
				tempDelay = nextAcceptDelay(tempDelay)
				srv.logf("http: Accept error: %v; retrying in %v", err, tempDelay)
				time.Sleep(tempDelay)
				continue
			}
			return err
		}
		tempDelay = 0
		connCtx := ctx
		if srv.ConnContext != nil {
			connCtx = srv.ConnContext(connCtx, rw)
			if connCtx == nil {
				panic("ConnContext returned nil")
			}
		}
		c := &conn{server: srv, rwc: rw}
		c.setState(StateNew)
		go c.serve(connCtx)
	}
}

// nextAcceptDelay doubles the pause after a failed Accept, from 5ms up
// to one second.
func nextAcceptDelay(d time.Duration) time.Duration {
	if d == 0 {
		return 5 * time.Millisecond
	}
	if d *= 2; d > time.Second {
		d = time.Second
	}
	return d
}

// trackListener adds or removes a listener; it refuses to add one once
// the server is shutting down.
func (srv *Server) trackListener(ln *net.Listener, add bool) bool {
	srv.mu.Lock()
	defer srv.mu.Unlock()
	if srv.listeners == nil {
		srv.listeners = make(map[*net.Listener]struct{})
	}
	if !add {
		delete(srv.listeners, ln)
		return true
	}
	if srv.inShutdown {
		return false
	}
	srv.listeners[ln] = struct{}{}
	return true
}

func (srv *Server) trackConn(c *conn, add bool) {
	srv.mu.Lock()
	defer srv.mu.Unlock()
	if srv.activeConn == nil {
		srv.activeConn = make(map[*conn]struct{})
	}
	if add {
		srv.activeConn[c] = struct{}{}
	} else {
		delete(srv.activeConn, c)
	}
}

func (srv *Server) shuttingDown() bool {
	srv.mu.Lock()
	defer srv.mu.Unlock()
	return srv.inShutdown
}

// Close immediately closes all active net.Listeners and any connections
// in state StateNew, StateActive, or StateIdle. For a graceful
// shutdown, use Shutdown.
func (srv *Server) Close() error {
	srv.mu.Lock()
	defer srv.mu.Unlock()
	srv.inShutdown = true
	err := srv.closeListenersLocked()
	for c := range srv.activeConn {
		c.rwc.Close()
		delete(srv.activeConn, c)
	}
	return err
}

// shutdownPollInterval is how often Shutdown looks for connections
// that became idle.
const shutdownPollInterval = 10 * time.Millisecond

// Shutdown gracefully shuts down the server without interrupting any
// active connections. Shutdown works by first closing all open
// listeners, then closing all idle connections, and then waiting
// indefinitely for connections to return to idle and then shut down.
// If the provided context expires before the shutdown is complete,
// Shutdown returns the context's error.
func (srv *Server) Shutdown(ctx context.Context) error {
	srv.mu.Lock()
	srv.inShutdown = true
	lnerr := srv.closeListenersLocked()
	for _, f := range srv.onShutdown {
		go f()
	}
	srv.mu.Unlock()

	timer := time.NewTimer(shutdownPollInterval)
	defer timer.Stop()
	for {
		if srv.closeIdleConns() {
			return lnerr
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-timer.C:
			timer.Reset(shutdownPollInterval)
		}
	}
}

// RegisterOnShutdown registers a function to call on Shutdown.
func (srv *Server) RegisterOnShutdown(f func()) {
	srv.mu.Lock()
	srv.onShutdown = append(srv.onShutdown, f)
	srv.mu.Unlock()
}

// SetKeepAlivesEnabled controls whether HTTP keep-alives are enabled.
// By default, keep-alives are always enabled.
func (srv *Server) SetKeepAlivesEnabled(v bool) {
	srv.mu.Lock()
	srv.disableKeepAliv = !v
	srv.mu.Unlock()
	if !v {
		srv.closeIdleConns()
	}
}

func (srv *Server) keepAlivesEnabled() bool {
	srv.mu.Lock()
	defer srv.mu.Unlock()
	return !srv.disableKeepAliv
}

// closeIdleConns closes the idle connections and reports whether every
// connection was idle. A new connection counts as idle once it has sent
// nothing for five seconds.
func (srv *Server) closeIdleConns() bool {
	srv.mu.Lock()
	defer srv.mu.Unlock()
	quiescent := true
	for c := range srv.activeConn {
		st, since := c.getState()
		if st == StateNew && time.Since(since) > 5*time.Second {
			st = StateIdle
		}
		if st != StateIdle {
			quiescent = false
			continue
		}
		c.rwc.Close()
		delete(srv.activeConn, c)
	}
	return quiescent
}

func (srv *Server) closeListenersLocked() error {
	var err error
	for ln := range srv.listeners {
		if cerr := (*ln).Close(); cerr != nil && err == nil {
			err = cerr
		}
	}
	return err
}

func (srv *Server) logf(format string, args ...any) {
	if srv.ErrorLog != nil {
		srv.ErrorLog.Printf(format, args...)
	} else {
		log.Printf(format, args...)
	}
}

func (srv *Server) maxHeaderBytes() int64 {
	if srv.MaxHeaderBytes > 0 {
		return int64(srv.MaxHeaderBytes)
	}
	return DefaultMaxHeaderBytes
}

// onceCloseListener wraps a net.Listener, protecting it from multiple
// Close calls.
type onceCloseListener struct {
	net.Listener
	once     sync.Once
	closeErr error
}

func (oc *onceCloseListener) Close() error {
	oc.once.Do(func() { oc.closeErr = oc.Listener.Close() })
	return oc.closeErr
}

// ListenAndServe listens on the TCP network address addr and then calls
// Serve with handler to handle requests on incoming connections.
// The handler is typically nil, in which case the DefaultServeMux is
// used.
func ListenAndServe(addr string, handler Handler) error {
	server := &Server{Addr: addr, Handler: handler}
	return server.ListenAndServe()
}

// ListenAndServeTLS acts identically to ListenAndServe, except that it
// expects HTTPS connections: gominic has no TLS, so it returns an error
// saying so.
func ListenAndServeTLS(addr, certFile, keyFile string, handler Handler) error {
	return errTLSUnsupported
}

// ServeTLS would accept HTTPS connections on l: gominic has no TLS, so
// it returns an error saying so.
func ServeTLS(l net.Listener, handler Handler, certFile, keyFile string) error {
	return errTLSUnsupported
}

// Serve accepts incoming HTTP connections on the listener l, creating a
// new service goroutine for each. The service goroutines read requests
// and then call handler to reply to them.
func Serve(l net.Listener, handler Handler) error {
	srv := &Server{Handler: handler}
	return srv.Serve(l)
}

// A conn represents the server side of an HTTP connection.
type conn struct {
	server    *Server
	rwc       net.Conn
	cr        *connReader
	lr        *io.LimitedReader // bounds the header of each request; reads cr
	br        *bufio.Reader     // reads through lr
	bw        *bufio.Writer
	cancelCtx context.CancelFunc // cancels the context of all its requests

	mu         sync.Mutex
	state      ConnState
	stateSince time.Time
	hijacked   bool
	curReq     *response // the request being handled, for CloseNotify
}

func (c *conn) setState(state ConnState) {
	switch state {
	case StateNew:
		c.server.trackConn(c, true)
	case StateHijacked, StateClosed:
		c.server.trackConn(c, false)
	}
	c.mu.Lock()
	c.state, c.stateSince = state, time.Now()
	c.mu.Unlock()
	if hook := c.server.ConnState; hook != nil {
		hook(c.rwc, state)
	}
}

func (c *conn) getState() (ConnState, time.Time) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.state, c.stateSince
}

// serve reads and answers the requests of one connection.
func (c *conn) serve(ctx context.Context) {
	ctx = context.WithValue(ctx, LocalAddrContextKey, c.rwc.LocalAddr())
	defer func() {
		if err := recover(); err != nil && err != ErrAbortHandler {
			c.server.logf("http: panic serving %v: %v", c.rwc.RemoteAddr(), err)
		}
		if !c.isHijacked() {
			c.rwc.Close()
			c.setState(StateClosed)
		}
	}()
	ctx, c.cancelCtx = context.WithCancel(ctx)
	defer c.cancelCtx()
	c.cr = newConnReader(c)
	c.lr = &io.LimitedReader{R: c.cr}
	c.br = bufio.NewReader(c.lr)
	c.bw = bufio.NewWriterSize(c.rwc, 4<<10)
	for {
		w, err := c.readRequest(ctx)
		if err != nil {
			c.replyToBadRequest(err)
			return
		}
		c.setState(StateActive)
		c.setCurrentRequest(w)
		c.watchForDisconnect(w)
		c.serveRequest(w)
		if c.isHijacked() {
			return
		}
		w.finishRequest()
		c.setCurrentRequest(nil)
		if !w.shouldReuseConnection() || c.server.shuttingDown() || !c.server.keepAlivesEnabled() {
			return
		}
		c.setState(StateIdle)
		c.rwc.SetDeadline(time.Time{})
	}
}

// watchForDisconnect arranges for the connection to be read in the
// background once w's request body has been read to its end (at once
// if it has none): the only way to learn that the client went away
// while the handler runs.
func (c *conn) watchForDisconnect(w *response) {
	if w.reqBody == nil {
		c.cr.startBackgroundRead()
		return
	}
	w.reqBody.setOnEOF(c.cr.startBackgroundRead)
}

// stopWatchingForDisconnect ends the background read, for the
// connection to be read in the foreground again (by the server, for
// the next request, or by a handler that hijacked it): what is left of
// the body, read then, must not start it again.
func (w *response) stopWatchingForDisconnect() {
	if w.reqBody != nil {
		w.reqBody.setOnEOF(nil)
	}
	w.conn.cr.abortPendingRead()
}

func (c *conn) setCurrentRequest(w *response) {
	c.mu.Lock()
	c.curReq = w
	c.mu.Unlock()
}

// serveRequest runs the handler for w's request, with a context that
// is canceled once it returns.
func (c *conn) serveRequest(w *response) {
	ctx, cancel := context.WithCancel(w.req.Context())
	defer cancel()
	w.req = w.req.WithContext(ctx)
	handler := c.server.Handler
	if handler == nil {
		handler = DefaultServeMux
	}
	handler.ServeHTTP(w, w.req)
}

// readRequest reads the next request and makes its response.
func (c *conn) readRequest(ctx context.Context) (*response, error) {
	srv := c.server
	if d := srv.ReadTimeout; d > 0 {
		c.rwc.SetReadDeadline(time.Now().Add(d))
	}
	if d := srv.WriteTimeout; d > 0 {
		defer c.rwc.SetWriteDeadline(time.Now().Add(d))
	}
	// The header may not exceed MaxHeaderBytes (plus a margin, as Go
	// allows 4 KB more): the limit is lifted for the body.
	c.lr.N = srv.maxHeaderBytes() + 4096
	req, err := ReadRequest(c.br)
	if err != nil {
		if c.lr.N == 0 {
			return nil, errTooLarge
		}
		return nil, err
	}
	c.lr.N = 1<<63 - 1
	req.RemoteAddr = c.rwc.RemoteAddr().String()
	req.ctx = ctx
	w := &response{
		conn:          c,
		req:           req,
		handlerHeader: make(Header),
		contentLength: -1,
		closeNotifyCh: make(chan bool, 1),
	}
	w.closeAfterReply = req.Close || !srv.keepAlivesEnabled()
	w.reqBody, _ = req.Body.(*body)
	if w.reqBody != nil && req.ProtoAtLeast(1, 1) && hasToken(req.Header.get("Expect"), "100-continue") {
		// The client waits for "100 Continue" before it sends the
		// body: the handler's first Read asks for it.
		req.Body = &expectContinueReader{w: w, body: w.reqBody}
	}
	return w, nil
}

// expectContinueReader is the body of a request sent with "Expect:
// 100-continue": its first Read sends the interim response the client
// waits for.
type expectContinueReader struct {
	w    *response
	body io.ReadCloser
}

func (ecr *expectContinueReader) Read(p []byte) (int, error) {
	if w := ecr.w; !w.sentContinue && !w.wroteHeader {
		w.sentContinue = true
		w.conn.bw.WriteString("HTTP/1.1 100 Continue\r\n\r\n")
		w.conn.bw.Flush()
	}
	return ecr.body.Read(p)
}

func (ecr *expectContinueReader) Close() error {
	return ecr.body.Close()
}

// errTooLarge reports a request header beyond Server.MaxHeaderBytes.
var errTooLarge = errors.New("http: request too large")

// replyToBadRequest answers a request that could not be read, unless
// the client just went away.
func (c *conn) replyToBadRequest(err error) {
	if err == io.EOF || err == io.ErrUnexpectedEOF {
		return
	}
	if _, ok := err.(net.Error); ok {
		return // a timeout, or a connection closed under the reader
	}
	status := "400 Bad Request"
	switch err.(type) {
	case *unsupportedTEError:
		status = "501 Not Implemented"
	}
	if err == errTooLarge {
		status = "431 Request Header Fields Too Large"
	}
	fmt.Fprintf(c.rwc, "HTTP/1.1 %s\r\nContent-Type: text/plain; charset=utf-8\r\nConnection: close\r\n\r\n%s", status, status)
}

func (c *conn) isHijacked() bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.hijacked
}

// A response is the server's ResponseWriter: it holds the handler's
// first output back until it knows how to frame the body.
type response struct {
	conn          *conn
	req           *Request
	handlerHeader Header // what Header returns to the handler
	header        Header // its copy, taken by WriteHeader
	wroteHeader   bool
	status        int

	headerSent      bool
	buf             []byte // body written before the header was sent
	chunking        bool
	contentLength   int64 // from the handler's Content-Length, or -1
	written         int64
	closeAfterReply bool

	reqBody      *body    // the request's body, nil when it has none
	sentContinue bool     // "100 Continue" was sent
	trailers     []string // the keys the "Trailer" header announced

	closeNotifyCh  chan bool // receives true when the client goes away
	didCloseNotify bool      // closeNotifyCh was sent to; guarded by conn.mu
	handlerDone    bool      // ServeHTTP returned
}

func (w *response) Header() Header {
	return w.handlerHeader
}

func (w *response) WriteHeader(code int) {
	if w.conn.isHijacked() {
		w.conn.server.logf("http: response.WriteHeader on hijacked connection")
		return
	}
	if w.wroteHeader {
		w.conn.server.logf("http: superfluous response.WriteHeader call")
		return
	}
	if code < 100 || code > 999 {
		panic(fmt.Sprintf("invalid WriteHeader code %v", code))
	}
	if code >= 100 && code <= 199 && code != StatusSwitchingProtocols {
		w.writeInformational(code)
		return
	}
	w.wroteHeader = true
	w.status = code
	w.header = w.handlerHeader.Clone()
	if cl := w.header.get("Content-Length"); cl != "" {
		v, err := strconv.ParseInt(cl, 10, 64)
		if err == nil && v >= 0 {
			w.contentLength = v
		} else {
			w.conn.server.logf("http: invalid Content-Length of %q", cl)
			w.header.Del("Content-Length")
		}
	}
}

// writeInformational sends a 1xx response at once: the final one
// follows.
func (w *response) writeInformational(code int) {
	fmt.Fprintf(w.conn.bw, "HTTP/1.1 %03d %s\r\n", code, statusLineText(code))
	w.handlerHeader.Write(w.conn.bw)
	w.conn.bw.WriteString("\r\n")
	w.conn.bw.Flush()
}

func statusLineText(code int) string {
	if text := StatusText(code); text != "" {
		return text
	}
	return "status code " + strconv.Itoa(code)
}

func (w *response) Write(p []byte) (n int, err error) {
	if w.conn.isHijacked() {
		return 0, ErrHijacked
	}
	if !w.wroteHeader {
		w.WriteHeader(StatusOK)
	}
	if len(p) == 0 {
		return 0, nil
	}
	if !bodyAllowedForStatus(w.status) {
		return 0, ErrBodyNotAllowed
	}
	w.written += int64(len(p))
	if w.contentLength != -1 && w.written > w.contentLength {
		return 0, ErrContentLength
	}
	if !w.headerSent {
		w.buf = append(w.buf, p...)
		if len(w.buf) >= bufferBeforeChunkingSize {
			w.sendHeader(false)
		}
		return len(p), nil
	}
	return len(p), w.writeBody(p)
}

// WriteString writes s as Write does, for io.WriteString.
func (w *response) WriteString(s string) (int, error) {
	return w.Write([]byte(s))
}

// Flush sends the header and what was written so far.
func (w *response) Flush() {
	if !w.wroteHeader {
		w.WriteHeader(StatusOK)
	}
	if !w.headerSent {
		w.sendHeader(false)
	}
	w.conn.bw.Flush()
}

// CloseNotify returns the channel that receives true when the client
// goes away.
func (w *response) CloseNotify() <-chan bool {
	if w.handlerDone {
		panic("net/http: CloseNotify called after ServeHTTP finished")
	}
	return w.closeNotifyCh
}

// Hijack hands the connection over to the handler. A byte read in the
// background stays in the connection's reader, so the returned
// bufio.Reader still yields it.
func (w *response) Hijack() (net.Conn, *bufio.ReadWriter, error) {
	c := w.conn
	if c.isHijacked() {
		return nil, nil, ErrHijacked
	}
	w.stopWatchingForDisconnect()
	if w.wroteHeader && !w.headerSent {
		w.sendHeader(false)
	}
	c.mu.Lock()
	c.hijacked = true
	c.mu.Unlock()
	c.setState(StateHijacked)
	return c.rwc, bufio.NewReadWriter(c.br, c.bw), nil
}

// writeBody writes body bytes, as a chunk when chunking; a HEAD
// response has none.
func (w *response) writeBody(p []byte) error {
	if w.req.Method == "HEAD" || len(p) == 0 {
		return nil
	}
	bw := w.conn.bw
	if w.chunking {
		fmt.Fprintf(bw, "%x\r\n", len(p))
	}
	_, err := bw.Write(p)
	if w.chunking {
		bw.WriteString("\r\n")
	}
	return err
}

// finishRequest sends what the handler left and ends the body.
func (w *response) finishRequest() {
	w.handlerDone = true
	if !w.wroteHeader {
		w.WriteHeader(StatusOK)
	}
	if !w.headerSent {
		w.sendHeader(true)
	}
	if w.chunking {
		w.conn.bw.WriteString("0\r\n")
		writeTrailer(w.conn.bw, w.finalTrailers())
	}
	w.conn.bw.Flush()
	w.stopWatchingForDisconnect()
	if w.req.Method != "HEAD" && w.contentLength != -1 && bodyAllowedForStatus(w.status) && w.contentLength != w.written {
		w.closeAfterReply = true // the client cannot find the next response
	}
	w.req.Body.Close()
	if w.req.MultipartForm != nil {
		w.req.MultipartForm.RemoveAll() // the form's temporary files
	}
}

// shouldReuseConnection reports whether the connection can serve
// another request: neither side asked to close it, and the request
// body was read to its end (or, if short, is read now). A body the
// client holds back for "100 Continue" never came: the client may
// still send it, so the connection closes.
func (w *response) shouldReuseConnection() bool {
	if w.closeAfterReply {
		return false
	}
	if w.reqBody == nil {
		return true
	}
	if _, expects := w.req.Body.(*expectContinueReader); expects && !w.sentContinue {
		return false
	}
	return w.reqBody.drain(maxPostHandlerReadBytes)
}

// sendHeader writes the status line and the header. final says the
// handler has returned, so a body held in w.buf is the whole body: its
// length is known.
func (w *response) sendHeader(final bool) {
	h := w.header
	bodyAllowed := bodyAllowedForStatus(w.status)
	isHEAD := w.req.Method == "HEAD"
	var date, length, contentType, connection, transferEncoding string

	if hasToken(h.get("Connection"), "close") {
		w.closeAfterReply = true
	}
	hasTrailers := w.declareTrailers()
	if final && !hasTrailers && bodyAllowed && !h.has("Content-Length") && !h.has("Transfer-Encoding") && (!isHEAD || len(w.buf) > 0) {
		w.contentLength = int64(len(w.buf))
		length = strconv.Itoa(len(w.buf))
	}
	if bodyAllowed && !h.has("Content-Type") && !h.has("Transfer-Encoding") && len(w.buf) > 0 {
		contentType = DetectContentType(w.buf)
	}
	if !h.has("Date") {
		date = time.Now().UTC().Format(TimeFormat)
	}
	switch {
	case !bodyAllowed || isHEAD || w.contentLength != -1:
		// The length is known, or there is no body.
	case hasToken(h.get("Transfer-Encoding"), "identity"):
		delete(h, "Transfer-Encoding")
		w.closeAfterReply = true
	case w.req.ProtoAtLeast(1, 1):
		w.chunking = true
		if !hasToken(h.get("Transfer-Encoding"), "chunked") {
			transferEncoding = "chunked"
		}
	default:
		w.closeAfterReply = true // HTTP/1.0: the body ends with the connection
	}
	if w.closeAfterReply && !hasToken(h.get("Connection"), "close") {
		delete(h, "Connection")
		if w.req.ProtoAtLeast(1, 1) {
			connection = "close"
		}
	} else if !w.closeAfterReply && !w.req.ProtoAtLeast(1, 1) {
		connection = "keep-alive" // an HTTP/1.0 client asked for it
	}

	bw := w.conn.bw
	// The status line names the version of the request (RFC 7230
	// section 2.6 would allow 1.1, but an HTTP/1.0 client may not
	// expect it).
	proto := "HTTP/1.0"
	if w.req.ProtoAtLeast(1, 1) {
		proto = "HTTP/1.1"
	}
	fmt.Fprintf(bw, "%s %03d %s\r\n", proto, w.status, statusLineText(w.status))
	h.WriteSubset(bw, trailerPrefixed(h))
	writeExtraHeader(bw, "Date", date)
	writeExtraHeader(bw, "Content-Length", length)
	writeExtraHeader(bw, "Content-Type", contentType)
	writeExtraHeader(bw, "Connection", connection)
	writeExtraHeader(bw, "Transfer-Encoding", transferEncoding)
	bw.WriteString("\r\n")
	w.headerSent = true
	w.writeBody(w.buf)
	w.buf = nil
}

// declareTrailers records the trailer keys the handler announced in
// the "Trailer" header, and reports whether the response has
// trailers: announced, or already set with TrailerPrefix. Such a
// response is chunked, since trailers follow only a chunked body.
func (w *response) declareTrailers() bool {
	for _, v := range w.header["Trailer"] {
		foreachHeaderElement(v, func(key string) {
			key = CanonicalHeaderKey(key)
			if !forbiddenTrailer(key) {
				w.trailers = append(w.trailers, key)
			}
		})
	}
	return len(w.trailers) > 0 || len(trailerPrefixed(w.header)) > 0
}

// trailerPrefixed returns the keys of h that start with TrailerPrefix:
// trailer fields, not header ones.
func trailerPrefixed(h Header) map[string]bool {
	keys := make(map[string]bool)
	for k := range h {
		if strings.HasPrefix(k, TrailerPrefix) {
			keys[k] = true
		}
	}
	return keys
}

// finalTrailers collects the trailer to send once the handler is done:
// the values it set for the announced keys, and the fields it set
// with TrailerPrefix.
func (w *response) finalTrailers() Header {
	t := make(Header)
	for k, vv := range w.handlerHeader {
		if strings.HasPrefix(k, TrailerPrefix) {
			t[strings.TrimPrefix(k, TrailerPrefix)] = vv
		}
	}
	for _, k := range w.trailers {
		for _, v := range w.handlerHeader[k] {
			t.Add(k, v)
		}
	}
	return t
}

// writeExtraHeader writes a header line the server adds, if it has a
// value.
func writeExtraHeader(bw *bufio.Writer, key, value string) {
	if value != "" {
		bw.WriteString(key + ": " + value + "\r\n")
	}
}

// A connReader is the server's reader of a connection. While a
// handler runs with its request body read to the end, the connection
// is read in the background: a client going away then shows up as an
// error (which cancels the request's context and fires CloseNotify),
// and a byte of a next, pipelined request is kept for the next Read.
type connReader struct {
	conn *conn

	mu      sync.Mutex
	cond    *sync.Cond // signalled when a read ends
	inRead  bool       // a read, in the background or not, is running
	aborted bool       // abortPendingRead stopped the background read
	hasByte bool       // the background read got byteBuf[0]
	byteBuf [1]byte
}

func newConnReader(c *conn) *connReader {
	cr := &connReader{conn: c}
	cr.cond = sync.NewCond(&cr.mu)
	return cr
}

func (cr *connReader) Read(p []byte) (int, error) {
	cr.mu.Lock()
	if cr.inRead {
		cr.mu.Unlock()
		panic("net/http: connection read while a background read runs")
	}
	if len(p) == 0 {
		cr.mu.Unlock()
		return 0, nil
	}
	if cr.hasByte {
		p[0] = cr.byteBuf[0]
		cr.hasByte = false
		cr.mu.Unlock()
		return 1, nil
	}
	cr.inRead = true
	cr.mu.Unlock()

	n, err := cr.conn.rwc.Read(p)

	cr.mu.Lock()
	cr.inRead = false
	if err != nil {
		cr.handleReadError()
	}
	cr.mu.Unlock()
	cr.cond.Broadcast()
	return n, err
}

// startBackgroundRead begins reading one byte in the background,
// unless a byte is already waiting.
func (cr *connReader) startBackgroundRead() {
	cr.mu.Lock()
	defer cr.mu.Unlock()
	if cr.inRead || cr.hasByte {
		return
	}
	cr.inRead = true
	cr.conn.rwc.SetReadDeadline(time.Time{})
	go cr.backgroundRead()
}

func (cr *connReader) backgroundRead() {
	n, err := cr.conn.rwc.Read(cr.byteBuf[:])
	cr.mu.Lock()
	if n == 1 {
		cr.hasByte = true
	}
	// The timeout abortPendingRead provokes is no sign of a client
	// gone away; any other error is.
	ne, isNetErr := err.(net.Error)
	ourTimeout := isNetErr && ne.Timeout() && cr.aborted
	if err != nil && !ourTimeout {
		cr.handleReadError()
	}
	cr.aborted = false
	cr.inRead = false
	cr.mu.Unlock()
	cr.cond.Broadcast()
}

// abortPendingRead stops a background read, by making it time out,
// and waits for it to end.
func (cr *connReader) abortPendingRead() {
	cr.mu.Lock()
	defer cr.mu.Unlock()
	if !cr.inRead {
		return
	}
	cr.aborted = true
	cr.conn.rwc.SetReadDeadline(time.Unix(1, 0))
	for cr.inRead {
		cr.cond.Wait()
	}
	cr.conn.rwc.SetReadDeadline(time.Time{})
}

// handleReadError tells the handler that the connection is gone: its
// context is canceled and CloseNotify fires. cr.mu is held.
func (cr *connReader) handleReadError() {
	cr.conn.cancelCtx()
	c := cr.conn
	c.mu.Lock()
	defer c.mu.Unlock()
	if w := c.curReq; w != nil && !w.didCloseNotify {
		w.didCloseNotify = true
		w.closeNotifyCh <- true
	}
}
