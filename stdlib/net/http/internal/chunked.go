// Package internal holds what net/http and net/http/httputil share:
// the chunked transfer coding.
package internal

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"net/textproto"
	"strconv"
	"strings"
)

// This file implements the chunked transfer coding (RFC 7230 section
// 4.1): a body is a sequence of chunks, each "size-in-hex\r\n" then
// that many bytes then "\r\n", ended by a chunk of size zero. What
// follows the last chunk, the trailer up to a blank line, belongs to
// the caller: the reader stops before it and the writer leaves it out.

// maxChunkLineLength bounds a chunk's size line, extensions included.
const maxChunkLineLength = 4096

// ErrLineTooLong is returned when a chunk's size line is too long.
var ErrLineTooLong = errors.New("header line too long")

// chunkedReader decodes a chunked body. A Read goes on to the next
// chunk while its header is already buffered, so that a body sent in
// small chunks reads in large pieces.
type chunkedReader struct {
	r        *bufio.Reader
	left     uint64 // bytes left in the current chunk
	needCRLF bool   // a chunk's data was read; its "\r\n" is next
	err      error
}

// NewChunkedReader returns a reader of the data carried by the chunked
// body r. It returns io.EOF after the last, empty chunk's size line,
// leaving the trailer unread in r.
func NewChunkedReader(r io.Reader) io.Reader {
	br, ok := r.(*bufio.Reader)
	if !ok {
		br = bufio.NewReader(r)
	}
	return &chunkedReader{r: br}
}

func (cr *chunkedReader) Read(p []byte) (n int, err error) {
	for cr.err == nil {
		if cr.needCRLF {
			if n > 0 && cr.r.Buffered() < 2 {
				break // do not wait for what may come later
			}
			cr.readCRLF()
			continue
		}
		if cr.left == 0 {
			if n > 0 && !cr.chunkHeaderAvailable() {
				break
			}
			cr.beginChunk()
			continue
		}
		if n == len(p) {
			break
		}
		rbuf := p[n:]
		if uint64(len(rbuf)) > cr.left {
			rbuf = rbuf[:cr.left]
		}
		k, err := cr.r.Read(rbuf)
		n += k
		cr.left -= uint64(k)
		cr.needCRLF = cr.left == 0
		if err != nil {
			cr.err = unexpectedEOF(err)
		}
	}
	return n, cr.err
}

// readCRLF reads the "\r\n" that ends a chunk's data.
func (cr *chunkedReader) readCRLF() {
	cr.needCRLF = false
	var crlf [2]byte
	if _, err := io.ReadFull(cr.r, crlf[:]); err != nil {
		cr.err = unexpectedEOF(err)
	} else if string(crlf[:]) != "\r\n" {
		cr.err = errors.New("malformed chunked encoding")
	}
}

// chunkHeaderAvailable reports whether a whole size line is buffered.
func (cr *chunkedReader) chunkHeaderAvailable() bool {
	buf, _ := cr.r.Peek(cr.r.Buffered())
	return bytes.IndexByte(buf, '\n') >= 0
}

// beginChunk reads the size line of the next chunk; the last chunk
// sets io.EOF.
func (cr *chunkedReader) beginChunk() {
	line, err := cr.r.ReadSlice('\n')
	switch {
	case err == bufio.ErrBufferFull || len(line) >= maxChunkLineLength:
		cr.err = ErrLineTooLong
		return
	case err != nil:
		cr.err = unexpectedEOF(err)
		return
	}
	size, _, _ := strings.Cut(string(line), ";") // chunk extensions are ignored
	cr.left, err = parseChunkSize(textproto.TrimString(size))
	if err != nil {
		cr.err = err
	} else if cr.left == 0 {
		cr.err = io.EOF
	}
}

// parseChunkSize parses a chunk's size: hexadecimal digits only (no
// sign, no "0x"), at most 16 of them so that it fits in 64 bits.
func parseChunkSize(s string) (uint64, error) {
	if len(s) > 16 {
		return 0, errors.New("http chunk length too large")
	}
	for i := 0; i < len(s); i++ {
		if !isHexDigit(s[i]) {
			return 0, errors.New("invalid byte in chunk length")
		}
	}
	if s == "" {
		return 0, nil // an empty size counts as zero: the last chunk
	}
	return strconv.ParseUint(s, 16, 64)
}

func isHexDigit(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

// unexpectedEOF turns io.EOF, which inside a chunked body means it was
// cut short, into io.ErrUnexpectedEOF.
func unexpectedEOF(err error) error {
	if err == io.EOF {
		return io.ErrUnexpectedEOF
	}
	return err
}

// chunkedWriter encodes what is written as chunks, one per Write.
type chunkedWriter struct {
	w io.Writer
}

// NewChunkedWriter returns a writer that sends what it is given to w
// as chunks, one per Write. Close writes the last, empty chunk but not
// the trailer nor the blank line that ends the body: the caller writes
// those.
func NewChunkedWriter(w io.Writer) io.WriteCloser {
	return &chunkedWriter{w}
}

func (cw *chunkedWriter) Write(p []byte) (int, error) {
	if len(p) == 0 {
		return 0, nil // an empty chunk would end the body
	}
	if _, err := fmt.Fprintf(cw.w, "%x\r\n", len(p)); err != nil {
		return 0, err
	}
	n, err := cw.w.Write(p)
	if err == nil && n != len(p) {
		err = io.ErrShortWrite
	}
	if err == nil {
		_, err = io.WriteString(cw.w, "\r\n")
	}
	return n, err
}

// Close writes the last chunk.
func (cw *chunkedWriter) Close() error {
	_, err := io.WriteString(cw.w, "0\r\n")
	return err
}
