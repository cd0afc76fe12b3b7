// This file reads the type units of .debug_types (DWARF 4 section 7.5.1.2):
// units holding one type each, which compile units refer to by a 64-bit
// signature rather than by offset, so that the linker can keep a single
// copy of a type many objects define.

package dwarf

import (
	"fmt"
	"strconv"
)

// A typeUnit is a type unit.
type typeUnit struct {
	unit
	toff  Offset // offset of the type's entry
	name  string // the name the section was added under
	cache Type   // the type, once read
}

// parseTypes reads the headers of the type units of a .debug_types
// section.
func (d *Data) parseTypes(name string, types []byte) error {
	b := makeBuf(d, unknownFormat{}, name, 0, types)
	for len(b.data) > 0 {
		base := b.off
		n, dwarf64 := b.unitLength()
		if n != Offset(uint32(n)) {
			b.error("type unit length overflow")
			return b.err
		}
		start := b.off
		vers := int(b.uint16())
		if vers != 4 {
			b.error("unsupported DWARF version " + strconv.Itoa(vers))
			return b.err
		}
		atable, err := d.parseAbbrev(b.offset(dwarf64), vers)
		if err != nil {
			return err
		}
		asize := int(b.uint8())
		sig := b.uint64()
		toff := b.offset(dwarf64)
		if toff != uint64(uint32(toff)) {
			b.error("type unit type offset overflow")
			return b.err
		}
		off := b.off
		d.typeSigs[sig] = &typeUnit{
			unit: unit{
				base:   base,
				off:    off,
				data:   b.bytes(int(n - (b.off - start))),
				atable: atable,
				asize:  asize,
				vers:   vers,
				is64:   dwarf64,
			},
			toff: Offset(toff),
			name: name,
		}
		if b.err != nil {
			return b.err
		}
	}
	return nil
}

// sigToType returns the type of the type unit of signature sig.
func (d *Data) sigToType(sig uint64) (Type, error) {
	tu := d.typeSigs[sig]
	if tu == nil {
		return nil, fmt.Errorf("no type unit with signature %v", sig)
	}
	if tu.cache != nil {
		return tu.cache, nil
	}
	r := &typeUnitReader{d: d, tu: tu, b: makeBuf(d, tu, tu.name, tu.off, tu.data)}
	t, err := d.readType(tu.name, r, tu.toff, make(map[Offset]Type), nil)
	if err != nil {
		return nil, err
	}
	tu.cache = t
	return t, nil
}

// A typeUnitReader reads the entries of a type unit for the type
// decoder. Offsets are relative to the start of the unit's section.
type typeUnitReader struct {
	d   *Data
	tu  *typeUnit
	b   buf
	err error
}

func (tur *typeUnitReader) Seek(off Offset) {
	tur.err = nil
	doff := off - tur.tu.off
	if doff < 0 || doff >= Offset(len(tur.tu.data)) {
		tur.err = fmt.Errorf("%s: offset %d out of range; max %d", tur.tu.name, doff, len(tur.tu.data))
		return
	}
	tur.b = makeBuf(tur.d, tur.tu, tur.tu.name, off, tur.tu.data[doff:])
}

func (tur *typeUnitReader) AddressSize() int {
	return tur.tu.unit.asize
}

func (tur *typeUnitReader) Next() (*Entry, error) {
	if tur.err != nil {
		return nil, tur.err
	}
	if len(tur.tu.data) == 0 {
		return nil, nil
	}
	e := tur.b.entry(nil, tur.tu.atable, tur.tu.base, tur.tu.vers)
	if tur.b.err != nil {
		tur.err = tur.b.err
		return nil, tur.err
	}
	return e, nil
}

func (tur *typeUnitReader) clone() typeReader {
	return &typeUnitReader{d: tur.d, tu: tur.tu, b: makeBuf(tur.d, tur.tu, tur.tu.name, tur.tu.off, tur.tu.data)}
}

func (tur *typeUnitReader) offset() Offset {
	return tur.b.off
}
