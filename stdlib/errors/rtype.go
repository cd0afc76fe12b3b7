// This file gives errors.As the little run-time type information it needs,
// without package reflect: it reads the type descriptors the compiler emits.
//
// LAYOUT DEPENDENCY: the structs below mirror runtime/type.go (_type,
// itab, eface), which in turn mirrors gominic/compile/typedesc.py. If the
// descriptor layout changes there, it must change here too.
//
// An interface value is two words: the first is the dynamic type's
// descriptor (for an empty interface, `any`) or an itab (for an interface
// with methods, such as `error`), the second is the data word: the value
// itself when the type is pointer-shaped ("direct"), else a pointer to a
// copy of the value.

package errors

import "unsafe"

// Kinds and flag bits, numbered as in runtime/type.go.
const (
	kindInterface = 20
	kindPointer   = 22
	tflagDirect   = 4
)

// rtype mirrors runtime._type, the header of every descriptor.
// Its str, gcdata and ptrToThis are 32-bit addresses (and str's length).
type rtype struct {
	size      uintptr
	ptrdata   uintptr
	hash      uint32
	kind      uint8
	align     uint8
	tflag     uint8
	_         uint8
	str       [2]uint32
	gcdata    uint32
	ptrToThis uint32
}

// ptrType mirrors runtime.ptrtype: a pointer type's descriptor, the
// header then the element type.
type ptrType struct {
	rtype
	elem *rtype
}

// elem is pointer type t's element type.
func (t *rtype) elem() *rtype {
	return (*ptrType)(unsafe.Pointer(t)).elem
}

// eface mirrors the two words of an empty interface.
type eface struct {
	typ  *rtype
	data unsafe.Pointer
}

//go:linkname assertE2I2 runtime.assertE2I2
func assertE2I2(inter, typ *rtype) unsafe.Pointer

//go:linkname memmove memmove
func memmove(dst, src unsafe.Pointer, n uintptr)

// errorType is the descriptor of the interface type error, taken from the
// type of a (nil) pointer to an error variable.
var errorType = pointerElem((*error)(nil))

// pointerElem returns the element type of p's dynamic pointer type.
func pointerElem(p any) *rtype {
	return (*eface)(unsafe.Pointer(&p)).typ.elem()
}

// A destination is where As stores a matching error: the variable a
// target pointer points to, and that variable's type.
type destination struct {
	typ *rtype
	ptr unsafe.Pointer
}

// targetOf unpacks target, which must hold a pointer; typ is nil when it
// holds something else or a nil pointer.
func targetOf(target any) destination {
	e := (*eface)(unsafe.Pointer(&target))
	if e.typ == nil || e.typ.kind != kindPointer || e.data == nil {
		return destination{}
	}
	return destination{e.typ.elem(), e.data}
}

// implementsError reports whether values of type t have an Error method.
func implementsError(t *rtype) bool {
	return assertE2I2(errorType, t) != nil
}

// assign stores err into the destination if err's dynamic type fits it:
// for an interface destination, when the dynamic type implements the
// interface; for a concrete destination, when the types are identical.
func (d destination) assign(err error) bool {
	var boxed any = err
	e := (*eface)(unsafe.Pointer(&boxed))
	if d.typ.kind == kindInterface {
		first := assertE2I2(d.typ, e.typ)
		if first == nil {
			return false
		}
		words := (*[2]unsafe.Pointer)(d.ptr)
		words[0] = first
		words[1] = e.data
		return true
	}
	if e.typ != d.typ {
		return false
	}
	if e.typ.tflag&tflagDirect != 0 {
		*(*unsafe.Pointer)(d.ptr) = e.data
	} else {
		memmove(d.ptr, e.data, d.typ.size)
	}
	return true
}

// isComparable reports whether err's dynamic type supports ==.
func isComparable(err error) bool {
	var boxed any = err
	e := (*eface)(unsafe.Pointer(&boxed))
	const tflagComparable = 2
	return e.typ.tflag&tflagComparable != 0
}
