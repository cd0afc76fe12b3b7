// Package bzip2 implements bzip2 decompression.
//
// A bzip2 stream is a header ("BZh" and the block size, 1-9 × 100 kB),
// then blocks, each the output of four stages that the reader undoes in
// reverse order: runs of 4-255 equal bytes shortened (RLE1), the
// Burrows-Wheeler transform, move-to-front coding with runs of zeros
// written in base 2 (RUNA, RUNB), and Huffman coding with up to six
// tables, switched every 50 symbols. A CRC checks each block and the
// whole stream. Streams may follow one another, as bzip2(1) writes them.
package bzip2

import "io"

// A StructuralError is returned when the bzip2 data is found to be
// syntactically invalid.
type StructuralError string

func (s StructuralError) Error() string {
	return "bzip2 data invalid: " + string(s)
}

const (
	blockMagic = 0x314159265359 // π: a block follows
	endMagic   = 0x177245385090 // √π: the end of the stream
	groupSize  = 50             // symbols coded with one table
)

type reader struct {
	br        bitReader
	blockSize int    // the largest block, from the header
	setup     bool   // a stream header was read
	eof       bool   // the last stream has ended
	out       []byte // the current block's bytes not yet read
	block     []byte // the block being decoded (its BWT form)
	tt        []uint32
	wantCRC   uint32 // the stream's CRC, as blocks combine into it
	err       error
}

// NewReader returns an io.Reader which decompresses bzip2 data from r.
// If r does not also implement io.ByteReader,
// the decompressor may read more data than necessary from r.
func NewReader(r io.Reader) io.Reader {
	return &reader{br: newBitReader(r)}
}

func (z *reader) Read(p []byte) (n int, err error) {
	for n < len(p) && z.err == nil {
		if len(z.out) > 0 {
			m := copy(p[n:], z.out)
			z.out = z.out[m:]
			n += m
			continue
		}
		if z.eof {
			z.err = io.EOF
			break
		}
		z.err = z.next()
	}
	if n > 0 {
		return n, nil
	}
	return 0, z.err
}

// next decodes the next block into z.out, or reads the end of a stream
// (and the start of another, if one follows).
func (z *reader) next() error {
	err := z.nextPart()
	if z.br.err != nil {
		return z.br.err // the data ended too soon: what else went wrong follows from it
	}
	return err
}

func (z *reader) nextPart() error {
	if !z.setup {
		if err := z.readHeader(true); err != nil {
			return err
		}
	}
	switch magic := z.br.ReadBits64(48); magic {
	case blockMagic:
		blockCRC := uint32(z.br.ReadBits64(32))
		if err := z.readBlock(); err != nil {
			return err
		}
		if got := crcOf(z.out); got != blockCRC {
			return StructuralError("block checksum mismatch")
		}
		z.wantCRC = (z.wantCRC<<1 | z.wantCRC>>31) ^ blockCRC
		return nil
	case endMagic:
		streamCRC := uint32(z.br.ReadBits64(32))
		if streamCRC != z.wantCRC {
			return StructuralError("file checksum mismatch")
		}
		// A stream ends at a byte boundary; another may follow.
		z.br.align()
		if !z.br.more() {
			z.eof = true
			return nil
		}
		return z.readHeader(false)
	default:
		return StructuralError("bad magic value")
	}
}

// readHeader reads "BZh" and the block size. first: the data's first
// stream, which must be there.
func (z *reader) readHeader(first bool) error {
	if magic := z.br.ReadBits64(24); magic != 'B'<<16|'Z'<<8|'h' {
		if first {
			return StructuralError("bad magic value")
		}
		return StructuralError("bad magic value in continuation file")
	}
	level := int(z.br.ReadBits64(8)) - '0'
	if level < 1 || level > 9 {
		return StructuralError("invalid compression level")
	}
	z.blockSize = level * 100 * 1000
	z.setup = true
	z.wantCRC = 0
	return nil
}
