// This file gives the type entries of DWARF (DWARF 5 section 5) as Go
// values of type Type: BasicType, PtrType, StructType... A type entry
// names the entries of the types it is made of by offset, so reading a
// type reads those in turn; types already read are kept in a cache by
// offset, which also ends the recursion of a type that refers to itself.

package dwarf

import "strconv"

// A Type is a type read from the DWARF data. Its dynamic type is one of
// the *XxxType below.
type Type interface {
	Common() *CommonType
	String() string
	Size() int64
}

// A CommonType holds what every type has: a size and a name. It is
// embedded in the XxxType structs.
type CommonType struct {
	ByteSize int64  // bytes a value takes; -1 if unknown
	Name     string // the name the source gives the type, if any
}

func (c *CommonType) Common() *CommonType { return c }

func (c *CommonType) Size() int64 { return c.ByteSize }

// A BasicType is the part all the basic types share.
type BasicType struct {
	CommonType
	BitSize   int64
	BitOffset int64
	// DataBitOffset is the DWARF 4 form of the offset of a bit field's
	// value, BitOffset the DWARF 2 and 3 one.
	DataBitOffset int64
}

func (b *BasicType) Basic() *BasicType { return b }

func (t *BasicType) String() string {
	if t.Name != "" {
		return t.Name
	}
	return "?"
}

// CharType is a base type encoded as DW_ATE_signed_char: a signed char.
type CharType struct {
	BasicType
}

// UcharType is a base type encoded as DW_ATE_unsigned_char: an unsigned
// char.
type UcharType struct {
	BasicType
}

// IntType is a base type encoded as DW_ATE_signed: a signed integer.
type IntType struct {
	BasicType
}

// UintType is a base type encoded as DW_ATE_unsigned: an unsigned
// integer.
type UintType struct {
	BasicType
}

// FloatType is a base type encoded as DW_ATE_float: a binary floating
// point number.
type FloatType struct {
	BasicType
}

// ComplexType is a base type encoded as DW_ATE_complex_float: a pair of
// floating point numbers.
type ComplexType struct {
	BasicType
}

// BoolType is a base type encoded as DW_ATE_boolean.
type BoolType struct {
	BasicType
}

// AddrType is a base type encoded as DW_ATE_address: a bare machine
// address, without a pointee type.
type AddrType struct {
	BasicType
}

// An UnspecifiedType is a type the source does not say, such as C++'s
// decltype(nullptr).
type UnspecifiedType struct {
	BasicType
}

// A QualType is a type with a C qualifier: const, volatile or restrict.
type QualType struct {
	CommonType
	Qual string
	Type Type
}

func (t *QualType) String() string { return t.Qual + " " + t.Type.String() }

func (t *QualType) Size() int64 { return t.Type.Size() }

// ArrayType describes an array type: Count elements of Type.
type ArrayType struct {
	CommonType
	Type          Type
	StrideBitSize int64 // if > 0, the number of bits an element takes
	Count         int64 // -1 for an array of unknown size, like C's char x[]
}

func (t *ArrayType) String() string {
	return "[" + strconv.FormatInt(t.Count, 10) + "]" + t.Type.String()
}

func (t *ArrayType) Size() int64 {
	if t.Count == -1 {
		return 0
	}
	return t.Count * t.Type.Size()
}

// A VoidType is C's void.
type VoidType struct {
	CommonType
}

func (t *VoidType) String() string { return "void" }

// PtrType describes a pointer to values of Type.
type PtrType struct {
	CommonType
	Type Type
}

func (t *PtrType) String() string { return "*" + t.Type.String() }

// StructType describes an aggregate: a C struct or union, or a C++
// class, told apart by Kind.
type StructType struct {
	CommonType
	StructName string
	Kind       string // the keyword: "struct", "union" or "class"
	Field      []*StructField
	Incomplete bool // declared but not defined
}

// A StructField is a field of a StructType.
type StructField struct {
	Name          string
	Type          Type
	ByteOffset    int64
	ByteSize      int64 // usually zero; Type.Size() is the field's size
	BitOffset     int64 // the DWARF 2 and 3 bit offset
	DataBitOffset int64 // the DWARF 4 bit offset
	BitSize       int64 // 0 unless the field is a bit field
}

// String returns the struct's kind and name, or its definition if it has
// no name.
func (t *StructType) String() string {
	if t.StructName != "" {
		return t.Kind + " " + t.StructName
	}
	return t.Defn()
}

// bitOffset returns the field's bit offset, in whichever form it has.
func (f *StructField) bitOffset() int64 {
	if f.BitOffset != 0 {
		return f.BitOffset
	}
	return f.DataBitOffset
}

// Defn returns the definition of the struct, its fields each with its
// type and byte offset: struct point {x int@0; y int@4}. A bit field
// adds its size and bit offset: "flags uint@8 : 3@5".
func (t *StructType) Defn() string {
	s := t.Kind
	if t.StructName != "" {
		s += " " + t.StructName
	}
	if t.Incomplete {
		return s + " /*incomplete*/"
	}
	s += " {"
	for i, f := range t.Field {
		if i > 0 {
			s += "; "
		}
		s += f.Name + " " + f.Type.String() + "@" + strconv.FormatInt(f.ByteOffset, 10)
		if f.BitSize > 0 {
			s += " : " + strconv.FormatInt(f.BitSize, 10) + "@" + strconv.FormatInt(f.bitOffset(), 10)
		}
	}
	return s + "}"
}

// An EnumType is an enumeration type; its only integer type is int.
type EnumType struct {
	CommonType
	EnumName string
	Val      []*EnumValue
}

// An EnumValue is a constant of an enumeration.
type EnumValue struct {
	Name string
	Val  int64
}

func (t *EnumType) String() string {
	s := "enum"
	if t.EnumName != "" {
		s += " " + t.EnumName
	}
	s += " {"
	for i, v := range t.Val {
		if i > 0 {
			s += "; "
		}
		s += v.Name + "=" + strconv.FormatInt(v.Val, 10)
	}
	return s + "}"
}

// FuncType describes the type of a function: its result and parameters.
type FuncType struct {
	CommonType
	ReturnType Type
	ParamType  []Type
}

func (t *FuncType) String() string {
	s := "func("
	for i, p := range t.ParamType {
		if i > 0 {
			s += ", "
		}
		s += p.String()
	}
	s += ")"
	if t.ReturnType != nil {
		s += " " + t.ReturnType.String()
	}
	return s
}

// A DotDotDotType stands for the variadic ... of a parameter list.
type DotDotDotType struct {
	CommonType
}

func (t *DotDotDotType) String() string { return "..." }

// A TypedefType is a named type defined as another.
type TypedefType struct {
	CommonType
	Type Type
}

func (t *TypedefType) String() string { return t.Name }

func (t *TypedefType) Size() int64 { return t.Type.Size() }

// An UnsupportedType is a type entry this package does not decode, such
// as C++'s pointers to members; Tag says which.
type UnsupportedType struct {
	CommonType
	Tag Tag
}

func (t *UnsupportedType) String() string {
	if t.Name != "" {
		return t.Name
	}
	return "(unsupported type " + t.Tag.String() + ")"
}

// A typeReader reads entries for the type decoder: a Reader over
// .debug_info, or a typeUnitReader over a type unit of .debug_types.
type typeReader interface {
	Seek(Offset)
	Next() (*Entry, error)
	clone() typeReader
	offset() Offset
	AddressSize() int
}

// Type returns the type whose entry is at off in .debug_info.
func (d *Data) Type(off Offset) (Type, error) {
	return d.readType("info", d.Reader(), off, d.typeCache, nil)
}

// A typeFixer holds the corrections to make once a type and all those it
// refers to are read: a typedef's size is its type's, which may not be
// known yet when the typedef is read because of a cycle; and a
// zero-length array at the end of a struct is written by GCC with a
// count of -1, which becomes 0.
type typeFixer struct {
	typedefs   []*TypedefType
	arraytypes []*Type
}

// recordArrayType notes *t for zeroArray if it is an array.
func (tf *typeFixer) recordArrayType(t *Type) {
	if t == nil {
		return
	}
	if _, ok := (*t).(*ArrayType); ok {
		tf.arraytypes = append(tf.arraytypes, t)
	}
}

func (tf *typeFixer) apply() {
	for _, t := range tf.typedefs {
		t.Common().ByteSize = t.Type.Size()
	}
	for _, t := range tf.arraytypes {
		zeroArray(t)
	}
}

// zeroArray replaces the array type *t by a copy of length 0, unless its
// elements have no size.
func zeroArray(t *Type) {
	at := (*t).(*ArrayType)
	if at.Type.Size() == 0 {
		return
	}
	zero := *at
	zero.Count = 0
	*t = &zero
}
