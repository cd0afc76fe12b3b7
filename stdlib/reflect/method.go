// This file implements the method sets of types (Type.Method,
// Type.MethodByName), New, and the exported header types.
//
// A type's methods come from its descriptor: an interface type lists its
// methods in fields; any other type lists its method set, sorted by
// name, in methods (see type.go). A method table entry has the method's
// id (see methodName), its signature without the receiver and code pointers; a code
// pointer is nil when the linker pruned a method nobody calls through an
// interface, so reflect never calls through them.

package reflect

import "unsafe"

// Method represents a single method.
type Method struct {
	// Name is the method name.
	Name string

	// PkgPath is the package path that qualifies a lower case (unexported)
	// method name. It is empty for upper case (exported) method names.
	PkgPath string

	// Type is the method type: for an interface type the method's
	// signature, for any other type the signature with the receiver as
	// first parameter.
	Type Type

	// Func is the method as a function taking the receiver as first
	// argument (the zero Value for an interface type).
	Func Value

	// Index is the method's index for Type.Method.
	Index int
}

// IsExported reports whether the method is exported.
func (m Method) IsExported() bool {
	return m.PkgPath == ""
}

// Method returns the i'th method in the type's method set: among the
// exported methods, sorted by name, for a non-interface type (it panics
// if i is out of range); among all the methods of an interface type (the
// zero Method if i is out of range).
func (t *rtype) Method(i int) Method {
	if t.Kind() == Interface {
		if i < 0 || i >= len(t.imethods()) {
			return Method{}
		}
		return t.imethod(i)
	}
	if i < 0 || i >= t.NumMethod() {
		panic("reflect: Method index out of range")
	}
	m := &t.methods()[exportedMethod(t, i)]
	mtyp := m.mtyp()
	in := []Type{t}
	for _, p := range mtyp.params()[:mtyp.nin()] {
		in = append(in, p)
	}
	var out []Type
	for _, r := range mtyp.params()[mtyp.nin():] {
		out = append(out, r)
	}
	variadic := mtyp.tflag&tflagVariadic != 0
	ft := FuncOf(in, out, variadic)
	// The arguments come from callReflect with the method's parameter
	// types (a variadic one already a slice): the method's code is called
	// on them directly, so that for recover a deferred call of fn is one
	// of the method (runtime.isReflectAdapter).
	fn := makeFunc(ft.common(), func(args []Value) []Value {
		mtyp, code, rcvr := args[0].methodCode(i)
		return callCode(mtyp, code, nil, rcvr, 1, args[1:])
	})
	return Method{Name: m.name(), Type: ft, Func: fn, Index: i}
}

// imethod returns the i'th method of interface type t.
func (t *rtype) imethod(i int) Method {
	im := &t.imethods()[i]
	id := im.name()
	name := methodName(id)
	m := Method{Name: name, Type: toType(im.typ()), Index: i}
	if !isExported(name) {
		m.PkgPath = id[:len(id)-len(name)-1]
	}
	return m
}

// methodName is the name of the method with that id: a method table
// or an interface's method list qualifies an unexported name by its
// package's import path ("example.com/p.get"), so that methods of
// different packages with one name stay apart.
func methodName(id string) string {
	for i := len(id) - 1; i >= 0; i-- {
		if id[i] == '.' {
			return id[i+1:]
		}
	}
	return id
}

// exportedIndex returns the index among t's exported methods of the
// method at position j of its method table.
func exportedIndex(t *rtype, j int) int {
	n := 0
	for _, m := range t.methods()[:j] {
		if isExported(methodName(m.name())) {
			n++
		}
	}
	return n
}

// MethodByName returns the method with that name in the type's method
// set (exported methods only, for a non-interface type) and a boolean
// indicating if the method was found.
func (t *rtype) MethodByName(name string) (Method, bool) {
	if t.Kind() == Interface {
		for i := range t.imethods() {
			if methodName(t.imethods()[i].name()) == name {
				return t.imethod(i), true
			}
		}
		return Method{}, false
	}
	if !isExported(name) {
		return Method{}, false
	}
	for j, m := range t.methods() {
		if m.name() == name {
			return t.Method(exportedIndex(t, j)), true
		}
	}
	return Method{}, false
}

// New returns a Value representing a pointer to a new zero value for
// the specified type. That is, the returned Value's Type is
// PointerTo(typ).
func New(typ Type) Value {
	if typ == nil {
		panic("reflect: New(nil)")
	}
	t := typ.common()
	box := new(unsafe.Pointer)
	*box = mallocgc(t.size, t)
	return Value{ptrTo(t), unsafe.Pointer(box), 0}
}

// StringHeader is the runtime representation of a string. It cannot be
// used safely or portably and its representation may change in a later
// release.
type StringHeader struct {
	Data uintptr
	Len  int
}

// SliceHeader is the runtime representation of a slice. It cannot be
// used safely or portably and its representation may change in a later
// release.
type SliceHeader struct {
	Data uintptr
	Len  int
	Cap  int
}
