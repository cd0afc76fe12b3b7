// This file splits .debug_info into its units. Each starts with a header
// (DWARF 5 section 7.5.1): the unit's length, the DWARF version, the
// offset of its abbreviation table and the size of an address (a DWARF 5
// header adds the unit type first, and more fields after).

package dwarf

import (
	"sort"
	"strconv"
)

// A unit is a unit of .debug_info: a compile unit, or a type or partial
// unit.
type unit struct {
	base   Offset // offset of the header in .debug_info
	off    Offset // offset of the first entry, after the header
	data   []byte // the entries
	atable abbrevTable
	asize  int   // size of an address
	vers   int   // DWARF version
	utype  uint8 // DW_UT_* unit type (DWARF 5 only)
	is64   bool  // the 64-bit DWARF format, with 8-byte section offsets
}

// A unit is the dataFormat of the data it holds.

func (u *unit) version() int          { return u.vers }
func (u *unit) dwarf64() (bool, bool) { return u.is64, true }
func (u *unit) addrsize() int         { return u.asize }

// parseUnits reads the header of every unit of .debug_info.
func (d *Data) parseUnits() ([]unit, error) {
	var units []unit
	b := makeBuf(d, unknownFormat{}, "info", 0, d.info)
	for len(b.data) > 0 && b.err == nil {
		base := b.off
		n, is64 := b.unitLength()
		if n != Offset(uint32(n)) {
			b.error("unit length overflow")
			break
		}
		if n == 0 {
			continue // padding
		}
		u := unit{base: base, is64: is64}
		start := b.off
		if err := d.parseUnitHeader(&b, &u); err != nil {
			return nil, err
		}
		if b.err != nil {
			break
		}
		u.off = b.off
		u.data = b.bytes(int(n - (b.off - start)))
		units = append(units, u)
	}
	if b.err != nil {
		return nil, b.err
	}
	return units, nil
}

// parseUnitHeader reads the header of u that follows its length, and the
// unit's abbreviation table.
func (d *Data) parseUnitHeader(b *buf, u *unit) error {
	vers := b.uint16()
	if vers < 2 || vers > 5 {
		b.error("unsupported DWARF version " + strconv.Itoa(int(vers)))
		return nil
	}
	u.vers = int(vers)
	if vers >= 5 {
		u.utype = b.uint8()
		u.asize = int(b.uint8())
	}
	abbrevOff := b.offset(u.is64)
	atable, err := d.parseAbbrev(abbrevOff, u.vers)
	if err != nil {
		if b.err == nil {
			return err
		}
		return nil
	}
	u.atable = atable
	if vers < 5 {
		u.asize = int(b.uint8())
	}
	switch u.utype {
	case utSkeleton, utSplitCompile:
		b.uint64() // the unit's ID
	case utType, utSplitType:
		b.uint64()       // the type's signature
		b.offset(u.is64) // the type entry's offset
	}
	return nil
}

// offsetToUnit returns the index of the unit whose entries hold off, or
// -1.
func (d *Data) offsetToUnit(off Offset) int {
	next := sort.Search(len(d.unit), func(i int) bool { return d.unit[i].off > off })
	if next == 0 {
		return -1
	}
	u := &d.unit[next-1]
	if u.off <= off && off < u.off+Offset(len(u.data)) {
		return next - 1
	}
	return -1
}
