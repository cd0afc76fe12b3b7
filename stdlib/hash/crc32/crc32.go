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
	if tab != IEEETable && tab != castagnoli {
		return nil
	}
	slicingOnce.Lock()
	defer slicingOnce.Unlock()
	if s := slicingTables[tab]; s != nil {
		return s
	}
	s := new(slicing8Table)
	s[0] = *tab
	for i := 0; i < 256; i++ {
		crc := tab[i]
		for j := 1; j < 8; j++ {
			crc = tab[crc&0xFF] ^ (crc >> 8)
			s[j][i] = crc
		}
	}
	slicingTables[tab] = s
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

// slicing8Update feeds p into crc eight bytes a step.
func slicing8Update(crc uint32, tab *slicing8Table, p []byte) uint32 {
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
	if len(p) >= 64 {
		if s := slicingFor(tab); s != nil {
			return slicing8Update(crc, s, p)
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
	s := d.Sum32()
	return append(in, byte(s>>24), byte(s>>16), byte(s>>8), byte(s))
}

// Checksum returns the CRC-32 checksum of data
// using the polynomial represented by the Table.
func Checksum(data []byte, tab *Table) uint32 { return Update(0, tab, data) }

// ChecksumIEEE returns the CRC-32 checksum of data
// using the IEEE polynomial.
func ChecksumIEEE(data []byte) uint32 {
	return Update(0, IEEETable, data)
}
