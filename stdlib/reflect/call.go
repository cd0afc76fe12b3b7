// This file implements calls of functions known only at run time
// (Value.Call, CallSlice), functions made at run time (MakeFunc), and
// method values (Value.Method, MethodByName, Type.Method's Func).
//
// The compiler gives every func type a call table (in its descriptor's
// calls word; gominic/compile/reflectcall.py): a call stub that takes the
// arguments from a frame in memory, calls the function and stores its
// results after them, and a trampoline, the code of the func values
// MakeFunc makes, that stores its arguments in a frame and calls
// callReflect. The frame is laid out as a struct of the parameters then
// the results (frameLayout).

package reflect

import "unsafe"

// callTable is the layout of a func type's call table.
type callTable struct {
	call     unsafe.Pointer // F·callstub
	makefunc unsafe.Pointer // F·makefunc
}

// callStub is the Go type of a call stub; the call table itself serves as
// its closure record, since it starts with the stub's code.
type callStub func(code, ctx, rcvr unsafe.Pointer, method uintptr, frame unsafe.Pointer)

// calls returns func type t's call table, nil for a type built by FuncOf
// that no code of the program mentions.
func (t *rtype) calls() *callTable {
	return (*funcType)(unsafe.Pointer(t)).calls
}

// frameLayout returns the offsets of func type t's parameters then
// results in its frame, and the frame's size.
func frameLayout(t *rtype) ([]uintptr, uintptr) {
	offs := make([]uintptr, len(t.params()))
	var off uintptr
	align := uintptr(1)
	for i, ft := range t.params() {
		off = alignUp(off, uintptr(ft.align))
		offs[i] = off
		off += ft.size
		if uintptr(ft.align) > align {
			align = uintptr(ft.align)
		}
	}
	return offs, alignUp(off, align)
}

// newFrame allocates a frame of size bytes; it is made of pointer words
// so that a collector scans the arguments and results it holds.
func newFrame(size uintptr) unsafe.Pointer {
	words := make([]unsafe.Pointer, (size+ptrSize-1)/ptrSize+1)
	return unsafe.Pointer(&words[0])
}

// The linker keeps the call stubs and trampolines, and the code of
// exported methods, only in programs that can use them: those reaching
// Value.Call, CallSlice, MakeFunc, Value.Method, MethodByName, or calling
// Type.Method (gominic/obj/methods.py). The code Type.Method itself
// reaches, through its Method.Func, uses the internal makeFunc and
// methodValue, so that merely using a Type keeps nothing.

// Call calls the function v with the input arguments in and returns its
// results as Values. As in Go, each argument must be assignable to the
// parameter's type; a variadic function gets its extra arguments in a slice.
func (v Value) Call(in []Value) []Value {
	v.mustBe("Call", Func)
	v.mustBeExported("Call")
	return v.call("Call", in)
}

// CallSlice calls the variadic function v with the input arguments in,
// the last of which is the slice of the variadic arguments.
func (v Value) CallSlice(in []Value) []Value {
	v.mustBe("CallSlice", Func)
	v.mustBeExported("CallSlice")
	return v.call("CallSlice", in)
}

func (v Value) call(op string, in []Value) []Value {
	t := v.typ
	fn := v.word()
	if fn == nil {
		panic("reflect.Value.Call: call of nil function")
	}
	in = packArgs(op, t, in)
	args := make([]Value, len(in))
	for i, x := range in {
		pt := t.params()[i]
		args[i] = Value{pt, x.converted("reflect.Value."+op, pt), 0}
	}
	code := *(*unsafe.Pointer)(fn)
	if tab := t.calls(); code == nil || tab != nil && code == tab.makefunc {
		impl := (*makeFuncImpl)(fn)
		return checkResults(t, impl.fn(args))
	}
	return callCode(t, code, fn, nil, 0, args)
}

// packArgs checks the arguments against func type t's parameters and,
// for Call of a variadic function, gathers the extra ones into a slice.
func packArgs(op string, t *rtype, in []Value) []Value {
	n := int(t.nin())
	variadic := t.tflag&tflagVariadic != 0
	if op == "CallSlice" {
		if !variadic {
			panic("reflect: CallSlice of non-variadic function")
		}
		if len(in) < n {
			panic("reflect: CallSlice with too few input arguments")
		}
		if len(in) > n {
			panic("reflect: CallSlice with too many input arguments")
		}
	} else {
		if variadic {
			n--
		}
		if len(in) < n {
			panic("reflect: Call with too few input arguments")
		}
		if !variadic && len(in) > n {
			panic("reflect: Call with too many input arguments")
		}
	}
	for _, x := range in {
		if x.Kind() == Invalid {
			panic("reflect: " + op + " using zero Value argument")
		}
	}
	for i := 0; i < n; i++ {
		if xt, pt := in[i].typ, t.params()[i]; !xt.AssignableTo(pt) {
			panic("reflect: " + op + " using " + xt.String() + " as type " + pt.String())
		}
	}
	if op == "CallSlice" || !variadic {
		return in
	}
	st := t.params()[n]
	extra := len(in) - n
	slice := MakeSlice(st, extra, extra)
	for i := 0; i < extra; i++ {
		x := in[n+i]
		if !x.typ.AssignableTo(st.elem()) {
			panic("reflect: cannot use " + x.typ.String() + " as type " + st.elem().String() + " in " + op)
		}
		slice.Index(i).Set(x)
	}
	return append(append([]Value(nil), in[:n]...), slice)
}

// callCode calls code, of func type t, with the arguments args (already
// of t's parameter types): a method's code with the receiver's data word
// rcvr if method is 1, else a func value's code with its closure record
// ctx.
func callCode(t *rtype, code, ctx, rcvr unsafe.Pointer, method uintptr, args []Value) []Value {
	tab := t.calls()
	if tab == nil || tab.call == nil {
		panic("reflect: call of a function of type " + t.String() + ", a type the program does not mention")
	}
	offs, size := frameLayout(t)
	frame := newFrame(size)
	for i, x := range args {
		memmove(unsafe.Add(frame, offs[i]), x.ptr, x.typ.size)
	}
	var stub callStub
	*(*unsafe.Pointer)(unsafe.Pointer(&stub)) = unsafe.Pointer(tab)
	stub(code, ctx, rcvr, method, frame)
	n := int(t.nin())
	out := make([]Value, len(t.params())-n)
	for i := range out {
		out[i] = Value{t.params()[n+i], unsafe.Add(frame, offs[n+i]), 0}
	}
	return out
}

// makeFuncImpl is the closure record of a func value made by MakeFunc.
type makeFuncImpl struct {
	code unsafe.Pointer // the func type's trampoline (nil for a type without one)
	ftyp *rtype
	fn   func([]Value) []Value
	// entry is callReflect, which the trampolines call by name; holding it
	// here keeps it in programs using makeFunc.
	entry func(*makeFuncImpl, unsafe.Pointer)
}

// MakeFunc returns a new function of the given Type that wraps the
// function fn. When called, that new function converts its arguments to
// a slice of Values, runs fn, and returns fn's results, converted from
// Values.
func MakeFunc(typ Type, fn func(args []Value) (results []Value)) Value {
	if typ.Kind() != Func {
		panic("reflect: call of MakeFunc with non-Func type")
	}
	return makeFunc(typ.common(), fn)
}

func makeFunc(t *rtype, fn func([]Value) []Value) Value {
	impl := &makeFuncImpl{ftyp: t, fn: fn, entry: callReflect}
	if tab := t.calls(); tab != nil {
		impl.code = tab.makefunc
	}
	box := new(unsafe.Pointer)
	*box = unsafe.Pointer(impl)
	return Value{t, unsafe.Pointer(box), 0}
}

// callReflect runs a MakeFunc'd function: the trampoline of its type
// passes the closure record and the frame holding the arguments, and
// returns the results callReflect stores in the frame.
func callReflect(impl *makeFuncImpl, frame unsafe.Pointer) {
	t := impl.ftyp
	offs, _ := frameLayout(t)
	n := int(t.nin())
	in := make([]Value, n)
	for i := range in {
		in[i] = copyValue(t.params()[i], unsafe.Add(frame, offs[i]), 0)
	}
	out := checkResults(t, impl.fn(in))
	for i, x := range out {
		memmove(unsafe.Add(frame, offs[n+i]), x.ptr, x.typ.size)
	}
}

// checkResults checks the results of a MakeFunc'd function against its
// type t and returns them converted to t's result types.
func checkResults(t *rtype, out []Value) []Value {
	n := int(t.nin())
	if len(out) != len(t.params())-n {
		panic("reflect: wrong return count from function created by MakeFunc")
	}
	res := make([]Value, len(out))
	for i, x := range out {
		rt := t.params()[n+i]
		if x.typ == nil {
			panic("reflect: function created by MakeFunc using closure returned zero Value")
		}
		if x.flag&flagRO != 0 {
			panic("reflect: function created by MakeFunc using closure returned value obtained from unexported field")
		}
		if !x.typ.AssignableTo(rt) {
			panic("reflect: function created by MakeFunc using closure returned wrong type: have " + x.typ.String() + " for " + rt.String())
		}
		res[i] = Value{rt, x.converted("reflect.Value.Call", rt), 0}
	}
	return res
}

// NumMethod returns the number of methods in the value's method set:
// exported methods for a non-interface type, all methods for an interface.
func (v Value) NumMethod() int {
	if v.typ == nil {
		panic(&ValueError{"reflect.Value.NumMethod", Invalid})
	}
	return v.typ.NumMethod()
}

// Method returns a function value corresponding to v's i'th method; its
// arguments to Call should not include a receiver.
func (v Value) Method(i int) Value {
	if v.typ == nil {
		panic(&ValueError{"reflect.Value.Method", Invalid})
	}
	return v.methodValue(i)
}

// methodValue is Method.
func (v Value) methodValue(i int) Value {
	if uint(i) >= uint(v.typ.NumMethod()) {
		panic("reflect: Method index out of range")
	}
	if v.Kind() == Interface && v.IsNil() {
		panic("reflect: Method on nil interface value")
	}
	mtyp, code, rcvr := v.methodCode(i)
	m := makeFunc(mtyp, func(in []Value) []Value {
		return callCode(mtyp, code, nil, rcvr, 1, in)
	})
	m.flag |= v.flag & flagRO
	return m
}

// methodCode returns the signature, code and receiver data word of v's
// i'th method (as Method numbers them).
func (v Value) methodCode(i int) (*rtype, unsafe.Pointer, unsafe.Pointer) {
	if v.Kind() == Interface {
		tab := *(*unsafe.Pointer)(v.ptr)
		data := (*iface)(v.ptr).data
		return v.typ.imethods()[i].typ(), *(*unsafe.Pointer)(unsafe.Add(tab, 16+8*uintptr(i))), data
	}
	m := &v.typ.methods()[exportedMethod(v.typ, i)]
	if m.ifn() == nil {
		panic("reflect: method " + m.name() + " of " + v.typ.String() + " was removed by the linker")
	}
	if v.typ.direct() {
		return m.mtyp(), m.ifn(), v.word()
	}
	return m.mtyp(), m.ifn(), copyValue(v.typ, v.ptr, 0).ptr
}

// exportedMethod returns the position in t's method table of its i'th
// exported method.
func exportedMethod(t *rtype, i int) int {
	for j, m := range t.methods() {
		if !isExported(methodName(m.name())) {
			continue
		}
		if i == 0 {
			return j
		}
		i--
	}
	panic("reflect: Method index out of range")
}

// MethodByName returns a function value corresponding to the method of
// v with the given name, or the zero Value if there is none.
func (v Value) MethodByName(name string) Value {
	if v.typ == nil {
		panic(&ValueError{"reflect.Value.MethodByName", Invalid})
	}
	m, ok := v.typ.MethodByName(name)
	if !ok {
		return Value{}
	}
	return v.methodValue(m.Index)
}
