// A big composite literal assigned to memory that already exists (through
// a pointer, to a variable, a result, an element) is built in place, with
// no temporary of its size (Go issue 18636): its elements are evaluated
// before anything is stored, so they still read the old value and a panic
// among them leaves it intact; its zero parts are zeroed, not copied.
package main

import (
	"fmt"
	"runtime/debug"
)

type Foo struct {
	A [1 << 20]byte
	B string
	C int
}

type pair struct {
	x, y int
	pad  [1000]int
	s    string
}

func build(c chan bool) {
	f := new(Foo)
	f.A[7] = 1
	*f = Foo{B: "hello", C: 1}
	fmt.Println(f.A[7], f.B, f.C)
	c <- true
}

func fail() int { panic("element") }

func swapped(p *pair) pair {
	return pair{x: p.y, y: p.x, s: p.s}
}

func main() {
	old := debug.SetMaxStack(1 << 16)
	c := make(chan bool)
	go build(c)
	<-c
	debug.SetMaxStack(old)

	f := new(Foo)
	f.A[7] = 1
	f.B = "x"
	*f = Foo{B: f.B + "!", C: len(f.B) + int(f.A[7]), A: [1 << 20]byte{3: 9}}
	fmt.Println(f.A[3], f.A[7], f.B, f.C)

	p := pair{x: 1, y: 2, s: "a"}
	p.pad[999] = 5
	p = pair{x: p.y, y: p.x, s: p.s + "b", pad: [1000]int{1: p.pad[999]}}
	fmt.Println(p.x, p.y, p.s, p.pad[1], p.pad[999])

	ps := []pair{{x: 10}, {x: 20}}
	ps[1] = pair{x: ps[0].x + ps[1].x, s: "sum"}
	fmt.Println(ps[1].x, ps[1].s)

	q := &p
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		*q = pair{x: 100, y: fail()}
	}()
	fmt.Println(p.x, p.y, p.s)

	fmt.Println(swapped(&p).x, swapped(&p).y)
}
