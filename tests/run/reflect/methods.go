// Tests reflect Type.Method, NumMethod and MethodByName on concrete, pointer,
// embedding and interface types; reflect.New and Zero; and the layout of
// reflect.StringHeader and SliceHeader.
package main

import (
	"fmt"
	"reflect"
	"unsafe"
)

type T struct{ X, y int }

func (T) Beta() int        { return 1 }
func (T) Alpha(s string)   {}
func (T) hidden()          {}
func (*T) Ptr()            {}
func (t T) String() string { return "T" }

type I interface {
	Read(p []byte) (int, error)
	Close() error
	private()
}

type E struct{ T }

func show(t reflect.Type) {
	fmt.Println(t, t.NumMethod())
	for i := 0; i < t.NumMethod(); i++ {
		m := t.Method(i)
		fmt.Println(" ", i, m.Name, m.PkgPath, m.Index, m.IsExported())
	}
	for _, n := range []string{"Alpha", "hidden", "Ptr", "Close", "private", "Nope"} {
		m, ok := t.MethodByName(n)
		fmt.Println("  by name", n, ok, m.Name, m.Index)
	}
}

func main() {
	show(reflect.TypeOf(T{}))
	show(reflect.TypeOf(&T{}))
	show(reflect.TypeOf(E{}))
	it := reflect.TypeOf((*I)(nil)).Elem()
	fmt.Println(it, it.NumMethod())
	for i := 0; i < it.NumMethod(); i++ {
		m := it.Method(i)
		fmt.Println(" ", i, m.Name, m.PkgPath, m.Type, m.Index)
	}
	m, ok := it.MethodByName("Read")
	fmt.Println(m.Name, m.Type, m.Index, ok)
	fmt.Println(reflect.TypeOf(3).NumMethod())

	v := reflect.New(reflect.TypeOf(T{}))
	fmt.Println(v.Kind(), v.Type().Kind(), v.Type().Elem(), v.IsNil(), v.Elem().Field(0).CanSet())
	v.Elem().Field(0).SetInt(42)
	fmt.Println(v.Elem().Field(0).Int(), v.Elem().Interface())
	p := reflect.New(reflect.TypeOf(0))
	p.Elem().SetInt(7)
	fmt.Println(p.Elem().Int(), *(*int)(p.UnsafePointer()))
	s := reflect.New(reflect.TypeOf([]string{}))
	fmt.Println(s.Elem().Len(), s.Elem().IsNil())
	z := reflect.Zero(reflect.TypeOf(T{}))
	fmt.Println(z.Interface())
	str := "hello"
	sh := (*reflect.StringHeader)(unsafe.Pointer(&str))
	fmt.Println(sh.Len)
	sl := []int{1, 2, 3}
	slh := (*reflect.SliceHeader)(unsafe.Pointer(&sl))
	fmt.Println(slh.Len, slh.Cap, slh.Data == uintptr(unsafe.Pointer(&sl[0])))
	fmt.Println(unsafe.Sizeof(reflect.SliceHeader{}), unsafe.Sizeof(reflect.StringHeader{}))
}
