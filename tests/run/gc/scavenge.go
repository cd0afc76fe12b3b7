// The heap's accounting of the memory the kernel backs, as Go's: memory
// mapped and never touched counts as released, a large object's pages
// once touched are retained (getrusage(2) sees them in the peak), pages
// freed while the heap stays within its goal are kept for the next
// allocations, and debug.FreeOSMemory gives back every free page.
package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"syscall"
)

var big []byte

func retained(m *runtime.MemStats) uint64 {
	return m.HeapSys - m.HeapReleased
}

func main() {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	fmt.Println("untouched memory counts as released:", m.HeapReleased > 0, m.HeapReleased <= m.HeapIdle)

	big = make([]byte, 100<<20)
	for i := 0; i < len(big); i += 4096 {
		big[i] = 1
	}
	runtime.ReadMemStats(&m)
	fmt.Println("a touched object is retained:", retained(&m) >= 100<<20)
	var ru syscall.Rusage
	err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	fmt.Println("getrusage:", err, ru.Maxrss >= 100<<10, ru.Minflt > 0)

	tmp := make([]byte, 50<<20)
	for i := 0; i < len(tmp); i += 4096 {
		tmp[i] = 1
	}
	tmp = nil
	runtime.GC()
	runtime.GC()
	runtime.ReadMemStats(&m)
	fmt.Println("freed memory within the goal is kept:", retained(&m) >= 150<<20)

	big = nil
	debug.FreeOSMemory()
	runtime.ReadMemStats(&m)
	fmt.Println("all given back:", retained(&m) < 20<<20, m.HeapReleased >= 100<<20)
}
