// A defer in a function without loops allocates nothing (Go 1.14 and
// later keep its record in the frame): a direct call, a method value, a
// closure, an interface method and a built-in, each with arguments.
package main

import (
	"fmt"
	"sync"
	"testing"
)

var mu sync.Mutex
var total int

func add(a, b int) { total += a + b }

func lockedMethod() {
	mu.Lock()
	defer mu.Unlock()
	total++
}

func directCall(n int) {
	defer add(n, 1)
	total++
}

func closure(n int) int {
	defer func() { total += n }()
	return n
}

type adder interface{ Add(int) }

type counter struct{ n int }

func (c *counter) Add(d int) { c.n += d }

func ifaceMethod(a adder) {
	defer a.Add(2)
}

func builtin(m map[int]int, k int) {
	defer delete(m, k)
	total += m[k]
}

func inLoop() {
	for i := 0; i < 2; i++ {
		defer add(i, 0)
	}
}

func main() {
	c := &counter{}
	m := map[int]int{}
	report := func(name string, f func()) {
		fmt.Printf("%s: %v allocs\n", name, testing.AllocsPerRun(100, f))
	}
	report("method value", lockedMethod)
	report("direct call", func() { directCall(3) })
	report("closure", func() { n := closure(4); total += n })
	report("interface method", func() { ifaceMethod(c) })
	report("built-in", func() { builtin(m, 1) })
	fmt.Println(total, c.n, len(m))
	fmt.Println("in a loop allocates:", testing.AllocsPerRun(100, inLoop) > 0)
}
