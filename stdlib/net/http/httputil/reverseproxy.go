package httputil

import (
	"context"
	"fmt"
	"io"
	"log"
	"mime"
	"net"
	"net/http"
	"net/http/internal/ascii"
	"net/textproto"
	"net/url"
	"strings"
	"sync"
	"time"
)

// This file implements ReverseProxy, an http.Handler that forwards each
// request it serves to another server and copies the answer back. Per
// RFC 7230 section 6.1 the hop-by-hop headers, which describe one
// connection only, are dropped on both ways; the client's address is
// added to X-Forwarded-For; trailers are passed on; a request to switch
// protocols (Upgrade, answered with 101) joins the two connections.

// ReverseProxy is an http.Handler that passes each request it serves
// on to another server and returns that server's response to the
// client.
//
// Director must set the outgoing request's URL (often with
// NewSingleHostReverseProxy); ReverseProxy itself then removes the
// hop-by-hop headers and sets X-Forwarded-For.
type ReverseProxy struct {
	// Director turns the copy of the incoming request it is given
	// into the request to send with Transport (the response comes
	// back to the client as it is). It must not keep the request
	// past its return.
	Director func(*http.Request)

	// Transport sends the requests to the backend; nil means
	// http.DefaultTransport.
	Transport http.RoundTripper

	// FlushInterval is how often the response body is flushed to the
	// client while it is copied: zero means no periodic flush, a
	// negative value a flush after each write. Streaming responses
	// (an unknown Content-Length, or text/event-stream) are always
	// flushed after each write.
	FlushInterval time.Duration

	// ErrorLog is where errors are logged; nil means the log
	// package's standard logger.
	ErrorLog *log.Logger

	// BufferPool, if set, provides the buffers used to copy response
	// bodies.
	BufferPool BufferPool

	// ModifyResponse, if set, may change the backend's response
	// before it is copied. When it returns an error, ErrorHandler is
	// called with it instead. It is not called when the backend could
	// not be reached.
	ModifyResponse func(*http.Response) error

	// ErrorHandler, if set, handles the errors of reaching the backend
	// and of ModifyResponse. When nil, the error is logged and the
	// client gets 502 Bad Gateway.
	ErrorHandler func(http.ResponseWriter, *http.Request, error)
}

// A BufferPool lends the buffers that copy response bodies, and takes
// them back after the copy.
type BufferPool interface {
	Get() []byte
	Put([]byte)
}

// singleJoiningSlash joins a and b with exactly one slash between
// them: "/a/" and "/b" give "/a/b", as do "/a" and "b".
func singleJoiningSlash(a, b string) string {
	return strings.TrimSuffix(a, "/") + "/" + strings.TrimPrefix(b, "/")
}

// joinURLPath joins the paths of a and b as singleJoiningSlash does,
// and their escaped forms too when either has one of its own (as
// "/a%2Fb" has), so that the escaping survives. The slashes are those
// of the escaped forms, which both joins then share.
func joinURLPath(a, b *url.URL) (path, rawpath string) {
	if a.RawPath == "" && b.RawPath == "" {
		return singleJoiningSlash(a.Path, b.Path), ""
	}
	apath, bpath := a.EscapedPath(), b.EscapedPath()
	aslash, bslash := strings.HasSuffix(apath, "/"), strings.HasPrefix(bpath, "/")
	sep, skip := "/", 0 // what goes between, how much of b's start to drop
	if aslash || bslash {
		sep = ""
	}
	if aslash && bslash {
		skip = 1
	}
	return a.Path + sep + b.Path[skip:], apath + sep + bpath[skip:]
}

// NewSingleHostReverseProxy returns a ReverseProxy that sends every
// request to target's scheme and host, its path under target's path
// (a request for "/dir" to a target "/base" goes to "/base/dir"), its
// query after target's. The Host header is left as the client sent
// it; a Director that wraps this one may change it.
func NewSingleHostReverseProxy(target *url.URL) *ReverseProxy {
	targetQuery := target.RawQuery
	director := func(req *http.Request) {
		req.URL.Scheme = target.Scheme
		req.URL.Host = target.Host
		req.URL.Path, req.URL.RawPath = joinURLPath(target, req.URL)
		if targetQuery == "" || req.URL.RawQuery == "" {
			req.URL.RawQuery = targetQuery + req.URL.RawQuery
		} else {
			req.URL.RawQuery = targetQuery + "&" + req.URL.RawQuery
		}
		if _, ok := req.Header["User-Agent"]; !ok {
			// An empty value keeps net/http from adding its own.
			req.Header.Set("User-Agent", "")
		}
	}
	return &ReverseProxy{Director: director}
}

func copyHeader(dst, src http.Header) {
	for k, vv := range src {
		for _, v := range vv {
			dst.Add(k, v)
		}
	}
}

// hopHeaders are the hop-by-hop headers (RFC 7230 section 6.1, with
// Proxy-Connection that some clients still send), which a proxy must
// not forward.
var hopHeaders = []string{
	"Connection",
	"Proxy-Connection",
	"Keep-Alive",
	"Proxy-Authenticate",
	"Proxy-Authorization",
	"Te",
	"Trailer",
	"Transfer-Encoding",
	"Upgrade",
}

func (p *ReverseProxy) defaultErrorHandler(rw http.ResponseWriter, req *http.Request, err error) {
	p.logf("http: proxy error: %v", err)
	rw.WriteHeader(http.StatusBadGateway)
}

func (p *ReverseProxy) getErrorHandler() func(http.ResponseWriter, *http.Request, error) {
	if p.ErrorHandler != nil {
		return p.ErrorHandler
	}
	return p.defaultErrorHandler
}

// modifyResponse applies ModifyResponse to res; it reports false when
// that failed and the error was handled.
func (p *ReverseProxy) modifyResponse(rw http.ResponseWriter, res *http.Response, req *http.Request) bool {
	if p.ModifyResponse == nil {
		return true
	}
	if err := p.ModifyResponse(res); err != nil {
		res.Body.Close()
		p.getErrorHandler()(rw, req, err)
		return false
	}
	return true
}

func (p *ReverseProxy) ServeHTTP(rw http.ResponseWriter, req *http.Request) {
	transport := p.Transport
	if transport == nil {
		transport = http.DefaultTransport
	}

	ctx, stop := requestContext(rw, req)
	defer stop()
	outreq, reqUpType, err := p.outgoingRequest(req, ctx)
	if err != nil {
		p.getErrorHandler()(rw, req, err)
		return
	}
	if outreq.Body != nil {
		// The Transport may return before it has read all of the
		// body; closing it here ends that read.
		defer outreq.Body.Close()
	}

	res, err := transport.RoundTrip(outreq)
	if err != nil {
		p.getErrorHandler()(rw, outreq, err)
		return
	}

	if res.StatusCode == http.StatusSwitchingProtocols {
		if p.modifyResponse(rw, res, outreq) {
			p.handleUpgradeResponse(rw, outreq, res, reqUpType)
		}
		return
	}

	removeHopHeaders(res.Header)
	if !p.modifyResponse(rw, res, outreq) {
		return
	}
	p.copyResponseTo(rw, req, res)
}

// requestContext returns the context for the request to the backend:
// req's own, which a server cancels when the client goes away; or, when
// req's cannot be canceled (a handler called by hand, with
// context.Background), one canceled when rw's CloseNotify fires. stop
// ends the watch.
func requestContext(rw http.ResponseWriter, req *http.Request) (ctx context.Context, stop func()) {
	ctx = req.Context()
	cn, ok := rw.(http.CloseNotifier)
	if ctx.Done() != nil || !ok {
		return ctx, func() {}
	}
	ctx, cancel := context.WithCancel(ctx)
	closed := cn.CloseNotify()
	go func() {
		select {
		case <-closed:
			cancel()
		case <-ctx.Done():
		}
	}()
	return ctx, cancel
}

// outgoingRequest makes the request to send to the backend from req:
// a copy with context ctx passed through Director, less its hop-by-hop headers, plus
// X-Forwarded-For. It also returns the protocol the client asks to
// switch to, if any.
func (p *ReverseProxy) outgoingRequest(req *http.Request, ctx context.Context) (*http.Request, string, error) {
	outreq := req.Clone(ctx)
	if req.ContentLength == 0 {
		outreq.Body = nil // a nil Body lets the Transport retry the request
	}
	if outreq.Header == nil {
		outreq.Header = make(http.Header)
	}

	p.Director(outreq)
	if outreq.Form != nil {
		// Director parsed the form: send the query as it was read.
		outreq.URL.RawQuery = cleanQueryParams(outreq.URL.RawQuery)
	}
	outreq.Close = false

	reqUpType := upgradeType(outreq.Header)
	if !ascii.IsPrint(reqUpType) {
		return nil, "", fmt.Errorf("client tried to switch to invalid protocol %q", reqUpType)
	}
	removeHopHeaders(outreq.Header)

	// "Te: trailers" is the one Te a proxy may pass on: it tells the
	// backend the client accepts trailers (gRPC needs it).
	if headerValuesContainToken(req.Header["Te"], "trailers") {
		outreq.Header.Set("Te", "trailers")
	}
	if reqUpType != "" {
		outreq.Header.Set("Connection", "Upgrade")
		outreq.Header.Set("Upgrade", reqUpType)
	}
	addForwardedFor(outreq.Header, req.RemoteAddr)
	return outreq, reqUpType, nil
}

// addForwardedFor appends the client's IP to the X-Forwarded-For list.
// A nil value set by Director asks for no X-Forwarded-For at all.
func addForwardedFor(h http.Header, remoteAddr string) {
	clientIP, _, err := net.SplitHostPort(remoteAddr)
	if err != nil {
		return
	}
	prior, ok := h["X-Forwarded-For"]
	if ok && prior == nil {
		return
	}
	if len(prior) > 0 {
		clientIP = strings.Join(prior, ", ") + ", " + clientIP
	}
	h.Set("X-Forwarded-For", clientIP)
}

// copyResponseTo writes the backend's response res to the client:
// header, body, then trailers.
func (p *ReverseProxy) copyResponseTo(rw http.ResponseWriter, req *http.Request, res *http.Response) {
	copyHeader(rw.Header(), res.Header)

	// Announce the trailers the backend announced, so that they can
	// be sent after the body.
	announcedTrailers := len(res.Trailer)
	if announcedTrailers > 0 {
		trailerKeys := make([]string, 0, len(res.Trailer))
		for k := range res.Trailer {
			trailerKeys = append(trailerKeys, k)
		}
		rw.Header().Add("Trailer", strings.Join(trailerKeys, ", "))
	}

	rw.WriteHeader(res.StatusCode)

	if err := p.copyResponse(rw, res.Body, p.flushInterval(res)); err != nil {
		defer res.Body.Close()
		// The header is sent: the only way left to tell the client is
		// to abort the response, which the server does on this panic.
		if !shouldPanicOnCopyError(req) {
			p.logf("suppressing panic for copyResponse error in test; copy error: %v", err)
			return
		}
		panic(http.ErrAbortHandler)
	}
	res.Body.Close() // reading to the end fills res.Trailer

	if len(res.Trailer) > 0 {
		// Send the body's end now: the trailers come after it.
		if fl, ok := rw.(http.Flusher); ok {
			fl.Flush()
		}
	}
	if len(res.Trailer) == announcedTrailers {
		copyHeader(rw.Header(), res.Trailer)
		return
	}
	// Trailers the backend did not announce go with the prefix that
	// tells net/http's server they are trailers.
	for k, vv := range res.Trailer {
		k = http.TrailerPrefix + k
		for _, v := range vv {
			rw.Header().Add(k, v)
		}
	}
}

// inOurTests is set by the package's tests, to panic on copy errors
// even when no http.Server runs the proxy.
var inOurTests bool

// shouldPanicOnCopyError reports whether a failed body copy may panic
// with http.ErrAbortHandler: only when an http.Server, which recovers
// from that panic, runs the handler.
func shouldPanicOnCopyError(req *http.Request) bool {
	return inOurTests || req.Context().Value(http.ServerContextKey) != nil
}

// removeHopHeaders deletes the hop-by-hop headers from h: those of
// hopHeaders and those its Connection header names.
func removeHopHeaders(h http.Header) {
	for _, f := range h["Connection"] {
		for _, sf := range strings.Split(f, ",") {
			if sf = textproto.TrimString(sf); sf != "" {
				h.Del(sf)
			}
		}
	}
	for _, name := range hopHeaders {
		h.Del(name)
	}
}

// headerValuesContainToken reports whether token is an element of one
// of the comma-separated lists values, ignoring ASCII case.
func headerValuesContainToken(values []string, token string) bool {
	for _, v := range values {
		for _, element := range strings.Split(v, ",") {
			if ascii.EqualFold(textproto.TrimString(element), token) {
				return true
			}
		}
	}
	return false
}

// flushInterval returns how often to flush the body of res: always
// for streams, FlushInterval otherwise.
func (p *ReverseProxy) flushInterval(res *http.Response) time.Duration {
	resCT := res.Header.Get("Content-Type")
	if baseCT, _, _ := mime.ParseMediaType(resCT); baseCT == "text/event-stream" {
		return -1 // a stream of events: deliver each as it comes
	}
	if res.ContentLength == -1 {
		return -1 // possibly a stream too (gRPC is)
	}
	return p.FlushInterval
}

// copyResponse copies src to dst, flushing dst as flushInterval says.
func (p *ReverseProxy) copyResponse(dst io.Writer, src io.Reader, flushInterval time.Duration) error {
	if flushInterval != 0 {
		if wf, ok := dst.(writeFlusher); ok {
			mlw := &maxLatencyWriter{dst: wf, latency: flushInterval}
			defer mlw.stop()
			// The header is written but not yet flushed.
			mlw.flushPending = true
			mlw.t = time.AfterFunc(flushInterval, mlw.delayedFlush)
			dst = mlw
		}
	}

	var buf []byte
	if p.BufferPool != nil {
		buf = p.BufferPool.Get()
		defer p.BufferPool.Put(buf)
	}
	_, err := p.copyBuffer(dst, src, buf)
	return err
}

// copyBuffer is io.CopyBuffer, but it logs read errors, and it returns
// on a read error only after writing what was read with it.
func (p *ReverseProxy) copyBuffer(dst io.Writer, src io.Reader, buf []byte) (int64, error) {
	if len(buf) == 0 {
		buf = make([]byte, 32*1024)
	}
	var written int64
	for {
		nr, rerr := src.Read(buf)
		if rerr != nil && rerr != io.EOF && rerr != context.Canceled {
			p.logf("httputil: ReverseProxy read error during body copy: %v", rerr)
		}
		if nr > 0 {
			nw, werr := dst.Write(buf[:nr])
			if nw > 0 {
				written += int64(nw)
			}
			if werr != nil {
				return written, werr
			}
			if nr != nw {
				return written, io.ErrShortWrite
			}
		}
		if rerr == io.EOF {
			return written, nil
		}
		if rerr != nil {
			return written, rerr
		}
	}
}

func (p *ReverseProxy) logf(format string, args ...any) {
	if p.ErrorLog != nil {
		p.ErrorLog.Printf(format, args...)
	} else {
		log.Printf(format, args...)
	}
}

type writeFlusher interface {
	io.Writer
	http.Flusher
}

// maxLatencyWriter flushes dst at most latency after a write, so that
// a slow body still reaches the client in good time; a negative
// latency flushes after every write.
type maxLatencyWriter struct {
	dst     writeFlusher
	latency time.Duration // not zero

	mu           sync.Mutex // guards t, flushPending and dst.Flush
	t            *time.Timer
	flushPending bool
}

func (m *maxLatencyWriter) Write(p []byte) (n int, err error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	n, err = m.dst.Write(p)
	if m.latency < 0 {
		m.dst.Flush()
		return n, err
	}
	if m.flushPending {
		return n, err // the timer already runs
	}
	if m.t == nil {
		m.t = time.AfterFunc(m.latency, m.delayedFlush)
	} else {
		m.t.Reset(m.latency)
	}
	m.flushPending = true
	return n, err
}

func (m *maxLatencyWriter) delayedFlush() {
	m.mu.Lock()
	defer m.mu.Unlock()
	if !m.flushPending {
		return // stop came first
	}
	m.dst.Flush()
	m.flushPending = false
}

func (m *maxLatencyWriter) stop() {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.flushPending = false
	if m.t != nil {
		m.t.Stop()
	}
}

// upgradeType returns the protocol h asks to switch to, "" if none.
func upgradeType(h http.Header) string {
	if !headerValuesContainToken(h["Connection"], "Upgrade") {
		return ""
	}
	return h.Get("Upgrade")
}

// handleUpgradeResponse completes a protocol switch the backend
// accepted: it sends the 101 response to the client, then copies bytes
// both ways between the client's connection and the backend's until
// either side stops.
func (p *ReverseProxy) handleUpgradeResponse(rw http.ResponseWriter, req *http.Request, res *http.Response, reqUpType string) {
	resUpType := upgradeType(res.Header)
	if !ascii.IsPrint(resUpType) {
		p.getErrorHandler()(rw, req, fmt.Errorf("backend tried to switch to invalid protocol %q", resUpType))
	}
	if !ascii.EqualFold(reqUpType, resUpType) {
		p.getErrorHandler()(rw, req, fmt.Errorf("backend tried to switch protocol %q when %q was requested", resUpType, reqUpType))
		return
	}

	hj, ok := rw.(http.Hijacker)
	if !ok {
		p.getErrorHandler()(rw, req, fmt.Errorf("can't switch protocols using non-Hijacker ResponseWriter type %T", rw))
		return
	}
	backConn, ok := res.Body.(io.ReadWriteCloser)
	if !ok {
		p.getErrorHandler()(rw, req, fmt.Errorf("internal error: 101 switching protocols response with non-writable body"))
		return
	}

	// Close the backend's connection when the request is cancelled or
	// the copies end, whichever comes first.
	backConnCloseCh := make(chan bool)
	go func() {
		select {
		case <-req.Context().Done():
		case <-backConnCloseCh:
		}
		backConn.Close()
	}()
	defer close(backConnCloseCh)

	conn, brw, err := hj.Hijack()
	if err != nil {
		p.getErrorHandler()(rw, req, fmt.Errorf("Hijack failed on protocol switch: %v", err))
		return
	}
	defer conn.Close()

	copyHeader(rw.Header(), res.Header)
	res.Header = rw.Header()
	res.Body = nil // the body is the backend's connection: write the head only
	if err := res.Write(brw); err != nil {
		p.getErrorHandler()(rw, req, fmt.Errorf("response write: %v", err))
		return
	}
	if err := brw.Flush(); err != nil {
		p.getErrorHandler()(rw, req, fmt.Errorf("response flush: %v", err))
		return
	}
	errc := make(chan error, 1)
	spc := switchProtocolCopier{user: conn, backend: backConn}
	go spc.copyToBackend(errc)
	go spc.copyFromBackend(errc)
	<-errc
}

// switchProtocolCopier copies bytes between the client's connection
// (user) and the backend's, one goroutine each way.
type switchProtocolCopier struct {
	user, backend io.ReadWriter
}

func (c switchProtocolCopier) copyFromBackend(errc chan<- error) {
	_, err := io.Copy(c.user, c.backend)
	errc <- err
}

func (c switchProtocolCopier) copyToBackend(errc chan<- error) {
	_, err := io.Copy(c.backend, c.user)
	errc <- err
}

// cleanQueryParams returns the query s, re-encoded when it holds what
// url.ParseQuery rejects (a ';' or a bad '%' escape), so that the
// backend sees the query the proxy parsed and not another reading of
// it.
func cleanQueryParams(s string) string {
	for i := 0; i < len(s); {
		switch s[i] {
		case ';':
			return reencodeQuery(s)
		case '%':
			if i+2 >= len(s) || !ishex(s[i+1]) || !ishex(s[i+2]) {
				return reencodeQuery(s)
			}
			i += 3
		default:
			i++
		}
	}
	return s
}

// reencodeQuery keeps the parts of the query s that parse.
func reencodeQuery(s string) string {
	v, _ := url.ParseQuery(s)
	return v.Encode()
}

func ishex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}
