// Undefined names, unused variables and imports, redeclarations.
package main

func f() int { return 1 }

func main() {
	x := y /* ERROR "undefined: y" */
	z := 1 /* ERROR "z declared but not used" */
	var a, b = 1, 2
	a, b = b, a
	_ = x
	c := 1
	c := 2 /* ERROR "no new variables on left side of :=" */
	_ = c
	var d int = "s" /* ERROR "(untyped string constant) as int value in variable declaration" */
	_ = d
	f(1) /* ERROR "too many arguments in call to f" */
	undefinedFunc() /* ERROR "undefined: undefinedFunc" */
}

func g() int {
	for {
		break
	}
} /* ERROR "missing return" */

func h() int {
	for {
	}
}

func k(x int) int {
	switch {
	case x > 0:
		return 1
	default:
		panic("no")
	}
}
