// This file implements changing values through reflection, as fmt's
// scanning needs: a value can be set only if it is addressable (reached
// through a pointer or a slice, never a copy such as ValueOf(x) itself)
// and not obtained through an unexported field.

package reflect

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

// Set assigns x to v. x must be assignable to v's type and must not
// come from an unexported field.
func (v Value) Set(x Value) {
	v.mustBeAssignable("Set")
	x.mustBeExported("Set")
	x.assignTo("reflect.Set", v.typ, v.ptr)
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

// Zero returns a Value representing the zero value for the specified
// type: it is neither addressable nor settable.
func Zero(typ Type) Value {
	if typ == nil {
		panic("reflect: Zero(nil)")
	}
	t := typ.common()
	return Value{t, mallocgc(t.size, t), 0}
}

// SetBytes sets a byte slice's underlying value.
func (v Value) SetBytes(x []byte) {
	v.mustBeAssignable("SetBytes")
	v.mustBe("SetBytes", Slice)
	if v.typ.elem().Kind() != Uint8 {
		panic("reflect.Value.SetBytes of non-byte slice")
	}
	*(*[]byte)(v.ptr) = x
}

// SetLen sets a slice's length, which must not exceed its capacity.
func (v Value) SetLen(n int) {
	v.mustBeAssignable("SetLen")
	v.mustBe("SetLen", Slice)
	s := (*sliceHeader)(v.ptr)
	if uint(n) > uint(s.cap) {
		panic("reflect: slice length out of range in SetLen")
	}
	s.len = n
}

// SetCap sets a slice's capacity, between its length and its current capacity.
func (v Value) SetCap(n int) {
	v.mustBeAssignable("SetCap")
	v.mustBe("SetCap", Slice)
	s := (*sliceHeader)(v.ptr)
	if n < s.len || n > s.cap {
		panic("reflect: slice capacity out of range in SetCap")
	}
	s.cap = n
}
