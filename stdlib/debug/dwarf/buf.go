// This file decodes the primitive values DWARF sections are made of:
// fixed-size integers in the file's byte order, LEB128 variable-length
// integers (DWARF 5 section 7.6), NUL-terminated strings, and addresses
// and section offsets whose size the unit being read decides.

package dwarf

import (
	"bytes"
	"encoding/binary"
	"strconv"
)

// A buf reads a DWARF section from front to back. The first error it
// meets is kept in err, and every read after it returns zero, so that a
// decoder can read a whole record and check for an error once.
type buf struct {
	dwarf  *Data
	order  binary.ByteOrder
	format dataFormat
	name   string // the section's name, for errors
	off    Offset // offset in the section of data[0]
	data   []byte
	err    error
}

// A dataFormat is what decides how some values of a section are
// encoded: the unit being read, or unknownFormat outside of a unit.
type dataFormat interface {
	// version returns the DWARF version, 0 if not known.
	version() int
	// dwarf64 reports whether section offsets take 8 bytes, and whether
	// that is known at all.
	dwarf64() (dwarf64 bool, isKnown bool)
	// addrsize returns the size of an address, 0 if not known.
	addrsize() int
}

// unknownFormat is the format of data read outside of any unit.
type unknownFormat struct{}

func (unknownFormat) version() int          { return 0 }
func (unknownFormat) dwarf64() (bool, bool) { return false, false }
func (unknownFormat) addrsize() int         { return 0 }

func makeBuf(d *Data, format dataFormat, name string, off Offset, data []byte) buf {
	return buf{dwarf: d, order: d.order, format: format, name: name, off: off, data: data}
}

// bytes returns the next n bytes.
func (b *buf) bytes(n int) []byte {
	if n < 0 || len(b.data) < n {
		b.error("underflow")
		return nil
	}
	p := b.data[:n]
	b.data = b.data[n:]
	b.off += Offset(n)
	return p
}

func (b *buf) skip(n int) { b.bytes(n) }

func (b *buf) uint8() uint8 {
	p := b.bytes(1)
	if p == nil {
		return 0
	}
	return p[0]
}

func (b *buf) uint16() uint16 {
	p := b.bytes(2)
	if p == nil {
		return 0
	}
	return b.order.Uint16(p)
}

// uint24 reads the 3-byte integers of the DWARF 5 strx3 and addrx3 forms.
func (b *buf) uint24() uint32 {
	p := b.bytes(3)
	if p == nil {
		return 0
	}
	if b.dwarf.bigEndian {
		return uint32(p[0])<<16 | uint32(p[1])<<8 | uint32(p[2])
	}
	return uint32(p[2])<<16 | uint32(p[1])<<8 | uint32(p[0])
}

func (b *buf) uint32() uint32 {
	p := b.bytes(4)
	if p == nil {
		return 0
	}
	return b.order.Uint32(p)
}

func (b *buf) uint64() uint64 {
	p := b.bytes(8)
	if p == nil {
		return 0
	}
	return b.order.Uint64(p)
}

// string reads a NUL-terminated string.
func (b *buf) string() string {
	i := bytes.IndexByte(b.data, 0)
	if i < 0 {
		b.error("underflow")
		return ""
	}
	s := string(b.data[:i])
	b.data = b.data[i+1:]
	b.off += Offset(i + 1)
	return s
}

// varint reads a LEB128 number: 7 bits a byte, lowest first, the high
// bit of each byte set if another follows. It returns the bits read and
// how many there were, which the signed form needs to sign-extend. A
// number cut short by the end of the data reads as 0 and consumes
// nothing.
func (b *buf) varint() (c uint64, bits uint) {
	for i, x := range b.data {
		c |= uint64(x&0x7f) << bits
		bits += 7
		if x&0x80 == 0 {
			b.off += Offset(i + 1)
			b.data = b.data[i+1:]
			return c, bits
		}
	}
	return 0, 0
}

// uint reads an unsigned LEB128 number.
func (b *buf) uint() uint64 {
	x, _ := b.varint()
	return x
}

// int reads a signed LEB128 number, whose last byte's top bit is its
// sign: 0x7f is -1.
func (b *buf) int() int64 {
	ux, bits := b.varint()
	x := int64(ux)
	if bits > 0 && x&(1<<(bits-1)) != 0 {
		x |= -1 << bits
	}
	return x
}

// addr reads an address of the format's size.
func (b *buf) addr() uint64 {
	switch b.format.addrsize() {
	case 1:
		return uint64(b.uint8())
	case 2:
		return uint64(b.uint16())
	case 4:
		return uint64(b.uint32())
	case 8:
		return b.uint64()
	}
	b.error("unknown address size")
	return 0
}

// unitLength reads the length that opens a unit, and tells the 64-bit
// DWARF format, where the length is 0xffffffff followed by the real
// length in 8 bytes.
func (b *buf) unitLength() (length Offset, dwarf64 bool) {
	length = Offset(b.uint32())
	if length == 0xffffffff {
		dwarf64 = true
		length = Offset(b.uint64())
	} else if length >= 0xfffffff0 {
		b.error("unit length has reserved value")
	}
	return
}

// offset reads a section offset: 8 bytes in the 64-bit DWARF format,
// 4 in the 32-bit one.
func (b *buf) offset(dwarf64 bool) uint64 {
	if dwarf64 {
		return b.uint64()
	}
	return uint64(b.uint32())
}

// error records the first error and stops further reading.
func (b *buf) error(s string) {
	if b.err == nil {
		b.data = nil
		b.err = DecodeError{b.name, b.off, s}
	}
}

// A DecodeError reports malformed DWARF data: the section, the offset in
// it and what is wrong.
type DecodeError struct {
	Name   string
	Offset Offset
	Err    string
}

func (e DecodeError) Error() string {
	return "decoding dwarf section " + e.Name + " at offset 0x" + strconv.FormatInt(int64(e.Offset), 16) + ": " + e.Err
}
