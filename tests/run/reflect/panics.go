// Tests reflect's panic texts: wrong kinds, the zero Value, unexported
// fields, unaddressable values, bad calls, bad conversions and bad
// arguments to the constructors.
package main

import (
	"fmt"
	"reflect"
)

type T struct {
	A int
	b string
}

func (T) M(int) {}

func try(name string, f func()) {
	defer func() {
		r := recover()
		if e, ok := r.(error); ok {
			fmt.Printf("%s: error %q\n", name, e.Error())
			return
		}
		fmt.Printf("%s: %v\n", name, r)
	}()
	f()
}

func main() {
	v := reflect.ValueOf(T{1, "x"})
	try("Int on string", func() { reflect.ValueOf("s").Int() })
	try("Uint on int", func() { reflect.ValueOf(1).Uint() })
	try("Float on bool", func() { reflect.ValueOf(true).Float() })
	try("Len on int", func() { reflect.ValueOf(1).Len() })
	try("Field on int", func() { reflect.ValueOf(1).Field(0) })
	try("Elem on int", func() { reflect.ValueOf(1).Elem() })
	try("Type of zero", func() { reflect.Value{}.Type() })
	try("Interface of zero", func() { reflect.Value{}.Interface() })
	try("Interface unexported", func() { v.Field(1).Interface() })
	try("SetInt unaddressable", func() { v.Field(0).SetInt(1) })
	try("SetString unexported", func() { reflect.ValueOf(&T{}).Elem().Field(1).SetString("y") })
	try("Set wrong type", func() { reflect.ValueOf(new(int)).Elem().Set(reflect.ValueOf("s")) })
	try("Call too few", func() { reflect.ValueOf(func(int) {}).Call(nil) })
	try("Call too many", func() { reflect.ValueOf(func() {}).Call([]reflect.Value{reflect.ValueOf(1)}) })
	try("Call wrong type", func() { reflect.ValueOf(func(int) {}).Call([]reflect.Value{reflect.ValueOf("s")}) })
	try("Call zero arg", func() { reflect.ValueOf(func(int) {}).Call([]reflect.Value{{}}) })
	try("Call nil func", func() { reflect.ValueOf((func())(nil)).Call(nil) })
	try("CallSlice non-variadic", func() { reflect.ValueOf(func(int) {}).CallSlice([]reflect.Value{reflect.ValueOf(1)}) })
	try("Call on int", func() { reflect.ValueOf(1).Call(nil) })
	try("Method index", func() { v.Method(5) })
	try("MakeFunc non-func", func() { reflect.MakeFunc(reflect.TypeOf(1), nil) })
	try("MakeFunc wrong count", func() {
		f := reflect.MakeFunc(reflect.TypeOf(func() int { return 0 }), func([]reflect.Value) []reflect.Value { return nil })
		f.Call(nil)
	})
	try("Convert", func() { reflect.ValueOf("s").Convert(reflect.TypeOf(1)) })
	try("Index out of range", func() { reflect.ValueOf([]int{1}).Index(3) })
	try("MakeSlice non-slice", func() { reflect.MakeSlice(reflect.TypeOf(1), 0, 0) })
	try("MakeSlice len>cap", func() { reflect.MakeSlice(reflect.TypeOf([]int{}), 2, 1) })
	try("MakeMap non-map", func() { reflect.MakeMap(reflect.TypeOf(1)) })
	try("MapOf bad key", func() { reflect.MapOf(reflect.TypeOf([]int{}), reflect.TypeOf(1)) })
	try("Type.Elem of int", func() { reflect.TypeOf(1).Elem() })
	try("Type.Field of int", func() { reflect.TypeOf(1).Field(0) })
	try("Type.Key of int", func() { reflect.TypeOf(1).Key() })
	try("Type.In of int", func() { reflect.TypeOf(1).In(0) })
	try("Implements non-iface", func() { reflect.TypeOf(1).Implements(reflect.TypeOf(1)) })
	try("Send on recv-only", func() { reflect.ValueOf(make(<-chan int)).Send(reflect.ValueOf(1)) })
	try("Append non-slice", func() { reflect.Append(reflect.ValueOf(1)) })
	try("Addr unaddressable", func() { reflect.ValueOf(1).Addr() })
	try("IsNil on int", func() { reflect.ValueOf(1).IsNil() })
	try("Bytes on int slice", func() { reflect.ValueOf([]int{}).Bytes() })
	try("SetMapIndex nil map", func() {
		reflect.ValueOf(map[string]int(nil)).SetMapIndex(reflect.ValueOf("a"), reflect.ValueOf(1))
	})
	try("Swapper non-slice", func() { reflect.Swapper(1) })
	try("StructOf unexported", func() { reflect.StructOf([]reflect.StructField{{Name: "a", Type: reflect.TypeOf(1)}}) })
	try("Type.Method index", func() { reflect.TypeOf(T{}).Method(3) })
	try("NumField on ptr", func() { reflect.TypeOf(&T{}).NumField() })
}
