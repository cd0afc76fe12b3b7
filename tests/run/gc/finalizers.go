// Finalizers: they run after their object becomes unreachable, on a
// goroutine of their own; one pointing to another runs first (the other
// waits a cycle); a finalizer can resurrect its object; SetFinalizer(x,
// nil) clears; KeepAlive keeps an object alive until the call. (The
// helpers are not inlined, so that no register of main's still holds
// their objects: the stack is scanned conservatively.)
package main

import (
	"fmt"
	"runtime"
	"time"
)

type res struct {
	id   int
	dep  *res
	data [32]int
}

var order []int
var saved *res

func collect() {
	for i := 0; i < 3; i++ {
		runtime.GC()
		time.Sleep(time.Millisecond)
	}
}

//go:noinline
func chain() {
	b := &res{id: 2}
	a := &res{id: 1, dep: b}
	runtime.SetFinalizer(b, func(r *res) { order = append(order, r.id) })
	runtime.SetFinalizer(a, func(r *res) { order = append(order, r.id) })
}

//go:noinline
func resurrect() {
	r := &res{id: 42}
	r.data[7] = 7
	runtime.SetFinalizer(r, func(r *res) { saved = r })
}

//go:noinline
func cleared() {
	r := &res{id: 3}
	runtime.SetFinalizer(r, func(r *res) { fmt.Println("cleared finalizer ran") })
	runtime.SetFinalizer(r, nil)
}

type iface interface{ ID() int }

func (r *res) ID() int { return r.id }

//go:noinline
func viaInterface(done chan int) {
	r := &res{id: 5}
	runtime.SetFinalizer(r, func(i iface) { done <- i.ID() })
}

func main() {
	chain()
	collect()
	collect()
	fmt.Println("order:", order)

	resurrect()
	collect()
	fmt.Println("resurrected:", saved != nil && saved.id == 42 && saved.data[7] == 7)

	cleared()
	collect()

	done := make(chan int, 1)
	viaInterface(done)
	collect()
	fmt.Println("via interface:", <-done)

	kept := false
	k := &res{id: 9}
	runtime.SetFinalizer(k, func(*res) { kept = true })
	collect()
	fmt.Println("finalized before KeepAlive:", kept)
	runtime.KeepAlive(k)
}
