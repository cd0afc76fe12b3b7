// This file computes the address ranges of an entry: one range given by
// its low and high pc, or a list of ranges in .debug_ranges (DWARF 2 to
// 4) or .debug_rnglists (DWARF 5).

package dwarf

import "errors"

// Ranges returns the address ranges of e's code, as [low, high) pairs,
// or none if e has no code (such as a type).
func (d *Data) Ranges(e *Entry) ([][2]uint64, error) {
	var ret [][2]uint64
	if low, high, ok := lowHigh(e); ok {
		ret = append(ret, [2]uint64{low, high})
	}
	var u *unit
	if i := d.offsetToUnit(e.Offset); i >= 0 {
		u = &d.unit[i]
	}
	if u != nil && u.vers >= 5 && d.rngLists != nil {
		return d.rangeList5(u, e, ret)
	}
	ranges, ok := e.Val(AttrRanges).(int64)
	if !ok || d.ranges == nil {
		return ret, nil
	}
	_, base, err := d.baseAddressForEntry(e)
	if err != nil {
		return nil, err
	}
	return d.dwarf2Ranges(u, base, ranges, ret)
}

// lowHigh returns the range of AttrLowpc and AttrHighpc, the latter an
// address or (since DWARF 4) a length.
func lowHigh(e *Entry) (low, high uint64, ok bool) {
	low, ok = e.Val(AttrLowpc).(uint64)
	f := e.AttrField(AttrHighpc)
	if !ok || f == nil {
		return 0, 0, false
	}
	switch f.Class {
	case ClassAddress:
		high, ok = f.Val.(uint64)
	case ClassConstant:
		var n int64
		n, ok = f.Val.(int64)
		high = low + uint64(n)
	default:
		ok = false
	}
	return low, high, ok
}

// rangeList5 appends to ret the ranges of e's DWARF 5 range list, given
// by its offset or by its index.
func (d *Data) rangeList5(u *unit, e *Entry, ret [][2]uint64) ([][2]uint64, error) {
	f := e.AttrField(AttrRanges)
	if f == nil {
		return ret, nil
	}
	var off int64
	switch v := f.Val.(type) {
	case int64:
		if f.Class != ClassRangeListPtr {
			return ret, nil
		}
		off = v
	case uint64:
		if f.Class != ClassRngList {
			return ret, nil
		}
		off = int64(v)
	default:
		return ret, nil
	}
	cu, base, err := d.baseAddressForEntry(e)
	if err != nil {
		return nil, err
	}
	return d.dwarf5Ranges(u, cu, base, off, ret)
}

// baseAddressForEntry returns the entry of the unit that holds e and the
// unit's base address, to which range list offsets are relative.
func (d *Data) baseAddressForEntry(e *Entry) (*Entry, uint64, error) {
	cu := e
	if e.Tag != TagCompileUnit {
		i := d.offsetToUnit(e.Offset)
		if i == -1 {
			return nil, 0, errors.New("no unit for entry")
		}
		u := &d.unit[i]
		b := makeBuf(d, u, "info", u.off, u.data)
		cu = b.entry(nil, u.atable, u.base, u.vers)
		if b.err != nil {
			return nil, 0, b.err
		}
	}
	if base, ok := cu.Val(AttrEntrypc).(uint64); ok {
		return cu, base, nil
	}
	base, _ := cu.Val(AttrLowpc).(uint64)
	return cu, base, nil
}

// dwarf2Ranges appends to ret the ranges of the list at offset ranges in
// .debug_ranges: pairs of offsets from the base address, a pair whose
// first is all ones setting a new base, and a pair of zeros ending it.
func (d *Data) dwarf2Ranges(u *unit, base uint64, ranges int64, ret [][2]uint64) ([][2]uint64, error) {
	if ranges < 0 || ranges > int64(len(d.ranges)) {
		return nil, errors.New("invalid range offset")
	}
	b := makeBuf(d, u, "ranges", Offset(ranges), d.ranges[ranges:])
	for len(b.data) > 0 {
		low, high := b.addr(), b.addr()
		if low == 0 && high == 0 {
			break
		}
		if low == ^uint64(0)>>uint((8-u.addrsize())*8) {
			base = high
		} else {
			ret = append(ret, [2]uint64{base + low, base + high})
		}
	}
	return ret, nil
}

// dwarf5Ranges appends to ret the ranges of the list at offset ranges in
// .debug_rnglists: a sequence of entries, each a kind (rle*) and its
// operands, addresses given directly or as indexes into .debug_addr.
func (d *Data) dwarf5Ranges(u *unit, cu *Entry, base uint64, ranges int64, ret [][2]uint64) ([][2]uint64, error) {
	addrBase := baseOf(cu, AttrAddrBase)
	b := makeBuf(d, u, "rnglists", 0, d.rngLists)
	b.skip(int(ranges))
	addrx := func() (uint64, error) { return d.debugAddr(u, addrBase, b.uint()) }
	for {
		switch b.uint8() {
		case rleEndOfList:
			if b.err != nil {
				return nil, b.err
			}
			return ret, nil
		case rleBaseAddressx:
			var err error
			if base, err = addrx(); err != nil {
				return nil, err
			}
		case rleStartxEndx:
			start, err := addrx()
			if err != nil {
				return nil, err
			}
			end, err := addrx()
			if err != nil {
				return nil, err
			}
			ret = append(ret, [2]uint64{start, end})
		case rleStartxLength:
			start, err := addrx()
			if err != nil {
				return nil, err
			}
			ret = append(ret, [2]uint64{start, start + b.uint()})
		case rleOffsetPair:
			low, high := b.uint(), b.uint()
			ret = append(ret, [2]uint64{base + low, base + high})
		case rleBaseAddress:
			base = b.addr()
		case rleStartEnd:
			start, end := b.addr(), b.addr()
			ret = append(ret, [2]uint64{start, end})
		case rleStartLength:
			start := b.addr()
			ret = append(ret, [2]uint64{start, start + b.uint()})
		}
	}
}

// debugAddr returns address number idx of the slice of .debug_addr that
// starts at addrBase.
func (d *Data) debugAddr(format dataFormat, addrBase, idx uint64) (uint64, error) {
	off := idx*uint64(format.addrsize()) + addrBase
	if uint64(int(off)) != off {
		return 0, errors.New("offset out of range")
	}
	b := makeBuf(d, format, "addr", 0, d.addr)
	b.skip(int(off))
	v := b.addr()
	if b.err != nil {
		return 0, b.err
	}
	return v, nil
}
