// An alias may mention types declared after it, even ones that mention the
// alias back: Go checks defined types first, then aliases.
package main

import "fmt"

type F = func(E) string

type E struct {
	name string
	f    F
}

type P = *S

type S struct {
	n int
	p P
}

type G = func(I) int

type I interface {
	m(G) int
}

type impl struct{}

func (impl) m(g G) int { return g(impl{}) + 1 }

func main() {
	e := E{"e", func(x E) string { return "hello " + x.name }}
	fmt.Println(e.f(e))
	s := S{1, &S{2, nil}}
	fmt.Println(s.n, s.p.n, s.p.p == nil)
	var i I = impl{}
	fmt.Println(i.m(func(I) int { return 41 }))
}
