package http

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"net/textproto"
	"strconv"
	"strings"
	"sync"
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
var ErrLineTooLong = errors.New("header line too long")

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
	close            bool // the connection closes after this message
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
		} else if len(te) != 1 || !strings.EqualFold(textproto.TrimString(te[0]), "chunked") {
			return f, &unsupportedTEError{fmt.Sprintf("unsupported transfer encoding: %q", te)}
		} else {
			// A chunked body ignores any Content-Length (RFC 7230 3.3.3).
			delete(header, "Transfer-Encoding")
			delete(header, "Content-Length")
			f.transferEncoding = []string{"chunked"}
			f.contentLength = -1
			return f, nil
		}
	}
	n, err := parseContentLength(header["Content-Length"])
	if err != nil {
		return f, err
	}
	f.contentLength = n
	return f, nil
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
// A body known to be empty is NoBody.
func bodyReader(f framing, r *bufio.Reader, isRequest bool) io.ReadCloser {
	switch {
	case len(f.transferEncoding) > 0:
		return &body{src: newChunkedReader(r), remaining: -1}
	case f.contentLength > 0:
		return &body{src: r, remaining: f.contentLength}
	case f.contentLength == 0 || isRequest:
		return NoBody
	}
	return &body{src: r, remaining: -1} // until the connection closes
}

// body is an incoming message body. It stops at the declared length
// and reports a body cut short as io.ErrUnexpectedEOF.
type body struct {
	src       io.Reader
	remaining int64 // bytes left of a Content-Length body, or -1

	mu     sync.Mutex
	sawEOF bool
	closed bool
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
		b.sawEOF = true
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
		b.sawEOF = true
	}
	return n, err
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

// writeBody writes body to w: chunked, or exactly contentLength bytes
// when the length is known (a body of another length is an error).
func writeBody(w io.Writer, body io.Reader, contentLength int64, chunked bool) error {
	if body == nil {
		if chunked {
			_, err := io.WriteString(w, "0\r\n\r\n")
			return err
		}
		return nil
	}
	if chunked {
		cw := newChunkedWriter(w)
		if _, err := io.Copy(cw, body); err != nil {
			return err
		}
		return cw.Close()
	}
	n, err := io.Copy(w, body)
	if err != nil {
		return err
	}
	if contentLength >= 0 && n != contentLength {
		return fmt.Errorf("http: ContentLength=%d with Body length %d", contentLength, n)
	}
	return nil
}

// writeTransferHeader writes the header lines that frame a message:
// "Connection: close" when it is the last on its connection, then its
// length, or chunked when the length is -1. sendLength says whether a
// known length is announced.
func writeTransferHeader(w *bufio.Writer, header Header, close bool, length int64, sendLength bool) {
	if close && !hasToken(header.get("Connection"), "close") {
		w.WriteString("Connection: close\r\n")
	}
	switch {
	case length < 0:
		w.WriteString("Transfer-Encoding: chunked\r\n")
	case sendLength:
		fmt.Fprintf(w, "Content-Length: %d\r\n", length)
	}
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
