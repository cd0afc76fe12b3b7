// This file decodes the entries of .debug_info. A unit's entries are
// written as an abbreviation code followed by the attributes' values; the
// abbreviation, looked up in the unit's table in .debug_abbrev, gives the
// entry's tag, whether it has children, and each attribute with its form
// (DWARF 5 sections 7.5.2 to 7.5.6).

package dwarf

import "strconv"

// An abbrev is an abbreviation: the shape of a kind of entry.
type abbrev struct {
	tag      Tag
	children bool
	field    []afield
}

// An afield is an attribute of an abbreviation.
type afield struct {
	attr  Attr
	fmt   format
	class Class
	val   int64 // the value, for formImplicitConst
}

// An abbrevTable maps abbreviation codes to abbreviations.
type abbrevTable map[uint32]abbrev

// parseAbbrev reads the abbreviation table at off in .debug_abbrev,
// which units of DWARF version vers use.
func (d *Data) parseAbbrev(off uint64, vers int) (abbrevTable, error) {
	if m, ok := d.abbrevCache[off]; ok {
		return m, nil
	}
	var data []byte
	if off <= uint64(len(d.abbrev)) {
		data = d.abbrev[off:]
	}
	b := makeBuf(d, unknownFormat{}, "abbrev", 0, data)
	m := make(abbrevTable)
	for {
		id := uint32(b.uint())
		if id == 0 {
			break
		}
		a := abbrev{tag: Tag(b.uint()), children: b.uint8() != 0}
		for {
			attr, form := Attr(b.uint()), format(b.uint())
			if attr == 0 && form == 0 {
				break
			}
			f := afield{attr: attr, fmt: form, class: formToClass(form, attr, vers, &b)}
			if form == formImplicitConst {
				f.val = b.int()
			}
			a.field = append(a.field, f)
		}
		if b.err != nil {
			return nil, b.err
		}
		m[id] = a
	}
	if b.err != nil {
		return nil, b.err
	}
	d.abbrevCache[off] = m
	return m, nil
}

// attrIsExprloc lists the attributes whose block form holds an
// expression (ClassExprLoc) rather than plain bytes.
var attrIsExprloc = map[Attr]bool{
	AttrLocation:      true,
	AttrByteSize:      true,
	AttrBitOffset:     true,
	AttrBitSize:       true,
	AttrStringLength:  true,
	AttrLowerBound:    true,
	AttrReturnAddr:    true,
	AttrStrideSize:    true,
	AttrUpperBound:    true,
	AttrCount:         true,
	AttrDataMemberLoc: true,
	AttrFrameBase:     true,
	AttrSegment:       true,
	AttrStaticLink:    true,
	AttrUseLocation:   true,
	AttrVtableElemLoc: true,
	AttrAllocated:     true,
	AttrAssociated:    true,
	AttrDataLocation:  true,
	AttrStride:        true,
}

// attrPtrClass gives the class of the attributes whose value is an
// offset into another section, when written in the sec_offset form (or,
// before DWARF 4, which had no such form, in a data form).
var attrPtrClass = map[Attr]Class{
	AttrLocation:       ClassLocListPtr,
	AttrStmtList:       ClassLinePtr,
	AttrStringLength:   ClassLocListPtr,
	AttrReturnAddr:     ClassLocListPtr,
	AttrStartScope:     ClassRangeListPtr,
	AttrDataMemberLoc:  ClassLocListPtr,
	AttrFrameBase:      ClassLocListPtr,
	AttrMacroInfo:      ClassMacPtr,
	AttrSegment:        ClassLocListPtr,
	AttrStaticLink:     ClassLocListPtr,
	AttrUseLocation:    ClassLocListPtr,
	AttrVtableElemLoc:  ClassLocListPtr,
	AttrRanges:         ClassRangeListPtr,
	AttrStrOffsetsBase: ClassStrOffsetsPtr,
	AttrAddrBase:       ClassAddrPtr,
	AttrRnglistsBase:   ClassRngListsPtr,
	AttrLoclistsBase:   ClassLocListPtr,
}

// formToClass returns the class of attribute attr written in form.
func formToClass(form format, attr Attr, vers int, b *buf) Class {
	switch form {
	case formIndirect:
		return ClassUnknown // the form comes with the value
	case formAddr, formAddrx, formAddrx1, formAddrx2, formAddrx3, formAddrx4:
		return ClassAddress
	case formDwarfBlock1, formDwarfBlock2, formDwarfBlock4, formDwarfBlock:
		if attrIsExprloc[attr] {
			return ClassExprLoc
		}
		return ClassBlock
	case formData1, formData2, formData4, formData8, formSdata, formUdata, formData16, formImplicitConst:
		if class, ok := attrPtrClass[attr]; vers < 4 && ok {
			return class
		}
		return ClassConstant
	case formFlag, formFlagPresent:
		return ClassFlag
	case formRefAddr, formRef1, formRef2, formRef4, formRef8, formRefUdata, formRefSup4, formRefSup8:
		return ClassReference
	case formRefSig8:
		return ClassReferenceSig
	case formString, formStrp, formStrx, formStrpSup, formLineStrp, formStrx1, formStrx2, formStrx3, formStrx4:
		return ClassString
	case formSecOffset:
		if class, ok := attrPtrClass[attr]; ok {
			return class
		}
		return ClassUnknown
	case formExprloc:
		return ClassExprLoc
	case formGnuRefAlt:
		return ClassReferenceAlt
	case formGnuStrpAlt:
		return ClassStringAlt
	case formLoclistx:
		return ClassLocList
	case formRnglistx:
		return ClassRngList
	}
	b.error("cannot determine class of unknown attribute form")
	return 0
}

// An Entry is a node of the tree of debugging information: a compile
// unit, a function, a variable, a type... An entry with Tag 0 ends the
// list of children of the entry before.
type Entry struct {
	Offset   Offset // offset of the entry in .debug_info
	Tag      Tag    // what the entry describes
	Children bool   // whether children follow the entry
	Field    []Field
}

// A Field is an attribute of an Entry and its value.
//
// Val holds, by Class: for ClassAddress a uint64; for ClassBlock and
// ClassExprLoc a []byte; for ClassConstant an int64 (or a []byte for a
// 16-byte constant); for ClassFlag a bool; for ClassReference an Offset;
// for ClassReferenceSig a uint64; for ClassString a string; for
// ClassRngList and ClassRngListsPtr a uint64; for the other
// section-offset classes an int64.
type Field struct {
	Attr  Attr
	Val   any
	Class Class
}

// Val returns the value of the entry's attribute a, or nil if it has
// none; for instance e.Val(AttrName).(string) is the entry's name.
func (e *Entry) Val(a Attr) any {
	if f := e.AttrField(a); f != nil {
		return f.Val
	}
	return nil
}

// AttrField returns the entry's field for attribute a, or nil.
func (e *Entry) AttrField(a Attr) *Field {
	for i := range e.Field {
		if e.Field[i].Attr == a {
			return &e.Field[i]
		}
	}
	return nil
}

// An Offset is the offset of an entry in .debug_info.
type Offset uint32

// entryDecoder decodes one entry of a unit.
type entryDecoder struct {
	b     *buf
	cu    *Entry // the unit's first entry, nil while decoding it
	ubase Offset // offset of the unit, to which references are relative
	vers  int
}

// entry decodes the entry at b. cu is the unit's entry, which holds the
// bases that DWARF 5 indexes into .debug_addr, .debug_str_offsets and
// .debug_rnglists are relative to; for the unit's entry itself (cu nil)
// those indexes are resolved once all its attributes are read.
func (b *buf) entry(cu *Entry, atab abbrevTable, ubase Offset, vers int) *Entry {
	off := b.off
	id := uint32(b.uint())
	if id == 0 {
		return &Entry{}
	}
	a, ok := atab[id]
	if !ok {
		b.error("unknown abbreviation table index")
		return nil
	}
	e := &Entry{Offset: off, Tag: a.tag, Children: a.children, Field: make([]Field, len(a.field))}
	dec := entryDecoder{b: b, cu: cu, ubase: ubase, vers: vers}
	var later []int // fields indexed from a base the unit's entry gives
	for i, af := range a.field {
		f := &e.Field[i]
		f.Attr, f.Class = af.attr, af.class
		form := af.fmt
		if form == formIndirect {
			form = format(b.uint())
			f.Class = formToClass(form, af.attr, vers, b)
		}
		if cu == nil && a.tag == TagCompileUnit && isIndexForm(form) {
			f.Val = dec.index(form)
			later = append(later, i)
			continue
		}
		f.Val = dec.value(form, af)
		if b.err != nil {
			return nil
		}
	}
	if b.err != nil {
		return nil
	}
	for _, i := range later {
		f := &e.Field[i]
		f.Val = dec.resolve(e, f.Val.(indexed))
		if b.err != nil {
			return nil
		}
	}
	return e
}

// An indexed value is an index into .debug_addr, .debug_str_offsets or
// .debug_rnglists, not yet resolved.
type indexed struct {
	form format // formAddrx, formStrx or formRnglistx
	idx  uint64
}

func isIndexForm(form format) bool {
	switch form {
	case formAddrx, formAddrx1, formAddrx2, formAddrx3, formAddrx4,
		formStrx, formStrx1, formStrx2, formStrx3, formStrx4, formRnglistx:
		return true
	}
	return false
}

// index reads the index of an index form.
func (dec *entryDecoder) index(form format) indexed {
	b := dec.b
	switch form {
	case formAddrx, formStrx, formRnglistx:
		return indexed{form, b.uint()}
	case formAddrx1, formStrx1:
		return indexed{form, uint64(b.uint8())}.canonical()
	case formAddrx2, formStrx2:
		return indexed{form, uint64(b.uint16())}.canonical()
	case formAddrx3, formStrx3:
		return indexed{form, uint64(b.uint24())}.canonical()
	}
	return indexed{form, uint64(b.uint32())}.canonical()
}

// canonical names the form of a sized index by its unsized one.
func (x indexed) canonical() indexed {
	switch x.form {
	case formAddrx1, formAddrx2, formAddrx3, formAddrx4:
		x.form = formAddrx
	case formStrx1, formStrx2, formStrx3, formStrx4:
		x.form = formStrx
	}
	return x
}

// resolve returns the value that index x stands for, taking the base it
// is relative to from the unit's entry cu.
func (dec *entryDecoder) resolve(cu *Entry, x indexed) any {
	b := dec.b
	switch x.form {
	case formAddrx:
		if b.dwarf.addr == nil {
			b.error("DW_FORM_addrx with no .debug_addr section")
			return nil
		}
		v, err := b.dwarf.debugAddr(b.format, baseOf(cu, AttrAddrBase), x.idx)
		if err != nil && b.err == nil {
			b.err = err
		}
		return v
	case formStrx:
		if len(b.dwarf.strOffsets) == 0 {
			b.error("DW_FORM_strx with no .debug_str_offsets section")
			return nil
		}
		return dec.strx(baseOf(cu, AttrStrOffsetsBase), x.idx)
	}
	return dec.rnglistx(baseOf(cu, AttrRnglistsBase), x.idx)
}

// baseOf returns the base attribute attr of the unit's entry cu, 0 if it
// has none or is not known (an entry read after a Seek into the unit).
func baseOf(cu *Entry, attr Attr) uint64 {
	if cu == nil {
		return 0
	}
	base, _ := cu.Val(attr).(int64)
	return uint64(base)
}

// strx returns string number idx of the unit's slice of
// .debug_str_offsets, which starts at base.
func (dec *entryDecoder) strx(base, idx uint64) string {
	off, ok := dec.indexedOffset("DW_FORM_strx", "str_offsets", dec.b.dwarf.strOffsets, base, idx)
	if !ok {
		return ""
	}
	b := dec.b
	b1 := makeBuf(b.dwarf, b.format, "str", 0, b.dwarf.str)
	b1.skip(int(off))
	s := b1.string()
	if b1.err != nil {
		b.err = b1.err
	}
	return s
}

// rnglistx returns the offset in .debug_rnglists of range list number
// idx of the unit's offset table, which starts at base.
func (dec *entryDecoder) rnglistx(base, idx uint64) uint64 {
	off, ok := dec.indexedOffset("DW_FORM_rnglistx", "rnglists", dec.b.dwarf.rngLists, base, idx)
	if !ok {
		return 0
	}
	return base + off
}

// indexedOffset reads entry idx of a table of offsets that starts at
// base in data, the section called name, for a value of the given form:
// DWARF 5 forms such as DW_FORM_strx hold an index into such a table
// rather than an offset. It returns false if the entry cannot be read.
func (dec *entryDecoder) indexedOffset(form, name string, data []byte, base, idx uint64) (uint64, bool) {
	b := dec.b
	is64, _ := b.format.dwarf64()
	off := base + idx*offsetSize(is64)
	if uint64(int(off)) != off {
		b.error(form + " offset out of range")
	}
	b1 := makeBuf(b.dwarf, b.format, name, 0, data)
	b1.skip(int(off))
	off = b1.offset(is64)
	if b1.err != nil {
		b.err = b1.err
		return 0, false
	}
	if uint64(int(off)) != off {
		b.error(form + " indirect offset out of range")
	}
	return off, true
}

func offsetSize(dwarf64 bool) uint64 {
	if dwarf64 {
		return 8
	}
	return 4
}

// value reads the value of an attribute of form form.
func (dec *entryDecoder) value(form format, af afield) any {
	b := dec.b
	switch form {
	case formAddr:
		return b.addr()
	case formDwarfBlock1:
		return b.bytes(int(b.uint8()))
	case formDwarfBlock2:
		return b.bytes(int(b.uint16()))
	case formDwarfBlock4:
		return b.bytes(int(b.uint32()))
	case formDwarfBlock, formExprloc:
		return b.bytes(int(b.uint()))
	case formData1:
		return int64(b.uint8())
	case formData2:
		return int64(b.uint16())
	case formData4:
		return int64(b.uint32())
	case formData8:
		return int64(b.uint64())
	case formData16:
		return b.bytes(16)
	case formSdata:
		return b.int()
	case formUdata:
		return int64(b.uint())
	case formImplicitConst:
		return af.val
	case formFlag:
		return b.uint8() == 1
	case formFlagPresent:
		return true
	case formRefAddr:
		return dec.refAddr()
	case formRef1:
		return Offset(b.uint8()) + dec.ubase
	case formRef2:
		return Offset(b.uint16()) + dec.ubase
	case formRef4:
		return Offset(b.uint32()) + dec.ubase
	case formRef8:
		return Offset(b.uint64()) + dec.ubase
	case formRefUdata:
		return Offset(b.uint()) + dec.ubase
	case formString:
		return b.string()
	case formStrp, formLineStrp:
		return dec.strp(form)
	case formStrpSup:
		return dec.sized("DW_FORM_strp_sup")
	case formSecOffset, formGnuRefAlt, formGnuStrpAlt:
		is64, known := b.format.dwarf64()
		if !known {
			b.error("unknown size for form 0x" + strconv.FormatInt(int64(form), 16))
			return nil
		}
		return int64(b.offset(is64))
	case formRefSig8, formRefSup8:
		return b.uint64()
	case formRefSup4:
		return b.uint32()
	case formLoclistx:
		return b.uint()
	}
	if isIndexForm(form) {
		return dec.resolve(dec.cu, dec.index(form))
	}
	b.error("unknown entry attr format 0x" + strconv.FormatInt(int64(form), 16))
	return nil
}

// refAddr reads a reference to an entry anywhere in .debug_info: an
// address-sized offset in DWARF 2, a section offset after.
func (dec *entryDecoder) refAddr() any {
	b := dec.b
	switch b.format.version() {
	case 0:
		b.error("unknown version for DW_FORM_ref_addr")
		return nil
	case 2:
		return Offset(b.addr())
	}
	is64, known := b.format.dwarf64()
	if !known {
		b.error("unknown size for DW_FORM_ref_addr")
		return nil
	}
	return Offset(b.offset(is64))
}

// sized reads a value whose size is that of a section offset, as a
// uint32 or a uint64.
func (dec *entryDecoder) sized(what string) any {
	b := dec.b
	is64, known := b.format.dwarf64()
	switch {
	case !known:
		b.error("unknown size for " + what)
		return nil
	case is64:
		return b.uint64()
	}
	return b.uint32()
}

// strp reads a string stored in .debug_str (formStrp) or .debug_line_str
// (formLineStrp), given by its offset there.
func (dec *entryDecoder) strp(form format) any {
	b := dec.b
	is64, known := b.format.dwarf64()
	if !known {
		b.error("unknown size for DW_FORM_strp/line_strp")
		return nil
	}
	off := b.offset(is64)
	if uint64(int(off)) != off {
		b.error("DW_FORM_strp/line_strp offset out of range")
	}
	if b.err != nil {
		return nil
	}
	section, name := b.dwarf.str, "str"
	if form == formLineStrp {
		if len(b.dwarf.lineStr) == 0 {
			b.error("DW_FORM_line_strp with no .debug_line_str section")
			return nil
		}
		section, name = b.dwarf.lineStr, "line_str"
	}
	b1 := makeBuf(b.dwarf, b.format, name, 0, section)
	b1.skip(int(off))
	s := b1.string()
	if b1.err != nil {
		b.err = b1.err
		return nil
	}
	return s
}
