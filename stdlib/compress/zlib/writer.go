package zlib

import (
	"compress/flate"
	"encoding/binary"
	"fmt"
	"hash"
	"hash/adler32"
	"io"
)

// These constants are copied from the flate package, so that code that imports
// "compress/zlib" does not also have to import "compress/flate".
const (
	NoCompression      = flate.NoCompression
	BestSpeed          = flate.BestSpeed
	BestCompression    = flate.BestCompression
	DefaultCompression = flate.DefaultCompression
	HuffmanOnly        = flate.HuffmanOnly
)

// A Writer takes data written to it and writes the compressed
// form of that data to an underlying writer (see NewWriter).
type Writer struct {
	w           io.Writer
	level       int
	dict        []byte
	compressor  *flate.Writer
	digest      hash.Hash32
	err         error
	wroteHeader bool
}

// NewWriter creates a new Writer.
// Writes to the returned Writer are compressed and written to w.
//
// It is the caller's responsibility to call Close on the Writer when done.
// Writes may be buffered and not flushed until Close.
func NewWriter(w io.Writer) *Writer {
	z, _ := NewWriterLevelDict(w, DefaultCompression, nil)
	return z
}

// NewWriterLevel is like NewWriter but specifies the compression level instead
// of assuming DefaultCompression.
//
// The compression level can be DefaultCompression, NoCompression, HuffmanOnly
// or any integer value between BestSpeed and BestCompression inclusive.
// The error returned will be nil if the level is valid.
func NewWriterLevel(w io.Writer, level int) (*Writer, error) {
	return NewWriterLevelDict(w, level, nil)
}

// NewWriterLevelDict is like NewWriterLevel but specifies a dictionary to
// compress with.
//
// The dictionary may be nil. If not, its contents should not be modified until
// the Writer is closed.
func NewWriterLevelDict(w io.Writer, level int, dict []byte) (*Writer, error) {
	if level < HuffmanOnly || level > BestCompression {
		return nil, fmt.Errorf("zlib: invalid compression level: %d", level)
	}
	return &Writer{w: w, level: level, dict: dict}, nil
}

// Reset clears the state of the Writer z such that it is equivalent to its
// initial state from NewWriterLevel or NewWriterLevelDict, but instead writing
// to w.
func (z *Writer) Reset(w io.Writer) {
	z.w = w
	if z.compressor != nil {
		z.compressor.Reset(w)
	}
	if z.digest != nil {
		z.digest.Reset()
	}
	z.err = nil
	z.wroteHeader = false
}

// levelFlag is FLEVEL, the header's hint of how hard the compressor tried.
func levelFlag(level int) byte {
	switch level {
	case 2, 3, 4, 5:
		return 1
	case 6, DefaultCompression:
		return 2
	case 7, 8, 9:
		return 3
	}
	return 0 // the fastest: no compression, Huffman only, BestSpeed
}

// writeHeader writes the stream's header (and the dictionary's checksum)
// and makes the compressor, on the first write.
func (z *Writer) writeHeader() error {
	z.wroteHeader = true
	var header [6]byte
	header[0] = zlibMaxWindow<<4 | zlibDeflate
	header[1] = levelFlag(z.level) << 6
	n := 2
	if z.dict != nil {
		header[1] |= flagDict
		binary.BigEndian.PutUint32(header[2:], adler32.Checksum(z.dict))
		n = 6
	}
	// FCHECK makes the first two bytes, big-endian, a multiple of 31.
	header[1] += byte(31 - (uint(header[0])<<8+uint(header[1]))%31)
	if _, z.err = z.w.Write(header[:n]); z.err != nil {
		return z.err
	}
	if z.compressor == nil {
		// Levels were checked by NewWriterLevelDict: no error here.
		z.compressor, _ = flate.NewWriterDict(z.w, z.level, z.dict)
		z.digest = adler32.New()
	}
	return nil
}

// begin writes the header before the first data, and returns the
// error that stopped the Writer, if any.
func (z *Writer) begin() error {
	if !z.wroteHeader {
		z.err = z.writeHeader()
	}
	return z.err
}

// Write writes a compressed form of p to the underlying io.Writer. The
// compressed bytes are not necessarily flushed until the Writer is closed or
// explicitly flushed.
func (z *Writer) Write(p []byte) (n int, err error) {
	if err := z.begin(); err != nil {
		return 0, err
	}
	if len(p) == 0 {
		return 0, nil
	}
	n, err = z.compressor.Write(p)
	if err != nil {
		z.err = err
		return
	}
	z.digest.Write(p)
	return
}

// Flush flushes the Writer to its underlying io.Writer.
func (z *Writer) Flush() error {
	if err := z.begin(); err != nil {
		return err
	}
	z.err = z.compressor.Flush()
	return z.err
}

// Close closes the Writer, flushing any unwritten data to the underlying
// io.Writer, but does not close the underlying io.Writer.
func (z *Writer) Close() error {
	if err := z.begin(); err != nil {
		return err
	}
	z.err = z.compressor.Close()
	if z.err != nil {
		return z.err
	}
	var sum [4]byte
	binary.BigEndian.PutUint32(sum[:], z.digest.Sum32())
	_, z.err = z.w.Write(sum[:])
	return z.err
}
