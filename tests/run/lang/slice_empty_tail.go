// Tests that a slice or string expression whose result has capacity zero
// keeps the operand's pointer (as Go's compiler does): pointing just past
// the end of the array would reach into whatever object follows it.
package main

import (
	"fmt"
	"unsafe"
)

var (
	array = new([10]byte)
	v10   = 10
	v3    = 3
)

// offset is where a slice's data pointer points, from the array's start.
func offset(s []byte) uintptr {
	return *(*uintptr)(unsafe.Pointer(&s)) - uintptr(unsafe.Pointer(array))
}

func stroffset(s, of string) uintptr {
	return *(*uintptr)(unsafe.Pointer(&s)) - *(*uintptr)(unsafe.Pointer(&of))
}

func main() {
	s := array[:]
	fmt.Println(offset(array[10:]), offset(array[v10:]), offset(s[v10:]), offset(s[v10:v10:v10]))
	fmt.Println(offset(s[3:]), offset(s[v3:v3]), offset(s[v3:v3:v3]), offset(s[v3:v3:v10]))
	str := fmt.Sprint("hello", v3)
	fmt.Println(stroffset(str[v3:], str), stroffset(str[len(str):], str), stroffset(str[v3:v3], str))
}
