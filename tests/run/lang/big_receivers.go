// Tests methods whose receiver is a big value (over 4 KB, or more than 64
// scalars), which is passed by the address of a copy as a big parameter
// is: called directly, through a pointer, promoted through embedded values
// and pointers, as method values bound now (deferred, started with go),
// as method expressions, through interfaces, reflect and generic types.
// Each call gets its own copy: a method changing its receiver changes
// nothing the caller sees, and a method value keeps the value it was
// bound with.
package main

import (
	"fmt"
	"reflect"
	"sync"
)

type Big [8192]byte

func (b Big) Sum() (s int) {
	for _, v := range b {
		s += int(v)
	}
	return
}

func (b Big) Scribble(v byte) int {
	b[0] = v
	return int(b[0])
}

type Grid [9][9]int // 81 scalars

func (g Grid) Trace() (t int) {
	for i := range g {
		t += g[i][i]
	}
	return
}

type Outer struct {
	Big
	tag string
}

type ByPtr struct {
	*Grid
	n int
}

type Summer interface{ Sum() int }

type Box[T any] struct {
	v   T
	pad [100]int
}

func (b Box[T]) Get() T { return b.v }

func main() {
	var b Big
	b[1], b[8191] = 2, 3
	fmt.Println(b.Sum(), b.Scribble(9), b[0])
	p := &b
	fmt.Println(p.Sum(), p.Scribble(7), p[0])

	var g Grid
	for i := range g {
		g[i][i] = i
	}
	fmt.Println(g.Trace(), (&g).Trace())

	o := Outer{Big: b, tag: "o"}
	fmt.Println(o.Sum(), (&o).Sum(), o.Scribble(5), o.Big[0])
	bp := ByPtr{Grid: &g}
	fmt.Println(bp.Trace())

	f := b.Sum // bound now: later changes to b are not seen
	b[2] = 100
	fmt.Println(f(), b.Sum())
	h := o.Sum
	o.Big[3] = 1
	fmt.Println(h(), o.Sum())

	e := Big.Sum
	pe := (*Big).Sum
	fmt.Println(e(b), pe(&b), Outer.Scribble(o, 4))

	var s Summer = b
	b[4] = 50
	fmt.Println(s.Sum(), b.Sum())
	s = &b
	fmt.Println(s.Sum())
	s = o
	fmt.Println(s.Sum())

	rv := reflect.ValueOf(b)
	fmt.Println(rv.MethodByName("Sum").Call(nil)[0].Int(), reflect.ValueOf(g).Method(0).Call(nil)[0])
	m, _ := reflect.TypeOf(b).MethodByName("Scribble")
	fmt.Println(m.Func.Call([]reflect.Value{rv, reflect.ValueOf(byte(8))})[0])

	var wg sync.WaitGroup
	wg.Add(1)
	c := b
	go func() {
		defer wg.Done()
		fmt.Println("goroutine:", c.Sum())
	}()
	wg.Wait()
	done := make(chan int)
	go func(x Big) { done <- x.Sum() }(b)
	fmt.Println("arg:", <-done)

	bx := Box[Big]{v: b}
	fmt.Println(bx.Get().Sum(), Box[int]{v: 3}.Get())

	defer fmt.Println("deferred method value:", b.Sum())
	defer b.Scribble(1)
	defer func() { fmt.Println("deferred closure:", b.Sum()) }()
	b[5] = 10
}
