// The records of deferred calls that live in the frame (a function
// without loops) keep what they bound alive: a collection before the
// deferred calls run, in the function or in a panic's deferred calls,
// frees none of their receivers and arguments, on the main goroutine
// (scanned by stack maps) and on others (scanned word by word).
package main

import (
	"fmt"
	"runtime"
	"sync"
)

type heapObj [8]int64

const filler int64 = 0x123456789abcdef0

var (
	freedMu sync.Mutex
	freed   = map[string]bool{}
)

// track allocates an object whose finalizer notes that name was freed.
func track(name string) *heapObj {
	h := new(heapObj)
	for i := range h {
		h[i] = filler
	}
	runtime.SetFinalizer(h, func(*heapObj) {
		freedMu.Lock()
		freed[name] = true
		freedMu.Unlock()
	})
	return h
}

func (h *heapObj) check(name string) {
	freedMu.Lock()
	defer freedMu.Unlock()
	if freed[name] || *h != (heapObj{filler, filler, filler, filler, filler, filler, filler, filler}) {
		fmt.Println(name, "freed before its deferred call")
	}
}

type checker interface{ check(string) }

func collect() {
	for i := 0; i < 3; i++ {
		runtime.GC()
		_ = make([]heapObj, 100) // reuses what a collection freed
	}
}

func check(h *heapObj, name string) { h.check(name) }

// bound defers a direct call, a method value, an interface method and a
// closure, each holding the only pointer to its object, then collects.
func bound(prefix string) {
	defer check(track(prefix+"arg"), prefix+"arg")
	defer track(prefix + "recv").check(prefix + "recv")
	var c checker = track(prefix + "iface")
	defer c.check(prefix + "iface")
	c = nil
	h := track(prefix + "closure")
	defer func() { h.check(prefix + "closure") }()
	collect()
}

// panicking runs the same deferred calls for a panic, collecting in the
// first one to run, and recovers.
func panicking(prefix string) {
	defer func() { fmt.Println(prefix+"recovered:", recover()) }()
	defer check(track(prefix+"arg"), prefix+"arg")
	defer track(prefix + "recv").check(prefix + "recv")
	defer collect()
	panic("boom")
}

func main() {
	bound("main ")
	panicking("panic ")
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			bound(fmt.Sprint("g", i, " "))
		}(i)
	}
	wg.Wait()
	fmt.Println("done")
}
