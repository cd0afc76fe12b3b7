// The heap profile with MemProfileRate = 1 records every allocation in the
// bucket of its call stack: AllocObjects and AllocBytes count them all,
// and the sweeper counts the frees of those the collector found dead, so
// InUseObjects is what is still reachable.
package main

import (
	"fmt"
	"runtime"
)

type block [64]byte

var kept []*block

//go:noinline
func alloc(n, keep int) {
	for i := 0; i < n; i++ {
		b := new(block)
		if i < keep {
			kept[i] = b
		}
	}
}

// record returns the profile record whose innermost frame is fn.
func record(fn string) (runtime.MemProfileRecord, bool) {
	n, _ := runtime.MemProfile(nil, true)
	p := make([]runtime.MemProfileRecord, n+50)
	n, ok := runtime.MemProfile(p, true)
	if !ok {
		panic("profile grew")
	}
	for _, r := range p[:n] {
		frame, _ := runtime.CallersFrames(r.Stack()).Next()
		if frame.Function == fn {
			return r, true
		}
	}
	return runtime.MemProfileRecord{}, false
}

func main() {
	runtime.MemProfileRate = 1
	kept = make([]*block, 250)
	alloc(1000, 250)
	runtime.GC()
	runtime.GC()
	r, ok := record("main.alloc")
	fmt.Println("found:", ok)
	fmt.Println("allocated:", r.AllocObjects, "objects,", r.AllocBytes, "bytes")
	fmt.Println("in use:", r.InUseObjects(), "objects,", r.InUseBytes(), "bytes")
	kept = nil
	runtime.GC()
	runtime.GC()
	r, _ = record("main.alloc")
	fmt.Println("after dropping them:", r.InUseObjects(), "objects in use,", r.FreeObjects, "freed")
}
