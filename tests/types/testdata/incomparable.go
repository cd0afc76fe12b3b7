// Why a value cannot be compared, in Go 1.19's words: a struct by its
// first incomparable field's type, an array by its type.
package main

type S struct {
	a int
	b []int
}
type A [2]func()

func main() {
	var s S
	var a A
	_ = s == s /* ERROR "invalid operation: s == s (struct containing []int cannot be compared)" */
	_ = a == a /* ERROR "invalid operation: a == a ([2]func() cannot be compared)" */
}
