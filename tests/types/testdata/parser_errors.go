// Errors of Go's parser that are not syntax errors do not stop the
// compile: the type checker reports its own beside them; an unused
// directive is reported only once the package type-checks; a name keeps
// the invalid character it holds (go1.19.8 go build).
package main

func () f() {} /* ERROR "method has no receiver" */

type I interface {
	m[T any]() /* ERROR "interface method must have no type parameters" */
}

var x = 0x /* ERROR "hexadecimal literal has no digits" */

type S struct {
	F int "a\qb" /* ERROR "unknown escape" */
}

//go:noinline
var z int

func g() {
	go g /* ERROR "expression in go must be function call" */
	_ = y /* ERROR "undefined: y" */
	_ = a€b /* ERROR "invalid character U+20AC '€' in identifier" */ /* ERROR "undefined: a€b" */
}

func main() {}
