// Deep recursion through closures (their context travels in r10, which
// __morestack must hand over), method values, and closures with stack
// arguments.
package main

import "fmt"

type T struct{ k int }

func (t *T) m(n int) int {
	if n == 0 {
		return t.k
	}
	return t.m(n-1) + 1
}

func main() {
	base := 3
	var f func(n int) int
	f = func(n int) int {
		if n == 0 {
			return base
		}
		return f(n-1) + 1
	}
	fmt.Println(f(200000))
	t := &T{5}
	g := t.m
	fmt.Println(g(200000))
	var h func(int, int, int, int, int, int, int, int) int
	h = func(a, b, c, d, e, f, g, n int) int {
		if n == 0 {
			return a + b + c + d + e + f + g
		}
		return h(b, c, d, e, f, g, a, n-1) + 1
	}
	fmt.Println(h(1, 2, 3, 4, 5, 6, 7, 100000))
}
