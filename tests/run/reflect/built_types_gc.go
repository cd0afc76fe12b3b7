// Tests that values of types built by reflect (StructOf, ArrayOf) keep what
// they point to alive across collections.
package main

import (
	"fmt"
	"reflect"
	"runtime"
)

func main() {
	st := reflect.StructOf([]reflect.StructField{
		{Name: "A", Type: reflect.TypeOf(0)},
		{Name: "P", Type: reflect.TypeOf(&[]int{})},
		{Name: "S", Type: reflect.TypeOf("")},
	})
	var keep []reflect.Value
	for i := 0; i < 2000; i++ {
		v := reflect.New(st).Elem()
		s := make([]int, 100)
		s[0] = i
		v.Field(1).Set(reflect.ValueOf(&s))
		v.Field(2).SetString(fmt.Sprint("str", i))
		keep = append(keep, v)
		if i%100 == 0 {
			runtime.GC()
		}
	}
	for i := 0; i < 5; i++ {
		_ = make([]byte, 1<<20)
	}
	runtime.GC()
	sum := 0
	for i, v := range keep {
		p := v.Field(1).Interface().(*[]int)
		if (*p)[0] != i || v.Field(2).String() != fmt.Sprint("str", i) {
			fmt.Println("BROKEN", i)
			return
		}
		sum += (*p)[0]
	}
	arr := reflect.ArrayOf(4, reflect.TypeOf(&sum))
	fmt.Println(sum, st, arr)
}
