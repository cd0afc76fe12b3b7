// Package fmtsort provides a general stable ordering mechanism for maps,
// on behalf of the fmt and text/template packages, so that printing a map
// gives the same text every time (Go's map iteration order is random).
//
// The ordering, for keys of one type:
//
//   - ints, uints, floats, strings: increasing order; NaN first
//   - complex: real part, then imaginary part
//   - bool: false before true
//   - pointers, channels: by machine address
//   - structs, arrays: field by field, element by element
//   - interfaces: nil first, then by the dynamic type (by the address of
//     its descriptor: arbitrary but consistent), then by value
package fmtsort

import (
	"reflect"
	"sort"
)

// SortedMap is a map's keys and values, in matching order.
type SortedMap struct {
	Key   []reflect.Value
	Value []reflect.Value
}

func (o *SortedMap) Len() int           { return len(o.Key) }
func (o *SortedMap) Less(i, j int) bool { return compare(o.Key[i], o.Key[j]) < 0 }
func (o *SortedMap) Swap(i, j int) {
	o.Key[i], o.Key[j] = o.Key[j], o.Key[i]
	o.Value[i], o.Value[j] = o.Value[j], o.Value[i]
}

// Sort returns the keys and values of a map in sorted order (see the
// package comment); it returns nil if mapValue is not a map.
func Sort(mapValue reflect.Value) *SortedMap {
	if mapValue.Type().Kind() != reflect.Map {
		return nil
	}
	n := mapValue.Len()
	key := make([]reflect.Value, 0, n)
	value := make([]reflect.Value, 0, n)
	iter := mapValue.MapRange()
	for iter.Next() {
		key = append(key, iter.Key())
		value = append(value, iter.Value())
	}
	sorted := &SortedMap{Key: key, Value: value}
	sort.Stable(sorted)
	return sorted
}

// compare returns -1, 0 or 1 as a sorts before, with or after b. Values
// of different types cannot be ordered: they compare as -1 (never 0,
// since they are not equal).
func compare(a, b reflect.Value) int {
	if a.Type() != b.Type() {
		return -1
	}
	switch a.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return compareInt(a.Int(), b.Int())
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return compareUint(a.Uint(), b.Uint())
	case reflect.String:
		return compareString(a.String(), b.String())
	case reflect.Float32, reflect.Float64:
		return compareFloat(a.Float(), b.Float())
	case reflect.Complex64, reflect.Complex128:
		ac, bc := a.Complex(), b.Complex()
		if c := compareFloat(real(ac), real(bc)); c != 0 {
			return c
		}
		return compareFloat(imag(ac), imag(bc))
	case reflect.Bool:
		return compareBool(a.Bool(), b.Bool())
	case reflect.Pointer, reflect.UnsafePointer:
		return compareUint(uint64(a.Pointer()), uint64(b.Pointer()))
	case reflect.Chan:
		if c, ok := compareNil(a, b); ok {
			return c
		}
		return compareUint(uint64(a.Pointer()), uint64(b.Pointer()))
	case reflect.Struct:
		for i := 0; i < a.NumField(); i++ {
			if c := compare(a.Field(i), b.Field(i)); c != 0 {
				return c
			}
		}
		return 0
	case reflect.Array:
		for i := 0; i < a.Len(); i++ {
			if c := compare(a.Index(i), b.Index(i)); c != 0 {
				return c
			}
		}
		return 0
	case reflect.Interface:
		if c, ok := compareNil(a, b); ok {
			return c
		}
		// Order by type first: the descriptors' addresses.
		c := compare(reflect.ValueOf(a.Elem().Type()), reflect.ValueOf(b.Elem().Type()))
		if c != 0 {
			return c
		}
		return compare(a.Elem(), b.Elem())
	}
	panic("bad type in compare: " + a.Type().String())
}

// compareNil orders nil before non-nil; ok is false if neither is nil.
func compareNil(a, b reflect.Value) (int, bool) {
	if a.IsNil() {
		if b.IsNil() {
			return 0, true
		}
		return -1, true
	}
	if b.IsNil() {
		return 1, true
	}
	return 0, false
}

func compareInt(a, b int64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

func compareUint(a, b uint64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

func compareString(a, b string) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// compareFloat orders NaNs first (a NaN is not even equal to itself).
func compareFloat(a, b float64) int {
	switch {
	case a != a:
		return -1 // no good answer if b is a NaN too: don't bother checking
	case b != b:
		return 1
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// compareBool orders false before true.
func compareBool(a, b bool) int {
	switch {
	case a == b:
		return 0
	case a:
		return 1
	}
	return -1
}
