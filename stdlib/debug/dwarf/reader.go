// This file walks the entries of .debug_info in order, unit after unit.

package dwarf

import (
	"encoding/binary"
	"errors"
)

// A Reader reads the entries of .debug_info in order: each entry is
// followed by its children, if any, and the children by an entry with
// Tag 0.
type Reader struct {
	b            buf
	d            *Data
	err          error
	unit         int    // index of the unit being read
	lastUnit     bool   // the last entry Next returned is a unit's entry
	lastChildren bool   // the last entry Next returned has children
	lastSibling  Offset // its AttrSibling, which is where its children end
	cu           *Entry // the entry of the unit being read, once known
}

// Reader returns a new Reader at the first entry of d.
func (d *Data) Reader() *Reader {
	r := &Reader{d: d}
	r.Seek(0)
	return r
}

// AddressSize returns the size of an address in the unit being read.
func (r *Reader) AddressSize() int {
	return r.d.unit[r.unit].asize
}

// ByteOrder returns the byte order of the unit being read.
func (r *Reader) ByteOrder() binary.ByteOrder {
	return r.b.order
}

// Seek moves the reader to the entry at off; Seek(0) moves it to the
// first entry.
func (r *Reader) Seek(off Offset) {
	d := r.d
	r.err = nil
	r.lastChildren = false
	if off == 0 {
		if len(d.unit) == 0 {
			return
		}
		r.startUnit(0)
		return
	}
	i := d.offsetToUnit(off)
	if i == -1 {
		r.err = errors.New("offset out of range")
		return
	}
	if i != r.unit {
		r.cu = nil
	}
	u := &d.unit[i]
	r.unit = i
	r.b = makeBuf(r.d, u, "info", off, u.data[off-u.off:])
}

// startUnit moves the reader to the first entry of unit i.
func (r *Reader) startUnit(i int) {
	u := &r.d.unit[i]
	r.unit = i
	r.b = makeBuf(r.d, u, "info", u.off, u.data)
	r.cu = nil
}

// Next returns the next entry, or nil, nil at the end of the data.
func (r *Reader) Next() (*Entry, error) {
	if r.err != nil {
		return nil, r.err
	}
	for len(r.b.data) == 0 && r.unit+1 < len(r.d.unit) {
		r.startUnit(r.unit + 1)
	}
	if len(r.b.data) == 0 {
		return nil, nil
	}
	u := &r.d.unit[r.unit]
	e := r.b.entry(r.cu, u.atable, u.base, u.vers)
	if r.b.err != nil {
		r.err = r.b.err
		return nil, r.err
	}
	r.lastUnit = false
	r.lastChildren = e != nil && e.Children
	if r.lastChildren {
		r.lastSibling, _ = e.Val(AttrSibling).(Offset)
	}
	if e != nil && (e.Tag == TagCompileUnit || e.Tag == TagPartialUnit) {
		r.lastUnit = true
		r.cu = e
	}
	return e, nil
}

// SkipChildren skips the children of the last entry Next returned, if
// it has any, so that the next Next returns its sibling.
func (r *Reader) SkipChildren() {
	if r.err != nil || !r.lastChildren {
		return
	}
	// The sibling attribute, when present, says where the children end;
	// a unit's children end with the unit.
	if r.lastSibling >= r.b.off {
		r.Seek(r.lastSibling)
		return
	}
	if r.lastUnit && r.unit+1 < len(r.d.unit) {
		r.startUnit(r.unit + 1)
		return
	}
	for {
		e, err := r.Next()
		if err != nil || e == nil || e.Tag == 0 {
			break
		}
		if e.Children {
			r.SkipChildren()
		}
	}
}

// clone returns a new reader over the same data, for the type reader.
func (r *Reader) clone() typeReader {
	return r.d.Reader()
}

// offset returns the offset of the next entry.
func (r *Reader) offset() Offset {
	return r.b.off
}

// SeekPC returns the entry of the compile unit whose code holds pc, and
// leaves the reader at the unit's first child. The search starts at the
// unit being read, the likeliest one when pcs are looked up in order,
// and goes round the units once. It returns ErrUnknownPC if no unit
// holds pc.
func (r *Reader) SeekPC(pc uint64) (*Entry, error) {
	i := r.unit
	for n := 0; n < len(r.d.unit); n++ {
		if i >= len(r.d.unit) {
			i = 0
		}
		r.err = nil
		r.lastChildren = false
		r.startUnit(i)
		e, err := r.Next()
		if err != nil || e == nil || e.Tag == 0 {
			return nil, err
		}
		ranges, err := r.d.Ranges(e)
		if err != nil {
			return nil, err
		}
		for _, pcs := range ranges {
			if pcs[0] <= pc && pc < pcs[1] {
				return e, nil
			}
		}
		i++
	}
	return nil, ErrUnknownPC
}
