// Tests package initialisation order (Go spec, "Package initialization"):
// the earliest-declared variable that is ready goes next, dependencies count
// through functions and methods, and a variable that depends on nothing is
// initialised before earlier ones still waiting.
package main

import "fmt"

type T int

func (T) Method1() int { return ma }
func (T) Method2() int { return mb }

var (
	dummy1 = T(0).Method1() // through a method value call
	dummy2 = T.Method2(0)   // through a method expression
	ma     = trace("ma", 1)
	mb     = trace("mb", 2)
)

var (
	_ = d
	_ = trace("_", c+b)
	a = trace("a", 0)
	b = trace("b", 0)
	c = trace("c", 0)
	d = trace("d", 0)
)

var p = trace("p", x)
var q = trace("q", y)
var r = func() int {
	if false {
		_ = z
	}
	return trace("r", 0)
}()
var e = trace("e", 0)

var x int
var y int = 42
var z int = func() int { return 42 }()

func trace(name string, v int) int {
	fmt.Print(name, " ")
	return v
}

func main() {
	fmt.Println()
	fmt.Println(dummy1, dummy2, p, q, r, e, z)
}
