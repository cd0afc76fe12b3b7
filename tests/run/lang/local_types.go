// Tests types declared inside different functions with the same name: each has its own identity and descriptor.
//	struct interface
//	true
//	struct struct
//	false
package main

import (
	"fmt"
	"reflect"
)

func f() any {
	type T struct{ a, b int }
	return T{1, 2}
}

func g() any {
	type T interface{}
	type S []T
	return S{0}
}

func main() {
	fmt.Println(reflect.TypeOf(f()).Kind(), reflect.TypeOf(g()).Elem().Kind())
	fmt.Println(reflect.DeepEqual(g(), g()))
}
