// Package crc32 implements the 32-bit cyclic redundancy check, or CRC-32,
// checksum, as Go 1.19's hash/crc32 does. See
// https://en.wikipedia.org/wiki/Cyclic_redundancy_check for information.
//
// Polynomials are represented in LSB-first form, also known as reversed
// representation. Tables are computed from the polynomial; the IEEE table
// also gets the eight tables of slicing-by-8 (Intel's method, reading
// eight bytes a step), which gives the same checksums faster.
package crc32

import (
	"errors"
	"hash"
	"sync"
)

// The size of a CRC-32 checksum in bytes.
const Size = 4

// Predefined polynomials.
const (
	// IEEE is by far and away the most common CRC-32 polynomial.
	// Used by ethernet (IEEE 802.3), v.42, fddi, gzip, zip, png, ...
	IEEE = 0xedb88320

	// Castagnoli's polynomial, used in iSCSI.
	// Has better error detection characteristics than IEEE.
	// https://dx.doi.org/10.1109/26.231911
	Castagnoli = 0x82f63b78

	// Koopman's polynomial.
	// Also has better error detection characteristics than IEEE.
	// https://dx.doi.org/10.1109/DSN.2002.1028931
	Koopman = 0xeb31d82e
)

// Table is a 256-word table representing the polynomial for efficient processing.
type Table [256]uint32

// IEEETable is the table for the IEEE polynomial.
var IEEETable = simpleMakeTable(IEEE)

// slicing8Table is eight tables: table k gives the CRC of a byte followed
// by k zero bytes.
type slicing8Table [8]Table

var (
	slicingOnce   sync.Mutex
	slicingTables = map[*Table]*slicing8Table{}
	castagnoli    *Table
)

// simpleMakeTable builds the table of the CRC of each byte value: the byte
// shifted out bit by bit, the polynomial xored in whenever a 1 leaves.
func simpleMakeTable(poly uint32) *Table {
	t := new(Table)
	for i := 0; i < 256; i++ {
		crc := uint32(i)
		for j := 0; j < 8; j++ {
			if crc&1 == 1 {
				crc = (crc >> 1) ^ poly
			} else {
				crc >>= 1
			}
		}
		t[i] = crc
	}
	return t
}

// MakeTable returns a Table constructed from the specified polynomial.
// The contents of this Table must not be modified.
func MakeTable(poly uint32) *Table {
	switch poly {
	case IEEE:
		return IEEETable
	case Castagnoli:
		slicingOnce.Lock()
		defer slicingOnce.Unlock()
		if castagnoli == nil {
			castagnoli = simpleMakeTable(Castagnoli)
		}
		return castagnoli
	}
	return simpleMakeTable(poly)
}

// slicingFor returns the slicing-by-8 tables of one of the shared tables
// (IEEE, Castagnoli), nil for any other.
func slicingFor(tab *Table) *slicing8Table {
	var poly uint32
	switch tab {
	case IEEETable:
		poly = IEEE
	case castagnoli:
		poly = Castagnoli
	default:
		return nil
	}
	slicingOnce.Lock()
	defer slicingOnce.Unlock()
	if s := slicingTables[tab]; s != nil {
		return s
	}
	s := slicingMakeTable(poly)
	slicingTables[tab] = s
	return s
}

// slicingMakeTable builds the eight tables of poly: table k from table
// k-1 by one more zero byte.
func slicingMakeTable(poly uint32) *slicing8Table {
	s := new(slicing8Table)
	s[0] = *simpleMakeTable(poly)
	for i := 0; i < 256; i++ {
		crc := s[0][i]
		for j := 1; j < 8; j++ {
			crc = s[0][crc&0xFF] ^ (crc >> 8)
			s[j][i] = crc
		}
	}
	return s
}

// simpleUpdate feeds p into crc a byte at a time.
func simpleUpdate(crc uint32, tab *Table, p []byte) uint32 {
	crc = ^crc
	for _, v := range p {
		crc = tab[byte(crc)^v] ^ (crc >> 8)
	}
	return ^crc
}

// slicingUpdate feeds p into crc eight bytes a step.
func slicingUpdate(crc uint32, tab *slicing8Table, p []byte) uint32 {
	crc = ^crc
	for len(p) >= 8 {
		crc ^= uint32(p[0]) | uint32(p[1])<<8 | uint32(p[2])<<16 | uint32(p[3])<<24
		crc = tab[0][p[7]] ^ tab[1][p[6]] ^ tab[2][p[5]] ^ tab[3][p[4]] ^
			tab[4][crc>>24] ^ tab[5][(crc>>16)&0xFF] ^
			tab[6][(crc>>8)&0xFF] ^ tab[7][crc&0xFF]
		p = p[8:]
	}
	return simpleUpdate(^crc, &tab[0], p)
}

// Update returns the result of adding the bytes in p to the crc.
func Update(crc uint32, tab *Table, p []byte) uint32 {
	switch {
	case tab == IEEETable && archAvailableIEEE():
		return archUpdateIEEE(crc, p)
	case tab == castagnoli && archAvailableCastagnoli():
		return archUpdateCastagnoli(crc, p)
	}
	if len(p) >= 64 {
		if s := slicingFor(tab); s != nil {
			return slicingUpdate(crc, s, p)
		}
	}
	return simpleUpdate(crc, tab, p)
}

// digest represents the partial evaluation of a checksum.
type digest struct {
	crc uint32
	tab *Table
}

// New creates a new hash.Hash32 computing the CRC-32 checksum using the
// polynomial represented by the Table. Its Sum method will lay the
// value out in big-endian byte order.
func New(tab *Table) hash.Hash32 {
	return &digest{0, tab}
}

// NewIEEE creates a new hash.Hash32 computing the CRC-32 checksum using
// the IEEE polynomial. Its Sum method will lay the value out in
// big-endian byte order.
func NewIEEE() hash.Hash32 { return New(IEEETable) }

func (d *digest) Size() int { return Size }

func (d *digest) BlockSize() int { return 1 }

func (d *digest) Reset() { d.crc = 0 }

func (d *digest) Write(p []byte) (n int, err error) {
	d.crc = Update(d.crc, d.tab, p)
	return len(p), nil
}

func (d *digest) Sum32() uint32 { return d.crc }

func (d *digest) Sum(in []byte) []byte {
	return appendUint32(in, d.crc)
}

// Checksum returns the CRC-32 checksum of data
// using the polynomial represented by the Table.
func Checksum(data []byte, tab *Table) uint32 { return Update(0, tab, data) }

// ChecksumIEEE returns the CRC-32 checksum of data
// using the IEEE polynomial.
func ChecksumIEEE(data []byte) uint32 {
	return Update(0, IEEETable, data)
}

// The state of a digest as MarshalBinary writes it (encoding.BinaryMarshaler):
// Go's layout, the table named by the IEEE checksum of its words, so
// that a state resumes only with the polynomial it was made with.
const (
	magic         = "crc\x01"
	marshaledSize = len(magic) + 4 + 4
)

func (d *digest) MarshalBinary() ([]byte, error) {
	b := make([]byte, 0, marshaledSize)
	b = append(b, magic...)
	b = appendUint32(b, tableSum(d.tab))
	return appendUint32(b, d.crc), nil
}

func (d *digest) UnmarshalBinary(b []byte) error {
	if len(b) < len(magic) || string(b[:len(magic)]) != magic {
		return errors.New("hash/crc32: invalid hash state identifier")
	}
	if len(b) != marshaledSize {
		return errors.New("hash/crc32: invalid hash state size")
	}
	if tableSum(d.tab) != readUint32(b[4:]) {
		return errors.New("hash/crc32: tables do not match")
	}
	d.crc = readUint32(b[8:])
	return nil
}

// tableSum is the IEEE checksum of t's words laid out big-endian.
func tableSum(t *Table) uint32 {
	var a [1024]byte
	b := a[:0]
	if t != nil {
		for _, x := range t {
			b = appendUint32(b, x)
		}
	}
	return ChecksumIEEE(b)
}

// appendUint32 appends x to b, big-endian.
func appendUint32(b []byte, x uint32) []byte {
	return append(b, byte(x>>24), byte(x>>16), byte(x>>8), byte(x))
}

func readUint32(b []byte) uint32 {
	return uint32(b[3]) | uint32(b[2])<<8 | uint32(b[1])<<16 | uint32(b[0])<<24
}
