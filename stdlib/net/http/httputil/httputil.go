// Package httputil holds HTTP helpers less often needed than those of
// net/http: dumps of requests and responses for debugging, a reverse
// proxy, the chunked transfer coding, and the deprecated persistent
// connections of Go's first HTTP package.
package httputil

import (
	"io"
	"net/http/internal"
)

// NewChunkedReader returns a reader that decodes the HTTP "chunked"
// body read from r. It returns io.EOF when it reads the final chunk,
// the one of length zero.
//
// Normal applications do not need it: net/http decodes chunked bodies
// itself when it reads a request or a response.
func NewChunkedReader(r io.Reader) io.Reader {
	return internal.NewChunkedReader(r)
}

// NewChunkedWriter returns a writer that encodes each Write as one HTTP
// "chunk" on w. Its Close writes the final, empty chunk, but not the
// trailer that may follow it.
//
// Normal applications do not need it: net/http chunks a body itself
// when a handler sets no Content-Length.
func NewChunkedWriter(w io.Writer) io.WriteCloser {
	return internal.NewChunkedWriter(w)
}

// ErrLineTooLong is returned when reading a malformed chunked body
// whose size line is too long.
var ErrLineTooLong = internal.ErrLineTooLong
