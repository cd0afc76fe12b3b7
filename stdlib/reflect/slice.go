// This file implements the operations on slices, arrays and strings:
// MakeSlice, Append, AppendSlice, Copy, Slice, Slice3 and Swapper.

package reflect

import "unsafe"

// MakeSlice creates a new zero-initialized slice value for the specified
// slice type, length, and capacity.
func MakeSlice(typ Type, len, cap int) Value {
	if typ.Kind() != Slice {
		panic("reflect.MakeSlice of non-slice type")
	}
	if len < 0 {
		panic("reflect.MakeSlice: negative len")
	}
	if cap < 0 {
		panic("reflect.MakeSlice: negative cap")
	}
	if len > cap {
		panic("reflect.MakeSlice: len > cap")
	}
	t := typ.common()
	h := &sliceHeader{mallocgc(uintptr(cap)*t.elem().size, t.elem()), len, cap}
	return Value{t, unsafe.Pointer(h), 0}
}

// grow returns a copy of slice header s with room for n more elements of
// type elem, growing the array as append does.
func grow(s sliceHeader, n int, elem *rtype) sliceHeader {
	need := s.len + n
	if need <= s.cap {
		return s
	}
	c := s.cap * 2
	if c < need {
		c = need
	}
	if c < 4 {
		c = 4
	}
	p := mallocgc(uintptr(c)*elem.size, elem)
	memmove(p, s.data, uintptr(s.len)*elem.size)
	return sliceHeader{p, s.len, c}
}

// mustBeSlice panics unless v is a slice. Append and AppendSlice are
// not methods, so Go's panic names no method.
func (v Value) mustBeSlice() {
	if v.Kind() != Slice {
		panic(&ValueError{"unknown method", v.Kind()})
	}
}

// Append appends the values x to a slice s and returns the resulting slice.
func Append(s Value, x ...Value) Value {
	s.mustBeSlice()
	elem := s.typ.elem()
	h := grow(*(*sliceHeader)(s.ptr), len(x), elem)
	for i, v := range x {
		v.mustBeExported("Append")
		v.assignTo("reflect.Append", elem, unsafe.Add(h.data, uintptr(h.len+i)*elem.size))
	}
	h.len += len(x)
	return Value{s.typ, unsafe.Pointer(&h), 0}
}

// AppendSlice appends a slice t to a slice s and returns the resulting slice.
func AppendSlice(s, t Value) Value {
	s.mustBeSlice()
	t.mustBeSlice()
	if !identical(s.typ.elem(), t.typ.elem(), true) {
		panic("reflect.AppendSlice: " + s.typ.String() + " != " + t.typ.String())
	}
	elem := s.typ.elem()
	src := *(*sliceHeader)(t.ptr)
	h := grow(*(*sliceHeader)(s.ptr), src.len, elem)
	memmove(unsafe.Add(h.data, uintptr(h.len)*elem.size), src.data, uintptr(src.len)*elem.size)
	h.len += src.len
	return Value{s.typ, unsafe.Pointer(&h), 0}
}

// Copy copies the contents of src into dst until either dst has been
// filled or src has been exhausted, and returns the number of elements
// copied. dst is a slice or an addressable array; src a slice or array
// (or a string, when dst's elements are bytes).
func Copy(dst, src Value) int {
	dk := dst.Kind()
	if dk != Array && dk != Slice {
		panic(&ValueError{"reflect.Copy", dk})
	}
	if dk == Array && dst.flag&flagAddr == 0 {
		panic("reflect: reflect.Copy using unaddressable value")
	}
	dst.mustBeExported("Copy")
	sk := src.Kind()
	if sk != Array && sk != Slice && !(sk == String && dst.typ.elem().Kind() == Uint8) {
		panic(&ValueError{"reflect.Copy", sk})
	}
	src.mustBeExported("Copy")
	de := dst.typ.elem()
	if sk != String && !identical(de, src.typ.elem(), true) {
		panic("reflect.Copy: " + de.String() + " != " + src.typ.elem().String())
	}
	dp, dn := dst.base()
	sp, sn := src.base()
	n := dn
	if sn < n {
		n = sn
	}
	memmove(dp, sp, uintptr(n)*de.size)
	return n
}

// base returns the address of the first element of an array, slice or
// string value, and its length.
func (v Value) base() (unsafe.Pointer, int) {
	switch v.Kind() {
	case Slice:
		h := (*sliceHeader)(v.ptr)
		return h.data, h.len
	case String:
		h := (*stringHeader)(v.ptr)
		return h.data, h.len
	}
	return v.ptr, int(v.typ.len())
}

// Slice returns v[i:j] for an addressable array, a slice or a string.
func (v Value) Slice(i, j int) Value {
	switch v.Kind() {
	case String:
		s := *(*string)(v.ptr)
		if i < 0 || j < i || j > len(s) {
			panic("reflect.Value.Slice: string slice index out of bounds")
		}
		r := new(string)
		*r = s[i:j]
		return Value{v.typ, unsafe.Pointer(r), v.flag & flagRO}
	case Array, Slice:
		return v.slice3("Slice", i, j, v.capacity())
	}
	panic(&ValueError{"reflect.Value.Slice", v.Kind()})
}

// Slice3 returns v[i:j:k] for an addressable array or a slice.
func (v Value) Slice3(i, j, k int) Value {
	switch v.Kind() {
	case Array, Slice:
		return v.slice3("Slice3", i, j, k)
	}
	panic(&ValueError{"reflect.Value.Slice3", v.Kind()})
}

// capacity is Cap for arrays and slices.
func (v Value) capacity() int {
	if v.Kind() == Slice {
		return (*sliceHeader)(v.ptr).cap
	}
	return int(v.typ.len())
}

func (v Value) slice3(method string, i, j, k int) Value {
	t := v.typ
	if v.Kind() == Array {
		if v.flag&flagAddr == 0 {
			panic("reflect.Value." + method + ": slice of unaddressable array")
		}
		t = SliceOf(t.elem()).common()
	}
	base, _ := v.base()
	if i < 0 || j < i || k < j || k > v.capacity() {
		panic("reflect.Value." + method + ": slice index out of bounds")
	}
	h := &sliceHeader{base, j - i, k - i}
	if k-i > 0 {
		h.data = unsafe.Add(base, uintptr(i)*t.elem().size)
	}
	return Value{t, unsafe.Pointer(h), v.flag & flagRO}
}

// Swapper returns a function that swaps the elements in the provided slice.
func Swapper(slice any) func(i, j int) {
	v := ValueOf(slice)
	if v.Kind() != Slice {
		panic(&ValueError{Method: "Swapper", Kind: v.Kind()})
	}
	h := (*sliceHeader)(v.ptr)
	size := v.typ.elem().size
	tmp := mallocgc(size, v.typ.elem())
	return func(i, j int) {
		if uint(i) >= uint(h.len) || uint(j) >= uint(h.len) {
			panic("reflect: slice index out of range")
		}
		a, b := unsafe.Add(h.data, uintptr(i)*size), unsafe.Add(h.data, uintptr(j)*size)
		memmove(tmp, a, size)
		memmove(a, b, size)
		memmove(b, tmp, size)
	}
}
