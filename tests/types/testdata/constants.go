// Untyped constants: arbitrary precision, overflow, iota, representability.
package main

const big = 1 << 100
const small = big >> 98

const (
	A = iota
	B
	C
	_
	E
)

type Weekday int

const (
	Sunday Weekday = iota
	Monday
)

var arr [small]int
var arr2 [E]int

func main() {
	var i8 int8 = 300 /* ERROR "cannot use 300 (untyped int constant) as int8 value in variable declaration (overflows)" */
	var u uint8 = 255 + 1 /* ERROR "(overflows)" */
	var n int = big /* ERROR "(untyped int constant 1267650600228229401496703205376) as int value in variable declaration (overflows)" */
	x := int8(200) /* ERROR "cannot convert 200 (untyped int constant) to type int8" */
	y := uint8(255) + 1 /* ERROR "uint8(255) + 1 (constant 256 of type uint8) overflows uint8" */
	var f float64 = 1 << 3
	var w Weekday = Monday
	_, _, _, _, _, _, _ = i8, u, n, x, y, f, w
	_ = len(arr) + len(arr2)
	_ = 5 / 0 /* ERROR "invalid operation: division by zero" */
}
