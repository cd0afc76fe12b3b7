// Parameter names are distinct in function types and interface methods
// too, not only in function declarations (Go 1.19's words).
package main

type I interface {
	F(i int) (i /* ERROR "i redeclared in this block" */ int)
}

var F func(i, i /* ERROR "i redeclared in this block" */ int)

func G(a int, a /* ERROR "a redeclared in this block" */ string) {}

func main() {}
