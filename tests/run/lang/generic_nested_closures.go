// Tests closures inside a generic function that capture a parameter of
// an enclosing closure passed to another generic function: each instance
// is checked again, and its closures capture that instance's variables.
package main

import "fmt"

func apply[T any](f func(T) T, v T) T { return f(v) }

func outer[H any](h H, k func(H, H) H) H {
	return apply(func(hv H) H {
		return apply(func(av H) H {
			return k(av, hv)
		}, hv)
	}, h)
}

func main() {
	fmt.Println(outer(3, func(a, b int) int { return a + b }))
	fmt.Println(outer("x", func(a, b string) string { return a + b }))
}
