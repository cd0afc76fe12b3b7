// Tests a fault far from address zero: "unexpected fault address", then "fatal error: fault", exit status 2.
package main

import "unsafe"

func main() {
	p := (*int)(unsafe.Pointer(uintptr(0x12345678)))
	println(*p)
}
