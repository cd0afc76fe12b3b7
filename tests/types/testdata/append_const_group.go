// append's argument count with ..., and errors of a constant's inherited
// value at the constant's name (Go 1.19's messages and lines).
package main

const (
	ok = byte(iota + 254)
	last
	over /* ERROR "cannot convert iota + 254 (untyped int constant 256) to type byte" */
)

func main() {
	s := make([]int, 8)
	_ = append(s...) /* ERROR "not enough arguments in call to append" */
	_ = append(s, 2, s...) /* ERROR "too many arguments in call to append" */
}
