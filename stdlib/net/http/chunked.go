package http

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
// that many bytes then "\r\n", ended by a chunk of size zero and the
// (here ignored) trailer, up to a blank line.

// maxChunkLineLength bounds a chunk's size line, extensions included.
const maxChunkLineLength = 4096

// chunkedReader decodes a chunked body. A Read goes on to the next
// chunk while its header is already buffered, so that a body sent in
// small chunks reads in large pieces.
type chunkedReader struct {
	r        *bufio.Reader
	left     uint64 // bytes left in the current chunk
	needCRLF bool   // a chunk's data was read; its "\r\n" is next
	err      error
}

func newChunkedReader(r *bufio.Reader) io.Reader {
	return &chunkedReader{r: r}
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
// sets io.EOF once its trailer is read.
func (cr *chunkedReader) beginChunk() {
	line, err := cr.readLine()
	if err != nil {
		cr.err = err
		return
	}
	size, _, _ := strings.Cut(line, ";") // chunk extensions are ignored
	cr.left, err = strconv.ParseUint(textproto.TrimString(size), 16, 64)
	if err != nil {
		cr.err = errors.New("invalid byte in chunk length")
		return
	}
	if cr.left == 0 {
		cr.err = cr.skipTrailer()
	}
}

// skipTrailer reads the trailer's header lines and the blank line.
func (cr *chunkedReader) skipTrailer() error {
	for {
		line, err := cr.readLine()
		if err != nil {
			return err
		}
		if line == "" {
			return io.EOF
		}
	}
}

// readLine reads a line without its CRLF (or bare LF).
func (cr *chunkedReader) readLine() (string, error) {
	line, err := cr.r.ReadSlice('\n')
	if err == bufio.ErrBufferFull || len(line) > maxChunkLineLength {
		return "", ErrLineTooLong
	}
	if err != nil {
		return "", unexpectedEOF(err)
	}
	return strings.TrimRight(string(line), "\r\n"), nil
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

func newChunkedWriter(w io.Writer) io.WriteCloser {
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
	if err == nil {
		_, err = io.WriteString(cw.w, "\r\n")
	}
	return n, err
}

// Close writes the last chunk and an empty trailer.
func (cw *chunkedWriter) Close() error {
	_, err := io.WriteString(cw.w, "0\r\n\r\n")
	return err
}
