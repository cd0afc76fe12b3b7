// This file decodes type entries into Types, one function per kind of
// entry.

package dwarf

// A typeDecoder decodes one type entry and its children.
type typeDecoder struct {
	d      *Data
	name   string // the section, for errors
	r      typeReader
	cache  map[Offset]Type
	fixups *typeFixer
	e      *Entry // the type's entry
	depth  int    // depth of the entries being skipped below a child
	err    error  // the first error
}

// readType returns the type whose entry is at off, read with r. The
// corrections of fixups are applied when the outermost call returns.
func (d *Data) readType(name string, r typeReader, off Offset, cache map[Offset]Type, fixups *typeFixer) (Type, error) {
	if t, ok := cache[off]; ok {
		return t, nil
	}
	r.Seek(off)
	e, err := r.Next()
	if err != nil {
		return nil, err
	}
	addressSize := r.AddressSize()
	if e == nil || e.Offset != off {
		return nil, DecodeError{name, off, "no type at offset"}
	}
	if fixups == nil {
		fixer := new(typeFixer)
		defer fixer.apply()
		fixups = fixer
	}
	dec := &typeDecoder{d: d, name: name, r: r, cache: cache, fixups: fixups, e: e}
	typ := dec.decode(off)
	if dec.err != nil {
		delete(cache, off)
		return nil, dec.err
	}
	size, ok := e.Val(AttrByteSize).(int64)
	if !ok {
		size = -1
		switch t := typ.(type) {
		case *TypedefType:
			// Known once the defined type is.
			fixups.typedefs = append(fixups.typedefs, t)
		case *PtrType:
			size = int64(addressSize)
		}
	}
	typ.Common().ByteSize = size
	return typ, nil
}

// decode decodes the type entry at off. Each kind's function enters
// the type into the cache before it reads the types it refers to, so
// that a reference back to it finds it there.
func (dec *typeDecoder) decode(off Offset) Type {
	e := dec.e
	var typ Type
	enter := func(t Type) { typ = t; dec.cache[off] = t }
	switch e.Tag {
	case TagArrayType:
		dec.arrayType(enter)
	case TagBaseType:
		dec.basicType(enter)
	case TagClassType, TagStructType, TagUnionType:
		dec.structType(enter)
	case TagConstType, TagVolatileType, TagRestrictType:
		t := &QualType{Qual: map[Tag]string{TagConstType: "const", TagVolatileType: "volatile", TagRestrictType: "restrict"}[e.Tag]}
		enter(t)
		t.Type = dec.typeOf(e)
	case TagEnumerationType:
		dec.enumType(enter)
	case TagPointerType:
		t := new(PtrType)
		enter(t)
		if e.Val(AttrType) == nil {
			t.Type = &VoidType{}
		} else {
			t.Type = dec.typeOf(e)
		}
	case TagSubroutineType:
		dec.funcType(enter)
	case TagTypedef:
		t := new(TypedefType)
		enter(t)
		t.Name, _ = e.Val(AttrName).(string)
		t.Type = dec.typeOf(e)
	case TagUnspecifiedType:
		t := new(UnspecifiedType)
		enter(t)
		t.Name, _ = e.Val(AttrName).(string)
	default:
		t := &UnsupportedType{Tag: e.Tag}
		enter(t)
		t.Name, _ = e.Val(AttrName).(string)
	}
	return typ
}

// next returns the next child of the type's entry, skipping the
// grandchildren, or nil after the last one or on an error.
func (dec *typeDecoder) next() *Entry {
	if !dec.e.Children || dec.err != nil {
		return nil
	}
	for {
		kid, err := dec.r.Next()
		if err != nil {
			dec.err = err
			return nil
		}
		if kid == nil {
			dec.err = DecodeError{dec.name, dec.r.offset(), "unexpected end of DWARF entries"}
			return nil
		}
		if kid.Tag == 0 {
			if dec.depth > 0 {
				dec.depth--
				continue
			}
			return nil
		}
		if kid.Children {
			dec.depth++
		}
		// A child with children of its own is skipped along with them.
		if dec.depth > 0 {
			continue
		}
		return kid
	}
}

// typeOf returns the type e's AttrType refers to: an entry of the same
// section, a type unit's signature, or nothing, which means void.
func (dec *typeDecoder) typeOf(e *Entry) Type {
	if dec.err != nil {
		return nil
	}
	var t Type
	switch ref := e.Val(AttrType).(type) {
	case Offset:
		t, dec.err = dec.d.readType(dec.name, dec.r.clone(), ref, dec.cache, dec.fixups)
	case uint64:
		t, dec.err = dec.d.sigToType(ref)
	default:
		return new(VoidType)
	}
	return t
}

// arrayType decodes an array type. Its children are its dimensions,
// outermost first: int x[2][3] is an array of 2 arrays of 3 ints.
func (dec *typeDecoder) arrayType(enter func(Type)) {
	e := dec.e
	t := new(ArrayType)
	enter(t)
	if t.Type = dec.typeOf(e); dec.err != nil {
		return
	}
	t.StrideBitSize, _ = e.Val(AttrStrideSize).(int64)
	var dims []int64
	for kid := dec.next(); kid != nil; kid = dec.next() {
		switch kid.Tag {
		case TagSubrangeType:
			dims = append(dims, subrangeCount(kid, len(dims) == 0))
		case TagEnumerationType:
			dec.err = DecodeError{dec.name, kid.Offset, "cannot handle enumeration type as array bound"}
			return
		}
	}
	if len(dims) == 0 {
		dims = []int64{-1}
	}
	t.Count = dims[0]
	for i := len(dims) - 1; i >= 1; i-- {
		t.Type = &ArrayType{Type: t.Type, Count: dims[i]}
	}
}

// subrangeCount returns the length of an array dimension: its count, or
// its upper bound plus one; a first dimension with neither is of unknown
// length (-1), as in x[].
func subrangeCount(kid *Entry, first bool) int64 {
	if count, ok := kid.Val(AttrCount).(int64); ok {
		return count
	}
	if upper, ok := kid.Val(AttrUpperBound).(int64); ok {
		return upper + 1
	}
	if first {
		return -1
	}
	return 0
}

// basicType decodes a base type, whose encoding says what kind it is.
func (dec *typeDecoder) basicType(enter func(Type)) {
	e := dec.e
	name, _ := e.Val(AttrName).(string)
	enc, ok := e.Val(AttrEncoding).(int64)
	if !ok {
		dec.err = DecodeError{name, e.Offset, "missing encoding attribute for " + name}
		return
	}
	var typ interface {
		Type
		Basic() *BasicType
	}
	switch enc {
	case encAddress:
		typ = new(AddrType)
	case encBoolean:
		typ = new(BoolType)
	case encComplexFloat:
		typ = new(ComplexType)
		// GCC names both complex types "complex"; tell them apart.
		if name == "complex" {
			switch size, _ := e.Val(AttrByteSize).(int64); size {
			case 8:
				name = "complex float"
			case 16:
				name = "complex double"
			}
		}
	case encFloat:
		typ = new(FloatType)
	case encSigned:
		typ = new(IntType)
	case encUnsigned:
		typ = new(UintType)
	case encSignedChar:
		typ = new(CharType)
	case encUnsignedChar:
		typ = new(UcharType)
	default:
		dec.err = DecodeError{name, e.Offset, "unrecognized encoding attribute value"}
		return
	}
	enter(typ)
	t := typ.Basic()
	t.Name = name
	t.BitSize, _ = e.Val(AttrBitSize).(int64)
	var hasBitOffset, hasDataBitOffset bool
	t.BitOffset, hasBitOffset = e.Val(AttrBitOffset).(int64)
	t.DataBitOffset, hasDataBitOffset = e.Val(AttrDataBitOffset).(int64)
	if hasBitOffset && hasDataBitOffset {
		dec.err = DecodeError{name, e.Offset, "duplicate bit offset attributes"}
	}
}

// structType decodes a struct, union or class type and its members.
func (dec *typeDecoder) structType(enter func(Type)) {
	e := dec.e
	t := &StructType{Kind: map[Tag]string{TagClassType: "class", TagStructType: "struct", TagUnionType: "union"}[e.Tag]}
	enter(t)
	t.StructName, _ = e.Val(AttrName).(string)
	t.Incomplete = e.Val(AttrDeclaration) != nil
	t.Field = make([]*StructField, 0, 8)
	var last *StructField
	for kid := dec.next(); kid != nil; kid = dec.next() {
		if kid.Tag != TagMember {
			continue
		}
		f := dec.structField(kid)
		if dec.err != nil {
			return
		}
		t.Field = append(t.Field, f)
		// A field at the same offset as the one before it, which is no
		// bit field, makes that one an array of length 0.
		if last != nil && last.BitSize == 0 && last.ByteOffset == f.ByteOffset && t.Kind != "union" {
			dec.fixups.recordArrayType(&last.Type)
		}
		last = f
	}
	// So does ending at the struct's end.
	if size, ok := e.Val(AttrByteSize).(int64); ok && t.Kind != "union" && last != nil && size == last.ByteOffset {
		dec.fixups.recordArrayType(&last.Type)
	}
}

// structField decodes a member of a struct. Its location is a constant
// offset, or (before DWARF 3) an expression adding the offset to the
// struct's address.
func (dec *typeDecoder) structField(kid *Entry) *StructField {
	f := new(StructField)
	if f.Type = dec.typeOf(kid); dec.err != nil {
		return nil
	}
	switch loc := kid.Val(AttrDataMemberLoc).(type) {
	case []byte:
		b := makeBuf(dec.d, unknownFormat{}, "location", 0, loc)
		if b.uint8() != opPlusUconst {
			dec.err = DecodeError{dec.name, kid.Offset, "unexpected opcode"}
			return nil
		}
		f.ByteOffset = int64(b.uint())
		if b.err != nil {
			dec.err = b.err
			return nil
		}
	case int64:
		f.ByteOffset = loc
	}
	f.Name, _ = kid.Val(AttrName).(string)
	f.ByteSize, _ = kid.Val(AttrByteSize).(int64)
	var hasBitOffset, hasDataBitOffset bool
	f.BitOffset, hasBitOffset = kid.Val(AttrBitOffset).(int64)
	f.DataBitOffset, hasDataBitOffset = kid.Val(AttrDataBitOffset).(int64)
	if hasBitOffset && hasDataBitOffset {
		dec.err = DecodeError{dec.name, dec.e.Offset, "duplicate bit offset attributes"}
		return nil
	}
	f.BitSize, _ = kid.Val(AttrBitSize).(int64)
	return f
}

// enumType decodes an enumeration and its constants.
func (dec *typeDecoder) enumType(enter func(Type)) {
	t := new(EnumType)
	enter(t)
	t.EnumName, _ = dec.e.Val(AttrName).(string)
	t.Val = make([]*EnumValue, 0, 8)
	for kid := dec.next(); kid != nil; kid = dec.next() {
		if kid.Tag == TagEnumerator {
			v := new(EnumValue)
			v.Name, _ = kid.Val(AttrName).(string)
			v.Val, _ = kid.Val(AttrConstValue).(int64)
			t.Val = append(t.Val, v)
		}
	}
}

// funcType decodes a function type: its result, then its parameters.
func (dec *typeDecoder) funcType(enter func(Type)) {
	t := new(FuncType)
	enter(t)
	if t.ReturnType = dec.typeOf(dec.e); dec.err != nil {
		return
	}
	t.ParamType = make([]Type, 0, 8)
	for kid := dec.next(); kid != nil; kid = dec.next() {
		switch kid.Tag {
		case TagFormalParameter:
			p := dec.typeOf(kid)
			if dec.err != nil {
				return
			}
			t.ParamType = append(t.ParamType, p)
		case TagUnspecifiedParameters:
			t.ParamType = append(t.ParamType, &DotDotDotType{})
		}
	}
}
