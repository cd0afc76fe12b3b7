package lzw

import (
	"bufio"
	"errors"
	"io"
)

// byteWriter is what the Writer writes codes to: a bufio.Writer unless
// the destination already buffers.
type byteWriter interface {
	io.ByteWriter
	Flush() error
}

const (
	// The table maps a (prefix code, next byte) key of 20 bits to the
	// code of that string; it is a hash table with linear probing whose
	// entries are key<<12 | code. A code is never a literal, so the
	// entry 0 means "empty".
	tableBits = 13
	tableSize = 1 << tableBits
	tableMask = tableSize - 1
)

// Writer is an LZW compressor. It writes the compressed form of the data
// to an underlying writer (see NewWriter).
type Writer struct {
	w        byteWriter
	order    Order
	litWidth uint
	err      error // sticky; errClosed after Close

	// bits holds nBits bits not yet written: at the low end for LSB
	// order, at the high end for MSB order.
	bits  uint32
	nBits uint
	width uint // the width of the next code

	// hi is the last code defined; prefix is the code of the longest
	// string seen so far that the table holds, or noCode before the first
	// Write.
	hi     uint32
	prefix uint32
	table  [tableSize]uint32
}

// NewWriter creates a new io.WriteCloser.
// Writes to the returned io.WriteCloser are compressed and written to w.
// It is the caller's responsibility to call Close on the WriteCloser when
// finished writing.
// The number of bits to use for literal codes, litWidth, must be in the
// range [2,8] and is typically 8. Input bytes must be less than 1<<litWidth.
//
// It is guaranteed that the underlying type of the returned io.WriteCloser
// is a *Writer.
func NewWriter(w io.Writer, order Order, litWidth int) io.WriteCloser {
	e := new(Writer)
	e.init(w, order, litWidth)
	return e
}

// Reset clears the Writer's state and allows it to be reused again
// as a new Writer.
func (e *Writer) Reset(dst io.Writer, order Order, litWidth int) {
	*e = Writer{}
	e.init(dst, order, litWidth)
}

func (e *Writer) init(dst io.Writer, order Order, litWidth int) {
	if e.err = checkParams(order, litWidth); e.err != nil {
		return
	}
	bw, ok := dst.(byteWriter)
	if !ok && dst != nil {
		bw = bufio.NewWriter(dst)
	}
	e.w, e.order, e.litWidth = bw, order, uint(litWidth)
	e.prefix = noCode
	e.resetTable()
}

// clearCode and eofCode are the two codes after the literals.
func (e *Writer) clearCode() uint32 { return 1 << e.litWidth }
func (e *Writer) eofCode() uint32   { return 1<<e.litWidth + 1 }

// resetTable empties the table, as the clear code tells the decoder to.
func (e *Writer) resetTable() {
	e.width = 1 + e.litWidth
	e.hi = e.eofCode()
	e.table = [tableSize]uint32{}
}

// writeCode writes code in the current width.
func (e *Writer) writeCode(code uint32) error {
	if e.order == LSB {
		e.bits |= code << e.nBits
	} else {
		e.bits |= code << (32 - e.width - e.nBits)
	}
	e.nBits += e.width
	for e.nBits >= 8 {
		var b uint8
		if e.order == LSB {
			b = uint8(e.bits)
			e.bits >>= 8
		} else {
			b = uint8(e.bits >> 24)
			e.bits <<= 8
		}
		if err := e.w.WriteByte(b); err != nil {
			return err
		}
		e.nBits -= 8
	}
	return nil
}

// emit writes code and then moves hi on as the decoder does after reading
// it, widening the codes when hi needs one more bit. It reports whether
// hi is a new code the table may define; when the table is full it writes
// a clear code instead and both sides start afresh.
func (e *Writer) emit(code uint32) (bool, error) {
	if err := e.writeCode(code); err != nil {
		return false, err
	}
	e.hi++
	if e.hi == 1<<e.width {
		e.width++
	}
	if e.hi < maxCode {
		return true, nil
	}
	err := e.writeCode(e.clearCode())
	e.resetTable()
	return false, err
}

// hash is the table slot where the search for key starts.
func hash(key uint32) uint32 {
	return (key>>12 ^ key) & tableMask
}

// lookup returns the code of the string key names, or noCode.
func (e *Writer) lookup(key uint32) uint32 {
	for i := hash(key); e.table[i] != 0; i = (i + 1) & tableMask {
		if e.table[i]>>12 == key {
			return e.table[i] & maxCode
		}
	}
	return noCode
}

// insert records that key's string now has the code e.hi.
func (e *Writer) insert(key uint32) {
	i := hash(key)
	for e.table[i] != 0 {
		i = (i + 1) & tableMask
	}
	e.table[i] = key<<12 | e.hi
}

// Write writes a compressed representation of p to w's underlying writer.
func (e *Writer) Write(p []byte) (int, error) {
	if e.err != nil {
		return 0, e.err
	}
	n := len(p)
	if n == 0 {
		return 0, nil
	}
	if maxLit := uint8(1<<e.litWidth - 1); maxLit != 0xff {
		for _, x := range p {
			if x > maxLit {
				e.err = errors.New("lzw: input byte too large for the litWidth")
				return 0, e.err
			}
		}
	}
	if e.prefix == noCode {
		// The first write starts with a clear code, as decoders expect.
		if e.err = e.writeCode(e.clearCode()); e.err != nil {
			return 0, e.err
		}
		e.prefix, p = uint32(p[0]), p[1:]
	}
	for _, x := range p {
		key := e.prefix<<8 | uint32(x)
		if code := e.lookup(key); code != noCode {
			e.prefix = code
			continue
		}
		define, err := e.emit(e.prefix)
		if err != nil {
			e.err = err
			return 0, err
		}
		if define {
			e.insert(key)
		}
		e.prefix = uint32(x)
	}
	return n, nil
}

// Close closes the Writer, flushing any pending output. It does not close
// w's underlying writer.
func (e *Writer) Close() error {
	if e.err != nil {
		if e.err == errClosed {
			return nil
		}
		return e.err
	}
	e.err = errClosed
	if e.prefix == noCode {
		// Nothing was written: the stream is a clear code and the end.
		if err := e.writeCode(e.clearCode()); err != nil {
			return err
		}
	} else if _, err := e.emit(e.prefix); err != nil {
		return err
	}
	if err := e.writeCode(e.eofCode()); err != nil {
		return err
	}
	if err := e.flushBits(); err != nil {
		return err
	}
	return e.w.Flush()
}

// flushBits writes the last partial byte, padded with zero bits.
func (e *Writer) flushBits() error {
	if e.nBits == 0 {
		return nil
	}
	b := uint8(e.bits)
	if e.order == MSB {
		b = uint8(e.bits >> 24)
	}
	return e.w.WriteByte(b)
}
