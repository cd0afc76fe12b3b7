// Package lzw implements the Lempel-Ziv-Welch compressed data format
// (T. A. Welch, "A Technique for High-Performance Data Compression",
// Computer, 17(6), June 1984) as GIF and PDF use it: codes of variable
// width up to 12 bits, and the first two codes after the literals mean
// "clear the table" and "end of data".
//
// TIFF's LZW differs (it widens codes one code early) and is not this
// package's format.
package lzw

import (
	"bufio"
	"errors"
	"fmt"
	"io"
)

// Order specifies the bit ordering in an LZW data stream.
type Order int

const (
	// LSB means Least Significant Bits first, as used in the GIF file format.
	LSB Order = iota
	// MSB means Most Significant Bits first, as used in the TIFF and PDF
	// file formats.
	MSB
)

const (
	maxWidth = 12
	// maxCode is the highest code a 12-bit table can hold.
	maxCode = 1<<maxWidth - 1
	// noCode marks "no previous code", as right after a clear code.
	noCode = 0xffff
)

var errClosed = errors.New("lzw: reader/writer is closed")

// checkParams returns the error NewReader and NewWriter report for an
// order or a literal width they cannot use.
func checkParams(order Order, litWidth int) error {
	if order != LSB && order != MSB {
		return errors.New("lzw: unknown order")
	}
	if litWidth < 2 || 8 < litWidth {
		return fmt.Errorf("lzw: litWidth %d out of range", litWidth)
	}
	return nil
}

// Reader is an io.Reader which can be used to read compressed data in the
// LZW format.
type Reader struct {
	r        io.ByteReader
	order    Order
	litWidth int
	err      error // sticky: io.EOF after the end code

	// bits holds nBits not yet consumed bits of the input: at the low end
	// for LSB order, at the high end for MSB order.
	bits  uint32
	nBits uint
	width uint // the width of the next code

	// Codes below clear are literals; clear and eof follow them. The
	// table's codes run from eof+1 to hi: each new code (but the first
	// after a clear) completes the entry hi, the previous code's expansion
	// plus the first byte of its own, then hi moves on. When hi reaches
	// 1<<width the codes grow one bit wider.
	clear, eof, hi uint16
	last           uint16 // the previous code, or noCode

	// The entry c expands to the expansion of prefix[c] then suffix[c].
	prefix [1 << maxWidth]uint16
	suffix [1 << maxWidth]uint8

	// buf holds the bytes decoded by the last decode, out those of them
	// Read has not returned yet; expansion is scratch space a code is
	// expanded into, back to front.
	buf       [2 << maxWidth]byte
	n         int
	out       []byte
	expansion [1 << maxWidth]byte
}

// NewReader creates a new io.ReadCloser.
// Reads from the returned io.ReadCloser read and decompress data from r.
// If r does not also implement io.ByteReader,
// the decompressor may read more data than necessary from r.
// It is the caller's responsibility to call Close on the ReadCloser when
// finished reading.
// The number of bits to use for literal codes, litWidth, must be in the
// range [2,8] and is typically 8. It must equal the litWidth
// used during compression.
//
// It is guaranteed that the underlying type of the returned io.ReadCloser
// is a *Reader.
func NewReader(r io.Reader, order Order, litWidth int) io.ReadCloser {
	d := new(Reader)
	d.init(r, order, litWidth)
	return d
}

// Reset clears the Reader's state and allows it to be reused again
// as a new Reader.
func (d *Reader) Reset(src io.Reader, order Order, litWidth int) {
	*d = Reader{}
	d.init(src, order, litWidth)
}

func (d *Reader) init(src io.Reader, order Order, litWidth int) {
	if d.err = checkParams(order, litWidth); d.err != nil {
		return
	}
	br, ok := src.(io.ByteReader)
	if !ok && src != nil {
		br = bufio.NewReader(src)
	}
	d.r, d.order, d.litWidth = br, order, litWidth
	d.clear = 1 << uint(litWidth)
	d.eof = d.clear + 1
	d.resetTable()
}

// resetTable forgets every table entry, as a clear code asks.
func (d *Reader) resetTable() {
	d.width = 1 + uint(d.litWidth)
	d.hi = d.eof
	d.last = noCode
}

// Close closes the Reader and returns an error for any future read operation.
// It does not close the underlying io.Reader.
func (d *Reader) Close() error {
	d.err = errClosed
	return nil
}

// Read implements io.Reader, reading uncompressed bytes from its underlying Reader.
func (d *Reader) Read(b []byte) (int, error) {
	for len(d.out) == 0 {
		if d.err != nil {
			return 0, d.err
		}
		d.decode()
	}
	n := copy(b, d.out)
	d.out = d.out[n:]
	return n, nil
}

// decode decodes codes into d.buf until it holds 1<<maxWidth bytes (so
// that there is always room for one more expansion) or the data ends.
func (d *Reader) decode() {
	d.n = 0
	for d.n < 1<<maxWidth && d.err == nil {
		d.decodeCode()
	}
	d.out = d.buf[:d.n]
}

// readCode returns the next width-bit code of the input.
func (d *Reader) readCode() (uint16, error) {
	for d.nBits < d.width {
		x, err := d.r.ReadByte()
		if err != nil {
			return 0, err
		}
		if d.order == LSB {
			d.bits |= uint32(x) << d.nBits
		} else {
			d.bits |= uint32(x) << (24 - d.nBits)
		}
		d.nBits += 8
	}
	var code uint32
	if d.order == LSB {
		code = d.bits & (1<<d.width - 1)
		d.bits >>= d.width
	} else {
		code = d.bits >> (32 - d.width)
		d.bits <<= d.width
	}
	d.nBits -= d.width
	return uint16(code), nil
}

// decodeCode reads one code and appends its expansion to d.buf, or sets
// d.err at the end of the data or on a bad code.
func (d *Reader) decodeCode() {
	code, err := d.readCode()
	switch {
	case err == io.EOF:
		d.err = io.ErrUnexpectedEOF
	case err != nil:
		d.err = err
	case code == d.clear:
		d.resetTable()
	case code == d.eof:
		d.err = io.EOF
	case code <= d.hi:
		e := d.expand(code)
		d.n += copy(d.buf[d.n:], e)
		d.addEntry(code, e[0])
	default:
		d.err = errors.New("lzw: invalid code")
	}
}

// expand returns the bytes code stands for. While a previous code is
// known, the code hi is not in the table yet: the encoder used it right
// after defining it, so it is the previous code's expansion plus that
// expansion's first byte (the "KwKwK" case).
func (d *Reader) expand(code uint16) []byte {
	end := len(d.expansion)
	c := code
	pending := code == d.hi && d.last != noCode
	if pending {
		end--
		c = d.last
	}
	i := end
	for c >= d.clear {
		i--
		d.expansion[i] = d.suffix[c]
		c = d.prefix[c]
	}
	i--
	d.expansion[i] = uint8(c)
	if pending {
		d.expansion[end] = uint8(c)
	}
	return d.expansion[i:]
}

// addEntry completes the table entry hi with first, the first byte of
// code's expansion, and makes code the previous one. Once the table is
// full, entries are no longer saved until the next clear code.
func (d *Reader) addEntry(code uint16, first byte) {
	if d.last != noCode {
		d.prefix[d.hi] = d.last
		d.suffix[d.hi] = first
	}
	d.last = code
	if d.hi == maxCode {
		d.last = noCode
		return
	}
	d.hi++
	if d.hi == 1<<d.width {
		d.width++
	}
}
