// Follow-on errors Go 1.19 does not report: a variable redeclared in its
// block, or of an invalid type, is not also "declared but not used"; a
// non-name on the left of := is not also "no new variables".
package main

var g int

func f(x int) {
	var x /* ERROR "x redeclared in this block" */ int
	var n undefinedType /* ERROR "undefined: undefinedType" */
	(g) /* ERROR "non-name (g) on left side of :=" */ := 0
}

func main() {}

func h(p undefinedParam /* ERROR "undefined: undefinedParam" */) {}

func callH() {
	h() /* ERROR "not enough arguments in call to h" */
}

func sel(c chan int) {
	select {
	case c: /* ERROR "select case must be send or receive (possibly with assignment)" */
	}
}

func noResults() {
	return "a" > 10 /* ERROR "mismatched types untyped string and untyped int" */
}
