// This file implements assignment and conversion between types: what
// Set, Call and the results of MakeFunc'd functions need (assignTo), and
// Value.Convert (Go spec, "Conversions").

package reflect

import "unsafe"

//go:linkname getitab runtime.getitab
func getitab(inter, typ *rtype) (*itab, string)

// mustBeExported panics if v is the zero Value or comes from an
// unexported field.
func (v Value) mustBeExported(method string) {
	if v.typ == nil {
		panic(&ValueError{"reflect.Value." + method, Invalid})
	}
	if v.flag&flagRO != 0 {
		panic("reflect: reflect.Value." + method + " using value obtained using unexported field")
	}
}

// assignTo stores v, converted to type dst as an assignment does, at
// target; context names the operation in the panic for a value that is
// not assignable.
func (v Value) assignTo(context string, dst *rtype, target unsafe.Pointer) {
	switch {
	case directlyAssignable(dst, v.typ):
		memmove(target, v.ptr, dst.size)
	case implements(dst, v.typ):
		v.storeInterface(dst, target)
	default:
		panic(context + ": value of type " + v.typ.String() + " is not assignable to type " + dst.String())
	}
}

// storeInterface stores v as a value of interface type dst at target.
func (v Value) storeInterface(dst *rtype, target unsafe.Pointer) {
	e := packEface(v)
	src := (*eface)(unsafe.Pointer(&e))
	w := (*[2]unsafe.Pointer)(target)
	w[1] = src.data
	if src.typ == nil || len(dst.imethods()) == 0 {
		w[0] = unsafe.Pointer(src.typ)
		return
	}
	tab, _ := getitab(dst, src.typ)
	w[0] = unsafe.Pointer(tab)
}

// CanConvert reports whether v can be converted to type t (Convert
// would not panic).
func (v Value) CanConvert(t Type) bool {
	vt := v.Type()
	if !vt.ConvertibleTo(t) {
		return false
	}
	// A slice converts to an array pointer only if it is long enough.
	if vt.Kind() == Slice && t.Kind() == Pointer && t.Elem().Kind() == Array && t.Elem().Len() > v.Len() {
		return false
	}
	return true
}

// Convert returns the value v converted to type t.
func (v Value) Convert(t Type) Value {
	dst := t.common()
	if v.typ == nil || !convertible(dst, v.typ) {
		panic("reflect.Value.Convert: value of type " + v.Type().String() + " cannot be converted to type " + t.String())
	}
	out := Value{dst, mallocgc(dst.size, dst), v.flag & flagRO}
	sk, dk := v.Kind(), dst.Kind()
	switch {
	case isNumeric(sk) && isNumeric(dk):
		convertNumber(v, out)
	case isComplex(sk) && isComplex(dk):
		out.setComplex(v.Complex())
	case dk == String && isInteger(sk):
		*(*string)(out.ptr) = intToString(v)
	case dk == String && sk == Slice && v.typ.elem().Kind() == Uint8:
		*(*string)(out.ptr) = string(*(*[]byte)(v.ptr))
	case dk == String && sk == Slice:
		*(*string)(out.ptr) = string(*(*[]rune)(v.ptr))
	case sk == String && dk == Slice && dst.elem().Kind() == Uint8:
		*(*[]byte)(out.ptr) = []byte(*(*string)(v.ptr))
	case sk == String && dk == Slice:
		*(*[]rune)(out.ptr) = []rune(*(*string)(v.ptr))
	case sk == Slice && dk == Pointer && !haveIdenticalUnderlyingType(dst, v.typ, false):
		n := int(dst.elem().len())
		if n > v.Len() {
			panic("reflect: cannot convert slice with length " + itoa(v.Len()) + " to pointer to array with length " + itoa(n))
		}
		*(*unsafe.Pointer)(out.ptr) = (*sliceHeader)(v.ptr).data
	case dk == Interface:
		if v.Kind() == Interface && v.IsNil() {
			return out
		}
		v.storeInterface(dst, out.ptr)
	default:
		memmove(out.ptr, v.ptr, dst.size)
	}
	return out
}

// intToString converts an integer to the string of that code point, as
// string(rune(i)) does; out-of-range values give "\uFFFD".
func intToString(v Value) string {
	var x int64
	if v.CanInt() {
		x = v.Int()
	} else {
		u := v.Uint()
		if u > 0x10FFFF {
			return "\uFFFD"
		}
		x = int64(u)
	}
	if x < 0 || x > 0x10FFFF {
		return "\uFFFD"
	}
	return string(rune(x))
}

// convertNumber converts between integer and float kinds.
func convertNumber(v, out Value) {
	switch {
	case v.CanInt() && out.CanFloat():
		out.setFloat(float64(v.Int()))
	case v.CanUint() && out.CanFloat():
		out.setFloat(float64(v.Uint()))
	case v.CanFloat() && out.CanInt():
		out.setInt(int64(v.Float()))
	case v.CanFloat() && out.CanUint():
		out.setUint(uint64(v.Float()))
	case v.CanFloat():
		out.setFloat(v.Float())
	case v.CanInt():
		out.setInt(v.Int())
	default:
		out.setUint(v.Uint())
	}
}

// setInt, setUint, setFloat and setComplex store x truncated to the
// size of out's kind, whatever out's kind among the integers (or floats).
func (out Value) setInt(x int64) { out.setUint(uint64(x)) }

func (out Value) setUint(x uint64) {
	switch out.typ.size {
	case 1:
		*(*uint8)(out.ptr) = uint8(x)
	case 2:
		*(*uint16)(out.ptr) = uint16(x)
	case 4:
		*(*uint32)(out.ptr) = uint32(x)
	default:
		*(*uint64)(out.ptr) = x
	}
}

func (out Value) setFloat(x float64) {
	if out.Kind() == Float32 {
		*(*float32)(out.ptr) = float32(x)
		return
	}
	*(*float64)(out.ptr) = x
}

func (out Value) setComplex(x complex128) {
	if out.Kind() == Complex64 {
		*(*complex64)(out.ptr) = complex64(x)
		return
	}
	*(*complex128)(out.ptr) = x
}
