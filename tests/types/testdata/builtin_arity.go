// Tests built-in calls with too few or too many arguments: Go's message at
// the call, and the arguments still count as used.
package p

func f() {
	m := map[int]int{}
	delete(m) /* ERROR "invalid operation: not enough arguments for delete(m) (expected 2, found 1)" */
	var x []int
	x = append /* ERROR "invalid operation: not enough arguments for append() (expected 1, found 0)" */ ()
}
