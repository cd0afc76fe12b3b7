// This file implements the construction of types at run time: PointerTo,
// SliceOf, MapOf, ArrayOf, ChanOf, FuncOf and StructOf.
//
// A type built here must be the very descriptor the compiler emitted for
// the same type when the program has one: the runtime compares types by
// address. The linker lists the program's composite descriptors in
// runtime.typelinks (gominic/link/typelinks.py); a constructor looks
// there first and makes a new descriptor only for a type no code of the
// program mentions. Every type made or found is remembered, so asking
// twice gives the same *rtype. A made descriptor has no methods.

package reflect

import (
	"sync"
	"unsafe"
)

//go:linkname typelinks runtime.reflect_typelinks
func typelinks() []*rtype

// lowalloc returns n zeroed bytes below 4 GB, never freed: a descriptor's
// 32-bit addresses reach them (runtime/mheap.go).
//
//go:linkname lowalloc runtime.reflect_lowalloc
func lowalloc(n uintptr) unsafe.Pointer

// made lists the descriptors found or built by the constructors.
var made []*rtype

// names holds the strings of made descriptors, each copied once below
// 4 GB: a constructor names every type it is asked for, made or found.
var names map[string]name

// typesMu guards made, names and ptrCache.
var typesMu sync.Mutex

// lookupType returns the descriptor like proto (same kind, and the same
// structure by identical), from the ones already made or the program's,
// or else proto itself, now registered.
func lookupType(proto *rtype) *rtype {
	typesMu.Lock()
	defer typesMu.Unlock()
	for _, t := range made {
		if t.tflag&tflagNamed == 0 && haveIdenticalUnderlyingType(t, proto, true) {
			return t
		}
	}
	for _, t := range typelinks() {
		if t.tflag&tflagNamed == 0 && haveIdenticalUnderlyingType(t, proto, true) {
			made = append(made, t)
			return t
		}
	}
	proto.hash = fnv32(proto.String())
	setGCData(proto)
	made = append(made, proto)
	return proto
}

// newName is s as a descriptor holds it, its bytes below 4 GB. The same
// string is copied there once.
func newName(s string) name {
	typesMu.Lock()
	defer typesMu.Unlock()
	if n, ok := names[s]; ok {
		return n
	}
	n := name{len: uint32(len(s))}
	if len(s) > 0 {
		p := lowalloc(uintptr(len(s)))
		copy(unsafe.Slice((*byte)(p), len(s)), s)
		n.addr = uint32(uintptr(p))
	}
	if names == nil {
		names = map[string]name{}
	}
	names[n.string()] = n
	return n
}

// setGCData gives a type built here the pointer bitmap the collector scans
// its values by (runtime/type.go), below 4 GB: every word a possible
// pointer, which is safe, or none for a type that can hold no pointer.
func setGCData(t *rtype) {
	words := (t.size + ptrSize - 1) / ptrSize
	if words == 0 || !mayHoldPointers(t) {
		return
	}
	bits := unsafe.Slice((*byte)(lowalloc((words+7)/8)), (words+7)/8)
	for i := range bits {
		bits[i] = 0xff
	}
	t.ptrdata = words * ptrSize
	t.gcdata = uint32(uintptr(unsafe.Pointer(&bits[0])))
}

func mayHoldPointers(t *rtype) bool {
	switch Kind(t.kind) {
	case Array:
		return t.elem().ptrdata != 0
	case Struct:
		for i := range t.fields() {
			if t.fields()[i].typ.ptrdata != 0 {
				return true
			}
		}
		return false
	case Pointer, Slice, Map, Chan, Func, Interface, String, UnsafePointer:
		return true
	}
	return false
}

// fnv32 is the 32-bit FNV-1a hash the compiler gives descriptors.
func fnv32(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h = (h ^ uint32(s[i])) * 16777619
	}
	return h
}

const ptrSize = unsafe.Sizeof(uintptr(0))

// ptrCache maps a type to its pointer type, which Addr and New ask for often.
var ptrCache map[*rtype]*rtype

// PointerTo returns the pointer type with element t.
func PointerTo(t Type) Type {
	e := t.common()
	if e.ptrToThis != 0 {
		return (*rtype)(unsafe.Pointer(uintptr(e.ptrToThis)))
	}
	typesMu.Lock()
	p, ok := ptrCache[e]
	typesMu.Unlock()
	if ok {
		return p
	}
	pt := &uncommonPtrType{ptrType: ptrType{rtype: rtype{size: ptrSize, kind: uint8(Pointer),
		align: uint8(ptrSize), tflag: tflagComparable | tflagDirect, str: newName("*" + e.String())}, elem: e}}
	if ms := e.methods(); !e.direct() && len(ms) > 0 {
		// T has no pointer methods (else ptrToThis is set), so *T's
		// method set is T's; and T's method code takes a pointer to
		// the value as receiver, which is what a *T is. The table is
		// the compiler's (of the types made here only pointers have
		// methods), so its address fits in 32 bits.
		pt.u.methods, pt.u.nmethods = uint32(uintptr(unsafe.Pointer(&ms[0]))), uint32(len(ms))
		pt.rtype.tflag |= tflagUncommon
	}
	p = lookupType(&pt.rtype)
	typesMu.Lock()
	if ptrCache == nil {
		ptrCache = map[*rtype]*rtype{}
	}
	ptrCache[e] = p
	typesMu.Unlock()
	return p
}

// uncommonPtrType is a pointer type made here, with room for methods.
type uncommonPtrType struct {
	ptrType
	u uncommonType
}

// uncommonStructType is a struct type made here, with room for the
// package path of its unexported fields.
type uncommonStructType struct {
	structType
	u uncommonType
}

// PtrTo is the old name for PointerTo.
func PtrTo(t Type) Type { return PointerTo(t) }

// ptrTo is PointerTo on descriptors.
func ptrTo(t *rtype) *rtype { return PointerTo(t).common() }

// SliceOf returns the slice type with element type t.
func SliceOf(t Type) Type {
	e := t.common()
	st := &ptrType{rtype: rtype{size: 3 * ptrSize, kind: uint8(Slice), align: uint8(ptrSize),
		str: newName("[]" + e.String())}, elem: e}
	return lookupType(&st.rtype)
}

// MapOf returns the map type with the given key and element types. It
// panics if the key type is not a valid map key type.
func MapOf(key, elem Type) Type {
	k, e := key.common(), elem.common()
	if !k.Comparable() {
		panic("reflect.MapOf: invalid key type " + k.String())
	}
	mt := &mapType{rtype: rtype{size: ptrSize, kind: uint8(Map), align: uint8(ptrSize), tflag: tflagDirect,
		str: newName("map[" + k.String() + "]" + e.String())}, elem: e, key: k}
	return lookupType(&mt.rtype)
}

// ArrayOf returns the array type with the given length and element type.
func ArrayOf(length int, elem Type) Type {
	e := elem.common()
	if length < 0 {
		panic("reflect: negative length passed to ArrayOf")
	}
	if e.size > 0 && uintptr(length) > ^uintptr(0)/e.size {
		panic("reflect.ArrayOf: array size would exceed virtual address space")
	}
	at := &arrayType{rtype: rtype{size: uintptr(length) * e.size, kind: uint8(Array), align: e.align,
		tflag: e.tflag & tflagComparable, str: newName("[" + itoa(length) + "]" + e.String())}, elem: e, len: uintptr(length)}
	return lookupType(&at.rtype)
}

// ChanOf returns the channel type with the given direction and element type.
func ChanOf(dir ChanDir, t Type) Type {
	e := t.common()
	var str string
	var d uintptr // the descriptor's numbering: both, send, receive
	switch dir {
	case SendDir:
		str, d = "chan<- "+e.String(), 1
	case RecvDir:
		str, d = "<-chan "+e.String(), 2
	case BothDir:
		str = "chan " + e.String()
		if e.Kind() == Chan && e.len() == 2 {
			str = "chan (" + e.String() + ")"
		}
	default:
		panic("reflect.ChanOf: invalid dir")
	}
	ct := &arrayType{rtype: rtype{size: ptrSize, kind: uint8(Chan), align: uint8(ptrSize),
		tflag: tflagComparable | tflagDirect, str: newName(str)}, elem: e, len: d}
	return lookupType(&ct.rtype)
}

// FuncOf returns the function type with the given argument and result
// types; variadic says whether the last argument is ...T (it must then
// be a slice).
func FuncOf(in, out []Type, variadic bool) Type {
	if variadic && (len(in) == 0 || in[len(in)-1].Kind() != Slice) {
		panic("reflect.FuncOf: last arg of variadic func must be slice")
	}
	t := &funcType{rtype: rtype{size: ptrSize, kind: uint8(Func), align: uint8(ptrSize), tflag: tflagDirect},
		nin: uint32(len(in)), nout: uint32(len(out))}
	var params []*rtype
	if variadic {
		t.rtype.tflag |= tflagVariadic
	}
	str := "func("
	for i, p := range in {
		if i > 0 {
			str += ", "
		}
		if variadic && i == len(in)-1 {
			str += "..." + p.common().elem().String()
		} else {
			str += p.String()
		}
		params = append(params, p.common())
	}
	str += ")"
	if len(out) == 1 {
		str += " " + out[0].String()
	} else if len(out) > 1 {
		str += " ("
		for i, r := range out {
			if i > 0 {
				str += ", "
			}
			str += r.String()
		}
		str += ")"
	}
	for _, r := range out {
		params = append(params, r.common())
	}
	if len(params) > 0 {
		t.params = &params[0]
	}
	t.rtype.str = newName(str)
	return lookupType(&t.rtype)
}

// StructOf returns the struct type containing fields, laid out as the
// compiler lays out structs. Offset and Index in fields are ignored.
func StructOf(fields []StructField) Type {
	t := &uncommonStructType{structType: structType{rtype: rtype{kind: uint8(Struct), align: 1, tflag: tflagComparable}}}
	var sfields []structField
	var tags []string
	tagged := false
	str := "struct {"
	seen := map[string]bool{}
	var off uintptr
	for i, f := range fields {
		if f.Name == "" {
			panic("reflect.StructOf: field " + itoa(i) + " has no name")
		}
		if f.Type == nil {
			panic("reflect.StructOf: field " + itoa(i) + " has no type")
		}
		if seen[f.Name] && f.Name != "_" {
			panic("reflect.StructOf: duplicate field " + f.Name)
		}
		seen[f.Name] = true
		ft := f.Type.common()
		if f.Anonymous {
			checkEmbedded(ft, i, len(fields))
		}
		if !isExported(f.Name) && f.PkgPath == "" {
			panic("reflect.StructOf: field \"" + f.Name + "\" is unexported but missing PkgPath")
		}
		if !isExported(f.Name) {
			t.u.pkgpath = newName(f.PkgPath)
			t.rtype.tflag |= tflagUncommon
		}
		off = alignUp(off, uintptr(ft.align))
		sfields = append(sfields, structField{name: newName(f.Name), typ: ft, offsetEmbed: offsetEmbed(off, f.Anonymous)})
		tags = append(tags, string(f.Tag))
		tagged = tagged || f.Tag != ""
		off += ft.size
		if ft.align > t.rtype.align {
			t.rtype.align = ft.align
		}
		if !ft.Comparable() {
			t.rtype.tflag &^= tflagComparable
		}
		if i > 0 {
			str += ";"
		}
		str += " "
		if !f.Anonymous {
			str += f.Name + " "
		}
		str += ft.String()
		if f.Tag != "" {
			str += " " + quote(string(f.Tag))
		}
	}
	if len(fields) > 0 {
		str += " "
		if off > 0 && fields[len(fields)-1].Type.Size() == 0 {
			off++ // a final zero-size field must not point past the struct
		}
	}
	if len(sfields) > 0 {
		t.fields, t.nfields = &sfields[0], uint32(len(sfields))
	}
	t.rtype.size = alignUp(off, uintptr(t.rtype.align))
	t.rtype.str = newName(str + "}")
	if tagged {
		t.tags = unsafe.Pointer(&tags[0])
	}
	return lookupType(&t.rtype)
}

// checkEmbedded panics, as Go's StructOf does, for the embedded fields
// whose promoted methods it cannot give the new type.
func checkEmbedded(ft *rtype, i, n int) {
	mt := ft
	if ft.Kind() == Pointer {
		mt = ft.elem()
	}
	if len(mt.methods()) == 0 || ft.Kind() == Interface {
		return
	}
	if i > 0 {
		panic("reflect: embedded type with methods not implemented if type is not first field")
	}
	if ft.Kind() == Pointer && n > 1 {
		panic("reflect: embedded type with methods not implemented if there is more than one field")
	}
}

func alignUp(n, a uintptr) uintptr {
	return (n + a - 1) &^ (a - 1)
}

// quote writes s as a double-quoted Go string literal, for struct tags
// in type strings.
func quote(s string) string {
	buf := []byte{'"'}
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '"', '\\':
			buf = append(buf, '\\', c)
		case '\n':
			buf = append(buf, '\\', 'n')
		case '\t':
			buf = append(buf, '\\', 't')
		default:
			buf = append(buf, c)
		}
	}
	return string(append(buf, '"'))
}
