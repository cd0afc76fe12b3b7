// A lone call on the right of an assignment gives all its results, as in
// Go 1.19: one variable for two results is an assignment mismatch (but a
// var declaration's name with a value of its own wants one value). Struct
// literal keys name fields in quotes; a blank field has no key.
package main

func two() (int, int) { return 1, 2 }
func none()            {}

type T struct{ _, a int }

func main() {
	x := two() /* ERROR "assignment mismatch: 1 variable but two returns 2 values" */
	var y = two() /* ERROR "multiple-value two() (value of type (int, int)) in single-value context" */
	var z int
	z = two() /* ERROR "assignment mismatch: 1 variable but two returns 2 values" */
	w := none() /* ERROR "none() (no value) used as value" */
	v := int(3)
	_ = T{a: v}
	_ = T{_: 1} /* ERROR "unknown field '_' in struct literal of type T" */
	_ = T{b: 1} /* ERROR "unknown field 'b' in struct literal of type T" */
	_, _, _, _ = x, y, z, w
}
