// This file implements Bool, Value and Pointer: atomic holders of a bool,
// an interface value and a typed pointer.

package atomic

import "unsafe"

// A Bool is an atomic boolean. The zero value is false.
type Bool struct {
	v uint32
}

// Load atomically loads and returns the value.
func (x *Bool) Load() bool { return x.v != 0 }

// Store atomically stores val.
func (x *Bool) Store(val bool) { x.v = b32(val) }

// Swap atomically stores new and returns the previous value.
func (x *Bool) Swap(new bool) (old bool) { return SwapUint32(&x.v, b32(new)) != 0 }

// CompareAndSwap stores new if the value is old, and reports whether it did.
func (x *Bool) CompareAndSwap(old, new bool) (swapped bool) {
	return CompareAndSwapUint32(&x.v, b32(old), b32(new))
}

func b32(b bool) uint32 {
	if b {
		return 1
	}
	return 0
}

// A Value holds a value of one consistent type; the zero Value holds nil.
type Value struct {
	v any
}

// Load returns the value last stored, or nil.
func (v *Value) Load() (val any) {
	return v.v
}

// Store sets the value. Storing nil, or a value of another type than the
// first one stored, panics.
func (v *Value) Store(val any) {
	v.check(val, "store")
	v.v = val
}

// Swap stores new and returns the previous value.
func (v *Value) Swap(new any) (old any) {
	v.check(new, "swap")
	old = v.v
	v.v = new
	return old
}

// CompareAndSwap stores new if the value is old, and reports whether it
// did. old must be nil or of new's type.
func (v *Value) CompareAndSwap(old, new any) (swapped bool) {
	if new != nil && old != nil && typeOf(old) != typeOf(new) {
		panic("sync/atomic: compare and swap of inconsistently typed values into Value")
	}
	v.check(new, "compare and swap")
	if v.v != old {
		return false
	}
	v.v = new
	return true
}

// check panics, with Go's words for the operation, if val cannot go into v.
func (v *Value) check(val any, op string) {
	if val == nil {
		panic("sync/atomic: " + op + " of nil value into Value")
	}
	if v.v != nil && typeOf(v.v) != typeOf(val) {
		panic("sync/atomic: " + op + " of inconsistently typed value into Value")
	}
}

// typeOf returns an interface value's type word.
func typeOf(x any) unsafe.Pointer {
	return *(*unsafe.Pointer)(unsafe.Pointer(&x))
}

// A Pointer is an atomic pointer of type *T. The zero value is nil.
type Pointer[T any] struct {
	v *T
}

// Load atomically loads and returns the value.
func (x *Pointer[T]) Load() *T { return x.v }

// Store atomically stores val.
func (x *Pointer[T]) Store(val *T) { x.v = val }

// Swap atomically stores new and returns the previous value.
func (x *Pointer[T]) Swap(new *T) (old *T) {
	old = x.v
	x.v = new
	return old
}

// CompareAndSwap stores new if the value is old, and reports whether it did.
func (x *Pointer[T]) CompareAndSwap(old, new *T) (swapped bool) {
	if x.v != old {
		return false
	}
	x.v = new
	return true
}
