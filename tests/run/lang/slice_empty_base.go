// Slicing to a result of capacity zero keeps the operand's base address
// (Go's test/slicecap.go): advanced past the end, it would point at the
// next object in memory. A nonempty result is advanced as usual.
package main

import (
	"fmt"
	"unsafe"
)

var (
	hello = "hello"
	bytes = []byte{1, 2, 3, 4, 5}
	five  = 5
	three = 3
)

func base(s []byte) uintptr { return *(*uintptr)(unsafe.Pointer(&s)) }

func sbase(s string) uintptr { return *(*uintptr)(unsafe.Pointer(&s)) }

func main() {
	b0, s0 := base(bytes), sbase(hello)
	fmt.Println(base(bytes[five:])-b0, base(bytes[3:3:3])-b0, base(bytes[three:three:three])-b0)
	fmt.Println(base(bytes[three:])-b0, base(bytes[three:three])-b0, len(bytes[three:three]), cap(bytes[three:three]))
	fmt.Println(sbase(hello[five:])-s0, sbase(hello[three:three])-s0, sbase(hello[three:])-s0)
	fmt.Println(base(bytes[1:][2:][2:])-b0, base(bytes[1:][2:][1:])-b0)
	a := [4]int{1, 2, 3, 4}
	tail := a[4:]
	fmt.Println(*(*uintptr)(unsafe.Pointer(&tail))-uintptr(unsafe.Pointer(&a)), tail != nil)
}
