// Type strings in errors name a signature's parameters and results as
// declared, as types2 writes them; a func literal reads as written.
package main

func f(a int, b ...string) (n int, err error) { return }
func g(int, string) (x int)                   { return }

type I interface{ M(k int) (v bool) }

func main() {
	var _ int = f /* ERROR "cannot use f (value of type func(a int, b ...string) (n int, err error)) as type int" */
	var _ int = g /* ERROR "(value of type func(int, string) (x int))" */
	var _ int = I /* ERROR "I (type) is not an expression" */
	var _ int = func(yes bool, _ int, a, b string) {} /* ERROR "func(yes bool, _ int, a, b string) {} (value of type func(yes bool, _ int, a string, b string))" */
	var i I
	var _ int = i.M /* ERROR "(value of type func(k int) (v bool))" */
}
