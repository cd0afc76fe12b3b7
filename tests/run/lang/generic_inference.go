// Type argument inference as Go 1.19 does it: from typed arguments, then
// from constraints' core types, then untyped constants' default types, and
// constraints again; a partial instantiation completed from constraints;
// a generic function calling itself; calls through a ~func core type; a
// caller's type parameter unifying through its core type.
package main

import "fmt"

func f2[A any, B interface{ []A }](a A, b B) string { return fmt.Sprintf("%T %T", a, b) }

func f4[A any, B interface{ []C }, C interface{ *A }](_ A, b B, c C) string {
	return fmt.Sprintf("%T %T", b, c)
}

func f5[A interface {
	struct {
		b B
		c C
	}
}, B any, C interface{ *B }](x B) A {
	return A(struct {
		b B
		c C
	}{x, &x})
}

func f6[A any, B interface{ ~struct{ f []A } }](b B) A { return struct{ f []A }(b).f[0] }

func countdown[P any](n int, x P) P {
	if n == 0 {
		return x
	}
	return countdown(n-1, x)
}

type Bytes []byte

func first[S ~[]E, E any](s S) E { return s[0] }

func apply[F ~func(string) int](f F) int { return f("hello") }

type lengther func(string) int

func pair[K comparable, V any](m map[K]V, k K) (V, bool) {
	v, ok := m[k]
	return v, ok
}

func sum[S ~[]E, E ~int](s S) (n E) {
	for _, v := range s {
		n += v
	}
	return n
}

func sumOf[T []int](t T) int { return sum(t) }

func _(p *int) *int { return p }
func _(p *int) *int { return nil }

func main() {
	f := f2[byte]
	fmt.Println(f(0, []byte{}))
	fmt.Println(f4(1, []*int{}, new(int)))
	x := f5(1.5)
	fmt.Println(x.b, *x.c == x.b)
	fmt.Println(f6(struct{ f []string }{[]string{"six"}}))
	fmt.Println(countdown(3, "done"))
	fmt.Println(first(Bytes("go")))
	fmt.Println(apply(lengther(func(s string) int { return len(s) })))
	fmt.Println(pair(map[string]float64{"pi": 3.14}, "pi"))
	fmt.Println(sumOf([]int{1, 2, 3}))
}
