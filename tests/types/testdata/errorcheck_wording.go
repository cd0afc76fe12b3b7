// Messages as Go 1.19 words them (each checked against go tool compile).

package main

type T1 struct{ f2 T2 } /* ERROR "invalid recursive type T1" */

type T2 struct{ f1 T1 }

type it struct{ Floats bool }

type dup struct {
	x int
	x int /* ERROR "x redeclared" */
}

func f() {}

func main() {
	_ = [0]int{-1: 50} /* ERROR "invalid argument: index -1 (constant of type int) must not be negative" */
	_ = [10]int{15: 30} /* ERROR "invalid argument: index 15 out of bounds [0:10]" */
	_ = [2]int{1, 2, 3} /* ERROR "index 2 is out of bounds (>= 2)" */
	_ = make([]int, 0.5) /* ERROR "0.5 (untyped float constant) truncated to int" */
	_ = make([]int, 1<<63) /* ERROR "1 << 63 (untyped int constant 9223372036854775808) overflows int" */
	_ = "abc"[float32(1.0)] /* ERROR "invalid argument: index float32(1.0) (constant 1 of type float32) must be integer" */
	const c int = 1e20 /* ERROR "cannot use 1e20 (untyped float constant 1e+20) as int value in constant declaration (truncated)" */
	var i it
	_ = i.floats /* ERROR "i.floats undefined (type it has no field or method floats, but does have Floats)" */
	var d dup
	_ = d.x
	var x interface{}
	switch x {
	case f: /* ERROR "invalid case f in switch on x (func can only be compared to nil)" */
	}
	_ = copy([]int{}, nil) /* ERROR "invalid argument: copy expects slice arguments; found []int{} (value of type []int) and nil" */
	_ = complex64(int(0))
L1:
	for {
		break L2 /* ERROR "break label not defined: L2" */
	}
L3:
	{
		for {
			break L3 /* ERROR "invalid break label L3" */
		}
	}
	goto L1
}
