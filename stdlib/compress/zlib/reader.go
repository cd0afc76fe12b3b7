// Package zlib implements reading and writing of zlib format compressed data,
// as specified in RFC 1950.
//
// A zlib stream is a two-byte header (the method, DEFLATE with a window
// of up to 32 KiB, and the compression level; the 16-bit header is a
// multiple of 31), the Adler-32 checksum of a preset dictionary if one
// is used, the DEFLATE data (package compress/flate), and the Adler-32
// checksum of the uncompressed data, big-endian.
package zlib

import (
	"bufio"
	"compress/flate"
	"encoding/binary"
	"errors"
	"hash"
	"hash/adler32"
	"io"
)

const (
	zlibDeflate   = 8 // CM: the compression method, DEFLATE
	zlibMaxWindow = 7 // CINFO: log2 of the window size, minus 8 (32 KiB)
	flagDict      = 0x20
)

var (
	// ErrChecksum is returned when reading ZLIB data that has an invalid checksum.
	ErrChecksum = errors.New("zlib: invalid checksum")
	// ErrDictionary is returned when reading ZLIB data that has an invalid dictionary.
	ErrDictionary = errors.New("zlib: invalid dictionary")
	// ErrHeader is returned when reading ZLIB data that has an invalid header.
	ErrHeader = errors.New("zlib: invalid header")
)

type reader struct {
	r            flate.Reader
	decompressor io.ReadCloser
	digest       hash.Hash32
	err          error
}

// Resetter resets a ReadCloser returned by NewReader or NewReaderDict
// to switch to a new underlying Reader. This permits reusing a ReadCloser
// instead of allocating a new one.
type Resetter interface {
	// Reset discards any buffered data and resets the Resetter as if it was
	// newly initialized with the given reader.
	Reset(r io.Reader, dict []byte) error
}

// NewReader creates a new ReadCloser.
// Reads from the returned ReadCloser read and decompress data from r.
// If r does not implement io.ByteReader, the decompressor may read more
// data than necessary from r.
// It is the caller's responsibility to call Close on the ReadCloser when done.
//
// The ReadCloser returned by NewReader also implements Resetter.
func NewReader(r io.Reader) (io.ReadCloser, error) {
	return NewReaderDict(r, nil)
}

// NewReaderDict is like NewReader but uses a preset dictionary.
// NewReaderDict ignores the dictionary if the compressed data does not refer to it.
// If the compressed data refers to a different dictionary, NewReaderDict returns ErrDictionary.
//
// The ReadCloser returned by NewReaderDict also implements Resetter.
func NewReaderDict(r io.Reader, dict []byte) (io.ReadCloser, error) {
	z := new(reader)
	if err := z.Reset(r, dict); err != nil {
		return nil, err
	}
	return z, nil
}

// Read decompresses into p; at the end of the DEFLATE data it checks the
// Adler-32 checksum that follows.
func (z *reader) Read(p []byte) (int, error) {
	if z.err != nil {
		return 0, z.err
	}
	var n int
	n, z.err = z.decompressor.Read(p)
	z.digest.Write(p[:n])
	if z.err != io.EOF {
		return n, z.err
	}
	var sum [4]byte
	if _, err := io.ReadFull(z.r, sum[:]); err != nil {
		z.err = noEOF(err)
		return n, z.err
	}
	if binary.BigEndian.Uint32(sum[:]) != z.digest.Sum32() {
		z.err = ErrChecksum
		return n, z.err
	}
	return n, io.EOF
}

// Calling Close does not close the wrapped io.Reader originally passed to NewReader.
// In order for the ZLIB checksum to be verified, the reader must be
// fully consumed until the io.EOF.
func (z *reader) Close() error {
	if z.err != nil && z.err != io.EOF {
		return z.err
	}
	z.err = z.decompressor.Close()
	return z.err
}

// Reset reads the header of a new stream from r.
func (z *reader) Reset(r io.Reader, dict []byte) error {
	*z = reader{decompressor: z.decompressor}
	if fr, ok := r.(flate.Reader); ok {
		z.r = fr
	} else {
		z.r = bufio.NewReader(r)
	}
	var header [2]byte
	if _, z.err = io.ReadFull(z.r, header[:]); z.err != nil {
		z.err = noEOF(z.err)
		return z.err
	}
	h := uint(header[0])<<8 | uint(header[1])
	if header[0]&0x0f != zlibDeflate || header[0]>>4 > zlibMaxWindow || h%31 != 0 {
		z.err = ErrHeader
		return z.err
	}
	haveDict := header[1]&flagDict != 0
	if haveDict {
		var sum [4]byte
		if _, z.err = io.ReadFull(z.r, sum[:]); z.err != nil {
			z.err = noEOF(z.err)
			return z.err
		}
		if binary.BigEndian.Uint32(sum[:]) != adler32.Checksum(dict) {
			z.err = ErrDictionary
			return z.err
		}
	} else {
		dict = nil // the stream was compressed without one
	}
	if z.decompressor == nil {
		z.decompressor = flate.NewReaderDict(z.r, dict)
	} else {
		z.decompressor.(flate.Resetter).Reset(z.r, dict)
	}
	z.digest = adler32.New()
	return nil
}

// noEOF returns err, unless err == io.EOF, in which case it returns
// io.ErrUnexpectedEOF: the stream may not end there.
func noEOF(err error) error {
	if err == io.EOF {
		return io.ErrUnexpectedEOF
	}
	return err
}
