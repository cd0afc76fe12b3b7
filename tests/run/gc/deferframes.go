// A function that defers is scanned by its stack maps too: when a panic
// runs its deferred calls, an object it no longer uses is freed (as in
// Go, issue 32477: Go's compiler scans such a frame by its "deferreturn"
// live map), while what the function needs after recovering survives:
// its named results, the values its deferred calls use, its defer list.
package main

import (
	"fmt"
	"runtime"
)

type obj struct {
	vals [16]int
	name string
}

var freed = map[string]bool{}

func newObj(name string) *obj {
	o := &obj{name: name}
	for i := range o.vals {
		o.vals[i] = len(name)*100 + i
	}
	runtime.SetFinalizer(o, func(o *obj) { freed[o.name] = true })
	return o
}

func gc() {
	runtime.GC()
	runtime.GC()
	runtime.GC()
}

//go:noinline
func check(o *obj) bool {
	for i := range o.vals {
		if o.vals[i] != len(o.name)*100+i {
			return false
		}
	}
	return true
}

var nilPtr *int

// deadAtNilFault: o's last use is before the nil dereference; the
// deferred call's collection frees it.
func deadAtNilFault(o *obj) {
	check(o)
	defer func() {
		gc()
		fmt.Println("recovered:", recover() != nil, "freed after its last use:", freed["nil-fault"])
	}()
	*nilPtr = 1
}

//go:noinline
func index(s []int, i int) int { return s[i] }

// deadAtPanic: the same with a panic raised in a callee.
func deadAtPanic(o *obj) {
	check(o)
	defer func() {
		gc()
		fmt.Println("recovered:", recover() != nil, "freed after its last use:", freed["callee-panic"])
	}()
	index(nil, 3)
}

// liveAcross: what the deferred call and the named result use survives
// the panic and the collections, until the function returns.
func liveAcross() (r *obj) {
	r = newObj("result")
	kept := newObj("used-by-defer")
	defer func() {
		gc()
		recover()
		fmt.Println("kept for the deferred call:", check(kept), freed["used-by-defer"], freed["result"])
	}()
	defer gc()
	panic("boom")
}

func main() {
	deadAtNilFault(newObj("nil-fault"))
	deadAtPanic(newObj("callee-panic"))
	r := liveAcross()
	gc()
	fmt.Println("the result after recovering:", check(r), freed["result"])
}
