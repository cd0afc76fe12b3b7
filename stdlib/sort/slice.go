// This file implements Slice, SliceStable and SliceIsSorted, which sort a
// slice of any element type given a less function over indexes.
//
// Go does this with reflect.Swapper; gominic's sort must not depend on
// reflect, so it reads the interface value directly. That ties this file to
// the run-time data layout (runtime/type.go and gominic/compile/typedesc.py):
//
//   - an interface value `any` is two words {type descriptor, data pointer};
//   - a slice is not pointer-shaped, so the data word points at a copy of the
//     slice header {ptr, len, cap} (the copy shares the backing array);
//   - a slice type's descriptor is the header every descriptor has
//     (runtime._type: size uintptr, ptrdata uintptr, hash uint32, kind
//     uint8, align uint8, tflag uint8, one pad byte, then 32-bit words: str's
//     address and length, gcdata, ptrToThis), then elem *_type, its element
//     type (runtime.ptrtype).
//
// Swapping elements i and j then means exchanging elem.size bytes at
// ptr+i*size and ptr+j*size, with a small buffer and memmove.

package sort

import "unsafe"

// emptyInterface is the layout of an `any` value.
type emptyInterface struct {
	typ  *typeDescriptor
	data unsafe.Pointer
}

// typeDescriptor mirrors runtime.ptrtype, the descriptor of a slice type:
// the fields of runtime._type, then the element type.
type typeDescriptor struct {
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
	elem      *typeDescriptor
}

// sliceHeader is the layout of a slice value.
type sliceHeader struct {
	ptr unsafe.Pointer
	len int
	cap int
}

const kindSlice = 23 // reflect.Slice

//go:linkname memmove memmove
func memmove(dst, src unsafe.Pointer, n uintptr)

// kindNames are reflect.Kind's names, indexed by kind number.
var kindNames = []string{
	"invalid", "bool", "int", "int8", "int16", "int32", "int64",
	"uint", "uint8", "uint16", "uint32", "uint64", "uintptr",
	"float32", "float64", "complex64", "complex128", "array", "chan",
	"func", "interface", "map", "ptr", "slice", "string", "struct",
	"unsafe.Pointer",
}

// valueError is the error reflect panics with when x is not a slice.
type valueError struct {
	method string
	kind   uint8
}

func (e *valueError) Error() string {
	if e.kind == 0 {
		return "reflect: call of " + e.method + " on zero Value"
	}
	return "reflect: call of " + e.method + " on " + kindNames[e.kind] + " Value"
}

// sliceOf returns the header and element size of the slice held in x,
// panicking as reflect.Swapper does if x does not hold a slice.
func sliceOf(x any) (sliceHeader, uintptr) {
	e := (*emptyInterface)(unsafe.Pointer(&x))
	if e.typ == nil {
		panic(&valueError{"Swapper", 0})
	}
	if e.typ.kind != kindSlice {
		panic(&valueError{"Swapper", e.typ.kind})
	}
	return *(*sliceHeader)(e.data), e.typ.elem.size
}

// funcSorter adapts a less function and an element swapper to Interface, so
// that Slice and SliceStable run the very same algorithms as Sort and Stable.
type funcSorter struct {
	less func(i, j int) bool
	s    sliceHeader
	size uintptr
	tmp  []byte // scratch space of one element for Swap
}

func newFuncSorter(x any, less func(i, j int) bool) *funcSorter {
	s, size := sliceOf(x)
	return &funcSorter{less: less, s: s, size: size, tmp: make([]byte, size+1)}
}

func (f *funcSorter) Len() int           { return f.s.len }
func (f *funcSorter) Less(i, j int) bool { return f.less(i, j) }

// Swap exchanges elements i and j, bounds-checked like a slice index.
func (f *funcSorter) Swap(i, j int) {
	if uint(i) >= uint(f.s.len) || uint(j) >= uint(f.s.len) {
		panic("reflect: slice index out of range")
	}
	pi := unsafe.Add(f.s.ptr, uintptr(i)*f.size)
	pj := unsafe.Add(f.s.ptr, uintptr(j)*f.size)
	t := unsafe.Pointer(&f.tmp[0])
	memmove(t, pi, f.size)
	memmove(pi, pj, f.size)
	memmove(pj, t, f.size)
}

// Slice sorts the slice x given the provided less function.
// It panics if x is not a slice.
//
// The sort is not guaranteed to be stable: equal elements
// may be reversed from their original order.
// For a stable sort, use SliceStable.
func Slice(x any, less func(i, j int) bool) {
	f := newFuncSorter(x, less)
	pdqsort(f, 0, f.s.len, bitLen(uint(f.s.len)))
}

// SliceStable sorts the slice x using the provided less
// function, keeping equal elements in their original order.
// It panics if x is not a slice.
func SliceStable(x any, less func(i, j int) bool) {
	f := newFuncSorter(x, less)
	stable(f, f.s.len)
}

// SliceIsSorted reports whether the slice x is sorted according to the provided less function.
// It panics if x is not a slice.
func SliceIsSorted(x any, less func(i, j int) bool) bool {
	s, _ := sliceOf(x)
	for i := s.len - 1; i > 0; i-- {
		if less(i, i-1) {
			return false
		}
	}
	return true
}
