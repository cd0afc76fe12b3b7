// A variable whose assignment or initialisation failed, or whose
// assignment has the wrong count, counts as used: Go 1.19 reports the
// failure only, not "declared but not used" after it.
package main

func one() int { return 1 }

func main() {
	var x int
	x = "s" /* ERROR "cannot use" */
	var y int = "s" /* ERROR "cannot use" */
	var a, b int
	a, b = one() /* ERROR "assignment mismatch: 2 variables but one returns 1 value" */
	c, d := one() /* ERROR "assignment mismatch: 2 variables but one returns 1 value" */
	var e int /* ERROR "e declared but not used" */
	e = 1
}
