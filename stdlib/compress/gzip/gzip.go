package gzip

import (
	"compress/flate"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"time"
)

// These constants are copied from the flate package, so that code that imports
// "compress/gzip" does not also have to import "compress/flate".
const (
	NoCompression      = flate.NoCompression
	BestSpeed          = flate.BestSpeed
	BestCompression    = flate.BestCompression
	DefaultCompression = flate.DefaultCompression
	HuffmanOnly        = flate.HuffmanOnly
)

// A Writer is an io.WriteCloser.
// Writes to a Writer are compressed and written to w.
type Writer struct {
	Header      // written at first call to Write, Flush, or Close
	w           io.Writer
	level       int
	wroteHeader bool
	compressor  *flate.Writer
	digest      uint32 // CRC-32 (IEEE) of the data written
	size        uint32 // bytes written, modulo 2³²
	closed      bool
	err         error
}

// NewWriter returns a new Writer.
// Writes to the returned writer are compressed and written to w.
//
// It is the caller's responsibility to call Close on the Writer when done.
// Writes may be buffered and not flushed until Close.
//
// Callers that wish to set the fields in Writer.Header must do so before
// the first call to Write, Flush, or Close.
func NewWriter(w io.Writer) *Writer {
	z, _ := NewWriterLevel(w, DefaultCompression)
	return z
}

// NewWriterLevel is like NewWriter but specifies the compression level instead
// of assuming DefaultCompression.
//
// The compression level can be DefaultCompression, NoCompression, HuffmanOnly
// or any integer value between BestSpeed and BestCompression inclusive.
// The error returned will be nil if the level is valid.
func NewWriterLevel(w io.Writer, level int) (*Writer, error) {
	if level < HuffmanOnly || level > BestCompression {
		return nil, fmt.Errorf("gzip: invalid compression level: %d", level)
	}
	z := new(Writer)
	z.init(w, level)
	return z, nil
}

// init makes z new, keeping its compressor (reset onto w) for reuse.
func (z *Writer) init(w io.Writer, level int) {
	compressor := z.compressor
	if compressor != nil {
		compressor.Reset(w)
	}
	*z = Writer{Header: Header{OS: 255}, w: w, level: level, compressor: compressor} // OS 255: unknown
}

// Reset discards the Writer z's state and makes it equivalent to the
// result of its original state from NewWriter or NewWriterLevel, but
// writing to w instead. This permits reusing a Writer rather than
// allocating a new one.
func (z *Writer) Reset(w io.Writer) {
	z.init(w, z.level)
}

// writeString writes a header string: s in ISO 8859-1, then a zero byte.
func (z *Writer) writeString(s string) error {
	var latin1 []byte
	for _, r := range s {
		if r == 0 || r > 0xff {
			return errors.New("gzip.Write: non-Latin-1 header string")
		}
		latin1 = append(latin1, byte(r))
	}
	_, err := z.w.Write(append(latin1, 0))
	return err
}

// writeHeader writes the member header for z.Header (RFC 1952 section
// 2.3) and makes the compressor, before the first data.
func (z *Writer) writeHeader() error {
	z.wroteHeader = true
	h := []byte{gzipID1, gzipID2, gzipDeflate, 0, 0, 0, 0, 0, 0, z.OS}
	if z.ModTime.After(time.Unix(0, 0)) {
		le.PutUint32(h[4:8], uint32(z.ModTime.Unix()))
	}
	switch z.level { // XFL: how hard the compressor tried
	case BestCompression:
		h[8] = 2
	case BestSpeed:
		h[8] = 4
	}
	if z.Extra != nil {
		if len(z.Extra) > 0xffff {
			return errors.New("gzip.Write: Extra data is too large")
		}
		h[3] |= flagExtra
		h = le.AppendUint16(h, uint16(len(z.Extra)))
		h = append(h, z.Extra...)
	}
	if z.Name != "" {
		h[3] |= flagName
	}
	if z.Comment != "" {
		h[3] |= flagComment
	}
	if _, err := z.w.Write(h); err != nil {
		return err
	}
	for _, s := range []string{z.Name, z.Comment} {
		if s == "" {
			continue
		}
		if err := z.writeString(s); err != nil {
			return err
		}
	}
	if z.compressor == nil {
		// NewWriterLevel checked the level: no error here.
		z.compressor, _ = flate.NewWriter(z.w, z.level)
	}
	return nil
}

// Write writes a compressed form of p to the underlying io.Writer. The
// compressed bytes are not necessarily flushed until the Writer is closed.
func (z *Writer) Write(p []byte) (int, error) {
	if z.err != nil {
		return 0, z.err
	}
	if !z.wroteHeader {
		if z.err = z.writeHeader(); z.err != nil {
			return 0, z.err
		}
	}
	z.size += uint32(len(p))
	z.digest = crc32.Update(z.digest, crc32.IEEETable, p)
	var n int
	n, z.err = z.compressor.Write(p)
	return n, z.err
}

// Flush flushes any pending compressed data to the underlying writer.
//
// It is useful mainly in compressed network protocols, to ensure that
// a remote reader has enough data to reconstruct a packet. Flush does
// not return until the data has been written. If the underlying
// writer returns an error, Flush returns that error.
//
// In the terminology of the zlib library, Flush is equivalent to Z_SYNC_FLUSH.
func (z *Writer) Flush() error {
	if z.err != nil || z.closed {
		return z.err
	}
	if _, err := z.Write(nil); err != nil {
		return err
	}
	z.err = z.compressor.Flush()
	return z.err
}

// Close closes the Writer by flushing any unwritten data to the underlying
// io.Writer and writing the GZIP footer.
// It does not close the underlying io.Writer.
func (z *Writer) Close() error {
	if z.err != nil || z.closed {
		return z.err
	}
	z.closed = true
	if _, err := z.Write(nil); err != nil {
		return err
	}
	if z.err = z.compressor.Close(); z.err != nil {
		return z.err
	}
	trailer := le.AppendUint32(nil, z.digest)
	trailer = le.AppendUint32(trailer, z.size)
	_, z.err = z.w.Write(trailer)
	return z.err
}
