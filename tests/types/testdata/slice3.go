// 3-index slices: the parser reports a missing index and goes on, so the
// type checker's errors come with its own (as Go 1.19's compiler). An
// array that is no variable cannot be sliced: Go names the operand with
// its mode and type.
package main

import "unsafe"

func main() {
	var a [10]int
	s := "abc"
	_ = a[1::] /* ERROR "middle index required in 3-index slice" */
	_ = a[:2:] /* ERROR "final index required in 3-index slice" */
	_ = a[2:3:1] /* ERROR "invalid slice indices: 1 < 2" */
	_ = a[3:2:1] /* ERROR "invalid slice indices: 2 < 3" */
	_ = a[1:2:11] /* ERROR "index 11 out of bounds" */
	_ = s[1:2:3] /* ERROR "invalid operation: 3-index slice of string" */
	var x int
	_ = unsafe.Pointer(&x...) /* ERROR "invalid use of ... in type conversion to unsafe.Pointer" */
	_ = _ /* ERROR "cannot use _ as value or type" */
	m := map[int][3]int{}
	_ = m[1][:] /* ERROR "invalid operation: m[1] (map index expression of type [3]int) (slice of unaddressable value)" */
	_ = arr()[1:] /* ERROR "invalid operation: arr() (value of type [3]int) (slice of unaddressable value)" */
}

func arr() [3]int { return [3]int{} }
