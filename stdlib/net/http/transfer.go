package http

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"net/http/internal"
	"net/http/internal/ascii"
	"net/textproto"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
)

// This file implements the framing of HTTP/1.1 message bodies (RFC 7230
// section 3.3): how long a body is (Content-Length, chunked, or until
// the connection closes) when one is read, and how it is written.

// ErrBodyReadAfterClose is returned when reading a Request or Response
// Body after the body has been closed. This typically happens when the
// body is read after an HTTP Handler calls WriteHeader or Write on its
// ResponseWriter.
var ErrBodyReadAfterClose = errors.New("http: invalid Read on closed Body")

// ErrLineTooLong is returned when reading request or response bodies
// with malformed chunked encoding.
var ErrLineTooLong = internal.ErrLineTooLong

// NoBody is an io.ReadCloser with no bytes. Read always returns EOF and
// Close always returns nil. It can be used in an outgoing client request
// to explicitly signal that a request has zero bytes.
var NoBody = noBody{}

type noBody struct{}

func (noBody) Read([]byte) (int, error)         { return 0, io.EOF }
func (noBody) Close() error                     { return nil }
func (noBody) WriteTo(io.Writer) (int64, error) { return 0, nil }

// A framing says how an incoming message's body is delimited.
type framing struct {
	contentLength    int64 // -1 when unknown
	transferEncoding []string
	close            bool   // the connection closes after this message
	trailer          Header // the announced trailer keys, without values
}

// readFraming reads the framing of a message from its header. isRequest
// tells a request (whose body, without a length, is empty) from a
// response (whose body then runs until the connection closes).
func readFraming(header Header, major, minor int, isRequest bool) (framing, error) {
	f := framing{close: shouldClose(major, minor, header, isRequest)}
	te := header["Transfer-Encoding"]
	if len(te) > 0 {
		if major < 1 || major == 1 && minor == 0 {
			delete(header, "Transfer-Encoding") // HTTP/1.0 knows no chunking
		} else if len(te) != 1 || !ascii.EqualFold(textproto.TrimString(te[0]), "chunked") {
			return f, &unsupportedTEError{fmt.Sprintf("unsupported transfer encoding: %q", te)}
		} else {
			// A chunked body ignores any Content-Length (RFC 7230 3.3.3).
			delete(header, "Transfer-Encoding")
			delete(header, "Content-Length")
			f.transferEncoding = []string{"chunked"}
			f.contentLength = -1
			var err error
			f.trailer, err = announcedTrailer(header)
			return f, err
		}
	}
	n, err := parseContentLength(header["Content-Length"])
	if err != nil {
		return f, err
	}
	f.contentLength = n
	return f, nil
}

// announcedTrailer takes the "Trailer" header of a chunked message
// and returns the keys it announces, each with no value yet: the body
// fills them in when it reaches the trailer. (A message that is not
// chunked has no trailer, and its "Trailer" header is left alone.)
func announcedTrailer(header Header) (Header, error) {
	values, ok := header["Trailer"]
	if !ok {
		return nil, nil
	}
	header.Del("Trailer")
	trailer := make(Header)
	var err error
	for _, v := range values {
		foreachHeaderElement(v, func(key string) {
			key = CanonicalHeaderKey(key)
			if forbiddenTrailer(key) && err == nil {
				err = badStringError("bad trailer key", key)
			}
			trailer[key] = nil
		})
	}
	if err != nil || len(trailer) == 0 {
		return nil, err
	}
	return trailer, nil
}

// forbiddenTrailer reports whether key frames the message, so that it
// may not come after the body.
func forbiddenTrailer(key string) bool {
	return key == "Transfer-Encoding" || key == "Trailer" || key == "Content-Length"
}

// parseContentLength parses the Content-Length values, which must all
// agree; without any, the length is -1.
func parseContentLength(values []string) (int64, error) {
	if len(values) == 0 {
		return -1, nil
	}
	first := textproto.TrimString(values[0])
	for _, v := range values[1:] {
		if textproto.TrimString(v) != first {
			return 0, fmt.Errorf("http: message cannot contain multiple Content-Length headers; got %q", values)
		}
	}
	n, err := strconv.ParseUint(first, 10, 63)
	if err != nil {
		return 0, badStringError("bad Content-Length", first)
	}
	return int64(n), nil
}

// shouldClose reports whether the connection closes after a message of
// this version and header: HTTP/1.0 keeps it only when asked with
// "Connection: keep-alive", HTTP/1.1 closes it when told "close". A
// request's "Connection: close" is consumed.
func shouldClose(major, minor int, header Header, removeCloseHeader bool) bool {
	if major < 1 {
		return true
	}
	conv := header["Connection"]
	hasClose := false
	for _, v := range conv {
		hasClose = hasClose || hasToken(v, "close")
	}
	if major == 1 && minor == 0 {
		keepAlive := false
		for _, v := range conv {
			keepAlive = keepAlive || hasToken(v, "keep-alive")
		}
		return hasClose || !keepAlive
	}
	if hasClose && removeCloseHeader {
		header.Del("Connection")
	}
	return hasClose
}

// bodyReader returns the body of a message framed by f, read from r.
// A body known to be empty is NoBody. A chunked body stores the
// trailer it ends with in *trailer.
func bodyReader(f framing, r *bufio.Reader, isRequest bool, trailer *Header) io.ReadCloser {
	switch {
	case len(f.transferEncoding) > 0:
		return &body{src: &chunkedBody{internal.NewChunkedReader(r), r, trailer}, remaining: -1}
	case f.contentLength > 0:
		return &body{src: r, remaining: f.contentLength}
	case f.contentLength == 0 || isRequest:
		return NoBody
	}
	return &body{src: r, remaining: -1} // until the connection closes
}

// chunkedBody reads a chunked body, then the trailer that follows its
// last chunk: its fields are merged into *trailer (the message's
// Trailer, which holds the announced keys until then).
type chunkedBody struct {
	data    io.Reader // internal.NewChunkedReader(br)
	br      *bufio.Reader
	trailer *Header
}

func (c *chunkedBody) Read(p []byte) (int, error) {
	n, err := c.data.Read(p)
	if err == io.EOF {
		if terr := c.readTrailer(); terr != nil {
			err = terr
		}
	}
	return n, err
}

// readTrailer reads the trailer's header lines up to the blank line
// that ends the message.
func (c *chunkedBody) readTrailer() error {
	fields, err := textproto.NewReader(c.br).ReadMIMEHeader()
	switch {
	case err == io.EOF:
		return io.ErrUnexpectedEOF
	case err != nil:
		return errors.New("http: malformed trailer: " + err.Error())
	case len(fields) == 0:
		return nil
	}
	if *c.trailer == nil {
		*c.trailer = make(Header)
	}
	for k, vv := range fields {
		(*c.trailer)[k] = vv
	}
	return nil
}

// body is an incoming message body. It stops at the declared length
// and reports a body cut short as io.ErrUnexpectedEOF.
type body struct {
	src       io.Reader
	remaining int64 // bytes left of a Content-Length body, or -1

	mu     sync.Mutex
	sawEOF bool
	closed bool
	onEOF  func() // called once, when the body's end is first read
}

func (b *body) Read(p []byte) (n int, err error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.closed {
		return 0, ErrBodyReadAfterClose
	}
	return b.read(p)
}

// read reads from the body; b.mu is held.
func (b *body) read(p []byte) (n int, err error) {
	if b.sawEOF {
		return 0, io.EOF
	}
	if b.remaining == 0 {
		b.hitEOF()
		return 0, io.EOF
	}
	if b.remaining > 0 && int64(len(p)) > b.remaining {
		p = p[:b.remaining]
	}
	n, err = b.src.Read(p)
	if b.remaining > 0 {
		b.remaining -= int64(n)
		if b.remaining == 0 && err == nil {
			err = io.EOF
		}
		if err == io.EOF && b.remaining > 0 {
			err = io.ErrUnexpectedEOF
		}
	}
	if err == io.EOF {
		b.hitEOF()
	}
	return n, err
}

// setOnEOF sets the func called when the body's end is first read
// (nil for none).
func (b *body) setOnEOF(fn func()) {
	b.mu.Lock()
	b.onEOF = fn
	b.mu.Unlock()
}

// hitEOF records that the body was read to its end; b.mu is held.
func (b *body) hitEOF() {
	b.sawEOF = true
	if b.onEOF != nil {
		b.onEOF()
		b.onEOF = nil
	}
}

// Close marks the body closed; what is left unread stays on the
// connection (the server or transport decides what to do with it).
func (b *body) Close() error {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.closed = true
	return nil
}

// drain reads what is left of the body, up to limit bytes, and reports
// whether it reached the end: only then may the connection carry
// another message.
func (b *body) drain(limit int64) bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	buf := make([]byte, 4096)
	for n := int64(0); n <= limit; {
		k, err := b.read(buf)
		n += int64(k)
		if err != nil {
			return err == io.EOF
		}
	}
	return false
}

// writeBody writes body to w: chunked, as it comes when contentLength
// is -1, or exactly contentLength bytes (a body of another length is an
// error, after the bytes past the length were read and dropped). A
// chunked body ends with trailer, whose values are taken only then, so
// that they may be set while the body is read.
func writeBody(w io.Writer, body io.Reader, contentLength int64, chunked bool, trailer Header) error {
	if body == nil {
		if chunked {
			if _, err := io.WriteString(w, "0\r\n"); err != nil {
				return err
			}
			return writeTrailer(w, trailer)
		}
		return nil
	}
	if chunked {
		cw := internal.NewChunkedWriter(w)
		if _, err := io.Copy(cw, body); err != nil {
			return err
		}
		if err := cw.Close(); err != nil {
			return err
		}
		return writeTrailer(w, trailer)
	}
	if contentLength < 0 {
		_, err := io.Copy(w, body)
		return err
	}
	n, err := io.Copy(w, io.LimitReader(body, contentLength))
	if err != nil {
		return err
	}
	extra, err := io.Copy(io.Discard, body)
	if err != nil {
		return err
	}
	if n+extra != contentLength {
		return fmt.Errorf("http: ContentLength=%d with Body length %d", contentLength, n+extra)
	}
	return nil
}

// writeTrailer writes the trailer fields and the blank line that ends
// a chunked message.
func writeTrailer(w io.Writer, trailer Header) error {
	if err := trailer.Write(w); err != nil {
		return err
	}
	_, err := io.WriteString(w, "\r\n")
	return err
}

// trailerHeaderLine returns the "Trailer" header announcing the keys
// of trailer, sorted and comma-separated ("" when there are none).
func trailerHeaderLine(trailer Header) (string, error) {
	keys := make([]string, 0, len(trailer))
	for k := range trailer {
		k = CanonicalHeaderKey(k)
		if forbiddenTrailer(k) {
			return "", badStringError("invalid Trailer key", k)
		}
		keys = append(keys, k)
	}
	if len(keys) == 0 {
		return "", nil
	}
	sort.Strings(keys)
	return "Trailer: " + strings.Join(keys, ",") + "\r\n", nil
}

// writeTransferHeader writes the header lines that frame a message:
// "Connection: close" when it is the last on its connection, then
// "Transfer-Encoding: chunked" or its length (none when length is -1),
// then the "Trailer" line announcing trailer's keys.
func writeTransferHeader(w io.Writer, header Header, close, chunked bool, length int64, trailer Header) error {
	if close && !hasToken(header.get("Connection"), "close") {
		if _, err := io.WriteString(w, "Connection: close\r\n"); err != nil {
			return err
		}
	}
	var err error
	switch {
	case chunked:
		_, err = io.WriteString(w, "Transfer-Encoding: chunked\r\n")
	case length >= 0:
		_, err = fmt.Fprintf(w, "Content-Length: %d\r\n", length)
	}
	if err != nil {
		return err
	}
	line, err := trailerHeaderLine(trailer)
	if err != nil || line == "" {
		return err
	}
	_, err = io.WriteString(w, line)
	return err
}

// A transferWriter frames an outgoing request's body: it decides,
// from the request's Body, ContentLength and TransferEncoding, whether
// the body is announced by its length, sent chunked, or (a CONNECT's)
// sent as it comes, and writes it.
type transferWriter struct {
	method        string
	body          io.Reader // nil when there is none to send
	contentLength int64     // -1 when unknown
	chunked       bool
	identity      bool // TransferEncoding is "identity"
	close         bool
	flushHeaders  bool   // the body may block: send the header first
	trailer       Header // sent after a chunked body
}

func newTransferWriter(r *Request) (*transferWriter, error) {
	if r.ContentLength != 0 && r.Body == nil {
		return nil, fmt.Errorf("http: Request.ContentLength=%d with nil Body", r.ContentLength)
	}
	te := r.TransferEncoding
	t := &transferWriter{
		method:        valueOrDefault(r.Method, "GET"),
		contentLength: r.outgoingLength(),
		chunked:       len(te) > 0 && te[0] == "chunked",
		identity:      len(te) == 1 && te[0] == "identity",
		close:         r.Close,
		trailer:       r.Trailer,
	}
	if r.Body != nil {
		t.body = r.Body
	}
	if t.contentLength < 0 && len(te) == 0 && t.shouldSendChunkedRequestBody() {
		t.chunked = true
	}
	if t.contentLength != 0 && !isKnownInMemoryReader(t.body) {
		t.flushHeaders = true
	}
	switch {
	case t.body == nil:
		t.chunked, t.contentLength = false, 0
	case t.chunked:
		t.contentLength = -1
	}
	return t, nil
}

// shouldSendChunkedRequestBody reports whether a body of unknown length
// is sent chunked. A GET (or another method that seldom has a body)
// with a Body that turns out empty is sent without one: servers are
// confused by a GET with a body, even an empty chunked one.
func (t *transferWriter) shouldSendChunkedRequestBody() bool {
	if t.method == "CONNECT" {
		return false
	}
	if requestMethodUsuallyLacksBody(t.method) {
		t.probeRequestBody()
		return t.body != nil
	}
	return true
}

// A readResult is the outcome of the probe's one-byte read.
type readResult struct {
	n   int
	err error
	b   byte // the byte read, when n is 1
}

// probeRequestBody reads one byte of the body to tell an empty body
// (io.EOF at once: then there is none) from one with bytes, which are
// put back in front. A body that does not answer within 200 ms (a pipe
// fed only once the response arrives) is taken as of unknown length;
// the byte read is awaited when the body is written.
func (t *transferWriter) probeRequestBody() {
	ch := make(chan readResult, 1)
	go func(body io.Reader) {
		var buf [1]byte
		n, err := body.Read(buf[:])
		ch <- readResult{n, err, buf[0]}
		close(ch)
	}(t.body)
	timer := time.NewTimer(200 * time.Millisecond)
	defer timer.Stop()
	select {
	case res := <-ch:
		switch {
		case res.n == 0 && res.err == io.EOF:
			t.body, t.contentLength = nil, 0
		case res.n == 1 && res.err != nil:
			t.body = io.MultiReader(bytes.NewReader([]byte{res.b}), errorReader{res.err})
		case res.n == 1:
			t.body = io.MultiReader(bytes.NewReader([]byte{res.b}), t.body)
		case res.err != nil:
			t.body = errorReader{res.err}
		}
	case <-timer.C:
		t.body = io.MultiReader(asyncByteRead(ch), t.body)
		t.flushHeaders = true
	}
}

// errorReader is a body whose reads fail with err.
type errorReader struct {
	err error
}

func (r errorReader) Read([]byte) (int, error) { return 0, r.err }

// asyncByteRead is the probe's byte, read when it arrives; then the
// body goes on (its EOF ends this part of a MultiReader).
type asyncByteRead chan readResult

func (ch asyncByteRead) Read(p []byte) (int, error) {
	if len(p) == 0 {
		return 0, nil
	}
	res := <-ch
	if res.n == 1 {
		p[0] = res.b
	}
	if res.err == nil {
		res.err = io.EOF
	}
	return res.n, res.err
}

// isKnownInMemoryReader reports whether r never blocks, so the header
// may wait in the buffer for the body. (Go also looks inside
// io.NopCloser, which needs reflection: here such a body flushes the
// header first, costing one more packet.)
func isKnownInMemoryReader(r io.Reader) bool {
	switch r.(type) {
	case *bytes.Reader, *bytes.Buffer, *strings.Reader:
		return true
	}
	return false
}

// shouldSendContentLength reports whether the header announces the
// body's length: a known one, and an empty one for the methods servers
// expect a body of.
func (t *transferWriter) shouldSendContentLength() bool {
	switch {
	case t.chunked || t.contentLength < 0:
		return false
	case t.contentLength > 0:
		return true
	case bodyMethod(t.method):
		return true
	}
	return t.identity && t.method != "GET" && t.method != "HEAD"
}

// bodyMethod reports whether requests of method are expected to carry a
// body: a form there is parsed, and a zero length is still announced
// (many servers want one).
func bodyMethod(method string) bool {
	return method == "POST" || method == "PUT" || method == "PATCH"
}

func (t *transferWriter) writeHeader(w io.Writer, header Header) error {
	length := int64(-1)
	if t.shouldSendContentLength() {
		length = t.contentLength
	}
	return writeTransferHeader(w, header, t.close, t.chunked, length, t.trailer)
}

func (t *transferWriter) writeBody(w io.Writer) error {
	if t.body == nil {
		return nil
	}
	return writeBody(w, t.body, t.contentLength, t.chunked, t.trailer)
}

// unsupportedTEError reports a transfer encoding other than chunked.
type unsupportedTEError struct {
	err string
}

func (uste *unsupportedTEError) Error() string {
	return uste.err
}

// badStringError reports a malformed value of a message: "what value".
func badStringError(what, val string) error { return fmt.Errorf("%s %q", what, val) }
