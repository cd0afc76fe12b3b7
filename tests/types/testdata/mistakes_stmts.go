// Ordinary mistakes that once crashed the compiler or were accepted: each
// gets Go 1.19's message (issue 18, items 4 and 11). Statements.
package main

func Sum[T int | float64](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func main() {
	switch s /* ERROR "undefined: s" */ {
	case 1:
	}
	break /* ERROR "break is not in a loop, switch, or select" */
	continue /* ERROR "continue is not in a loop" */
	fallthrough /* ERROR "fallthrough statement out of place" */
	println(struct{}{}) /* ERROR "illegal types for operand: print" */
	var a [3]int
	println(a) /* ERROR "illegal types for operand: print" */
	f := Sum /* ERROR "cannot use generic function Sum without instantiation" */
	_ = [0x8000000000000000]int{1} /* ERROR "array length 0x8000000000000000 (untyped int constant 9223372036854775808) must be integer" */
	_ = f
}
