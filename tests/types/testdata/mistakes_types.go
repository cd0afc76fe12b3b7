// Ordinary mistakes that once crashed the compiler or were accepted: each
// gets Go 1.19's message (issue 18, items 4 and 11). Types.
package main

import "unsafe"

type Big [1 << 40][1 << 40]byte /* ERROR "type [1099511627776][1099511627776]byte larger than address space" */

type Fields struct { /* ERROR "type [4611686018427387904]int8 larger than address space" */
	a [1 << 62]int8
}

var huge [1 << 46]int8 /* ERROR "main.huge: symbol too large (70368744177664 bytes > 2000000000 bytes)" */

var tooLong [1 << 100]int /* ERROR "array length 1 << 100 (untyped int constant 1267650600228229401496703205376) must be integer" */

func main() {}

var bigChan chan [1 << 16]byte /* ERROR "channel element type too large (>64kB)" */

var okChan chan [1<<16 - 1]byte

type PS *struct {
	PS /* ERROR "embedded field type cannot be a pointer" */
}

type UP struct {
	unsafe.Pointer /* ERROR "embedded field type cannot be unsafe.Pointer" */
}
