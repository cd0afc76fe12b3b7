package bzip2

import (
	"bufio"
	"io"
)

// A bitReader reads a byte stream most significant bit first. Its error
// is sticky: a read past the end returns 0 bits and records
// io.ErrUnexpectedEOF in err, which the decoder checks once per symbol
// rather than after every read.
type bitReader struct {
	r     io.ByteReader
	n     uint64 // bits not yet read, in the low nbits bits
	nbits uint
	err   error
}

// newBitReader returns a new bitReader reading from r. If r is not
// already an io.ByteReader, it will be converted via a bufio.Reader.
func newBitReader(r io.Reader) bitReader {
	br, ok := r.(io.ByteReader)
	if !ok {
		br = bufio.NewReader(r)
	}
	return bitReader{r: br}
}

// ReadBits64 returns the next n (at most 56) bits.
func (b *bitReader) ReadBits64(n uint) uint64 {
	for b.nbits < n {
		c, err := b.r.ReadByte()
		if err != nil {
			if err == io.EOF {
				err = io.ErrUnexpectedEOF
			}
			if b.err == nil {
				b.err = err
			}
			return 0
		}
		b.n = b.n<<8 | uint64(c)
		b.nbits += 8
	}
	b.nbits -= n
	return b.n >> b.nbits & (1<<n - 1)
}

// ReadBits returns the next n bits as an int.
func (b *bitReader) ReadBits(n uint) int { return int(b.ReadBits64(n)) }

func (b *bitReader) ReadBit() bool { return b.ReadBits64(1) == 1 }

// align drops the bits left of the current byte.
func (b *bitReader) align() { b.nbits -= b.nbits % 8 }

// more reports whether bytes remain (reading one, if none is buffered).
func (b *bitReader) more() bool {
	if b.nbits >= 8 {
		return true
	}
	c, err := b.r.ReadByte()
	if err != nil {
		return false
	}
	b.n = b.n<<8 | uint64(c)
	b.nbits += 8
	return true
}
