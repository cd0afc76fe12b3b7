// Tests relations between types (Implements, AssignableTo, ConvertibleTo,
// Comparable) and types built at run time (PointerTo, SliceOf, MapOf,
// ArrayOf, ChanOf, FuncOf, StructOf), which must be the same Type as the
// compiler's when the program has one.
package main

import (
	"fmt"
	"io"
	"reflect"
	"strings"
)

type Celsius float64
type MyString string
type Bytes []byte
type Point struct{ X, Y int }
type Reader struct{}

func (Reader) Read(p []byte) (int, error) { return 0, nil }

type Stringer interface{ String() string }

func (p Point) String() string { return "pt" }

func main() {
	rd := reflect.TypeOf((*io.Reader)(nil)).Elem()
	rc := reflect.TypeOf((*io.ReadCloser)(nil)).Elem()
	st := reflect.TypeOf((*Stringer)(nil)).Elem()
	fmt.Println(reflect.TypeOf(Reader{}).Implements(rd), reflect.TypeOf(&Reader{}).Implements(rd),
		reflect.TypeOf(Point{}).Implements(rd), rc.Implements(rd), rd.Implements(rc),
		reflect.TypeOf(Point{}).Implements(st), reflect.TypeOf(&strings.Builder{}).Implements(st))

	types := []reflect.Type{
		reflect.TypeOf(0), reflect.TypeOf(int64(0)), reflect.TypeOf(1.5), reflect.TypeOf(Celsius(0)),
		reflect.TypeOf(""), reflect.TypeOf(MyString("")), reflect.TypeOf([]byte(nil)), reflect.TypeOf(Bytes(nil)),
		reflect.TypeOf([]rune(nil)), reflect.TypeOf(Point{}), reflect.TypeOf(struct{ X, Y int }{}),
		reflect.TypeOf((*any)(nil)).Elem(), st, reflect.TypeOf(map[string]int{}), reflect.TypeOf(func() {}),
		reflect.TypeOf([2]int{}), reflect.TypeOf(make(chan int)), reflect.TypeOf(make(<-chan int)),
	}
	for _, a := range types {
		var as, cv []string
		for _, b := range types {
			if a.AssignableTo(b) {
				as = append(as, b.String())
			}
			if a.ConvertibleTo(b) {
				cv = append(cv, b.String())
			}
		}
		fmt.Printf("%v comparable=%v\n  assignable to %v\n  convertible to %v\n", a, a.Comparable(), as, cv)
	}

	intT, strT := reflect.TypeOf(0), reflect.TypeOf("")
	fmt.Println(reflect.PointerTo(intT) == reflect.TypeOf(new(int)), reflect.PtrTo(intT))
	fmt.Println(reflect.SliceOf(strT) == reflect.TypeOf([]string{}), reflect.SliceOf(reflect.TypeOf(Point{})))
	fmt.Println(reflect.MapOf(strT, intT) == reflect.TypeOf(map[string]int{}), reflect.MapOf(intT, reflect.TypeOf(Point{})))
	fmt.Println(reflect.ArrayOf(2, intT) == reflect.TypeOf([2]int{}), reflect.ArrayOf(5, strT), reflect.ArrayOf(5, strT).Len())
	fmt.Println(reflect.ChanOf(reflect.BothDir, intT) == reflect.TypeOf(make(chan int)), reflect.ChanOf(reflect.RecvDir, strT),
		reflect.ChanOf(reflect.SendDir, strT), reflect.ChanOf(reflect.SendDir, strT).ChanDir())
	ft := reflect.FuncOf([]reflect.Type{intT, reflect.TypeOf([]string{})}, []reflect.Type{strT, reflect.TypeOf((*error)(nil)).Elem()}, true)
	fmt.Println(ft, ft.NumIn(), ft.NumOut(), ft.IsVariadic(), ft == reflect.TypeOf(func(int, ...string) (string, error) { return "", nil }))
	fmt.Println(reflect.FuncOf(nil, nil, false))
	sf := reflect.StructOf([]reflect.StructField{
		{Name: "A", Type: intT, Tag: `json:"a"`},
		{Name: "B", Type: strT},
		{Name: "C", Type: reflect.TypeOf(byte(0))},
	})
	fmt.Println(sf, sf.Size(), sf.Field(1).Offset, sf.Field(2).Offset, sf.Field(0).Tag.Get("json"))
	same := reflect.StructOf([]reflect.StructField{{Name: "X", Type: intT}, {Name: "Y", Type: intT}})
	fmt.Println(same == reflect.TypeOf(struct{ X, Y int }{}), same.ConvertibleTo(reflect.TypeOf(Point{})))
	v := reflect.New(sf).Elem()
	v.Field(0).SetInt(42)
	v.Field(1).SetString("hi")
	fmt.Printf("%v %+v\n", v.Interface(), v.Interface())
	m := reflect.MakeMap(reflect.MapOf(strT, reflect.SliceOf(intT)))
	m.SetMapIndex(reflect.ValueOf("k"), reflect.ValueOf([]int{1, 2}))
	fmt.Println(m.Interface().(map[string][]int))
	p := reflect.New(reflect.TypeOf(Point{}))
	fmt.Println(p.Type() == reflect.TypeOf(&Point{}), p.Interface().(*Point).X, p.Interface().(fmt.Stringer).String())
	fmt.Println(reflect.TypeOf(make(chan<- int)).ChanDir(), reflect.BothDir, reflect.RecvDir)
}
