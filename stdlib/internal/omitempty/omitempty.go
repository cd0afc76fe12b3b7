// Package omitempty holds the rule that encoding/json and encoding/xml
// share for a field tagged omitempty: which values count as empty.
package omitempty

import "reflect"

// IsEmpty reports whether v is empty as omitempty means it: false, 0,
// a nil pointer or interface, or an array, map, slice or string of
// length zero. A struct is never empty.
func IsEmpty(v reflect.Value) bool {
	switch v.Kind() {
	case reflect.Array, reflect.Map, reflect.Slice, reflect.String:
		return v.Len() == 0
	case reflect.Bool:
		return !v.Bool()
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return v.Int() == 0
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return v.Uint() == 0
	case reflect.Float32, reflect.Float64:
		return v.Float() == 0
	case reflect.Interface, reflect.Pointer:
		return v.IsNil()
	}
	return false
}
