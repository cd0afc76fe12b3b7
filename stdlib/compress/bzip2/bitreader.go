package bzip2

import "io"

// A bitReader reads a byte stream most significant bit first. A read past
// the end panics with a bitError (io.ErrUnexpectedEOF), which the
// block decoder turns back into an error: the decoder then need not
// check every read.
type bitReader struct {
	r     io.ByteReader
	n     uint64 // bits not yet read, in the low nbits bits
	nbits uint
}

type bitError struct{ err error }

// bits returns the next n (at most 56) bits.
func (b *bitReader) bits(n uint) uint64 {
	for b.nbits < n {
		c, err := b.r.ReadByte()
		if err != nil {
			if err == io.EOF {
				err = io.ErrUnexpectedEOF
			}
			panic(bitError{err})
		}
		b.n = b.n<<8 | uint64(c)
		b.nbits += 8
	}
	b.nbits -= n
	return b.n >> b.nbits & (1<<n - 1)
}

func (b *bitReader) bit() bool { return b.bits(1) == 1 }

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
