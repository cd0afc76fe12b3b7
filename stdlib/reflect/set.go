// This file implements changing values through reflection, as fmt's
// scanning needs: a value can be set only if it is addressable (reached
// through a pointer or a slice, never a copy such as ValueOf(x) itself)
// and not obtained through an unexported field.

package reflect

import "unsafe"

// CanAddr reports whether v's address can be obtained: whether v was
// reached through a pointer or a slice.
func (v Value) CanAddr() bool {
	return v.flag&flagAddr != 0
}

// CanSet reports whether v can be changed: it must be addressable and not
// obtained through an unexported struct field.
func (v Value) CanSet() bool {
	return v.flag&(flagAddr|flagRO) == flagAddr
}

// mustBeAssignable panics unless v can be set; method names the caller.
func (v Value) mustBeAssignable(method string) {
	if v.typ == nil {
		panic(&ValueError{"reflect.Value." + method, Invalid})
	}
	if v.flag&flagRO != 0 {
		panic("reflect: reflect.Value." + method + " using value obtained using unexported field")
	}
	if v.flag&flagAddr == 0 {
		panic("reflect: reflect.Value." + method + " using unaddressable value")
	}
}

// Set assigns x to v. x must have v's type, or v must be an empty
// interface (which then holds x).
func (v Value) Set(x Value) {
	v.mustBeAssignable("Set")
	if x.typ == nil {
		panic(&ValueError{"reflect.Value.Set", Invalid})
	}
	if x.flag&flagRO != 0 {
		panic("reflect: reflect.Value.Set using value obtained using unexported field")
	}
	if x.typ == v.typ {
		memmove(v.ptr, x.ptr, v.typ.size)
		return
	}
	if v.Kind() == Interface && len(v.typ.fields) == 0 {
		*(*any)(v.ptr) = packEface(x)
		return
	}
	panic("reflect.Set: value of type " + x.typ.str + " is not assignable to type " + v.typ.str)
}

// SetBool sets v's underlying value.
func (v Value) SetBool(x bool) {
	v.mustBeAssignable("SetBool")
	v.mustBe("SetBool", Bool)
	*(*bool)(v.ptr) = x
}

// SetInt sets v's underlying value, truncated to v's size.
func (v Value) SetInt(x int64) {
	v.mustBeAssignable("SetInt")
	switch v.Kind() {
	case Int:
		*(*int)(v.ptr) = int(x)
	case Int8:
		*(*int8)(v.ptr) = int8(x)
	case Int16:
		*(*int16)(v.ptr) = int16(x)
	case Int32:
		*(*int32)(v.ptr) = int32(x)
	case Int64:
		*(*int64)(v.ptr) = x
	default:
		panic(&ValueError{"reflect.Value.SetInt", v.Kind()})
	}
}

// SetUint sets v's underlying value, truncated to v's size.
func (v Value) SetUint(x uint64) {
	v.mustBeAssignable("SetUint")
	switch v.Kind() {
	case Uint:
		*(*uint)(v.ptr) = uint(x)
	case Uint8:
		*(*uint8)(v.ptr) = uint8(x)
	case Uint16:
		*(*uint16)(v.ptr) = uint16(x)
	case Uint32:
		*(*uint32)(v.ptr) = uint32(x)
	case Uint64:
		*(*uint64)(v.ptr) = x
	case Uintptr:
		*(*uintptr)(v.ptr) = uintptr(x)
	default:
		panic(&ValueError{"reflect.Value.SetUint", v.Kind()})
	}
}

// SetFloat sets v's underlying value.
func (v Value) SetFloat(x float64) {
	v.mustBeAssignable("SetFloat")
	switch v.Kind() {
	case Float32:
		*(*float32)(v.ptr) = float32(x)
	case Float64:
		*(*float64)(v.ptr) = x
	default:
		panic(&ValueError{"reflect.Value.SetFloat", v.Kind()})
	}
}

// SetComplex sets v's underlying value.
func (v Value) SetComplex(x complex128) {
	v.mustBeAssignable("SetComplex")
	switch v.Kind() {
	case Complex64:
		*(*complex64)(v.ptr) = complex64(x)
	case Complex128:
		*(*complex128)(v.ptr) = x
	default:
		panic(&ValueError{"reflect.Value.SetComplex", v.Kind()})
	}
}

// SetString sets v's underlying value.
func (v Value) SetString(x string) {
	v.mustBeAssignable("SetString")
	v.mustBe("SetString", String)
	*(*string)(v.ptr) = x
}

// MakeSlice creates a new zero-initialized slice value for the specified
// slice type, length, and capacity.
func MakeSlice(typ Type, len, cap int) Value {
	t := typ.common()
	if t.Kind() != Slice {
		panic("reflect.MakeSlice of non-slice type")
	}
	if len < 0 || cap < len {
		panic("reflect.MakeSlice: len out of range")
	}
	h := new(sliceHeader)
	h.data = mallocgc(uintptr(cap)*t.elem.size, t.elem)
	h.len = len
	h.cap = cap
	return Value{t, unsafe.Pointer(h), 0}
}

// Zero returns a Value representing the zero value for the specified type.
// (Unlike Go's, the value is addressable memory of its own; it is not
// marked addressable.)
func Zero(typ Type) Value {
	t := typ.common()
	return Value{t, mallocgc(t.size, t), 0}
}
