// &T{...} whose pointer never leaves the function is built in its frame,
// allocating nothing, as Go's escape analysis does (fixedbugs/issue4618):
// one that is stored, returned, kept by a closure or made in a loop (each
// iteration's is a new value) is on the heap.
package main

import (
	"fmt"
	"testing"
)

type T struct{ n, m int }

var global *T

func local() int {
	t := &T{n: 1}
	_ = t
	u := &T{2, 3}
	return t.n + u.m + (*u).n
}

func stored() { global = &T{n: 4} }

func returned() *T { return &T{n: 5} }

func inLoop() []*T {
	var out []*T
	var prev *T
	for i := 0; i < 3; i++ {
		p := &T{n: i}
		if prev != nil {
			p.m = prev.n
		}
		prev = p
		out = append(out, p)
	}
	return out
}

func captured() func() int {
	t := &T{n: 6}
	return func() int { return t.n }
}

func main() {
	fmt.Println(testing.AllocsPerRun(100, func() { local() }), local())
	fmt.Println(testing.AllocsPerRun(100, stored), global.n)
	fmt.Println(returned().n, captured()())
	for _, p := range inLoop() {
		fmt.Println(p.n, p.m)
	}
}
