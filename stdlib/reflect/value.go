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
	// flagRO marks a value reached through an unexported struct field:
	// it can be read but not handed out as an interface, nor set.
	flagRO flag = 1 << iota
	// flagAddr marks an addressable value: one reached through a pointer
	// or a slice, which the Set methods may change (see set.go).
	flagAddr
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
	return "<" + v.typ.str + " Value>"
}

// Bytes returns a byte slice's underlying value.
func (v Value) Bytes() []byte {
	if v.Kind() != Slice || v.typ.elem.Kind() != Uint8 {
		panic("reflect.Value.Bytes of non-byte slice")
	}
	return *(*[]byte)(v.ptr)
}

// Len returns the length of an Array, Map, Slice or String value.
func (v Value) Len() int {
	switch v.Kind() {
	case Array:
		return int(v.typ.len)
	case Slice:
		return (*sliceHeader)(v.ptr).len
	case String:
		return (*stringHeader)(v.ptr).len
	case Map:
		return maplen(v.word())
	}
	panic(&ValueError{"reflect.Value.Len", v.Kind()})
}

// Cap returns the capacity of an Array or Slice value.
func (v Value) Cap() int {
	switch v.Kind() {
	case Array:
		return int(v.typ.len)
	case Slice:
		return (*sliceHeader)(v.ptr).cap
	}
	panic(&ValueError{"reflect.Value.Cap", v.Kind()})
}

// Index returns the i'th element of an Array, Slice or String value.
func (v Value) Index(i int) Value {
	switch v.Kind() {
	case Array:
		if uint(i) >= uint(v.typ.len) {
			panic("reflect: array index out of range")
		}
		e := v.typ.elem
		return Value{e, unsafe.Add(v.ptr, uintptr(i)*e.size), v.flag}
	case Slice:
		s := (*sliceHeader)(v.ptr)
		if uint(i) >= uint(s.len) {
			panic("reflect: slice index out of range")
		}
		e := v.typ.elem
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
	return len(v.typ.fields)
}

// Field returns the i'th field of a struct value. A field that is not
// exported yields a read-only Value: CanInterface reports false.
func (v Value) Field(i int) Value {
	v.mustBe("Field", Struct)
	if uint(i) >= uint(len(v.typ.fields)) {
		panic("reflect: Field index out of range")
	}
	f := &v.typ.fields[i]
	fl := v.flag
	if !isExported(f.name) {
		fl |= flagRO
	}
	return Value{f.typ, unsafe.Add(v.ptr, f.offset), fl}
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
		return Value{v.typ.elem, p, v.flag | flagAddr}
	case Interface:
		t, data := v.dynamic()
		return unpackData(t, data, v.flag&^flagAddr)
	}
	panic(&ValueError{"reflect.Value.Elem", v.Kind()})
}

// dynamic returns the dynamic type and data word of an interface value.
func (v Value) dynamic() (*rtype, unsafe.Pointer) {
	if len(v.typ.fields) == 0 {
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
		return *(*uintptr)(c)
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
