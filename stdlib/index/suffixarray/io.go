package suffixarray

// This file saves an index and reads it back, in Go's format:
//
//	the length of the data, a varint padded to binary.MaxVarintLen64 bytes
//	the data
//	the suffix array in chunks of at most bufSize bytes, each made of
//	    the chunk's size in bytes (itself included), a padded varint
//	    the offsets, as uvarints
//
// One buffer serves every write, and a padded varint's padding is what
// the buffer held there before (Go's writer does the same, and readers
// stop at the varint's last byte): so the bytes written are Go's.

import (
	"encoding/binary"
	"errors"
	"io"
)

const bufSize = 16 << 10 // the largest chunk

var errTooBig = errors.New("suffixarray: data too large")

// writeInt writes x as a varint padded to binary.MaxVarintLen64 bytes
// through buf.
func writeInt(w io.Writer, buf []byte, x int) error {
	binary.PutVarint(buf, int64(x))
	_, err := w.Write(buf[:binary.MaxVarintLen64])
	return err
}

// readInt reads a padded varint and checks that it is a length: an int,
// not negative.
func readInt(r io.Reader, buf []byte) (int, error) {
	if _, err := io.ReadFull(r, buf[:binary.MaxVarintLen64]); err != nil {
		return 0, err
	}
	x, _ := binary.Varint(buf)
	if int64(int(x)) != x || x < 0 {
		return 0, errTooBig
	}
	return int(x), nil
}

// Write saves x to w, in a form Read can load.
func (x *Index) Write(w io.Writer) error {
	buf := make([]byte, bufSize)
	if err := writeInt(w, buf, len(x.data)); err != nil {
		return err
	}
	if _, err := w.Write(x.data); err != nil {
		return err
	}
	for sa := x.sa; sa.len() > 0; {
		n, err := writeChunk(w, buf, sa)
		if err != nil {
			return err
		}
		sa = sa.slice(n, sa.len())
	}
	return nil
}

// writeChunk writes as many offsets of sa as fit in one chunk and
// returns how many it wrote.
func writeChunk(w io.Writer, buf []byte, sa ints) (n int, err error) {
	size := binary.MaxVarintLen64
	for ; n < sa.len() && size+binary.MaxVarintLen64 <= len(buf); n++ {
		size += binary.PutUvarint(buf[size:], uint64(sa.get(n)))
	}
	binary.PutVarint(buf, int64(size))
	_, err = w.Write(buf[:size])
	return n, err
}

// Read loads into x, which must not be nil, an index saved by Write.
//
// Malformed input is handled as Go does: a chunk size out of the buffer's
// range, or more offsets than the data has bytes, makes an out-of-range
// panic rather than an error.
func (x *Index) Read(r io.Reader) error {
	buf := make([]byte, bufSize)
	n, err := readInt(r, buf)
	if err != nil {
		return err
	}
	x.resize(n)
	if _, err := io.ReadFull(r, x.data); err != nil {
		return err
	}
	for sa := x.sa; sa.len() > 0; {
		n, err := readChunk(r, buf, sa)
		if err != nil {
			return err
		}
		sa = sa.slice(n, sa.len())
	}
	return nil
}

// resize gives x's data and suffix array length n. It keeps x's buffers
// when they can hold n bytes without wasting more than half of them, and
// the offsets keep their width; else it allocates new ones.
func (x *Index) resize(n int) {
	widthKept := (x.sa.int32 == nil || n <= maxData32) && (x.sa.int64 == nil || n > maxData32)
	if n <= cap(x.data) && cap(x.data) <= 2*n && widthKept {
		x.data = x.data[:n]
		x.sa = x.sa.slice(0, n)
		return
	}
	x.data = make([]byte, n)
	x.sa = makeInts(n)
}

// readChunk reads one chunk of offsets into sa and returns how many it
// read. Each offset is decoded from the rest of the buffer, past the
// chunk's end if the chunk is cut short, as Go's reader does.
func readChunk(r io.Reader, buf []byte, sa ints) (n int, err error) {
	size, err := readInt(r, buf)
	if err != nil {
		return 0, err
	}
	if _, err := io.ReadFull(r, buf[binary.MaxVarintLen64:size]); err != nil {
		return 0, err
	}
	for p := binary.MaxVarintLen64; p < size; n++ {
		v, k := binary.Uvarint(buf[p:])
		sa.set(n, int64(v))
		p += k
	}
	return n, nil
}
