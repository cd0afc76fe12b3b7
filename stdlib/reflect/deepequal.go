// This file implements DeepEqual, Go's recursive "deeply equal" test,
// with Go's algorithm: the same walk, the same cycle detection.

package reflect

import "unsafe"

// During deepValueEqual, we must keep track of checks that are in
// progress. The comparison algorithm assumes that all checks in progress
// are true when it reencounters them. Visited comparisons are stored in a
// map indexed by visit: the two addresses (in canonical order) and the
// type they are compared as.
type visit struct {
	a1  unsafe.Pointer
	a2  unsafe.Pointer
	typ *rtype
}

// deepValueEqual tests for deep equality using reflected types. The map
// argument tracks comparisons that have already been seen, which allows
// short circuiting on recursive types.
func deepValueEqual(v1, v2 Value, visited map[visit]bool) bool {
	if !v1.IsValid() || !v2.IsValid() {
		return v1.IsValid() == v2.IsValid()
	}
	if v1.typ != v2.typ {
		return false
	}

	// Only references that are not nil can lead around a cycle; record
	// just those in visited. For a Pointer or Map the address is the value
	// itself; for a Slice or Interface it is where the header is stored.
	if hard(v1, v2) {
		addr1 := v1.ptr
		addr2 := v2.ptr
		if k := v1.Kind(); k == Pointer || k == Map {
			addr1, addr2 = v1.word(), v2.word()
		}
		if uintptr(addr1) > uintptr(addr2) {
			// Canonicalize order to reduce number of entries in visited.
			// Assumes a non-moving memory manager.
			addr1, addr2 = addr2, addr1
		}

		// Short circuit if references are already seen.
		v := visit{addr1, addr2, v1.typ}
		if visited[v] {
			return true
		}

		// Remember for later.
		visited[v] = true
	}

	switch v1.Kind() {
	case Array:
		for i := 0; i < v1.Len(); i++ {
			if !deepValueEqual(v1.Index(i), v2.Index(i), visited) {
				return false
			}
		}
		return true
	case Slice:
		if v1.IsNil() != v2.IsNil() {
			return false
		}
		if v1.Len() != v2.Len() {
			return false
		}
		if v1.Pointer() == v2.Pointer() {
			return true
		}
		// Special case for []byte, which is common.
		if v1.typ.elem().Kind() == Uint8 {
			return string(v1.Bytes()) == string(v2.Bytes())
		}
		for i := 0; i < v1.Len(); i++ {
			if !deepValueEqual(v1.Index(i), v2.Index(i), visited) {
				return false
			}
		}
		return true
	case Interface:
		if v1.IsNil() || v2.IsNil() {
			return v1.IsNil() == v2.IsNil()
		}
		return deepValueEqual(v1.Elem(), v2.Elem(), visited)
	case Pointer:
		if v1.word() == v2.word() {
			return true
		}
		return deepValueEqual(v1.Elem(), v2.Elem(), visited)
	case Struct:
		for i, n := 0, v1.NumField(); i < n; i++ {
			if !deepValueEqual(v1.Field(i), v2.Field(i), visited) {
				return false
			}
		}
		return true
	case Map:
		if v1.IsNil() != v2.IsNil() {
			return false
		}
		if v1.Len() != v2.Len() {
			return false
		}
		if v1.word() == v2.word() {
			return true
		}
		for _, k := range v1.MapKeys() {
			val1 := v1.MapIndex(k)
			val2 := v2.MapIndex(k)
			if !val1.IsValid() || !val2.IsValid() || !deepValueEqual(val1, val2, visited) {
				return false
			}
		}
		return true
	case Func:
		if v1.IsNil() && v2.IsNil() {
			return true
		}
		// Can't do better than this:
		return false
	case Int, Int8, Int16, Int32, Int64:
		return v1.Int() == v2.Int()
	case Uint, Uint8, Uint16, Uint32, Uint64, Uintptr:
		return v1.Uint() == v2.Uint()
	case String:
		return v1.String() == v2.String()
	case Bool:
		return v1.Bool() == v2.Bool()
	case Float32, Float64:
		return v1.Float() == v2.Float() // NaN != NaN
	case Complex64, Complex128:
		return v1.Complex() == v2.Complex()
	default:
		// Chan and UnsafePointer: normal equality suffices.
		return v1.word() == v2.word()
	}
}

// hard reports whether comparing v1 and v2 may lead around a cycle, so
// must be recorded in the visited map: both are non-nil references.
func hard(v1, v2 Value) bool {
	switch v1.Kind() {
	case Pointer, Map, Slice, Interface:
		// Nil pointers cannot be cyclic. Avoid putting them in the visited map.
		return !v1.IsNil() && !v2.IsNil()
	}
	return false
}

// DeepEqual reports whether x and y are "deeply equal", defined as
// follows. Two values of identical type are deeply equal if one of the
// following cases applies. Values of distinct types are never deeply
// equal.
//
// Array values are deeply equal when their corresponding elements are
// deeply equal.
//
// Struct values are deeply equal if their corresponding fields, both
// exported and unexported, are deeply equal.
//
// Func values are deeply equal if both are nil; otherwise they are not
// deeply equal.
//
// Interface values are deeply equal if they hold deeply equal concrete
// values.
//
// Map values are deeply equal when all of the following are true: they
// are both nil or both non-nil, they have the same length, and either
// they are the same map object or their corresponding keys (matched using
// Go equality) map to deeply equal values.
//
// Pointer values are deeply equal if they are equal using Go's ==
// operator or if they point to deeply equal values.
//
// Slice values are deeply equal when all of the following are true: they
// are both nil or both non-nil, they have the same length, and either
// they point to the same initial entry of the same underlying array
// (that is, &x[0] == &y[0]) or their corresponding elements (up to
// length) are deeply equal. Note that a non-nil empty slice and a nil
// slice (for example, []byte{} and []byte(nil)) are not deeply equal.
//
// Other values - numbers, bools, strings, and channels - are deeply equal
// if they are equal using Go's == operator. A float NaN is not deeply
// equal to itself.
//
// DeepEqual handles cyclic data: a comparison met again while it is in
// progress is taken to be true.
func DeepEqual(x, y any) bool {
	if x == nil || y == nil {
		return x == y
	}
	v1 := ValueOf(x)
	v2 := ValueOf(y)
	if v1.typ != v2.typ {
		return false
	}
	return deepValueEqual(v1, v2, make(map[visit]bool))
}
