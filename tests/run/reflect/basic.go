// Tests the reflect package's minimal API: TypeOf and Type's methods
// (Kind, String, Name, PkgPath, Elem, Key, Len, NumField, Field, Size,
// NumMethod, Comparable, func signatures), ValueOf and Value's accessors,
// unexported fields (readable, not Interface-able), Elem of pointers and
// interfaces, IsNil, and map iteration (MapRange, MapKeys, MapIndex).
package main

import (
	"fmt"
	"reflect"
)

type Celsius float64

func (c Celsius) String() string { return "C" }
func (c Celsius) Exported()      {}
func (c Celsius) hidden()        {}

type Rec struct {
	Name  string
	age   int
	Tags  []string
	Inner struct{ X, Y int8 }
	Any   interface{}
	Err   error
	P     *Rec
	Celsius
}

type Shape interface {
	Area() float64
	Name() string
}

func describe(t reflect.Type) {
	fmt.Printf("%-26s kind=%-10s name=%q pkg=%q size=%d comparable=%v\n",
		t.String(), t.Kind(), t.Name(), t.PkgPath(), t.Size(), t.Comparable())
}

func main() {
	for _, v := range []interface{}{true, 1, int8(2), uint16(3), 4.5, float32(5), complex(1, 2), "s",
		[]int{}, [3]string{}, map[string]bool{}, &Rec{}, Rec{}, Celsius(1), struct{}{}, func(int, ...string) bool { return false },
		new(Shape), new(interface{}), new(error)} {
		describe(reflect.TypeOf(v))
	}
	fmt.Println(reflect.TypeOf(nil) == nil, reflect.ValueOf(nil).IsValid(), reflect.ValueOf(nil).Kind())

	t := reflect.TypeOf(Rec{})
	fmt.Println(t.NumField(), reflect.TypeOf(Celsius(0)).NumMethod(), reflect.TypeOf(new(Shape)).Elem().NumMethod())
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		fmt.Println(i, f.Name, f.Type, f.Anonymous, f.IsExported(), f.Index, f.Offset > 0 || i == 0)
	}
	fmt.Println(reflect.TypeOf([]*Rec{}).Elem().Elem().Name(), reflect.TypeOf(map[int][]string{}).Key(), reflect.TypeOf(map[int][]string{}).Elem())
	fmt.Println(reflect.TypeOf([4]byte{}).Len(), reflect.TypeOf([4]byte{}).Elem().Kind() == reflect.Uint8)
	ft := reflect.TypeOf(func(a int, b string) (bool, error) { return false, nil })
	fmt.Println(ft.NumIn(), ft.In(1), ft.NumOut(), ft.Out(1), ft.IsVariadic())
	fmt.Println(reflect.Int.String(), reflect.Pointer, reflect.Kind(99), reflect.UnsafePointer)

	r := Rec{Name: "n", age: 30, Tags: []string{"a", "b"}, Any: 7, Celsius: 2.5}
	r.Inner.X = -3
	v := reflect.ValueOf(r)
	fmt.Println(v.Kind(), v.Type(), v.NumField(), v.Field(0).String(), v.Field(1).Int(), v.Field(1).CanInterface(), v.Field(0).CanInterface())
	fmt.Println(v.Field(2).Len(), v.Field(2).Cap() >= 2, v.Field(2).Index(1).String(), v.Field(3).Field(0).Int(), v.Field(3).Field(1).Kind())
	fmt.Println(v.Field(4).Kind(), v.Field(4).Elem().Kind(), v.Field(4).Elem().Int(), v.Field(4).Interface())
	fmt.Println(v.Field(5).Kind(), v.Field(5).IsNil(), v.Field(6).IsNil(), v.Field(6).Elem().IsValid(), v.Field(7).Float())
	fmt.Println(v.Field(7).Interface().(fmt.Stringer).String(), v.Interface().(Rec).Name)

	p := reflect.ValueOf(&r)
	fmt.Println(p.Kind(), p.IsNil(), p.Elem().Field(0).String(), p.Elem().Type(), p.Pointer() != 0)
	fmt.Println(reflect.Indirect(p).Field(1).Int(), reflect.Indirect(v).NumField())

	s := reflect.ValueOf("héllo")
	fmt.Println(s.Len(), s.Index(1).Uint(), s.Index(1).Kind(), s.String(), v.String(), reflect.ValueOf(3).String())
	b := reflect.ValueOf([]byte("xyz"))
	fmt.Println(string(b.Bytes()), b.Index(0).Uint(), b.Type().Elem())
	fmt.Println(reflect.ValueOf(uint8(200)).Uint(), reflect.ValueOf(int16(-5)).Int(), reflect.ValueOf(float32(0.5)).Float(),
		reflect.ValueOf(complex64(1+2i)).Complex(), reflect.ValueOf(true).Bool(), reflect.ValueOf(uintptr(9)).Uint())

	m := map[string]int{"one": 1, "two": 2, "three": 3}
	mv := reflect.ValueOf(m)
	sum, n := 0, 0
	it := mv.MapRange()
	for it.Next() {
		sum += int(it.Value().Int()) * len(it.Key().String())
		n++
	}
	fmt.Println(mv.Len(), n, sum, len(mv.MapKeys()))
	fmt.Println(mv.MapIndex(reflect.ValueOf("two")).Int(), mv.MapIndex(reflect.ValueOf("four")).IsValid())
	var nilMap map[int]int
	nmv := reflect.ValueOf(nilMap)
	fmt.Println(nmv.Len(), nmv.IsNil(), len(nmv.MapKeys()), nmv.MapRange().Next())

	var sh Shape
	iv := reflect.ValueOf(&sh).Elem()
	fmt.Println(iv.Kind(), iv.IsNil(), iv.Elem().IsValid(), iv.Type())
	var e interface{} = []int{4, 5}
	ev := reflect.ValueOf(&e).Elem()
	fmt.Println(ev.Kind(), ev.Elem().Kind(), ev.Elem().Len(), ev.Interface())
	var ns []int
	fmt.Println(reflect.ValueOf(ns).IsNil(), reflect.ValueOf([]int{}).IsNil(), reflect.ValueOf((*int)(nil)).Elem().IsValid())

	defer func() {
		fmt.Println("recovered:", recover())
	}()
	_ = v.Field(1).Interface()
}
