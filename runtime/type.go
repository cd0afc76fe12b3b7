// This file implements the run-time view of types: descriptors the compiler
// emits (gominic/compile/typedesc.py must agree with this layout).

package runtime

import "unsafe"

// Kinds, numbered as Go's reflect.Kind.
const (
	kindBool          = 1
	kindInt           = 2
	kindInt8          = 3
	kindInt16         = 4
	kindInt32         = 5
	kindInt64         = 6
	kindUint          = 7
	kindUint8         = 8
	kindUint16        = 9
	kindUint32        = 10
	kindUint64        = 11
	kindUintptr       = 12
	kindFloat32       = 13
	kindFloat64       = 14
	kindComplex64     = 15
	kindComplex128    = 16
	kindArray         = 17
	kindChan          = 18
	kindFunc          = 19
	kindInterface     = 20
	kindMap           = 21
	kindPointer       = 22
	kindSlice         = 23
	kindString        = 24
	kindStruct        = 25
	kindUnsafePointer = 26
)

// tflag bits.
const (
	tflagNamed      = 1
	tflagComparable = 2
	tflagDirect     = 4 // the value itself is the interface's data word
	tflagVariadic   = 8
	tflagUncommon   = 16 // an uncommontype follows the kind's tail
	tflagGCProg     = 32 // gcdata is a program writing the bitmap (malloc.go's runGCProg)
)

// _type is the part of a descriptor every type has (Go's abi.Type);
// a kind-specific tail follows it: ptrtype, arraytype, maptype,
// structtype, functype or interfacetype (a basic type has none), then,
// for a type with a package path or methods, an uncommontype.
//
// Its addresses are 32 bits wide, as a method's (below): the compiler's
// descriptors and what they point to lie in the executable, and reflect
// places the strings and bitmaps of the types it makes below 4 GB
// (lowalloc). So the header is 40 bytes instead of 56, and the tails,
// which start with a pointer, stay 8-aligned.
type _type struct {
	size    uintptr
	ptrdata uintptr // bytes of the prefix holding pointers; 0: noscan
	hash    uint32
	kind    uint8
	align   uint8
	tflag   uint8
	_       uint8
	str     name   // the type as %T prints it; a named type's name is its tail
	gcdata  uint32 // *uint8: pointer bitmap of that prefix, one bit per word
	// ptrToThis is *T for a named type T with pointer methods (else 0);
	// only the compiler sets it (reflect's PointerTo reads it).
	ptrToThis uint32
}

// A name is a string in a descriptor: the 32-bit address of its bytes,
// and its length.
type name struct {
	addr uint32
	len  uint32
}

func (n name) string() string {
	return unsafestring(unsafe.Pointer(uintptr(n.addr)), int(n.len))
}

// uncommontype is what only named types, pointers to them and unnamed
// structs with unexported fields have (Go's abi.UncommonType).
type uncommontype struct {
	pkgpath  name
	methods  uint32 // *method: the first of nmethods, a 32-bit address as a method's
	nmethods uint32
}

// The tails. Every kind with an element type has it first, and every
// kind with a field list has it first, so that elem() and fields() read
// one word whatever the kind (a func's parameter list is one of types,
// params()). A list is the address of its first element and its
// length: a slice without its capacity, as a descriptor's lists never
// grow (8 bytes less per list); a list of methods, a type's or an
// interface's, which only the compiler makes, has a 32-bit address (8
// bytes in all). The accessors read a list as a slice of a pointer to a
// large array (a uint32 length never exceeds it; an empty list's address
// may be nil, which cannot be sliced). They spell it out
// rather than share a generic helper: a package that declares a generic
// function ships its whole source to every importer, to be type-checked
// again (gominic/types/export.py), and every program imports runtime.

// ptrtype is a pointer or slice type.
type ptrtype struct {
	typ  _type
	elem *_type
}

// arraytype is an array type (len: its length) or a channel type (len:
// its direction).
type arraytype struct {
	typ  _type
	elem *_type
	len  uintptr
}

type maptype struct {
	typ  _type
	elem *_type
	key  *_type
}

// interfacetype lists an interface's methods, sorted by id.
type interfacetype struct {
	typ      _type
	methods  uint32 // *imethod: the first of nmethods, a 32-bit address as a method's
	nmethods uint32
}

// structtype lists a struct's fields; tags points to their tags (nil
// when no field has one).
type structtype struct {
	typ     _type
	fields  *structfield // the first of nfields
	nfields uint32
	tags    unsafe.Pointer
}

// functype lists the types of a function's nin parameters, then of its
// nout results; calls is reflect's call table
// (gominic/compile/reflectcall.py).
type functype struct {
	typ    _type
	params **_type
	calls  unsafe.Pointer
	nin    uint32
	nout   uint32
}

// elem is the element type of a pointer, slice, array, chan or map type.
func (t *_type) elem() *_type {
	return (*ptrtype)(unsafe.Pointer(t)).elem
}

// len is an array type's length, a chan type's direction.
func (t *_type) len() uintptr {
	return (*arraytype)(unsafe.Pointer(t)).len
}

// key is a map type's key type.
func (t *_type) key() *_type {
	return (*maptype)(unsafe.Pointer(t)).key
}

// fields are a struct's fields.
func (t *_type) fields() []structfield {
	st := (*structtype)(unsafe.Pointer(t))
	if st.fields == nil {
		return nil
	}
	return (*[1 << 32]structfield)(unsafe.Pointer(st.fields))[:st.nfields:st.nfields]
}

// imethods are an interface type's methods.
func (t *_type) imethods() []imethod {
	it := (*interfacetype)(unsafe.Pointer(t))
	if it.methods == 0 {
		return nil
	}
	return (*[1 << 32]imethod)(unsafe.Pointer(uintptr(it.methods)))[:it.nmethods:it.nmethods]
}

// uncommon is t's uncommontype, nil if it has none.
func (t *_type) uncommon() *uncommontype {
	if t.tflag&tflagUncommon == 0 {
		return nil
	}
	return (*uncommontype)(unsafe.Add(unsafe.Pointer(t), tailEnd(t.kind)))
}

// tailEnd is the size of a descriptor of that kind without its uncommontype.
func tailEnd(kind uint8) uintptr {
	switch kind {
	case kindPointer, kindSlice:
		return unsafe.Sizeof(ptrtype{})
	case kindArray, kindChan:
		return unsafe.Sizeof(arraytype{})
	case kindMap:
		return unsafe.Sizeof(maptype{})
	case kindInterface:
		return unsafe.Sizeof(interfacetype{})
	case kindStruct:
		return unsafe.Sizeof(structtype{})
	case kindFunc:
		return unsafe.Sizeof(functype{})
	}
	return unsafe.Sizeof(_type{})
}

// methods is t's method set, sorted by name.
func (t *_type) methods() []method {
	if u := t.uncommon(); u != nil && u.methods != 0 {
		return (*[1 << 32]method)(unsafe.Pointer(uintptr(u.methods)))[:u.nmethods:u.nmethods]
	}
	return nil
}

// pkgpath is a named type's package path; for an unnamed struct, that of
// its unexported fields.
func (t *_type) pkgpath() string {
	if u := t.uncommon(); u != nil {
		return u.pkgpath.string()
	}
	return ""
}

// params are a func type's parameter types, then its result types.
func (t *_type) params() []*_type {
	ft := (*functype)(unsafe.Pointer(t))
	if ft.params == nil {
		return nil
	}
	n := ft.nin + ft.nout
	return (*[1 << 32]*_type)(unsafe.Pointer(ft.params))[:n:n]
}

// nin is a func type's number of parameters.
func (t *_type) nin() uintptr {
	return uintptr((*functype)(unsafe.Pointer(t)).nin)
}

// A structfield is a struct type's field: its name is below 4 GB, as
// reflect's StructOf copies the names of the fields it is given there.
type structfield struct {
	name        name
	typ         *_type
	offsetEmbed uintptr // the field's offset << 1 | 1 for an embedded field (as Go's)
}

func (f *structfield) offset() uintptr {
	return f.offsetEmbed >> 1
}

// A method's name is its id: an unexported name is qualified by its
// package's import path ("example.com/p.get"), so that methods of
// different packages with one name never match.
//
// An entry is 16 bytes, as Go's abi.Method: its addresses are 32 bits
// wide, since a static executable lies in the low 4 GB (text at
// 0x400000), and method tables are only ever built by the compiler.
// A pruned method (gominic/link/deadcode.py) has address 0: nil.
type method struct {
	id       name
	mtypAddr uint32 // *_type: the signature
	ifnAddr  uint32 // code taking the interface's data word as receiver
}

func (m *method) name() string {
	return m.id.string()
}

func (m *method) mtyp() *_type {
	return (*_type)(unsafe.Pointer(uintptr(m.mtypAddr)))
}

func (m *method) ifn() unsafe.Pointer {
	return unsafe.Pointer(uintptr(m.ifnAddr))
}

// An imethod is an interface's method (Go's abi.Imethod): its id and
// signature, 12 bytes with 32-bit addresses as a method's, since
// interface types are only ever built by the compiler.
type imethod struct {
	id      name
	typAddr uint32 // *_type: the signature
}

func (m *imethod) name() string {
	return m.id.string()
}

func (m *imethod) typ() *_type {
	return (*_type)(unsafe.Pointer(uintptr(m.typAddr)))
}

// methodName is the name of the method with that id, unqualified.
func methodName(id string) string {
	for i := len(id) - 1; i >= 0; i-- {
		if id[i] == '.' {
			return id[i+1:]
		}
	}
	return id
}

// An itab pairs an interface type with a concrete type; fun has one code
// pointer per interface method (a variable-length tail).
type itab struct {
	inter *_type
	typ   *_type
	fun   [1]unsafe.Pointer
}

type eface struct {
	typ  *_type
	data unsafe.Pointer
}

// string is the type as %T prints it.
func (t *_type) string() string {
	return t.str.string()
}

// gcbits is the pointer bitmap of t's first ptrdata bytes (or, with
// tflagGCProg, the program writing it).
func (t *_type) gcbits() *uint8 {
	return (*uint8)(unsafe.Pointer(uintptr(t.gcdata)))
}

func (t *_type) direct() bool {
	return t.tflag&tflagDirect != 0
}

// typelinks lists the program's descriptors of composite types; the
// linker fills it in when reflect uses it (gominic/link/typelinks.py).
var typelinks []*_type

// reflect_typelinks gives reflect the type links.
func reflect_typelinks() []*_type {
	return typelinks
}
