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

type heapObj [8]int64

const filler int64 = 0x123456789abcdef0

var freed = map[string]bool{}

// track allocates an object whose finalizer notes that name was freed.
func track(name string) *heapObj {
	h := new(heapObj)
	for i := range h {
		h[i] = filler
	}
	runtime.SetFinalizer(h, func(*heapObj) { freed[name] = true })
	return h
}

//go:noinline
func intact(h *heapObj) bool {
	return *h == heapObj{filler, filler, filler, filler, filler, filler, filler, filler}
}

func collect() {
	for i := 0; i < 3; i++ {
		runtime.GC()
	}
}

var nilPtr *int

// deadAtNilFault: h's last use is before the nil dereference; the
// deferred call's collection frees it.
func deadAtNilFault(h *heapObj) {
	intact(h)
	defer func() {
		collect()
		fmt.Println("recovered:", recover() != nil, "freed after its last use:", freed["nil-fault"])
	}()
	*nilPtr = 1
}

//go:noinline
func index(s []int, i int) int { return s[i] }

// deadAtPanic: the same with a panic raised in a callee.
func deadAtPanic(h *heapObj) {
	intact(h)
	defer func() {
		collect()
		fmt.Println("recovered:", recover() != nil, "freed after its last use:", freed["callee-panic"])
	}()
	index(nil, 3)
}

// liveAcross: what the deferred call and the named result use survives
// the panic and the collections, until the function returns.
func liveAcross() (r *heapObj) {
	r = track("result")
	kept := track("used-by-defer")
	defer func() {
		collect()
		recover()
		fmt.Println("kept for the deferred call:", intact(kept), freed["used-by-defer"], freed["result"])
	}()
	defer collect()
	panic("boom")
}

func main() {
	deadAtNilFault(track("nil-fault"))
	deadAtPanic(track("callee-panic"))
	r := liveAcross()
	collect()
	fmt.Println("the result after recovering:", intact(r), freed["result"])
}
