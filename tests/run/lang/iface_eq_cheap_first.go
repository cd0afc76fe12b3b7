// Comparing two interfaces holding structs or arrays compares the cheap
// parts of all fields or elements (scalars, string lengths, dynamic
// types) before any string's bytes, as Go's generated equality does
// (fixedbugs/issue8606b.go): here the bytes cannot even be read.
package main

import (
	"fmt"
	"reflect"
	"unsafe"
)

type SI struct {
	s string
	i int
}

type SS struct {
	s, t string
}

type SE struct {
	s string
	e any
}

func unreadable() string {
	s := "abc"
	(*reflect.StringHeader)(unsafe.Pointer(&s)).Data = 8 // in the unmapped first page
	return s
}

func main() {
	bad := unreadable()
	fmt.Println(any(SI{bad, 1}) == any(SI{bad, 2}))
	fmt.Println(any(SS{bad, "a"}) == any(SS{bad, "aa"}))
	fmt.Println(any(SS{"x", bad}) == any(SS{"yy", bad}))
	fmt.Println(any(SE{bad, 1}) == any(SE{bad, "1"}))
	fmt.Println(any([2]string{bad, "a"}) == any([2]string{bad, "bb"}))
	fmt.Println(any(SI{"abc", 1}) == any(SI{"abc", 1}), any(SS{"a", "b"}) == any(SS{"a", "c"}))
}
