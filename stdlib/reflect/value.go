// This file implements Value, the run-time view of a Go value.
//
// A Value pairs a type descriptor with the address of a value of that
// type. Unlike Go's reflect, which keeps pointer-shaped values in the
// Value itself, this one always holds an address: ValueOf boxes a
// pointer-shaped data word into a fresh word of memory, so every accessor
// reads through ptr the same way.

package reflect

import "unsafe"

// flag holds a Value's attributes.
type flag uintptr

const (
	// flagStickyRO marks a value reached through an unexported struct
	// field: it can be read but not handed out as an interface, nor set.
	flagStickyRO flag = 1 << iota
	// flagEmbedRO marks a value that is an unexported embedded field: it
	// is read-only too, but the exported fields it promotes are not.
	flagEmbedRO
	// flagAddr marks an addressable value: one reached through a pointer
	// or a slice, which the Set methods may change (see set.go).
	flagAddr
	// flagRO is either read-only mark.
	flagRO = flagStickyRO | flagEmbedRO
)

// Value is the reflection interface to a Go value. The zero Value is
// invalid: it represents no value.
type Value struct {
	typ  *rtype
	ptr  unsafe.Pointer // address of the value
	flag flag
}

// A ValueError occurs when a Value method is called on a Value of the
// wrong kind.
type ValueError struct {
	Method string
	Kind   Kind
}

func (e *ValueError) Error() string {
	if e.Kind == 0 {
		return "reflect: call of " + e.Method + " on zero Value"
	}
	return "reflect: call of " + e.Method + " on " + e.Kind.String() + " Value"
}

//go:linkname mallocgc runtime.mallocgc
func mallocgc(n uintptr, typ *rtype) unsafe.Pointer

//go:linkname memmove memmove
func memmove(dst, src unsafe.Pointer, n uintptr)

// sliceHeader is the layout of a slice value.
type sliceHeader struct {
	data unsafe.Pointer
	len  int
	cap  int
}

// stringHeader is the layout of a string value.
type stringHeader struct {
	data unsafe.Pointer
	len  int
}

// ValueOf returns a Value holding the value stored in the interface i;
// ValueOf(nil) is the zero Value.
func ValueOf(i any) Value {
	e := (*eface)(unsafe.Pointer(&i))
	return unpackData(e.typ, e.data, 0)
}

// unpackData makes a Value from an interface's dynamic type and data word.
func unpackData(t *rtype, data unsafe.Pointer, fl flag) Value {
	if t == nil {
		return Value{}
	}
	if t.direct() {
		box := new(unsafe.Pointer)
		*box = data
		return Value{t, unsafe.Pointer(box), fl}
	}
	return Value{t, data, fl}
}

// Indirect returns the value v points to (the zero Value for a nil
// pointer); a v that is not a pointer is returned unchanged.
func Indirect(v Value) Value {
	if v.Kind() != Pointer {
		return v
	}
	return v.Elem()
}

// IsValid reports whether v represents a value.
func (v Value) IsValid() bool {
	return v.typ != nil
}

// Kind returns v's kind; Invalid for the zero Value.
func (v Value) Kind() Kind {
	if v.typ == nil {
		return Invalid
	}
	return Kind(v.typ.kind)
}

// Type returns v's type.
func (v Value) Type() Type {
	if v.typ == nil {
		panic(&ValueError{"reflect.Value.Type", Invalid})
	}
	return v.typ
}

// mustBe panics unless v's kind is one of the ks; method names the caller.
func (v Value) mustBe(method string, ks ...Kind) {
	k := v.Kind()
	for _, want := range ks {
		if k == want {
			return
		}
	}
	panic(&ValueError{"reflect.Value." + method, k})
}

// word reads the pointer-sized word at v's address (pointer-shaped kinds).
func (v Value) word() unsafe.Pointer {
	return *(*unsafe.Pointer)(v.ptr)
}

// Bool returns v's underlying value.
func (v Value) Bool() bool {
	v.mustBe("Bool", Bool)
	return *(*bool)(v.ptr)
}

// Int returns v's underlying value, as an int64.
func (v Value) Int() int64 {
	switch v.Kind() {
	case Int:
		return int64(*(*int)(v.ptr))
	case Int8:
		return int64(*(*int8)(v.ptr))
	case Int16:
		return int64(*(*int16)(v.ptr))
	case Int32:
		return int64(*(*int32)(v.ptr))
	case Int64:
		return *(*int64)(v.ptr)
	}
	panic(&ValueError{"reflect.Value.Int", v.Kind()})
}

// Uint returns v's underlying value, as a uint64.
func (v Value) Uint() uint64 {
	switch v.Kind() {
	case Uint:
		return uint64(*(*uint)(v.ptr))
	case Uint8:
		return uint64(*(*uint8)(v.ptr))
	case Uint16:
		return uint64(*(*uint16)(v.ptr))
	case Uint32:
		return uint64(*(*uint32)(v.ptr))
	case Uint64:
		return *(*uint64)(v.ptr)
	case Uintptr:
		return uint64(*(*uintptr)(v.ptr))
	}
	panic(&ValueError{"reflect.Value.Uint", v.Kind()})
}

// Float returns v's underlying value, as a float64.
func (v Value) Float() float64 {
	switch v.Kind() {
	case Float32:
		return float64(*(*float32)(v.ptr))
	case Float64:
		return *(*float64)(v.ptr)
	}
	panic(&ValueError{"reflect.Value.Float", v.Kind()})
}

// Complex returns v's underlying value, as a complex128.
func (v Value) Complex() complex128 {
	switch v.Kind() {
	case Complex64:
		return complex128(*(*complex64)(v.ptr))
	case Complex128:
		return *(*complex128)(v.ptr)
	}
	panic(&ValueError{"reflect.Value.Complex", v.Kind()})
}

// String returns a string v's value. Unlike the other getters it does not
// panic for other kinds: it returns "<T Value>", as Go's reflect does.
func (v Value) String() string {
	switch v.Kind() {
	case Invalid:
		return "<invalid Value>"
	case String:
		return *(*string)(v.ptr)
	}
	return "<" + v.typ.String() + " Value>"
}

// Bytes returns a byte slice's underlying value.
func (v Value) Bytes() []byte {
	if v.Kind() != Slice || v.typ.elem().Kind() != Uint8 {
		panic("reflect.Value.Bytes of non-byte slice")
	}
	return *(*[]byte)(v.ptr)
}

// Len returns the length of an Array, Map, Slice or String value.
func (v Value) Len() int {
	switch v.Kind() {
	case Array:
		return int(v.typ.len())
	case Slice:
		return (*sliceHeader)(v.ptr).len
	case String:
		return (*stringHeader)(v.ptr).len
	case Map:
		return maplen(v.word())
	case Chan:
		return chanlen(v.word())
	case Pointer:
		if v.typ.elem().Kind() == Array {
			return int(v.typ.elem().len())
		}
	}
	panic(&ValueError{"reflect.Value.Len", v.Kind()})
}

// Cap returns the capacity of an Array or Slice value.
func (v Value) Cap() int {
	switch v.Kind() {
	case Array:
		return int(v.typ.len())
	case Slice:
		return (*sliceHeader)(v.ptr).cap
	case Chan:
		return chancap(v.word())
	case Pointer:
		if v.typ.elem().Kind() == Array {
			return int(v.typ.elem().len())
		}
	}
	panic(&ValueError{"reflect.Value.Cap", v.Kind()})
}

// Index returns the i'th element of an Array, Slice or String value.
func (v Value) Index(i int) Value {
	switch v.Kind() {
	case Array:
		if uint(i) >= uint(v.typ.len()) {
			panic("reflect: array index out of range")
		}
		e := v.typ.elem()
		return Value{e, unsafe.Add(v.ptr, uintptr(i)*e.size), v.flag}
	case Slice:
		s := (*sliceHeader)(v.ptr)
		if uint(i) >= uint(s.len) {
			panic("reflect: slice index out of range")
		}
		e := v.typ.elem()
		return Value{e, unsafe.Add(s.data, uintptr(i)*e.size), v.flag | flagAddr}
	case String:
		s := (*stringHeader)(v.ptr)
		if uint(i) >= uint(s.len) {
			panic("reflect: string index out of range")
		}
		return Value{uint8Type, unsafe.Add(s.data, i), v.flag &^ flagAddr}
	}
	panic(&ValueError{"reflect.Value.Index", v.Kind()})
}

var uint8Type = TypeOf(uint8(0)).common()

// NumField returns the number of fields of a struct value.
func (v Value) NumField() int {
	v.mustBe("NumField", Struct)
	return len(v.typ.fields())
}

// Field returns the i'th field of a struct value. A field that is not
// exported yields a read-only Value: CanInterface reports false.
func (v Value) Field(i int) Value {
	v.mustBe("Field", Struct)
	if uint(i) >= uint(len(v.typ.fields())) {
		panic("reflect: Field index out of range")
	}
	f := &v.typ.fields()[i]
	fl := v.flag &^ flagEmbedRO
	if !isExported(f.name.string()) {
		if f.embedded() {
			fl |= flagEmbedRO
		} else {
			fl |= flagStickyRO
		}
	}
	return Value{f.typ, unsafe.Add(v.ptr, f.offset()), fl}
}

// Elem returns the value a Pointer points to, or the value an Interface
// holds; the zero Value when the pointer or interface is nil.
func (v Value) Elem() Value {
	switch v.Kind() {
	case Pointer:
		p := v.word()
		if p == nil {
			return Value{}
		}
		return Value{v.typ.elem(), p, v.flag | flagAddr}
	case Interface:
		t, data := v.dynamic()
		return unpackData(t, data, v.flag&^flagAddr)
	}
	panic(&ValueError{"reflect.Value.Elem", v.Kind()})
}

// dynamic returns the dynamic type and data word of an interface value.
func (v Value) dynamic() (*rtype, unsafe.Pointer) {
	if len(v.typ.imethods()) == 0 {
		e := (*eface)(v.ptr)
		return e.typ, e.data
	}
	i := (*iface)(v.ptr)
	if i.tab == nil {
		return nil, nil
	}
	return i.tab.typ, i.data
}

// IsNil reports whether v, which must be a Chan, Func, Interface, Map,
// Pointer, Slice or UnsafePointer, is nil.
func (v Value) IsNil() bool {
	switch v.Kind() {
	case Chan, Func, Map, Pointer, UnsafePointer, Interface:
		return v.word() == nil
	case Slice:
		return (*sliceHeader)(v.ptr).data == nil
	}
	panic(&ValueError{"reflect.Value.IsNil", v.Kind()})
}

// funcCode is the code a func value's code pointer stands for: the
// function itself where the pointer is a top-level function's adapter.
//
//go:linkname funcCode runtime.reflect_funcCode
func funcCode(pc uintptr) uintptr

// Pointer returns v's value as a uintptr: the address a pointer, map or
// channel holds, a slice's first element, a function's code.
func (v Value) Pointer() uintptr {
	switch v.Kind() {
	case Chan, Map, Pointer, UnsafePointer:
		return uintptr(v.word())
	case Func:
		// A func value points to a closure record that starts with the code pointer.
		c := v.word()
		if c == nil {
			return 0
		}
		return funcCode(*(*uintptr)(c))
	case Slice:
		return uintptr((*sliceHeader)(v.ptr).data)
	}
	panic(&ValueError{"reflect.Value.Pointer", v.Kind()})
}

// UnsafePointer returns v's value as an unsafe.Pointer (see Pointer).
func (v Value) UnsafePointer() unsafe.Pointer {
	return unsafe.Pointer(v.Pointer())
}

// CanInterface reports whether Interface can be used without panicking.
func (v Value) CanInterface() bool {
	if v.typ == nil {
		panic(&ValueError{"reflect.Value.CanInterface", Invalid})
	}
	return v.flag&flagRO == 0
}

// Interface returns v's current value as an interface{}. For an Interface
// value it returns the value stored inside.
func (v Value) Interface() any {
	if v.typ == nil {
		panic(&ValueError{"reflect.Value.Interface", Invalid})
	}
	if v.flag&flagRO != 0 {
		panic("reflect.Value.Interface: cannot return value obtained from unexported field or method")
	}
	return packEface(v)
}

// packEface builds an empty interface holding v: the descriptor and either
// the value itself (pointer-shaped types) or the address of the value. An
// addressable value may change later, so the interface gets a private
// copy of it; any other Value points into memory nobody writes (an
// interface's boxed value, a copy made by MapIter), which can be shared.
func packEface(v Value) any {
	var i any
	e := (*eface)(unsafe.Pointer(&i))
	if v.Kind() == Interface {
		e.typ, e.data = v.dynamic()
		return i
	}
	switch {
	case v.typ.direct():
		e.data = v.word()
	case v.flag&flagAddr == 0:
		e.data = v.ptr
	default:
		c := mallocgc(v.typ.size, v.typ)
		memmove(c, v.ptr, v.typ.size)
		e.data = c
	}
	e.typ = v.typ
	return i
}

// Addr returns a pointer value representing the address of v. It panics
// if CanAddr() returns false.
func (v Value) Addr() Value {
	if v.flag&flagAddr == 0 {
		panic("reflect.Value.Addr of unaddressable value")
	}
	box := new(unsafe.Pointer)
	*box = v.ptr
	return Value{ptrTo(v.typ), unsafe.Pointer(box), v.flag & flagRO}
}

// UnsafeAddr returns a pointer to v's data, which must be addressable.
func (v Value) UnsafeAddr() uintptr {
	if v.typ == nil {
		panic(&ValueError{"reflect.Value.UnsafeAddr", Invalid})
	}
	if v.flag&flagAddr == 0 {
		panic("reflect.Value.UnsafeAddr of unaddressable value")
	}
	return uintptr(v.ptr)
}

// NewAt returns a Value representing a pointer to a value of the
// specified type at p.
func NewAt(typ Type, p unsafe.Pointer) Value {
	box := new(unsafe.Pointer)
	*box = p
	return Value{ptrTo(typ.common()), unsafe.Pointer(box), 0}
}

// CanInt reports whether Int can be used without panicking.
func (v Value) CanInt() bool {
	k := v.Kind()
	return Int <= k && k <= Int64
}

// CanUint reports whether Uint can be used without panicking.
func (v Value) CanUint() bool {
	k := v.Kind()
	return Uint <= k && k <= Uintptr
}

// CanFloat reports whether Float can be used without panicking.
func (v Value) CanFloat() bool {
	k := v.Kind()
	return k == Float32 || k == Float64
}

// CanComplex reports whether Complex can be used without panicking.
func (v Value) CanComplex() bool {
	return isComplex(v.Kind())
}

// OverflowInt reports whether the int64 x cannot be represented by v's type.
func (v Value) OverflowInt(x int64) bool {
	if !v.CanInt() {
		panic(&ValueError{"reflect.Value.OverflowInt", v.Kind()})
	}
	bits := v.typ.size * 8
	trunc := (x << (64 - bits)) >> (64 - bits)
	return x != trunc
}

// OverflowUint reports whether the uint64 x cannot be represented by v's type.
func (v Value) OverflowUint(x uint64) bool {
	if !v.CanUint() {
		panic(&ValueError{"reflect.Value.OverflowUint", v.Kind()})
	}
	bits := v.typ.size * 8
	trunc := (x << (64 - bits)) >> (64 - bits)
	return x != trunc
}

// OverflowFloat reports whether the float64 x cannot be represented by v's type.
func (v Value) OverflowFloat(x float64) bool {
	switch v.Kind() {
	case Float32:
		return overflowFloat32(x)
	case Float64:
		return false
	}
	panic(&ValueError{"reflect.Value.OverflowFloat", v.Kind()})
}

// OverflowComplex reports whether the complex128 x cannot be represented by v's type.
func (v Value) OverflowComplex(x complex128) bool {
	switch v.Kind() {
	case Complex64:
		return overflowFloat32(real(x)) || overflowFloat32(imag(x))
	case Complex128:
		return false
	}
	panic(&ValueError{"reflect.Value.OverflowComplex", v.Kind()})
}

func overflowFloat32(x float64) bool {
	if x < 0 {
		x = -x
	}
	const maxFloat32 = 0x1p127 * (1 + (1 - 0x1p-23))
	return maxFloat32 < x && x <= 1.7976931348623157e308
}

// IsZero reports whether v is the zero value for its type.
func (v Value) IsZero() bool {
	switch v.Kind() {
	case Invalid:
		panic(&ValueError{"reflect.Value.IsZero", Invalid})
	case Float32, Float64:
		return v.Float() == 0 && !signbit(v.Float())
	case Complex64, Complex128:
		c := v.Complex()
		return real(c) == 0 && imag(c) == 0 && !signbit(real(c)) && !signbit(imag(c))
	case Array:
		for i := 0; i < v.Len(); i++ {
			if !v.Index(i).IsZero() {
				return false
			}
		}
		return true
	case Struct:
		for i := 0; i < v.NumField(); i++ {
			if !v.Field(i).IsZero() {
				return false
			}
		}
		return true
	case String:
		return v.Len() == 0
	case Slice:
		return v.IsNil()
	case Interface:
		return v.word() == nil
	}
	// Booleans, integers and pointer-shaped kinds: all bytes zero.
	for i := uintptr(0); i < v.typ.size; i++ {
		if *(*byte)(unsafe.Add(v.ptr, i)) != 0 {
			return false
		}
	}
	return true
}

// signbit reports whether x is negative or negative zero.
func signbit(x float64) bool {
	return *(*uint64)(unsafe.Pointer(&x))>>63 != 0
}

// FieldByIndex returns the nested field corresponding to index. It
// panics when it steps through a nil embedded pointer.
func (v Value) FieldByIndex(index []int) Value {
	if len(index) == 1 {
		return v.Field(index[0])
	}
	v.mustBe("FieldByIndex", Struct)
	for i, x := range index {
		if i > 0 && v.Kind() == Pointer && v.typ.elem().Kind() == Struct {
			if v.IsNil() {
				panic("reflect: indirection through nil pointer to embedded struct")
			}
			v = v.Elem()
		}
		v = v.Field(x)
	}
	return v
}

// FieldByIndexErr is FieldByIndex returning an error instead of
// panicking when it steps through a nil embedded pointer.
func (v Value) FieldByIndexErr(index []int) (Value, error) {
	if len(index) == 1 {
		return v.Field(index[0]), nil
	}
	v.mustBe("FieldByIndexErr", Struct)
	for i, x := range index {
		if i > 0 && v.Kind() == Pointer && v.typ.elem().Kind() == Struct {
			if v.IsNil() {
				return Value{}, &nilEmbedError{v.typ.elem().Name()}
			}
			v = v.Elem()
		}
		v = v.Field(x)
	}
	return v, nil
}

// nilEmbedError is FieldByIndexErr's error.
type nilEmbedError struct{ typ string }

func (e *nilEmbedError) Error() string {
	return "reflect: indirection through nil pointer to embedded struct field " + e.typ
}

// FieldByName returns the struct field with the given name, or the zero
// Value if no field was found.
func (v Value) FieldByName(name string) Value {
	v.mustBe("FieldByName", Struct)
	if f, ok := v.typ.FieldByName(name); ok {
		return v.FieldByIndex(f.Index)
	}
	return Value{}
}

// FieldByNameFunc returns the struct field with a name that satisfies
// match, or the zero Value.
func (v Value) FieldByNameFunc(match func(string) bool) Value {
	if f, ok := v.typ.FieldByNameFunc(match); ok {
		return v.FieldByIndex(f.Index)
	}
	return Value{}
}

// InterfaceData returns the two words of an interface value.
func (v Value) InterfaceData() [2]uintptr {
	v.mustBe("InterfaceData", Interface)
	return *(*[2]uintptr)(v.ptr)
}

// SetPointer sets the unsafe.Pointer value v to x.
func (v Value) SetPointer(x unsafe.Pointer) {
	v.mustBeAssignable("SetPointer")
	v.mustBe("SetPointer", UnsafePointer)
	*(*unsafe.Pointer)(v.ptr) = x
}
