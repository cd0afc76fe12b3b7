// Expressions standing as statements, in Go 1.19's words: conversions and
// value built-ins are not used, a built-in must be called, nil is nil.
package main

func main() {
	var b []byte
	string(b) /* ERROR "string(b) (value of type string) is not used" */
	cap /* ERROR "cap (built-in) must be called" */
	nil /* ERROR "nil is not used" */
	func() {} /* ERROR "func() {} (value of type func()) is not used" */
	len(b) /* ERROR "len(b) (value of type int) is not used" */
	copy(b, b)
}
